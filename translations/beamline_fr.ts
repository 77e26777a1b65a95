<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Beamline::AccountMatchDialog</name>
    <message>
        <source>%1 account “%2” (%3)</source>
        <translation>Compte %1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>%1 account “%2”</source>
        <translation>Compte %1 « %2 »</translation>
    </message>
    <message>
        <source>Which Channel Is It?</source>
        <translation>De quel canal s’agit-il ?</translation>
    </message>
    <message numerus="yes">
        <source>These exports name %n account(s) that none of your channels has. Say which channel each one is, or keep it apart as a new channel. Beamline remembers the answer for later imports.</source>
        <translation>
            <numerusform>Ces exports citent %n compte qu’aucun de vos canaux ne porte. Dites à quel canal il correspond, ou gardez-le à part comme nouveau canal. Beamline retient la réponse pour les imports suivants.</numerusform>
            <numerusform>Ces exports citent %n comptes qu’aucun de vos canaux ne porte. Dites à quel canal chacun correspond, ou gardez-le à part comme nouveau canal. Beamline retient la réponse pour les imports suivants.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is “%1” (%2)</source>
        <translation>C’est « %1 » (%2)</translation>
    </message>
    <message>
        <source>A new channel of its own</source>
        <translation>Un nouveau canal à part</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Cancel the Import</source>
        <translation>Annuler l’import</translation>
    </message>
</context>
<context>
    <name>Beamline::AddChannelDialog</name>
    <message>
        <source>Add Channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>A channel is an account the team posts on. Its handle is the name or ID the platform&apos;s exports give it, so that imported figures land on this channel.</source>
        <translation>Un canal est un compte sur lequel l’équipe publie. Son identifiant est le nom ou l’ID que lui donnent les exports de la plateforme : ainsi, les chiffres importés arrivent sur ce canal.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>&amp;Handle or ID:</source>
        <translation>&amp;Identifiant ou ID :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Character &amp;limit:</source>
        <translation>&amp;Limite de caractères :</translation>
    </message>
    <message>
        <source>&amp;Add Channel</source>
        <translation>&amp;Ajouter le canal</translation>
    </message>
    <message>
        <source>%1&apos;s (%2)</source>
        <translation>Celle de %1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>the page&apos;s name or ID, e.g. ExamplePhysicsLab</source>
        <translation>le nom ou l’ID de la page, par ex. ExamplePhysicsLab</translation>
    </message>
    <message>
        <source>the channel&apos;s name or handle</source>
        <translation>le nom ou l’identifiant de la chaîne</translation>
    </message>
    <message>
        <source>e.g. lhclab, without @</source>
        <translation>par ex. lhclab, sans @</translation>
    </message>
    <message>
        <source>what the team calls it, e.g. “LHC Lab”</source>
        <translation>le nom que l’équipe lui donne, par ex. « LHC Lab »</translation>
    </message>
</context>
<context>
    <name>Beamline::Approvals</name>
    <message>
        <source>Created by %1</source>
        <translation>Créé par %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modifié par %1 à %2</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approuvé le %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvé</translation>
    </message>
    <message>
        <source>Changed by the account “%1” at %2</source>
        <translation>Modifié par le compte « %1 » à %2</translation>
    </message>
</context>
<context>
    <name>Beamline::AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Pillar mix, next 4 weeks</source>
        <translation>Équilibre des piliers, 4 prochaines semaines</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No post fills this slot of “%1” yet. Activate to write one.</source>
        <translation>Aucune publication n’occupe encore ce créneau de « %1 ». Activez-le pour en écrire une.</translation>
    </message>
    <message>
        <source>“%1” is still %2. Activate to open it.</source>
        <translation>« %1 » est encore à l’état %2. Activez-le pour l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation>Créneaux libres</translation>
    </message>
    <message>
        <source>Every series slot of the next 4 weeks has a post.</source>
        <translation>Chaque créneau de série des 4 prochaines semaines a sa publication.</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>No slot went by empty in the last 4 weeks.</source>
        <translation>Aucun créneau n’est resté vide ces 4 dernières semaines.</translation>
    </message>
    <message>
        <source>Not approved, due within 48 hours</source>
        <translation>Non approuvées, prévues dans les 48 heures</translation>
    </message>
    <message>
        <source>Everything due soon is approved.</source>
        <translation>Tout ce qui est prévu bientôt est approuvé.</translation>
    </message>
</context>
<context>
    <name>Beamline::AttributionEditor</name>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Enregistrer les règles</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Web visits count for a channel when their source (or “source / medium”, with * for any text) matches a rule. The first matching rule wins.</source>
        <translation>Les visites du site comptent pour un canal quand leur source (ou « source / support », avec * pour n’importe quel texte) correspond à une règle. La première règle qui correspond l’emporte.</translation>
    </message>
    <message>
        <source>Source or source / medium</source>
        <translation>Source ou source / support</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <source>Other (not a social channel)</source>
        <translation>Autre (pas un réseau social)</translation>
    </message>
    <message>
        <source>Rule %1 has no source.</source>
        <translation>La règle %1 n’a pas de source.</translation>
    </message>
    <message>
        <source>“%1” is there twice; only its first rule would ever match.</source>
        <translation>« %1 » apparaît deux fois ; seule sa première règle pourrait correspondre.</translation>
    </message>
    <message>
        <source>The attribution rules could not be saved: %1</source>
        <translation>Les règles d’attribution n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Attribution rules saved; the web figures now follow them.</source>
        <translation>Règles d’attribution enregistrées ; les chiffres web les suivent désormais.</translation>
    </message>
    <message>
        <source>Web Attribution Rules</source>
        <translation>Règles d’attribution web</translation>
    </message>
    <message>
        <source>Saving the rules and re-attributing the web traffic…</source>
        <translation>Enregistrement des règles et réattribution du trafic web…</translation>
    </message>
    <message>
        <source>Saving the attribution rules was cancelled; nothing was changed.</source>
        <translation>L’enregistrement des règles d’attribution a été annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The attribution rules could not be read: %1</source>
        <translation>Les règles d’attribution n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>Beamline::AttributionRulesCommand</name>
    <message>
        <source>Change Web Attribution Rules</source>
        <translation>Modifier les règles d’attribution web</translation>
    </message>
</context>
<context>
    <name>Beamline::CalendarView</name>
    <message>
        <source>%1 missed:</source>
        <translation>%1 manqué :</translation>
    </message>
    <message>
        <source>%1 open:</source>
        <translation>%1 libre :</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>open slot</source>
        <translation>créneau libre</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Beamline::CampaignModel</name>
    <message>
        <source>Rename Campaign “%1”</source>
        <translation>Renommer la campagne « %1 »</translation>
    </message>
    <message>
        <source>Change the Hashtag of “%1”</source>
        <translation>Changer le hashtag de « %1 »</translation>
    </message>
    <message>
        <source>Change the Dates of “%1”</source>
        <translation>Changer les dates de « %1 »</translation>
    </message>
    <message>
        <source>Change the Goal of “%1”</source>
        <translation>Changer l’objectif de « %1 »</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Add Campaign “%1”</source>
        <translation>Ajouter la campagne « %1 »</translation>
    </message>
    <message>
        <source>Remove Campaign “%1”</source>
        <translation>Supprimer la campagne « %1 »</translation>
    </message>
</context>
<context>
    <name>Beamline::CappedDevice</name>
    <message>
        <source>“%1” inflates to more than %2, so reading stopped there: no export is that large; the archive is damaged or built to exhaust memory (a “ZIP bomb”)</source>
        <translation>« %1 » se décompresse en plus de %2, la lecture s’est donc arrêtée là : aucun export n’est aussi gros ; l’archive est endommagée ou construite pour épuiser la mémoire (une « bombe ZIP »)</translation>
    </message>
</context>
<context>
    <name>Beamline::ChannelModel</name>
    <message>
        <source>The name or ID the platform&apos;s exports give this account</source>
        <translation>Le nom ou l’ID que les exports de la plateforme donnent à ce compte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>This channel&apos;s own limit</source>
        <translation>La limite propre à ce canal</translation>
    </message>
    <message>
        <source>%1&apos;s limit</source>
        <translation>La limite de %1</translation>
    </message>
    <message>
        <source>Other names imports may give this account; they land on this channel</source>
        <translation>D’autres noms que les imports peuvent donner à ce compte ; ils arrivent sur ce canal</translation>
    </message>
    <message>
        <source>Change the Colour of “%1”</source>
        <translation>Changer la couleur de « %1 »</translation>
    </message>
    <message>
        <source>Rename Channel “%1”</source>
        <translation>Renommer le canal « %1 »</translation>
    </message>
    <message>
        <source>Change the Platform of “%1”</source>
        <translation>Changer la plateforme de « %1 »</translation>
    </message>
    <message>
        <source>Change the Handle of “%1”</source>
        <translation>Changer l’identifiant de « %1 »</translation>
    </message>
    <message>
        <source>Change the Character Limit of “%1”</source>
        <translation>Changer la limite de caractères de « %1 »</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Handle or ID</source>
        <translation>Identifiant ou ID</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Limite de caractères</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi appelé</translation>
    </message>
    <message>
        <source>Add Channel “%1”</source>
        <translation>Ajouter le canal « %1 »</translation>
    </message>
    <message>
        <source>Remove Channel “%1”</source>
        <translation>Supprimer le canal « %1 »</translation>
    </message>
    <message>
        <source>Move Channel “%1”</source>
        <translation>Déplacer le canal « %1 »</translation>
    </message>
    <message>
        <source>Only two channels of the same platform can be merged.</source>
        <translation>Seuls deux canaux de la même plateforme peuvent être fusionnés.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
</context>
<context>
    <name>Beamline::ChartData</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>Beamline::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Preview of the exported chart</source>
        <translation>Aperçu du graphique exporté</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size (pixels):</source>
        <translation>&amp;Taille (pixels) :</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>Beamline::ChartExporter</name>
    <message>
        <source>The size must be between 100×100 and 10000×10000 pixels.</source>
        <translation>La taille doit être comprise entre 100×100 et 10000×10000 pixels.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>« %1 » n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>“%1” is not a format Beamline exports charts to (PNG, SVG or PDF).</source>
        <translation>« %1 » n’est pas un format d’export des graphiques de Beamline (PNG, SVG ou PDF).</translation>
    </message>
</context>
<context>
    <name>Beamline::ChartFactory</name>
    <message>
        <source>News sites</source>
        <translation>Sites d’actualité</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>Blogs</translation>
    </message>
    <message>
        <source>Other web</source>
        <translation>Autres sites</translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation>Nouveaux abonnés par jour</translation>
    </message>
    <message>
        <source>Interactions per post</source>
        <translation>Interactions par publication</translation>
    </message>
    <message>
        <source>Series episodes</source>
        <translation>Épisodes des séries</translation>
    </message>
    <message>
        <source>Pillars compared</source>
        <translation>Piliers comparés</translation>
    </message>
    <message>
        <source>Mentions by channel</source>
        <translation>Mentions par canal</translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation>Mentions dans le temps</translation>
    </message>
    <message>
        <source>Sentiment of mentions</source>
        <translation>Tonalité des mentions</translation>
    </message>
    <message>
        <source>Top authors by reach</source>
        <translation>Principaux auteurs par portée</translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation>Instagram et le site web</translation>
    </message>
    <message>
        <source>Average visit length</source>
        <translation>Durée moyenne des visites</translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation>Taux de sortie</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Source: the platforms&apos; account exports</source>
        <translation>Source : exports de compte des plateformes</translation>
    </message>
    <message>
        <source>%1 (%2/day)</source>
        <translation>%1 (%2/jour)</translation>
    </message>
    <message>
        <source>new followers</source>
        <translation>nouveaux abonnés</translation>
    </message>
    <message numerus="yes">
        <source>Interactions of the top %n post(s)</source>
        <translation>
            <numerusform>Interactions de la meilleure publication</numerusform>
            <numerusform>Interactions des %n meilleures publications</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: post exports, newest figures</source>
        <translation>Source : exports de publications, chiffres les plus récents</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>interactions (likes + comments + shares)</source>
        <translation>interactions (j’aime + commentaires + partages)</translation>
    </message>
    <message>
        <source>Series episodes against each series&apos; median</source>
        <translation>Épisodes des séries face à la médiane de chaque série</translation>
    </message>
    <message>
        <source>Source: post exports, interactions per episode</source>
        <translation>Source : exports de publications, interactions par épisode</translation>
    </message>
    <message>
        <source>%1 (median %2)</source>
        <translation>%1 (médiane %2)</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>médiane %1</translation>
    </message>
    <message>
        <source>interactions per episode</source>
        <translation>interactions par épisode</translation>
    </message>
    <message>
        <source>Pillars: interactions per post and engagement rate</source>
        <translation>Piliers : interactions par publication et taux d’engagement</translation>
    </message>
    <message>
        <source>Source: post exports; rate = Σ interactions ÷ Σ impressions</source>
        <translation>Source : exports de publications ; taux = Σ interactions ÷ Σ impressions</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>Taux d’engagement (%)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sans pilier</translation>
    </message>
    <message>
        <source>interactions per post</source>
        <translation>interactions par publication</translation>
    </message>
    <message>
        <source>engagement rate (%)</source>
        <translation>taux d’engagement (%)</translation>
    </message>
    <message>
        <source>Mentions by channel (%1 in all)</source>
        <translation>Mentions par canal (%1 au total)</translation>
    </message>
    <message>
        <source>Source: listening tool exports</source>
        <translation>Source : exports des outils de veille</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Mentions per day</source>
        <translation>Mentions par jour</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>Source: listening tools&apos; own rating</source>
        <translation>Source : notation des outils de veille</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mention(s))</source>
        <translation>
            <numerusform>%1 (%n mention)</numerusform>
            <numerusform>%1 (%n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <source>reach</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>Instagram followers and the visits Instagram sends to the website</source>
        <translation>Abonnés Instagram et visites qu’Instagram envoie au site web</translation>
    </message>
    <message>
        <source>Source: Instagram account export, web analytics (source/medium)</source>
        <translation>Source : export du compte Instagram, statistiques web (source/support)</translation>
    </message>
    <message>
        <source>New Instagram followers per day</source>
        <translation>Nouveaux abonnés Instagram par jour</translation>
    </message>
    <message>
        <source>Website visits from Instagram per day</source>
        <translation>Visites du site venant d’Instagram par jour</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Instagram %1 vs site %2</source>
        <translation>Instagram %1 contre site %2</translation>
    </message>
    <message>
        <source>Visit length: %1</source>
        <translation>Durée des visites : %1</translation>
    </message>
    <message>
        <source>before: %1 · Source: web analytics</source>
        <translation>avant : %1 · Source : statistiques web</translation>
    </message>
    <message>
        <source>Source: web analytics, weighted by sessions</source>
        <translation>Source : statistiques web, pondérées par les sessions</translation>
    </message>
    <message>
        <source>Visitors from Instagram</source>
        <translation>Visiteurs venant d’Instagram</translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation>Tout le site</translation>
    </message>
    <message>
        <source>Exit rate and bounce rate of the website</source>
        <translation>Taux de sortie et taux de rebond du site</translation>
    </message>
    <message>
        <source>Source: web analytics; exit rate = Σ exits ÷ Σ pageviews</source>
        <translation>Source : statistiques web ; taux de sortie = Σ sorties ÷ Σ pages vues</translation>
    </message>
    <message>
        <source>Exit rate, whole site</source>
        <translation>Taux de sortie, tout le site</translation>
    </message>
    <message>
        <source>Bounce rate, whole site</source>
        <translation>Taux de rebond, tout le site</translation>
    </message>
    <message>
        <source>Bounce rate, visitors from Instagram</source>
        <translation>Taux de rebond, visiteurs venant d’Instagram</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 · up to %2 (today is not over)</source>
        <translation>%1 · jusqu’au %2 (la journée n’est pas finie)</translation>
    </message>
    <message>
        <source>New Instagram followers</source>
        <translation>Nouveaux abonnés Instagram</translation>
    </message>
    <message>
        <source>Website visits from Instagram</source>
        <translation>Visites du site venant d’Instagram</translation>
    </message>
    <message>
        <source>visit length (m:ss)</source>
        <translation>durée des visites (m:ss)</translation>
    </message>
</context>
<context>
    <name>Beamline::ChartPanel</name>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>The chart “%1” is on the clipboard.</source>
        <translation>Le graphique « %1 » est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>« %1 » exporté vers %2.</translation>
    </message>
    <message>
        <source>Add Event Marker</source>
        <translation>Ajouter un repère d’événement</translation>
    </message>
    <message>
        <source>Press release: new results</source>
        <translation>Communiqué : nouveaux résultats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Add marker “%1”</source>
        <translation>Ajouter le repère « %1 »</translation>
    </message>
    <message>
        <source>Add Event &amp;Marker…</source>
        <translation>Ajouter un &amp;repère d’événement…</translation>
    </message>
    <message>
        <source>&amp;Remove Marker</source>
        <translation>&amp;Retirer un repère</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove marker “%1”</source>
        <translation>Retirer le repère « %1 »</translation>
    </message>
    <message>
        <source>No figures for %1 in this range.
Import the exports that cover it, or choose another range.</source>
        <translation>Aucun chiffre pour « %1 » sur cette période.
Importez les exports qui la couvrent, ou choisissez une autre période.</translation>
    </message>
    <message numerus="yes">
        <source>The figures of “%1” are on the clipboard: %n day(s), ready to paste into a spreadsheet.</source>
        <translation>
            <numerusform>Les chiffres de « %1 » sont dans le presse-papiers : %n jour, prêts à coller dans un tableur.</numerusform>
            <numerusform>Les chiffres de « %1 » sont dans le presse-papiers : %n jours, prêts à coller dans un tableur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Exported the figures of “%1” to %2.</source>
        <translation>Les chiffres de « %1 » ont été exportés dans %2.</translation>
    </message>
    <message>
        <source>Copy &amp;Data</source>
        <translation>Copier les &amp;données</translation>
    </message>
    <message>
        <source>Export Data as C&amp;SV…</source>
        <translation>Exporter les données en C&amp;SV…</translation>
    </message>
    <message>
        <source>The event markers could not be read: %1</source>
        <translation>Les repères d’événements n’ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>Beamline::CommandSupport</name>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
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
        <source>Create the demo workspace, synthetic data modelled on a lab&apos;s #WhatsUpLHC campaign, in FILE. An existing demo workspace is kept; any other file is refused.</source>
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
        <source>Read every file as this format (see --list-formats) or a saved mapping&apos;s name, instead of detecting it.</source>
        <translation>Lit chaque fichier dans ce format (voir --list-formats) ou avec la correspondance enregistrée de ce nom, au lieu de le détecter.</translation>
    </message>
    <message>
        <source>Zone of exports that give local times without one (default: the workspace&apos;s).</source>
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
    <message>
        <source>Render a chart of the Measure views to PNG, SVG or PDF, without a display.</source>
        <translation>Dessine un graphique des vues Mesurer en PNG, SVG ou PDF, sans écran.</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Le graphique : %1.</translation>
    </message>
    <message>
        <source>First local day of the range.</source>
        <translation>Premier jour local de la période.</translation>
    </message>
    <message>
        <source>Last local day of the range (included).</source>
        <translation>Dernier jour local de la période (inclus).</translation>
    </message>
    <message>
        <source>First day of the comparison period.</source>
        <translation>Premier jour de la période de comparaison.</translation>
    </message>
    <message>
        <source>Last day of the comparison period.</source>
        <translation>Dernier jour de la période de comparaison.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Size in pixels (default 1600x900).</source>
        <translation>Taille en pixels (1600x900 par défaut).</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light (par défaut) ou dark.</translation>
    </message>
    <message>
        <source>Name one chart: %1.</source>
        <translation>Nommez un graphique : %1.</translation>
    </message>
    <message>
        <source>“%1” is not a chart; choose one of %2.</source>
        <translation>« %1 » n’est pas un graphique ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2017-01-31, --to not before --from.</source>
        <translation>--from et --to doivent être des dates comme 2017-01-31, --to pas avant --from.</translation>
    </message>
    <message>
        <source>--compare-from and --compare-to must be dates, --compare-to not before --compare-from.</source>
        <translation>--compare-from et --compare-to doivent être des dates, --compare-to pas avant --compare-from.</translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg or .pdf).</source>
        <translation>--out FICHIER est requis (.png, .svg ou .pdf).</translation>
    </message>
    <message>
        <source>--out: “%1” does not end in .png, .svg or .pdf.</source>
        <translation>--out : « %1 » ne se termine pas par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>--size: “%1” is not a size like 1600x900.</source>
        <translation>--size : « %1 » n’est pas une taille comme 1600x900.</translation>
    </message>
    <message>
        <source>--theme: “%1” is not light or dark.</source>
        <translation>--theme : « %1 » n’est ni light ni dark.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>%1 écrit (%2×%3).</translation>
    </message>
    <message>
        <source>--from YYYY-MM-DD and --to YYYY-MM-DD are required.</source>
        <translation>--from AAAA-MM-JJ et --to AAAA-MM-JJ sont requis.</translation>
    </message>
    <message>
        <source>--from: “%1” is not a date like 2017-01-01.</source>
        <translation>--from : « %1 » n’est pas une date comme 2017-01-01.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date like 2017-01-31.</source>
        <translation>--to : « %1 » n’est pas une date comme 2017-01-31.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est avant --from (%2).</translation>
    </message>
    <message>
        <source>The range is longer than ten years; ask for less.</source>
        <translation>La période dépasse dix ans ; demandez moins.</translation>
    </message>
    <message>
        <source>Add a recurring series to a workspace.</source>
        <translation>Ajoute une série récurrente à un espace de travail.</translation>
    </message>
    <message>
        <source>Name of the series, e.g. &quot;#ThrowbackThursday&quot;.</source>
        <translation>Nom de la série, par ex. « #ThrowbackThursday ».</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TH.</source>
        <translation>Règle RFC 5545, par ex. FREQ=WEEKLY;BYDAY=TH.</translation>
    </message>
    <message>
        <source>First occurrence, local wall clock.</source>
        <translation>Première occurrence, heure locale.</translation>
    </message>
    <message>
        <source>IANA time zone of the wall clock, e.g. Europe/Zurich.</source>
        <translation>Fuseau horaire IANA de l’heure locale, par ex. Europe/Zurich.</translation>
    </message>
    <message>
        <source>Default channels: platform keys separated by commas (%1).</source>
        <translation>Canaux par défaut : clés de plateforme séparées par des virgules (%1).</translation>
    </message>
    <message>
        <source>A date to skip (repeatable).</source>
        <translation>Une date à sauter (répétable).</translation>
    </message>
    <message>
        <source>Hashtags, separated by commas.</source>
        <translation>Hashtags, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Content pillar (by name).</source>
        <translation>Pilier de contenu (par son nom).</translation>
    </message>
    <message>
        <source>Minutes each occurrence lasts in calendars (default 30).</source>
        <translation>Durée de chaque occurrence dans les agendas, en minutes (30 par défaut).</translation>
    </message>
    <message>
        <source>Print the series as one JSON object.</source>
        <translation>Affiche la série sous forme d’un objet JSON.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name est requis.</translation>
    </message>
    <message>
        <source>--rrule is required, e.g. FREQ=WEEKLY;BYDAY=TH.</source>
        <translation>--rrule est requis, par ex. FREQ=WEEKLY;BYDAY=TH.</translation>
    </message>
    <message>
        <source>--rrule: %1.</source>
        <translation>--rrule : %1.</translation>
    </message>
    <message>
        <source>--start is required, e.g. 2017-01-05T10:00.</source>
        <translation>--start est requis, par ex. 2017-01-05T10:00.</translation>
    </message>
    <message>
        <source>--start: “%1” is not a local date and time like 2017-01-05T10:00.</source>
        <translation>--start : « %1 » n’est pas une date et heure locales comme 2017-01-05T10:00.</translation>
    </message>
    <message>
        <source>--tz is required, e.g. Europe/Zurich.</source>
        <translation>--tz est requis, par ex. Europe/Zurich.</translation>
    </message>
    <message>
        <source>--tz: “%1” is not an IANA time zone such as Europe/Zurich.</source>
        <translation>--tz : « %1 » n’est pas un fuseau horaire IANA comme Europe/Zurich.</translation>
    </message>
    <message>
        <source>--channels: “%1” is not a platform (%2).</source>
        <translation>--channels : « %1 » n’est pas une plateforme (%2).</translation>
    </message>
    <message>
        <source>--duration: “%1” is not a number of minutes from 1 to 1440.</source>
        <translation>--duration : « %1 » n’est pas un nombre de minutes entre 1 et 1440.</translation>
    </message>
    <message>
        <source>--exdate: “%1” is not a date like 2017-01-05.</source>
        <translation>--exdate : « %1 » n’est pas une date comme 2017-01-05.</translation>
    </message>
    <message>
        <source>--exdate: the series has no occurrence on %1 (%2).</source>
        <translation>--exdate : la série n’a pas d’occurrence le %1 (%2).</translation>
    </message>
    <message>
        <source>--rrule: the rule gives no occurrence from --start on.</source>
        <translation>--rrule : la règle ne donne aucune occurrence à partir de --start.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation>Il existe déjà une série nommée « %1 ».</translation>
    </message>
    <message>
        <source>--pillar: there is no pillar named “%1”.</source>
        <translation>--pillar : aucun pilier ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Added “%1”: %2.</source>
        <translation>« %1 » ajoutée : %2.</translation>
    </message>
    <message>
        <source>List the series of a workspace.</source>
        <translation>Liste les séries d’un espace de travail.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Affiche un tableau JSON.</translation>
    </message>
    <message>
        <source>Usage: beamline series add|list [options]
  add   Add a recurring series (see beamline series add --help).
  list  List the series of a workspace.</source>
        <translation>Usage : beamline series add|list [options]
  add   Ajoute une série récurrente (voir beamline series add --help).
  list  Liste les séries d’un espace de travail.</translation>
    </message>
    <message>
        <source>beamline series: “%1” is not a subcommand (add, list).</source>
        <translation>beamline series : « %1 » n’est pas une sous-commande (add, list).</translation>
    </message>
    <message>
        <source>Print the plan of a period: posts and series slots, in time order.</source>
        <translation>Affiche le planning d’une période : publications et créneaux de séries, dans l’ordre chronologique.</translation>
    </message>
    <message>
        <source>Print the plan as CSV (the columns “beamline import-plan” reads).</source>
        <translation>Affiche le planning en CSV (les colonnes que lit « beamline import-plan »).</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>Impossible d’écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation>Rien de prévu du %1 au %2.</translation>
    </message>
    <message>
        <source>Write the plan of a period as an iCalendar (.ics) file.</source>
        <translation>Écrit le planning d’une période dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Only this series (repeatable); no other posts.</source>
        <translation>Seulement cette série (répétable) ; pas d’autres publications.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Give exactly one output file.</source>
        <translation>Donnez exactement un fichier de sortie.</translation>
    </message>
    <message>
        <source>--series: there is no series named “%1”.</source>
        <translation>--series : aucune série ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 event(s) to %2.</source>
        <translation>
            <numerusform>%1 événement écrit dans %2.</numerusform>
            <numerusform>%1 événements écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a plan CSV (as written by “beamline plan --csv”) into a workspace.</source>
        <translation>Lit un planning CSV (tel qu’écrit par « beamline plan --csv ») dans un espace de travail.</translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <translation>Le planning à lire.</translation>
    </message>
    <message>
        <source>Give exactly one plan file.</source>
        <translation>Donnez exactement un fichier de planning.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1 post(s) added, %2 updated, %3 unchanged, %4 row(s) skipped.</source>
        <translation>
            <numerusform>%1 publication ajoutée, %2 modifiées, %3 inchangées, %4 lignes ignorées.</numerusform>
            <numerusform>%1 publications ajoutées, %2 modifiées, %3 inchangées, %4 lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>du %1 au %2 (%n jour)</numerusform>
            <numerusform>du %1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>, compared with %1 to %2</source>
        <translation>, comparé au %1 – %2</translation>
    </message>
    <message>
        <source>posts %1, interactions %2, engagement %3, followers/day %4, mentions %5</source>
        <translation>publications %1, interactions %2, engagement %3, abonnés/jour %4, mentions %5</translation>
    </message>
    <message>
        <source> (%1/day vs %2/day, %3%4 %)</source>
        <translation> (%1/jour contre %2/jour, %3%4 %)</translation>
    </message>
    <message>
        <source>  Web: %1 sessions, %2 per session, exit rate %3</source>
        <translation>  Web : %1 sessions, %2 par session, taux de sortie %3</translation>
    </message>
    <message>
        <source>    from %1: %2 sessions, %3 per session</source>
        <translation>    depuis %1 : %2 sessions, %3 par session</translation>
    </message>
    <message>
        <source>Print the impact figures of a period (and a comparison period).</source>
        <translation>Affiche les chiffres d’impact d’une période (et d’une période de comparaison).</translation>
    </message>
    <message>
        <source>Compare with the equal-length period just before.</source>
        <translation>Compare avec la période de même durée juste avant.</translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required.</source>
        <translation>--%1 AAAA-MM-JJ est requis.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date like 2017-01-31.</source>
        <translation>--%1 : « %2 » n’est pas une date comme 2017-01-31.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to est avant --from.</translation>
    </message>
    <message>
        <source>--compare-to is before --compare-from.</source>
        <translation>--compare-to est avant --compare-from.</translation>
    </message>
    <message>
        <source>  Read it as a known format or a saved mapping with --format NAME (see --list-formats).</source>
        <translation>  Lisez-le comme un format connu ou une correspondance enregistrée avec --format NOM (voir --list-formats).</translation>
    </message>
    <message>
        <source>beamline %1: “%2” is not a subcommand (add, list).</source>
        <translation>beamline %1 : « %2 » n’est pas une sous-commande (add, list).</translation>
    </message>
    <message>
        <source>Add a channel: an account the team posts on.</source>
        <translation>Ajouter un canal : un compte sur lequel l’équipe publie.</translation>
    </message>
    <message>
        <source>The platform: %1.</source>
        <translation>La plateforme : %1.</translation>
    </message>
    <message>
        <source>The account&apos;s handle or page ID, as its exports give it.</source>
        <translation>L’identifiant du compte ou l’ID de la page, tel que ses exports le donnent.</translation>
    </message>
    <message>
        <source>What the team calls it (default: the handle).</source>
        <translation>Le nom que l’équipe lui donne (par défaut : l’identifiant).</translation>
    </message>
    <message>
        <source>Its own character limit, if not the platform&apos;s.</source>
        <translation>Sa propre limite de caractères, si ce n’est pas celle de la plateforme.</translation>
    </message>
    <message>
        <source>Print the channel as one JSON object.</source>
        <translation>Afficher le canal comme un objet JSON.</translation>
    </message>
    <message>
        <source>Give the platform and the handle, e.g. “instagram lhclab”.</source>
        <translation>Indiquez la plateforme et l’identifiant, par ex. « instagram lhclab ».</translation>
    </message>
    <message>
        <source>“%1” is not a platform (%2).</source>
        <translation>« %1 » n’est pas une plateforme (%2).</translation>
    </message>
    <message>
        <source>--limit: “%1” is not a number of characters above zero.</source>
        <translation>--limit : « %1 » n’est pas un nombre de caractères supérieur à zéro.</translation>
    </message>
    <message>
        <source>Added the %1 channel “%2” (%3).</source>
        <translation>Canal %1 « %2 » ajouté (%3).</translation>
    </message>
    <message>
        <source>List the channels of a workspace, in the team&apos;s order.</source>
        <translation>Lister les canaux d’un espace de travail, dans l’ordre de l’équipe.</translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation>(aussi %1)</translation>
    </message>
    <message>
        <source>No channels yet; add one with “beamline channel add --db FILE PLATFORM HANDLE”.</source>
        <translation>Aucun canal pour l’instant ; ajoutez-en un avec « beamline channel add --db FICHIER PLATEFORME IDENTIFIANT ».</translation>
    </message>
    <message>
        <source>Add a content pillar: a theme the team wants a share of its posts on.</source>
        <translation>Ajouter un pilier de contenu : un thème auquel l’équipe veut consacrer une part de ses publications.</translation>
    </message>
    <message>
        <source>The pillar&apos;s name, e.g. &quot;Physics news&quot;.</source>
        <translation>Le nom du pilier, par ex. « Actualités de physique ».</translation>
    </message>
    <message>
        <source>The share of posts it should have, in percent (0–100).</source>
        <translation>La part des publications qu’il doit avoir, en pourcentage (0–100).</translation>
    </message>
    <message>
        <source>Its colour in charts and the calendar, e.g. #0072B2.</source>
        <translation>Sa couleur dans les graphiques et le calendrier, par ex. #0072B2.</translation>
    </message>
    <message>
        <source>Print the pillar as one JSON object.</source>
        <translation>Afficher le pilier comme un objet JSON.</translation>
    </message>
    <message>
        <source>Give the pillar&apos;s name (in quotes if it has spaces).</source>
        <translation>Indiquez le nom du pilier (entre guillemets s’il contient des espaces).</translation>
    </message>
    <message>
        <source>--target: “%1” is not a percentage from 0 to 100.</source>
        <translation>--target : « %1 » n’est pas un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>--color: “%1” is not a colour like #0072B2.</source>
        <translation>--color : « %1 » n’est pas une couleur comme #0072B2.</translation>
    </message>
    <message>
        <source>Added the pillar “%1”.</source>
        <translation>Pilier « %1 » ajouté.</translation>
    </message>
    <message>
        <source>List the content pillars of a workspace with their targets.</source>
        <translation>Lister les piliers de contenu d’un espace de travail avec leurs objectifs.</translation>
    </message>
    <message>
        <source>No pillars yet; add one with “beamline pillar add --db FILE NAME”.</source>
        <translation>Aucun pilier pour l’instant ; ajoutez-en un avec « beamline pillar add --db FICHIER NOM ».</translation>
    </message>
    <message>
        <source>Usage: beamline channel add|list [options]
  add   Add a channel: beamline channel add --db FILE PLATFORM HANDLE [--name NAME]
  list  List the channels of a workspace.</source>
        <translation>Usage : beamline channel add|list [options]
  add   Ajouter un canal : beamline channel add --db FICHIER PLATEFORME IDENTIFIANT [--name NOM]
  list  Lister les canaux d’un espace de travail.</translation>
    </message>
    <message>
        <source>Usage: beamline pillar add|list [options]
  add   Add a content pillar: beamline pillar add --db FILE NAME [--target PERCENT]
  list  List the pillars of a workspace with their targets.</source>
        <translation>Usage : beamline pillar add|list [options]
  add   Ajouter un pilier de contenu : beamline pillar add --db FICHIER NOM [--target POURCENTAGE]
  list  Lister les piliers d’un espace de travail avec leurs objectifs.</translation>
    </message>
    <message>
        <source>Print the figures of each day of a range: every channel&apos;s stored daily metrics (followers gained and lost, views, impressions…), the posts it published and its mentions, and the website&apos;s figures of the day. A missing figure is null (JSON) or empty (CSV).</source>
        <translation>Afficher les chiffres de chaque jour d’une période : les mesures quotidiennes enregistrées de chaque canal (abonnés gagnés et perdus, vues, impressions…), les publications qu’il a publiées et ses mentions, et les chiffres du site web du jour. Un chiffre manquant vaut null (JSON) ou reste vide (CSV).</translation>
    </message>
    <message>
        <source>Only this channel&apos;s platform (x, facebook, instagram, linkedin, youtube).</source>
        <translation>Seulement la plateforme de ce canal (x, facebook, instagram, linkedin, youtube).</translation>
    </message>
    <message>
        <source>Print CSV, one row per day and channel.</source>
        <translation>Afficher du CSV, une ligne par jour et par canal.</translation>
    </message>
    <message>
        <source>Give --json or --csv.</source>
        <translation>Indiquez --json ou --csv.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”; use x, facebook, instagram, linkedin or youtube.</source>
        <translation>Canal inconnu « %1 » ; utilisez x, facebook, instagram, linkedin ou youtube.</translation>
    </message>
    <message>
        <source>Leave out the rows that cannot be read (listed in the output) instead of importing nothing from a file that has any.</source>
        <translation>Laisser de côté les lignes illisibles (listées dans la sortie) au lieu de ne rien importer d’un fichier qui en contient.</translation>
    </message>
    <message>
        <source>The period of a report that says none, neither in its file name nor in its rows (a renamed Matomo export): first and last day, or one day.</source>
        <translation>La période d’un rapport qui n’en indique aucune, ni dans le nom du fichier ni dans ses lignes (un export Matomo renommé) : premier et dernier jour, ou un seul jour.</translation>
    </message>
    <message>
        <source>“%1” is not a period; give its first and last day as YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une période ; indiquez son premier et son dernier jour sous la forme AAAA-MM-JJ..AAAA-MM-JJ.</translation>
    </message>
    <message numerus="yes">
        <source>Print, for each channel, the median engagement rate of the posts published in each hour of each weekday (the workspace&apos;s time zone), with the number of posts. Text lists the best hours that have at least %n post(s); JSON lists every hour with a post.</source>
        <translation>
            <numerusform>Affiche, pour chaque canal, le taux d’engagement médian des publications parues à chaque heure de chaque jour de la semaine (fuseau horaire de l’espace de travail), avec le nombre de publications. Le texte liste les meilleures heures qui comptent au moins %n publication ; le JSON liste chaque heure qui a une publication.</numerusform>
            <numerusform>Affiche, pour chaque canal, le taux d’engagement médian des publications parues à chaque heure de chaque jour de la semaine (fuseau horaire de l’espace de travail), avec le nombre de publications. Le texte liste les meilleures heures qui comptent au moins %n publications ; le JSON liste chaque heure qui a une publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: [{&quot;channel&quot;, &quot;weekday&quot; (1 = Monday), &quot;hour&quot;, &quot;posts&quot;, &quot;median_engagement_rate&quot;}].</source>
        <translation>Affiche du JSON : [{&quot;channel&quot;, &quot;weekday&quot; (1 = lundi), &quot;hour&quot;, &quot;posts&quot;, &quot;median_engagement_rate&quot;}].</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures en %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n post(s))</source>
        <translation>
            <numerusform>(%n publication)</numerusform>
            <numerusform>(%n publications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No hour has %n published post(s) with an engagement rate in this range.</source>
        <translation>
            <numerusform>Aucune heure ne compte %n publication avec un taux d’engagement sur cette période.</numerusform>
            <numerusform>Aucune heure ne compte %n publications avec un taux d’engagement sur cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace FILE, or a team workspace&apos;s postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Le FICHIER de l’espace de travail, ou l’adresse postgresql://UTILISATEUR@HÔTE:PORT/BASE d’un espace d’équipe (le mot de passe vient de ~/.pgpass ou de PGPASSWORD).</translation>
    </message>
    <message>
        <source>--db FILE|URI is required.</source>
        <translation>--db FICHIER|URI est obligatoire.</translation>
    </message>
    <message>
        <source>Add a person of the team: who they sign in as and what they may do.</source>
        <translation>Ajouter une personne de l’équipe : sous quel nom elle se connecte et ce qu’elle peut faire.</translation>
    </message>
    <message>
        <source>The person&apos;s name, e.g. &quot;Anna Keller&quot;.</source>
        <translation>Le nom de la personne, par exemple « Anna Keller ».</translation>
    </message>
    <message>
        <source>The database role they sign in to a team workspace with (their system account for a file).</source>
        <translation>Le rôle de base de données avec lequel elle se connecte à un espace d’équipe (son compte système pour un fichier).</translation>
    </message>
    <message>
        <source>editor (the default), approver or viewer.</source>
        <translation>editor (par défaut), approver ou viewer.</translation>
    </message>
    <message>
        <source>Their email address.</source>
        <translation>Son adresse e-mail.</translation>
    </message>
    <message>
        <source>On a workspace file: this person is who edits it (records who created, changed and approved posts).</source>
        <translation>Sur un fichier d’espace de travail : cette personne est celle qui le modifie (enregistre qui a créé, modifié et approuvé les publications).</translation>
    </message>
    <message>
        <source>Print the person as one JSON object.</source>
        <translation>Afficher la personne comme un objet JSON.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name (in quotes if it has spaces).</source>
        <translation>Donnez le nom de la personne (entre guillemets s’il contient des espaces).</translation>
    </message>
    <message>
        <source>--role: “%1” is not a role (editor, approver, viewer).</source>
        <translation>--role : « %1 » n’est pas un rôle (editor, approver, viewer).</translation>
    </message>
    <message>
        <source>--me: on a team workspace the database role you sign in with says who you are; give --login instead.</source>
        <translation>--me : sur un espace d’équipe, le rôle de base de données avec lequel vous vous connectez dit qui vous êtes ; donnez plutôt --login.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté(e) (%2).</translation>
    </message>
    <message>
        <source>Added %1 (%2), who signs in as “%3”.</source>
        <translation>%1 ajouté(e) (%2), qui se connecte en tant que « %3 ».</translation>
    </message>
    <message>
        <source>List the people of a workspace with their logins and roles.</source>
        <translation>Lister les personnes d’un espace de travail avec leurs identifiants et leurs rôles.</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>No people yet; add one with “beamline person add --db FILE NAME --login LOGIN --role approver”.</source>
        <translation>Personne pour l’instant ; ajoutez-en une avec « beamline person add --db FICHIER NOM --login IDENTIFIANT --role approver ».</translation>
    </message>
    <message>
        <source>Usage: beamline person add|list [options]
  add   Add a person: beamline person add --db FILE NAME [--login LOGIN] [--role editor|approver|viewer]
  list  List the people of a workspace with their logins and roles.</source>
        <translation>Usage : beamline person add|list [options]
  add   Ajouter une personne : beamline person add --db FICHIER NOM [--login IDENTIFIANT] [--role editor|approver|viewer]
  list  Lister les personnes d’un espace de travail avec leurs identifiants et leurs rôles.</translation>
    </message>
    <message>
        <source>Usage: beamline workspace copy --from FILE|URI --to FILE|URI [--replace]
Copies a workspace to a new file or an empty PostgreSQL database (or back), in one transaction, then verifies it.</source>
        <translation>Usage : beamline workspace copy --from FICHIER|URI --to FICHIER|URI [--replace]
Copie un espace de travail dans un nouveau fichier ou une base PostgreSQL vide (ou l’inverse), en une transaction, puis vérifie la copie.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>toutes les tables</translation>
    </message>
    <message>
        <source>stats --json from %1 to %2: identical</source>
        <translation>stats --json du %1 au %2 : identiques</translation>
    </message>
    <message>
        <source>stats: nothing imported, no figures to compare</source>
        <translation>stats : rien d’importé, aucun chiffre à comparer</translation>
    </message>
    <message>
        <source>Copy a workspace: from a file to a team workspace on a PostgreSQL server, back to a file (a backup, or to work offline), or between two of a kind. The copy keeps every row and id, is one transaction on the target, and is verified before it is kept: the row count of every table and the figures of `beamline stats --json` over the measured period must be the same on both sides. The target must be a new file, an empty database or an empty workspace.</source>
        <translation>Copier un espace de travail : d’un fichier vers un espace d’équipe sur un serveur PostgreSQL, de retour vers un fichier (une sauvegarde, ou pour travailler hors ligne), ou entre deux du même type. La copie garde chaque ligne et chaque identifiant, forme une seule transaction sur la cible et est vérifiée avant d’être conservée : le nombre de lignes de chaque table et les chiffres de `beamline stats --json` sur la période mesurée doivent être les mêmes des deux côtés. La cible doit être un nouveau fichier, une base vide ou un espace de travail vide.</translation>
    </message>
    <message>
        <source>The workspace to copy: a FILE or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>L’espace de travail à copier : un FICHIER ou postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Where to copy it: a new FILE, or an empty database&apos;s postgresql:// address.</source>
        <translation>Où le copier : un nouveau FICHIER, ou l’adresse postgresql:// d’une base vide.</translation>
    </message>
    <message>
        <source>Replace what the target holds (its rows are deleted in the copy&apos;s transaction; a failed copy keeps them).</source>
        <translation>Remplacer le contenu de la cible (ses lignes sont supprimées dans la transaction de la copie ; une copie qui échoue les garde).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--from FILE|URI and --to FILE|URI are required.</source>
        <translation>--from FICHIER|URI et --to FICHIER|URI sont obligatoires.</translation>
    </message>
    <message>
        <source>--from and --to name the same workspace.</source>
        <translation>--from et --to désignent le même espace de travail.</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows; %4 of %5 rows in all (%6 %)</source>
        <translation>copie de %1 : %2 lignes sur %3 ; %4 sur %5 lignes en tout (%6 %)</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from “%3” to “%4” in %5 s.</source>
        <translation>%1 lignes copiées dans %2 tables de « %3 » vers « %4 » en %5 s.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>beamline workspace: “%1” is not a subcommand (copy).</source>
        <translation>beamline workspace : « %1 » n’est pas une sous-commande (copy).</translation>
    </message>
    <message>
        <source>As presented full screen: thicker lines, fewer bars. The type always suits --size.</source>
        <translation>Tel que présenté en plein écran : traits plus épais, moins de barres. La typographie s’adapte toujours à --size.</translation>
    </message>
    <message>
        <source>First local day of the report (default: the campaign&apos;s first day).</source>
        <translation>Premier jour local du rapport (par défaut : le premier jour de la campagne).</translation>
    </message>
    <message>
        <source>Last local day of the report, included (default: the campaign&apos;s last day).</source>
        <translation>Dernier jour local du rapport, inclus (par défaut : le dernier jour de la campagne).</translation>
    </message>
    <message>
        <source>A campaign (name or hashtag) the report is about.</source>
        <translation>Une campagne (nom ou hashtag) sur laquelle porte le rapport.</translation>
    </message>
    <message>
        <source>Language of the report: en or fr (default: the system&apos;s).</source>
        <translation>Langue du rapport : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Write the impact report of a period as a PDF: figures, views, definitions and sources.</source>
        <translation>Écrire le rapport d’impact d’une période en PDF : chiffres, vues, définitions et sources.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FICHIER.pdf est obligatoire.</translation>
    </message>
    <message>
        <source>--out: “%1” does not end in .pdf.</source>
        <translation>--out : « %1 » ne se termine pas par .pdf.</translation>
    </message>
    <message>
        <source>--paper: “%1” is not a4 or letter.</source>
        <translation>--paper : « %1 » n’est ni a4 ni letter.</translation>
    </message>
    <message>
        <source>--lang: “%1” is not en or fr.</source>
        <translation>--lang : « %1 » n’est ni en ni fr.</translation>
    </message>
    <message>
        <source>Give either --compare-previous or --compare-from and --compare-to, not both.</source>
        <translation>Indiquez soit --compare-previous, soit --compare-from et --compare-to, pas les deux.</translation>
    </message>
    <message>
        <source>--from and --to YYYY-MM-DD are required (or --campaign NAME for its dates).</source>
        <translation>--from et --to AAAA-MM-JJ sont obligatoires (ou --campaign NOM pour ses dates).</translation>
    </message>
    <message>
        <source>--campaign: the workspace has no campaign “%1”.</source>
        <translation>--campaign : l’espace de travail n’a pas de campagne « %1 ».</translation>
    </message>
    <message>
        <source>--campaign: “%1” is not a campaign; choose one of %2.</source>
        <translation>--campaign : « %1 » n’est pas une campagne ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The campaign “%1” has no dates: give --from and --to.</source>
        <translation>La campagne « %1 » n’a pas de dates : indiquez --from et --to.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Fichier %1 écrit (%n page).</numerusform>
            <numerusform>Fichier %1 écrit (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ConnectDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation>Se connecter à un espace d’équipe</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>beamline</source>
        <translation>beamline</translation>
    </message>
    <message>
        <source>Recent connections:</source>
        <translation>Connexions récentes :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Beamline asks for no password and stores none: the server&apos;s password comes from ~/.pgpass, the PGPASSWORD variable or a PostgreSQL service file.</source>
        <translation>Beamline ne demande ni n’enregistre aucun mot de passe : celui du serveur vient de ~/.pgpass, de la variable PGPASSWORD ou d’un fichier de service PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
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
        <source>some bytes are not valid in the file&apos;s encoding and were replaced</source>
        <translation>certains octets ne sont pas valides dans l’encodage du fichier et ont été remplacés</translation>
    </message>
    <message>
        <source>unterminated quoted field (the file ends inside quotes; it may be truncated)</source>
        <translation>champ entre guillemets non fermé (le fichier se termine entre guillemets ; il est peut-être tronqué)</translation>
    </message>
    <message>
        <source>the record starting on this line is longer than %1 characters or has more than %2 fields; no export has such lines, so the file was not read</source>
        <translation>l’enregistrement qui commence à cette ligne dépasse %1 caractères ou compte plus de %2 champs ; aucun export n’a de telles lignes, le fichier n’a donc pas été lu</translation>
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
        <source>Links between imported and planned posts</source>
        <translation>Liens entre publications importées et planifiées</translation>
    </message>
    <message>
        <source>Links to the &amp;Plan</source>
        <translation>Liens avec le &amp;planning</translation>
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
        <translation>Liens avec le &amp;planning (%1)</translation>
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
    <message>
        <source>Web &amp;Attribution</source>
        <translation>&amp;Attribution web</translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>Also list imported posts linked to &amp;nothing</source>
        <translation>Lister aussi les publications importées liées à ri&amp;en</translation>
    </message>
    <message>
        <source>Imported posts are linked to planned posts by permalink, by a shared link, or by channel, time and text. Confirm the links that are right, link a post to another planned post, or remove the link. Every change can be undone (Edit ▸ Undo).</source>
        <translation>Les publications importées sont liées aux publications prévues par leur permalien, par un lien commun, ou par le canal, l’heure et le texte. Confirmez les liens justes, liez une publication à une autre publication prévue, ou retirez le lien. Chaque changement peut être annulé (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <source>Confirm Link to the Plan</source>
        <translation>Confirmer le lien au planning</translation>
    </message>
    <message>
        <source>Remove Link to the Plan</source>
        <translation>Retirer le lien au planning</translation>
    </message>
    <message>
        <source>Link to a Planned Post</source>
        <translation>Lier à une publication prévue</translation>
    </message>
    <message>
        <source>No link waits for review</source>
        <translation>Aucun lien n’attend de vérification</translation>
    </message>
    <message>
        <source>Beamline links imported posts to the plan as they arrive. To link a post by hand, tick “Also list imported posts linked to nothing”.</source>
        <translation>Beamline lie les publications importées au planning dès leur arrivée. Pour lier une publication à la main, cochez « Lister aussi les publications importées liées à rien ».</translation>
    </message>
    <message>
        <source>The exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools, as CSV, ZIP or Excel workbooks. Drop files or folders anywhere on the window.</source>
        <translation>Les exports de X, Facebook et Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo et des outils de veille, en CSV, ZIP ou classeurs Excel. Déposez des fichiers ou des dossiers n’importe où sur la fenêtre.</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajoutées</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mises à jour</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inchangées</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorées</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 ajoutées, %2 mises à jour, %3 inchangées, %4 ignorées</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>Annulation de l’import de « %1 »…</translation>
    </message>
    <message>
        <source>Undoing the import of “%1” was cancelled; nothing was changed.</source>
        <translation>L’annulation de l’import de « %1 » a été interrompue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Remove Import “%1”</source>
        <translation>Retirer l’import « %1 »</translation>
    </message>
    <message>
        <source>Delete Mapping “%1”</source>
        <translation>Supprimer la correspondance « %1 »</translation>
    </message>
</context>
<context>
    <name>Beamline::Database</name>
    <message>
        <source>Could not open “%1”</source>
        <translation>Impossible d’ouvrir « %1 »</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers (Qt&apos;s QPSQL driver is missing; on Debian: apt install libqt6sql6-psql).</source>
        <translation>Cette installation ne peut pas joindre de serveur PostgreSQL (le pilote QPSQL de Qt manque ; sous Debian : apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation>Connexion impossible à « %1 »</translation>
    </message>
</context>
<context>
    <name>Beamline::DateField</name>
    <message>
        <source>Pick the day on a calendar</source>
        <translation>Choisir le jour dans un calendrier</translation>
    </message>
    <message>
        <source>Type a day (1 Jan 2026, 31 Jan, 31/01/2026) or pick it on the calendar</source>
        <translation>Tapez un jour (1 janv. 2026, 31 janv., 31/01/2026) ou choisissez-le dans le calendrier</translation>
    </message>
    <message>
        <source>“%1” is not a day Beamline can read; type it like %2.</source>
        <translation>« %1 » n’est pas un jour que Beamline sait lire ; tapez-le comme %2.</translation>
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
    <name>Beamline::FiguresSlide</name>
    <message>
        <source>vs %1</source>
        <translation>vs %1</translation>
    </message>
</context>
<context>
    <name>Beamline::GuiApplication</name>
    <message>
        <source>%1 (%2)</source>
        <comment>database error: message (detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This action stopped on a database error and did not finish: %1</source>
        <translation>Cette action s’est arrêtée sur une erreur de la base de données et n’a pas abouti : %1</translation>
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
    <message>
        <source>Render a chart to PNG, SVG or PDF for slides, without a display.</source>
        <translation>Dessine un graphique en PNG, SVG ou PDF pour des diapositives, sans écran.</translation>
    </message>
    <message>
        <source>Write the plan of a period as an iCalendar (.ics) file.</source>
        <translation>Écrit le planning d’une période dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Read a plan CSV into a workspace (one transaction).</source>
        <translation>Lit un planning CSV dans un espace de travail (une transaction).</translation>
    </message>
    <message>
        <source>Print the posts and series slots of a period (text, JSON or CSV).</source>
        <translation>Affiche les publications et créneaux de séries d’une période (texte, JSON ou CSV).</translation>
    </message>
    <message>
        <source>Print the impact figures of a period, with a comparison (text or JSON).</source>
        <translation>Affiche les chiffres d’impact d’une période, avec comparaison (texte ou JSON).</translation>
    </message>
    <message>
        <source>Add or list recurring series.</source>
        <translation>Ajoute ou liste les séries récurrentes.</translation>
    </message>
    <message>
        <source>Add or list the channels (accounts) the team posts on.</source>
        <translation>Ajouter ou lister les canaux (comptes) sur lesquels l’équipe publie.</translation>
    </message>
    <message>
        <source>Add or list content pillars and their target shares.</source>
        <translation>Ajouter ou lister les piliers de contenu et leurs parts visées.</translation>
    </message>
    <message>
        <source>Print the figures of each day of a range (JSON or CSV).</source>
        <translation>Afficher les chiffres de chaque jour d’une période (JSON ou CSV).</translation>
    </message>
    <message>
        <source>Print the best hours to post per channel: median engagement rate by weekday and hour.</source>
        <translation>Affiche les meilleures heures pour publier, par canal : taux d’engagement médian par jour de la semaine et par heure.</translation>
    </message>
    <message>
        <source>Add or list the people of a workspace: their logins and roles (editor, approver, viewer).</source>
        <translation>Ajouter ou lister les personnes d’un espace de travail : leurs identifiants et leurs rôles (editor, approver, viewer).</translation>
    </message>
    <message>
        <source>Copy a workspace to a server or a file (workspace copy --from … --to …), verified.</source>
        <translation>Copier un espace de travail vers un serveur ou un fichier (workspace copy --from … --to …), avec vérification.</translation>
    </message>
    <message>
        <source>Write the impact report of a period as a PDF (figures, views, definitions, sources).</source>
        <translation>Écrire le rapport d’impact d’une période en PDF (chiffres, vues, définitions, sources).</translation>
    </message>
</context>
<context>
    <name>Beamline::HelpWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Metric Definitions</source>
        <translation>Définitions des mesures</translation>
    </message>
    <message>
        <source>*These definitions are written in English: they are the reference the figures are computed from.*</source>
        <translation>*Ces définitions sont rédigées en anglais : elles sont la référence d’après laquelle les chiffres sont calculés.*</translation>
    </message>
    <message>
        <source>Beamline User Guide</source>
        <translation>Guide d’utilisation de Beamline</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the selected post, or write a new one on the selected day</source>
        <translation>Ouvrir la publication sélectionnée, ou en écrire une nouvelle le jour sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Drop the selected post (Undo brings it back)</source>
        <translation>Abandonner la publication sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Previous or next month or week</source>
        <translation>Mois ou semaine précédent ou suivant</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>Dans le calendrier</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a menu opens it; in dialogs, Alt with an underlined letter moves to that field.</source>
        <translation>Alt avec la lettre soulignée d’un menu l’ouvre ; dans les boîtes de dialogue, Alt avec une lettre soulignée mène au champ correspondant.</translation>
    </message>
    <message>
        <source>The metric definitions could not be read.</source>
        <translation>Les définitions des mesures n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Beamline helps a lab&apos;s social-media team plan recurring posts on a calendar and measure what they achieved from the platforms&apos; own exports.</source>
        <translation>Beamline aide l’équipe réseaux sociaux d’un laboratoire à planifier des publications récurrentes sur un calendrier et à mesurer leurs résultats à partir des exports des plateformes.</translation>
    </message>
    <message>
        <source>1. Set up the workspace</source>
        <translation>1. Préparer l’espace de travail</translation>
    </message>
    <message>
        <source>A workspace is one file that holds your plan and your figures. Create one with File ▸ New Workspace, then open Settings ▸ Workspace.</source>
        <translation>Un espace de travail est un fichier qui contient votre planning et vos chiffres. Créez-en un avec Fichier ▸ Nouvel espace de travail, puis ouvrez Configuration ▸ Espace de travail.</translation>
    </message>
    <message>
        <source>Workspace: its name and the time zone the team works in. The calendar, the lists and the reports show times in this zone.</source>
        <translation>Espace de travail : son nom et le fuseau horaire dans lequel l’équipe travaille. Le calendrier, les listes et les rapports affichent les heures dans ce fuseau.</translation>
    </message>
    <message>
        <source>Channels: the accounts you post on. Give each the handle or ID its exports use (for a Facebook page, its name or ID). If an export names an account no channel has, Beamline asks once which channel it is and remembers. Two channels that are the same account can be merged.</source>
        <translation>Canaux : les comptes sur lesquels vous publiez. Donnez à chacun l’identifiant ou l’ID qu’utilisent ses exports (pour une page Facebook, son nom ou son ID). Si un export cite un compte qu’aucun canal ne porte, Beamline demande une fois de quel canal il s’agit et s’en souvient. Deux canaux qui sont le même compte peuvent être fusionnés.</translation>
    </message>
    <message>
        <source>Pillars: the themes of your posts, each with a colour and the share of posts it should have.</source>
        <translation>Piliers : les thèmes de vos publications, chacun avec une couleur et la part des publications qu’il doit avoir.</translation>
    </message>
    <message>
        <source>People: editors write posts and own series; approvers also sign posts off.</source>
        <translation>Personnes : les rédacteurs écrivent les publications et suivent les séries ; les approbateurs valident aussi les publications.</translation>
    </message>
    <message>
        <source>Campaigns: a period, a hashtag and a goal, with the partners who join in.</source>
        <translation>Campagnes : une période, un hashtag et un objectif, avec les partenaires qui y participent.</translation>
    </message>
    <message>
        <source>2. Plan</source>
        <translation>2. Planning</translation>
    </message>
    <message>
        <source>A series is a recurring post, such as #ThrowbackThursday every Thursday at 10:00: Plan ▸ New Series. Its slots appear in the calendar; open one to write the post that fills it.</source>
        <translation>Une série est une publication récurrente, comme #ThrowbackThursday chaque jeudi à 10:00 : Planning ▸ Nouvelle série. Ses créneaux apparaissent dans le calendrier ; ouvrez-en un pour écrire la publication qui le remplit.</translation>
    </message>
    <message>
        <source>A post goes out on one or more channels, with a text for all of them or one per channel; the editor counts the characters against each channel&apos;s limit. Drag a post, or use the keyboard, to move it.</source>
        <translation>Une publication part sur un ou plusieurs canaux, avec un texte commun ou un texte par canal ; l’éditeur compte les caractères selon la limite de chaque canal. Faites glisser une publication, ou utilisez le clavier, pour la déplacer.</translation>
    </message>
    <message>
        <source>The panel beside the calendar lists what needs attention: open slots, posts waiting for review, missed slots.</source>
        <translation>Le panneau à côté du calendrier liste ce qui demande votre attention : créneaux libres, publications en attente de relecture, créneaux manqués.</translation>
    </message>
    <message>
        <source>3. Import the exports</source>
        <translation>3. Importer les exports</translation>
    </message>
    <message>
        <source>Download the analytics exports from X, Meta Business Suite, YouTube Studio, LinkedIn, Google Analytics, Matomo or a listening tool, and drop the files (or a folder, or a ZIP) on the window, or use File ▸ Import Exports.</source>
        <translation>Téléchargez les exports statistiques de X, Meta Business Suite, YouTube Studio, LinkedIn, Google Analytics, Matomo ou d’un outil de veille, et déposez les fichiers (ou un dossier, ou un ZIP) sur la fenêtre, ou utilisez Fichier ▸ Importer des exports.</translation>
    </message>
    <message>
        <source>Beamline shows what it found before writing anything. Importing the same file again changes nothing, and each import can be undone under Data ▸ Import History.</source>
        <translation>Beamline montre ce qu’il a trouvé avant d’écrire quoi que ce soit. Importer le même fichier une deuxième fois ne change rien, et chaque import peut être annulé dans Données ▸ Historique des imports.</translation>
    </message>
    <message>
        <source>4. Measure</source>
        <translation>4. Mesurer</translation>
    </message>
    <message>
        <source>Measure shows the figures of a period beside the one before: posts, interactions, engagement rate, followers, and the visits your site received from each platform. Imported posts are linked to the planned ones, so a series or a campaign can be compared with the rest.</source>
        <translation>Mesurer montre les chiffres d’une période à côté de la période précédente : publications, interactions, taux d’engagement, abonnés, et les visites que votre site a reçues de chaque plateforme. Les publications importées sont reliées aux publications planifiées : une série ou une campagne peut ainsi être comparée au reste.</translation>
    </message>
    <message>
        <source>Help ▸ Metric Definitions says exactly how each figure is computed.</source>
        <translation>Aide ▸ Définitions des mesures indique précisément comment chaque chiffre est calculé.</translation>
    </message>
    <message>
        <source>5. Undo</source>
        <translation>5. Annuler</translation>
    </message>
    <message>
        <source>Every change to the plan and the settings can be undone with Edit ▸ Undo (%1).</source>
        <translation>Chaque modification du planning et de la configuration peut être annulée avec Édition ▸ Annuler (%1).</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Jour précédent ou suivant</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Previous or next post or open slot: through those of a day, then on to the next day&apos;s</source>
        <translation>Publication ou créneau libre précédent ou suivant : ceux d’un jour, puis ceux du jour suivant</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Gauche, Alt+Droite</translation>
    </message>
    <message>
        <source>Move the selected post a day earlier or later</source>
        <translation>Avancer ou reculer d’un jour la publication sélectionnée</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Haut, Alt+Bas</translation>
    </message>
    <message>
        <source>Move the selected post a week earlier or later (in the week view, 15 minutes)</source>
        <translation>Avancer ou reculer d’une semaine la publication sélectionnée (de 15 minutes dans la vue Semaine)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>The selected post&apos;s menu</source>
        <translation>Le menu de la publication sélectionnée</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>From a post back to its day; in a dialog, close it (nothing written is kept unless you confirm)</source>
        <translation>D’une publication, revenir à son jour ; dans une boîte de dialogue, la fermer (rien de ce qui a été écrit n’est gardé sans votre confirmation)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Present the view: on the Overview, the figures first, then the charts</source>
        <translation>Présenter la vue : sur la Vue d’ensemble, les chiffres d’abord, puis les graphiques</translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down</source>
        <translation>Droite, Bas, Espace, Page suiv.</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up</source>
        <translation>Gauche, Haut, Retour arrière, Page préc.</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Début, Fin</translation>
    </message>
    <message>
        <source>First or last slide</source>
        <translation>Première ou dernière diapositive</translation>
    </message>
    <message>
        <source>Escape, F5</source>
        <translation>Échap, F5</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>In Measure and its presentation</source>
        <translation>Dans Mesure et sa présentation</translation>
    </message>
</context>
<context>
    <name>Beamline::IcsExporter</name>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>La période finit (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The time zone “%1” of the series “%2” is unknown to libical.</source>
        <translation>Le fuseau horaire « %1 » de la série « %2 » est inconnu de libical.</translation>
    </message>
    <message>
        <source>The rule of the series “%1” is not valid: %2</source>
        <translation>La règle de la série « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>Beamline::ImportContext</name>
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
    <message>
        <source>expected %1 fields as in the header, found %2 (a comma or quote inside a text that is not quoted?)</source>
        <translation>%1 champs attendus comme dans l’en-tête, %2 trouvés (une virgule ou un guillemet dans un texte non entre guillemets ?)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l’en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a number</source>
        <translation>colonne %1 (« %2 ») : « %3 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a duration</source>
        <translation>colonne %1 (« %2 ») : « %3 » n’est pas une durée</translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a percentage</source>
        <translation>colonne %1 (« %2 ») : « %3 » n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>this row and line %1 give different values (%2) for the same %3; the file has a column Beamline does not read that tells them apart, so nothing was imported</source>
        <translation>cette ligne et la ligne %1 donnent des valeurs différentes (%2) pour le même %3 ; le fichier a une colonne que Beamline ne lit pas et qui les distingue, rien n’a donc été importé</translation>
    </message>
    <message>
        <source>repeats line %1; counted once (this and any later repeated rows)</source>
        <translation>répète la ligne %1 ; comptée une seule fois (celle-ci et les répétitions suivantes)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… et %n autre ligne</numerusform>
            <numerusform>… et %n autres lignes</numerusform>
        </translation>
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
    <message>
        <source>Take “%1” for a Channel</source>
        <translation>Rattacher « %1 » à un canal</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 read; %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>
            <numerusform>%n fichier importé : %1 lues ; %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées.</numerusform>
            <numerusform>%n fichiers importés : %1 lues ; %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>“Updated” values replace figures stored before with the newer ones these files give.</source>
        <translation>Les valeurs « mises à jour » remplacent des chiffres déjà enregistrés par les chiffres plus récents de ces fichiers.</translation>
    </message>
    <message>
        <source>Some values were updated although nothing was imported before: these files cover some days or posts twice, and the newer figure was kept.</source>
        <translation>Des valeurs ont été mises à jour alors que rien n’avait été importé auparavant : ces fichiers couvrent certains jours ou certaines publications deux fois, et le chiffre le plus récent a été gardé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had nothing to import: %1.</source>
        <translation>
            <numerusform>%n fichier n’avait rien à importer : %1.</numerusform>
            <numerusform>%n fichiers n’avaient rien à importer : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) cannot be read, so the file was left out</source>
        <translation>
            <numerusform>%1 : %n ligne ne peut pas être lue, le fichier a donc été laissé de côté</numerusform>
            <numerusform>%1 : %n lignes ne peuvent pas être lues, le fichier a donc été laissé de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ImportEdit</name>
    <message>
        <source>The import was undone already.</source>
        <translation>L’import a déjà été annulé.</translation>
    </message>
    <message>
        <source>The import is no longer undone.</source>
        <translation>L’import n’est plus annulé.</translation>
    </message>
</context>
<context>
    <name>Beamline::ImportFormats</name>
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
        <source>column %1: “%2” does not match the chosen date format</source>
        <translation>colonne %1 : « %2 » ne correspond pas au format de date choisi</translation>
    </message>
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
        <source>New followers</source>
        <translation>Nouveaux abonnés</translation>
    </message>
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
        <source>unknown sentiment “%1”; left empty</source>
        <translation>sentiment « %1 » inconnu ; laissé vide</translation>
    </message>
    <message>
        <source>the post ids were turned into rounded numbers (%1) by a spreadsheet, so posts cannot be told apart: download the export again from Meta Business Suite and import it without opening it in Excel</source>
        <translation>les identifiants des publications ont été transformés en nombres arrondis (%1) par un tableur, les publications ne peuvent donc plus être distinguées : téléchargez à nouveau l’export depuis Meta Business Suite et importez-le sans l’ouvrir dans Excel</translation>
    </message>
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
        <source>Meta Business Suite: daily metric</source>
        <translation>Meta Business Suite : mesure par jour</translation>
    </message>
    <message>
        <source>no &quot;Date&quot;,&quot;Primary&quot; table found</source>
        <translation>aucun tableau &quot;Date&quot;,&quot;Primary&quot; trouvé</translation>
    </message>
    <message>
        <source>the metric “%1” does not say which platform it is for; it was stored for %2</source>
        <translation>la mesure « %1 » n’indique pas sa plateforme ; elle a été enregistrée pour %2</translation>
    </message>
    <message>
        <source>Facebook Page Insights: posts (legacy)</source>
        <translation>Statistiques de page Facebook : publications (ancien format)</translation>
    </message>
    <message>
        <source>no Page Insights header found</source>
        <translation>aucun en-tête de statistiques de page trouvé</translation>
    </message>
    <message>
        <source>the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)</source>
        <translation>la ligne de total indique %1 sessions mais les lignes en totalisent %2 (le rapport est peut-être échantillonné ou tronqué)</translation>
    </message>
    <message>
        <source>the daily table adds up to %1 sessions but the report&apos;s total is %2</source>
        <translation>le tableau par jour totalise %1 sessions mais le total du rapport est %2</translation>
    </message>
    <message>
        <source>Google Analytics (Universal Analytics) report</source>
        <translation>Rapport Google Analytics (Universal Analytics)</translation>
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
    <message>
        <source>Google Analytics 4 report</source>
        <translation>Rapport Google Analytics 4</translation>
    </message>
    <message>
        <source>the start and end dates (# Start date: / # End date:) are missing from the report&apos;s header block</source>
        <translation>les dates de début et de fin (# Start date: / # End date:) manquent dans l’en-tête du rapport</translation>
    </message>
    <message>
        <source>Matomo report</source>
        <translation>Rapport Matomo</translation>
    </message>
    <message>
        <source>the report is empty</source>
        <translation>le rapport est vide</translation>
    </message>
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
        <source>the post id&apos;s time (%1) does not fall on its Date (%2)</source>
        <translation>l’heure tirée de l’identifiant (%1) ne tombe pas à sa date (%2)</translation>
    </message>
    <message>
        <source>X account analytics: overview by day</source>
        <translation>Statistiques du compte X : vue d’ensemble par jour</translation>
    </message>
    <message>
        <source>no X overview header found</source>
        <translation>aucun en-tête de vue d’ensemble X trouvé</translation>
    </message>
    <message>
        <source>X account analytics: video overview</source>
        <translation>Statistiques du compte X : vue d’ensemble des vidéos</translation>
    </message>
    <message>
        <source>no video overview header found</source>
        <translation>aucun en-tête de vue d’ensemble des vidéos trouvé</translation>
    </message>
    <message>
        <source>YouTube Studio: videos (table data)</source>
        <translation>YouTube Studio : vidéos (tableau)</translation>
    </message>
    <message>
        <source>no YouTube table header found</source>
        <translation>aucun en-tête de tableau YouTube trouvé</translation>
    </message>
    <message>
        <source>“%1” is not a publish date; the video has no date</source>
        <translation>« %1 » n’est pas une date de publication ; la vidéo n’a pas de date</translation>
    </message>
    <message>
        <source>the Total row says %1 views but the videos add up to %2: YouTube exports only the rows it had loaded, so some videos may be missing</source>
        <translation>la ligne Total indique %1 vues mais les vidéos en totalisent %2 : YouTube n’exporte que les lignes qu’il avait chargées, il manque donc peut-être des vidéos</translation>
    </message>
    <message>
        <source>YouTube Studio: views by day</source>
        <translation>YouTube Studio : vues par jour</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>account, day and breakdown</source>
        <translation>compte, jour et ventilation</translation>
    </message>
    <message>
        <source>period, report and dimensions</source>
        <translation>période, rapport et dimensions</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>no post id or link</source>
        <translation>ni identifiant ni lien de publication</translation>
    </message>
    <message>
        <source>no post link</source>
        <translation>pas de lien de publication</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a date</source>
        <translation>colonne %1 : « %2 » n’est pas une date</translation>
    </message>
    <message>
        <source>no post id</source>
        <translation>pas d’identifiant de publication</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a publish time like 01/30/2026 10:00</source>
        <translation>colonne %1 : « %2 » n’est pas une heure de publication comme 01/30/2026 10:00</translation>
    </message>
    <message>
        <source>column 1: “%1” is not a date</source>
        <translation>colonne 1 : « %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a time like 01/19/2017 09:03:47 AM</source>
        <translation>colonne %1 : « %2 » n’est pas une heure comme 01/19/2017 09:03:47 AM</translation>
    </message>
    <message>
        <source>column 1: “%1” is not a period</source>
        <translation>colonne 1 : « %1 » n’est pas une période</translation>
    </message>
    <message>
        <source>no tweet id</source>
        <translation>pas d’identifiant de tweet</translation>
    </message>
    <message>
        <source>column %1: “%2” is not a time like 2017-01-31 10:00 +0000</source>
        <translation>colonne %1 : « %2 » n’est pas une heure comme 2017-01-31 10:00 +0000</translation>
    </message>
    <message>
        <source>neither the id nor the Date gives the post&apos;s day</source>
        <translation>ni l’identifiant ni la colonne Date ne donnent le jour de la publication</translation>
    </message>
    <message>
        <source>the video&apos;s post link does not name a post</source>
        <translation>le lien de publication de la vidéo ne désigne aucune publication</translation>
    </message>
    <message>
        <source>no video id</source>
        <translation>pas d’identifiant de vidéo</translation>
    </message>
    <message>
        <source>YouTube Studio: table of a breakdown over the period</source>
        <translation>YouTube Studio : tableau d’une ventilation sur la période</translation>
    </message>
    <message>
        <source>a YouTube table by %1 over the whole period; Beamline keeps a breakdown by day, from the “Chart data.csv” of the same export, and left this table out</source>
        <translation>un tableau YouTube par %1 sur toute la période ; Beamline garde une ventilation par jour, tirée du « Chart data.csv » du même export, et a laissé ce tableau de côté</translation>
    </message>
    <message>
        <source>LinkedIn Page: visitors by day</source>
        <translation>Page LinkedIn : visiteurs par jour</translation>
    </message>
    <message>
        <source>Facebook Page Insights: page by day (legacy)</source>
        <translation>Statistiques de page Facebook : page par jour (ancien format)</translation>
    </message>
    <message>
        <source>X daily activity (legacy analytics, by day)</source>
        <translation>Activité quotidienne X (ancien export, par jour)</translation>
    </message>
    <message>
        <source>no daily tweet activity header found</source>
        <translation>aucun en-tête d’activité quotidienne des tweets trouvé</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Browser Version</source>
        <translation>Version du navigateur</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Device Category</source>
        <translation>Catégorie d’appareil</translation>
    </message>
    <message>
        <source>User Type</source>
        <translation>Type d’utilisateur</translation>
    </message>
    <message>
        <source>the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report&apos;s header block: give its period in the import preview (on the command line: --period FROM..TO)</source>
        <translation>la ligne de période (# AAAAMMJJ-AAAAMMJJ) manque dans l’en-tête du rapport : indiquez sa période dans l’aperçu de l’import (en ligne de commande : --period DU..AU)</translation>
    </message>
    <message>
        <source>a %1 report; Beamline reads traffic sources, landing pages, pages and the Day Index, so its rows were left out (its totals and Day Index give the site&apos;s figures)</source>
        <translation>un rapport %1 ; Beamline lit les sources de trafic, les pages de destination, les pages et l’index des jours, ses lignes ont donc été laissées de côté (ses totaux et son index des jours donnent les chiffres du site)</translation>
    </message>
    <message>
        <source>Browser &amp; OS</source>
        <translation>Navigateur et système d’exploitation</translation>
    </message>
    <message>
        <source>the report&apos;s period is not in its file name and its rows have no dates: give its period in the import preview (on the command line: --period FROM..TO)</source>
        <translation>la période du rapport ne figure pas dans le nom du fichier et ses lignes n’ont pas de dates : indiquez sa période dans l’aperçu de l’import (en ligne de commande : --period DU..AU)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Matomo scheduled report</source>
        <translation>Rapport programmé Matomo</translation>
    </message>
    <message>
        <source>a report&apos;s title was expected alone on this line (is the blank line after the report above missing?)</source>
        <translation>le titre d’un rapport était attendu seul sur cette ligne (manque-t-il la ligne vide après le rapport précédent ?)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out (Beamline reads the visits summary, main metrics, channel types, websites, search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1</source>
        <translation>
            <numerusform>%n rapport laissé de côté (Beamline lit le récapitulatif des visites, les métriques principales, les types de canal, les sites web, les moteurs de recherche, les réseaux sociaux, les campagnes, les mots-clés, les pages d’entrée, les pages et les contenus) : %1</numerusform>
            <numerusform>%n rapports laissés de côté (Beamline lit le récapitulatif des visites, les métriques principales, les types de canal, les sites web, les moteurs de recherche, les réseaux sociaux, les campagnes, les mots-clés, les pages d’entrée, les pages et les contenus) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) without data: %1</source>
        <translation>
            <numerusform>%n rapport sans données : %1</numerusform>
            <numerusform>%n rapports sans données : %1</numerusform>
        </translation>
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
    <name>Beamline::ImportPlanCommand</name>
    <message>
        <source>Import Plan “%1”</source>
        <translation>Importer le planning « %1 »</translation>
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
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Map Columns… to say what each column means; Beamline then reads this file and the ones like it.</source>
        <translation>Choisissez « Faire correspondre les colonnes… » pour indiquer ce que signifie chaque colonne ; Beamline lit alors ce fichier et ceux qui lui ressemblent.</translation>
    </message>
    <message>
        <source>This file will be left out; the others can still be imported.</source>
        <translation>Ce fichier sera laissé de côté ; les autres peuvent quand même être importés.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import, so it is left out.</source>
        <translation>Le fichier est vide : il n’y a rien à importer, il est donc laissé de côté.</translation>
    </message>
    <message>
        <source>The file holds no figures: there is nothing to import, so it is left out.</source>
        <translation>Le fichier ne contient aucun chiffre : il n’y a rien à importer, il est donc laissé de côté.</translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation>Déjà importé : l’importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation>Comptes : %1.</translation>
    </message>
    <message>
        <source>No channel has the account %1 yet: the import adds it as a new channel (Settings ▸ Workspace ▸ Channels can merge it with another later).</source>
        <translation>Aucun canal ne porte encore le compte %1 : l’import l’ajoute comme nouveau canal (Configuration ▸ Espace de travail ▸ Canaux peut le fusionner plus tard avec un autre).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Check what Beamline found before anything is written. Unchecked files are left out; select a file to read everything about it below.</source>
        <translation>Vérifiez ce que Beamline a trouvé avant que quoi que ce soit soit écrit. Les fichiers décochés sont laissés de côté ; sélectionnez un fichier pour lire ci-dessous tout ce qui le concerne.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>Messages about the selected file</source>
        <translation>Messages sur le fichier sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have nothing to import and will be left out.</source>
        <translation>
            <numerusform>%n fichier n’a rien à importer et sera laissé de côté.</numerusform>
            <numerusform>%n fichiers n’ont rien à importer et seront laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the first and last day the report covers below the list, then choose Read Again.</source>
        <translation>Indiquez sous la liste le premier et le dernier jour que couvre le rapport, puis choisissez Relire.</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the files again, giving this period to the reports that say none</source>
        <translation>Relire les fichiers en donnant cette période aux rapports qui n’en indiquent aucune</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Period of the reports that give none:</source>
        <translation>Période des rapports qui n’en indiquent aucune :</translation>
    </message>
    <message>
        <source>Period needed</source>
        <translation>Période à indiquer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) do not say which period they cover: give it below and choose Read Again.</source>
        <translation>
            <numerusform>%n fichier n’indique pas la période qu’il couvre : indiquez-la ci-dessous et choisissez Relire.</numerusform>
            <numerusform>%n fichiers n’indiquent pas la période qu’ils couvrent : indiquez-la ci-dessous et choisissez Relire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read, so the file is left out: a file with bad rows imports nothing unless you choose Import the Good Rows, which leaves out the lines below.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être lue, le fichier est donc laissé de côté : un fichier avec des lignes illisibles n’importe rien, sauf si vous choisissez Importer les lignes lisibles, qui laisse de côté la ligne ci-dessous.</numerusform>
            <numerusform>%n lignes ne peuvent pas être lues, le fichier est donc laissé de côté : un fichier avec des lignes illisibles n’importe rien, sauf si vous choisissez Importer les lignes lisibles, qui laisse de côté les lignes ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out, as you chose; the lines are listed below.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être lue et sera laissée de côté, comme vous l’avez choisi ; elle figure ci-dessous.</numerusform>
            <numerusform>%n lignes ne peuvent pas être lues et seront laissées de côté, comme vous l’avez choisi ; elles figurent ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import this file without the rows that cannot be read; they are listed below</source>
        <translation>Importer ce fichier sans les lignes illisibles ; elles figurent ci-dessous</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bad)</source>
        <translation>
            <numerusform>%1 (%n illisible)</numerusform>
            <numerusform>%1 (%n illisibles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n ligne lisible</numerusform>
            <numerusform>%n lignes lisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;Good Row(s)</source>
        <translation>
            <numerusform>Importer la &amp;ligne lisible</numerusform>
            <numerusform>Importer les %n &amp;lignes lisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have rows that cannot be read and will be left out, unless you select one and choose Import the Good Rows.</source>
        <translation>
            <numerusform>%n fichier a des lignes illisibles et sera laissé de côté, sauf si vous le sélectionnez et choisissez Importer les lignes lisibles.</numerusform>
            <numerusform>%n fichiers ont des lignes illisibles et seront laissés de côté, sauf si vous en sélectionnez un et choisissez Importer les lignes lisibles.</numerusform>
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
    <message>
        <source>this is an OpenDocument spreadsheet (.ods), which Beamline cannot read: open it in a spreadsheet and save it as .xlsx, or save each sheet as CSV (UTF-8)</source>
        <translation>c’est un classeur OpenDocument (.ods), que Beamline ne sait pas lire : ouvrez-le dans un tableur et enregistrez-le en .xlsx, ou enregistrez chaque feuille en CSV (UTF-8)</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, a pipe or a socket); Beamline reads only export files</source>
        <translation>ce n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket) ; Beamline ne lit que des fichiers d’export</translation>
    </message>
    <message>
        <source>“%1” would inflate to %2, more than the %3 an export can be: the archive is damaged or built to exhaust memory (a “ZIP bomb”)</source>
        <translation>« %1 » se décompresserait en %2, plus que les %3 qu’un export peut faire : l’archive est endommagée ou construite pour épuiser la mémoire (une « bombe ZIP »)</translation>
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
    <message>
        <source>%1: not a layout Beamline knows (first columns: %2); it was left out</source>
        <translation>%1 : pas une disposition connue de Beamline (premières colonnes : %2) ; ignoré</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n sheet(s) or file(s) is a layout Beamline knows</source>
        <translation>
            <numerusform>sa feuille ou son fichier n’a pas une disposition connue de Beamline</numerusform>
            <numerusform>aucune de ses %n feuilles ou fichiers n’a une disposition connue de Beamline</numerusform>
        </translation>
    </message>
    <message>
        <source>this export is not one Beamline recognises (its first columns are: %1)</source>
        <translation>Beamline ne reconnaît pas cet export (ses premières colonnes sont : %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged: a newer export already holds their figures, which were kept</source>
        <translation>
            <numerusform>%n ligne inchangée : un export plus récent contient déjà ses chiffres, qui ont été gardés</numerusform>
            <numerusform>%n lignes inchangées : un export plus récent contient déjà leurs chiffres, qui ont été gardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that could not be read were left out, as asked</source>
        <translation>
            <numerusform>%n ligne illisible a été laissée de côté, comme demandé</numerusform>
            <numerusform>%n lignes illisibles ont été laissées de côté, comme demandé</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace could not be read (%1); nothing was imported</source>
        <translation>l’espace de travail n’a pas pu être lu (%1) ; rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>Beamline::KpiTile</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/jour</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>contre %1</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>vs %1, &lt;span style=&quot;color:%2&quot;&gt;%3&amp;nbsp;%4%5&amp;nbsp;%&lt;/span&gt;</source>
        <translation>contre %1, &lt;span style=&quot;color:%2&quot;&gt;%3&amp;nbsp;%4%5&amp;nbsp;%&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A change for the %1</source>
        <translation>Évolution : %1</translation>
    </message>
</context>
<context>
    <name>Beamline::LinkPostDialog</name>
    <message>
        <source>Link to a Planned Post</source>
        <translation>Lier à une publication prévue</translation>
    </message>
    <message>
        <source>Published on %1, %2:
%3</source>
        <translation>Publiée sur %1, %2 :
%3</translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation>Filtrer par titre ou texte</translation>
    </message>
    <message>
        <source>Filter planned posts</source>
        <translation>Filtrer les publications prévues</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévue pour</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Planned posts</source>
        <translation>Publications prévues</translation>
    </message>
    <message>
        <source>Nothing is planned within two weeks of this post. Plan it first in the calendar, then link it here.</source>
        <translation>Rien n’est prévu à moins de deux semaines de cette publication. Planifiez-la d’abord dans le calendrier, puis liez-la ici.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
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
        <source>Open a workspace with synthetic data modelled on a lab&apos;s campaign</source>
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
        <translation>Planning</translation>
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
        <source>Welcome to Beamline. This demo workspace holds synthetic data modelled on a lab&apos;s #WhatsUpLHC campaign, so you can explore planning and measuring right away.</source>
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
        <source>About Beamline</source>
        <translation>À propos de Beamline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab&apos;s social-media series on a calendar and measure their impact from the platforms&apos; exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
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
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.zip *.xls *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.zip *.xls *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Espace de travail…</translation>
    </message>
    <message>
        <source>Name and time zone, channels, pillars, people and campaigns of this workspace</source>
        <translation>Nom et fuseau horaire, canaux, piliers, personnes et campagnes de cet espace de travail</translation>
    </message>
    <message>
        <source>Beamline &amp;User Guide</source>
        <translation>&amp;Guide d’utilisation de Beamline</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Metric Definitions</source>
        <translation>&amp;Définitions des mesures</translation>
    </message>
    <message>
        <source>How each figure is computed, and from which columns of which export</source>
        <translation>Comment chaque chiffre est calculé, et à partir de quelles colonnes de quel export</translation>
    </message>
    <message numerus="yes">
        <source>Beamline opens one workspace at a time; %n other workspace(s) were not opened.</source>
        <translation>
            <numerusform>Beamline ouvre un espace de travail à la fois ; %n autre espace de travail n’a pas été ouvert.</numerusform>
            <numerusform>Beamline ouvre un espace de travail à la fois ; %n autres espaces de travail n’ont pas été ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>Introuvable : %1.</translation>
    </message>
    <message>
        <source>The exports were not imported, since the workspace could not be opened.</source>
        <translation>Les exports n’ont pas été importés, puisque l’espace de travail n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The exports were not imported: this workspace is read-only.</source>
        <translation>Les exports n’ont pas été importés : cet espace de travail est en lecture seule.</translation>
    </message>
    <message>
        <source>The exports were not imported: another import is running. Open them again when it has finished.</source>
        <translation>Les exports n’ont pas été importés : une autre importation est en cours. Ouvrez-les de nouveau quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>&amp;Se connecter à un espace d’équipe…</translation>
    </message>
    <message>
        <source>Open a workspace that a team shares on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail qu’une équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The undo history was cleared: “%1” could not be undone or redone, so the steps in it no longer match the workspace. %2</source>
        <translation>L’historique d’annulation a été vidé : « %1 » n’a pas pu être annulé ou rétabli, ses étapes ne correspondent donc plus à l’espace de travail. %2</translation>
    </message>
    <message>
        <source>Write a PDF impact report of a period: figures, charts, definitions and sources</source>
        <translation>Écrire un rapport d’impact PDF d’une période : chiffres, graphiques, définitions et sources</translation>
    </message>
    <message>
        <source>Opening “%1”… An older workspace is upgraded and its daily summaries are brought up to date first.</source>
        <translation>Ouverture de « %1 »… Un espace de travail plus ancien est d’abord mis à niveau et ses résumés quotidiens sont mis à jour.</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>L’espace de travail n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l’espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation>L’espace de travail de démonstration n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Exporter le ra&amp;pport…</translation>
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
        <translation>Mentions</translation>
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
        <source>the lab&apos;s main account</source>
        <translation>le compte principal du laboratoire</translation>
    </message>
    <message>
        <source>&amp;Account handle:</source>
        <translation>Identifiant du &amp;compte :</translation>
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
        <source>Choose the column with the post&apos;s ID or link: it tells posts apart.</source>
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
    <message numerus="yes">
        <source>%n row(s) have fewer cells than the header (line(s) %1)</source>
        <translation>
            <numerusform>%n ligne a moins de cellules que l’en-tête (ligne %1)</numerusform>
            <numerusform>%n lignes ont moins de cellules que l’en-tête (lignes %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more cells than the header (line(s) %1)</source>
        <translation>
            <numerusform>%n ligne a plus de cellules que l’en-tête (ligne %1)</numerusform>
            <numerusform>%n lignes ont plus de cellules que l’en-tête (lignes %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Among the first rows, %1. Check that the header line is right; the import reports such rows instead of guessing which cell is which.</source>
        <translation>Parmi les premières lignes, %1. Vérifiez que la ligne d’en-tête est la bonne ; l’import signale ces lignes plutôt que de deviner quelle cellule est laquelle.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>e.g. source_medium, page, site</source>
        <translation>par ex. source_medium, page, site</translation>
    </message>
    <message>
        <source>Save Mapping “%1”</source>
        <translation>Enregistrer la correspondance « %1 »</translation>
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
    <name>Beamline::MeasurePage</name>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Feed posts published in the range (stories are counted as story views).</source>
        <translation>Publications du fil parues dans la période (les stories comptent dans les vues de stories).</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range, from each post&apos;s newest export.</source>
        <translation>J’aime + commentaires + partages des publications parues dans la période, d’après l’export le plus récent de chacune.</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <source>Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform counts views). Never a mean of per-post rates.</source>
        <translation>Σ interactions ÷ Σ impressions sur les publications qui ont des impressions (les vues quand la plateforme compte des vues). Jamais une moyenne des taux par publication.</translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation>Abonnés gagnés</translation>
    </message>
    <message>
        <source>Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero.</source>
        <translation>Σ nouveaux abonnés de la période ÷ jours calendaires de la période ; les jours absents d’un export comptent pour zéro.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mentions found on this network by the listening tools in the range.</source>
        <translation>Mentions trouvées sur ce réseau par les outils de veille dans la période.</translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation>Visites du site</translation>
    </message>
    <message>
        <source>Sessions the web analytics attribute to this channel by the source/medium rules.</source>
        <translation>Sessions que les statistiques web attribuent à ce canal selon les règles source/support.</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Sessions of the whole site, from one breakdown (the time series when there is one).</source>
        <translation>Sessions de tout le site, d’une seule ventilation (la série temporelle quand il y en a une).</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Users summed over the rows of the same breakdown.</source>
        <translation>Utilisateurs additionnés sur les lignes de la même ventilation.</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Bounce rate weighted by sessions.</source>
        <translation>Taux de rebond pondéré par les sessions.</translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation>Taux de sortie</translation>
    </message>
    <message>
        <source>Σ exits ÷ Σ pageviews.</source>
        <translation>Σ sorties ÷ Σ pages vues.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Série :</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>P&amp;ilier :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne :</translation>
    </message>
    <message>
        <source>Instagram followers gained</source>
        <translation>Nouveaux abonnés Instagram</translation>
    </message>
    <message>
        <source>Σ new followers ÷ calendar days of the range.</source>
        <translation>Σ nouveaux abonnés ÷ jours calendaires de la période.</translation>
    </message>
    <message>
        <source>Story views</source>
        <translation>Vues des stories</translation>
    </message>
    <message>
        <source>Σ views (or impressions) of the stories published in the range.</source>
        <translation>Σ vues (ou impressions) des stories publiées dans la période.</translation>
    </message>
    <message>
        <source>Instagram interactions</source>
        <translation>Interactions Instagram</translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range.</source>
        <translation>J’aime + commentaires + partages des publications parues dans la période.</translation>
    </message>
    <message>
        <source>Visits from Instagram</source>
        <translation>Visites venant d’Instagram</translation>
    </message>
    <message>
        <source>Sessions attributed to Instagram by the source/medium rules.</source>
        <translation>Sessions attribuées à Instagram selon les règles source/support.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same period a year before</source>
        <translation>Même période un an avant</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Pas de comparaison</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>P&amp;résenter</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Per &amp;Post</source>
        <translation>Par &amp;publication</translation>
    </message>
    <message>
        <source>Series &amp;&amp; P&amp;illars</source>
        <translation>Séries &amp;&amp; p&amp;iliers</translation>
    </message>
    <message>
        <source>M&amp;entions</source>
        <translation>M&amp;entions</translation>
    </message>
    <message>
        <source>Instagram &amp;&amp; &amp;Web</source>
        <translation>Instagram &amp;&amp; &amp;web</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace or the demo from the File menu, then drop the platforms&apos; exports on the window.</source>
        <translation>Ouvrez un espace de travail ou la démo depuis le menu Fichier, puis déposez les exports des plateformes sur la fenêtre.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>28 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Nothing measured yet</source>
        <translation>Rien de mesuré pour l’instant</translation>
    </message>
    <message>
        <source>Drop a platform export here (X, Meta Business Suite, YouTube, LinkedIn, Google Analytics, Matomo or a listening tool) and its figures appear in these views.</source>
        <translation>Déposez ici un export de plateforme (X, Meta Business Suite, YouTube, LinkedIn, Google Analytics, Matomo ou un outil de veille) et ses chiffres apparaissent dans ces vues.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Post on %1</source>
        <translation>Publication sur %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation>Ouvrir sur la plateforme</translation>
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
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuel)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>Historique des mesures</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation>Durée des visites</translation>
    </message>
    <message>
        <source>Average length (m:ss) of a visit, weighted by sessions.</source>
        <translation>Durée moyenne (m:ss) d’une visite, pondérée par les sessions.</translation>
    </message>
    <message>
        <source>Visit length, from Instagram</source>
        <translation>Durée des visites venant d’Instagram</translation>
    </message>
    <message>
        <source>Average length (m:ss) of the visits from Instagram, weighted by sessions.</source>
        <translation>Durée moyenne (m:ss) des visites venant d’Instagram, pondérée par les sessions.</translation>
    </message>
    <message>
        <source>Visit length, whole site</source>
        <translation>Durée des visites, tout le site</translation>
    </message>
    <message>
        <source>Average length (m:ss) of all the site&apos;s visits, weighted by sessions.</source>
        <translation>Durée moyenne (m:ss) de toutes les visites du site, pondérée par les sessions.</translation>
    </message>
    <message>
        <source>Latest 28 days of data (to %1)</source>
        <translation>28 derniers jours de données (jusqu’au %1)</translation>
    </message>
    <message>
        <source>All data (%1)</source>
        <translation>Toutes les données (%1)</translation>
    </message>
    <message>
        <source>The imported figures cover %1.</source>
        <translation>Les chiffres importés couvrent %1.</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>No campaigns yet: add one in Settings ▸ Workspace ▸ Campaigns</source>
        <translation>Aucune campagne pour l’instant : ajoutez-en dans Configuration ▸ Espace de travail ▸ Campagnes</translation>
    </message>
    <message>
        <source>Import Exports…</source>
        <translation>Importer des exports…</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>Show this view&apos;s charts full screen, one at a time, after the figures on the Overview (%1)</source>
        <translation>Afficher les graphiques de cette vue en plein écran, un par un, après les chiffres de la Vue d’ensemble (%1)</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export one of the charts shown to PNG, SVG or PDF</source>
        <translation>Exporter l’un des graphiques affichés en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation>Instagram et le site web</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <source>%1: figures per channel</source>
        <translation>%1 : chiffres par canal</translation>
    </message>
    <message>
        <source>Figures per channel</source>
        <translation>Chiffres par canal</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Chart to export:</source>
        <translation>&amp;Graphique à exporter :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
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
    <name>Beamline::MetricDefinitions</name>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Feed posts published in the range (stories are counted as story views).</source>
        <translation>Publications du fil publiées dans la période (les stories sont comptées en vues de stories).</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Σ effective impressions (impressions, else views) of the posts published in the range that have them.</source>
        <translation>Σ des impressions effectives (impressions, sinon vues) des publications de la période qui en ont.</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Likes, favourites and reactions of the posts published in the range, from each post&apos;s newest export.</source>
        <translation>J’aime, favoris et réactions des publications de la période, d’après l’export le plus récent de chaque publication.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comments and replies of the posts published in the range, from each post&apos;s newest export.</source>
        <translation>Commentaires et réponses des publications de la période, d’après l’export le plus récent de chaque publication.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Shares plus retweets and reposts of the posts published in the range, from each post&apos;s newest export.</source>
        <translation>Partages, plus retweets et republications, des publications de la période, d’après l’export le plus récent de chaque publication.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range, from each post&apos;s newest export.</source>
        <translation>J’aime + commentaires + partages des publications de la période, d’après l’export le plus récent de chaque publication.</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <source>Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform counts views). Never a mean of per-post rates.</source>
        <translation>Σ interactions ÷ Σ impressions sur les publications qui ont des impressions (vues là où la plateforme compte des vues). Jamais une moyenne des taux par publication.</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Nouveaux abonnés</translation>
    </message>
    <message>
        <source>Σ new followers of the days in the range, from the account exports.</source>
        <translation>Σ des nouveaux abonnés des jours de la période, d’après les exports de compte.</translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation>Abonnés gagnés par jour</translation>
    </message>
    <message>
        <source>Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero.</source>
        <translation>Σ des nouveaux abonnés de la période ÷ jours calendaires de la période ; les jours absents d’un export comptent pour zéro.</translation>
    </message>
    <message>
        <source>Story views</source>
        <translation>Vues de stories</translation>
    </message>
    <message>
        <source>Σ views (or impressions) of the stories published in the range.</source>
        <translation>Σ des vues (ou impressions) des stories publiées dans la période.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mentions found on this network by the listening tools in the range.</source>
        <translation>Mentions trouvées sur ce réseau par les outils de veille dans la période.</translation>
    </message>
    <message>
        <source>Share of mentions</source>
        <translation>Part des mentions</translation>
    </message>
    <message>
        <source>This network&apos;s mentions ÷ all mentions of the range.</source>
        <translation>Mentions de ce réseau ÷ toutes les mentions de la période.</translation>
    </message>
    <message>
        <source>Followers lost</source>
        <translation>Abonnés perdus</translation>
    </message>
    <message>
        <source>Unfollows of the day, from the account exports.</source>
        <translation>Désabonnements du jour, d’après les exports de compte.</translation>
    </message>
    <message>
        <source>Profile visits</source>
        <translation>Visites du profil</translation>
    </message>
    <message>
        <source>Profile or page visits, from the account exports.</source>
        <translation>Visites du profil ou de la page, d’après les exports de compte.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Distinct accounts reached, as the platform counts them; it does not add up over days.</source>
        <translation>Comptes distincts atteints, tels que la plateforme les compte ; ne s’additionne pas d’un jour à l’autre.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Times the account&apos;s content was viewed where the platform counts views.</source>
        <translation>Nombre de fois où le contenu du compte a été vu, là où la plateforme compte des vues.</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>Vues de vidéos</translation>
    </message>
    <message>
        <source>Video plays.</source>
        <translation>Lectures de vidéos.</translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation>Visites du site web</translation>
    </message>
    <message>
        <source>Sessions of the whole site, from one breakdown (the time series when there is one); for a channel, the sessions the source/medium rules attribute to it.</source>
        <translation>Visites de l’ensemble du site, d’après une seule ventilation (la série temporelle s’il y en a une) ; pour un canal, les visites que les règles source/support lui attribuent.</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Users summed over the rows of the same breakdown.</source>
        <translation>Utilisateurs additionnés sur les lignes de la même ventilation.</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Σ page views of the same breakdown.</source>
        <translation>Σ des pages vues de la même ventilation.</translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>Average length (m:ss) of a visit, weighted by sessions.</source>
        <translation>Durée moyenne (m:ss) d’une visite, pondérée par les visites.</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Bounce rate weighted by sessions.</source>
        <translation>Taux de rebond pondéré par les visites.</translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation>Taux de sortie</translation>
    </message>
    <message>
        <source>Σ exits ÷ Σ pageviews.</source>
        <translation>Σ sorties ÷ Σ pages vues.</translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation>Mentions négatives</translation>
    </message>
    <message>
        <source>Mentions the listening tools rated negative.</source>
        <translation>Mentions jugées négatives par les outils de veille.</translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation>Mentions positives</translation>
    </message>
    <message>
        <source>Mentions the listening tools rated positive.</source>
        <translation>Mentions jugées positives par les outils de veille.</translation>
    </message>
</context>
<context>
    <name>Beamline::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier mensuel</translation>
    </message>
</context>
<context>
    <name>Beamline::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>e.g. LHC Lab social media</source>
        <translation>par ex. Réseaux sociaux du LHC Lab</translation>
    </message>
    <message>
        <source>Name the workspace and say where the team works: the calendar, the lists and the reports show times in that zone, and new series start in it. Both can be changed later under Settings ▸ Workspace.</source>
        <translation>Nommez l’espace de travail et indiquez où travaille l’équipe : le calendrier, les listes et les rapports affichent les heures dans ce fuseau, et les nouvelles séries y commencent. Les deux peuvent être modifiés plus tard dans Configuration ▸ Espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep the file&apos;s name and this computer&apos;s time zone for now</source>
        <translation>Garder pour l’instant le nom du fichier et le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation>Heure actuelle là-bas : %1.</translation>
    </message>
</context>
<context>
    <name>Beamline::PartnerModel</name>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Lab or institute</source>
        <translation>Laboratoire ou institut</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Change Partner “%1”</source>
        <translation>Modifier le partenaire « %1 »</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add Partner “%1”</source>
        <translation>Ajouter le partenaire « %1 »</translation>
    </message>
    <message>
        <source>Remove Partner “%1”</source>
        <translation>Supprimer le partenaire « %1 »</translation>
    </message>
</context>
<context>
    <name>Beamline::Person</name>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>Beamline::PersonModel</name>
    <message>
        <source>Writes posts and signs them off</source>
        <translation>Écrit des publications et les valide</translation>
    </message>
    <message>
        <source>Writes and looks after posts and series</source>
        <translation>Écrit et suit les publications et les séries</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>Change the Role of “%1”</source>
        <translation>Changer le rôle de « %1 »</translation>
    </message>
    <message>
        <source>Change the Email of “%1”</source>
        <translation>Changer l’adresse électronique de « %1 »</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Reads the plan and the figures, changes nothing</source>
        <translation>Lit le plan et les chiffres, ne modifie rien</translation>
    </message>
    <message>
        <source>The database role the person signs in to a team workspace with (their system account for a workspace file)</source>
        <translation>Le rôle de base de données avec lequel la personne se connecte à un espace d’équipe (son compte système pour un fichier d’espace de travail)</translation>
    </message>
    <message>
        <source>Change the Login of “%1”</source>
        <translation>Modifier l’identifiant de « %1 »</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>Beamline::PillarMixWidget</name>
    <message>
        <source>%1: %2 of the plan, target %3</source>
        <translation>%1 : %2 du planning, objectif %3</translation>
    </message>
    <message>
        <source>%1: %2 of the plan</source>
        <translation>%1 : %2 du planning</translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation>%1 · objectif %2</translation>
    </message>
</context>
<context>
    <name>Beamline::PillarModel</name>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>The share of posts this pillar should have</source>
        <translation>La part des publications que ce pilier doit avoir</translation>
    </message>
    <message>
        <source>Change the Colour of “%1”</source>
        <translation>Changer la couleur de « %1 »</translation>
    </message>
    <message>
        <source>Rename Pillar “%1”</source>
        <translation>Renommer le pilier « %1 »</translation>
    </message>
    <message>
        <source>Change the Target of “%1”</source>
        <translation>Changer l’objectif de « %1 »</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation>Part visée</translation>
    </message>
    <message>
        <source>Add Pillar “%1”</source>
        <translation>Ajouter le pilier « %1 »</translation>
    </message>
    <message>
        <source>Remove Pillar “%1”</source>
        <translation>Supprimer le pilier « %1 »</translation>
    </message>
    <message>
        <source>Move Pillar “%1”</source>
        <translation>Déplacer le pilier « %1 »</translation>
    </message>
</context>
<context>
    <name>Beamline::PlanCsv</name>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns (%1)</source>
        <translation>le fichier est vide ; la première ligne doit nommer les colonnes (%1)</translation>
    </message>
    <message>
        <source>“%1” is not a plan column (%2)</source>
        <translation>« %1 » n’est pas une colonne de planning (%2)</translation>
    </message>
    <message>
        <source>the “title” column is missing</source>
        <translation>la colonne « title » manque</translation>
    </message>
    <message>
        <source>there is no post with id “%1”; leave the id empty to add a new post</source>
        <translation>aucune publication n’a l’identifiant « %1 » ; laissez l’identifiant vide pour ajouter une publication</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>“%1” is not a status (%2)</source>
        <translation>« %1 » n’est pas un état (%2)</translation>
    </message>
    <message>
        <source>there is no series “%1” (known: %2)</source>
        <translation>aucune série « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>“%1” is not a time zone (use an IANA name such as Europe/Zurich)</source>
        <translation>« %1 » n’est pas un fuseau horaire (utilisez un nom IANA comme Europe/Zurich)</translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:00</source>
        <translation>« %1 » n’est pas une heure comme 10:00</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2017-01-19</source>
        <translation>« %1 » n’est pas une date comme 2017-01-19</translation>
    </message>
    <message>
        <source>“%1” is not a local time like 2017-01-19T10:00</source>
        <translation>« %1 » n’est pas une heure locale comme 2017-01-19T10:00</translation>
    </message>
    <message>
        <source>%1 is not an occurrence of “%2” (%3)</source>
        <translation>%1 n’est pas une occurrence de « %2 » (%3)</translation>
    </message>
    <message>
        <source>an occurrence needs a series</source>
        <translation>une occurrence a besoin d’une série</translation>
    </message>
    <message>
        <source>“%1” is not a channel of this workspace</source>
        <translation>« %1 » n’est pas un canal de cet espace de travail</translation>
    </message>
    <message>
        <source>there is no %1 “%2” (known: %3)</source>
        <translation>aucun %1 « %2 » (connus : %3)</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilier</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en or fr</source>
        <translation>« %1 » n’est pas un code de langue comme en ou fr</translation>
    </message>
    <message>
        <source>%1: the plan could not be saved: %2</source>
        <translation>%1 : le planning n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>“%1” names no channel of this workspace</source>
        <translation>« %1 » ne désigne aucun canal de cet espace de travail</translation>
    </message>
    <message>
        <source>the post is not planned on %1; add it to “channels” or leave this cell empty</source>
        <translation>la publication n’est pas prévue sur %1 ; ajoutez-le à « channels » ou laissez cette cellule vide</translation>
    </message>
</context>
<context>
    <name>Beamline::PlanModel</name>
    <message>
        <source>Empty slot</source>
        <translation>Créneau libre</translation>
    </message>
    <message>
        <source>Missed slot</source>
        <translation>Créneau manqué</translation>
    </message>
    <message>
        <source>Empty slot: %1</source>
        <translation>Créneau libre : %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Déplacé depuis %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>aucun choisi pour l’instant</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Série :</translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation>Pilier :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>%1 impressions</source>
        <translation>%1 impressions</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 interactions</translation>
    </message>
    <message>
        <source>engagement %1 %</source>
        <translation>engagement %1 %</translation>
    </message>
    <message>
        <source>Figures from the newest exports:</source>
        <translation>Chiffres des exports les plus récents :</translation>
    </message>
</context>
<context>
    <name>Beamline::PlanPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Séries :</translation>
    </message>
    <message>
        <source>Include the &amp;other planned posts</source>
        <translation>Inclure les &amp;autres publications prévues</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Previous month or week (%1)</source>
        <translation>Mois ou semaine précédents (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (%1)</source>
        <translation>Aller à aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next month or week (%1)</source>
        <translation>Mois ou semaine suivants (%1)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>New &amp;Post…</source>
        <translation>Nouvelle &amp;publication…</translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation>Nouvelle &amp;série…</translation>
    </message>
    <message>
        <source>Export as i&amp;Calendar (.ics)…</source>
        <translation>Exporter en i&amp;Calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation>&amp;Importer un planning CSV…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Drop Post</source>
        <translation>&amp;Abandonner la publication</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>Open a workspace or the demo from the File menu to plan your posts.</source>
        <translation>Ouvrez un espace de travail ou la démo depuis le menu Fichier pour planifier vos publications.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Le planning n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Sans pilier</translation>
    </message>
    <message>
        <source>Not in a series</source>
        <translation>Hors série</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sans campagne</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Pilier</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Série</translation>
    </message>
    <message>
        <source>C&amp;ampaign</source>
        <translation>Ca&amp;mpagne</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Edit “%1”…</source>
        <translation>Modifier « %1 »…</translation>
    </message>
    <message>
        <source>This workspace is open read-only; the plan cannot be changed.</source>
        <translation>Cet espace de travail est ouvert en lecture seule ; le planning ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>“%1” is linked to imported posts, so it was dropped rather than deleted.</source>
        <translation>« %1 » est lié à des publications importées ; elle a donc été abandonnée plutôt que supprimée.</translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation>Abandonner « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » au %2</translation>
    </message>
    <message>
        <source>Move a “%1” slot to %2</source>
        <translation>Déplacer un créneau de « %1 » au %2</translation>
    </message>
    <message>
        <source>Skip “%1” on %2</source>
        <translation>Sauter « %1 » le %2</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer « %1 » comme %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;État</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Write the Post for This Slot…</source>
        <translation>&amp;Écrire la publication de ce créneau…</translation>
    </message>
    <message>
        <source>S&amp;kip This Occurrence</source>
        <translation>Sau&amp;ter cette occurrence</translation>
    </message>
    <message>
        <source>Edit the &amp;Series…</source>
        <translation>Modifier la &amp;série…</translation>
    </message>
    <message>
        <source>Add series “%1”</source>
        <translation>Ajouter la série « %1 »</translation>
    </message>
    <message>
        <source>“%1” added: %2.</source>
        <translation>« %1 » ajoutée : %2.</translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation>Supprimer la série « %1 »</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Modifier la série « %1 »</translation>
    </message>
    <message>
        <source>Export the Plan as iCalendar</source>
        <translation>Exporter le planning en iCalendar</translation>
    </message>
    <message>
        <source>plan-%1.ics</source>
        <translation>planning-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to “%1”.</source>
        <translation>
            <numerusform>%n événement exporté dans « %1 ».</numerusform>
            <numerusform>%n événements exportés dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Plan as CSV</source>
        <translation>Exporter le planning en CSV</translation>
    </message>
    <message>
        <source>plan-%1.csv</source>
        <translation>planning-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the plan from %1 to %2 to “%3”.</source>
        <translation>Planning du %1 au %2 exporté dans « %3 ».</translation>
    </message>
    <message>
        <source>Import a Plan from CSV</source>
        <translation>Importer un planning CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>« %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s) added, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%1 : %n publication ajoutée, %2 modifiées, %3 inchangées.</numerusform>
            <numerusform>%1 : %n publications ajoutées, %2 modifiées, %3 inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;Attention Panel</source>
        <translation>Panneau « À &amp;surveiller »</translation>
    </message>
    <message>
        <source>Show or hide the open slots, missed slots and pillar mix beside the calendar (%1)</source>
        <translation>Affiche ou masque les créneaux libres, les créneaux manqués et l’équilibre des piliers à côté du calendrier (%1)</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Heures du fuseau %1</translation>
    </message>
    <message>
        <source>The calendar, the lists and the editors show times in the workspace&apos;s time zone, %1 (%2). A series kept in another zone shows its own time as well.</source>
        <translation>Le calendrier, les listes et les éditeurs donnent les heures dans le fuseau horaire de l’espace de travail, %1 (%2). Une série tenue dans un autre fuseau montre aussi sa propre heure.</translation>
    </message>
    <message>
        <source>Drop Post</source>
        <translation>Abandonner la publication</translation>
    </message>
    <message>
        <source>Drop “%1” (%2)?</source>
        <translation>Abandonner « %1 » (%2) ?</translation>
    </message>
    <message>
        <source>It stays in the plan, marked as dropped. Edit ▸ Undo brings it back.</source>
        <translation>Elle reste dans le planning, marquée comme abandonnée. Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>P&amp;récédent</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
</context>
<context>
    <name>Beamline::PlanReview</name>
    <message>
        <source>No pillar</source>
        <translation>Sans pilier</translation>
    </message>
</context>
<context>
    <name>Beamline::PlanService</name>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation>Il existe déjà une série nommée « %1 ».</translation>
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
    <name>Beamline::PostEditorDialog</name>
    <message>
        <source>&amp;Scheduled</source>
        <translation>&amp;Planifiée</translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>What is it about? (only the team sees this)</source>
        <translation>De quoi s’agit-il ? (seule l’équipe le voit)</translation>
    </message>
    <message>
        <source>Fills the “%1” slot of %2.</source>
        <translation>Occupe le créneau « %1 » du %2.</translation>
    </message>
    <message>
        <source>%1, limit %2 characters</source>
        <translation>%1, limite de %2 caractères</translation>
    </message>
    <message>
        <source>Same as the text for all channels. Write here to adapt it for %1.</source>
        <translation>Identique au texte pour tous les canaux. Écrivez ici pour l’adapter à %1.</translation>
    </message>
    <message>
        <source>The text of the post</source>
        <translation>Le texte de la publication</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Nobody yet; type a name to add someone</source>
        <translation>Personne pour l’instant ; tapez un nom pour ajouter quelqu’un</translation>
    </message>
    <message>
        <source>#ThrowbackThursday #physics</source>
        <translation>#ThrowbackThursday #physique</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>P&amp;ilier :</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation>&amp;Hashtags :</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Liens :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Delete Post</source>
        <translation>&amp;Supprimer la publication</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n caractère de trop</numerusform>
            <numerusform>%n caractères de trop</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (too long)</source>
        <translation>%1 (trop long)</translation>
    </message>
    <message>
        <source>Choose the channels the post goes out on.</source>
        <translation>Choisissez les canaux sur lesquels la publication paraît.</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>Une publication a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The workspace&apos;s time zone</source>
        <translation>Le fuseau horaire de l’espace de travail</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>this post</source>
        <translation>cette publication</translation>
    </message>
    <message>
        <source>This workspace has no channels yet: add them under Settings ▸ Workspace ▸ Channels.</source>
        <translation>Cet espace de travail n’a pas encore de canaux : ajoutez-les dans Configuration ▸ Espace de travail ▸ Canaux.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Who signs the post off; people with the approver role (Settings ▸ Workspace ▸ People)</source>
        <translation>Qui valide la publication ; les personnes au rôle d’approbateur (Configuration ▸ Espace de travail ▸ Personnes)</translation>
    </message>
    <message>
        <source>Appro&amp;ver:</source>
        <translation>Appro&amp;bateur :</translation>
    </message>
    <message>
        <source>A post goes out on a channel: add the team&apos;s channels under Settings ▸ Workspace ▸ Channels first.</source>
        <translation>Une publication part sur un canal : ajoutez d’abord les canaux de l’équipe dans Configuration ▸ Espace de travail ▸ Canaux.</translation>
    </message>
    <message>
        <source>Choose at least one channel the post goes out on.</source>
        <translation>Choisissez au moins un canal sur lequel la publication part.</translation>
    </message>
    <message>
        <source>You have written or changed things in this post.</source>
        <translation>Vous avez écrit ou modifié des éléments de cette publication.</translation>
    </message>
    <message>
        <source>The series&apos; (%1)</source>
        <translation>Celui de la série (%1)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>Only approvers may approve posts; you sign in as %1.</source>
        <translation>Seuls les approbateurs peuvent approuver les publications ; vous êtes connecté(e) en tant que %1.</translation>
    </message>
    <message>
        <source>Approve the post as it is stored, now</source>
        <translation>Approuver maintenant la publication telle qu’elle est enregistrée</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>L’espace de travail n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Beamline::PostMetricsModel</name>
    <message>
        <source>Times the post was shown; views where the platform counts views instead</source>
        <translation>Nombre d’affichages de la publication ; les vues quand la plateforme compte des vues</translation>
    </message>
    <message>
        <source>Likes + comments + shares (retweets and reposts count as shares)</source>
        <translation>J’aime + commentaires + partages (retweets et republications comptent comme partages)</translation>
    </message>
    <message>
        <source>Interactions ÷ impressions of this post</source>
        <translation>Interactions ÷ impressions de cette publication</translation>
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
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>Beamline::PostRepository</name>
    <message>
        <source>“%1” was deleted by another editor since you opened it; nothing was overwritten.</source>
        <translation>« %1 » a été supprimé par quelqu’un d’autre depuis que vous l’avez ouvert ; rien n’a été écrasé.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 since you opened it; nothing was overwritten and the current version is shown.</source>
        <translation>« %1 » a été modifié par %2 à %3 depuis que vous l’avez ouvert ; rien n’a été écrasé et la version actuelle est affichée.</translation>
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
    <name>Beamline::PresentationWindow</name>
    <message>
        <source>Beamline Presentation</source>
        <translation>Présentation Beamline</translation>
    </message>
    <message>
        <source>%1 / %2 · arrows to move, Esc to leave</source>
        <translation>%1 / %2 · flèches pour avancer, Échap pour quitter</translation>
    </message>
    <message>
        <source>Nothing to present in this range · Esc to leave</source>
        <translation>Rien à présenter dans cette période · Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>Beamline::Recurrence</name>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second-to-last</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the rule is empty; start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>la règle est vide ; commencez par FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY</translation>
    </message>
    <message>
        <source>“%1” is not NAME=VALUE</source>
        <translation>« %1 » n’est pas de la forme NOM=VALEUR</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 n’a pas de valeur</translation>
    </message>
    <message>
        <source>FREQ: “%1” is not DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>FREQ : « %1 » n’est ni DAILY, ni WEEKLY, ni MONTHLY, ni YEARLY</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number from 1</source>
        <translation>%1 : « %2 » n’est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>UNTIL: “%1” is not a date like 20171231 or 20171231T235959Z</source>
        <translation>UNTIL : « %1 » n’est pas une date comme 20171231 ou 20171231T235959Z</translation>
    </message>
    <message>
        <source>BYDAY: “%1” is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal such as -1FR)</source>
        <translation>BYDAY : « %1 » n’est pas un jour de la semaine (MO, TU, WE, TH, FR, SA, SU, éventuellement avec un ordinal comme -1FR)</translation>
    </message>
    <message>
        <source>BYDAY: “%1” has an ordinal out of range</source>
        <translation>BYDAY : « %1 » a un ordinal hors limites</translation>
    </message>
    <message>
        <source>%1: “%2” is not a list of numbers</source>
        <translation>%1 : « %2 » n’est pas une liste de nombres</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1 : %2 est hors limites</translation>
    </message>
    <message>
        <source>WKST: “%1” is not a weekday</source>
        <translation>WKST : « %1 » n’est pas un jour de la semaine</translation>
    </message>
    <message>
        <source>“%1” is not a recurrence rule part (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS…)</source>
        <translation>« %1 » n’est pas un élément de règle de récurrence (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS…)</translation>
    </message>
    <message>
        <source>FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)</source>
        <translation>FREQ manque (DAILY, WEEKLY, MONTHLY ou YEARLY)</translation>
    </message>
    <message>
        <source>COUNT and UNTIL cannot both be given</source>
        <translation>COUNT et UNTIL ne peuvent pas être donnés ensemble</translation>
    </message>
    <message>
        <source>libical does not accept the rule “%1”</source>
        <translation>libical n’accepte pas la règle « %1 »</translation>
    </message>
    <message>
        <source>(not a valid rule)</source>
        <translation>(règle non valide)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation>le %1e jour avant la fin</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Tous les %1 jours</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation>Toutes les %1 semaines le %2</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>the %1 weekday</source>
        <translation>le %1 jour ouvré</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>le %1 parmi %2</translation>
    </message>
    <message>
        <source>On %1 of every month</source>
        <translation>Chaque mois, %1</translation>
    </message>
    <message>
        <source>On %1 of every %2 months</source>
        <translation>Tous les %2 mois, %1</translation>
    </message>
    <message>
        <source>On the %1 of %2 every year</source>
        <translation>Chaque année, le %1 de %2</translation>
    </message>
    <message>
        <source>On %1 of %2 every year</source>
        <translation>Chaque année, %1 de %2</translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation>Chaque année le %1</translation>
    </message>
    <message>
        <source>, every %1 years</source>
        <translation>, tous les %1 ans</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>, once</source>
        <translation>, une fois</translation>
    </message>
    <message>
        <source>, %1 times</source>
        <translation>, %1 fois</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>Beamline::ReportBuilder</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/jour</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>vs %1, %2 %3%4 %</source>
        <translation>vs %1, %2 %3%4 %</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs %1</translation>
    </message>
    <message>
        <source>%1 gained %2 followers a day against %3.</source>
        <translation>%1 a gagné %2 abonnés par jour, contre %3.</translation>
    </message>
    <message>
        <source>%1 gained %2 followers a day.</source>
        <translation>%1 a gagné %2 abonnés par jour.</translation>
    </message>
    <message>
        <source>Visits from %1 lasted %2 against %3 for the whole site.</source>
        <translation>Les visites venant de %1 ont duré %2, contre %3 pour l’ensemble du site.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln post(s) of the period drew %1 interactions</source>
        <translation>
            <numerusform>La %Ln publication de la période a suscité %1 interactions</numerusform>
            <numerusform>Les %Ln publications de la période ont suscité %1 interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 against the comparison period.</source>
        <translation>%1, %2 par rapport à la période de comparaison.</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s), %1 % of the rated ones positive and %2 % negative.</source>
        <translation>
            <numerusform>%Ln mention, dont %1 % positives et %2 % négatives parmi les mentions évaluées.</numerusform>
            <numerusform>%Ln mentions, dont %1 % positives et %2 % négatives parmi les mentions évaluées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s), none rated.</source>
        <translation>
            <numerusform>%Ln mention, aucune évaluée.</numerusform>
            <numerusform>%Ln mentions, aucune évaluée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The top post, on %1, drew %2 interactions: “%3”.</source>
        <translation>La meilleure publication, le %1, a suscité %2 interactions : « %3 ».</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Visit length, whole site</source>
        <translation>Durée de visite, ensemble du site</translation>
    </message>
    <message>
        <source>Website visits from Instagram</source>
        <translation>Visites du site web depuis Instagram</translation>
    </message>
    <message>
        <source>Visit length from Instagram</source>
        <translation>Durée des visites depuis Instagram</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Meilleures publications</translation>
    </message>
    <message>
        <source>Feed posts of the period with interaction figures, by interactions, then by publish time; at most 10.</source>
        <translation>Publications du fil de la période avec chiffres d’interactions, triées par interactions puis par heure de publication ; 10 au maximum.</translation>
    </message>
    <message>
        <source>Series episode</source>
        <translation>Épisode de série</translation>
    </message>
    <message>
        <source>A day on which a series published: the interactions of its posts that day on every channel, summed. The series&apos; median is the middle episode of the period.</source>
        <translation>Jour où une série a publié : les interactions de ses publications ce jour-là sur tous les canaux, additionnées. La médiane de la série est l’épisode du milieu de la période.</translation>
    </message>
    <message>
        <source>Interactions per post (pillars)</source>
        <translation>Interactions par publication (piliers)</translation>
    </message>
    <message>
        <source>A pillar&apos;s interactions ÷ its feed posts with interaction figures, rounded; its engagement rate is Σ interactions ÷ Σ impressions over its posts that have impressions.</source>
        <translation>Interactions d’un pilier ÷ ses publications du fil avec chiffres d’interactions, arrondi ; son taux d’engagement est Σ interactions ÷ Σ impressions sur ses publications qui ont des impressions.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Aucun pilier</translation>
    </message>
</context>
<context>
    <name>Beamline::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same period a year before</source>
        <translation>Même période un an plus tôt</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Co&amp;mparer avec :</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier :</translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>Choose a period: its last day may not come before its first.</source>
        <translation>Choisissez une période : son dernier jour ne peut pas précéder son premier.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact report %1 to %2.pdf</source>
        <translation>Rapport d’impact du %1 au %2.pdf</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Beamline::ReportWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>News sites</source>
        <translation>Sites d’actualité</translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation>Blogs</translation>
    </message>
    <message>
        <source>Other web</source>
        <translation>Autres sites web</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · Impact report · %2</source>
        <translation>%1 · Rapport d’impact · %2</translation>
    </message>
    <message>
        <source>Made with Beamline on %1</source>
        <translation>Réalisé avec Beamline le %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Impact report: %1, %2</source>
        <translation>Rapport d’impact : %1, %2</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>« %1 » n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation>Rapport d’impact</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé avec</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Campaign goal</source>
        <translation>Objectif de la campagne</translation>
    </message>
    <message>
        <source>Campaign posts</source>
        <translation>Publications de la campagne</translation>
    </message>
    <message numerus="yes">
        <source>%n feed post(s) of the period belong to the campaign</source>
        <translation>
            <numerusform>%n publication du fil de la période appartient à la campagne</numerusform>
            <numerusform>%n publications du fil de la période appartiennent à la campagne</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Every figure is defined on the Definitions page and comes from the imports listed on the Sources page; the figures are those of “beamline stats” for the same period.</source>
        <translation>Chaque chiffre est défini sur la page Définitions et provient des imports listés sur la page Sources ; ce sont les chiffres de « beamline stats » pour la même période.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Aucun chiffre pour cette période.</translation>
    </message>
    <message>
        <source>Changes against %1: blue is better, orange is worse, grey is no change or a figure that is neither (posts are effort, not impact).</source>
        <translation>Évolution par rapport à %1 : bleu signifie mieux, orange moins bien, gris aucun changement ou un chiffre qui n’est ni l’un ni l’autre (les publications mesurent l’effort, pas l’impact).</translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation>Abonnés gagnés par jour</translation>
    </message>
    <message>
        <source>No follower figures in this period.</source>
        <translation>Aucun chiffre d’abonnés pour cette période.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Nouveaux abonnés</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Events marked on the chart</source>
        <translation>Événements indiqués sur le graphique</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Meilleures publications</translation>
    </message>
    <message>
        <source>No posts with interaction figures in this period.</source>
        <translation>Aucune publication avec chiffres d’interactions pour cette période.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Series episodes against their median</source>
        <translation>Épisodes de séries par rapport à leur médiane</translation>
    </message>
    <message>
        <source>No series episodes in this period.</source>
        <translation>Aucun épisode de série pour cette période.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Median interactions</source>
        <translation>Interactions médianes</translation>
    </message>
    <message>
        <source>Best episode</source>
        <translation>Meilleur épisode</translation>
    </message>
    <message>
        <source>Above the median</source>
        <translation>Au-dessus de la médiane</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>Par publication</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation>Mentions par canal et par sentiment</translation>
    </message>
    <message>
        <source>No mentions in this period.</source>
        <translation>Aucune mention pour cette période.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation>Instagram et le site web</translation>
    </message>
    <message>
        <source>No Instagram figures in this period.</source>
        <translation>Aucun chiffre Instagram pour cette période.</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>The same definitions as the figures&apos; tooltips in Beamline and docs/metrics.md. Days are calendar days in the time zone %1; rates are shown as percentages.</source>
        <translation>Les mêmes définitions que les infobulles des chiffres dans Beamline et dans docs/metrics.md. Les jours sont des jours calendaires dans le fuseau horaire %1 ; les taux sont affichés en pourcentages.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No imports in this period.</source>
        <translation>Aucun import pour cette période.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) whose period meets the report&apos;s (and its comparison&apos;s).</source>
        <translation>
            <numerusform>%n import dont la période recoupe celle du rapport (et de sa comparaison).</numerusform>
            <numerusform>%n imports dont la période recoupe celle du rapport (et de sa comparaison).</numerusform>
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
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
</context>
<context>
    <name>Beamline::SeriesEditorDialog</name>
    <message>
        <source>the &amp;last day</source>
        <translation>le &amp;dernier jour</translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation>Modifier la série</translation>
    </message>
    <message>
        <source>New Series</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>#ThrowbackThursday</source>
        <translation>#ThrowbackThursday</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month, on a weekday</source>
        <translation>Chaque mois, un jour de la semaine</translation>
    </message>
    <message>
        <source>Every month, on a date</source>
        <translation>Chaque mois, à une date</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Règle personnalisée</translation>
    </message>
    <message>
        <source>every</source>
        <translation>tous les</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>le</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>on day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Type the rule below (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1.</source>
        <translation>Tapez la règle ci-dessous (RFC 5545), par ex. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Après un nombre de fois</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>S&amp;kip Date</source>
        <translation>Sau&amp;ter la date</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>#ThrowbackThursday #TBT</source>
        <translation>#ThrowbackThursday #TBT</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Text new posts of the series start from</source>
        <translation>Texte de départ des nouvelles publications de la série</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle :</translation>
    </message>
    <message>
        <source>&amp;First time:</source>
        <translation>&amp;Première fois :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Skipped dates:</source>
        <translation>Dates sautées :</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canaux :</translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation>&amp;Hashtags :</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>P&amp;ilier :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Posts of the series</source>
        <translation>Publications de la série</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>Prochaines occurrences</translation>
    </message>
    <message>
        <source>&amp;Delete Series</source>
        <translation>&amp;Supprimer la série</translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation>La série n’a pas d’occurrence le %1.</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 sauté</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 déplacé au %2</translation>
    </message>
    <message>
        <source>The series needs a name.</source>
        <translation>La série a besoin d’un nom.</translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation> (déplacée)</translation>
    </message>
    <message>
        <source>The rule gives no occurrence after the first time.</source>
        <translation>La règle ne donne aucune occurrence après la première fois.</translation>
    </message>
    <message>
        <source>Not a valid rule yet</source>
        <translation>Pas encore une règle valide</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>No channels yet: add the team&apos;s channels under Settings ▸ Workspace.</source>
        <translation>Aucun canal pour l’instant : ajoutez les canaux de l’équipe dans Configuration ▸ Espace de travail.</translation>
    </message>
    <message>
        <source>Content pillars are set up under Settings ▸ Workspace ▸ Pillars.</source>
        <translation>Les piliers de contenu se définissent dans Configuration ▸ Espace de travail ▸ Piliers.</translation>
    </message>
    <message>
        <source>The team is set up under Settings ▸ Workspace ▸ People.</source>
        <translation>L’équipe se définit dans Configuration ▸ Espace de travail ▸ Personnes.</translation>
    </message>
    <message>
        <source>this series</source>
        <translation>cette série</translation>
    </message>
    <message>
        <source>The median engagement rate of the channel&apos;s own posts published at that weekday and hour over the past 12 months, ranked among its hours with enough posts (Measure ▸ Timing)</source>
        <translation>Le taux d’engagement médian des publications du canal parues ce jour de la semaine à cette heure sur les 12 derniers mois, classé parmi ses heures qui comptent assez de publications (Mesurer ▸ Horaires)</translation>
    </message>
    <message>
        <source>Best time:</source>
        <translation>Meilleur moment :</translation>
    </message>
    <message>
        <source>Choose the series&apos; channels to see how its time ranks on them.</source>
        <translation>Choisissez les canaux de la série pour voir le rang de son horaire sur chacun.</translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2 h</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 ranks %3 of %4 hours (median %5 over %n post(s))</source>
        <translation>
            <numerusform>%1 : %2 se classe %3 sur %4 heures (médiane %5 sur %n publication)</numerusform>
            <numerusform>%1 : %2 se classe %3 sur %4 heures (médiane %5 sur %n publications)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 has %n post(s) in the past year, too few to rank</source>
        <translation>
            <numerusform>%1 : %2 compte %n publication sur l’année écoulée, trop peu pour la classer</numerusform>
            <numerusform>%1 : %2 compte %n publications sur l’année écoulée, trop peu pour la classer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no post at %2 in the past year</source>
        <translation>%1 : aucune publication le %2 sur l’année écoulée</translation>
    </message>
</context>
<context>
    <name>Beamline::ServerLocation</name>
    <message>
        <source>“%1” is not a server address like postgresql://anna@db.example.org:5432/beamline.</source>
        <translation>« %1 » n’est pas une adresse de serveur comme postgresql://anna@db.example.org:5432/beamline.</translation>
    </message>
    <message>
        <source>The address contains a password. Beamline never stores one: leave it out and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>L’adresse contient un mot de passe. Beamline n’en enregistre jamais : retirez-le et mettez-le plutôt dans ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>“%1” is not a connection setting Beamline passes on.</source>
        <translation>« %1 » n’est pas un paramètre de connexion que Beamline transmet.</translation>
    </message>
    <message>
        <source>“%1” names no database: add it after the server, as in postgresql://anna@db.example.org/beamline.</source>
        <translation>« %1 » ne nomme aucune base de données : ajoutez-la après le serveur, comme dans postgresql://anna@db.example.org/beamline.</translation>
    </message>
</context>
<context>
    <name>Beamline::Services</name>
    <message>
        <source>The change was not written.</source>
        <translation>La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Something went wrong while reading the workspace.</source>
        <translation>Une erreur s’est produite lors de la lecture de l’espace de travail.</translation>
    </message>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation>Cet espace de travail est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Beamline::SetupChecklist</name>
    <message>
        <source>Set up your workspace</source>
        <translation>Préparez votre espace de travail</translation>
    </message>
    <message>
        <source>Three steps to plan and measure your posts. Everything can be changed later under Settings ▸ Workspace.</source>
        <translation>Trois étapes pour planifier et mesurer vos publications. Tout peut être modifié plus tard dans Configuration ▸ Espace de travail.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels&lt;/b&gt;: the accounts you post on, such as X, Instagram and Facebook.</source>
        <translation>&lt;b&gt;Canaux&lt;/b&gt; : les comptes sur lesquels vous publiez, comme X, Instagram et Facebook.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A series&lt;/b&gt;: a recurring post, such as #ThrowbackThursday every Thursday at 10:00.</source>
        <translation>&lt;b&gt;Une série&lt;/b&gt; : une publication récurrente, comme #ThrowbackThursday chaque jeudi à 10:00.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exports&lt;/b&gt;: the platforms&apos; CSV or Excel files, to measure what worked.</source>
        <translation>&lt;b&gt;Exports&lt;/b&gt; : les fichiers CSV ou Excel des plateformes, pour mesurer ce qui a marché.</translation>
    </message>
    <message>
        <source>Add Your Channels…</source>
        <translation>Ajouter vos canaux…</translation>
    </message>
    <message>
        <source>Create a Series…</source>
        <translation>Créer une série…</translation>
    </message>
    <message>
        <source>Import Your Exports…</source>
        <translation>Importer vos exports…</translation>
    </message>
    <message>
        <source>Hide this list (Settings ▸ Workspace stays)</source>
        <translation>Masquer cette liste (Configuration ▸ Espace de travail reste disponible)</translation>
    </message>
    <message>
        <source>Hide the setup list</source>
        <translation>Masquer la liste de démarrage</translation>
    </message>
</context>
<context>
    <name>Beamline::SetupRules</name>
    <message>
        <source>A channel needs the handle or page ID its exports give, such as lhclab.</source>
        <translation>Un canal a besoin de l’identifiant ou de l’ID de page que donnent ses exports, comme lhclab.</translation>
    </message>
    <message>
        <source>A handle has no spaces: “%1”.</source>
        <translation>Un identifiant ne contient pas d’espaces : « %1 ».</translation>
    </message>
    <message>
        <source>A character limit is a number above zero.</source>
        <translation>Une limite de caractères est un nombre supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 already has a channel for “%2”: “%3”.</source>
        <translation>%1 a déjà un canal pour « %2 » : « %3 ».</translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation>Un pilier a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A target share is from 0 to 100 %.</source>
        <translation>Une part visée va de 0 à 100 %.</translation>
    </message>
    <message>
        <source>There is already a pillar named “%1”.</source>
        <translation>Il existe déjà un pilier nommé « %1 ».</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne a besoin d’un nom.</translation>
    </message>
    <message>
        <source>There is already someone named “%1”.</source>
        <translation>Il y a déjà quelqu’un nommé « %1 ».</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Une campagne a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A campaign needs a first and a last day.</source>
        <translation>Une campagne a besoin d’un premier et d’un dernier jour.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>La campagne finit avant de commencer.</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Il existe déjà une campagne nommée « %1 ».</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>Un partenaire a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The targets add up to %1 %, more than 100 %: lower some of them.</source>
        <translation>Les objectifs totalisent %1 %, plus de 100 % : baissez-en certains.</translation>
    </message>
    <message>
        <source>The targets add up to %1 %.</source>
        <translation>Les objectifs totalisent %1 %.</translation>
    </message>
    <message>
        <source>%1 already signs in as “%2”.</source>
        <translation>%1 se connecte déjà en tant que « %2 ».</translation>
    </message>
</context>
<context>
    <name>Beamline::SetupService</name>
    <message>
        <source>“%1” holds figures imported from %2, so its platform cannot change.</source>
        <translation>« %1 » contient des chiffres importés depuis %2 : sa plateforme ne peut donc pas changer.</translation>
    </message>
    <message>
        <source>“%1” holds %2 imported posts and %3 daily figures. Merge it into the channel it belongs with, or undo its imports under Data, before removing it.</source>
        <translation>« %1 » contient %2 publications importées et %3 chiffres quotidiens. Fusionnez-le avec le canal auquel il correspond, ou annulez ses imports sous Données, avant de le supprimer.</translation>
    </message>
</context>
<context>
    <name>Beamline::SpreadsheetMl</name>
    <message>
        <source>the workbook is damaged at line %1, column %2 of the file (%3)</source>
        <translation>le classeur est endommagé à la ligne %1, colonne %2 du fichier (%3)</translation>
    </message>
    <message>
        <source>a row lies beyond row %1</source>
        <translation>une ligne se trouve au-delà de la ligne %1</translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation>une cellule se trouve au-delà de la colonne XFD</translation>
    </message>
    <message>
        <source>row %1 holds more than %2 characters; no export does, so the sheet was not read</source>
        <translation>la ligne %1 contient plus de %2 caractères ; aucun export n’en contient autant, la feuille n’a donc pas été lue</translation>
    </message>
    <message>
        <source>this XML file is not an Excel workbook (its root is &lt;%1&gt;, not the Workbook of Excel 2003 XML)</source>
        <translation>ce fichier XML n’est pas un classeur Excel (sa racine est &lt;%1&gt;, pas le Workbook d’Excel 2003 XML)</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>le classeur n’a aucune feuille contenant des données</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be read</source>
        <translation>la feuille « %1 » ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>Beamline::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task.</source>
        <translation>Une erreur inattendue a interrompu la tâche.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>Beamline::TimingModel</name>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2 h – %3 h</translation>
    </message>
    <message>
        <source>%1: no post</source>
        <translation>%1 : aucune publication</translation>
    </message>
    <message numerus="yes">
        <source>%1: median engagement rate %2 over %n post(s)</source>
        <translation>
            <numerusform>%1 : taux d’engagement médian %2 sur %n publication</numerusform>
            <numerusform>%1 : taux d’engagement médian %2 sur %n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — too few posts to rank (fewer than %n)</source>
        <translation>
            <numerusform> — trop peu de publications pour être classé (moins de %n)</numerusform>
            <numerusform> — trop peu de publications pour être classé (moins de %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — rank %1 of %2</source>
        <translation> — rang %1 sur %2</translation>
    </message>
    <message>
        <source>%1:00–%2:00</source>
        <translation>%1 h – %2 h</translation>
    </message>
</context>
<context>
    <name>Beamline::TimingView</name>
    <message>
        <source>No published post of %1 with an engagement rate in this range: import its post export, or choose a longer range.</source>
        <translation>Aucune publication de %1 avec un taux d’engagement sur cette période : importez l’export de ses publications, ou choisissez une période plus longue.</translation>
    </message>
    <message numerus="yes">
        <source>No hour of %1 has %n post(s) yet in this range: choose a longer range to rank its hours.</source>
        <translation>
            <numerusform>Aucune heure de %1 ne compte encore %n publication sur cette période : choisissez une période plus longue pour classer ses heures.</numerusform>
            <numerusform>Aucune heure de %1 ne compte encore %n publications sur cette période : choisissez une période plus longue pour classer ses heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00 (%3, %n post(s))</source>
        <translation>
            <numerusform>%1 %2 h (%3, %n publication)</numerusform>
            <numerusform>%1 %2 h (%3, %n publications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Best hours on %1: %2.</source>
        <translation>Meilleures heures sur %1 : %2.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message numerus="yes">
        <source>Median engagement rate (%) of the posts published in each hour, times in %1. Grey: fewer than %n post(s), not ranked. The darker the cell, the better it ranks.</source>
        <translation>
            <numerusform>Taux d’engagement médian (%) des publications parues à chaque heure, heures en %1. En gris : moins de %n publication, non classé. Plus la case est foncée, meilleur est son rang.</numerusform>
            <numerusform>Taux d’engagement médian (%) des publications parues à chaque heure, heures en %1. En gris : moins de %n publications, non classé. Plus la case est foncée, meilleur est son rang.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace&apos;s zone</source>
        <translation>le fuseau de l’espace de travail</translation>
    </message>
    <message>
        <source>Median engagement rate by weekday and hour</source>
        <translation>Taux d’engagement médian par jour de la semaine et par heure</translation>
    </message>
</context>
<context>
    <name>Beamline::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendrier hebdomadaire</translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCommand</name>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>« %1 » n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>The change was not written.</source>
        <translation>La modification n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Rétablissement de « %1 »…</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Annulation de « %1 »…</translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCopier</name>
    <message>
        <source>%1.%2 holds “%3”, which the target&apos;s column cannot store.</source>
        <translation>%1.%2 contient « %3 », que la colonne de la cible ne peut pas stocker.</translation>
    </message>
    <message>
        <source>The two workspaces have different formats (%1 and %2); open each with this version of Beamline once, then copy again.</source>
        <translation>Les deux espaces de travail ont des formats différents (%1 et %2) ; ouvrez chacun une fois avec cette version de Beamline, puis copiez à nouveau.</translation>
    </message>
    <message>
        <source>The two workspaces do not have the same tables (%1 and %2).</source>
        <translation>Les deux espaces de travail n’ont pas les mêmes tables (%1 et %2).</translation>
    </message>
    <message>
        <source>The table %1 does not have the same columns in the two workspaces.</source>
        <translation>La table %1 n’a pas les mêmes colonnes dans les deux espaces de travail.</translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCopy</name>
    <message>
        <source>“%1” holds tables that are not a Beamline workspace. Nothing was changed.</source>
        <translation>« %1 » contient des tables qui ne sont pas un espace de travail Beamline. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>« %1 » est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 in the copy)</source>
        <translation>%1 (%2 lignes, %3 dans la copie)</translation>
    </message>
    <message>
        <source>The copy does not have the source&apos;s rows: %1.</source>
        <translation>La copie n’a pas les lignes de la source : %1.</translation>
    </message>
    <message>
        <source>The figures of the copy differ from the source&apos;s (stats from %1 to %2).</source>
        <translation>Les chiffres de la copie diffèrent de ceux de la source (stats du %1 au %2).</translation>
    </message>
    <message>
        <source>“%1” is both the source and the target; copy to another file or database.</source>
        <translation>« %1 » est à la fois la source et la cible ; copiez vers un autre fichier ou une autre base.</translation>
    </message>
    <message>
        <source>“%1” already holds a workspace with data (%2); nothing was changed. Copy to a new file or an empty database, or add --replace to replace what it holds.</source>
        <translation>« %1 » contient déjà un espace de travail avec des données (%2) ; rien n’a été modifié. Copiez vers un nouveau fichier ou une base vide, ou ajoutez --replace pour remplacer son contenu.</translation>
    </message>
    <message>
        <source>The copy was cancelled; “%1” was left as it was.</source>
        <translation>La copie a été annulée ; « %1 » est resté tel quel.</translation>
    </message>
    <message>
        <source>The copy failed, and “%1” was left as it was: %2</source>
        <translation>La copie a échoué et « %1 » est resté tel quel : %2</translation>
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
    <message>
        <source>“%1” holds tables that are not a Beamline workspace. Nothing was changed.</source>
        <translation>« %1 » contient des tables qui ne sont pas un espace de travail Beamline. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” holds no Beamline workspace yet.</source>
        <translation>« %1 » ne contient encore aucun espace de travail Beamline.</translation>
    </message>
    <message>
        <source>“%1” is not a Beamline workspace. Nothing was changed.</source>
        <translation>« %1 » n’est pas un espace de travail Beamline. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>You may read “%1” but not change it (your database role is a viewer&apos;s); it is open read-only.</source>
        <translation>Vous pouvez lire « %1 » mais pas le modifier (votre rôle dans la base est celui d’un lecteur) ; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The workspace was upgraded from format %1 to %2.</source>
        <translation>L’espace de travail a été mis à niveau du format %1 au format %2.</translation>
    </message>
    <message>
        <source>“%1” is busy: another program holds its lock. Try again in a moment.</source>
        <translation>« %1 » est occupé : un autre programme détient son verrou. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceSettingsDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation>Configuration de l’espace de travail</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de configuration</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>The name shows in the window&apos;s title and in exported calendars. The time zone is where the team works: the calendar, the lists and the reports show times in it.</source>
        <translation>Le nom apparaît dans le titre de la fenêtre et dans les calendriers exportés. Le fuseau horaire est celui où travaille l’équipe : le calendrier, les listes et les rapports affichent les heures dans ce fuseau.</translation>
    </message>
    <message>
        <source>The platform&apos;s</source>
        <translation>Celle de la plateforme</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>Aucun canal pour l’instant</translation>
    </message>
    <message>
        <source>Add the accounts your team posts on: X, Instagram, Facebook… Give each the handle or ID its exports use, so that imported figures land on it. Series and posts then offer these channels.</source>
        <translation>Ajoutez les comptes sur lesquels votre équipe publie : X, Instagram, Facebook… Donnez à chacun l’identifiant ou l’ID qu’utilisent ses exports, pour que les chiffres importés arrivent dessus. Les séries et les publications proposent ensuite ces canaux.</translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation>Ajouter un canal…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>The same account under two names (a page&apos;s ID and its handle): move everything of this channel onto the other</source>
        <translation>Le même compte sous deux noms (l’ID d’une page et son identifiant) : déplacer tout ce qui appartient à ce canal vers l’autre</translation>
    </message>
    <message>
        <source>Removed “%1”; Undo brings it back with its links to posts and series.</source>
        <translation>« %1 » supprimé ; Annuler le rétablit avec ses liens vers les publications et les séries.</translation>
    </message>
    <message>
        <source>The accounts the team posts on. Double-click a cell to change it; the order here is the order everywhere.</source>
        <translation>Les comptes sur lesquels l’équipe publie. Double-cliquez sur une cellule pour la modifier ; l’ordre d’ici est l’ordre partout.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>No content pillars yet</source>
        <translation>Aucun pilier de contenu pour l’instant</translation>
    </message>
    <message>
        <source>Pillars are the themes you post about, such as “Physics news” or “Behind the scenes”. Give each a target share of your posts, and the plan shows whether it keeps the balance.</source>
        <translation>Les piliers sont les thèmes de vos publications, comme « Actualités de physique » ou « Dans les coulisses ». Donnez à chacun une part visée de vos publications, et le planning montre s’il garde l’équilibre.</translation>
    </message>
    <message>
        <source>Add Pillar</source>
        <translation>Ajouter un pilier</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>Nouveau pilier</translation>
    </message>
    <message>
        <source>Removed “%1”; its posts and series keep their place without a pillar. Undo brings it back.</source>
        <translation>« %1 » supprimé ; ses publications et ses séries restent en place, sans pilier. Annuler le rétablit.</translation>
    </message>
    <message>
        <source>The themes of your posts and the share of posts each should have.</source>
        <translation>Les thèmes de vos publications et la part des publications que chacun doit avoir.</translation>
    </message>
    <message>
        <source>No one on the team yet</source>
        <translation>Personne dans l’équipe pour l’instant</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Removed “%1”; their series and posts now have no owner or assignee. Undo brings them back.</source>
        <translation>« %1 » supprimé ; ses séries et ses publications n’ont plus de responsable. Annuler le rétablit.</translation>
    </message>
    <message>
        <source>The team: editors write and look after posts and series; approvers also sign posts off.</source>
        <translation>L’équipe : les rédacteurs écrivent et suivent les publications et les séries ; les approbateurs valident aussi les publications.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aucune campagne pour l’instant</translation>
    </message>
    <message>
        <source>A campaign gathers the posts of a period under a hashtag, with a goal and the partners who join in. Measure compares campaigns once their posts are imported.</source>
        <translation>Une campagne réunit les publications d’une période sous un hashtag, avec un objectif et les partenaires qui y participent. Mesurer compare les campagnes une fois leurs publications importées.</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Removed “%1”; its posts stay, without a campaign. Undo brings it back.</source>
        <translation>« %1 » supprimée ; ses publications restent, sans campagne. Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Add &amp;Partner</source>
        <translation>Ajouter un &amp;partenaire</translation>
    </message>
    <message>
        <source>Remove P&amp;artner</source>
        <translation>Supprimer le pa&amp;rtenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Campaigns with their hashtag, dates and goal, and the partners who take part.</source>
        <translation>Les campagnes avec leur hashtag, leurs dates et leur objectif, et les partenaires qui y participent.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Partners of “%1”</source>
        <translation>Partenaires de « %1 »</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Select a campaign to see its partners.</source>
        <translation>Sélectionnez une campagne pour voir ses partenaires.</translation>
    </message>
    <message>
        <source>No partners yet: add the people, labs or media who join this campaign.</source>
        <translation>Aucun partenaire pour l’instant : ajoutez les personnes, laboratoires ou médias qui participent à cette campagne.</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Renommer l’espace de travail</translation>
    </message>
    <message>
        <source>Change the Time Zone to %1</source>
        <translation>Passer au fuseau horaire %1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Merge Channel</source>
        <translation>Fusionner le canal</translation>
    </message>
    <message>
        <source>Everything of “%1” moves to the channel you choose: its imported posts and figures, and its place in posts and series. “%2” becomes another name of that channel, so later imports land there too.</source>
        <translation>Tout ce qui appartient à « %1 » passe au canal choisi : ses publications et chiffres importés, et sa place dans les publications et les séries. « %2 » devient un autre nom de ce canal : les imports suivants y arrivent aussi.</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>Fusionner dans :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo separates them again.</source>
        <translation>« %1 » fusionné dans « %2 ». Annuler les sépare de nouveau.</translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation>Heure actuelle là-bas : %1.</translation>
    </message>
    <message>
        <source>Added the %1 channel “%2”.</source>
        <translation>Canal %1 « %2 » ajouté.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add the people who write posts (editors), who sign them off (approvers) and who only read (viewers). They become the owners of series, the assignees of posts and their approvers; on a team workspace each one&apos;s login is the database role they sign in with.</source>
        <translation>Ajoutez les personnes qui écrivent les publications (rédacteurs), qui les valident (approbateurs) et qui ne font que lire (lecteurs). Elles deviennent responsables des séries, chargées des publications et leurs approbateurs ; sur un espace d’équipe, l’identifiant de chacune est le rôle de base de données avec lequel elle se connecte.</translation>
    </message>
</context>
<context>
    <name>Beamline::Writer</name>
    <message>
        <source>The workspace is locked by another program; nothing was changed.</source>
        <translation>L’espace de travail est verrouillé par un autre programme ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace could not be written: %1. Nothing was changed.</source>
        <translation>L’espace de travail n’a pas pu être écrit : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Only approvers may approve posts, and the server refused the approval (your database role is not one of beamline_approvers). Nothing was changed.</source>
        <translation>Seuls les approbateurs peuvent approuver les publications, et le serveur a refusé l’approbation (votre rôle de base de données n’est pas membre de beamline_approvers). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server refused the change: your database role may only read this workspace. Nothing was changed.</source>
        <translation>Le serveur a refusé la modification : votre rôle de base de données ne peut que lire cet espace de travail. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Beamline::XlsxWorkbook</name>
    <message>
        <source>the worksheet cannot be read (%1)</source>
        <translation>la feuille ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation>une cellule se trouve au-delà de la colonne XFD</translation>
    </message>
    <message>
        <source>this is not an Excel workbook, or it is damaged (xl/workbook.xml is missing)</source>
        <translation>ce n’est pas un classeur Excel, ou il est endommagé (xl/workbook.xml manque)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>le classeur est endommagé (%1)</translation>
    </message>
    <message>
        <source>the workbook&apos;s text table is damaged (%1)</source>
        <translation>la table des textes du classeur est endommagée (%1)</translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation>le classeur n’a aucune feuille avec des données</translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be read</source>
        <translation>la feuille « %1 » ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan a science lab&apos;s social-media series and measure their impact.

Headless commands (run &quot;beamline COMMAND --help&quot; for details):
%1</source>
        <translation>Planifiez les séries d’un laboratoire sur les réseaux sociaux et mesurez leur impact.

Commandes sans interface (« beamline COMMANDE --help » pour le détail) :
%1</translation>
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
    <message>
        <source>beamline: “%1” is not a command. Run “beamline --help” to see the commands.</source>
        <translation>beamline : « %1 » n’est pas une commande. Lancez « beamline --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>Open a window of its own even when Beamline is already running, instead of handing the files to it.</source>
        <translation>Ouvrir une fenêtre à part même si Beamline est déjà lancé, au lieu de lui confier les fichiers.</translation>
    </message>
    <message>
        <source>A workspace to open, or exports (CSV, TSV, ZIP, XLS, XLSX, or folders of them) to preview for import into the open workspace. A running Beamline receives them instead of a new window opening.</source>
        <translation>Un espace de travail à ouvrir, ou des exports (CSV, TSV, ZIP, XLS, XLSX, ou des dossiers qui en contiennent) à prévisualiser pour les importer dans l’espace de travail ouvert. Un Beamline déjà lancé les reçoit au lieu qu’une nouvelle fenêtre s’ouvre.</translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing), or a team workspace on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation>Ouvre l’espace de travail FICHIER (créé s’il manque), ou un espace d’équipe sur un serveur PostgreSQL : postgresql://UTILISATEUR@HÔTE:PORT/BASE (le mot de passe vient de ~/.pgpass ou de PGPASSWORD).</translation>
    </message>
</context>
</TS>
