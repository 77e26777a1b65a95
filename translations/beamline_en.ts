<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Beamline</name>
        <message>
            <source>required column(s) missing: %1</source>
            <translation />
        </message>
        <message>
            <source>the post ids were turned into rounded numbers (%1) by a spreadsheet, so posts cannot be told apart: download the export again from Meta Business Suite and import it without opening it in Excel</source>
            <translation />
        </message>
        <message>
            <source>the totals row says %1 sessions but the rows add up to %2 (the report may be sampled or cut off)</source>
            <translation />
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>the daily table adds up to %1 sessions but the report's total is %2</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation />
        </message>
    </context>
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
        <message>
            <source>Import platform exports (CSV, ZIP, XLS) into a workspace. Each file is one transaction: a file with an error changes nothing. Importing the same file twice changes nothing.</source>
            <translation />
        </message>
        <message>
            <source>Read every file as this format (see --list-formats) or a saved mapping's name, instead of detecting it.</source>
            <translation />
        </message>
        <message>
            <source>Zone of exports that give local times without one (default: the workspace's).</source>
            <translation />
        </message>
        <message>
            <source>Print a JSON array, one object per file, and nothing else.</source>
            <translation />
        </message>
        <message>
            <source>Read and count only; write nothing.</source>
            <translation />
        </message>
        <message>
            <source>List the formats Beamline recognises and exit.</source>
            <translation />
        </message>
        <message>
            <source>Export files or folders.</source>
            <translation />
        </message>
        <message>
            <source>Give at least one file to import.</source>
            <translation />
        </message>
        <message>
            <source>Unknown time zone “%1”; use an IANA name such as Europe/Zurich.</source>
            <translation />
        </message>
        <message>
            <source>%1: %2, %3 added, %4 updated, %5 unchanged, %6 skipped</source>
            <translation />
        </message>
        <message>
            <source>nothing to import</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::CsvReader</name>
        <message>
            <source>this is not a text file (it looks like binary data); export the report as CSV</source>
            <translation />
        </message>
        <message>
            <source>the file is not valid UTF-8 and was read as Windows-1252 (probably re-saved in Excel); check accented letters and emoji</source>
            <translation />
        </message>
        <message>
            <source>some bytes are not valid in the file's encoding and were replaced</source>
            <translation />
        </message>
        <message>
            <source>unterminated quoted field (the file ends inside quotes; it may be truncated)</source>
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
            <source>&amp;Undo Import…</source>
            <translation />
        </message>
        <message>
            <source>&amp;Confirm Link</source>
            <translation />
        </message>
        <message>
            <source>&amp;Remove Link</source>
            <translation />
        </message>
        <message>
            <source>&amp;Delete Mapping</source>
            <translation />
        </message>
        <message>
            <source>Import Exports…</source>
            <translation />
        </message>
        <message>
            <source>CSV exports of X, Facebook and Instagram (Meta Business Suite), YouTube, LinkedIn, Google Analytics, Matomo and listening tools. Drop files or folders anywhere on the window.</source>
            <translation />
        </message>
        <message>
            <source>Import history</source>
            <translation />
        </message>
        <message>
            <source>Import details</source>
            <translation />
        </message>
        <message>
            <source>Import &amp;History</source>
            <translation />
        </message>
        <message>
            <source>Imported posts are linked to planned posts by permalink, by a shared link, or by channel, time and text. Confirm the links that are right; remove the others.</source>
            <translation />
        </message>
        <message>
            <source>Links between imported and planned posts</source>
            <translation />
        </message>
        <message>
            <source>Links to the &amp;Plan</source>
            <translation />
        </message>
        <message>
            <source>Column mappings saved for files Beamline does not know. A file with the same columns is read with its mapping automatically.</source>
            <translation />
        </message>
        <message>
            <source>Saved &amp;Mappings</source>
            <translation />
        </message>
        <message>
            <source>Links to the &amp;Plan (%1)</source>
            <translation />
        </message>
        <message>
            <source>Select an import to see its details.</source>
            <translation />
        </message>
        <message>
            <source>Format</source>
            <translation />
        </message>
        <message>
            <source>From</source>
            <translation />
        </message>
        <message>
            <source>Imported</source>
            <translation />
        </message>
        <message>
            <source>Period</source>
            <translation />
        </message>
        <message>
            <source>%1 to %2</source>
            <translation />
        </message>
        <message>
            <source>Exported</source>
            <translation />
        </message>
        <message>
            <source>Rows</source>
            <translation />
        </message>
        <message>
            <source>%1 read: %2 added, %3 updated, %4 unchanged, %5 skipped</source>
            <translation />
        </message>
        <message>
            <source>Encoding</source>
            <translation />
        </message>
        <message>
            <source>SHA-256</source>
            <translation />
        </message>
        <message>
            <source>Warnings</source>
            <translation />
        </message>
        <message>
            <source>Columns and what they were stored as</source>
            <translation />
        </message>
        <message>
            <source>(not used)</source>
            <translation />
        </message>
        <message>
            <source>Undo Import</source>
            <translation />
        </message>
        <message>
            <source>Undo the import of “%1”?

The %2 rows it added are removed and the %3 values it replaced come back. You can import the file again later.</source>
            <translation />
        </message>
        <message>
            <source>The import of “%1” was undone.</source>
            <translation />
        </message>
        <message>
            <source>The import could not be undone; nothing was changed: %1</source>
            <translation />
        </message>
        <message>
            <source>The mapping “%1” was deleted; files with its columns will be asked about again.</source>
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
        <name>Beamline::FacebookInsightsLegacy</name>
        <message>
            <source>Facebook Page Insights: posts (legacy)</source>
            <translation />
        </message>
        <message>
            <source>no Page Insights header found</source>
            <translation />
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a time like 01/19/2017 09:03:47 AM; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::GoogleAnalytics4</name>
        <message>
            <source>Google Analytics 4 report</source>
            <translation />
        </message>
        <message>
            <source>the start and end dates (# Start date: / # End date:) are missing from the report's header block</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::GoogleAnalyticsUniversal</name>
        <message>
            <source>Google Analytics (Universal Analytics) report</source>
            <translation />
        </message>
        <message>
            <source>the date range line (# YYYYMMDD-YYYYMMDD) is missing from the report's header block</source>
            <translation />
        </message>
        <message>
            <source>the report has no table</source>
            <translation />
        </message>
        <message>
            <source>the sessions-by-hour table was not imported (Beamline keeps days)</source>
            <translation />
        </message>
        <message>
            <source>an unknown second table starting with “%1” was not imported</source>
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
        <message>
            <source>Import platform exports (CSV, ZIP, XLS) into a workspace.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::ImportContext</name>
        <message>
            <source>expected %1 fields, found %2; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>column %1 (“%2”): “%3” is not a number; left empty</source>
            <translation />
        </message>
        <message>
            <source>column %1 (“%2”): “%3” could not be read; left empty</source>
            <translation />
        </message>
        <message>
            <source>line %1: %2</source>
            <translation />
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
            <translation />
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
            <source>Cancel</source>
            <translation />
        </message>
        <message>
            <source>Import</source>
            <translation />
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
            <translation />
        </message>
        <message numerus="yes">
            <source> (%n file(s) in all)</source>
            <translation>
                <numerusform> (%n file in all)</numerusform>
                <numerusform> (%n files in all)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n file(s): </source>
            <translation>
                <numerusform>Imported %n file: </numerusform>
                <numerusform>Imported %n files: </numerusform>
            </translation>
        </message>
        <message>
            <source>%1 rows added, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation />
        </message>
        <message>
            <source>The import was cancelled; the file being read was left out entirely.</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported and changed nothing:</source>
            <translation>
                <numerusform>%n file could not be imported and changed nothing:</numerusform>
                <numerusform>%n files could not be imported and changed nothing:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Beamline::ImportFormats</name>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::ImportHistoryModel</name>
        <message>
            <source>Demo data</source>
            <translation />
        </message>
        <message>
            <source>Mapping “%1”</source>
            <translation />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation />
        </message>
        <message>
            <source>Undone %1</source>
            <translation />
        </message>
        <message>
            <source>Imported</source>
            <translation />
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
            <translation />
        </message>
        <message>
            <source>Format</source>
            <translation />
        </message>
        <message>
            <source>Period</source>
            <translation />
        </message>
        <message>
            <source>Added</source>
            <translation />
        </message>
        <message>
            <source>Updated</source>
            <translation />
        </message>
        <message>
            <source>Unchanged</source>
            <translation />
        </message>
        <message>
            <source>Skipped</source>
            <translation />
        </message>
        <message>
            <source>Status</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::ImportPreviewDialog</name>
        <message>
            <source>&amp;Map Columns…</source>
            <translation />
        </message>
        <message>
            <source>Import Exports</source>
            <translation />
        </message>
        <message>
            <source>Check what Beamline found before anything is written. Unchecked files are left out.</source>
            <translation />
        </message>
        <message>
            <source>File</source>
            <translation />
        </message>
        <message>
            <source>Detected as</source>
            <translation />
        </message>
        <message>
            <source>Period</source>
            <translation />
        </message>
        <message>
            <source>Rows</source>
            <translation />
        </message>
        <message>
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <source>Files to import</source>
            <translation />
        </message>
        <message>
            <source>Unknown format</source>
            <translation />
        </message>
        <message>
            <source>Cannot be read</source>
            <translation />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation />
        </message>
        <message>
            <source>Already imported; importing it again changes nothing</source>
            <translation />
        </message>
        <message>
            <source>Accounts: %1</source>
            <translation />
        </message>
        <message numerus="yes">
            <source>%n row(s) will be skipped</source>
            <translation>
                <numerusform>%n row will be skipped</numerusform>
                <numerusform>%n rows will be skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message>
            <source>Local times without a zone (Meta, listening tools) are in:</source>
            <translation />
        </message>
        <message>
            <source>Tell Beamline what each column of an unknown file means; the mapping is saved for next time</source>
            <translation />
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
            <translation />
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
    </context>
    <context>
        <name>Beamline::ImportSource</name>
        <message>
            <source>the file does not exist</source>
            <translation />
        </message>
        <message>
            <source>this is a folder; drop the files inside it instead</source>
            <translation />
        </message>
        <message>
            <source>the file cannot be read: %1</source>
            <translation />
        </message>
        <message>
            <source>this is an .xlsx/.ods workbook, which Beamline cannot read yet: open it in a spreadsheet and save each sheet as CSV (UTF-8), then import the CSV files</source>
            <translation />
        </message>
        <message>
            <source>the ZIP archive cannot be opened (it may be damaged or incomplete)</source>
            <translation />
        </message>
        <message>
            <source>the ZIP archive holds no CSV file</source>
            <translation />
        </message>
        <message>
            <source>this legacy Excel workbook cannot be read (it may be damaged or protected): open it in a spreadsheet and save each sheet as CSV (UTF-8), then import the CSV files</source>
            <translation />
        </message>
        <message>
            <source>the workbook has no sheet with data</source>
            <translation />
        </message>
        <message>
            <source>“%1” cannot be found in the archive</source>
            <translation />
        </message>
        <message>
            <source>“%1” cannot be read from the archive</source>
            <translation />
        </message>
        <message>
            <source>the sheet “%1” cannot be read</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::Importer</name>
        <message>
            <source>%1: the file is empty; there is nothing to import</source>
            <translation />
        </message>
        <message>
            <source>%1: the import was cancelled; nothing was changed</source>
            <translation />
        </message>
        <message>
            <source>%1: already imported on %2; nothing changed</source>
            <translation />
        </message>
        <message>
            <source>%1: Matomo exported an empty report (“No data available”); there is nothing to import</source>
            <translation />
        </message>
        <message>
            <source>%1: the file has no rows; there is nothing to import</source>
            <translation />
        </message>
        <message>
            <source>unknown format “%1”</source>
            <translation />
        </message>
        <message>
            <source>this export is not one Beamline recognises (its first columns are: %1); map its columns in the import dialog, or pass --format</source>
            <translation />
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
            <translation />
        </message>
        <message>
            <source>%1 of %2 rows could not be read, so nothing was imported; the first problems: %3</source>
            <translation />
        </message>
        <message>
            <source>no data rows</source>
            <translation />
        </message>
        <message>
            <source>the workspace is locked by another program; nothing was imported</source>
            <translation />
        </message>
        <message>
            <source>the workspace could not be written (%1); nothing was imported</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::LinkedInDaily</name>
        <message>
            <source>LinkedIn Page: metrics by day</source>
            <translation />
        </message>
        <message>
            <source>LinkedIn Page: new followers by day</source>
            <translation />
        </message>
        <message>
            <source>no LinkedIn daily header found</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>New followers</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::LinkedInPosts</name>
        <message>
            <source>LinkedIn Page: posts</source>
            <translation />
        </message>
        <message>
            <source>no LinkedIn posts header found</source>
            <translation />
        </message>
        <message>
            <source>required column(s) missing: %1</source>
            <translation />
        </message>
        <message>
            <source>no post link; the row was skipped</source>
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
        <message>
            <source>About Beamline</source>
            <translation />
        </message>
        <message>
            <source>&lt;h3&gt;Beamline %1&lt;/h3&gt;&lt;p&gt;Plan a science lab's social-media series on a calendar and measure their impact from the platforms' exports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation />
        </message>
        <message>
            <source>Show Charts</source>
            <translation />
        </message>
        <message>
            <source>Show History</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::MappingDialog</name>
        <message>
            <source>Post ID</source>
            <translation />
        </message>
        <message>
            <source>Publish date and time</source>
            <translation />
        </message>
        <message>
            <source>Post text</source>
            <translation />
        </message>
        <message>
            <source>Link to the post</source>
            <translation />
        </message>
        <message>
            <source>Post type</source>
            <translation />
        </message>
        <message>
            <source>Date</source>
            <translation />
        </message>
        <message>
            <source>Dimension (source, page…)</source>
            <translation />
        </message>
        <message>
            <source>Second dimension</source>
            <translation />
        </message>
        <message>
            <source>Date and time</source>
            <translation />
        </message>
        <message>
            <source>Mention ID</source>
            <translation />
        </message>
        <message>
            <source>Link</source>
            <translation />
        </message>
        <message>
            <source>Domain</source>
            <translation />
        </message>
        <message>
            <source>Network or source</source>
            <translation />
        </message>
        <message>
            <source>Author</source>
            <translation />
        </message>
        <message>
            <source>Text</source>
            <translation />
        </message>
        <message>
            <source>Reach</source>
            <translation />
        </message>
        <message>
            <source>Engagement</source>
            <translation />
        </message>
        <message>
            <source>Sentiment</source>
            <translation />
        </message>
        <message>
            <source>Impressions</source>
            <translation />
        </message>
        <message>
            <source>Views</source>
            <translation />
        </message>
        <message>
            <source>Likes / reactions</source>
            <translation />
        </message>
        <message>
            <source>Comments / replies</source>
            <translation />
        </message>
        <message>
            <source>Shares / reposts</source>
            <translation />
        </message>
        <message>
            <source>Saves / bookmarks</source>
            <translation />
        </message>
        <message>
            <source>Link clicks</source>
            <translation />
        </message>
        <message>
            <source>Follows from the post</source>
            <translation />
        </message>
        <message>
            <source>Video views</source>
            <translation />
        </message>
        <message>
            <source>Watch time</source>
            <translation />
        </message>
        <message>
            <source>Engagements (as the platform counts them)</source>
            <translation />
        </message>
        <message>
            <source>Profile visits</source>
            <translation />
        </message>
        <message>
            <source>Followers gained</source>
            <translation />
        </message>
        <message>
            <source>Followers lost</source>
            <translation />
        </message>
        <message>
            <source>Story views</source>
            <translation />
        </message>
        <message>
            <source>Sessions / visits</source>
            <translation />
        </message>
        <message>
            <source>Users</source>
            <translation />
        </message>
        <message>
            <source>New users</source>
            <translation />
        </message>
        <message>
            <source>Bounce rate</source>
            <translation />
        </message>
        <message>
            <source>Average session duration</source>
            <translation />
        </message>
        <message>
            <source>Pageviews</source>
            <translation />
        </message>
        <message>
            <source>Unique pageviews</source>
            <translation />
        </message>
        <message>
            <source>Average time on page</source>
            <translation />
        </message>
        <message>
            <source>Entrances</source>
            <translation />
        </message>
        <message>
            <source>Exits</source>
            <translation />
        </message>
        <message>
            <source>Exit rate</source>
            <translation />
        </message>
        <message>
            <source>Engaged sessions</source>
            <translation />
        </message>
        <message>
            <source>Conversions / key events</source>
            <translation />
        </message>
        <message>
            <source>Actions / events</source>
            <translation />
        </message>
        <message>
            <source>Map the Columns of “%1”</source>
            <translation />
        </message>
        <message>
            <source>Say what each column means. Beamline saves this as a mapping and uses it for every file with the same columns.</source>
            <translation />
        </message>
        <message>
            <source>&amp;Header is on line:</source>
            <translation />
        </message>
        <message>
            <source>Posts with their metrics</source>
            <translation />
        </message>
        <message>
            <source>Account metrics by day</source>
            <translation />
        </message>
        <message>
            <source>Web traffic</source>
            <translation />
        </message>
        <message>
            <source>Mentions</source>
            <translation />
        </message>
        <message>
            <source>The file &amp;holds:</source>
            <translation />
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation />
        </message>
        <message>
            <source>the lab's main account</source>
            <translation />
        </message>
        <message>
            <source>&amp;Account handle:</source>
            <translation />
        </message>
        <message>
            <source>e.g. source_medium, page, timeseries</source>
            <translation />
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation />
        </message>
        <message>
            <source>2024-03-31 (ISO)</source>
            <translation />
        </message>
        <message>
            <source>03/31/2024 (month first)</source>
            <translation />
        </message>
        <message>
            <source>31/03/2024 (day first)</source>
            <translation />
        </message>
        <message>
            <source>31.03.2024</source>
            <translation />
        </message>
        <message>
            <source>Mar 31, 2024</source>
            <translation />
        </message>
        <message>
            <source>Sun, Mar 31, 2024</source>
            <translation />
        </message>
        <message>
            <source>31-Mar-2024</source>
            <translation />
        </message>
        <message>
            <source>20240331</source>
            <translation />
        </message>
        <message>
            <source>2024-03 (month)</source>
            <translation />
        </message>
        <message>
            <source>Excel serial number</source>
            <translation />
        </message>
        <message>
            <source>&amp;Dates look like:</source>
            <translation />
        </message>
        <message>
            <source>1,234.5 (point)</source>
            <translation />
        </message>
        <message>
            <source>1.234,5 or 1 234,5 (comma)</source>
            <translation />
        </message>
        <message>
            <source>Decimal &amp;separator:</source>
            <translation />
        </message>
        <message>
            <source>Times are in &amp;zone:</source>
            <translation />
        </message>
        <message>
            <source>Save the mapping &amp;as:</source>
            <translation />
        </message>
        <message>
            <source>Column</source>
            <translation />
        </message>
        <message>
            <source>First values</source>
            <translation />
        </message>
        <message>
            <source>Meaning</source>
            <translation />
        </message>
        <message>
            <source>Written as</source>
            <translation />
        </message>
        <message>
            <source>Columns and their meaning</source>
            <translation />
        </message>
        <message>
            <source>First rows of the file</source>
            <translation />
        </message>
        <message>
            <source>&amp;Save Mapping</source>
            <translation />
        </message>
        <message>
            <source>(not used)</source>
            <translation />
        </message>
        <message>
            <source>Number</source>
            <translation />
        </message>
        <message>
            <source>Percent with % (45.2%)</source>
            <translation />
        </message>
        <message>
            <source>Fraction (0.452)</source>
            <translation />
        </message>
        <message>
            <source>Percent number (45.2)</source>
            <translation />
        </message>
        <message>
            <source>Duration (00:05:02, 5 min 2s)</source>
            <translation />
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation />
        </message>
        <message>
            <source>Choose the column with the post's ID or link: it tells posts apart.</source>
            <translation />
        </message>
        <message>
            <source>Choose the date column.</source>
            <translation />
        </message>
        <message>
            <source>The mapping could not be saved: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::MatchReviewModel</name>
        <message>
            <source>Same permalink</source>
            <translation />
        </message>
        <message>
            <source>Same link in the text</source>
            <translation />
        </message>
        <message>
            <source>Same channel, time and text</source>
            <translation />
        </message>
        <message>
            <source>Chosen by hand</source>
            <translation />
        </message>
        <message>
            <source>(no planned post)</source>
            <translation />
        </message>
        <message>
            <source>Published</source>
            <translation />
        </message>
        <message>
            <source>Channel</source>
            <translation />
        </message>
        <message>
            <source>Text</source>
            <translation />
        </message>
        <message>
            <source>Planned post</source>
            <translation />
        </message>
        <message>
            <source>Found by</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::Matomo</name>
        <message>
            <source>Matomo report</source>
            <translation />
        </message>
        <message>
            <source>the report is empty</source>
            <translation />
        </message>
        <message>
            <source>the report's period is not in its file name; keep Matomo's name (“Export _ Referrers _ 2017.csv”) or export it with the date as a column</source>
            <translation />
        </message>
        <message>
            <source>column 1: “%1” is not a period; the row was skipped</source>
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
        <name>Beamline::Mentions</name>
        <message>
            <source>Brandwatch mentions</source>
            <translation />
        </message>
        <message>
            <source>Meltwater mentions</source>
            <translation />
        </message>
        <message>
            <source>no mentions header found</source>
            <translation />
        </message>
        <message>
            <source>required column(s) missing: %1</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a date; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>unknown sentiment “%1”; left empty</source>
            <translation />
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
        <name>Beamline::MetaDaily</name>
        <message>
            <source>Meta Business Suite: daily metric</source>
            <translation />
        </message>
        <message>
            <source>no "Date","Primary" table found</source>
            <translation />
        </message>
        <message>
            <source>the metric “%1” does not say which platform it is for; it was stored for %2</source>
            <translation />
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::MetaPosts</name>
        <message>
            <source>Meta Business Suite: Instagram posts</source>
            <translation />
        </message>
        <message>
            <source>Meta Business Suite: Facebook posts</source>
            <translation />
        </message>
        <message>
            <source>no Meta post export header found</source>
            <translation />
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a publish time like 01/30/2026 10:00; the row was skipped</source>
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
        <name>Beamline::ProfileFormat</name>
        <message>
            <source>Saved mapping “%1”</source>
            <translation />
        </message>
        <message>
            <source>the header the mapping “%1” was made for is not in this file</source>
            <translation />
        </message>
        <message>
            <source>the ids were turned into rounded numbers by a spreadsheet (%1)</source>
            <translation />
        </message>
        <message>
            <source>no post id or link; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” does not match the chosen date format</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” does not match the chosen date format; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::TimeZoneCombo</name>
        <message>
            <source>Time zone (IANA name, for example Europe/Zurich)</source>
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
        <name>Beamline::XAccountContent</name>
        <message>
            <source>X account analytics: posts</source>
            <translation />
        </message>
        <message>
            <source>no X account analytics header found</source>
            <translation />
        </message>
        <message>
            <source>the post ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
            <translation />
        </message>
        <message>
            <source>no post id; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>the post id's time (%1) does not fall on its Date (%2)</source>
            <translation />
        </message>
        <message>
            <source>neither the id nor the Date gives the post's day; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::XAccountOverview</name>
        <message>
            <source>X account analytics: overview by day</source>
            <translation />
        </message>
        <message>
            <source>no X overview header found</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::XTweetActivity</name>
        <message>
            <source>X tweet activity (legacy analytics)</source>
            <translation />
        </message>
        <message>
            <source>no tweet activity header found</source>
            <translation />
        </message>
        <message>
            <source>the tweet ids were turned into rounded numbers (%1) by a spreadsheet: download the export again and import it without opening it in Excel</source>
            <translation />
        </message>
        <message>
            <source>no tweet id; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>column %1: “%2” is not a time like 2017-01-31 10:00 +0000; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::XVideoOverview</name>
        <message>
            <source>X account analytics: video overview</source>
            <translation />
        </message>
        <message>
            <source>no video overview header found</source>
            <translation />
        </message>
        <message>
            <source>the video's post link does not name a post; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::YouTubeDaily</name>
        <message>
            <source>YouTube Studio: views by day</source>
            <translation />
        </message>
        <message>
            <source>the file is empty</source>
            <translation />
        </message>
        <message>
            <source>column 1: “%1” is not a date; the row was skipped</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Beamline::YouTubeTable</name>
        <message>
            <source>YouTube Studio: videos (table data)</source>
            <translation />
        </message>
        <message>
            <source>no YouTube table header found</source>
            <translation />
        </message>
        <message>
            <source>no video id; the row was skipped</source>
            <translation />
        </message>
        <message>
            <source>“%1” is not a publish date; the video has no date</source>
            <translation />
        </message>
        <message>
            <source>the Total row says %1 views but the videos add up to %2: YouTube exports only the rows it had loaded, so some videos may be missing</source>
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
