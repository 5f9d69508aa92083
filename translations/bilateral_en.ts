<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Brief</name>
    <message numerus="yes">
        <source>%n more issue(s) in the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>%n more issue in the full briefing.</numerusform>
            <numerusform>%n more issues in the full briefing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more passage(s) in the full briefing.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>%n more passage in the full briefing.</numerusform>
            <numerusform>%n more passages in the full briefing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier</source>
        <comment>Over time rows: how many of the issue&apos;s meetings before those shown are left out</comment>
        <translation>
            <numerusform>… %n earlier</numerusform>
            <numerusform>… %n earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later …</source>
        <comment>Over time rows: how many of the issue&apos;s meetings after those shown are left out</comment>
        <translation>
            <numerusform>%n later …</numerusform>
            <numerusform>%n later …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingLoader</name>
    <message numerus="yes">
        <source>expected exactly two languages, such as [&quot;ko&quot;, &quot;en&quot;], found %n</source>
        <translation>
            <numerusform>expected exactly two languages, such as [&quot;ko&quot;, &quot;en&quot;], found %n</numerusform>
            <numerusform>expected exactly two languages, such as [&quot;ko&quot;, &quot;en&quot;], found %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonBrief</name>
    <message numerus="yes">
        <source>%n issue(s) on which the readouts agree left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>%n issue on which the readouts agree left out for space.</numerusform>
            <numerusform>%n issues on which the readouts agree left out for space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>%n more issue left out for space.</numerusform>
            <numerusform>%n more issues left out for space.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence for %n more issue(s) is left out for space.</source>
        <comment>what did not fit on the page</comment>
        <translation>
            <numerusform>Evidence for %n more issue is left out for space.</numerusform>
            <numerusform>Evidence for %n more issues is left out for space.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message numerus="yes">
        <source>Opened with %n warning(s).</source>
        <translation>
            <numerusform>Opened with %n warning.</numerusform>
            <numerusform>Opened with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) aligned; %1 in one language only; %2 to check (View › Layout › Passage Rows marks them)</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n pair aligned; %1 in one language only; %2 to check (View › Layout › Passage Rows marks them)</numerusform>
            <numerusform>%n pairs aligned; %1 in one language only; %2 to check (View › Layout › Passage Rows marks them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <comment>topics of the talks</comment>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>%n passage(s) added to the issue.</source>
        <comment>issue: a topic of the talks</comment>
        <translation>
            <numerusform>%n passage added to the issue.</numerusform>
            <numerusform>%n passages added to the issue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDelegate</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueListModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message numerus="yes">
        <source>%n match(es), best first.</source>
        <translation>
            <numerusform>%n match, best first.</numerusform>
            <numerusform>%n matches, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n briefing(s) shown</source>
        <translation>
            <numerusform>%n briefing shown</numerusform>
            <numerusform>%n briefings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n file skipped</numerusform>
            <numerusform>%n files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the library folders could not be read as briefings and are not in the library. Each is read again when it changes.</source>
        <translation>
            <numerusform>%n file in the library folders could not be read as a briefing and is not in the library. It is read again when it changes.</numerusform>
            <numerusform>%n files in the library folders could not be read as briefings and are not in the library. Each is read again when it changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than 5,000 matches: %n are shown, not ranked (the files indexed last first). Add a word to narrow the search.</source>
        <translation>
            <numerusform>More than 5,000 matches: %n is shown, not ranked (the files indexed last first). Add a word to narrow the search.</numerusform>
            <numerusform>More than 5,000 matches: %n are shown, not ranked (the files indexed last first). Add a word to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadErrorDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>Every finding has been checked (%n).</source>
        <translation>
            <numerusform>The finding has been checked.</numerusform>
            <numerusform>Every finding has been checked (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check.</source>
        <translation>
            <numerusform>%n finding to check.</numerusform>
            <numerusform>%n findings to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) to check; %1 checked.</source>
        <translation>
            <numerusform>%n finding to check; %1 checked.</numerusform>
            <numerusform>%n findings to check; %1 checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidesDialog</name>
    <message numerus="yes">
        <source>%1 has a stance on %n issue(s). Remove the side and its stances?</source>
        <comment>%1: a side&apos;s name</comment>
        <translation>
            <numerusform>%1 has a stance on %n issue. Remove the side and its stance?</numerusform>
            <numerusform>%1 has a stance on %n issues. Remove the side and its stances?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of position, marked Δ</source>
        <translation>
            <numerusform>%n change of position, marked Δ</numerusform>
            <numerusform>%n changes of position, marked Δ</numerusform>
        </translation>
    </message>
</context>
</TS>
