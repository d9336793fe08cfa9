<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeleteReportsCommand</name>
    <message numerus="yes">
        <source>Delete %n report(s)</source>
        <translation>
            <numerusform>Delete %n report</numerusform>
            <numerusform>Delete %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSelectionText</name>
    <message numerus="yes">
        <source>%n selected claim(s)</source>
        <translation>
            <numerusform>%n selected claim</numerusform>
            <numerusform>%n selected claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entry(ies); head hash</source>
        <translation>
            <numerusform>Audit log: %n entry; head hash</numerusform>
            <numerusform>Audit log: %n entries; head hash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportsCommand</name>
    <message numerus="yes">
        <source>Import %n report(s)</source>
        <translation>
            <numerusform>Import %n report</numerusform>
            <numerusform>Import %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>the imported reports now carry %n claim(s) or note(s) made since (in another program): undoing the import would delete them, so nothing was done</source>
        <translation>
            <numerusform>the imported reports now carry %n claim or note made since (in another program): undoing the import would delete it, so nothing was done</numerusform>
            <numerusform>the imported reports now carry %n claims or notes made since (in another program): undoing the import would delete them, so nothing was done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::AnalysisPane</name>
    <message numerus="yes">
        <source>%Ln independent source(s)</source>
        <translation>
            <numerusform>%Ln independent source</numerusform>
            <numerusform>%Ln independent sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contradicted by %Ln independent source(s)</source>
        <translation>
            <numerusform>Contradicted by %Ln independent source</numerusform>
            <numerusform>Contradicted by %Ln independent sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln report(s):</source>
        <translation>
            <numerusform>In %Ln report:</numerusform>
            <numerusform>In %Ln reports:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::CaseBackup</name>
    <message numerus="yes">
        <source>This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, for older versions (the first file below). Only the newest %1 copies made before upgrades are kept, so %n older copy(ies) of this case (listed after it) were deleted.</source>
        <translation>
            <numerusform>This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, for older versions (the first file below). Only the newest %1 copies made before upgrades are kept, so %n older copy of this case (listed after it) was deleted.</numerusform>
            <numerusform>This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, for older versions (the first file below). Only the newest %1 copies made before upgrades are kept, so %n older copies of this case (listed after it) were deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimListModel</name>
    <message numerus="yes">
        <source>%n independent source(s): %1</source>
        <translation>
            <numerusform>%n independent source: %1</numerusform>
            <numerusform>%n independent sources: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::EntitiesPane</name>
    <message numerus="yes">
        <source>Finding entities: %1 of %n report(s)</source>
        <translation>
            <numerusform>Finding entities: %1 of %n report</numerusform>
            <numerusform>Finding entities: %1 of %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n report)</numerusform>
            <numerusform>%1 (%n reports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ExchangeActions</name>
    <message numerus="yes">
        <source>%n annotation(s) added as claims.</source>
        <translation>
            <numerusform>%n annotation added as claims.</numerusform>
            <numerusform>%n annotations added as claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed.</source>
        <translation>
            <numerusform>%n could not be placed.</numerusform>
            <numerusform>%n could not be placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned claim(s) left out: their text no longer matches their report.</source>
        <translation>
            <numerusform>%n orphaned claim left out: their text no longer matches their report.</numerusform>
            <numerusform>%n orphaned claims left out: their text no longer matches their report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with the case and %n original(s).</source>
        <translation>
            <numerusform>Wrote %1 with the case and %n original.</numerusform>
            <numerusform>Wrote %1 with the case and %n originals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n claim(s).</source>
        <translation>
            <numerusform>Wrote %1: %n claim.</numerusform>
            <numerusform>Wrote %1: %n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ExportDialog</name>
    <message numerus="yes">
        <source>the preview shows the first %1 of %n claim(s)</source>
        <translation>
            <numerusform>the preview shows the first %1 of %n claim</numerusform>
            <numerusform>the preview shows the first %1 of %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ImportController</name>
    <message numerus="yes">
        <source>Imported %Ln report(s).</source>
        <translation>
            <numerusform>Imported %Ln report.</numerusform>
            <numerusform>Imported %Ln reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln duplicate(s).</source>
        <translation>
            <numerusform>Skipped %Ln duplicate.</numerusform>
            <numerusform>Skipped %Ln duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln file(s).</source>
        <translation>
            <numerusform>Skipped %Ln file.</numerusform>
            <numerusform>Skipped %Ln files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported.</source>
        <translation>
            <numerusform>%Ln file could not be imported.</numerusform>
            <numerusform>%Ln files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are new versions of reports already in the case; the claims marked on those reports moved to them.</source>
        <translation>
            <numerusform>%Ln of them is a new version of a report already in the case; the claims marked on that report moved to it.</numerusform>
            <numerusform>%Ln of them are new versions of reports already in the case; the claims marked on those reports moved to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) now quote words that changed: check their statements.</source>
        <translation>
            <numerusform>%n claim now quotes words that changed: check its statement.</numerusform>
            <numerusform>%n claims now quote words that changed: check their statements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could not be placed in the new text: they are listed as orphaned in the Claims table.</source>
        <translation>
            <numerusform>%n claim could not be placed in the new text: it is listed as orphaned in the Claims table.</numerusform>
            <numerusform>%n claims could not be placed in the new text: they are listed as orphaned in the Claims table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 — “%2”, a new version of “%3”: %n claim(s) moved to it.</source>
        <translation>
            <numerusform>Imported: %1 — “%2”, a new version of “%3”: %n claim moved to it.</numerusform>
            <numerusform>Imported: %1 — “%2”, a new version of “%3”: %n claims moved to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %Ln report(s).</source>
        <translation>
            <numerusform>Imported %Ln report.</numerusform>
            <numerusform>Imported %Ln reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid %n step(s); Redo (%1) brings them back until the next change.</source>
        <translation>
            <numerusform>Undid %n step; Redo (%1) brings it back until the next change.</numerusform>
            <numerusform>Undid %n steps; Redo (%1) brings them back until the next change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redid %n step(s).</source>
        <translation>
            <numerusform>Redid %n step.</numerusform>
            <numerusform>Redid %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportActions</name>
    <message numerus="yes">
        <source>%n claim(s) marked in it and %1 go with it, with their tags and notes.</source>
        <translation>
            <numerusform>%n claim marked in it and %1 go with it, with their tags and notes.</numerusform>
            <numerusform>%n claims marked in it and %1 go with it, with their tags and notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is a new version of “%1”: its %n claim(s) go back to that version.</source>
        <translation>
            <numerusform>It is a new version of “%1”: its %n claim goes back to that version.</numerusform>
            <numerusform>It is a new version of “%1”: its %n claims go back to that version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportInspector</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportPane</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::SearchActions</name>
    <message numerus="yes">
        <source>%n hit(s) in this report are in page furniture, which is hidden: View &gt; Show Page Furniture shows them.</source>
        <translation>
            <numerusform>%n hit in this report is in page furniture, which is hidden: View &gt; Show Page Furniture shows it.</numerusform>
            <numerusform>%n hits in this report are in page furniture, which is hidden: View &gt; Show Page Furniture shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::SearchDock</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text, %n hit(s)</source>
        <translation>
            <numerusform>text, %n hit</numerusform>
            <numerusform>text, %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %1 results, in %n report(s); there are more: add words or a filter to narrow the search.</source>
        <translation>
            <numerusform>The best %1 results, in %n report; there are more: add words or a filter to narrow the search.</numerusform>
            <numerusform>The best %1 results, in %n reports; there are more: add words or a filter to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::SourceInspector</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; outlet of %Ln report(s)</source>
        <translation>
            <numerusform>; outlet of %Ln report</numerusform>
            <numerusform>; outlet of %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::SuggestionsPane</name>
    <message numerus="yes">
        <source>%n passage(s) in other reports may say the same or the opposite. Pick one to read it beside the claim.</source>
        <translation>
            <numerusform>%n passage in another report may say the same or the opposite. Pick it to read it beside the claim.</numerusform>
            <numerusform>%n passages in other reports may say the same or the opposite. Pick one to read it beside the claim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have likely links you have not made. Pick one to work through its suggestions.</source>
        <translation>
            <numerusform>%n claim has likely links you have not made. Pick it to work through its suggestions.</numerusform>
            <numerusform>%n claims have likely links you have not made. Pick one to work through its suggestions.</numerusform>
        </translation>
    </message>
</context>
</TS>
