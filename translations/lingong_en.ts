<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>lingong::Accounts</name>
    <message numerus="yes">
        <source>This account is locked after %1 wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>This account is locked after %1 wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>This account is locked after %1 wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>%n attempt left before the account is locked.</numerusform>
            <numerusform>%n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DateField</name>
    <message numerus="yes">
        <source>There is no %1: that month has %n days.</source>
        <translation>
            <numerusform>There is no %1: that month has %n day.</numerusform>
            <numerusform>There is no %1: that month has %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DirectoryFigures</name>
    <message numerus="yes">
        <source>%n seeker(s), registered %1</source>
        <translation>
            <numerusform>%n seeker, registered %1</numerusform>
            <numerusform>%n seekers, registered %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hired over %n day(s) at work, %2</source>
        <translation>
            <numerusform>%1 hired over %n day at work, %2</numerusform>
            <numerusform>%1 hired over %n days at work, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hired over %n day(s), %2</source>
        <translation>
            <numerusform>%1 hired over %n day, %2</numerusform>
            <numerusform>%1 hired over %n days, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DisplayFormat</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DisplayPageView</name>
    <message numerus="yes">
        <source>and %n more: %1</source>
        <translation>
            <numerusform>and %n more: %1</numerusform>
            <numerusform>and %n more: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::DisplayWindow</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::EmployerService</name>
    <message numerus="yes">
        <source>Employer blacklisted: %1 (%2); %n posting(s) withdrawn</source>
        <translation>
            <numerusform>Employer blacklisted: %1 (%2); %n posting withdrawn</numerusform>
            <numerusform>Employer blacklisted: %1 (%2); %n postings withdrawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskAttractPage</name>
    <message numerus="yes">
        <source>%n job(s) open today</source>
        <translation>
            <numerusform>%n job open today</numerusform>
            <numerusform>%n jobs open today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) wanted</source>
        <translation>
            <numerusform>%n worker wanted</numerusform>
            <numerusform>%n workers wanted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskContentPage</name>
    <message numerus="yes">
        <source>Public-welfare jobs: %n open now. Tap here to see them</source>
        <translation>
            <numerusform>Public-welfare jobs: %n open now. Tap here to see them</numerusform>
            <numerusform>Public-welfare jobs: %n open now. Tap here to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskCountdown</name>
    <message numerus="yes">
        <source>In %n second(s) the kiosk goes back to the start and clears what you entered.</source>
        <translation>
            <numerusform>In %n second the kiosk goes back to the start and clears what you entered.</numerusform>
            <numerusform>In %n seconds the kiosk goes back to the start and clears what you entered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskHomePage</name>
    <message numerus="yes">
        <source>Find work
%n open job(s) today</source>
        <translation>
            <numerusform>Find work
%n open job today</numerusform>
            <numerusform>Find work
%n open jobs today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobDetailPage</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskJobListPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n job(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n job</numerusform>
            <numerusform>Page %1 of %2 · %n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskPostPage</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskRegisterPage</name>
    <message numerus="yes">
        <source>%n more to go: an ID card number has 18 characters.</source>
        <translation>
            <numerusform>%n more to go: an ID card number has 18 characters.</numerusform>
            <numerusform>%n more to go: an ID card number has 18 characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskRightsPage</name>
    <message numerus="yes">
        <source>A landline is its area code and then a number of 7 or 8 digits, such as 0771 5551234: %n digit(s) typed.</source>
        <translation>
            <numerusform>A landline is its area code and then a number of 7 or 8 digits, such as 0771 5551234: %n digit typed.</numerusform>
            <numerusform>A landline is its area code and then a number of 7 or 8 digits, such as 0771 5551234: %n digits typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskSlips</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskStaffExitPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Please wait %n second.</numerusform>
            <numerusform>Too many wrong PINs. Please wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskText</name>
    <message numerus="yes">
        <source>%1 · %n worker(s) · %2</source>
        <translation>
            <numerusform>%1 · %n worker · %2</numerusform>
            <numerusform>%1 · %n workers · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more to go: a mobile number has 11 digits.</source>
        <translation>
            <numerusform>%n more to go: a mobile number has 11 digits.</numerusform>
            <numerusform>%n more to go: a mobile number has 11 digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::KioskTradesPage</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffComplaintsPage</name>
    <message numerus="yes">
        <source>Placements not paid (%n)…</source>
        <translation>
            <numerusform>Placement not paid (%n)…</numerusform>
            <numerusform>Placements not paid (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffEmployersPage</name>
    <message numerus="yes">
        <source>People it took on who were not paid, when followed up: %n</source>
        <translation>
            <numerusform>People it took on who were not paid, when followed up: %n</numerusform>
            <numerusform>People it took on who were not paid, when followed up: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complaints recorded about it: %n</source>
        <translation>
            <numerusform>Complaints recorded about it: %n</numerusform>
            <numerusform>Complaints recorded about it: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as not passed. Its %n published posting(s) went back to the review queue, no longer shown to job seekers; all its postings wait there with the reason beside them.</source>
        <translation>
            <numerusform>Marked as not passed. Its %n published posting went back to the review queue, no longer shown to job seekers; all its postings wait there with the reason beside them.</numerusform>
            <numerusform>Marked as not passed. Its %n published postings went back to the review queue, no longer shown to job seekers; all its postings wait there with the reason beside them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blacklisted; %n posting(s) withdrawn. It cannot publish any more.</source>
        <translation>
            <numerusform>Blacklisted; %n posting withdrawn. It cannot publish any more.</numerusform>
            <numerusform>Blacklisted; %n postings withdrawn. It cannot publish any more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffJobEditor</name>
    <message numerus="yes">
        <source> people</source>
        <translation>
            <numerusform> person</numerusform>
            <numerusform> people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffJobsPage</name>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffLabels</name>
    <message numerus="yes">
        <source>%n wrong try(s) in a row</source>
        <translation>
            <numerusform>%n wrong try in a row</numerusform>
            <numerusform>%n wrong tries in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffLedgerPage</name>
    <message numerus="yes">
        <source>Every hire of %n or more day(s) ago has had its pay followed up.</source>
        <translation>
            <numerusform>Every hire of %n or more day ago has had its pay followed up.</numerusform>
            <numerusform>Every hire of %n or more days ago has had its pay followed up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hires of %n or more day(s) ago whose pay nobody has followed up yet, the one waiting longest first. Call the person, then record what they say under the hire in Matching.</source>
        <translation>
            <numerusform>Hires of %n or more day ago whose pay nobody has followed up yet, the one waiting longest first. Call the person, then record what they say under the hire in Matching.</numerusform>
            <numerusform>Hires of %n or more days ago whose pay nobody has followed up yet, the one waiting longest first. Call the person, then record what they say under the hire in Matching.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in %1: %2</source>
        <translation>
            <numerusform>%n entry in %1: %2</numerusform>
            <numerusform>%n entries in %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) on this day: %1</source>
        <translation>
            <numerusform>%n entry on this day: %1</numerusform>
            <numerusform>%n entries on this day: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of the %n entry(ies) in %3 (%4)</source>
        <translation>
            <numerusform>%1: %2 of the %n entry in %3 (%4)</numerusform>
            <numerusform>%1: %2 of the %n entries in %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of the %n entry(ies) on this day (%3)</source>
        <translation>
            <numerusform>%1: %2 of the %n entry on this day (%3)</numerusform>
            <numerusform>%1: %2 of the %n entries on this day (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffMatchingPage</name>
    <message numerus="yes">
        <source>%n open job(s) with &quot;%1&quot;, ranked for this person.</source>
        <translation>
            <numerusform>%n open job with &quot;%1&quot;, ranked for this person.</numerusform>
            <numerusform>%n open jobs with &quot;%1&quot;, ranked for this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n started</numerusform>
            <numerusform>%n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found: choose from the list.</source>
        <translation>
            <numerusform>%n found: choose from the list.</numerusform>
            <numerusform>%n found: choose from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n people wanted</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n person wanted</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n people wanted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffSeekersPage</name>
    <message numerus="yes">
        <source>%n open request(s) made with their mobile will have no number to call back: answer them first if they still need an answer.</source>
        <translation>
            <numerusform>%n open request made with their mobile will have no number to call back: answer it first if it still needs an answer.</numerusform>
            <numerusform>%n open requests made with their mobile will have no number to call back: answer them first if they still need an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered twice: %n</source>
        <translation>
            <numerusform>Registered twice: %n person</numerusform>
            <numerusform>Registered twice: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same ID number is on %n other record(s): %1. Merge them into one: the oldest record stays with the answers changed last, lists are put together, and applications and services move with it.</source>
        <translation>
            <numerusform>The same ID number is on %n other record: %1. Merge them into one: the oldest record stays with the answers changed last, lists are put together, and applications and services move with it.</numerusform>
            <numerusform>The same ID number is on %n other records: %1. Merge them into one: the oldest record stays with the answers changed last, lists are put together, and applications and services move with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n record(s) joined into this one.</source>
        <translation>
            <numerusform>Merged: %n record joined into this one.</numerusform>
            <numerusform>Merged: %n records joined into this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffStatisticsPage</name>
    <message numerus="yes">
        <source>Over the %n trade(s) listed: %1 yuan a day.</source>
        <translation>
            <numerusform>Over the %n trade listed: %1 yuan a day.</numerusform>
            <numerusform>Over the %n trades listed: %1 yuan a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People in difficulty: %n registered</source>
        <translation>
            <numerusform>People in difficulty: %n registered</numerusform>
            <numerusform>People in difficulty: %n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complaints and requests: %n received</source>
        <translation>
            <numerusform>Complaints and requests: %n received</numerusform>
            <numerusform>Complaints and requests: %n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue, not closed</source>
        <translation>
            <numerusform>%n overdue, not closed</numerusform>
            <numerusform>%n overdue, not closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n seeker(s) registered</source>
        <translation>
            <numerusform>%1 to %2: %n seeker registered</numerusform>
            <numerusform>%1 to %2: %n seekers registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wanted</source>
        <translation>
            <numerusform>%n person wanted</numerusform>
            <numerusform>%n people wanted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) by seekers</source>
        <translation>
            <numerusform>%n application by seekers</numerusform>
            <numerusform>%n applications by seekers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) at the window</source>
        <translation>
            <numerusform>%n recommendation at the window</numerusform>
            <numerusform>%n recommendations at the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hire(s)</source>
        <translation>
            <numerusform>%n hire</numerusform>
            <numerusform>%n hires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffStatsNotice</name>
    <message numerus="yes">
        <source>%1 yuan a day over the %n trade(s) below</source>
        <translation>
            <numerusform>%1 yuan a day over the %n trade below</numerusform>
            <numerusform>%1 yuan a day over the %n trades below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wanted</source>
        <translation>
            <numerusform>%n person wanted</numerusform>
            <numerusform>%n people wanted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 yuan a day (%n posting(s))</source>
        <translation>
            <numerusform>%1: %2 yuan a day (%n posting)</numerusform>
            <numerusform>%1: %2 yuan a day (%n postings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffSyncPage</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute ahead of the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minutes ahead of the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute(s) behind the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minute behind the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#a4161a&apos;&gt;This computer&apos;s clock is %n minutes behind the platform&apos;s: the dates this window records (applications, ledger days, outcomes) would be wrong. Ask the administrator to set it, or to let it follow network time.&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffSyncStrip</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept here until a platform is set up</source>
        <translation>
            <numerusform>%n change kept here until a platform is set up</numerusform>
            <numerusform>%n changes kept here until a platform is set up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::StaffWindow</name>
    <message numerus="yes">
        <source>%n job seeker(s) reached the age of an older worker and moved to the priority tier.</source>
        <translation>
            <numerusform>%n job seeker reached the age of an older worker and moved to the priority tier.</numerusform>
            <numerusform>%n job seekers reached the age of an older worker and moved to the priority tier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s) past their valid-until date expired.</source>
        <translation>
            <numerusform>%n posting past its valid-until date expired.</numerusform>
            <numerusform>%n postings past their valid-until date expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lingong::SyncEngine</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the platform&apos;s: the dates it records would be wrong. Set it, or let it follow network time.</numerusform>
        </translation>
    </message>
</context>
</TS>
