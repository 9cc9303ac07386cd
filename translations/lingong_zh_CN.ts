<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lingong::ConfigLoader</name>
    <message>
        <source>The configuration file %1 does not exist; defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read (%2); defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON (%1 at byte %2); defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 ignored (expected an object); defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::Database</name>
    <message>
        <source>The local database reported an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer version of Lingong Hall (schema %1; this program knows up to %2). Install the newer version, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::DisplayWindow</name>
    <message>
        <source>Information screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guangxi Gig Market · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::HubServer</name>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::KioskWindow</name>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a trade to see its jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::Modes</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::OptionParser</name>
    <message>
        <source>Lingong Hall: the integrated terminal of a Guangxi gig-labour market hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: kiosk, staff, display or hub (default kiosk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file (default: per-user data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run kiosk and display in a window, not full-screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or top up the demo data with N jobs (default %1), then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window or screenshot size, e.g. 1920x1080 or 1080x1920.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: address and port to listen on (default 127.0.0.1:8470).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: token file, one &apos;token scope device_id&apos; per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &apos;%1&apos;: use kiosk, staff, display or hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed-demo needs a count between 0 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::Reader</name>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1.%2 ignored (%3); the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lingong::StaffWindow</name>
    <message>
        <source>One-stop service window — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;lingong --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo jobs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen must look like 127.0.0.1:8470.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub listening on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
