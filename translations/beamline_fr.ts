<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Beamline::CommandSupport</name>
        <message>
            <source>The command.</source>
            <translation>La commande.</translation>
        </message>
        <message>
            <source>The workspace FILE.</source>
            <translation>Le FICHIER d’espace de travail.</translation>
        </message>
        <message>
            <source>--db FILE is required.</source>
            <translation>--db FICHIER est obligatoire.</translation>
        </message>
        <message>
            <source>“%1” is read-only.</source>
            <translation>« %1 » est en lecture seule.</translation>
        </message>
        <message>
            <source>Run “beamline %1 --help” for usage.</source>
            <translation>Lancez « beamline %1 --help » pour l’aide.</translation>
        </message>
        <message>
            <source>Create the demo workspace, synthetic data modelled on a lab's #WhatsUpLHC campaign, in FILE. An existing demo workspace is kept; any other file is refused.</source>
            <translation>Crée dans FICHIER l’espace de démonstration, des données synthétiques inspirées de la campagne #WhatsUpLHC d’un laboratoire. Un espace de démonstration existant est conservé ; tout autre fichier est refusé.</translation>
        </message>
        <message>
            <source>The workspace file to create.</source>
            <translation>Le fichier d’espace de travail à créer.</translation>
        </message>
        <message>
            <source>Give exactly one FILE.</source>
            <translation>Indiquez exactement un FICHIER.</translation>
        </message>
        <message>
            <source>Created the demo workspace “%1”.</source>
            <translation>Espace de démonstration « %1 » créé.</translation>
        </message>
        <message>
            <source>Describe a workspace: format, name and what it holds.</source>
            <translation>Décrit un espace de travail : format, nom et contenu.</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>Affiche un objet JSON.</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <source>File:      %1</source>
            <translation>Fichier :  %1</translation>
        </message>
        <message>
            <source>Format:    %1</source>
            <translation>Format :   %1</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>Fuseau :   %1</translation>
        </message>
    </context>
    <context>
        <name>Beamline::DataPage</name>
        <message>
            <source>Drop a platform export here</source>
            <translation>Déposez ici un export de plateforme</translation>
        </message>
        <message>
            <source>CSV exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools.</source>
            <translation>Exports CSV de X, Facebook et Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo et des outils de veille.</translation>
        </message>
    </context>
    <context>
        <name>Beamline::Database</name>
        <message>
            <source>Could not open “%1”</source>
            <translation>Impossible d’ouvrir « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Beamline::DemoGenerator</name>
        <message>
            <source>Example Physics Lab — demo (synthetic data)</source>
            <translation>Example Physics Lab — démo (données synthétiques)</translation>
        </message>
        <message>
            <source>A photo from the archives every Thursday.</source>
            <translation>Une photo des archives chaque jeudi.</translation>
        </message>
        <message>
            <source>Lab closed between Christmas and New Year</source>
            <translation>Laboratoire fermé entre Noël et le Nouvel An</translation>
        </message>
        <message>
            <source>A close-up of an object from the lab; the answer follows on Friday.</source>
            <translation>Un gros plan sur un objet du laboratoire ; la réponse suit le vendredi.</translation>
        </message>
        <message>
            <source>Moved after the Christmas break</source>
            <translation>Déplacé après la pause de Noël</translation>
        </message>
        <message>
            <source>Recommend labs, people and projects worth following.</source>
            <translation>Recommander des laboratoires, des personnes et des projets à suivre.</translation>
        </message>
        <message>
            <source>Synthetic influencer for the demo</source>
            <translation>Influenceur synthétique pour la démo</translation>
        </message>
        <message>
            <source>Reach new audiences on Instagram with influencers and bring them to the website</source>
            <translation>Toucher de nouveaux publics sur Instagram avec des influenceurs et les amener sur le site web</translation>
        </message>
        <message>
            <source>#WhatsUpLHC starts</source>
            <translation>Début de #WhatsUpLHC</translation>
        </message>
        <message>
            <source>#WhatsUpLHC ends</source>
            <translation>Fin de #WhatsUpLHC</translation>
        </message>
        <message>
            <source>Press release: new results at ICHEP</source>
            <translation>Communiqué : nouveaux résultats à ICHEP</translation>
        </message>
        <message>
            <source>Press release: antimatter spectrum</source>
            <translation>Communiqué : spectre de l’antimatière</translation>
        </message>
        <message>
            <source>Demo data (synthetic)</source>
            <translation>Données de démonstration (synthétiques)</translation>
        </message>
        <message>
            <source>Guess What It Is: %1</source>
            <translation>Guess What It Is : %1</translation>
        </message>
        <message>
            <source>Guess What It Is: holiday edition</source>
            <translation>Guess What It Is : édition des fêtes</translation>
        </message>
        <message>
            <source>Meet %1</source>
            <translation>Rencontrez %1</translation>
        </message>
        <message>
            <source>Video: a tour of the control room</source>
            <translation>Vidéo : visite de la salle de contrôle</translation>
        </message>
        <message>
            <source>#WhatsUpLHC with %1</source>
            <translation>#WhatsUpLHC avec %1</translation>
        </message>
        <message>
            <source>Ask followers what they would name the new magnet</source>
            <translation>Demander aux abonnés comment ils nommeraient le nouvel aimant</translation>
        </message>
        <message>
            <source>Time-lapse of the cavern cleaning</source>
            <translation>Accéléré du nettoyage de la caverne</translation>
        </message>
        <message>
            <source>Explainer: what is a bunch crossing?</source>
            <translation>Explication : qu’est-ce qu’un croisement de paquets ?</translation>
        </message>
        <message>
            <source>“%1” already exists and is not a demo workspace; choose another file name for the demo.</source>
            <translation>« %1 » existe déjà et n’est pas un espace de démonstration ; choisissez un autre nom de fichier pour la démo.</translation>
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation>Impossible d’écrire dans « %1 ».</translation>
        </message>
        <message>
            <source>Could not write the demo workspace: %1</source>
            <translation>Impossible d’écrire l’espace de démonstration : %1</translation>
        </message>
    </context>
    <context>
        <name>Beamline::HeadlessCommands</name>
        <message>
            <source>Create the demo workspace (synthetic data) in a file.</source>
            <translation>Crée l’espace de démonstration (données synthétiques) dans un fichier.</translation>
        </message>
        <message>
            <source>Describe a workspace: format, name, what it holds.</source>
            <translation>Décrit un espace de travail : format, nom, contenu.</translation>
        </message>
    </context>
    <context>
        <name>Beamline::MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>&amp;Nouvel espace de travail…</translation>
        </message>
        <message>
            <source>Create an empty workspace file</source>
            <translation>Créer un fichier d’espace de travail vide</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <source>Open a workspace file</source>
            <translation>Ouvrir un fichier d’espace de travail</translation>
        </message>
        <message>
            <source>Open &amp;Demo Workspace</source>
            <translation>Ouvrir l’espace de &amp;démonstration</translation>
        </message>
        <message>
            <source>Open a workspace with synthetic data modelled on a lab's campaign</source>
            <translation>Ouvrir un espace de travail avec des données synthétiques inspirées de la campagne d’un laboratoire</translation>
        </message>
        <message>
            <source>&amp;Import Exports…</source>
            <translation>&amp;Importer des exports…</translation>
        </message>
        <message>
            <source>Import CSV exports from X, Meta, YouTube, LinkedIn, Google Analytics, Matomo and listening tools</source>
            <translation>Importer les exports CSV de X, Meta, YouTube, LinkedIn, Google Analytics, Matomo et des outils de veille</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planifier</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Series, calendar and the posts to come</source>
            <translation>Séries, calendrier et publications à venir</translation>
        </message>
        <message>
            <source>Impact of posts, series and campaigns</source>
            <translation>Impact des publications, séries et campagnes</translation>
        </message>
        <message>
            <source>Imported exports and their history</source>
            <translation>Exports importés et leur historique</translation>
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation>Suivre le &amp;système</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <source>&amp;About Beamline</source>
            <translation>À &amp;propos de Beamline</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Aucun espace de travail ouvert</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <source>workspace.beamline</source>
            <translation>espace.beamline</translation>
        </message>
        <message>
            <source>Beamline workspaces (*.beamline);;All files (*)</source>
            <translation>Espaces de travail Beamline (*.beamline);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>“%1” already exists; it was opened instead of being replaced.</source>
            <translation>« %1 » existe déjà ; il a été ouvert au lieu d’être remplacé.</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <source>Welcome to Beamline. This demo workspace holds synthetic data modelled on a lab's #WhatsUpLHC campaign, so you can explore planning and measuring right away.</source>
            <translation>Bienvenue dans Beamline. Cet espace de démonstration contient des données synthétiques inspirées de la campagne #WhatsUpLHC d’un laboratoire : vous pouvez explorer la planification et la mesure tout de suite.</translation>
        </message>
        <message>
            <source>Start My Own Workspace</source>
            <translation>Créer mon propre espace</translation>
        </message>
        <message>
            <source>Import Exports</source>
            <translation>Importer des exports</translation>
        </message>
        <message>
            <source>Exports (*.csv *.tsv *.txt *.zip *.xls);;All files (*)</source>
            <translation>Exports (*.csv *.tsv *.txt *.zip *.xls);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) dropped. Importing exports is not available in this version yet.</source>
            <translation>
                <numerusform>%n fichier déposé. L’import des exports n’est pas encore disponible dans cette version.</numerusform>
                <numerusform>%n fichiers déposés. L’import des exports n’est pas encore disponible dans cette version.</numerusform>
            </translation>
        </message>
        <message>
            <source>About Beamline</source>
            <translation>À propos de Beamline</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab's social-media series on a calendar and measure their impact from the platforms' exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Planifiez sur un calendrier les séries d’un laboratoire sur les réseaux sociaux et mesurez leur impact à partir des exports des plateformes.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Beamline::MeasurePage</name>
        <message>
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message numerus="yes">
            <source>%n published post(s) with metrics.</source>
            <translation>
                <numerusform>%n publication avec des mesures.</numerusform>
                <numerusform>%n publications avec des mesures.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>Beamline::PlanPage</name>
        <message>
            <source>Plan</source>
            <translation>Planifier</translation>
        </message>
        <message numerus="yes">
            <source>%n recurring series in this workspace.</source>
            <translation>
                <numerusform>%n série récurrente dans cet espace de travail.</numerusform>
                <numerusform>%n séries récurrentes dans cet espace de travail.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::Platforms</name>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>Beamline::PostStatuses</name>
        <message>
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En relecture</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programmé</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
    </context>
    <context>
        <name>Beamline::WorkspaceOpener</name>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation>« %1 » est un dossier, pas un fichier d’espace de travail.</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>« %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>“%1” is not a Beamline workspace (it is not an SQLite database). The file was not changed.</source>
            <translation>« %1 » n’est pas un espace de travail Beamline (ce n’est pas une base SQLite). Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Could not create the folder “%1”.</source>
            <translation>Impossible de créer le dossier « %1 ».</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database, but not a Beamline workspace. The file was not changed.</source>
            <translation>« %1 » est une base SQLite, mais pas un espace de travail Beamline. Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>“%1” is locked by another program. Close it there and try again.</source>
            <translation>« %1 » est verrouillé par un autre programme. Fermez-le là-bas et réessayez.</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>« %1 » n’a pas pu être lu : %2</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of Beamline (workspace format %2; this version knows up to %3). It is open read-only so nothing in it can be lost.</source>
            <translation>« %1 » a été enregistré par une version plus récente de Beamline (format %2 ; cette version connaît jusqu’au format %3). Il est ouvert en lecture seule pour que rien ne soit perdu.</translation>
        </message>
        <message>
            <source>“%1” is not writable; it is open read-only.</source>
            <translation>« %1 » n’est pas modifiable ; il est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>Could not copy “%1” aside before upgrading it; it was left as it was.</source>
            <translation>Impossible de copier « %1 » avant sa mise à niveau ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <source>The workspace was upgraded from format %1 to %2. A copy of the old file was kept as “%3”.</source>
            <translation>L’espace de travail est passé du format %1 au format %2. Une copie de l’ancien fichier a été conservée sous « %3 ».</translation>
        </message>
        <message>
            <source>“%1” could not be opened: %2</source>
            <translation>« %1 » n’a pas pu être ouvert : %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Plan a science lab's social-media series and measure their impact.

Headless commands (run "beamline COMMAND --help" for details):
%1</source>
            <translation>Planifiez les séries d’un laboratoire sur les réseaux sociaux et mesurez leur impact.

Commandes sans interface (« beamline COMMANDE --help » pour le détail) :
%1</translation>
        </message>
        <message>
            <source>Open the workspace FILE (created if missing).</source>
            <translation>Ouvre l’espace de travail FICHIER (créé s’il manque).</translation>
        </message>
        <message>
            <source>Create a demo workspace with synthetic data in FILE and open it.</source>
            <translation>Crée un espace de démonstration aux données synthétiques dans FICHIER et l’ouvre.</translation>
        </message>
        <message>
            <source>Use the light or dark theme, or follow the system.</source>
            <translation>Utilise le thème clair ou sombre, ou suit le système.</translation>
        </message>
        <message>
            <source>Unknown theme “%1”: use light, dark or system.</source>
            <translation>Thème « %1 » inconnu : utilisez light, dark ou system.</translation>
        </message>
        <message>
            <source>Created the demo workspace “%1”.</source>
            <translation>Espace de démonstration « %1 » créé.</translation>
        </message>
        <message>
            <source>No display is available, so the window was not opened.</source>
            <translation>Aucun affichage n’est disponible : la fenêtre n’a pas été ouverte.</translation>
        </message>
        <message>
            <source>No display is available. Use a headless command (see --help) or set DISPLAY.</source>
            <translation>Aucun affichage n’est disponible. Utilisez une commande sans interface (voir --help) ou définissez DISPLAY.</translation>
        </message>
    </context>
</TS>
