<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Beamline</name>
        <message>
            <source>required column(s) missing: %1</source>
            <translation>colonne(s) obligatoire(s) absente(s) : %1</translation>
        </message>
        <message>
            <source>the post ids were turned into rounded numbers (%1) by a spreadsheet, so posts cannot be told apart: download the export again from Meta Business Suite and import it without opening it in Excel</source>
            <translation>les identifiants des publications ont été transformés en nombres arrondis (%1) par un tableur, les publications ne peuvent donc plus être distinguées : téléchargez à nouveau l’export depuis Meta Business Suite et importez-le sans l’ouvrir dans Excel</translation>
        </message>
        <message>
            <source>the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)</source>
            <translation>la ligne de total indique %1 sessions mais les lignes en totalisent %2 (le rapport est peut-être échantillonné ou tronqué)</translation>
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation>colonne 1 : « %1 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>the daily table adds up to %1 sessions but the report's total is %2</source>
            <translation>le tableau par jour totalise %1 sessions mais le total du rapport est %2</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
    </context>
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
        <message>
            <source>Import platform exports (CSV, ZIP, XLS) into a workspace. Each file is one transaction: a file with an error changes nothing. Importing the same file twice changes nothing.</source>
            <translation>Importe les exports des plateformes (CSV, ZIP, XLS) dans un espace de travail. Chaque fichier est une transaction : un fichier en erreur ne change rien. Importer deux fois le même fichier ne change rien.</translation>
        </message>
        <message>
            <source>Read every file as this format (see --list-formats) or a saved mapping's name, instead of detecting it.</source>
            <translation>Lit chaque fichier dans ce format (voir --list-formats) ou avec la correspondance enregistrée de ce nom, au lieu de le détecter.</translation>
        </message>
        <message>
            <source>Zone of exports that give local times without one (default: the workspace's).</source>
            <translation>Fuseau des exports qui donnent des heures locales sans fuseau (par défaut : celui de l’espace de travail).</translation>
        </message>
        <message>
            <source>Print a JSON array, one object per file, and nothing else.</source>
            <translation>Affiche un tableau JSON, un objet par fichier, et rien d’autre.</translation>
        </message>
        <message>
            <source>Read and count only; write nothing.</source>
            <translation>Lit et compte seulement ; n’écrit rien.</translation>
        </message>
        <message>
            <source>List the formats Beamline recognises and exit.</source>
            <translation>Liste les formats reconnus par Beamline et quitte.</translation>
        </message>
        <message>
            <source>Export files or folders.</source>
            <translation>Fichiers ou dossiers d’export.</translation>
        </message>
        <message>
            <source>Give at least one file to import.</source>
            <translation>Indiquez au moins un fichier à importer.</translation>
        </message>
        <message>
            <source>Unknown time zone “%1”; use an IANA name such as Europe/Zurich.</source>
            <translation>Fuseau horaire « %1 » inconnu ; utilisez un nom IANA comme Europe/Zurich.</translation>
        </message>
        <message>
            <source>%1: %2, %3 added, %4 updated, %5 unchanged, %6 skipped</source>
            <translation>%1 : %2, %3 ajoutées, %4 mises à jour, %5 inchangées, %6 ignorées</translation>
        </message>
        <message>
            <source>nothing to import</source>
            <translation>rien à importer</translation>
        </message>
    </context>
    <context>
        <name>Beamline::CsvReader</name>
        <message>
            <source>this is not a text file (it looks like binary data); export the report as CSV</source>
            <translation>ce n’est pas un fichier texte (cela ressemble à des données binaires) ; exportez le rapport au format CSV</translation>
        </message>
        <message>
            <source>the file is not valid UTF-8 and was read as Windows-1252 (probably re-saved in Excel); check accented letters and emoji</source>
            <translation>le fichier n’est pas en UTF-8 valide et a été lu en Windows-1252 (probablement réenregistré dans Excel) ; vérifiez les lettres accentuées et les émojis</translation>
        </message>
        <message>
            <source>some bytes are not valid in the file's encoding and were replaced</source>
            <translation>certains octets ne sont pas valides dans l’encodage du fichier et ont été remplacés</translation>
        </message>
        <message>
            <source>unterminated quoted field (the file ends inside quotes; it may be truncated)</source>
            <translation>champ entre guillemets non fermé (le fichier se termine entre guillemets ; il est peut-être tronqué)</translation>
        </message>
    </context>
    <context>
        <name>Beamline::DataPage</name>
        <message>
            <source>Drop a platform export here</source>
            <translation>Déposez ici un export de plateforme</translation>
        </message>
        <message>
            <source>&amp;Undo Import…</source>
            <translation>&amp;Annuler l’import…</translation>
        </message>
        <message>
            <source>&amp;Confirm Link</source>
            <translation>&amp;Confirmer le lien</translation>
        </message>
        <message>
            <source>&amp;Remove Link</source>
            <translation>&amp;Retirer le lien</translation>
        </message>
        <message>
            <source>&amp;Delete Mapping</source>
            <translation>&amp;Supprimer la correspondance</translation>
        </message>
        <message>
            <source>Import Exports…</source>
            <translation>Importer des exports…</translation>
        </message>
        <message>
            <source>CSV exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools. Drop files or folders anywhere on the window.</source>
            <translation>Exports CSV de X, Facebook et Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo et des outils de veille. Déposez des fichiers ou des dossiers n’importe où dans la fenêtre.</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Historique des imports</translation>
        </message>
        <message>
            <source>Import details</source>
            <translation>Détails de l’import</translation>
        </message>
        <message>
            <source>Import &amp;History</source>
            <translation>&amp;Historique des imports</translation>
        </message>
        <message>
            <source>Imported posts are linked to planned posts by permalink, by a shared link, or by channel, time and text. Confirm the links that are right; remove the others.</source>
            <translation>Les publications importées sont reliées aux publications planifiées par leur permalien, par un lien commun ou par canal, heure et texte. Confirmez les liens corrects ; retirez les autres.</translation>
        </message>
        <message>
            <source>Links between imported and planned posts</source>
            <translation>Liens entre publications importées et planifiées</translation>
        </message>
        <message>
            <source>Links to the &amp;Plan</source>
            <translation>Liens avec le &amp;plan</translation>
        </message>
        <message>
            <source>Column mappings saved for files Beamline does not know. A file with the same columns is read with its mapping automatically.</source>
            <translation>Correspondances de colonnes enregistrées pour les fichiers que Beamline ne connaît pas. Un fichier aux mêmes colonnes est lu automatiquement avec sa correspondance.</translation>
        </message>
        <message>
            <source>Saved &amp;Mappings</source>
            <translation>&amp;Correspondances enregistrées</translation>
        </message>
        <message>
            <source>Links to the &amp;Plan (%1)</source>
            <translation>Liens avec le &amp;plan (%1)</translation>
        </message>
        <message>
            <source>Select an import to see its details.</source>
            <translation>Sélectionnez un import pour voir ses détails.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>%1 read: %2 added, %3 updated, %4 unchanged, %5 skipped</source>
            <translation>%1 lues : %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Encodage</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <source>Columns and what they were stored as</source>
            <translation>Colonnes et ce qu’elles sont devenues</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(non utilisée)</translation>
        </message>
        <message>
            <source>Undo Import</source>
            <translation>Annuler l’import</translation>
        </message>
        <message>
            <source>Undo the import of “%1”?

The %2 rows it added are removed and the %3 values it replaced come back. You can import the file again later.</source>
            <translation>Annuler l’import de « %1 » ?

Les %2 lignes qu’il a ajoutées sont retirées et les %3 valeurs qu’il a remplacées reviennent. Vous pourrez importer le fichier à nouveau plus tard.</translation>
        </message>
        <message>
            <source>The import of “%1” was undone.</source>
            <translation>L’import de « %1 » a été annulé.</translation>
        </message>
        <message>
            <source>The import could not be undone; nothing was changed: %1</source>
            <translation>L’import n’a pas pu être annulé ; rien n’a été modifié : %1</translation>
        </message>
        <message>
            <source>The mapping “%1” was deleted; files with its columns will be asked about again.</source>
            <translation>La correspondance « %1 » a été supprimée ; les fichiers avec ces colonnes seront à nouveau soumis.</translation>
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
        <name>Beamline::FacebookInsightsLegacy</name>
        <message>
            <source>Facebook Page Insights: posts (legacy)</source>
            <translation>Statistiques de page Facebook : publications (ancien format)</translation>
        </message>
        <message>
            <source>no Page Insights header found</source>
            <translation>aucun en-tête de statistiques de page trouvé</translation>
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation>pas d’identifiant de publication ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a time like 01/19/2017 09:03:47 AM; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une heure comme 01/19/2017 09:03:47 AM ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::GoogleAnalytics4</name>
        <message>
            <source>Google Analytics 4 report</source>
            <translation>Rapport Google Analytics 4</translation>
        </message>
        <message>
            <source>the start and end dates (# Start date: / # End date:) are missing from the report's header block</source>
            <translation>les dates de début et de fin (# Start date: / # End date:) manquent dans l’en-tête du rapport</translation>
        </message>
    </context>
    <context>
        <name>Beamline::GoogleAnalyticsUniversal</name>
        <message>
            <source>Google Analytics (Universal Analytics) report</source>
            <translation>Rapport Google Analytics (Universal Analytics)</translation>
        </message>
        <message>
            <source>the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report's header block</source>
            <translation>la ligne de période (# AAAAMMJJ-AAAAMMJJ) manque dans l’en-tête du rapport</translation>
        </message>
        <message>
            <source>the report has no table</source>
            <translation>le rapport n’a pas de tableau</translation>
        </message>
        <message>
            <source>the sessions-by-hour table was not imported (Beamline keeps days)</source>
            <translation>le tableau des sessions par heure n’a pas été importé (Beamline garde les jours)</translation>
        </message>
        <message>
            <source>an unknown second table starting with “%1” was not imported</source>
            <translation>un second tableau inconnu commençant par « %1 » n’a pas été importé</translation>
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
        <message>
            <source>Import platform exports (CSV, ZIP, XLS) into a workspace.</source>
            <translation>Importe les exports des plateformes (CSV, ZIP, XLS) dans un espace de travail.</translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportContext</name>
        <message>
            <source>expected %1 fields, found %2; the row was skipped</source>
            <translation>%1 champs attendus, %2 trouvés ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>column %1 (“%2”): “%3” is not a number; left empty</source>
            <translation>colonne %1 (« %2 ») : « %3 » n’est pas un nombre ; laissée vide</translation>
        </message>
        <message>
            <source>column %1 (“%2”): “%3” could not be read; left empty</source>
            <translation>colonne %1 (« %2 ») : « %3 » n’a pas pu être lue ; laissée vide</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… et %n autre avertissement</numerusform>
                <numerusform>… et %n autres avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>expected %1 fields, found %2; the extra cells are empty and were ignored (this and any later such rows)</source>
            <translation>%1 champs attendus, %2 trouvés ; les cellules en trop sont vides et ont été ignorées (pour cette ligne et les suivantes du même genre)</translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportController</name>
        <message numerus="yes">
            <source>Reading %n file(s)…</source>
            <translation>
                <numerusform>Lecture de %n fichier…</numerusform>
                <numerusform>Lecture de %n fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Import de %n fichier…</numerusform>
                <numerusform>Import de %n fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing “%1”…</source>
            <translation>Import de « %1 »…</translation>
        </message>
        <message numerus="yes">
            <source> (%n file(s) in all)</source>
            <translation>
                <numerusform> (%n fichier en tout)</numerusform>
                <numerusform> (%n fichiers en tout)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s): </source>
            <translation>
                <numerusform>%n fichier importé : </numerusform>
                <numerusform>%n fichiers importés : </numerusform>
            </translation>
        </message>
        <message>
            <source>%1 rows added, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation>%1 lignes ajoutées, %2 mises à jour, %3 inchangées, %4 ignorées.</translation>
        </message>
        <message>
            <source>The import was cancelled; the file being read was left out entirely.</source>
            <translation>L’import a été annulé ; le fichier en cours de lecture a été entièrement laissé de côté.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported and changed nothing:</source>
            <translation>
                <numerusform>%n fichier n’a pas pu être importé et n’a rien changé :</numerusform>
                <numerusform>%n fichiers n’ont pas pu être importés et n’ont rien changé :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportFormats</name>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportHistoryModel</name>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Mapping “%1”</source>
            <translation>Correspondance « %1 »</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Undone %1</source>
            <translation>Annulé le %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message numerus="yes">
            <source>Imported, %n warning(s)</source>
            <translation>
                <numerusform>Importé, %n avertissement</numerusform>
                <numerusform>Importé, %n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutées</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mises à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangées</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportPreviewDialog</name>
        <message>
            <source>&amp;Map Columns…</source>
            <translation>Faire &amp;correspondre les colonnes…</translation>
        </message>
        <message>
            <source>Import Exports</source>
            <translation>Importer des exports</translation>
        </message>
        <message>
            <source>Check what Beamline found before anything is written. Unchecked files are left out.</source>
            <translation>Vérifiez ce que Beamline a trouvé avant que rien ne soit écrit. Les fichiers décochés sont laissés de côté.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Detected as</source>
            <translation>Reconnu comme</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Fichiers à importer</translation>
        </message>
        <message>
            <source>Unknown format</source>
            <translation>Format inconnu</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Illisible</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Already imported; importing it again changes nothing</source>
            <translation>Déjà importé ; l’importer à nouveau ne change rien</translation>
        </message>
        <message>
            <source>Accounts: %1</source>
            <translation>Comptes : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be skipped</source>
            <translation>
                <numerusform>%n ligne sera ignorée</numerusform>
                <numerusform>%n lignes seront ignorées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>Local times without a zone (Meta, listening tools) are in:</source>
            <translation>Les heures locales sans fuseau (Meta, outils de veille) sont en :</translation>
        </message>
        <message>
            <source>Tell Beamline what each column of an unknown file means; the mapping is saved for next time</source>
            <translation>Indiquez à Beamline ce que signifie chaque colonne d’un fichier inconnu ; la correspondance est enregistrée pour la prochaine fois</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n File(s)</source>
            <translation>
                <numerusform>&amp;Importer %n fichier</numerusform>
                <numerusform>&amp;Importer %n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of a format Beamline does not know: select one and choose Map Columns.</source>
            <translation>
                <numerusform>%n fichier d’un format inconnu de Beamline : sélectionnez-le et choisissez Faire correspondre les colonnes.</numerusform>
                <numerusform>%n fichiers d’un format inconnu de Beamline : sélectionnez-en un et choisissez Faire correspondre les colonnes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) cannot be read and will be left out.</source>
            <translation>
                <numerusform>%n fichier est illisible et sera laissé de côté.</numerusform>
                <numerusform>%n fichiers sont illisibles et seront laissés de côté.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportSource</name>
        <message>
            <source>the file does not exist</source>
            <translation>le fichier n’existe pas</translation>
        </message>
        <message>
            <source>this is a folder; drop the files inside it instead</source>
            <translation>c’est un dossier ; déposez plutôt les fichiers qu’il contient</translation>
        </message>
        <message>
            <source>the file cannot be read: %1</source>
            <translation>le fichier ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>this is an .xlsx/.ods workbook, which Beamline cannot read yet: open it in a spreadsheet and save each sheet as CSV (UTF-8), then import the CSV files</source>
            <translation>c’est un classeur .xlsx/.ods, que Beamline ne sait pas encore lire : ouvrez-le dans un tableur, enregistrez chaque feuille en CSV (UTF-8), puis importez les fichiers CSV</translation>
        </message>
        <message>
            <source>the ZIP archive cannot be opened (it may be damaged or incomplete)</source>
            <translation>l’archive ZIP ne peut pas être ouverte (elle est peut-être endommagée ou incomplète)</translation>
        </message>
        <message>
            <source>the ZIP archive holds no CSV file</source>
            <translation>l’archive ZIP ne contient aucun fichier CSV</translation>
        </message>
        <message>
            <source>this legacy Excel workbook cannot be read (it may be damaged or protected): open it in a spreadsheet and save each sheet as CSV (UTF-8), then import the CSV files</source>
            <translation>ce classeur Excel ancien ne peut pas être lu (il est peut-être endommagé ou protégé) : ouvrez-le dans un tableur, enregistrez chaque feuille en CSV (UTF-8), puis importez les fichiers CSV</translation>
        </message>
        <message>
            <source>the workbook has no sheet with data</source>
            <translation>le classeur n’a aucune feuille avec des données</translation>
        </message>
        <message>
            <source>“%1” cannot be found in the archive</source>
            <translation>« %1 » est introuvable dans l’archive</translation>
        </message>
        <message>
            <source>“%1” cannot be read from the archive</source>
            <translation>« %1 » ne peut pas être lu dans l’archive</translation>
        </message>
        <message>
            <source>the sheet “%1” cannot be read</source>
            <translation>la feuille « %1 » ne peut pas être lue</translation>
        </message>
    </context>
    <context>
        <name>Beamline::Importer</name>
        <message>
            <source>%1: the file is empty; there is nothing to import</source>
            <translation>%1 : le fichier est vide ; il n’y a rien à importer</translation>
        </message>
        <message>
            <source>%1: the import was cancelled; nothing was changed</source>
            <translation>%1 : l’import a été annulé ; rien n’a été modifié</translation>
        </message>
        <message>
            <source>%1: already imported on %2; nothing changed</source>
            <translation>%1 : déjà importé le %2 ; rien n’a changé</translation>
        </message>
        <message>
            <source>%1: Matomo exported an empty report (“No data available”); there is nothing to import</source>
            <translation>%1 : Matomo a exporté un rapport vide (« No data available ») ; il n’y a rien à importer</translation>
        </message>
        <message>
            <source>%1: the file has no rows; there is nothing to import</source>
            <translation>%1 : le fichier n’a aucune ligne ; il n’y a rien à importer</translation>
        </message>
        <message>
            <source>unknown format “%1”</source>
            <translation>format « %1 » inconnu</translation>
        </message>
        <message>
            <source>this export is not one Beamline recognises (its first columns are: %1); map its columns in the import dialog, or pass --format</source>
            <translation>Beamline ne reconnaît pas cet export (ses premières colonnes sont : %1) ; faites correspondre ses colonnes dans la fenêtre d’import, ou passez --format</translation>
        </message>
        <message numerus="yes">
            <source> (%n complete row(s) before it)</source>
            <translation>
                <numerusform> (%n ligne complète avant)</numerusform>
                <numerusform> (%n lignes complètes avant)</numerusform>
            </translation>
        </message>
        <message>
            <source>the file could not be read</source>
            <translation>le fichier n’a pas pu être lu</translation>
        </message>
        <message>
            <source>%1 of %2 rows could not be read, so nothing was imported; the first problems: %3</source>
            <translation>%1 lignes sur %2 n’ont pas pu être lues, rien n’a donc été importé ; premiers problèmes : %3</translation>
        </message>
        <message>
            <source>no data rows</source>
            <translation>aucune ligne de données</translation>
        </message>
        <message>
            <source>the workspace is locked by another program; nothing was imported</source>
            <translation>l’espace de travail est verrouillé par un autre programme ; rien n’a été importé</translation>
        </message>
        <message>
            <source>the workspace could not be written (%1); nothing was imported</source>
            <translation>l’espace de travail n’a pas pu être écrit (%1) ; rien n’a été importé</translation>
        </message>
    </context>
    <context>
        <name>Beamline::LinkedInDaily</name>
        <message>
            <source>LinkedIn Page: metrics by day</source>
            <translation>Page LinkedIn : mesures par jour</translation>
        </message>
        <message>
            <source>LinkedIn Page: new followers by day</source>
            <translation>Page LinkedIn : nouveaux abonnés par jour</translation>
        </message>
        <message>
            <source>no LinkedIn daily header found</source>
            <translation>aucun en-tête LinkedIn par jour trouvé</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>New followers</source>
            <translation>Nouveaux abonnés</translation>
        </message>
    </context>
    <context>
        <name>Beamline::LinkedInPosts</name>
        <message>
            <source>LinkedIn Page: posts</source>
            <translation>Page LinkedIn : publications</translation>
        </message>
        <message>
            <source>no LinkedIn posts header found</source>
            <translation>aucun en-tête de publications LinkedIn trouvé</translation>
        </message>
        <message>
            <source>required column(s) missing: %1</source>
            <translation>colonne(s) obligatoire(s) absente(s) : %1</translation>
        </message>
        <message>
            <source>no post link; the row was skipped</source>
            <translation>pas de lien de publication ; la ligne a été ignorée</translation>
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
        <message>
            <source>About Beamline</source>
            <translation>À propos de Beamline</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab's social-media series on a calendar and measure their impact from the platforms' exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Planifiez sur un calendrier les séries d’un laboratoire sur les réseaux sociaux et mesurez leur impact à partir des exports des plateformes.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Show Charts</source>
            <translation>Voir les graphiques</translation>
        </message>
        <message>
            <source>Show History</source>
            <translation>Voir l’historique</translation>
        </message>
    </context>
    <context>
        <name>Beamline::MappingDialog</name>
        <message>
            <source>Post ID</source>
            <translation>Identifiant de publication</translation>
        </message>
        <message>
            <source>Publish date and time</source>
            <translation>Date et heure de publication</translation>
        </message>
        <message>
            <source>Post text</source>
            <translation>Texte de la publication</translation>
        </message>
        <message>
            <source>Link to the post</source>
            <translation>Lien vers la publication</translation>
        </message>
        <message>
            <source>Post type</source>
            <translation>Type de publication</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dimension (source, page…)</source>
            <translation>Dimension (source, page…)</translation>
        </message>
        <message>
            <source>Second dimension</source>
            <translation>Seconde dimension</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Mention ID</source>
            <translation>Identifiant de mention</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Network or source</source>
            <translation>Réseau ou source</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Sentiment</translation>
        </message>
        <message>
            <source>Impressions</source>
            <translation>Impressions</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Likes / reactions</source>
            <translation>J’aime / réactions</translation>
        </message>
        <message>
            <source>Comments / replies</source>
            <translation>Commentaires / réponses</translation>
        </message>
        <message>
            <source>Shares / reposts</source>
            <translation>Partages / republications</translation>
        </message>
        <message>
            <source>Saves / bookmarks</source>
            <translation>Enregistrements / signets</translation>
        </message>
        <message>
            <source>Link clicks</source>
            <translation>Clics sur les liens</translation>
        </message>
        <message>
            <source>Follows from the post</source>
            <translation>Abonnements dus à la publication</translation>
        </message>
        <message>
            <source>Video views</source>
            <translation>Vues de vidéo</translation>
        </message>
        <message>
            <source>Watch time</source>
            <translation>Durée de visionnage</translation>
        </message>
        <message>
            <source>Engagements (as the platform counts them)</source>
            <translation>Engagements (selon la plateforme)</translation>
        </message>
        <message>
            <source>Profile visits</source>
            <translation>Visites du profil</translation>
        </message>
        <message>
            <source>Followers gained</source>
            <translation>Abonnés gagnés</translation>
        </message>
        <message>
            <source>Followers lost</source>
            <translation>Abonnés perdus</translation>
        </message>
        <message>
            <source>Story views</source>
            <translation>Vues des stories</translation>
        </message>
        <message>
            <source>Sessions / visits</source>
            <translation>Sessions / visites</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>New users</source>
            <translation>Nouveaux utilisateurs</translation>
        </message>
        <message>
            <source>Bounce rate</source>
            <translation>Taux de rebond</translation>
        </message>
        <message>
            <source>Average session duration</source>
            <translation>Durée moyenne des sessions</translation>
        </message>
        <message>
            <source>Pageviews</source>
            <translation>Pages vues</translation>
        </message>
        <message>
            <source>Unique pageviews</source>
            <translation>Pages vues uniques</translation>
        </message>
        <message>
            <source>Average time on page</source>
            <translation>Temps moyen sur la page</translation>
        </message>
        <message>
            <source>Entrances</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Exits</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Exit rate</source>
            <translation>Taux de sortie</translation>
        </message>
        <message>
            <source>Engaged sessions</source>
            <translation>Sessions avec engagement</translation>
        </message>
        <message>
            <source>Conversions / key events</source>
            <translation>Conversions / événements clés</translation>
        </message>
        <message>
            <source>Actions / events</source>
            <translation>Actions / événements</translation>
        </message>
        <message>
            <source>Map the Columns of “%1”</source>
            <translation>Faire correspondre les colonnes de « %1 »</translation>
        </message>
        <message>
            <source>Say what each column means. Beamline saves this as a mapping and uses it for every file with the same columns.</source>
            <translation>Indiquez ce que signifie chaque colonne. Beamline l’enregistre comme correspondance et l’utilise pour chaque fichier aux mêmes colonnes.</translation>
        </message>
        <message>
            <source>&amp;Header is on line:</source>
            <translation>L’&amp;en-tête est à la ligne :</translation>
        </message>
        <message>
            <source>Posts with their metrics</source>
            <translation>Des publications et leurs mesures</translation>
        </message>
        <message>
            <source>Account metrics by day</source>
            <translation>Des mesures du compte par jour</translation>
        </message>
        <message>
            <source>Web traffic</source>
            <translation>Du trafic web</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Des mentions</translation>
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation>Le fichier &amp;contient :</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Plateforme :</translation>
        </message>
        <message>
            <source>the lab's main account</source>
            <translation>le compte principal du laboratoire</translation>
        </message>
        <message>
            <source>&amp;Account handle:</source>
            <translation>Identifiant du &amp;compte :</translation>
        </message>
        <message>
            <source>e.g. source_medium, page, timeseries</source>
            <translation>par ex. source_medium, page, timeseries</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>&amp;Répartition :</translation>
        </message>
        <message>
            <source>2024-03-31 (ISO)</source>
            <translation>2024-03-31 (ISO)</translation>
        </message>
        <message>
            <source>03/31/2024 (month first)</source>
            <translation>03/31/2024 (mois d’abord)</translation>
        </message>
        <message>
            <source>31/03/2024 (day first)</source>
            <translation>31/03/2024 (jour d’abord)</translation>
        </message>
        <message>
            <source>31.03.2024</source>
            <translation>31.03.2024</translation>
        </message>
        <message>
            <source>Mar 31, 2024</source>
            <translation>Mar 31, 2024</translation>
        </message>
        <message>
            <source>Sun, Mar 31, 2024</source>
            <translation>Sun, Mar 31, 2024</translation>
        </message>
        <message>
            <source>31-Mar-2024</source>
            <translation>31-Mar-2024</translation>
        </message>
        <message>
            <source>20240331</source>
            <translation>20240331</translation>
        </message>
        <message>
            <source>2024-03 (month)</source>
            <translation>2024-03 (mois)</translation>
        </message>
        <message>
            <source>Excel serial number</source>
            <translation>Numéro de série Excel</translation>
        </message>
        <message>
            <source>&amp;Dates look like:</source>
            <translation>Les &amp;dates ressemblent à :</translation>
        </message>
        <message>
            <source>1,234.5 (point)</source>
            <translation>1,234.5 (point)</translation>
        </message>
        <message>
            <source>1.234,5 or 1 234,5 (comma)</source>
            <translation>1.234,5 ou 1 234,5 (virgule)</translation>
        </message>
        <message>
            <source>Decimal &amp;separator:</source>
            <translation>&amp;Séparateur décimal :</translation>
        </message>
        <message>
            <source>Times are in &amp;zone:</source>
            <translation>Les heures sont dans le &amp;fuseau :</translation>
        </message>
        <message>
            <source>Save the mapping &amp;as:</source>
            <translation>Enregistrer la correspondance &amp;sous :</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>Written as</source>
            <translation>Écrite comme</translation>
        </message>
        <message>
            <source>Columns and their meaning</source>
            <translation>Colonnes et leur signification</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>Premières lignes du fichier</translation>
        </message>
        <message>
            <source>&amp;Save Mapping</source>
            <translation>&amp;Enregistrer la correspondance</translation>
        </message>
        <message>
            <source>(not used)</source>
            <translation>(non utilisée)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Percent with % (45.2%)</source>
            <translation>Pourcentage avec % (45.2%)</translation>
        </message>
        <message>
            <source>Fraction (0.452)</source>
            <translation>Fraction (0.452)</translation>
        </message>
        <message>
            <source>Percent number (45.2)</source>
            <translation>Nombre en pourcentage (45.2)</translation>
        </message>
        <message>
            <source>Duration (00:05:02, 5 min 2s)</source>
            <translation>Durée (00:05:02, 5 min 2s)</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Donnez un nom à la correspondance.</translation>
        </message>
        <message>
            <source>Choose the column with the post's ID or link: it tells posts apart.</source>
            <translation>Choisissez la colonne de l’identifiant ou du lien de la publication : elle distingue les publications.</translation>
        </message>
        <message>
            <source>Choose the date column.</source>
            <translation>Choisissez la colonne de date.</translation>
        </message>
        <message>
            <source>The mapping could not be saved: %1</source>
            <translation>La correspondance n’a pas pu être enregistrée : %1</translation>
        </message>
    </context>
    <context>
        <name>Beamline::MatchReviewModel</name>
        <message>
            <source>Same permalink</source>
            <translation>Même permalien</translation>
        </message>
        <message>
            <source>Same link in the text</source>
            <translation>Même lien dans le texte</translation>
        </message>
        <message>
            <source>Same channel, time and text</source>
            <translation>Même canal, heure et texte</translation>
        </message>
        <message>
            <source>Chosen by hand</source>
            <translation>Choisi à la main</translation>
        </message>
        <message>
            <source>(no planned post)</source>
            <translation>(aucune publication planifiée)</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Planned post</source>
            <translation>Publication planifiée</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Trouvé par</translation>
        </message>
    </context>
    <context>
        <name>Beamline::Matomo</name>
        <message>
            <source>Matomo report</source>
            <translation>Rapport Matomo</translation>
        </message>
        <message>
            <source>the report is empty</source>
            <translation>le rapport est vide</translation>
        </message>
        <message>
            <source>the report's period is not in its file name; keep Matomo's name (“Export _ Referrers _ 2017.csv”) or export it with the date as a column</source>
            <translation>la période du rapport ne figure pas dans le nom du fichier ; gardez le nom donné par Matomo (« Export _ Referrers _ 2017.csv ») ou exportez-le avec la date en colonne</translation>
        </message>
        <message>
            <source>column 1: “%1” is not a period; the row was skipped</source>
            <translation>colonne 1 : « %1 » n’est pas une période ; la ligne a été ignorée</translation>
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
        <name>Beamline::Mentions</name>
        <message>
            <source>Brandwatch mentions</source>
            <translation>Mentions Brandwatch</translation>
        </message>
        <message>
            <source>Meltwater mentions</source>
            <translation>Mentions Meltwater</translation>
        </message>
        <message>
            <source>no mentions header found</source>
            <translation>aucun en-tête de mentions trouvé</translation>
        </message>
        <message>
            <source>required column(s) missing: %1</source>
            <translation>colonne(s) obligatoire(s) absente(s) : %1</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>unknown sentiment “%1”; left empty</source>
            <translation>sentiment « %1 » inconnu ; laissé vide</translation>
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
        <name>Beamline::MetaDaily</name>
        <message>
            <source>Meta Business Suite: daily metric</source>
            <translation>Meta Business Suite : mesure par jour</translation>
        </message>
        <message>
            <source>no "Date","Primary" table found</source>
            <translation>aucun tableau "Date","Primary" trouvé</translation>
        </message>
        <message>
            <source>the metric “%1” does not say which platform it is for; it was stored for %2</source>
            <translation>la mesure « %1 » n’indique pas sa plateforme ; elle a été enregistrée pour %2</translation>
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation>colonne 1 : « %1 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::MetaPosts</name>
        <message>
            <source>Meta Business Suite: Instagram posts</source>
            <translation>Meta Business Suite : publications Instagram</translation>
        </message>
        <message>
            <source>Meta Business Suite: Facebook posts</source>
            <translation>Meta Business Suite : publications Facebook</translation>
        </message>
        <message>
            <source>no Meta post export header found</source>
            <translation>aucun en-tête d’export de publications Meta trouvé</translation>
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation>pas d’identifiant de publication ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a publish time like 01/30/2026 10:00; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une heure de publication comme 01/30/2026 10:00 ; la ligne a été ignorée</translation>
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
        <name>Beamline::ProfileFormat</name>
        <message>
            <source>Saved mapping “%1”</source>
            <translation>Correspondance enregistrée « %1 »</translation>
        </message>
        <message>
            <source>the header the mapping “%1” was made for is not in this file</source>
            <translation>l’en-tête pour lequel la correspondance « %1 » a été faite n’est pas dans ce fichier</translation>
        </message>
        <message>
            <source>the ids were turned into rounded numbers by a spreadsheet (%1)</source>
            <translation>les identifiants ont été transformés en nombres arrondis par un tableur (%1)</translation>
        </message>
        <message>
            <source>no post id or link; the row was skipped</source>
            <translation>ni identifiant ni lien de publication ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>column %1: “%2” does not match the chosen date format</source>
            <translation>colonne %1 : « %2 » ne correspond pas au format de date choisi</translation>
        </message>
        <message>
            <source>column %1: “%2” does not match the chosen date format; the row was skipped</source>
            <translation>colonne %1 : « %2 » ne correspond pas au format de date choisi ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::TimeZoneCombo</name>
        <message>
            <source>Time zone (IANA name, for example Europe/Zurich)</source>
            <translation>Fuseau horaire (nom IANA, par exemple Europe/Zurich)</translation>
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
        <name>Beamline::XAccountContent</name>
        <message>
            <source>X account analytics: posts</source>
            <translation>Statistiques du compte X : publications</translation>
        </message>
        <message>
            <source>no X account analytics header found</source>
            <translation>aucun en-tête de statistiques du compte X trouvé</translation>
        </message>
        <message>
            <source>the post ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
            <translation>les identifiants des publications ont été transformés en nombres arrondis (%1) par un tableur : téléchargez à nouveau l’export et importez-le sans l’ouvrir dans Excel</translation>
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation>pas d’identifiant de publication ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>the post id's time (%1) does not fall on its Date (%2)</source>
            <translation>l’heure tirée de l’identifiant (%1) ne tombe pas à sa date (%2)</translation>
        </message>
        <message>
            <source>neither the id nor the Date gives the post's day; the row was skipped</source>
            <translation>ni l’identifiant ni la date ne donnent le jour de la publication ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::XAccountOverview</name>
        <message>
            <source>X account analytics: overview by day</source>
            <translation>Statistiques du compte X : vue d’ensemble par jour</translation>
        </message>
        <message>
            <source>no X overview header found</source>
            <translation>aucun en-tête de vue d’ensemble X trouvé</translation>
        </message>
    </context>
    <context>
        <name>Beamline::XTweetActivity</name>
        <message>
            <source>X tweet activity (legacy analytics)</source>
            <translation>Activité des tweets X (anciennes statistiques)</translation>
        </message>
        <message>
            <source>no tweet activity header found</source>
            <translation>aucun en-tête d’activité des tweets trouvé</translation>
        </message>
        <message>
            <source>the tweet ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
            <translation>les identifiants des tweets ont été transformés en nombres arrondis (%1) par un tableur : téléchargez à nouveau l’export et importez-le sans l’ouvrir dans Excel</translation>
        </message>
        <message>
            <source>no tweet id; the row was skipped</source>
            <translation>pas d’identifiant de tweet ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>column %1: “%2” is not a time like 2017-01-31 10:00 +0000; the row was skipped</source>
            <translation>colonne %1 : « %2 » n’est pas une heure comme 2017-01-31 10:00 +0000 ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::XVideoOverview</name>
        <message>
            <source>X account analytics: video overview</source>
            <translation>Statistiques du compte X : vue d’ensemble des vidéos</translation>
        </message>
        <message>
            <source>no video overview header found</source>
            <translation>aucun en-tête de vue d’ensemble des vidéos trouvé</translation>
        </message>
        <message>
            <source>the video's post link does not name a post; the row was skipped</source>
            <translation>le lien de publication de la vidéo ne désigne aucune publication ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::YouTubeDaily</name>
        <message>
            <source>YouTube Studio: views by day</source>
            <translation>YouTube Studio : vues par jour</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation>colonne 1 : « %1 » n’est pas une date ; la ligne a été ignorée</translation>
        </message>
    </context>
    <context>
        <name>Beamline::YouTubeTable</name>
        <message>
            <source>YouTube Studio: videos (table data)</source>
            <translation>YouTube Studio : vidéos (tableau)</translation>
        </message>
        <message>
            <source>no YouTube table header found</source>
            <translation>aucun en-tête de tableau YouTube trouvé</translation>
        </message>
        <message>
            <source>no video id; the row was skipped</source>
            <translation>pas d’identifiant de vidéo ; la ligne a été ignorée</translation>
        </message>
        <message>
            <source>“%1” is not a publish date; the video has no date</source>
            <translation>« %1 » n’est pas une date de publication ; la vidéo n’a pas de date</translation>
        </message>
        <message>
            <source>the Total row says %1 views but the videos add up to %2: YouTube exports only the rows it had loaded, so some videos may be missing</source>
            <translation>la ligne Total indique %1 vues mais les vidéos en totalisent %2 : YouTube n’exporte que les lignes qu’il avait chargées, il manque donc peut-être des vidéos</translation>
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
