<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Beamline::AccountMatchDialog</name>
    <message>
        <source>%1 account “%2” (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 account “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>Which Channel Is It?</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>These exports name %n account(s) that none of your channels has. Say which channel each one is, or keep it apart as a new channel. Beamline remembers the answer for later imports.</source>
        <translation>
            <numerusform>These exports name %n account that none of your channels has. Say which channel it is, or keep it apart as a new channel. Beamline remembers the answer for later imports.</numerusform>
            <numerusform>These exports name %n accounts that none of your channels has. Say which channel each one is, or keep it apart as a new channel. Beamline remembers the answer for later imports.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is “%1” (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>A new channel of its own</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel the Import</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::AddChannelDialog</name>
    <message>
        <source>Add Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>A channel is an account the team posts on. Its handle is the name or ID the platform&apos;s exports give it, so that imported figures land on this channel.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Handle or ID:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Character &amp;limit:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1&apos;s (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>the page&apos;s name or ID, e.g. ExamplePhysicsLab</source>
        <translation></translation>
    </message>
    <message>
        <source>the channel&apos;s name or handle</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. lhclab, without @</source>
        <translation></translation>
    </message>
    <message>
        <source>what the team calls it, e.g. “LHC Lab”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::Approvals</name>
    <message>
        <source>Created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the account “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillar mix, next 4 weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>No post fills this slot of “%1” yet. Activate to write one.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is still %2. Activate to open it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Open slots</source>
        <translation></translation>
    </message>
    <message>
        <source>Every series slot of the next 4 weeks has a post.</source>
        <translation></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation></translation>
    </message>
    <message>
        <source>No slot went by empty in the last 4 weeks.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not approved, due within 48 hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything due soon is approved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::AttributionEditor</name>
    <message>
        <source>&amp;Save Rules</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation></translation>
    </message>
    <message>
        <source>Web visits count for a channel when their source (or “source / medium”, with * for any text) matches a rule. The first matching rule wins.</source>
        <translation></translation>
    </message>
    <message>
        <source>Source or source / medium</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation></translation>
    </message>
    <message>
        <source>Other (not a social channel)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule %1 has no source.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is there twice; only its first rule would ever match.</source>
        <translation></translation>
    </message>
    <message>
        <source>The attribution rules could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Attribution rules saved; the web figures now follow them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Web Attribution Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rules and re-attributing the web traffic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the attribution rules was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::AttributionRulesCommand</name>
    <message>
        <source>Change Web Attribution Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::CalendarView</name>
    <message>
        <source>%1 missed:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 open:</source>
        <translation></translation>
    </message>
    <message>
        <source>missed</source>
        <translation></translation>
    </message>
    <message>
        <source>open slot</source>
        <translation></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::CampaignModel</name>
    <message>
        <source>Rename Campaign “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Hashtag of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Dates of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Goal of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation></translation>
    </message>
    <message>
        <source>First day</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Campaign “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Campaign “%1”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::CappedDevice</name>
    <message>
        <source>“%1” inflates to more than %2, so reading stopped there: no export is that large; the archive is damaged or built to exhaust memory (a “ZIP bomb”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ChannelModel</name>
    <message>
        <source>The name or ID the platform&apos;s exports give this account</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>This channel&apos;s own limit</source>
        <translation></translation>
    </message>
    <message>
        <source>%1&apos;s limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Other names imports may give this account; they land on this channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Colour of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Channel “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Platform of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Handle of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Character Limit of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Handle or ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Channel “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Channel “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Move Channel “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Only two channels of the same platform can be merged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ChartData</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the exported chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size (pixels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ChartExporter</name>
    <message>
        <source>The size must be between 100×100 and 10000×10000 pixels.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a format Beamline exports charts to (PNG, SVG or PDF).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ChartFactory</name>
    <message>
        <source>News sites</source>
        <translation></translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation></translation>
    </message>
    <message>
        <source>Other web</source>
        <translation></translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions per post</source>
        <translation></translation>
    </message>
    <message>
        <source>Series episodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillars compared</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions by channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation></translation>
    </message>
    <message>
        <source>Sentiment of mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>Top authors by reach</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation></translation>
    </message>
    <message>
        <source>Average visit length</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: the platforms&apos; account exports</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2/day)</source>
        <translation></translation>
    </message>
    <message>
        <source>new followers</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Interactions of the top %n post(s)</source>
        <translation>
            <numerusform>Interactions of the top %n post</numerusform>
            <numerusform>Interactions of the top %n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: post exports, newest figures</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation></translation>
    </message>
    <message>
        <source>interactions (likes + comments + shares)</source>
        <translation></translation>
    </message>
    <message>
        <source>Series episodes against each series&apos; median</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: post exports, interactions per episode</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (median %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation></translation>
    </message>
    <message>
        <source>interactions per episode</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillars: interactions per post and engagement rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: post exports; rate = Σ interactions ÷ Σ impressions</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>interactions per post</source>
        <translation></translation>
    </message>
    <message>
        <source>engagement rate (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions by channel (%1 in all)</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: listening tool exports</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions per day</source>
        <translation></translation>
    </message>
    <message>
        <source>mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: listening tools&apos; own rating</source>
        <translation></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Instagram followers and the visits Instagram sends to the website</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: Instagram account export, web analytics (source/medium)</source>
        <translation></translation>
    </message>
    <message>
        <source>New Instagram followers per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Website visits from Instagram per day</source>
        <translation></translation>
    </message>
    <message>
        <source>per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram %1 vs site %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit length: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>before: %1 · Source: web analytics</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: web analytics, weighted by sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Visitors from Instagram</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit rate and bounce rate of the website</source>
        <translation></translation>
    </message>
    <message>
        <source>Source: web analytics; exit rate = Σ exits ÷ Σ pageviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit rate, whole site</source>
        <translation></translation>
    </message>
    <message>
        <source>Bounce rate, whole site</source>
        <translation></translation>
    </message>
    <message>
        <source>Bounce rate, visitors from Instagram</source>
        <translation></translation>
    </message>
    <message>
        <source>%</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · up to %2 (today is not over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Instagram followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visits from Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit length (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ChartPanel</name>
    <message>
        <source>&amp;Copy Chart</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>The chart “%1” is on the clipboard.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Event Marker</source>
        <translation></translation>
    </message>
    <message>
        <source>Press release: new results</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Press release</source>
        <translation></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add marker “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Event &amp;Marker…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove Marker</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove marker “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>No figures for %1 in this range.
Import the exports that cover it, or choose another range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The figures of “%1” are on the clipboard: %n day(s), ready to paste into a spreadsheet.</source>
        <translation>
            <numerusform>The figures of “%1” are on the clipboard: %n day, ready to paste into a spreadsheet.</numerusform>
            <numerusform>The figures of “%1” are on the clipboard: %n days, ready to paste into a spreadsheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the figures of “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event markers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::CommandSupport</name>
    <message>
        <source>The command.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run “beamline %1 --help” for usage.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the demo workspace, synthetic data modelled on a lab&apos;s #WhatsUpLHC campaign, in FILE. An existing demo workspace is kept; any other file is refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give exactly one FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the demo workspace “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe a workspace: format, name and what it holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Format:    %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Import platform exports (CSV, ZIP, XLS) into a workspace. Each file is one transaction: a file with an error changes nothing. Importing the same file twice changes nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read every file as this format (see --list-formats) or a saved mapping&apos;s name, instead of detecting it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Zone of exports that give local times without one (default: the workspace&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print a JSON array, one object per file, and nothing else.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read and count only; write nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the formats Beamline recognises and exit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export files or folders.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give at least one file to import.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Zurich.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2, %3 added, %4 updated, %5 unchanged, %6 skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation></translation>
    </message>
    <message>
        <source>Render a chart of the Measure views to PNG, SVG or PDF, without a display.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>First local day of the range.</source>
        <translation></translation>
    </message>
    <message>
        <source>Last local day of the range (included).</source>
        <translation></translation>
    </message>
    <message>
        <source>First day of the comparison period.</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day of the comparison period.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation></translation>
    </message>
    <message>
        <source>Size in pixels (default 1600x900).</source>
        <translation></translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name one chart: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a chart; choose one of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>--from and --to must be dates like 2017-01-31, --to not before --from.</source>
        <translation></translation>
    </message>
    <message>
        <source>--compare-from and --compare-to must be dates, --compare-to not before --compare-from.</source>
        <translation></translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg or .pdf).</source>
        <translation></translation>
    </message>
    <message>
        <source>--out: “%1” does not end in .png, .svg or .pdf.</source>
        <translation></translation>
    </message>
    <message>
        <source>--size: “%1” is not a size like 1600x900.</source>
        <translation></translation>
    </message>
    <message>
        <source>--theme: “%1” is not light or dark.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>--from YYYY-MM-DD and --to YYYY-MM-DD are required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--from: “%1” is not a date like 2017-01-01.</source>
        <translation></translation>
    </message>
    <message>
        <source>--to: “%1” is not a date like 2017-01-31.</source>
        <translation></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The range is longer than ten years; ask for less.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a recurring series to a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the series, e.g. &quot;#ThrowbackThursday&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TH.</source>
        <translation></translation>
    </message>
    <message>
        <source>First occurrence, local wall clock.</source>
        <translation></translation>
    </message>
    <message>
        <source>IANA time zone of the wall clock, e.g. Europe/Zurich.</source>
        <translation></translation>
    </message>
    <message>
        <source>Default channels: platform keys separated by commas (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>A date to skip (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <source>Hashtags, separated by commas.</source>
        <translation></translation>
    </message>
    <message>
        <source>Content pillar (by name).</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes each occurrence lasts in calendars (default 30).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the series as one JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--rrule is required, e.g. FREQ=WEEKLY;BYDAY=TH.</source>
        <translation></translation>
    </message>
    <message>
        <source>--rrule: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>--start is required, e.g. 2017-01-05T10:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>--start: “%1” is not a local date and time like 2017-01-05T10:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>--tz is required, e.g. Europe/Zurich.</source>
        <translation></translation>
    </message>
    <message>
        <source>--tz: “%1” is not an IANA time zone such as Europe/Zurich.</source>
        <translation></translation>
    </message>
    <message>
        <source>--channels: “%1” is not a platform (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>--duration: “%1” is not a number of minutes from 1 to 1440.</source>
        <translation></translation>
    </message>
    <message>
        <source>--exdate: “%1” is not a date like 2017-01-05.</source>
        <translation></translation>
    </message>
    <message>
        <source>--exdate: the series has no occurrence on %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>--rrule: the rule gives no occurrence from --start on.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>--pillar: there is no pillar named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Added “%1”: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the series of a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: beamline series add|list [options]
  add   Add a recurring series (see beamline series add --help).
  list  List the series of a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>beamline series: “%1” is not a subcommand (add, list).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the plan of a period: posts and series slots, in time order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the plan as CSV (the columns “beamline import-plan” reads).</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the plan of a period as an iCalendar (.ics) file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this series (repeatable); no other posts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give exactly one output file.</source>
        <translation></translation>
    </message>
    <message>
        <source>--series: there is no series named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 event(s) to %2.</source>
        <translation>
            <numerusform>Wrote %1 event to %2.</numerusform>
            <numerusform>Wrote %1 events to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a plan CSV (as written by “beamline plan --csv”) into a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give exactly one plan file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 post(s) added, %2 updated, %3 unchanged, %4 row(s) skipped.</source>
        <translation>
            <numerusform>%1 post added, %2 updated, %3 unchanged, %4 row skipped.</numerusform>
            <numerusform>%1 posts added, %2 updated, %3 unchanged, %4 rows skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day)</numerusform>
            <numerusform>%1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>, compared with %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>posts %1, interactions %2, engagement %3, followers/day %4, mentions %5</source>
        <translation></translation>
    </message>
    <message>
        <source> (%1/day vs %2/day, %3%4 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>  Web: %1 sessions, %2 per session, exit rate %3</source>
        <translation></translation>
    </message>
    <message>
        <source>    from %1: %2 sessions, %3 per session</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the impact figures of a period (and a comparison period).</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare with the equal-length period just before.</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date like 2017-01-31.</source>
        <translation></translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation></translation>
    </message>
    <message>
        <source>--compare-to is before --compare-from.</source>
        <translation></translation>
    </message>
    <message>
        <source>  Read it as a known format or a saved mapping with --format NAME (see --list-formats).</source>
        <translation></translation>
    </message>
    <message>
        <source>beamline %1: “%2” is not a subcommand (add, list).</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a channel: an account the team posts on.</source>
        <translation></translation>
    </message>
    <message>
        <source>The platform: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The account&apos;s handle or page ID, as its exports give it.</source>
        <translation></translation>
    </message>
    <message>
        <source>What the team calls it (default: the handle).</source>
        <translation></translation>
    </message>
    <message>
        <source>Its own character limit, if not the platform&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the channel as one JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the platform and the handle, e.g. “instagram lhclab”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a platform (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>--limit: “%1” is not a number of characters above zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Added the %1 channel “%2” (%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>List the channels of a workspace, in the team&apos;s order.</source>
        <translation></translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>No channels yet; add one with “beamline channel add --db FILE PLATFORM HANDLE”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a content pillar: a theme the team wants a share of its posts on.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pillar&apos;s name, e.g. &quot;Physics news&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The share of posts it should have, in percent (0–100).</source>
        <translation></translation>
    </message>
    <message>
        <source>Its colour in charts and the calendar, e.g. #0072B2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the pillar as one JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the pillar&apos;s name (in quotes if it has spaces).</source>
        <translation></translation>
    </message>
    <message>
        <source>--target: “%1” is not a percentage from 0 to 100.</source>
        <translation></translation>
    </message>
    <message>
        <source>--color: “%1” is not a colour like #0072B2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Added the pillar “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>List the content pillars of a workspace with their targets.</source>
        <translation></translation>
    </message>
    <message>
        <source>No pillars yet; add one with “beamline pillar add --db FILE NAME”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: beamline channel add|list [options]
  add   Add a channel: beamline channel add --db FILE PLATFORM HANDLE [--name NAME]
  list  List the channels of a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: beamline pillar add|list [options]
  add   Add a content pillar: beamline pillar add --db FILE NAME [--target PERCENT]
  list  List the pillars of a workspace with their targets.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the figures of each day of a range: every channel&apos;s stored daily metrics (followers gained and lost, views, impressions…), the posts it published and its mentions, and the website&apos;s figures of the day. A missing figure is null (JSON) or empty (CSV).</source>
        <translation></translation>
    </message>
    <message>
        <source>Only this channel&apos;s platform (x, facebook, instagram, linkedin, youtube).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print CSV, one row per day and channel.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give --json or --csv.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown channel “%1”; use x, facebook, instagram, linkedin or youtube.</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave out the rows that cannot be read (listed in the output) instead of importing nothing from a file that has any.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period of a report that says none, neither in its file name nor in its rows (a renamed Matomo export): first and last day, or one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period; give its first and last day as YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print, for each channel, the median engagement rate of the posts published in each hour of each weekday (the workspace&apos;s time zone), with the number of posts. Text lists the best hours that have at least %n post(s); JSON lists every hour with a post.</source>
        <translation>
            <numerusform>Print, for each channel, the median engagement rate of the posts published in each hour of each weekday (the workspace&apos;s time zone), with the number of posts. Text lists the best hours that have at least %n post; JSON lists every hour with a post.</numerusform>
            <numerusform>Print, for each channel, the median engagement rate of the posts published in each hour of each weekday (the workspace&apos;s time zone), with the number of posts. Text lists the best hours that have at least %n posts; JSON lists every hour with a post.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: [{&quot;channel&quot;, &quot;weekday&quot; (1 = Monday), &quot;hour&quot;, &quot;posts&quot;, &quot;median_engagement_rate&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n post(s))</source>
        <translation>
            <numerusform>(%n post)</numerusform>
            <numerusform>(%n posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No hour has %n published post(s) with an engagement rate in this range.</source>
        <translation>
            <numerusform>No hour has %n published post with an engagement rate in this range.</numerusform>
            <numerusform>No hour has %n published posts with an engagement rate in this range.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace FILE, or a team workspace&apos;s postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE|URI is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person of the team: who they sign in as and what they may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name, e.g. &quot;Anna Keller&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role they sign in to a team workspace with (their system account for a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor (the default), approver or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a workspace file: this person is who edits it (records who created, changed and approved posts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the person as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name (in quotes if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: “%1” is not a role (editor, approver, viewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--me: on a team workspace the database role you sign in with says who you are; give --login instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2), who signs in as “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people of a workspace with their logins and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet; add one with “beamline person add --db FILE NAME --login LOGIN --role approver”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: beamline person add|list [options]
  add   Add a person: beamline person add --db FILE NAME [--login LOGIN] [--role editor|approver|viewer]
  list  List the people of a workspace with their logins and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: beamline workspace copy --from FILE|URI --to FILE|URI [--replace]
Copies a workspace to a new file or an empty PostgreSQL database (or back), in one transaction, then verifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats --json from %1 to %2: identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats: nothing imported, no figures to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a workspace: from a file to a team workspace on a PostgreSQL server, back to a file (a backup, or to work offline), or between two of a kind. The copy keeps every row and id, is one transaction on the target, and is verified before it is kept: the row count of every table and the figures of `beamline stats --json` over the measured period must be the same on both sides. The target must be a new file, an empty database or an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to copy: a FILE or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new FILE, or an empty database&apos;s postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace what the target holds (its rows are deleted in the copy&apos;s transaction; a failed copy keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from FILE|URI and --to FILE|URI are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows; %4 of %5 rows in all (%6 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from “%3” to “%4” in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beamline workspace: “%1” is not a subcommand (copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As presented full screen: thicker lines, fewer bars. The type always suits --size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First local day of the report (default: the campaign&apos;s first day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last local day of the report, included (default: the campaign&apos;s last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign (name or hashtag) the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the impact report of a period as a PDF: figures, views, definitions and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: “%1” does not end in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper: “%1” is not a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: “%1” is not en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --compare-previous or --compare-from and --compare-to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to YYYY-MM-DD are required (or --campaign NAME for its dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign: the workspace has no campaign “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign: “%1” is not a campaign; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign “%1” has no dates: give --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ConnectDialog</name>
    <message>
        <source>Connect to Team Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beamline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beamline asks for no password and stores none: the server&apos;s password comes from ~/.pgpass, the PGPASSWORD variable or a PostgreSQL service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::CsvReader</name>
    <message>
        <source>this is not a text file (it looks like binary data); export the report as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 and was read as Windows-1252 (probably re-saved in Excel); check accented letters and emoji</source>
        <translation></translation>
    </message>
    <message>
        <source>some bytes are not valid in the file&apos;s encoding and were replaced</source>
        <translation></translation>
    </message>
    <message>
        <source>unterminated quoted field (the file ends inside quotes; it may be truncated)</source>
        <translation></translation>
    </message>
    <message>
        <source>the record starting on this line is longer than %1 characters or has more than %2 fields; no export has such lines, so the file was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::DataPage</name>
    <message>
        <source>Drop a platform export here</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm Link</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Mapping</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Exports…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation></translation>
    </message>
    <message>
        <source>Import details</source>
        <translation></translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation></translation>
    </message>
    <message>
        <source>Links between imported and planned posts</source>
        <translation></translation>
    </message>
    <message>
        <source>Links to the &amp;Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Column mappings saved for files Beamline does not know. A file with the same columns is read with its mapping automatically.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved &amp;Mappings</source>
        <translation></translation>
    </message>
    <message>
        <source>Links to the &amp;Plan (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Select an import to see its details.</source>
        <translation></translation>
    </message>
    <message>
        <source>Format</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation></translation>
    </message>
    <message>
        <source>Columns and what they were stored as</source>
        <translation></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo the import of “%1”?

The %2 rows it added are removed and the %3 values it replaced come back. You can import the file again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The import of “%1” was undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>The import could not be undone; nothing was changed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping “%1” was deleted; files with its columns will be asked about again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Web &amp;Attribution</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation></translation>
    </message>
    <message>
        <source>Also list imported posts linked to &amp;nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported posts are linked to planned posts by permalink, by a shared link, or by channel, time and text. Confirm the links that are right, link a post to another planned post, or remove the link. Every change can be undone (Edit ▸ Undo).</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm Link to the Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Link to the Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Link to a Planned Post</source>
        <translation></translation>
    </message>
    <message>
        <source>No link waits for review</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline links imported posts to the plan as they arrive. To link a post by hand, tick “Also list imported posts linked to nothing”.</source>
        <translation></translation>
    </message>
    <message>
        <source>The exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools, as CSV, ZIP or Excel workbooks. Drop files or folders anywhere on the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>Values</source>
        <translation></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation></translation>
    </message>
    <message>
        <source>Read</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of “%1” was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Database</name>
    <message>
        <source>Could not open “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers (Qt&apos;s QPSQL driver is missing; on Debian: apt install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::DateField</name>
    <message>
        <source>Pick the day on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a day (1 Jan 2026, 31 Jan, 31/01/2026) or pick it on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day Beamline can read; type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::DemoGenerator</name>
    <message>
        <source>Example Physics Lab — demo (synthetic data)</source>
        <translation></translation>
    </message>
    <message>
        <source>A photo from the archives every Thursday.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lab closed between Christmas and New Year</source>
        <translation></translation>
    </message>
    <message>
        <source>A close-up of an object from the lab; the answer follows on Friday.</source>
        <translation></translation>
    </message>
    <message>
        <source>Moved after the Christmas break</source>
        <translation></translation>
    </message>
    <message>
        <source>Recommend labs, people and projects worth following.</source>
        <translation></translation>
    </message>
    <message>
        <source>Synthetic influencer for the demo</source>
        <translation></translation>
    </message>
    <message>
        <source>Reach new audiences on Instagram with influencers and bring them to the website</source>
        <translation></translation>
    </message>
    <message>
        <source>#WhatsUpLHC starts</source>
        <translation></translation>
    </message>
    <message>
        <source>#WhatsUpLHC ends</source>
        <translation></translation>
    </message>
    <message>
        <source>Press release: new results at ICHEP</source>
        <translation></translation>
    </message>
    <message>
        <source>Press release: antimatter spectrum</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo data (synthetic)</source>
        <translation></translation>
    </message>
    <message>
        <source>Guess What It Is: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Guess What It Is: holiday edition</source>
        <translation></translation>
    </message>
    <message>
        <source>Meet %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Video: a tour of the control room</source>
        <translation></translation>
    </message>
    <message>
        <source>#WhatsUpLHC with %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask followers what they would name the new magnet</source>
        <translation></translation>
    </message>
    <message>
        <source>Time-lapse of the cavern cleaning</source>
        <translation></translation>
    </message>
    <message>
        <source>Explainer: what is a bunch crossing?</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” already exists and is not a demo workspace; choose another file name for the demo.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write the demo workspace: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::FiguresSlide</name>
    <message>
        <source>vs %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::GuiApplication</name>
    <message>
        <source>%1 (%2)</source>
        <comment>database error: message (detail)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action stopped on a database error and did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::HeadlessCommands</name>
    <message>
        <source>Create the demo workspace (synthetic data) in a file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe a workspace: format, name, what it holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import platform exports (CSV, ZIP, XLS) into a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Render a chart to PNG, SVG or PDF for slides, without a display.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the plan of a period as an iCalendar (.ics) file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Read a plan CSV into a workspace (one transaction).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the posts and series slots of a period (text, JSON or CSV).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the impact figures of a period, with a comparison (text or JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>Add or list recurring series.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add or list the channels (accounts) the team posts on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add or list content pillars and their target shares.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the figures of each day of a range (JSON or CSV).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the best hours to post per channel: median engagement rate by weekday and hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or list the people of a workspace: their logins and roles (editor, approver, viewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a workspace to a server or a file (workspace copy --from … --to …), verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the impact report of a period as a PDF (figures, views, definitions, sources).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::HelpWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric Definitions</source>
        <translation></translation>
    </message>
    <message>
        <source>*These definitions are written in English: they are the reference the figures are computed from.*</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline User Guide</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the selected post, or write a new one on the selected day</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Drop the selected post (Undo brings it back)</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous or next month or week</source>
        <translation></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation></translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a menu opens it; in dialogs, Alt with an underlined letter moves to that field.</source>
        <translation></translation>
    </message>
    <message>
        <source>The metric definitions could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline helps a lab&apos;s social-media team plan recurring posts on a calendar and measure what they achieved from the platforms&apos; own exports.</source>
        <translation></translation>
    </message>
    <message>
        <source>1. Set up the workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>A workspace is one file that holds your plan and your figures. Create one with File ▸ New Workspace, then open Settings ▸ Workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace: its name and the time zone the team works in. The calendar, the lists and the reports show times in this zone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels: the accounts you post on. Give each the handle or ID its exports use (for a Facebook page, its name or ID). If an export names an account no channel has, Beamline asks once which channel it is and remembers. Two channels that are the same account can be merged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillars: the themes of your posts, each with a colour and the share of posts it should have.</source>
        <translation></translation>
    </message>
    <message>
        <source>People: editors write posts and own series; approvers also sign posts off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaigns: a period, a hashtag and a goal, with the partners who join in.</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>A series is a recurring post, such as #ThrowbackThursday every Thursday at 10:00: Plan ▸ New Series. Its slots appear in the calendar; open one to write the post that fills it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A post goes out on one or more channels, with a text for all of them or one per channel; the editor counts the characters against each channel&apos;s limit. Drag a post, or use the keyboard, to move it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel beside the calendar lists what needs attention: open slots, posts waiting for review, missed slots.</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Import the exports</source>
        <translation></translation>
    </message>
    <message>
        <source>Download the analytics exports from X, Meta Business Suite, YouTube Studio, LinkedIn, Google Analytics, Matomo or a listening tool, and drop the files (or a folder, or a ZIP) on the window, or use File ▸ Import Exports.</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline shows what it found before writing anything. Importing the same file again changes nothing, and each import can be undone under Data ▸ Import History.</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure shows the figures of a period beside the one before: posts, interactions, engagement rate, followers, and the visits your site received from each platform. Imported posts are linked to the planned ones, so a series or a campaign can be compared with the rest.</source>
        <translation></translation>
    </message>
    <message>
        <source>Help ▸ Metric Definitions says exactly how each figure is computed.</source>
        <translation></translation>
    </message>
    <message>
        <source>5. Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Every change to the plan and the settings can be undone with Edit ▸ Undo (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation></translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next post or open slot: through those of a day, then on to the next day&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left, Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected post a day earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected post a week earlier or later (in the week view, 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected post&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a post back to its day; in a dialog, close it (nothing written is kept unless you confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the view: on the Overview, the figures first, then the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape, F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Measure and its presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::IcsExporter</name>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The time zone “%1” of the series “%2” is unknown to libical.</source>
        <translation></translation>
    </message>
    <message>
        <source>The rule of the series “%1” is not valid: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ImportContext</name>
    <message>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>expected %1 fields, found %2; the extra cells are empty and were ignored (this and any later such rows)</source>
        <translation></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2 (a comma or quote inside a text that is not quoted?)</source>
        <translation></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a duration</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1 (“%2”): “%3” is not a percentage</source>
        <translation></translation>
    </message>
    <message>
        <source>this row and line %1 give different values (%2) for the same %3; the file has a column Beamline does not read that tells them apart, so nothing was imported</source>
        <translation></translation>
    </message>
    <message>
        <source>repeats line %1; counted once (this and any later repeated rows)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… and %n more row</numerusform>
            <numerusform>… and %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ImportController</name>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s) in all)</source>
        <translation>
            <numerusform> (%n file in all)</numerusform>
            <numerusform> (%n files in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the file being read was left out entirely.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported and changed nothing:</source>
        <translation>
            <numerusform>%n file could not be imported and changed nothing:</numerusform>
            <numerusform>%n files could not be imported and changed nothing:</numerusform>
        </translation>
    </message>
    <message>
        <source>Take “%1” for a Channel</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1 read; %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>
            <numerusform>Imported %n file: %1 read; %2 added, %3 updated, %4 unchanged, %5 skipped.</numerusform>
            <numerusform>Imported %n files: %1 read; %2 added, %3 updated, %4 unchanged, %5 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>“Updated” values replace figures stored before with the newer ones these files give.</source>
        <translation></translation>
    </message>
    <message>
        <source>Some values were updated although nothing was imported before: these files cover some days or posts twice, and the newer figure was kept.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had nothing to import: %1.</source>
        <translation>
            <numerusform>%n file had nothing to import: %1.</numerusform>
            <numerusform>%n files had nothing to import: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) cannot be read, so the file was left out</source>
        <translation>
            <numerusform>%1: %n row cannot be read, so the file was left out</numerusform>
            <numerusform>%1: %n rows cannot be read, so the file was left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n File(s)</source>
        <translation>
            <numerusform>Import %n File</numerusform>
            <numerusform>Import %n Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ImportEdit</name>
    <message>
        <source>The import was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is no longer undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ImportFormats</name>
    <message>
        <source>Saved mapping “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>the header the mapping “%1” was made for is not in this file</source>
        <translation></translation>
    </message>
    <message>
        <source>the ids were turned into rounded numbers by a spreadsheet (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1: “%2” does not match the chosen date format</source>
        <translation></translation>
    </message>
    <message>
        <source>LinkedIn Page: posts</source>
        <translation></translation>
    </message>
    <message>
        <source>no LinkedIn posts header found</source>
        <translation></translation>
    </message>
    <message>
        <source>required column(s) missing: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>LinkedIn Page: metrics by day</source>
        <translation></translation>
    </message>
    <message>
        <source>LinkedIn Page: new followers by day</source>
        <translation></translation>
    </message>
    <message>
        <source>no LinkedIn daily header found</source>
        <translation></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation></translation>
    </message>
    <message>
        <source>Brandwatch mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>Meltwater mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>no mentions header found</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown sentiment “%1”; left empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the post ids were turned into rounded numbers (%1) by a spreadsheet, so posts cannot be told apart: download the export again from Meta Business Suite and import it without opening it in Excel</source>
        <translation></translation>
    </message>
    <message>
        <source>Meta Business Suite: Instagram posts</source>
        <translation></translation>
    </message>
    <message>
        <source>Meta Business Suite: Facebook posts</source>
        <translation></translation>
    </message>
    <message>
        <source>no Meta post export header found</source>
        <translation></translation>
    </message>
    <message>
        <source>Meta Business Suite: daily metric</source>
        <translation></translation>
    </message>
    <message>
        <source>no &quot;Date&quot;,&quot;Primary&quot; table found</source>
        <translation></translation>
    </message>
    <message>
        <source>the metric “%1” does not say which platform it is for; it was stored for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Facebook Page Insights: posts (legacy)</source>
        <translation></translation>
    </message>
    <message>
        <source>no Page Insights header found</source>
        <translation></translation>
    </message>
    <message>
        <source>the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)</source>
        <translation></translation>
    </message>
    <message>
        <source>the daily table adds up to %1 sessions but the report&apos;s total is %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Google Analytics (Universal Analytics) report</source>
        <translation></translation>
    </message>
    <message>
        <source>the report has no table</source>
        <translation></translation>
    </message>
    <message>
        <source>the sessions-by-hour table was not imported (Beamline keeps days)</source>
        <translation></translation>
    </message>
    <message>
        <source>an unknown second table starting with “%1” was not imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Google Analytics 4 report</source>
        <translation></translation>
    </message>
    <message>
        <source>the start and end dates (# Start date: / # End date:) are missing from the report&apos;s header block</source>
        <translation></translation>
    </message>
    <message>
        <source>Matomo report</source>
        <translation></translation>
    </message>
    <message>
        <source>the report is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>X tweet activity (legacy analytics)</source>
        <translation></translation>
    </message>
    <message>
        <source>no tweet activity header found</source>
        <translation></translation>
    </message>
    <message>
        <source>the tweet ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
        <translation></translation>
    </message>
    <message>
        <source>X account analytics: posts</source>
        <translation></translation>
    </message>
    <message>
        <source>no X account analytics header found</source>
        <translation></translation>
    </message>
    <message>
        <source>the post ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
        <translation></translation>
    </message>
    <message>
        <source>the post id&apos;s time (%1) does not fall on its Date (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>X account analytics: overview by day</source>
        <translation></translation>
    </message>
    <message>
        <source>no X overview header found</source>
        <translation></translation>
    </message>
    <message>
        <source>X account analytics: video overview</source>
        <translation></translation>
    </message>
    <message>
        <source>no video overview header found</source>
        <translation></translation>
    </message>
    <message>
        <source>YouTube Studio: videos (table data)</source>
        <translation></translation>
    </message>
    <message>
        <source>no YouTube table header found</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a publish date; the video has no date</source>
        <translation></translation>
    </message>
    <message>
        <source>the Total row says %1 views but the videos add up to %2: YouTube exports only the rows it had loaded, so some videos may be missing</source>
        <translation></translation>
    </message>
    <message>
        <source>YouTube Studio: views by day</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>post</source>
        <translation></translation>
    </message>
    <message>
        <source>account, day and breakdown</source>
        <translation></translation>
    </message>
    <message>
        <source>period, report and dimensions</source>
        <translation></translation>
    </message>
    <message>
        <source>mention</source>
        <translation></translation>
    </message>
    <message>
        <source>no post id or link</source>
        <translation></translation>
    </message>
    <message>
        <source>no post link</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1: “%2” is not a date</source>
        <translation></translation>
    </message>
    <message>
        <source>no post id</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1: “%2” is not a publish time like 01/30/2026 10:00</source>
        <translation></translation>
    </message>
    <message>
        <source>column 1: “%1” is not a date</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1: “%2” is not a time like 01/19/2017 09:03:47 AM</source>
        <translation></translation>
    </message>
    <message>
        <source>column 1: “%1” is not a period</source>
        <translation></translation>
    </message>
    <message>
        <source>no tweet id</source>
        <translation></translation>
    </message>
    <message>
        <source>column %1: “%2” is not a time like 2017-01-31 10:00 +0000</source>
        <translation></translation>
    </message>
    <message>
        <source>neither the id nor the Date gives the post&apos;s day</source>
        <translation></translation>
    </message>
    <message>
        <source>the video&apos;s post link does not name a post</source>
        <translation></translation>
    </message>
    <message>
        <source>no video id</source>
        <translation></translation>
    </message>
    <message>
        <source>YouTube Studio: table of a breakdown over the period</source>
        <translation></translation>
    </message>
    <message>
        <source>a YouTube table by %1 over the whole period; Beamline keeps a breakdown by day, from the “Chart data.csv” of the same export, and left this table out</source>
        <translation></translation>
    </message>
    <message>
        <source>LinkedIn Page: visitors by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Page Insights: page by day (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X daily activity (legacy analytics, by day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no daily tweet activity header found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report&apos;s header block: give its period in the import preview (on the command line: --period FROM..TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 report; Beamline reads traffic sources, landing pages, pages and the Day Index, so its rows were left out (its totals and Day Index give the site&apos;s figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser &amp; OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s period is not in its file name and its rows have no dates: give its period in the import preview (on the command line: --period FROM..TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Matomo scheduled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report&apos;s title was expected alone on this line (is the blank line after the report above missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) left out (Beamline reads the visits summary, main metrics, channel types, websites, search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1</source>
        <translation>
            <numerusform>%n report left out (Beamline reads the visits summary, main metrics, channel types, websites, search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1</numerusform>
            <numerusform>%n reports left out (Beamline reads the visits summary, main metrics, channel types, websites, search engines, social networks, campaigns, keywords, entry pages, pages and contents): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) without data: %1</source>
        <translation>
            <numerusform>%n report without data: %1</numerusform>
            <numerusform>%n reports without data: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ImportHistoryModel</name>
    <message>
        <source>Demo data</source>
        <translation></translation>
    </message>
    <message>
        <source>Mapping “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Imported, %n warning(s)</source>
        <translation>
            <numerusform>Imported, %n warning</numerusform>
            <numerusform>Imported, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Format</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Added</source>
        <translation></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ImportPlanCommand</name>
    <message>
        <source>Import Plan “%1”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ImportPreviewDialog</name>
    <message>
        <source>&amp;Map Columns…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Exports</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Detected as</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Local times without a zone (Meta, listening tools) are in:</source>
        <translation></translation>
    </message>
    <message>
        <source>Tell Beamline what each column of an unknown file means; the mapping is saved for next time</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n File(s)</source>
        <translation>
            <numerusform>&amp;Import %n File</numerusform>
            <numerusform>&amp;Import %n Files</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of a format Beamline does not know: select one and choose Map Columns.</source>
        <translation>
            <numerusform>%n file of a format Beamline does not know: select one and choose Map Columns.</numerusform>
            <numerusform>%n files of a format Beamline does not know: select one and choose Map Columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and will be left out.</source>
        <translation>
            <numerusform>%n file cannot be read and will be left out.</numerusform>
            <numerusform>%n files cannot be read and will be left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Map Columns… to say what each column means; Beamline then reads this file and the ones like it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This file will be left out; the others can still be imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import, so it is left out.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file holds no figures: there is nothing to import, so it is left out.</source>
        <translation></translation>
    </message>
    <message>
        <source>Already imported: importing it again changes nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accounts: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No channel has the account %1 yet: the import adds it as a new channel (Settings ▸ Workspace ▸ Channels can merge it with another later).</source>
        <translation></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation></translation>
    </message>
    <message>
        <source>Check what Beamline found before anything is written. Unchecked files are left out; select a file to read everything about it below.</source>
        <translation></translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation></translation>
    </message>
    <message>
        <source>Messages about the selected file</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have nothing to import and will be left out.</source>
        <translation>
            <numerusform>%n file has nothing to import and will be left out.</numerusform>
            <numerusform>%n files have nothing to import and will be left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the first and last day the report covers below the list, then choose Read Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files again, giving this period to the reports that say none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the reports that give none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) do not say which period they cover: give it below and choose Read Again.</source>
        <translation>
            <numerusform>%n file does not say which period it covers: give it below and choose Read Again.</numerusform>
            <numerusform>%n files do not say which period they cover: give it below and choose Read Again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read, so the file is left out: a file with bad rows imports nothing unless you choose Import the Good Rows, which leaves out the lines below.</source>
        <translation>
            <numerusform>%n row cannot be read, so the file is left out: a file with bad rows imports nothing unless you choose Import the Good Rows, which leaves out the line below.</numerusform>
            <numerusform>%n rows cannot be read, so the file is left out: a file with bad rows imports nothing unless you choose Import the Good Rows, which leaves out the lines below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out, as you chose; the lines are listed below.</source>
        <translation>
            <numerusform>%n row cannot be read and will be left out, as you chose; the line is listed below.</numerusform>
            <numerusform>%n rows cannot be read and will be left out, as you chose; the lines are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import this file without the rows that cannot be read; they are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bad)</source>
        <translation>
            <numerusform>%1 (%n bad)</numerusform>
            <numerusform>%1 (%n bad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good row(s)</source>
        <translation>
            <numerusform>%n good row</numerusform>
            <numerusform>%n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;Good Row(s)</source>
        <translation>
            <numerusform>Import the %n &amp;Good Row</numerusform>
            <numerusform>Import the %n &amp;Good Rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have rows that cannot be read and will be left out, unless you select one and choose Import the Good Rows.</source>
        <translation>
            <numerusform>%n file has rows that cannot be read and will be left out, unless you select it and choose Import the Good Rows.</numerusform>
            <numerusform>%n files have rows that cannot be read and will be left out, unless you select one and choose Import the Good Rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beamline::ImportSource</name>
    <message>
        <source>the file does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>this is a folder; drop the files inside it instead</source>
        <translation></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the ZIP archive cannot be opened (it may be damaged or incomplete)</source>
        <translation></translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV file</source>
        <translation></translation>
    </message>
    <message>
        <source>this legacy Excel workbook cannot be read (it may be damaged or protected): open it in a spreadsheet and save each sheet as CSV (UTF-8), then import the CSV files</source>
        <translation></translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” cannot be found in the archive</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” cannot be read from the archive</source>
        <translation></translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods), which Beamline cannot read: open it in a spreadsheet and save it as .xlsx, or save each sheet as CSV (UTF-8)</source>
        <translation></translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, a pipe or a socket); Beamline reads only export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would inflate to %2, more than the %3 an export can be: the archive is damaged or built to exhaust memory (a “ZIP bomb”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Importer</name>
    <message>
        <source>%1: the file is empty; there is nothing to import</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: already imported on %2; nothing changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: Matomo exported an empty report (“No data available”); there is nothing to import</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the file has no rows; there is nothing to import</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source> (%n complete row(s) before it)</source>
        <translation>
            <numerusform> (%n complete row before it)</numerusform>
            <numerusform> (%n complete rows before it)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation></translation>
    </message>
    <message>
        <source>no data rows</source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace is locked by another program; nothing was imported</source>
        <translation></translation>
    </message>
    <message>
        <source>the workspace could not be written (%1); nothing was imported</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: not a layout Beamline knows (first columns: %2); it was left out</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>none of its %n sheet(s) or file(s) is a layout Beamline knows</source>
        <translation>
            <numerusform>none of its %n sheet or file is a layout Beamline knows</numerusform>
            <numerusform>none of its %n sheets or files is a layout Beamline knows</numerusform>
        </translation>
    </message>
    <message>
        <source>this export is not one Beamline recognises (its first columns are: %1)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) unchanged: a newer export already holds their figures, which were kept</source>
        <translation>
            <numerusform>%n row unchanged: a newer export already holds its figures, which were kept</numerusform>
            <numerusform>%n rows unchanged: a newer export already holds their figures, which were kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that could not be read were left out, as asked</source>
        <translation>
            <numerusform>%n row that could not be read was left out, as asked</numerusform>
            <numerusform>%n rows that could not be read were left out, as asked</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace could not be read (%1); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::KpiTile</name>
    <message>
        <source>no data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation></translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1, &lt;span style=&quot;color:%2&quot;&gt;%3&amp;nbsp;%4%5&amp;nbsp;%&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change for the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::LinkPostDialog</name>
    <message>
        <source>Link to a Planned Post</source>
        <translation></translation>
    </message>
    <message>
        <source>Published on %1, %2:
%3</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by title or text</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter planned posts</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned posts</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing is planned within two weeks of this post. Plan it first in the calendar, then link it here.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create an empty workspace file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a workspace with synthetic data modelled on a lab&apos;s campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import Exports…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import CSV exports from X, Meta, YouTube, LinkedIn, Google Analytics, Matomo and listening tools</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Series, calendar and the posts to come</source>
        <translation></translation>
    </message>
    <message>
        <source>Impact of posts, series and campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported exports and their history</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Beamline</source>
        <translation></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>workspace.beamline</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline workspaces (*.beamline);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” already exists; it was opened instead of being replaced.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Welcome to Beamline. This demo workspace holds synthetic data modelled on a lab&apos;s #WhatsUpLHC campaign, so you can explore planning and measuring right away.</source>
        <translation></translation>
    </message>
    <message>
        <source>Start My Own Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Exports</source>
        <translation></translation>
    </message>
    <message>
        <source>About Beamline</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab&apos;s social-media series on a calendar and measure their impact from the platforms&apos; exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Charts</source>
        <translation></translation>
    </message>
    <message>
        <source>Show History</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.zip *.xls *.xlsx);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>Name and time zone, channels, pillars, people and campaigns of this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Beamline &amp;User Guide</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Metric Definitions</source>
        <translation></translation>
    </message>
    <message>
        <source>How each figure is computed, and from which columns of which export</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Beamline opens one workspace at a time; %n other workspace(s) were not opened.</source>
        <translation>
            <numerusform>Beamline opens one workspace at a time; %n other workspace was not opened.</numerusform>
            <numerusform>Beamline opens one workspace at a time; %n other workspaces were not opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The exports were not imported, since the workspace could not be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>The exports were not imported: this workspace is read-only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The exports were not imported: another import is running. Open them again when it has finished.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace that a team shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo history was cleared: “%1” could not be undone or redone, so the steps in it no longer match the workspace. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF impact report of a period: figures, charts, definitions and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”… An older workspace is upgraded and its daily summaries are brought up to date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::MappingDialog</name>
    <message>
        <source>Post ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Publish date and time</source>
        <translation></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation></translation>
    </message>
    <message>
        <source>Link to the post</source>
        <translation></translation>
    </message>
    <message>
        <source>Post type</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Dimension (source, page…)</source>
        <translation></translation>
    </message>
    <message>
        <source>Second dimension</source>
        <translation></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation></translation>
    </message>
    <message>
        <source>Mention ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Link</source>
        <translation></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation></translation>
    </message>
    <message>
        <source>Network or source</source>
        <translation></translation>
    </message>
    <message>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation></translation>
    </message>
    <message>
        <source>Views</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes / reactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Comments / replies</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares / reposts</source>
        <translation></translation>
    </message>
    <message>
        <source>Saves / bookmarks</source>
        <translation></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation></translation>
    </message>
    <message>
        <source>Follows from the post</source>
        <translation></translation>
    </message>
    <message>
        <source>Video views</source>
        <translation></translation>
    </message>
    <message>
        <source>Watch time</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagements (as the platform counts them)</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation></translation>
    </message>
    <message>
        <source>Followers lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Story views</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions / visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Users</source>
        <translation></translation>
    </message>
    <message>
        <source>New users</source>
        <translation></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Average session duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Unique pageviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Average time on page</source>
        <translation></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Engaged sessions</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversions / key events</source>
        <translation></translation>
    </message>
    <message>
        <source>Actions / events</source>
        <translation></translation>
    </message>
    <message>
        <source>Map the Columns of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what each column means. Beamline saves this as a mapping and uses it for every file with the same columns.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Header is on line:</source>
        <translation></translation>
    </message>
    <message>
        <source>Posts with their metrics</source>
        <translation></translation>
    </message>
    <message>
        <source>Account metrics by day</source>
        <translation></translation>
    </message>
    <message>
        <source>Web traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation></translation>
    </message>
    <message>
        <source>the lab&apos;s main account</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Account handle:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation></translation>
    </message>
    <message>
        <source>2024-03-31 (ISO)</source>
        <translation></translation>
    </message>
    <message>
        <source>03/31/2024 (month first)</source>
        <translation></translation>
    </message>
    <message>
        <source>31/03/2024 (day first)</source>
        <translation></translation>
    </message>
    <message>
        <source>31.03.2024</source>
        <translation></translation>
    </message>
    <message>
        <source>Mar 31, 2024</source>
        <translation></translation>
    </message>
    <message>
        <source>Sun, Mar 31, 2024</source>
        <translation></translation>
    </message>
    <message>
        <source>31-Mar-2024</source>
        <translation></translation>
    </message>
    <message>
        <source>20240331</source>
        <translation></translation>
    </message>
    <message>
        <source>2024-03 (month)</source>
        <translation></translation>
    </message>
    <message>
        <source>Excel serial number</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Dates look like:</source>
        <translation></translation>
    </message>
    <message>
        <source>1,234.5 (point)</source>
        <translation></translation>
    </message>
    <message>
        <source>1.234,5 or 1 234,5 (comma)</source>
        <translation></translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation></translation>
    </message>
    <message>
        <source>Times are in &amp;zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the mapping &amp;as:</source>
        <translation></translation>
    </message>
    <message>
        <source>Column</source>
        <translation></translation>
    </message>
    <message>
        <source>First values</source>
        <translation></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation></translation>
    </message>
    <message>
        <source>Written as</source>
        <translation></translation>
    </message>
    <message>
        <source>Columns and their meaning</source>
        <translation></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent with % (45.2%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fraction (0.452)</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent number (45.2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration (00:05:02, 5 min 2s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the column with the post&apos;s ID or link: it tells posts apart.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have fewer cells than the header (line(s) %1)</source>
        <translation>
            <numerusform>%n row has fewer cells than the header (line %1)</numerusform>
            <numerusform>%n rows have fewer cells than the header (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have more cells than the header (line(s) %1)</source>
        <translation>
            <numerusform>%n row has more cells than the header (line %1)</numerusform>
            <numerusform>%n rows have more cells than the header (lines %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Among the first rows, %1. Check that the header line is right; the import reports such rows instead of guessing which cell is which.</source>
        <translation></translation>
    </message>
    <message>
        <source> and </source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. source_medium, page, site</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::MatchReviewModel</name>
    <message>
        <source>Same permalink</source>
        <translation></translation>
    </message>
    <message>
        <source>Same link in the text</source>
        <translation></translation>
    </message>
    <message>
        <source>Same channel, time and text</source>
        <translation></translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>(no planned post)</source>
        <translation></translation>
    </message>
    <message>
        <source>Published</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned post</source>
        <translation></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::MeasurePage</name>
    <message>
        <source>Posts</source>
        <translation></translation>
    </message>
    <message>
        <source>Feed posts published in the range (stories are counted as story views).</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range, from each post&apos;s newest export.</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform counts views). Never a mean of per-post rates.</source>
        <translation></translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation></translation>
    </message>
    <message>
        <source>Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation></translation>
    </message>
    <message>
        <source>Mentions found on this network by the listening tools in the range.</source>
        <translation></translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions the web analytics attribute to this channel by the source/medium rules.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Website</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions of the whole site, from one breakdown (the time series when there is one).</source>
        <translation></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation></translation>
    </message>
    <message>
        <source>Users summed over the rows of the same breakdown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Bounce rate weighted by sessions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Σ exits ÷ Σ pageviews.</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram followers gained</source>
        <translation></translation>
    </message>
    <message>
        <source>Σ new followers ÷ calendar days of the range.</source>
        <translation></translation>
    </message>
    <message>
        <source>Story views</source>
        <translation></translation>
    </message>
    <message>
        <source>Σ views (or impressions) of the stories published in the range.</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram interactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range.</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits from Instagram</source>
        <translation></translation>
    </message>
    <message>
        <source>Sessions attributed to Instagram by the source/medium rules.</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation></translation>
    </message>
    <message>
        <source>Same period a year before</source>
        <translation></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Per &amp;Post</source>
        <translation></translation>
    </message>
    <message>
        <source>Series &amp;&amp; P&amp;illars</source>
        <translation></translation>
    </message>
    <message>
        <source>M&amp;entions</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram &amp;&amp; &amp;Web</source>
        <translation></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a workspace or the demo from the File menu, then drop the platforms&apos; exports on the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation></translation>
    </message>
    <message>
        <source>This month</source>
        <translation></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing measured yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Drop a platform export here (X, Meta Business Suite, YouTube, LinkedIn, Google Analytics, Matomo or a listening tool) and its figures appear in these views.</source>
        <translation></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation></translation>
    </message>
    <message>
        <source>All series</source>
        <translation></translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Post on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation></translation>
    </message>
    <message>
        <source>Views</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average length (m:ss) of a visit, weighted by sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length, from Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average length (m:ss) of the visits from Instagram, weighted by sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length, whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average length (m:ss) of all the site&apos;s visits, weighted by sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest 28 days of data (to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported figures cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet: add one in Settings ▸ Workspace ▸ Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this view&apos;s charts full screen, one at a time, after the figures on the Overview (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one of the charts shown to PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::MetricDefinitions</name>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed posts published in the range (stories are counted as story views).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ effective impressions (impressions, else views) of the posts published in the range that have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes, favourites and reactions of the posts published in the range, from each post&apos;s newest export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and replies of the posts published in the range, from each post&apos;s newest export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares plus retweets and reposts of the posts published in the range, from each post&apos;s newest export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes + comments + shares of the posts published in the range, from each post&apos;s newest export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ interactions ÷ Σ impressions over the posts that have impressions (views where the platform counts views). Never a mean of per-post rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ new followers of the days in the range, from the account exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ new followers in the range ÷ calendar days of the range; days an export left out count as zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ views (or impressions) of the stories published in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions found on this network by the listening tools in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network&apos;s mentions ÷ all mentions of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollows of the day, from the account exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile or page visits, from the account exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct accounts reached, as the platform counts them; it does not add up over days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the account&apos;s content was viewed where the platform counts views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the whole site, from one breakdown (the time series when there is one); for a channel, the sessions the source/medium rules attribute to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users summed over the rows of the same breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ page views of the same breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average length (m:ss) of a visit, weighted by sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate weighted by sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ exits ÷ Σ pageviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions the listening tools rated negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions the listening tools rated positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LHC Lab social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace and say where the team works: the calendar, the lists and the reports show times in that zone, and new series start in it. Both can be changed later under Settings ▸ Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file&apos;s name and this computer&apos;s time zone for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PartnerModel</name>
    <message>
        <source>Influencer</source>
        <translation></translation>
    </message>
    <message>
        <source>Lab or institute</source>
        <translation></translation>
    </message>
    <message>
        <source>Media</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Change Partner “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Partner “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Partner “%1”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::Person</name>
    <message>
        <source>Approver</source>
        <translation></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PersonModel</name>
    <message>
        <source>Writes posts and signs them off</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes and looks after posts and series</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Role of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Email of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Email</source>
        <translation></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads the plan and the figures, changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role the person signs in to a team workspace with (their system account for a workspace file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Login of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PillarMixWidget</name>
    <message>
        <source>%1: %2 of the plan, target %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 of the plan</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · target %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PillarModel</name>
    <message>
        <source>No target</source>
        <translation></translation>
    </message>
    <message>
        <source>The share of posts this pillar should have</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Colour of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Pillar “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Target of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>Target share</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Pillar “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Pillar “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Move Pillar “%1”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PlanCsv</name>
    <message>
        <source>none yet</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a plan column (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the “title” column is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no post with id “%1”; leave the id empty to add a new post</source>
        <translation></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a status (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no series “%1” (known: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a time zone (use an IANA name such as Europe/Zurich)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:00</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a date like 2017-01-19</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a local time like 2017-01-19T10:00</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not an occurrence of “%2” (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>an occurrence needs a series</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a channel of this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no %1 “%2” (known: %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>person</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a language code such as en or fr</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the plan could not be saved: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” names no channel of this workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>the post is not planned on %1; add it to “channels” or leave this cell empty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PlanModel</name>
    <message>
        <source>Empty slot</source>
        <translation></translation>
    </message>
    <message>
        <source>Missed slot</source>
        <translation></translation>
    </message>
    <message>
        <source>Empty slot: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Series</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engagement %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the newest exports:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PlanPage</name>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation></translation>
    </message>
    <message>
        <source>Include the &amp;other planned posts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous month or week (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to today (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation></translation>
    </message>
    <message>
        <source>Next month or week (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;Post…</source>
        <translation></translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export as i&amp;Calendar (.ics)…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import Plan from CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Drop Post</source>
        <translation></translation>
    </message>
    <message>
        <source>Series</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a workspace or the demo from the File menu to plan your posts.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>Not in a series</source>
        <translation></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ampaign</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit “%1”…</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace is open read-only; the plan cannot be changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is linked to imported posts, so it was dropped rather than deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Drop “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Move a “%1” slot to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Skip “%1” on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Write the Post for This Slot…</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;kip This Occurrence</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the &amp;Series…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add series “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” added: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete series “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the Plan as iCalendar</source>
        <translation></translation>
    </message>
    <message>
        <source>plan-%1.ics</source>
        <translation></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n event to “%1”.</numerusform>
            <numerusform>Exported %n events to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Plan as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>plan-%1.csv</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported the plan from %1 to %2 to “%3”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a Plan from CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s) added, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>%1: %n post added, %2 updated, %3 unchanged.</numerusform>
            <numerusform>%1: %n posts added, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs &amp;Attention Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the open slots, missed slots and pillar mix beside the calendar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar, the lists and the editors show times in the workspace&apos;s time zone, %1 (%2). A series kept in another zone shows its own time as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the plan, marked as dropped. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PlanReview</name>
    <message>
        <source>No pillar</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PlanService</name>
    <message>
        <source>There is already a series named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Platforms</name>
    <message>
        <source>X</source>
        <translation></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PostEditorDialog</name>
    <message>
        <source>&amp;Scheduled</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit Post</source>
        <translation></translation>
    </message>
    <message>
        <source>New Post</source>
        <translation></translation>
    </message>
    <message>
        <source>What is it about? (only the team sees this)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fills the “%1” slot of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, limit %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>Same as the text for all channels. Write here to adapt it for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The text of the post</source>
        <translation></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody yet; type a name to add someone</source>
        <translation></translation>
    </message>
    <message>
        <source>#ThrowbackThursday #physics</source>
        <translation></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation></translation>
    </message>
    <message>
        <source>English</source>
        <translation></translation>
    </message>
    <message>
        <source>French</source>
        <translation></translation>
    </message>
    <message>
        <source>German</source>
        <translation></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Post</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long</source>
        <translation>
            <numerusform>%n character too long</numerusform>
            <numerusform>%n characters too long</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (too long)</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the channels the post goes out on.</source>
        <translation></translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no channels yet: add them under Settings ▸ Workspace ▸ Channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation></translation>
    </message>
    <message>
        <source>Who signs the post off; people with the approver role (Settings ▸ Workspace ▸ People)</source>
        <translation></translation>
    </message>
    <message>
        <source>Appro&amp;ver:</source>
        <translation></translation>
    </message>
    <message>
        <source>A post goes out on a channel: add the team&apos;s channels under Settings ▸ Workspace ▸ Channels first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at least one channel the post goes out on.</source>
        <translation></translation>
    </message>
    <message>
        <source>You have written or changed things in this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approvers may approve posts; you sign in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the post as it is stored, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PostMetricsModel</name>
    <message>
        <source>Times the post was shown; views where the platform counts views instead</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes + comments + shares (retweets and reposts count as shares)</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions ÷ impressions of this post</source>
        <translation></translation>
    </message>
    <message>
        <source>Published</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Series</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PostRepository</name>
    <message>
        <source>“%1” was deleted by another editor since you opened it; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 since you opened it; nothing was overwritten and the current version is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::PostStatuses</name>
    <message>
        <source>Idea</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>In review</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation></translation>
    </message>
    <message>
        <source>Published</source>
        <translation></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::PresentationWindow</name>
    <message>
        <source>Beamline Presentation</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2 · arrows to move, Esc to leave</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to present in this range · Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Recurrence</name>
    <message>
        <source>first</source>
        <translation></translation>
    </message>
    <message>
        <source>second</source>
        <translation></translation>
    </message>
    <message>
        <source>third</source>
        <translation></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation></translation>
    </message>
    <message>
        <source>last</source>
        <translation></translation>
    </message>
    <message>
        <source>second-to-last</source>
        <translation></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the rule is empty; start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not NAME=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation></translation>
    </message>
    <message>
        <source>FREQ: “%1” is not DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number from 1</source>
        <translation></translation>
    </message>
    <message>
        <source>UNTIL: “%1” is not a date like 20171231 or 20171231T235959Z</source>
        <translation></translation>
    </message>
    <message>
        <source>BYDAY: “%1” is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally with an ordinal such as -1FR)</source>
        <translation></translation>
    </message>
    <message>
        <source>BYDAY: “%1” has an ordinal out of range</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: “%2” is not a list of numbers</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation></translation>
    </message>
    <message>
        <source>WKST: “%1” is not a weekday</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a recurrence rule part (FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS…)</source>
        <translation></translation>
    </message>
    <message>
        <source>FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)</source>
        <translation></translation>
    </message>
    <message>
        <source>COUNT and UNTIL cannot both be given</source>
        <translation></translation>
    </message>
    <message>
        <source>libical does not accept the rule “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>(not a valid rule)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the last day</source>
        <translation></translation>
    </message>
    <message>
        <source>day %1 from the end</source>
        <translation></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation></translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 weekday</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>On %1 of every month</source>
        <translation></translation>
    </message>
    <message>
        <source>On %1 of every %2 months</source>
        <translation></translation>
    </message>
    <message>
        <source>On the %1 of %2 every year</source>
        <translation></translation>
    </message>
    <message>
        <source>On %1 of %2 every year</source>
        <translation></translation>
    </message>
    <message>
        <source>Every year on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, every %1 years</source>
        <translation></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, once</source>
        <translation></translation>
    </message>
    <message>
        <source>, %1 times</source>
        <translation></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::ReportBuilder</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1, %2 %3%4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gained %2 followers a day against %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gained %2 followers a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits from %1 lasted %2 against %3 for the whole site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln post(s) of the period drew %1 interactions</source>
        <translation>
            <numerusform>The %Ln post of the period drew %1 interactions</numerusform>
            <numerusform>The %Ln posts of the period drew %1 interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 against the comparison period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s), %1 % of the rated ones positive and %2 % negative.</source>
        <translation>
            <numerusform>%Ln mention, %1 % of the rated ones positive and %2 % negative.</numerusform>
            <numerusform>%Ln mentions, %1 % of the rated ones positive and %2 % negative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s), none rated.</source>
        <translation>
            <numerusform>%Ln mention, not rated.</numerusform>
            <numerusform>%Ln mentions, none rated.</numerusform>
        </translation>
    </message>
    <message>
        <source>The top post, on %1, drew %2 interactions: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length, whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website visits from Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length from Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed posts of the period with interaction figures, by interactions, then by publish time; at most 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day on which a series published: the interactions of its posts that day on every channel, summed. The series&apos; median is the middle episode of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions per post (pillars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pillar&apos;s interactions ÷ its feed posts with interaction figures, rounded; its engagement rate is Σ interactions ÷ Σ impressions over its posts that have impressions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period: its last day may not come before its first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ReportWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Impact report · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Beamline on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed post(s) of the period belong to the campaign</source>
        <translation>
            <numerusform>%n feed post of the period belongs to the campaign</numerusform>
            <numerusform>%n feed posts of the period belong to the campaign</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure is defined on the Definitions page and comes from the imports listed on the Sources page; the figures are those of “beamline stats” for the same period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against %1: blue is better, orange is worse, grey is no change or a figure that is neither (posts are effort, not impact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events marked on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts with interaction figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series episodes against their median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series episodes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram and the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Instagram figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same definitions as the figures&apos; tooltips in Beamline and docs/metrics.md. Days are calendar days in the time zone %1; rates are shown as percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) whose period meets the report&apos;s (and its comparison&apos;s).</source>
        <translation>
            <numerusform>%n import whose period meets the report&apos;s (and its comparison&apos;s).</numerusform>
            <numerusform>%n imports whose period meets the report&apos;s (and its comparison&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::SeriesEditorDialog</name>
    <message>
        <source>the &amp;last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation></translation>
    </message>
    <message>
        <source>New Series</source>
        <translation></translation>
    </message>
    <message>
        <source>#ThrowbackThursday</source>
        <translation></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation></translation>
    </message>
    <message>
        <source>Every month, on a weekday</source>
        <translation></translation>
    </message>
    <message>
        <source>Every month, on a date</source>
        <translation></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation></translation>
    </message>
    <message>
        <source>every</source>
        <translation></translation>
    </message>
    <message>
        <source>on the</source>
        <translation></translation>
    </message>
    <message>
        <source>first</source>
        <translation></translation>
    </message>
    <message>
        <source>second</source>
        <translation></translation>
    </message>
    <message>
        <source>third</source>
        <translation></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation></translation>
    </message>
    <message>
        <source>last</source>
        <translation></translation>
    </message>
    <message>
        <source>on day</source>
        <translation></translation>
    </message>
    <message>
        <source>or</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the rule below (RFC 5545), e.g. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <translation></translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation></translation>
    </message>
    <message>
        <source> times</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;kip Date</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>#ThrowbackThursday #TBT</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation></translation>
    </message>
    <message>
        <source>Text new posts of the series start from</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;First time:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation></translation>
    </message>
    <message>
        <source>Skipped dates:</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hashtags:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation></translation>
    </message>
    <message>
        <source>Posts of the series</source>
        <translation></translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Series</source>
        <translation></translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The series needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source> (moved)</source>
        <translation></translation>
    </message>
    <message>
        <source>The rule gives no occurrence after the first time.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a valid rule yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet: add the team&apos;s channels under Settings ▸ Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pillars are set up under Settings ▸ Workspace ▸ Pillars.</source>
        <translation></translation>
    </message>
    <message>
        <source>The team is set up under Settings ▸ Workspace ▸ People.</source>
        <translation></translation>
    </message>
    <message>
        <source>this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median engagement rate of the channel&apos;s own posts published at that weekday and hour over the past 12 months, ranked among its hours with enough posts (Measure ▸ Timing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the series&apos; channels to see how its time ranks on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 ranks %3 of %4 hours (median %5 over %n post(s))</source>
        <translation>
            <numerusform>%1: %2 ranks %3 of %4 hours (median %5 over %n post)</numerusform>
            <numerusform>%1: %2 ranks %3 of %4 hours (median %5 over %n posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 has %n post(s) in the past year, too few to rank</source>
        <translation>
            <numerusform>%1: %2 has %n post in the past year, too few to rank</numerusform>
            <numerusform>%1: %2 has %n posts in the past year, too few to rank</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no post at %2 in the past year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::ServerLocation</name>
    <message>
        <source>“%1” is not a server address like postgresql://anna@db.example.org:5432/beamline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a password. Beamline never stores one: leave it out and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a connection setting Beamline passes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database: add it after the server, as in postgresql://anna@db.example.org/beamline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Services</name>
    <message>
        <source>The change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while reading the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::SetupChecklist</name>
    <message>
        <source>Set up your workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Three steps to plan and measure your posts. Everything can be changed later under Settings ▸ Workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels&lt;/b&gt;: the accounts you post on, such as X, Instagram and Facebook.</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;A series&lt;/b&gt;: a recurring post, such as #ThrowbackThursday every Thursday at 10:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Exports&lt;/b&gt;: the platforms&apos; CSV or Excel files, to measure what worked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Your Channels…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a Series…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Your Exports…</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide this list (Settings ▸ Workspace stays)</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide the setup list</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::SetupRules</name>
    <message>
        <source>A channel needs the handle or page ID its exports give, such as lhclab.</source>
        <translation></translation>
    </message>
    <message>
        <source>A handle has no spaces: “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A character limit is a number above zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already has a channel for “%2”: “%3”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>A target share is from 0 to 100 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already a pillar named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already someone named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>A campaign needs a first and a last day.</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The targets add up to %1 %, more than 100 %: lower some of them.</source>
        <translation></translation>
    </message>
    <message>
        <source>The targets add up to %1 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already signs in as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::SetupService</name>
    <message>
        <source>“%1” holds figures imported from %2, so its platform cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2 imported posts and %3 daily figures. Merge it into the channel it belongs with, or undo its imports under Data, before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::SpreadsheetMl</name>
    <message>
        <source>the workbook is damaged at line %1, column %2 of the file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row lies beyond row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds more than %2 characters; no export does, so the sheet was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this XML file is not an Excel workbook (its root is &lt;%1&gt;, not the Workbook of Excel 2003 XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::TaskRunner</name>
    <message>
        <source>An unexpected error stopped the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::TimeZoneCombo</name>
    <message>
        <source>Time zone (IANA name, for example Europe/Zurich)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::TimingModel</name>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: median engagement rate %2 over %n post(s)</source>
        <translation>
            <numerusform>%1: median engagement rate %2 over %n post</numerusform>
            <numerusform>%1: median engagement rate %2 over %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — too few posts to rank (fewer than %n)</source>
        <translation>
            <numerusform> — too few posts to rank (fewer than %n)</numerusform>
            <numerusform> — too few posts to rank (fewer than %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — rank %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:00–%2:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::TimingView</name>
    <message>
        <source>No published post of %1 with an engagement rate in this range: import its post export, or choose a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No hour of %1 has %n post(s) yet in this range: choose a longer range to rank its hours.</source>
        <translation>
            <numerusform>No hour of %1 has %n post yet in this range: choose a longer range to rank its hours.</numerusform>
            <numerusform>No hour of %1 has %n posts yet in this range: choose a longer range to rank its hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00 (%3, %n post(s))</source>
        <translation>
            <numerusform>%1 %2:00 (%3, %n post)</numerusform>
            <numerusform>%1 %2:00 (%3, %n posts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Best hours on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median engagement rate (%) of the posts published in each hour, times in %1. Grey: fewer than %n post(s), not ranked. The darker the cell, the better it ranks.</source>
        <translation>
            <numerusform>Median engagement rate (%) of the posts published in each hour, times in %1. Grey: fewer than %n post, not ranked. The darker the cell, the better it ranks.</numerusform>
            <numerusform>Median engagement rate (%) of the posts published in each hour, times in %1. Grey: fewer than %n posts, not ranked. The darker the cell, the better it ranks.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median engagement rate by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCommand</name>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCopier</name>
    <message>
        <source>%1.%2 holds “%3”, which the target&apos;s column cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two workspaces have different formats (%1 and %2); open each with this version of Beamline once, then copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two workspaces do not have the same tables (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 does not have the same columns in the two workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceCopy</name>
    <message>
        <source>“%1” holds tables that are not a Beamline workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 in the copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not have the source&apos;s rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the copy differ from the source&apos;s (stats from %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is both the source and the target; copy to another file or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already holds a workspace with data (%2); nothing was changed. Copy to a new file or an empty database, or add --replace to replace what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; “%1” was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed, and “%1” was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceOpener</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a Beamline workspace (it is not an SQLite database). The file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Beamline workspace. The file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is locked by another program. Close it there and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Beamline (workspace format %2; this version knows up to %3). It is open read-only so nothing in it can be lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not writable; it is open read-only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not copy “%1” aside before upgrading it; it was left as it was.</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace was upgraded from format %1 to %2. A copy of the old file was kept as “%3”.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” holds tables that are not a Beamline workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no Beamline workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Beamline workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read “%1” but not change it (your database role is a viewer&apos;s); it is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was upgraded from format %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is busy: another program holds its lock. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::WorkspaceSettingsDialog</name>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>File:</source>
        <translation></translation>
    </message>
    <message>
        <source>The name shows in the window&apos;s title and in exported calendars. The time zone is where the team works: the calendar, the lists and the reports show times in it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The platform&apos;s</source>
        <translation></translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the accounts your team posts on: X, Instagram, Facebook… Give each the handle or ID its exports use, so that imported figures land on it. Series and posts then offer these channels.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Channel…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation></translation>
    </message>
    <message>
        <source>The same account under two names (a page&apos;s ID and its handle): move everything of this channel onto the other</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1”; Undo brings it back with its links to posts and series.</source>
        <translation></translation>
    </message>
    <message>
        <source>The accounts the team posts on. Double-click a cell to change it; the order here is the order everywhere.</source>
        <translation></translation>
    </message>
    <message>
        <source>No target</source>
        <translation></translation>
    </message>
    <message>
        <source>No content pillars yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillars are the themes you post about, such as “Physics news” or “Behind the scenes”. Give each a target share of your posts, and the plan shows whether it keeps the balance.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1”; its posts and series keep their place without a pillar. Undo brings it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The themes of your posts and the share of posts each should have.</source>
        <translation></translation>
    </message>
    <message>
        <source>No one on the team yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation></translation>
    </message>
    <message>
        <source>New person</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1”; their series and posts now have no owner or assignee. Undo brings them back.</source>
        <translation></translation>
    </message>
    <message>
        <source>The team: editors write and look after posts and series; approvers also sign posts off.</source>
        <translation></translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation></translation>
    </message>
    <message>
        <source>A campaign gathers the posts of a period under a hashtag, with a goal and the partners who join in. Measure compares campaigns once their posts are imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1”; its posts stay, without a campaign. Undo brings it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add &amp;Partner</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove P&amp;artner</source>
        <translation></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaigns with their hashtag, dates and goal, and the partners who take part.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation></translation>
    </message>
    <message>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation></translation>
    </message>
    <message>
        <source>Partners of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a campaign to see its partners.</source>
        <translation></translation>
    </message>
    <message>
        <source>No partners yet: add the people, labs or media who join this campaign.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the Time Zone to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything of “%1” moves to the channel you choose: its imported posts and figures, and its place in posts and series. “%2” becomes another name of that channel, so later imports land there too.</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation></translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”. Undo separates them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Added the %1 channel “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the people who write posts (editors), who sign them off (approvers) and who only read (viewers). They become the owners of series, the assignees of posts and their approvers; on a team workspace each one&apos;s login is the database role they sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::Writer</name>
    <message>
        <source>The workspace is locked by another program; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be written: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approvers may approve posts, and the server refused the approval (your database role is not one of beamline_approvers). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change: your database role may only read this workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beamline::XlsxWorkbook</name>
    <message>
        <source>the worksheet cannot be read (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation></translation>
    </message>
    <message>
        <source>this is not an Excel workbook, or it is damaged (xl/workbook.xml is missing)</source>
        <translation></translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>the workbook&apos;s text table is damaged (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>the workbook has no sheet with data</source>
        <translation></translation>
    </message>
    <message>
        <source>the sheet “%1” cannot be read</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan a science lab&apos;s social-media series and measure their impact.

Headless commands (run &quot;beamline COMMAND --help&quot; for details):
%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a demo workspace with synthetic data in FILE and open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the light or dark theme, or follow the system.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown theme “%1”: use light, dark or system.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the demo workspace “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>No display is available, so the window was not opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>No display is available. Use a headless command (see --help) or set DISPLAY.</source>
        <translation></translation>
    </message>
    <message>
        <source>beamline: “%1” is not a command. Run “beamline --help” to see the commands.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a window of its own even when Beamline is already running, instead of handing the files to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A workspace to open, or exports (CSV, TSV, ZIP, XLS, XLSX, or folders of them) to preview for import into the open workspace. A running Beamline receives them instead of a new window opening.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the workspace FILE (created if missing), or a team workspace on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
