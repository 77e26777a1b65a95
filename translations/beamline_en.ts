<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Beamline::CommandSupport</name>
        <message>
            <source>The command.</source>
            <translation />
        </message>
        <message>
            <source>The workspace FILE.</source>
            <translation />
        </message>
        <message>
            <source>--db FILE is required.</source>
            <translation />
        </message>
        <message>
            <source>“%1” is read-only.</source>
            <translation />
        </message>
        <message>
            <source>Run “beamline %1 --help” for usage.</source>
            <translation />
        </message>
        <message>
            <source>Create the demo workspace, synthetic data modelled on a lab's #WhatsUpLHC campaign, in FILE. An existing demo workspace is kept; any other file is refused.</source>
            <translation />
        </message>
        <message>
            <source>The workspace file to create.</source>
            <translation />
        </message>
        <message>
            <source>Give exactly one FILE.</source>
            <translation />
        </message>
        <message>
            <source>Created the demo workspace “%1”.</source>
            <translation />
        </message>
        <message>
            <source>Describe a workspace: format, name and what it holds.</source>
            <translation />
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation />
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation />
        </message>
        <message>
            <source>File:      %1</source>
            <translation />
        </message>
        <message>
            <source>Format:    %1</source>
            <translation />
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::DataPage</name>
        <message>
            <source>Drop a platform export here</source>
            <translation />
        </message>
        <message>
            <source>CSV exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::Database</name>
        <message>
            <source>Could not open “%1”</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::DemoGenerator</name>
        <message>
            <source>Example Physics Lab — demo (synthetic data)</source>
            <translation />
        </message>
        <message>
            <source>A photo from the archives every Thursday.</source>
            <translation />
        </message>
        <message>
            <source>Lab closed between Christmas and New Year</source>
            <translation />
        </message>
        <message>
            <source>A close-up of an object from the lab; the answer follows on Friday.</source>
            <translation />
        </message>
        <message>
            <source>Moved after the Christmas break</source>
            <translation />
        </message>
        <message>
            <source>Recommend labs, people and projects worth following.</source>
            <translation />
        </message>
        <message>
            <source>Synthetic influencer for the demo</source>
            <translation />
        </message>
        <message>
            <source>Reach new audiences on Instagram with influencers and bring them to the website</source>
            <translation />
        </message>
        <message>
            <source>#WhatsUpLHC starts</source>
            <translation />
        </message>
        <message>
            <source>#WhatsUpLHC ends</source>
            <translation />
        </message>
        <message>
            <source>Press release: new results at ICHEP</source>
            <translation />
        </message>
        <message>
            <source>Press release: antimatter spectrum</source>
            <translation />
        </message>
        <message>
            <source>Demo data (synthetic)</source>
            <translation />
        </message>
        <message>
            <source>Guess What It Is: %1</source>
            <translation />
        </message>
        <message>
            <source>Guess What It Is: holiday edition</source>
            <translation />
        </message>
        <message>
            <source>Meet %1</source>
            <translation />
        </message>
        <message>
            <source>Video: a tour of the control room</source>
            <translation />
        </message>
        <message>
            <source>#WhatsUpLHC with %1</source>
            <translation />
        </message>
        <message>
            <source>Ask followers what they would name the new magnet</source>
            <translation />
        </message>
        <message>
            <source>Time-lapse of the cavern cleaning</source>
            <translation />
        </message>
        <message>
            <source>Explainer: what is a bunch crossing?</source>
            <translation />
        </message>
        <message>
            <source>“%1” already exists and is not a demo workspace; choose another file name for the demo.</source>
            <translation />
        </message>
        <message>
            <source>“%1” cannot be written.</source>
            <translation />
        </message>
        <message>
            <source>Could not write the demo workspace: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::HeadlessCommands</name>
        <message>
            <source>Create the demo workspace (synthetic data) in a file.</source>
            <translation />
        </message>
        <message>
            <source>Describe a workspace: format, name, what it holds.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::MainWindow</name>
        <message>
            <source>Sections</source>
            <translation />
        </message>
        <message>
            <source>&amp;File</source>
            <translation />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation />
        </message>
        <message>
            <source>&amp;View</source>
            <translation />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation />
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation />
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation />
        </message>
        <message>
            <source>Create an empty workspace file</source>
            <translation />
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation />
        </message>
        <message>
            <source>Open a workspace file</source>
            <translation />
        </message>
        <message>
            <source>Open &amp;Demo Workspace</source>
            <translation />
        </message>
        <message>
            <source>Open a workspace with synthetic data modelled on a lab's campaign</source>
            <translation />
        </message>
        <message>
            <source>&amp;Import Exports…</source>
            <translation />
        </message>
        <message>
            <source>Import CSV exports from X, Meta, YouTube, LinkedIn, Google Analytics, Matomo and listening tools</source>
            <translation />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation />
        </message>
        <message>
            <source>Plan</source>
            <translation />
        </message>
        <message>
            <source>Measure</source>
            <translation />
        </message>
        <message>
            <source>Data</source>
            <translation />
        </message>
        <message>
            <source>Series, calendar and the posts to come</source>
            <translation />
        </message>
        <message>
            <source>Impact of posts, series and campaigns</source>
            <translation />
        </message>
        <message>
            <source>Imported exports and their history</source>
            <translation />
        </message>
        <message>
            <source>Follow the &amp;System</source>
            <translation />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation />
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation />
        </message>
        <message>
            <source>&amp;About Beamline</source>
            <translation />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation />
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation />
        </message>
        <message>
            <source>Read-only</source>
            <translation />
        </message>
        <message>
            <source>No workspace open</source>
            <translation />
        </message>
        <message>
            <source>New Workspace</source>
            <translation />
        </message>
        <message>
            <source>workspace.beamline</source>
            <translation />
        </message>
        <message>
            <source>Beamline workspaces (*.beamline);;All files (*)</source>
            <translation />
        </message>
        <message>
            <source>“%1” already exists; it was opened instead of being replaced.</source>
            <translation />
        </message>
        <message>
            <source>Open Workspace</source>
            <translation />
        </message>
        <message>
            <source>Welcome to Beamline. This demo workspace holds synthetic data modelled on a lab's #WhatsUpLHC campaign, so you can explore planning and measuring right away.</source>
            <translation />
        </message>
        <message>
            <source>Start My Own Workspace</source>
            <translation />
        </message>
        <message>
            <source>Import Exports</source>
            <translation />
        </message>
        <message>
            <source>Exports (*.csv *.tsv *.txt *.zip *.xls);;All files (*)</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n file(s) dropped. Importing exports is not available in this version yet.</source>
            <translation>
                <numerusform>%n file dropped. Importing exports is not available in this version yet.</numerusform>
                <numerusform>%n files dropped. Importing exports is not available in this version yet.</numerusform>
            </translation>
        </message>
        <message>
            <source>About Beamline</source>
            <translation />
        </message>
        <message>
            <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab's social-media series on a calendar and measure their impact from the platforms' exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::MeasurePage</name>
        <message>
            <source>Measure</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n published post(s) with metrics.</source>
            <translation>
                <numerusform>%n published post with metrics.</numerusform>
                <numerusform>%n published posts with metrics.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation />
        </message>
        <message>
            <source>Close message</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::PlanPage</name>
        <message>
            <source>Plan</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n recurring series in this workspace.</source>
            <translation>
                <numerusform>%n recurring series in this workspace.</numerusform>
                <numerusform>%n recurring series in this workspace.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::Platforms</name>
        <message>
            <source>X</source>
            <translation />
        </message>
        <message>
            <source>Facebook</source>
            <translation />
        </message>
        <message>
            <source>Instagram</source>
            <translation />
        </message>
        <message>
            <source>LinkedIn</source>
            <translation />
        </message>
        <message>
            <source>YouTube</source>
            <translation />
        </message>
        <message>
            <source>Other</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::PostStatuses</name>
        <message>
            <source>Idea</source>
            <translation />
        </message>
        <message>
            <source>Draft</source>
            <translation />
        </message>
        <message>
            <source>In review</source>
            <translation />
        </message>
        <message>
            <source>Approved</source>
            <translation />
        </message>
        <message>
            <source>Scheduled</source>
            <translation />
        </message>
        <message>
            <source>Published</source>
            <translation />
        </message>
        <message>
            <source>Dropped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::WorkspaceOpener</name>
        <message>
            <source>“%1” is a folder, not a workspace file.</source>
            <translation />
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation />
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation />
        </message>
        <message>
            <source>“%1” is not a Beamline workspace (it is not an SQLite database). The file was not changed.</source>
            <translation />
        </message>
        <message>
            <source>Could not create the folder “%1”.</source>
            <translation />
        </message>
        <message>
            <source>“%1” is an SQLite database, but not a Beamline workspace. The file was not changed.</source>
            <translation />
        </message>
        <message>
            <source>“%1” is locked by another program. Close it there and try again.</source>
            <translation />
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation />
        </message>
        <message>
            <source>“%1” was saved by a newer version of Beamline (workspace format %2; this version knows up to %3). It is open read-only so nothing in it can be lost.</source>
            <translation />
        </message>
        <message>
            <source>“%1” is not writable; it is open read-only.</source>
            <translation />
        </message>
        <message>
            <source>Could not copy “%1” aside before upgrading it; it was left as it was.</source>
            <translation />
        </message>
        <message>
            <source>The workspace was upgraded from format %1 to %2. A copy of the old file was kept as “%3”.</source>
            <translation />
        </message>
        <message>
            <source>“%1” could not be opened: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Plan a science lab's social-media series and measure their impact.

Headless commands (run "beamline COMMAND --help" for details):
%1</source>
            <translation />
        </message>
        <message>
            <source>Open the workspace FILE (created if missing).</source>
            <translation />
        </message>
        <message>
            <source>Create a demo workspace with synthetic data in FILE and open it.</source>
            <translation />
        </message>
        <message>
            <source>Use the light or dark theme, or follow the system.</source>
            <translation />
        </message>
        <message>
            <source>Unknown theme “%1”: use light, dark or system.</source>
            <translation />
        </message>
        <message>
            <source>Created the demo workspace “%1”.</source>
            <translation />
        </message>
        <message>
            <source>No display is available, so the window was not opened.</source>
            <translation />
        </message>
        <message>
            <source>No display is available. Use a headless command (see --help) or set DISPLAY.</source>
            <translation />
        </message>
    </context>
</TS>
