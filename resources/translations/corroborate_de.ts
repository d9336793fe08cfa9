<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClaimListModel</name>
    <message>
        <source>Orphaned: could not be placed in the new version</source>
        <translation>Verwaist: in der neuen Fassung nicht wiedergefunden</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>1 — confirmed</source>
        <translation>1 — bestätigt</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — möglicherweise wahr</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — zweifelhaft</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — unwahrscheinlich</translation>
    </message>
    <message>
        <source>6 — cannot be judged</source>
        <translation>6 — nicht beurteilbar</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>A — completely reliable</source>
        <translation>A — völlig zuverlässig</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — meist zuverlässig</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — unzuverlässig</translation>
    </message>
    <message>
        <source>F — cannot be judged</source>
        <translation>F — nicht beurteilbar</translation>
    </message>
    <message>
        <source>Source reliability: %1
Claim credibility: %2</source>
        <translation>Zuverlässigkeit der Quelle: %1
Glaubwürdigkeit der Behauptung: %2</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Independent sources</source>
        <translation>Unabhängige Quellen</translation>
    </message>
</context>
<context>
    <name>DeleteReportsCommand</name>
    <message numerus="yes">
        <source>Delete %n report(s)</source>
        <translation>
            <numerusform>%n Bericht löschen</numerusform>
            <numerusform>%n Berichte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>The file may have been moved, renamed or deleted.</source>
        <translation>Die Datei wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Corroborate never replaces an existing file: choose another name.</source>
        <translation>Corroborate überschreibt keine vorhandene Datei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose a .corrob file created by Corroborate.</source>
        <translation>Wählen Sie eine mit Corroborate angelegte .corrob-Datei.</translation>
    </message>
    <message>
        <source>Another program is using the case. Close it there and try again.</source>
        <translation>Ein anderes Programm verwendet den Fall. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open a backup of the case if you have one; the damaged file has not been changed.</source>
        <translation>Öffnen Sie eine Sicherung des Falls, falls Sie eine haben; die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The other program&apos;s change stays. This step is taken off the History: it can no longer be undone or redone.</source>
        <translation>Die Änderung des anderen Programms bleibt. Dieser Schritt wird aus dem Verlauf genommen: Er kann nicht mehr rückgängig gemacht oder wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>ExportFormatText</name>
    <message>
        <source>Investigation report (HTML)</source>
        <translation>Untersuchungsbericht (HTML)</translation>
    </message>
    <message>
        <source>Investigation report (PDF)</source>
        <translation>Untersuchungsbericht (PDF)</translation>
    </message>
    <message>
        <source>Claims and links (CSV)</source>
        <translation>Behauptungen und Verknüpfungen (CSV)</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation>ClaimReview (schema.org JSON-LD)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C-Web-Annotationen (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <source>Case bundle (zip with originals)</source>
        <translation>Fallpaket (ZIP mit Originalen)</translation>
    </message>
</context>
<context>
    <name>ExportSelectionText</name>
    <message numerus="yes">
        <source>%n selected claim(s)</source>
        <translation>
            <numerusform>%n ausgewählte Behauptung</numerusform>
            <numerusform>%n ausgewählte Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation>Behauptungen mit Schlagwort %1</translation>
    </message>
    <message>
        <source>claims graded %1 or better</source>
        <translation>Behauptungen mit Einstufung %1 oder besser</translation>
    </message>
    <message>
        <source>all claims</source>
        <translation>alle Behauptungen</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>completely reliable</source>
        <translation>völlig zuverlässig</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>meist zuverlässig</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>durch andere Quellen bestätigt</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>möglicherweise wahr</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>Wahrheit nicht beurteilbar</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>Behauptung %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Investigation report: %1</source>
        <translation>Ermittlungsbericht: %1</translation>
    </message>
    <message>
        <source>Investigation report, %1</source>
        <translation>Ermittlungsbericht, %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Case file: %1. Contents: %2 (%3 of %4).</source>
        <translation>Falldatei: %1. Inhalt: %2 (%3 von %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Claims by credibility</source>
        <translation>Behauptungen nach Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sources by reliability</source>
        <translation>Quellen nach Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches the selection.</source>
        <translation>Keine Behauptung entspricht der Auswahl.</translation>
    </message>
    <message>
        <source>Claim %1: %2</source>
        <translation>Behauptung %1: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>Information %1</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Einstufungen</translation>
    </message>
    <message>
        <source>Suggested credibility</source>
        <translation>Vorgeschlagene Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Independent sources</source>
        <translation>Unabhängige Quellen</translation>
    </message>
    <message>
        <source>Corroborated by</source>
        <translation>Bestätigt durch</translation>
    </message>
    <message>
        <source>Contradicted by</source>
        <translation>Widerlegt durch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>No conflict among the exported claims.</source>
        <translation>Kein Konflikt zwischen den exportierten Behauptungen.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Appendix: reports and integrity</source>
        <translation>Anhang: Berichte und Integrität</translation>
    </message>
    <message>
        <source>Each original is kept exactly as collected; its SHA-256 below lets a reader check a copy. The audit log&apos;s head hash identifies the state of the case this report was made from (corroborate-cli verify checks the chain).</source>
        <translation>Jedes Original wird genau so aufbewahrt, wie es erfasst wurde; mit seinem SHA-256 unten kann ein Leser eine Kopie prüfen. Der Kopf-Hash des Prüfprotokolls kennzeichnet den Stand des Falls, aus dem dieser Bericht erstellt wurde (corroborate-cli verify prüft die Kette).</translation>
    </message>
    <message>
        <source>Outlet, date</source>
        <translation>Medium, Datum</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 des Originals</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entry(ies); head hash</source>
        <translation>
            <numerusform>Prüfprotokoll: %n Eintrag; Kopf-Hash</numerusform>
            <numerusform>Prüfprotokoll: %n Einträge; Kopf-Hash</numerusform>
        </translation>
    </message>
    <message>
        <source>Same statement in</source>
        <translation>Dieselbe Aussage in</translation>
    </message>
    <message>
        <source>updates %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>updated by %1</source>
        <translation>aktualisiert durch %1</translation>
    </message>
    <message>
        <source>elaborates %1</source>
        <translation>führt %1 aus</translation>
    </message>
    <message>
        <source>elaborated by %1</source>
        <translation>ausgeführt durch %1</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Weitere Verknüpfungen</translation>
    </message>
    <message>
        <source>corroborates</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>führt aus</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notizen zum Fall</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>No link touches the exported claims.</source>
        <translation>Keine Verknüpfung berührt die exportierten Behauptungen.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (note by %2)</source>
        <translation>%1 (Notiz von %2)</translation>
    </message>
    <message>
        <source>Graded %1 by the investigator. The analysis suggests %2</source>
        <translation>Eigene Bewertung: %1. Die Analyse schlägt vor: %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>ImportReportsCommand</name>
    <message numerus="yes">
        <source>Import %n report(s)</source>
        <translation>
            <numerusform>%n Bericht importieren</numerusform>
            <numerusform>%n Berichte importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOnlyFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Corroborate case</source>
        <translation>Corroborate-Fall</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Mark claim “%1”</source>
        <translation>Behauptung „%1“ markieren</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Link claims (%1)</source>
        <translation>Behauptungen verknüpfen (%1)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation>Bericht bearbeiten</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>Schlagwort „%1“ verschieben</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>Accept suggestion (%1)</source>
        <translation>Vorschlag übernehmen (%1)</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>the imported reports now carry %n claim(s) or note(s) made since (in another program): undoing the import would delete them, so nothing was done</source>
        <translation>
            <numerusform>die importierten Berichte tragen inzwischen %n Behauptung oder Notiz aus einem anderen Programm: Das Rückgängigmachen des Imports würde sie löschen, daher wurde nichts geändert</numerusform>
            <numerusform>die importierten Berichte tragen inzwischen %n Behauptungen oder Notizen aus einem anderen Programm: Das Rückgängigmachen des Imports würde sie löschen, daher wurde nichts geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtPrompts</name>
    <message>
        <source>Open Case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Corroborate cases (*.corrob)</source>
        <translation>Corroborate-Fälle (*.corrob)</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Paste as New Report</source>
        <translation>Als neuen Bericht einfügen</translation>
    </message>
    <message>
        <source>Title of the new report:</source>
        <translation>Titel des neuen Berichts:</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Unbenannter Fall</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Berichte (*.txt *.md *.markdown *.html *.htm *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Case Already Open</source>
        <translation>Fall bereits geöffnet</translation>
    </message>
    <message>
        <source>“%1” is open in another window: %2.</source>
        <translation>„%1“ ist bereits in einem anderen Fenster geöffnet: %2.</translation>
    </message>
    <message>
        <source>Two windows writing one case would each miss the other&apos;s changes. You can read it here without changing it, or switch to the window that has it open.</source>
        <translation>Würden zwei Fenster in denselben Fall schreiben, bekäme keines die Änderungen des anderen mit. Sie können ihn hier lesen, ohne ihn zu ändern, oder zu dem Fenster wechseln, in dem er geöffnet ist.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Back Up Case</source>
        <translation>Sicherungskopie des Falls</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>W3C-Web-Annotationen (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SampleCaseLocation</name>
    <message>
        <source>cannot move the sample case aside: %1</source>
        <translation>der Beispielfall kann nicht beiseitegelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionReasons</name>
    <message>
        <source>shares %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message>
        <source>same figure: %1</source>
        <translation>gleiche Zahl: %1</translation>
    </message>
    <message>
        <source>newer figure: %1 vs %2</source>
        <translation>neuere Zahl: %1 statt %2</translation>
    </message>
    <message>
        <source>older figure: %1 vs %2</source>
        <translation>ältere Zahl: %1 statt %2</translation>
    </message>
    <message>
        <source>different figure: %1 vs %2</source>
        <translation>andere Zahl: %1 statt %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>shared wording: &apos;%1&apos;</source>
        <translation>gleicher Wortlaut: „%1“</translation>
    </message>
    <message>
        <source>denial cue: &apos;%1&apos;</source>
        <translation>Hinweis auf Dementi: „%1“</translation>
    </message>
    <message>
        <source>same speaker: %1</source>
        <translation>gleiche Sprecherin oder gleicher Sprecher: %1</translation>
    </message>
    <message>
        <source>same outlet: %1</source>
        <translation>gleiches Medium: %1</translation>
    </message>
    <message>
        <source>identical quote: &apos;%1&apos;</source>
        <translation>identisches Zitat: „%1“</translation>
    </message>
    <message>
        <source>the stance model reads a disagreement</source>
        <translation>das Haltungsmodell liest Widerspruch</translation>
    </message>
    <message>
        <source>the stance model reads an agreement</source>
        <translation>das Haltungsmodell liest Zustimmung</translation>
    </message>
    <message>
        <source>shared words: %1</source>
        <translation>gemeinsame Wörter: %1</translation>
    </message>
    <message>
        <source>different place: %1 vs %2</source>
        <translation>anderer Ort: %1 statt %2</translation>
    </message>
    <message>
        <source>the claim denies (&apos;%1&apos;), the passage does not</source>
        <translation>die Behauptung bestreitet (&apos;%1&apos;), die Passage nicht</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>figure</source>
        <comment>claim kind</comment>
        <translation>Zahlenangabe</translation>
    </message>
    <message>
        <source>allegation</source>
        <comment>claim kind</comment>
        <translation>Vorwurf</translation>
    </message>
    <message>
        <source>denial</source>
        <comment>claim kind</comment>
        <translation>Dementi</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>claim kind</comment>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>other</source>
        <comment>claim kind</comment>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>person</source>
        <comment>source kind</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>source kind</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>ngo</source>
        <comment>source kind: a non-governmental organisation</comment>
        <translation>NGO</translation>
    </message>
    <message>
        <source>government</source>
        <comment>source kind</comment>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>military</source>
        <comment>source kind</comment>
        <translation>Militär</translation>
    </message>
    <message>
        <source>intergovernmental</source>
        <comment>source kind: UN, OSCE, ...</comment>
        <translation>zwischenstaatlich</translation>
    </message>
    <message>
        <source>media</source>
        <comment>source kind</comment>
        <translation>Medien</translation>
    </message>
    <message>
        <source>researcher</source>
        <comment>source kind</comment>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>witness</source>
        <comment>source kind</comment>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>source kind</comment>
        <translation>anonym</translation>
    </message>
    <message>
        <source>other</source>
        <comment>source kind</comment>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>corroborates</source>
        <comment>link type</comment>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <comment>link type</comment>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>repeats</source>
        <comment>link type: the same statement from the same origin</comment>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>updates</source>
        <comment>link type: a newer figure or state of the same thing</comment>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>elaborates</source>
        <comment>link type</comment>
        <translation>präzisiert</translation>
    </message>
    <message>
        <source>case</source>
        <comment>what a note is on</comment>
        <translation>Fall</translation>
    </message>
    <message>
        <source>report</source>
        <comment>what a note is on</comment>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>claim</source>
        <comment>what a note is on</comment>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>link</source>
        <comment>what a note is on</comment>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>source</source>
        <comment>what a note is on</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>contradicts</source>
        <comment>conflict kind: a contradicting link</comment>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>figures</source>
        <comment>conflict kind: figures that disagree</comment>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>legal qualification</source>
        <comment>claim kind: genocide, war crime...</comment>
        <translation>rechtliche Einordnung</translation>
    </message>
</context>
<context>
    <name>corrob::exchange::ImportAnnotations</name>
    <message>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
</context>
<context>
    <name>corrob::ui::AnalysisPane</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Claim Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>backs the claim</source>
        <translation>stützt die Behauptung</translation>
    </message>
    <message>
        <source>disputes it</source>
        <translation>bestreitet sie</translation>
    </message>
    <message>
        <source>claim in this colour: rests on one voice</source>
        <translation>Behauptung in dieser Farbe: stützt sich auf eine einzige Stimme</translation>
    </message>
    <message>
        <source>unnamed source (%1)</source>
        <translation>unbenannte Quelle (%1)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a claim to see how many independent sources back it and who disputes it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie eine Behauptung aus, um zu sehen, wie viele unabhängige Quellen sie stützen und wer sie bestreitet.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln independent source(s)</source>
        <translation>
            <numerusform>%Ln unabhängige Quelle</numerusform>
            <numerusform>%Ln unabhängige Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contradicted by %Ln independent source(s)</source>
        <translation>
            <numerusform>Bestritten von %Ln unabhängigen Quelle</numerusform>
            <numerusform>Bestritten von %Ln unabhängigen Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:4px; margin-bottom:4px&apos;&gt;Nobody contradicts it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:4px; margin-bottom:4px&apos;&gt;Niemand widerspricht ihr.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln report(s):</source>
        <translation>
            <numerusform>In %Ln Bericht:</numerusform>
            <numerusform>In %Ln Berichten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested credibility:</source>
        <translation>Vorgeschlagene Glaubwürdigkeit:</translation>
    </message>
    <message>
        <source>Corroborating claims (%1)</source>
        <translation>Stützende Behauptungen (%1)</translation>
    </message>
    <message>
        <source>Contradicting claims (%1)</source>
        <translation>Widersprechende Behauptungen (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Weighs as %1 of a reliable source: a source graded D counts half, E a quarter.</source>
        <translation>In zuverlässigen Quellen gerechnet: %1; eine mit D eingestufte Quelle zählt halb, eine mit E ein Viertel.</translation>
    </message>
    <message>
        <source>Same statement, repeated (%1)</source>
        <translation>Dieselbe Aussage, wiederholt (%1)</translation>
    </message>
    <message>
        <source>Claims it corroborates (%1)</source>
        <translation>Behauptungen, die sie stützt (%1)</translation>
    </message>
    <message>
        <source>No named source</source>
        <translation>Keine benannte Quelle</translation>
    </message>
</context>
<context>
    <name>corrob::ui::CaseBackup</name>
    <message>
        <source>Back &amp;Up…</source>
        <translation>Sicherungskopie an&amp;legen…</translation>
    </message>
    <message>
        <source>Write a checked copy of the case to another file; the case stays open</source>
        <translation>Eine geprüfte Kopie des Falls in eine andere Datei schreiben; der Fall bleibt geöffnet</translation>
    </message>
    <message>
        <source>%1 (backup %2).corrob</source>
        <translation>%1 (Sicherung %2).corrob</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the backup?</source>
        <translation>„%1“ ist bereits vorhanden. Möchten Sie die Datei durch die Sicherungskopie ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Back Up Case</source>
        <translation>Sicherungskopie des Falls</translation>
    </message>
    <message>
        <source>Backing up to %1</source>
        <translation>Sicherungskopie wird nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>Sicherung wird abgebrochen…</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The case was backed up to %1</source>
        <translation>Der Fall wurde nach %1 gesichert</translation>
    </message>
    <message>
        <source>Case Upgraded</source>
        <translation>Fall aktualisiert</translation>
    </message>
    <message>
        <source>This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, for older versions:</source>
        <translation>Dieser Fall wurde für diese Version von Corroborate aktualisiert. Der bisherige Fall wird für ältere Versionen daneben aufbewahrt:</translation>
    </message>
    <message numerus="yes">
        <source>This case was upgraded to work with this version of Corroborate. The case as it was is kept beside it, for older versions (the first file below). Only the newest %1 copies made before upgrades are kept, so %n older copy(ies) of this case (listed after it) were deleted.</source>
        <translation>
            <numerusform>Dieser Fall wurde für diese Version von Corroborate aktualisiert. Der Fall, wie er war, liegt für ältere Versionen daneben (die erste Datei unten). Nur die neuesten %1 Kopien vor Aktualisierungen werden behalten, daher wurde %n ältere Kopie dieses Falls (danach aufgeführt) gelöscht.</numerusform>
            <numerusform>Dieser Fall wurde für diese Version von Corroborate aktualisiert. Der Fall, wie er war, liegt für ältere Versionen daneben (die erste Datei unten). Nur die neuesten %1 Kopien vor Aktualisierungen werden behalten, daher wurden %n ältere Kopien dieses Falls (danach aufgeführt) gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::CaseDocument</name>
    <message>
        <source>Reload the case</source>
        <translation>Fall neu laden</translation>
    </message>
    <message>
        <source>Reload the reports</source>
        <translation>Berichte neu laden</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>kein Fall ist geöffnet</translation>
    </message>
    <message>
        <source>This case is open read-only: %1</source>
        <translation>Dieser Fall ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>This case is open read-only (another window has it open for writing, or its file cannot be written); close it there, or make the file writable, and open it again here to change it.</source>
        <translation>Dieser Fall ist schreibgeschützt geöffnet (ein anderes Fenster hat ihn zum Schreiben geöffnet, oder seine Datei ist nicht beschreibbar); schließen Sie ihn dort oder machen Sie die Datei beschreibbar und öffnen Sie ihn hier erneut, um ihn zu ändern.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::CaseUpgrader</name>
    <message>
        <source>Upgrade Case</source>
        <translation>Fall aktualisieren</translation>
    </message>
    <message>
        <source>Keeping a copy of the case as it was…</source>
        <translation>Eine Kopie des bisherigen Falls wird angelegt…</translation>
    </message>
    <message>
        <source>Upgrading the case for this version of Corroborate (step %1 of %2)…</source>
        <translation>Der Fall wird für diese Version von Corroborate aktualisiert (Schritt %1 von %2)…</translation>
    </message>
    <message>
        <source>the case upgrade stopped unexpectedly</source>
        <translation>die Aktualisierung des Falls brach unerwartet ab</translation>
    </message>
    <message>
        <source>Cancelling the upgrade; the case stays as it was…</source>
        <translation>Aktualisierung wird abgebrochen; der Fall bleibt, wie er war …</translation>
    </message>
    <message>
        <source>The upgrade was cancelled: the case was not changed and is not open.</source>
        <translation>Die Aktualisierung wurde abgebrochen: Der Fall wurde nicht verändert und ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimActions</name>
    <message>
        <source>&amp;Mark Claim</source>
        <translation>Behauptung &amp;markieren</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim</source>
        <translation>Den ausgewählten Text als Behauptung markieren</translation>
    </message>
    <message>
        <source>Accept Suggested &amp;Source</source>
        <translation>Vorgeschlagene &amp;Quelle übernehmen</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <source>Link the current claim to a claim in another report</source>
        <translation>Die aktuelle Behauptung mit einer Behauptung in einem anderen Bericht verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation>&amp;Nächste Behauptung</translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation>V&amp;orherige Behauptung</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Add Pane</source>
        <translation>Bereich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;lose Pane</source>
        <translation>Bereich s&amp;chließen</translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation>&amp;Seitenbeiwerk anzeigen</translation>
    </message>
    <message>
        <source>Show navigation, newsletter prompts and other excluded text, greyed</source>
        <translation>Navigation, Newsletter-Hinweise und anderen ausgeschlossenen Text grau anzeigen</translation>
    </message>
    <message>
        <source>Cannot mark a claim</source>
        <translation>Markieren nicht möglich</translation>
    </message>
    <message>
        <source>Select the words of the claim in a report first, then press %1.</source>
        <translation>Wählen Sie zuerst die Wörter der Behauptung in einem Bericht aus und drücken Sie dann %1.</translation>
    </message>
    <message>
        <source>Cannot mark the claim</source>
        <translation>Die Behauptung kann nicht markiert werden</translation>
    </message>
    <message>
        <source>Cannot attribute the claim</source>
        <translation>Die Behauptung kann nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>Cannot link the claims</source>
        <translation>Die Behauptungen können nicht verknüpft werden</translation>
    </message>
    <message>
        <source>Link as…</source>
        <translation>Verknüpfen als…</translation>
    </message>
    <message>
        <source>Cannot delete the claim</source>
        <translation>Die Behauptung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>&amp;Textcursor-Navigation</translation>
    </message>
    <message>
        <source>Move a caret through the report text with the arrow keys; Shift and the arrows select, for marking claims without the mouse</source>
        <translation>Mit den Pfeiltasten einen Textcursor durch den Bericht bewegen; Umschalt und die Pfeiltasten wählen aus, um Behauptungen ohne Maus zu markieren</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimFinder</name>
    <message>
        <source>Check-&amp;Worthy Sentences</source>
        <translation>Prüf&amp;würdige Sätze</translation>
    </message>
    <message>
        <source>Underline the sentences worth checking: figures, allegations, denials, attributed statements and legal qualifications that are not claims yet</source>
        <translation>Prüfwürdige Sätze unterstreichen: Zahlen, Vorwürfe, Dementis, zugeschriebene Aussagen und rechtliche Einordnungen, die noch keine Behauptungen sind</translation>
    </message>
    <message>
        <source>Mark Check-&amp;Worthy Sentence</source>
        <translation>Prüfwürdigen Satz mar&amp;kieren</translation>
    </message>
    <message>
        <source>Mark the check-worthy sentence at the cursor, or the next one, as a claim</source>
        <translation>Den prüfwürdigen Satz am Cursor oder den nächsten als Behauptung markieren</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>a figure: %1</source>
        <translation>eine Zahl: %1</translation>
    </message>
    <message>
        <source>a legal qualification: %1</source>
        <translation>eine rechtliche Einordnung: %1</translation>
    </message>
    <message>
        <source>an allegation: %1</source>
        <translation>ein Vorwurf: %1</translation>
    </message>
    <message>
        <source>a denial: %1</source>
        <translation>ein Dementi: %1</translation>
    </message>
    <message>
        <source>attributed to a speaker</source>
        <translation>einer sprechenden Person zugeschrieben</translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation>%1 zugeschrieben</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Worth checking&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2 marks it as a claim.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prüfwürdig&lt;/b&gt;: %1.&lt;/p&gt;&lt;p&gt;&lt;i&gt;%2 markiert ihn als Behauptung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimInspector</name>
    <message>
        <source>Who makes this claim?</source>
        <translation>Wer stellt diese Behauptung auf?</translation>
    </message>
    <message>
        <source>Tags, comma-separated (Parent/Child)</source>
        <translation>Schlagwörter, durch Kommas getrennt (Oberbegriff/Unterbegriff)</translation>
    </message>
    <message>
        <source>Add a note and press Enter</source>
        <translation>Notiz eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Pick a link to see and change its type, note and confidence</source>
        <translation>Wählen Sie eine Verknüpfung, um Typ, Notiz und Sicherheit zu sehen und zu ändern</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Aussage bearbeiten</translation>
    </message>
    <message>
        <source>Change claim kind</source>
        <translation>Art der Behauptung ändern</translation>
    </message>
    <message>
        <source>Attribute claim</source>
        <translation>Behauptung zuordnen</translation>
    </message>
    <message>
        <source>Grade claim</source>
        <translation>Behauptung einstufen</translation>
    </message>
    <message>
        <source>Tag claim</source>
        <translation>Behauptung verschlagworten</translation>
    </message>
    <message>
        <source>Cannot add the note</source>
        <translation>Die Notiz kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot change the claim</source>
        <translation>Die Behauptung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ← %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>The statement still holds for the new words: stop showing what the claim quoted before (any edit of the claim does the same; Undo brings it back)</source>
        <translation>Die Aussage gilt auch für die neuen Worte: nicht mehr zeigen, was die Behauptung vorher zitierte (jede Änderung der Behauptung tut dasselbe; Rückgängig bringt es zurück)</translation>
    </message>
    <message>
        <source>Mark changed quote as checked</source>
        <translation>Geändertes Zitat als geprüft markieren</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>“%1” — the words it quoted before a new version of the report changed them (%2). Check that the statement still holds.</source>
        <translation>„%1“ – die Worte, die sie zitierte, bevor eine neue Version des Berichts sie änderte (%2). Prüfen Sie, ob die Aussage noch gilt.</translation>
    </message>
    <message>
        <source>Mark Checked</source>
        <translation>Als geprüft markieren</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimListModel</name>
    <message>
        <source>Report #%1</source>
        <translation>Bericht Nr. %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagw.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Indep.</source>
        <translation>Unabh.</translation>
    </message>
    <message>
        <source>No independent source yet: the claim has no known origin</source>
        <translation>Noch keine unabhängige Quelle: Die Behauptung hat keinen bekannten Ursprung</translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s): %1</source>
        <translation>
            <numerusform>%n unabhängige Quelle: %1</numerusform>
            <numerusform>%n unabhängige Quellen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What the claim says, in your words (the quote is in the report)</source>
        <translation>Was die Behauptung besagt, in Ihren Worten (das Zitat steht im Bericht)</translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation>Wer die Behauptung aufstellt</translation>
    </message>
    <message>
        <source>The report the claim is marked in: its number and outlet</source>
        <translation>Der Bericht, in dem die Behauptung markiert ist: seine Nummer und sein Medium</translation>
    </message>
    <message>
        <source>The claim&apos;s codes from the case&apos;s codebook</source>
        <translation>Die Schlagwörter der Behauptung aus dem Schlagwortverzeichnis des Falls</translation>
    </message>
    <message>
        <source>&lt;p&gt;Admiralty grade, e.g. &lt;b&gt;B2&lt;/b&gt;: the source&apos;s reliability (A completely reliable … E unreliable, F cannot be judged) and the claim&apos;s credibility (1 confirmed by independent sources … 5 improbable, 6 cannot be judged), graded apart.&lt;/p&gt;&lt;p&gt;Help &amp;gt; What Is a B2? explains each grade.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einstufung nach dem Admiralty-System, z. B. &lt;b&gt;B2&lt;/b&gt;: die Zuverlässigkeit der Quelle (A völlig zuverlässig … E unzuverlässig, F nicht beurteilbar) und die Glaubwürdigkeit der Behauptung (1 durch unabhängige Quellen bestätigt … 5 unwahrscheinlich, 6 nicht beurteilbar), getrennt bewertet.&lt;/p&gt;&lt;p&gt;Hilfe &amp;gt; Was bedeutet B2? erklärt jede Einstufung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Independent sources&lt;/b&gt;: how many distinct origins stand behind the claim, counting the claim and the claims that corroborate it. Ten outlets repeating one press release are one source.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Unabhängige Quellen&lt;/b&gt;: wie viele verschiedene Ursprünge hinter der Behauptung stehen, gezählt über die Behauptung selbst und die Behauptungen, die sie stützen. Zehn Medien, die dieselbe Pressemitteilung wiedergeben, sind eine Quelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimMatrixModel</name>
    <message>
        <source>Report #%1, unnamed source</source>
        <translation>Bericht Nr. %1, unbenannte Quelle</translation>
    </message>
    <message>
        <source>%1 backs this claim</source>
        <translation>%1 stützt diese Behauptung</translation>
    </message>
    <message>
        <source>%1 disputes this claim</source>
        <translation>%1 bestreitet diese Behauptung</translation>
    </message>
    <message>
        <source>Rests on one voice: %1</source>
        <translation>Stützt sich auf eine einzige Stimme: %1</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ClaimsPane</name>
    <message>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Verankert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Claims that could not be placed in the new version of their report</source>
        <translation>Behauptungen, die in der neuen Fassung ihres Berichts nicht wiedergefunden wurden</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Alle Berichte</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Quote changed</source>
        <translation>Zitat geändert</translation>
    </message>
    <message>
        <source>Claims a new version of their report placed on words that changed, not edited or marked checked since: check their statements</source>
        <translation>Behauptungen, die eine neue Fassung ihres Berichts auf geänderte Worte gelegt hat und die seither weder bearbeitet noch als geprüft markiert wurden: ihre Aussagen prüfen</translation>
    </message>
    <message>
        <source>No claims match these filters.</source>
        <translation>Keine Behauptung entspricht diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ConflictListModel</name>
    <message>
        <source>No conflicts: no contradicting links, no disagreeing figures.</source>
        <translation>Keine Konflikte: keine widersprechenden Verknüpfungen, keine abweichenden Zahlen.</translation>
    </message>
    <message>
        <source>%1 — “%2” vs “%3”
%4</source>
        <translation>%1 — „%2“ gegen „%3“
%4</translation>
    </message>
</context>
<context>
    <name>corrob::ui::DockLayout</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>corrob::ui::EmptyCasePage</name>
    <message>
        <source>Add the articles and reports you are working from: text, Markdown, HTML or PDF files, a whole folder of them, or text copied from a web page or an email. Corroborate keeps each original exactly as it came.</source>
        <translation>Fügen Sie die Artikel und Berichte hinzu, mit denen Sie arbeiten: Text-, Markdown-, HTML- oder PDF-Dateien, einen ganzen Ordner davon oder Text, der aus einer Webseite oder einer E-Mail kopiert wurde. Corroborate bewahrt jedes Original genau so auf, wie es kam.</translation>
    </message>
    <message>
        <source>Or drop files and folders anywhere on this window.</source>
        <translation>Oder ziehen Sie Dateien und Ordner an eine beliebige Stelle dieses Fensters.</translation>
    </message>
    <message>
        <source>This case has no reports yet</source>
        <translation>Dieser Fall hat noch keine Berichte</translation>
    </message>
    <message>
        <source>“%1” has no reports yet</source>
        <translation>„%1“ hat noch keine Berichte</translation>
    </message>
</context>
<context>
    <name>corrob::ui::EntitiesPane</name>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Drag an entity onto another to merge them</source>
        <translation>Ziehen Sie eine Entität auf eine andere, um sie zusammenzuführen</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>&amp;Reports that mention it:</source>
        <translation>&amp;Berichte, die sie erwähnen:</translation>
    </message>
    <message>
        <source>&amp;Mentioned with it:</source>
        <translation>&amp;Zusammen erwähnt:</translation>
    </message>
    <message>
        <source>Finding entities…</source>
        <translation>Entitäten werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>Finding entities: %1 of %n report(s)</source>
        <translation>
            <numerusform>Entitäten werden gesucht: %1 von %n Bericht</numerusform>
            <numerusform>Entitäten werden gesucht: %1 von %n Berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>(any entity)</source>
        <translation>(beliebige Entität)</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n Bericht)</numerusform>
            <numerusform>%1 (%n Berichte)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm entity</source>
        <translation>Entität bestätigen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Retype entity</source>
        <translation>Typ der Entität ändern</translation>
    </message>
    <message>
        <source>&amp;Split Off</source>
        <translation>&amp;Abspalten</translation>
    </message>
    <message>
        <source>Split entity</source>
        <translation>Entität aufteilen</translation>
    </message>
    <message>
        <source>Make &amp;Source</source>
        <translation>Zur &amp;Quelle machen</translation>
    </message>
    <message>
        <source>Make entity a source</source>
        <translation>Entität zur Quelle machen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Entität löschen</translation>
    </message>
    <message>
        <source>Type to filter; the Up and Down arrows pick an entity without leaving the field</source>
        <translation>Tippen zum Filtern; die Pfeiltasten nach oben und unten wählen eine Entität, ohne das Feld zu verlassen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”, as one of its names (%3 undoes it).</source>
        <translation>„%1“ in „%2“ zusammengeführt, als einer seiner Namen (%3 macht es rückgängig).</translation>
    </message>
    <message>
        <source>Merged “%1” (%2) into “%3” (%4), as one of its names (%5 undoes it).</source>
        <translation>„%1“ (%2) in „%3“ (%4) zusammengeführt, als einer seiner Namen (%5 macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ExchangeActions</name>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Annotationen importieren…</translation>
    </message>
    <message>
        <source>Add W3C Web Annotations (JSON-LD, from Corroborate or another tool) as claims on the matching reports</source>
        <translation>W3C-Web-Annotationen (JSON-LD, aus Corroborate oder einem anderen Werkzeug) als Behauptungen zu den passenden Berichten hinzufügen</translation>
    </message>
    <message>
        <source>Export for O&amp;ther Tools</source>
        <translation>Für andere &amp;Werkzeuge exportieren</translation>
    </message>
    <message>
        <source>&amp;W3C Web Annotations…</source>
        <translation>&amp;W3C-Web-Annotationen…</translation>
    </message>
    <message>
        <source>Every claim as a W3C Web Annotation (JSON-LD), for annotation tools</source>
        <translation>Jede Behauptung als W3C-Web-Annotation (JSON-LD), für Annotationswerkzeuge</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project…</source>
        <translation>&amp;REFI-QDA-Projekt…</translation>
    </message>
    <message>
        <source>A .qdpx project for ATLAS.ti, NVivo, MAXQDA or QualCoder: tags as codes, claims as codings</source>
        <translation>Ein .qdpx-Projekt für ATLAS.ti, NVivo, MAXQDA oder QualCoder: Schlagwörter als Codes, Behauptungen als Codierungen</translation>
    </message>
    <message>
        <source>Case &amp;Bundle…</source>
        <translation>&amp;Fallpaket…</translation>
    </message>
    <message>
        <source>A zip of the case, every original as collected and a SHA-256 manifest</source>
        <translation>Ein ZIP-Archiv mit dem Fall, jedem Original wie erfasst und einem SHA-256-Manifest</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added as claims.</source>
        <translation>
            <numerusform>%n Annotation als Behauptung hinzugefügt.</numerusform>
            <numerusform>%n Annotationen als Behauptungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed.</source>
        <translation>
            <numerusform>%n konnte nicht zugeordnet werden.</numerusform>
            <numerusform>%n konnten nicht zugeordnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export W3C Web Annotations</source>
        <translation>W3C-Web-Annotationen exportieren</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C-Web-Annotationen (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Case Bundle</source>
        <translation>Fallpaket exportieren</translation>
    </message>
    <message>
        <source>Case bundles (*.zip)</source>
        <translation>Fallpakete (*.zip)</translation>
    </message>
    <message>
        <source>%1 is the open case: choose another file.</source>
        <translation>%1 ist der geöffnete Fall: Wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned claim(s) left out: their text no longer matches their report.</source>
        <translation>
            <numerusform>%n verwaiste Behauptung ausgelassen: Ihr Text passt nicht mehr zu ihrem Bericht.</numerusform>
            <numerusform>%n verwaiste Behauptungen ausgelassen: Ihr Text passt nicht mehr zu ihrem Bericht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with the case and %n original(s).</source>
        <translation>
            <numerusform>%1 mit dem Fall und %n Original geschrieben.</numerusform>
            <numerusform>%1 mit dem Fall und %n Originalen geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n claim(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Behauptung.</numerusform>
            <numerusform>%1 geschrieben: %n Behauptungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;All claims</source>
        <translation>&amp;Alle Behauptungen</translation>
    </message>
    <message>
        <source>Claims &amp;tagged</source>
        <translation>Behauptungen mit &amp;Schlagwort</translation>
    </message>
    <message>
        <source> or better</source>
        <translation> oder besser</translation>
    </message>
    <message>
        <source>Claims &amp;graded</source>
        <translation>Behauptungen mit &amp;Einstufung</translation>
    </message>
    <message>
        <source>These &amp;claims:</source>
        <translation>&amp;Diese Behauptungen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview of the report:</source>
        <translation>Vorschau des Berichts:</translation>
    </message>
    <message>
        <source>Tick the claims to export.</source>
        <translation>Kreuzen Sie die zu exportierenden Behauptungen an.</translation>
    </message>
    <message numerus="yes">
        <source>the preview shows the first %1 of %n claim(s)</source>
        <translation>
            <numerusform>die Vorschau zeigt die ersten %1 von %n Behauptung</numerusform>
            <numerusform>die Vorschau zeigt die ersten %1 von %n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>https://example.org/investigation.html (optional)</source>
        <translation>https://example.org/recherche.html (optional)</translation>
    </message>
    <message>
        <source>Where the investigation report is published. Each review&apos;s url is this address with the claim&apos;s anchor (#claim-7), as Google&apos;s ClaimReview guidelines ask; left empty, the reviews have no url.</source>
        <translation>Wo der Untersuchungsbericht veröffentlicht ist. Die url jeder Bewertung ist diese Adresse mit dem Anker der Behauptung (#claim-7), wie es Googles ClaimReview-Richtlinien verlangen; bleibt das Feld leer, haben die Bewertungen keine url.</translation>
    </message>
    <message>
        <source>&amp;Published at:</source>
        <translation>&amp;Veröffentlicht unter:</translation>
    </message>
    <message>
        <source>The address it is published at must be an absolute http or https URL, such as https://example.org/investigation.html.</source>
        <translation>Die Adresse der Veröffentlichung muss eine absolute http- oder https-URL sein, etwa https://example.org/recherche.html.</translation>
    </message>
    <message>
        <source>The claims it exports, as the report shows them (the CSV files hold them as rows, one file of claims and one of their links):</source>
        <translation>Die exportierten Behauptungen, wie der Bericht sie zeigt (die CSV-Dateien enthalten sie als Zeilen, eine Datei der Behauptungen und eine ihrer Verknüpfungen):</translation>
    </message>
    <message>
        <source>The claims it exports, as the report shows them (the file holds them as data for other programs):</source>
        <translation>Die exportierten Behauptungen, wie der Bericht sie zeigt (die Datei enthält sie als Daten für andere Programme):</translation>
    </message>
</context>
<context>
    <name>corrob::ui::HelpWindow</name>
    <message>
        <source>Corroborate Help</source>
        <translation>Corroborate-Hilfe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>What Is a B2?</source>
        <translation>Was bedeutet B2?</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot paste a report</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the text of an article, then paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie den Text eines Artikels und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Pasting</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Import %1 von %2: %3</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3 (%4)</source>
        <translation>Import %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln report(s).</source>
        <translation>
            <numerusform>%Ln Bericht importiert.</numerusform>
            <numerusform>%Ln Berichte importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln duplicate(s).</source>
        <translation>
            <numerusform>%Ln Duplikat übersprungen.</numerusform>
            <numerusform>%Ln Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln file(s).</source>
        <translation>
            <numerusform>%Ln Datei übersprungen.</numerusform>
            <numerusform>%Ln Dateien übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%Ln Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>already in the case as “%1”</source>
        <translation>bereits im Fall als „%1“</translation>
    </message>
    <message>
        <source>already in the case</source>
        <translation>bereits im Fall</translation>
    </message>
    <message>
        <source>Skipped: %1 — %2</source>
        <translation>Übersprungen: %1 — %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Imported: %1 — “%2”</source>
        <translation>Importiert: %1 — „%2“</translation>
    </message>
    <message>
        <source>It is a new version of a report already in the case; the claims marked on that report moved to it.</source>
        <translation>Er ist eine neue Fassung eines Berichts, der schon im Fall ist; die dort markierten Aussagen sind auf ihn übergegangen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are new versions of reports already in the case; the claims marked on those reports moved to them.</source>
        <translation>
            <numerusform>%Ln davon ist eine neue Fassung eines Berichts, der schon im Fall ist; die dort markierten Aussagen sind auf sie übergegangen.</numerusform>
            <numerusform>%Ln davon sind neue Fassungen von Berichten, die schon im Fall sind; die dort markierten Aussagen sind auf sie übergegangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) now quote words that changed: check their statements.</source>
        <translation>
            <numerusform>%n Aussage zitiert jetzt geänderte Worte: prüfen Sie ihre Formulierung.</numerusform>
            <numerusform>%n Aussagen zitieren jetzt geänderte Worte: prüfen Sie ihre Formulierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could not be placed in the new text: they are listed as orphaned in the Claims table.</source>
        <translation>
            <numerusform>%n Aussage ließ sich im neuen Text nicht verorten: sie steht als verwaist in der Aussagentabelle.</numerusform>
            <numerusform>%n Aussagen ließen sich im neuen Text nicht verorten: sie stehen als verwaist in der Aussagentabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 — “%2”, a new version of “%3”: %n claim(s) moved to it.</source>
        <translation>
            <numerusform>Importiert: %1 — „%2“, eine neue Fassung von „%3“: %n Aussage übernommen.</numerusform>
            <numerusform>Importiert: %1 — „%2“, eine neue Fassung von „%3“: %n Aussagen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>    Claim %1 now quotes “%2” (it quoted “%3”).</source>
        <translation>    Aussage %1 zitiert jetzt „%2“ (vorher „%3“).</translation>
    </message>
    <message>
        <source>    Claim %1 could not be placed: “%2” is not in the new version.</source>
        <translation>    Aussage %1 ließ sich nicht verorten: „%2“ steht nicht in der neuen Fassung.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::InspectorPane</name>
    <message>
        <source>Select a claim in a report or in the Claims list, a link of a claim, a source in the Sources list or a report in the Case list.

Select text in a report and press Ctrl+M to mark a new claim.</source>
        <translation>Wählen Sie eine Behauptung in einem Bericht oder in der Liste „Behauptungen“, eine Verknüpfung einer Behauptung, eine Quelle in der Liste „Quellen“ oder einen Bericht in der Liste „Fall“ aus.

Wählen Sie Text in einem Bericht aus und drücken Sie Strg+M, um eine neue Behauptung zu markieren.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::LinkClaimDialog</name>
    <message>
        <source>Link Claim</source>
        <translation>Behauptung verknüpfen</translation>
    </message>
    <message>
        <source>Link %1 to:</source>
        <translation>%1 verknüpfen mit:</translation>
    </message>
    <message>
        <source>Search claims in other reports</source>
        <translation>Behauptungen in anderen Berichten suchen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
</context>
<context>
    <name>corrob::ui::LinkInspector</name>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Click the quote to select this claim</source>
        <translation>Klicken Sie auf das Zitat, um diese Behauptung auszuwählen</translation>
    </message>
    <message>
        <source>Why are these claims linked? (Ctrl+Enter applies)</source>
        <translation>Warum sind diese Behauptungen verknüpft? (Strg+Eingabe übernimmt)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>How sure you are of this link, from 0 to 1; below 0 means not given</source>
        <translation>Wie sicher Sie sich dieser Verknüpfung sind, von 0 bis 1; unter 0 heißt nicht angegeben</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Change link type to %1</source>
        <translation>Verknüpfungstyp auf „%1“ ändern</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>Die Verknüpfung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>(claim %1 is gone)</source>
        <translation>(Behauptung %1 gibt es nicht mehr)</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;link %4&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;&lt;span style=&quot;color:%3&quot;&gt;Verknüpfung %4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation>Die Verknüpfung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Remove link note</source>
        <translation>Notiz der Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Edit link note</source>
        <translation>Notiz der Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <source>Clear link confidence</source>
        <translation>Sicherheit der Verknüpfung löschen</translation>
    </message>
    <message>
        <source>Set link confidence to %1</source>
        <translation>Sicherheit der Verknüpfung auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>corrob::ui::LinkLegend</name>
    <message>
        <source>corroborates</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>elaborates</source>
        <translation>präzisiert</translation>
    </message>
    <message>
        <source>Corroborates: supports the other claim; its origin counts as an independent source of it</source>
        <translation>Stützt: bekräftigt die andere Behauptung; ihr Ursprung zählt als unabhängige Quelle für diese</translation>
    </message>
    <message>
        <source>Contradicts: disputes the other claim; lowers its suggested credibility</source>
        <translation>Widerspricht: bestreitet die andere Behauptung; senkt deren vorgeschlagene Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Repeats: the same statement from the same origin (a report passing it on); counted once</source>
        <translation>Wiederholt: dieselbe Aussage aus demselben Ursprung (ein Bericht, der sie weitergibt); zählt nur einmal</translation>
    </message>
    <message>
        <source>Updates: a newer figure or state of the same thing</source>
        <translation>Aktualisiert: eine neuere Zahl oder ein neuerer Stand derselben Sache</translation>
    </message>
    <message>
        <source>Elaborates: adds detail to the other claim</source>
        <translation>Präzisiert: ergänzt die andere Behauptung um Einzelheiten</translation>
    </message>
    <message>
        <source>The colours of the curves between linked claims</source>
        <translation>Die Farben der Bögen zwischen verknüpften Behauptungen</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
</context>
<context>
    <name>corrob::ui::MainWindow</name>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Fall ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>Beis&amp;pielfall öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>Fall &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Fol&amp;der…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Report</source>
        <translation>Als neuen Bericht &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Corroborate</source>
        <translation>&amp;Über Corroborate</translation>
    </message>
    <message>
        <source>About Corroborate</source>
        <translation>Über Corroborate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corroborate %1&lt;/h3&gt;&lt;p&gt;A desktop investigation workbench: read the reports you collected side by side, mark the claims they make, link the claims that corroborate or contradict each other, and see how many truly independent sources back each claim.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corroborate %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für Recherchen am Desktop: Lesen Sie die gesammelten Berichte nebeneinander, markieren Sie die Behauptungen darin, verknüpfen Sie Behauptungen, die einander stützen oder widersprechen, und sehen Sie, wie viele wirklich unabhängige Quellen jede Behauptung stützen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Behau&amp;ptung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Der Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the sample case</source>
        <translation>Der Beispielfall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the case</source>
        <translation>Der Fall kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln report(s).</source>
        <translation>
            <numerusform>%Ln Bericht importiert.</numerusform>
            <numerusform>%Ln Berichte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Corroborate</source>
        <translation>%1 — Corroborate</translation>
    </message>
    <message>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln Bericht</numerusform>
            <numerusform>%Ln Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;eset Sample Case…</source>
        <translation>Beispielfall zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Start again from a fresh sample case; the edited one is kept as a backup</source>
        <translation>Mit einem frischen Beispielfall neu beginnen; der bearbeitete wird als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;What Is a B2?</source>
        <translation>&amp;Was bedeutet B2?</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Reset the Sample Case</source>
        <translation>Beispielfall zurücksetzen</translation>
    </message>
    <message>
        <source>Start again from a fresh sample case?</source>
        <translation>Mit einem frischen Beispielfall neu beginnen?</translation>
    </message>
    <message>
        <source>The sample case as you left it is closed and kept beside the new one as a backup, named with today&apos;s date and time; nothing is deleted.</source>
        <translation>Der Beispielfall wird so, wie Sie ihn verlassen haben, geschlossen und neben dem neuen als Sicherung aufbewahrt, mit dem heutigen Datum und der Uhrzeit im Namen; gelöscht wird nichts.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot reset the sample case</source>
        <translation>Der Beispielfall kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>A fresh sample case is open. The one you edited is kept as %1</source>
        <translation>Ein frischer Beispielfall ist geöffnet. Der bearbeitete ist als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This case is open read-only here: nothing can be imported into it.</source>
        <translation>Dieser Fall ist hier schreibgeschützt geöffnet: Es kann nichts in ihn importiert werden.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Corroborate</source>
        <translation>%1 (schreibgeschützt) — Corroborate</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>the sample case is open in another window: %1; close it there first</source>
        <translation>der Beispielfall ist in einem anderen Fenster geöffnet: %1; schließen Sie ihn zuerst dort</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Case opened (earlier changes are not undone from here)</source>
        <translation>Fall geöffnet (frühere Änderungen lassen sich hier nicht rückgängig machen)</translation>
    </message>
    <message>
        <source>Damaged Case</source>
        <translation>Beschädigter Fall</translation>
    </message>
    <message>
        <source>%1

The case stays open read-only here, so nothing more is written into it.</source>
        <translation>%1

Der Fall bleibt hier schreibgeschützt geöffnet, damit nichts mehr in ihn geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <source>Undid %n step(s); Redo (%1) brings them back until the next change.</source>
        <translation>
            <numerusform>%n Schritt rückgängig gemacht; Wiederherstellen (%1) holt ihn bis zur nächsten Änderung zurück.</numerusform>
            <numerusform>%n Schritte rückgängig gemacht; Wiederherstellen (%1) holt sie bis zur nächsten Änderung zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redid %n step(s).</source>
        <translation>
            <numerusform>%n Schritt wiederhergestellt.</numerusform>
            <numerusform>%n Schritte wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::NotesPane</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>No notes yet. Pick a claim and add a note in the Inspector&apos;s Notes field: every note of the case is listed here.</source>
        <translation>Noch keine Notizen. Wählen Sie eine Behauptung und fügen Sie im Notizfeld des Inspektors eine Notiz hinzu: Hier stehen alle Notizen des Falls.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::OtherWritersWatch</name>
    <message>
        <source>The case was changed by another program; the window shows it as it is now.</source>
        <translation>Der Fall wurde von einem anderen Programm geändert; das Fenster zeigt ihn jetzt so, wie er ist.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::PreferencesDialog</name>
    <message>
        <source>Show page furniture</source>
        <translation>Seitenbeiwerk anzeigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As many as are open</source>
        <translation>So viele wie geöffnet</translation>
    </message>
    <message>
        <source>Navigation, newsletter prompts, share labels and the like, greyed instead of hidden (View &gt; Show Page Furniture)</source>
        <translation>Navigation, Newsletter-Hinweise, Teilen-Aufrufe und dergleichen grau statt ausgeblendet (Ansicht &gt; Seitenbeiwerk anzeigen)</translation>
    </message>
    <message>
        <source>The folder last used</source>
        <translation>Der zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>The audit log records this name with every change you make, from the next change on. Leave it empty to be recorded by your login name.</source>
        <translation>Das Änderungsprotokoll vermerkt diesen Namen bei jeder Ihrer Änderungen, ab der nächsten. Bleibt das Feld leer, wird Ihr Anmeldename vermerkt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Report panes:</source>
        <translation>&amp;Berichtsbereiche:</translation>
    </message>
    <message>
        <source>How many reports a case shows side by side the first time it is opened here; after that it opens as you left it.</source>
        <translation>Wie viele Berichte ein Fall nebeneinander zeigt, wenn er hier zum ersten Mal geöffnet wird; danach öffnet er sich so, wie Sie ihn verlassen haben.</translation>
    </message>
    <message>
        <source>&amp;Start folder:</source>
        <translation>&amp;Startordner:</translation>
    </message>
    <message>
        <source>Where New Case, Open Case and the import dialogs start.</source>
        <translation>Der Ordner, in dem „Neuer Fall“, „Fall öffnen“ und die Importdialoge beginnen.</translation>
    </message>
    <message>
        <source>Start Folder</source>
        <translation>Startordner</translation>
    </message>
</context>
<context>
    <name>corrob::ui::RecentCasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No Recent Cases</source>
        <translation>Keine zuletzt geöffneten Fälle</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportActions</name>
    <message>
        <source>&amp;Delete Report…</source>
        <translation>Bericht &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the report selected in the Case list, with its claims and links</source>
        <translation>Den in der Liste „Fall“ ausgewählten Bericht mit seinen Behauptungen und Verknüpfungen löschen</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Bericht löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) marked in it and %1 go with it, with their tags and notes.</source>
        <translation>
            <numerusform>%n darin markierte Behauptung und %1 werden mitgelöscht, samt ihren Schlagwörtern und Notizen.</numerusform>
            <numerusform>%n darin markierte Behauptungen und %1 werden mitgelöscht, samt ihren Schlagwörtern und Notizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is marked in it.</source>
        <translation>Darin ist keine Behauptung markiert.</translation>
    </message>
    <message numerus="yes">
        <source>It is a new version of “%1”: its %n claim(s) go back to that version.</source>
        <translation>
            <numerusform>Er ist eine neue Fassung von „%1“: Seine %n Behauptung geht an jene Fassung zurück.</numerusform>
            <numerusform>Er ist eine neue Fassung von „%1“: Seine %n Behauptungen gehen an jene Fassung zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this (Edit &gt; Undo). The original stays in the case file until deleted reports are purged (corroborate-cli report purge).</source>
        <translation>Sie können das rückgängig machen (Bearbeiten &gt; Rückgängig). Das Original bleibt in der Falldatei, bis gelöschte Berichte endgültig entfernt werden (corroborate-cli report purge).</translation>
    </message>
    <message>
        <source>&amp;Delete Report</source>
        <translation>Bericht &amp;löschen</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportInspector</name>
    <message>
        <source>Set report title</source>
        <translation>Titel des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report outlet</source>
        <translation>Medium des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report republisher</source>
        <translation>Weiterverbreiter des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report author</source>
        <translation>Autor des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report date</source>
        <translation>Datum des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report language</source>
        <translation>Sprache des Berichts festlegen</translation>
    </message>
    <message>
        <source>Set report URL</source>
        <translation>URL des Berichts festlegen</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Wer ihn veröffentlicht hat</translation>
    </message>
    <message>
        <source>A site that republished it, if any</source>
        <translation>Eine Website, die ihn weiterverbreitet hat, falls vorhanden</translation>
    </message>
    <message>
        <source>2022-08-04, 2022-08 or 2022</source>
        <translation>2022-08-04, 2022-08 oder 2022</translation>
    </message>
    <message>
        <source>en, uk, pt-BR…</source>
        <translation>de, en, uk, pt-BR…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>SHA-256 of the original file, exactly as collected</source>
        <translation>SHA-256 der Originaldatei, genau wie gesammelt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Republished by</source>
        <translation>Weiterverbreitet von</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the report</source>
        <translation>Der Bericht kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Set report translation credit</source>
        <translation>Übersetzer des Berichts festlegen</translation>
    </message>
    <message>
        <source>Who translated it, if anyone</source>
        <translation>Wer ihn übersetzt hat, falls übersetzt</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Outlet: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Published: unknown</source>
        <translation>Veröffentlicht: unbekannt</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>A new version of “%1”: its claims moved here.</source>
        <translation>Eine neue Fassung von „%1“: deren Aussagen sind hierher übergegangen.</translation>
    </message>
    <message>
        <source>Superseded by a newer version, “%1”: its claims are there now.</source>
        <translation>Ersetzt durch eine neuere Fassung, „%1“: die Aussagen stehen jetzt dort.</translation>
    </message>
    <message>
        <source>(earlier) %1</source>
        <translation>(früher) %1</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportListPane</name>
    <message>
        <source>Filter reports (Ctrl+F)</source>
        <translation>Berichte filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter Reports</source>
        <translation>Berichte filtern</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>No reports match the filter.</source>
        <translation>Kein Bericht entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportPane</name>
    <message>
        <source>Reports chosen in the Case list open in this pane</source>
        <translation>In der Liste „Fall“ gewählte Berichte öffnen sich in diesem Bereich</translation>
    </message>
    <message>
        <source>Find in report (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Im Bericht suchen (Eingabe: weiter, Umschalt+Eingabe: zurück, Esc: schließen)</translation>
    </message>
    <message>
        <source>Find in Report</source>
        <translation>Im Bericht suchen</translation>
    </message>
    <message>
        <source>This report&apos;s text cannot be shown: %1</source>
        <translation>Der Text dieses Berichts kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Outlet unknown</source>
        <translation>Medium unbekannt</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This case has no reports yet.</source>
        <translation>Dieser Fall hat noch keine Berichte.</translation>
    </message>
    <message>
        <source>Double-click a report in the Case list, or drag it here, to read it in this pane.</source>
        <translation>Doppelklicken Sie auf einen Bericht in der Liste „Fall“ oder ziehen Sie ihn hierher, um ihn in diesem Bereich zu lesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Drag it onto a claim in another pane to link them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ziehen Sie sie auf eine Behauptung in einem anderen Bereich, um beide zu verknüpfen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>earlier version: its claims moved to the newer one</source>
        <translation>frühere Fassung: ihre Aussagen stehen jetzt in der neueren</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>neue Fassung</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReportPaneArea</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Click to show this link in the Inspector.</source>
        <translation>Klicken Sie, um diese Verknüpfung unter „Eigenschaften“ anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ReviewQueueModel</name>
    <message>
        <source>Claim #%1</source>
        <translation>Behauptung Nr. %1</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Best Candidate</source>
        <translation>Bester Kandidat</translation>
    </message>
    <message>
        <source>Likely links: the candidates scoring at least %1 (at most %2 a claim); the claim&apos;s Suggestions list shows every candidate</source>
        <translation>Wahrscheinliche Verknüpfungen: die Kandidaten mit mindestens %1 Punkten (höchstens %2 je Behauptung); die Vorschlagsliste der Behauptung zeigt jeden Kandidaten</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SearchActions</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search &amp;Case…</source>
        <translation>Fall &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search every report, claim, note and source of the case</source>
        <translation>Alle Berichte, Behauptungen, Notizen und Quellen des Falls durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Next Search Hit</source>
        <translation>&amp;Nächster Suchtreffer</translation>
    </message>
    <message>
        <source>Pre&amp;vious Search Hit</source>
        <translation>V&amp;origer Suchtreffer</translation>
    </message>
    <message>
        <source>Hit %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>Every hit in this report is in page furniture, which is hidden: View &gt; Show Page Furniture shows it.</source>
        <translation>Jeder Treffer in diesem Bericht liegt im ausgeblendeten Seitenbeiwerk: Ansicht &gt; Seitenbeiwerk anzeigen zeigt es.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in this report are in page furniture, which is hidden: View &gt; Show Page Furniture shows them.</source>
        <translation>
            <numerusform>%n Treffer in diesem Bericht liegt im ausgeblendeten Seitenbeiwerk: Ansicht &gt; Seitenbeiwerk anzeigen zeigt ihn.</numerusform>
            <numerusform>%n Treffer in diesem Bericht liegen im ausgeblendeten Seitenbeiwerk: Ansicht &gt; Seitenbeiwerk anzeigen zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>That sentence is a claim already: it is selected.</source>
        <translation>Dieser Satz ist schon eine Behauptung; sie ist ausgewählt.</translation>
    </message>
    <message>
        <source>Hit %1 of %2, from the top again</source>
        <translation>Treffer %1 von %2, wieder von oben</translation>
    </message>
    <message>
        <source>Hit %1 of %2, from the end again</source>
        <translation>Treffer %1 von %2, wieder vom Ende</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SearchDock</name>
    <message>
        <source>&amp;Batch Search…</source>
        <translation>&amp;Sammelsuche…</translation>
    </message>
    <message>
        <source>Search a list of terms, one a line: the reports and hit counts of each</source>
        <translation>Eine Liste von Begriffen durchsuchen, einer pro Zeile: die Berichte und Trefferzahlen jedes Begriffs</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Matched “%1”</source>
        <translation>Treffer für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch Search</source>
        <translation>Sammelsuche</translation>
    </message>
    <message>
        <source>One term a line: names, units, villages…</source>
        <translation>Ein Begriff pro Zeile: Namen, Einheiten, Dörfer…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, a word&apos;s start with * (Kharkiv*) or OR.</source>
        <translation>Nichts gefunden. Versuchen Sie weniger Wörter, einen Wortanfang mit * (Kharkiv*) oder OR.</translation>
    </message>
    <message>
        <source>Open a case to search it.</source>
        <translation>Öffnen Sie einen Fall, um ihn zu durchsuchen.</translation>
    </message>
    <message>
        <source>Only the first %1 words were searched.</source>
        <translation>Nur die ersten %1 Wörter wurden gesucht.</translation>
    </message>
    <message>
        <source>Nothing found: leaving words out (-Putin) only narrows a search. Add a word to look for.</source>
        <translation>Nichts gefunden: Wörter auszuschließen (-Putin) grenzt eine Suche nur ein. Geben Sie ein Wort an, nach dem gesucht wird.</translation>
    </message>
    <message>
        <source>Search the case: words, &quot;phrases&quot;, OR, outlet:…</source>
        <translation>Fall durchsuchen: Wörter, &quot;Phrasen&quot;, OR, outlet:…</translation>
    </message>
    <message>
        <source>Open the selected hit&apos;s report and mark the sentence holding it as a claim</source>
        <translation>Den Bericht des gewählten Treffers öffnen und den Satz, der ihn enthält, als Behauptung markieren</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>%1: not a filter it can read, searched as words (in: takes claims, reports, notes or sources; kind: figure, allegation, denial, legal, quote or other; published: a date such as 2022, 2022-03, 2022-03-10 or a range 2022-03..2022-05).</source>
        <translation>%1: kein lesbarer Filter, als Wörter gesucht (in: nimmt claims, reports, notes oder sources; kind: figure, allegation, denial, legal, quote oder other; published: ein Datum wie 2022, 2022-03, 2022-03-10 oder einen Bereich 2022-03..2022-05).</translation>
    </message>
    <message>
        <source>Enter or a double click on a report opens it with the term&apos;s hits highlighted</source>
        <translation>Eingabe oder ein Doppelklick auf einen Bericht öffnet ihn mit den Treffern des Begriffs hervorgehoben</translation>
    </message>
    <message>
        <source>Search every term (Ctrl+Enter)</source>
        <translation>Jeden Begriff suchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>no word to search for</source>
        <translation>kein Suchwort</translation>
    </message>
    <message>
        <source>This line has no word to search for: only signs such as brackets, quotes or *</source>
        <translation>Diese Zeile enthält kein Suchwort, nur Zeichen wie Klammern, Anführungszeichen oder *</translation>
    </message>
    <message>
        <source>text, only in page furniture</source>
        <translation>Text, nur im Seitenbeiwerk</translation>
    </message>
    <message>
        <source>%1 + %2 in page furniture</source>
        <translation>%1 + %2 im Seitenbeiwerk</translation>
    </message>
    <message>
        <source>(as “%1”)</source>
        <translation>(als „%1“)</translation>
    </message>
    <message>
        <source>Words (all of them), &quot;exact phrases&quot;, OR, NOT or -word, (groups), Kharkiv* (a prefix), NEAR(a b, 5) or a NEAR/5 b, and filters: outlet:, source:, tag:, kind:, report:, in:claims|reports|notes|sources, published:2022-03..2022-05 (Help &gt; Manual, F1, has them all)</source>
        <translation>Wörter (alle), &quot;genaue Wortfolgen&quot;, OR, NOT oder -Wort, (Gruppen), Kharkiv* (ein Wortanfang), NEAR(a b, 5) oder a NEAR/5 b, und Filter: outlet:, source:, tag:, kind:, report:, in:claims|reports|notes|sources, published:2022-03..2022-05 (Hilfe &gt; Handbuch, F1, nennt sie alle)</translation>
    </message>
    <message>
        <source>Mar&amp;k as Claim</source>
        <translation>Als Behauptung &amp;markieren</translation>
    </message>
    <message>
        <source>Nothing found: %1 names nothing in this case (no outlet, source, tag or report title of that name).</source>
        <translation>Nichts gefunden: %1 benennt nichts in diesem Fall (kein Medium, keine Quelle, kein Schlagwort und kein Berichtstitel dieses Namens).</translation>
    </message>
    <message>
        <source>%1: searched as a word. A NEAR goes between two words or quoted phrases, or a group of words in parentheses, all joined by OR or all by AND: (Kyiv OR Kharkiv) NEAR/5 shelling.</source>
        <translation>%1: als Wort gesucht. Ein NEAR steht zwischen zwei Wörtern oder Phrasen in Anführungszeichen oder einer Gruppe von Wörtern in Klammern, alle mit OR oder alle mit AND verbunden: (Kyiv OR Kharkiv) NEAR/5 shelling.</translation>
    </message>
    <message numerus="yes">
        <source>text, %n hit(s)</source>
        <translation>
            <numerusform>Text, %n Treffer</numerusform>
            <numerusform>Text, %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>+ %1 in page furniture</source>
        <translation>+ %1 im Seitenbeiwerk</translation>
    </message>
    <message numerus="yes">
        <source>The best %1 results, in %n report(s); there are more: add words or a filter to narrow the search.</source>
        <translation>
            <numerusform>Die besten %1 Ergebnisse, in %n Bericht; es gibt mehr: Wörter oder einen Filter hinzufügen, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die besten %1 Ergebnisse, in %n Berichten; es gibt mehr: Wörter oder einen Filter hinzufügen, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::SourceInspector</name>
    <message>
        <source>The organisation it speaks for</source>
        <translation>Die Organisation, für die sie spricht</translation>
    </message>
    <message>
        <source>Other names, comma-separated</source>
        <translation>Andere Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Why this grade? (Ctrl+Enter applies)</source>
        <translation>Warum diese Einstufung? (Strg+Eingabe übernimmt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>In the case</source>
        <translation>Im Fall</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Quelle umbenennen</translation>
    </message>
    <message>
        <source>Change source kind</source>
        <translation>Art der Quelle ändern</translation>
    </message>
    <message>
        <source>Remove source affiliation</source>
        <translation>Zugehörigkeit der Quelle entfernen</translation>
    </message>
    <message>
        <source>Set source affiliation</source>
        <translation>Zugehörigkeit der Quelle festlegen</translation>
    </message>
    <message>
        <source>Edit source aliases</source>
        <translation>Andere Namen der Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Clear source reliability</source>
        <translation>Zuverlässigkeit der Quelle löschen</translation>
    </message>
    <message>
        <source>Grade source reliability %1</source>
        <translation>Zuverlässigkeit der Quelle mit %1 einstufen</translation>
    </message>
    <message>
        <source>Edit reliability rationale</source>
        <translation>Begründung der Zuverlässigkeit bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; outlet of %Ln report(s)</source>
        <translation>
            <numerusform>; Medium von %Ln Bericht</numerusform>
            <numerusform>; Medium von %Ln Berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the source</source>
        <translation>Die Quelle kann nicht geändert werden</translation>
    </message>
    <message>
        <source>“%1” is “%2”</source>
        <translation>„%1“ ist „%2“</translation>
    </message>
    <message>
        <source>Not added, case and accents aside: %1.</source>
        <translation>Nicht hinzugefügt, da bis auf Groß-/Kleinschreibung und Akzente gleich: %1.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SourceListModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>
Also: %1</source>
        <translation>
Auch: %1</translation>
    </message>
    <message>
        <source>
Grade %1: %2</source>
        <translation>
Einstufung %1: %2</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SpeakerSuggestion</name>
    <message>
        <source>Accept Suggested Source</source>
        <translation>Vorgeschlagene Quelle übernehmen</translation>
    </message>
    <message>
        <source>Attribute the claim to %1, a new source</source>
        <translation>Die Behauptung der neuen Quelle %1 zuordnen</translation>
    </message>
    <message>
        <source>Suggested: %1 (from &apos;%2&apos;)</source>
        <translation>Vorschlag: %1 (aus „%2“)</translation>
    </message>
    <message>
        <source>There is no suggested source to accept.</source>
        <translation>Es gibt keine vorgeschlagene Quelle zum Übernehmen.</translation>
    </message>
    <message>
        <source>Attribute claim to %1</source>
        <translation>Behauptung %1 zuordnen</translation>
    </message>
    <message>
        <source>%1. %2 or the check mark creates the source and attributes the claim.</source>
        <translation>%1. %2 oder das Häkchen legt die Quelle an und ordnet ihr die Behauptung zu.</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SuggestionListModel</name>
    <message>
        <source>Report #%1</source>
        <translation>Bericht Nr. %1</translation>
    </message>
    <message>
        <source>Already a claim in that report</source>
        <translation>Schon eine Behauptung in diesem Bericht</translation>
    </message>
    <message>
        <source>A sentence not marked as a claim yet</source>
        <translation>Ein Satz, der noch nicht als Behauptung markiert ist</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
</context>
<context>
    <name>corrob::ui::SuggestionsPane</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; accepts as guessed · %1 · &lt;b&gt;Del&lt;/b&gt; dismisses</source>
        <translation>&lt;b&gt;Eingabe&lt;/b&gt; übernimmt wie vermutet · %1 · &lt;b&gt;Entf&lt;/b&gt; verwirft</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Mark the passage as a claim if it is not one and link it as the guessed relation (Enter)</source>
        <translation>Die Textstelle als Behauptung markieren, falls sie noch keine ist, und mit der vermuteten Beziehung verknüpfen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Never propose this passage for this claim again (Delete)</source>
        <translation>Diese Textstelle für diese Behauptung nie wieder vorschlagen (Entf)</translation>
    </message>
    <message>
        <source>For This &amp;Claim</source>
        <translation>Für diese &amp;Behauptung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Look for likely links across the whole case again</source>
        <translation>Im ganzen Fall erneut nach wahrscheinlichen Verknüpfungen suchen</translation>
    </message>
    <message>
        <source>Review &amp;Queue</source>
        <translation>&amp;Prüfliste</translation>
    </message>
    <message>
        <source>Su&amp;ggestions for Claim</source>
        <translation>Vorschlä&amp;ge zur Behauptung</translation>
    </message>
    <message>
        <source>The passages of other reports that most likely say the same as the current claim, or the opposite</source>
        <translation>Die Textstellen anderer Berichte, die am wahrscheinlichsten dasselbe wie die aktuelle Behauptung sagen, oder das Gegenteil</translation>
    </message>
    <message>
        <source>&amp;Review Queue</source>
        <translation>Prü&amp;fliste</translation>
    </message>
    <message>
        <source>Every claim with likely links you have not made yet</source>
        <translation>Jede Behauptung mit wahrscheinlichen Verknüpfungen, die Sie noch nicht angelegt haben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick a claim to see what the other reports say about it.</source>
        <translation>Wählen Sie eine Behauptung, um zu sehen, was die anderen Berichte dazu sagen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Looking for the same statement in the other reports…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dieselbe Aussage wird in den anderen Berichten gesucht…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Suggestions are not available: %1</source>
        <translation>Vorschläge sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;i&gt;%5&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;i&gt;%5&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No other report seems to say this or the opposite.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein anderer Bericht scheint dies oder das Gegenteil zu sagen.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) in other reports may say the same or the opposite. Pick one to read it beside the claim.</source>
        <translation>
            <numerusform>%n Textstelle in anderen Berichten sagt vielleicht dasselbe oder das Gegenteil. Wählen Sie sie, um sie neben der Behauptung zu lesen.</numerusform>
            <numerusform>%n Textstellen in anderen Berichten sagen vielleicht dasselbe oder das Gegenteil. Wählen Sie eine, um sie neben der Behauptung zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested: %1 (%2%)
%3
Enter in the Suggestions dock accepts, Delete dismisses.</source>
        <translation>Vorgeschlagen: %1 (%2 %)
%3
Eingabe im Vorschlagsfenster übernimmt, Entf verwirft.</translation>
    </message>
    <message>
        <source>Cannot accept the suggestion</source>
        <translation>Der Vorschlag kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>Cannot dismiss the suggestion</source>
        <translation>Der Vorschlag kann nicht verworfen werden</translation>
    </message>
    <message>
        <source>Open a case to review its likely links.</source>
        <translation>Öffnen Sie einen Fall, um seine wahrscheinlichen Verknüpfungen zu prüfen.</translation>
    </message>
    <message>
        <source>Looking for likely links across the case…</source>
        <translation>Im ganzen Fall wird nach wahrscheinlichen Verknüpfungen gesucht…</translation>
    </message>
    <message>
        <source>The review queue could not be computed: %1</source>
        <translation>Die Prüfliste konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled. Refresh to look again.</source>
        <translation>Abgebrochen. Aktualisieren Sie, um erneut zu suchen.</translation>
    </message>
    <message>
        <source>Shown here: every claim with likely links you have not made yet.</source>
        <translation>Hier erscheint jede Behauptung mit wahrscheinlichen Verknüpfungen, die Sie noch nicht angelegt haben.</translation>
    </message>
    <message>
        <source>No claim has likely links you have not made.</source>
        <translation>Keine Behauptung hat wahrscheinliche Verknüpfungen, die noch fehlen.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) have likely links you have not made. Pick one to work through its suggestions.</source>
        <translation>
            <numerusform>%n Behauptung hat wahrscheinliche Verknüpfungen, die Sie noch nicht angelegt haben. Wählen Sie eine aus, um ihre Vorschläge durchzugehen.</numerusform>
            <numerusform>%n Behauptungen haben wahrscheinliche Verknüpfungen, die Sie noch nicht angelegt haben. Wählen Sie eine aus, um ihre Vorschläge durchzugehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corrob::ui::TagsPane</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Add a tag beside this one</source>
        <translation>Ein Schlagwort neben diesem hinzufügen</translation>
    </message>
    <message>
        <source>New Sub-tag</source>
        <translation>Neues Unterschlagwort</translation>
    </message>
    <message>
        <source>Add a tag under this one</source>
        <translation>Ein Schlagwort unter diesem hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename this tag</source>
        <translation>Dieses Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Change the colour of this tag</source>
        <translation>Die Farbe dieses Schlagworts ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this tag and its sub-tags, and take them off their claims</source>
        <translation>Dieses Schlagwort und seine Unterschlagwörter löschen und von ihren Behauptungen entfernen</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Cannot add the tag</source>
        <translation>Das Schlagwort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Describe tag “%1”</source>
        <translation>Schlagwort „%1“ beschreiben</translation>
    </message>
    <message>
        <source>Cannot change tag “%1”</source>
        <translation>Schlagwort „%1“ kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Change colour of tag “%1”</source>
        <translation>Farbe des Schlagworts „%1“ ändern</translation>
    </message>
    <message>
        <source>Cannot change the colour of “%1”</source>
        <translation>Die Farbe von „%1“ kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot delete tag “%1”</source>
        <translation>Schlagwort „%1“ kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot move tag “%1”</source>
        <translation>Schlagwort „%1“ kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>corrob::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>As the &amp;Desktop</source>
        <translation>Wie die &amp;Arbeitsumgebung</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dar&amp;k</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>corrob::ui::UndoHistoryView</name>
    <message>
        <source>The case as it is now</source>
        <translation>Der Fall, wie er jetzt ist</translation>
    </message>
    <message>
        <source>Double-click or press Enter to undo back to this step</source>
        <translation>Doppelklick oder Eingabetaste: bis zu diesem Schritt rückgängig machen</translation>
    </message>
    <message>
        <source>Undone; double-click or press Enter to redo up to this step (a new change discards it)</source>
        <translation>Rückgängig gemacht; Doppelklick oder Eingabetaste: bis zu diesem Schritt wiederherstellen (eine neue Änderung verwirft ihn)</translation>
    </message>
</context>
<context>
    <name>corrob::ui::WelcomePage</name>
    <message>
        <source>Recent cases</source>
        <translation>Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Fall öffnen…</translation>
    </message>
    <message>
        <source>Open Sample Case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Corroborate helps you check a story before you publish it. Import the articles and reports you are working from, mark the claims each one makes and who makes them, and link the claims that back or contradict each other: Corroborate counts how many truly independent sources stand behind each claim, and shows who disputes it.</source>
        <translation>Corroborate hilft Ihnen, eine Geschichte vor der Veröffentlichung zu prüfen. Importieren Sie die Artikel und Berichte, mit denen Sie arbeiten, markieren Sie die Behauptungen darin und wer sie aufstellt, und verknüpfen Sie Behauptungen, die einander stützen oder widersprechen: Corroborate zählt, wie viele wirklich unabhängige Quellen hinter jeder Behauptung stehen, und zeigt, wer sie bestreitet.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Five articles from 2022 on Amnesty International&apos;s findings of war crimes in Ukraine, with a few claims already marked and linked: read them, mark more, and see what the analysis makes of them.</source>
        <translation>Fünf Artikel aus dem Jahr 2022 über die Erkenntnisse von Amnesty International zu Kriegsverbrechen in der Ukraine, mit einigen bereits markierten und verknüpften Behauptungen: Lesen Sie sie, markieren Sie weitere und sehen Sie, was die Analyse daraus macht.</translation>
    </message>
    <message>
        <source>Reset the Sample Case…</source>
        <translation>Beispielfall zurücksetzen…</translation>
    </message>
    <message>
        <source>Start again from a fresh sample case; your edited copy is kept as a backup</source>
        <translation>Mit einem frischen Beispielfall neu beginnen; Ihre bearbeitete Kopie wird als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <source>Your cases</source>
        <translation>Ihre Fälle</translation>
    </message>
    <message>
        <source>A case is one file on your own machine; import your reports into it</source>
        <translation>Ein Fall ist eine einzige Datei auf Ihrem eigenen Rechner; importieren Sie Ihre Berichte hinein</translation>
    </message>
    <message>
        <source>New here? The manual (F1) explains the words, the keys and what a grade such as B2 means.</source>
        <translation>Neu hier? Das Handbuch (F1) erklärt die Begriffe, die Tastenkürzel und was eine Einstufung wie B2 bedeutet.</translation>
    </message>
    <message>
        <source>Read the Manual</source>
        <translation>Handbuch lesen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Corroborate: a desktop investigation workbench.</source>
        <translation>Corroborate: eine Arbeitsumgebung für Recherchen am Desktop.</translation>
    </message>
    <message>
        <source>Open the sample case.</source>
        <translation>Den Beispielfall öffnen.</translation>
    </message>
    <message>
        <source>The case file to open.</source>
        <translation>Die zu öffnende Falldatei.</translation>
    </message>
</context>
</TS>
