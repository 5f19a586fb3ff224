<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name />
    <message>
        <location filename="../../caseapp/ui/views/record_actions.py" line="52" />
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/record_actions.py" line="62" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/captive_names.py" line="86" />
        <source>Double-click or press Enter to open the captive's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="20" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="30" />
        <source>%1 B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="32" />
        <source>KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="32" />
        <source>MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/formatters.py" line="32" />
        <location filename="../../caseapp/ui/views/formatters.py" line="33" />
        <source>GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="350" />
        <source>follow up on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="351" />
        <source> (overdue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="63" />
        <location filename="../../caseapp/ui/file_actions.py" line="68" />
        <source>New case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="69" />
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="77" />
        <source>Open case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="88" />
        <source>Creating the demo case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="109" />
        <location filename="../../caseapp/ui/file_actions.py" line="119" />
        <source>Import JSON</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/file_actions.py" line="115" />
        <source>Imported %n record(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="128" />
        <source>Export JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="138" />
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="153" />
        <source>The passphrase was changed; a backup with the new passphrase was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="155" />
        <source>The passphrase was changed, but the backup that follows failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/file_actions.py" line="157" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="438" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="119" />
        <source>%1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="121" />
        <source>%1 was changed since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="146" />
        <source>%1 cannot be added again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="205" />
        <source>%1 was deleted: %2 undo step(s) about it were taken off the undo history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="206" />
        <source>The record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="254" />
        <source>No case file is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="415" />
        <source>Could not undo “%1”: %2 It was taken off the undo history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="416" />
        <source>Could not redo “%1”: %2 It was taken off the redo history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="438" />
        <source>Not undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="456" />
        <source>Undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="456" />
        <source>Redone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="462" />
        <source>Undoing “%1” deletes %2 from the file of %3. Delete it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="463" />
        <source>Undoing “%1” deletes %2. Delete it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/ops.py" line="465" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="28" />
        <source>&amp;New Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="29" />
        <source>Create a new, empty case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="30" />
        <source>&amp;Open Case File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="31" />
        <source>Open another case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="32" />
        <source>&amp;Import JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="33" />
        <source>Add the records of a CaseApp JSON export to this case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="34" />
        <source>&amp;Export JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="35" />
        <source>Write the whole case file to a JSON file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="37" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="38" />
        <source>Close the case file and clear the window until its passphrase is typed again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="41" />
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="42" />
        <source>Change the case file's passphrase, or encrypt an unencrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="43" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="44" />
        <source>See, verify, make and restore backups of the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="45" />
        <source>Security &amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="46" />
        <source>Auto-lock, clipboard clearing and how many backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="47" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="48" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="49" />
        <source>Undo the last edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="50" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="51" />
        <source>Do again what was last undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="53" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="54" />
        <source>Search captives by any spelling, in any script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="56" />
        <source>New &amp;Captive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="57" />
        <source>Add a captive to the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="60" />
        <source>&amp;Open Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="61" />
        <source>Open the selected captive's file (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="62" />
        <source>&amp;Delete Captive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="63" />
        <source>Delete the selected captive and everything recorded about them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="65" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="66" />
        <source>Read the case file again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="68" />
        <source>&amp;Export Calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="69" />
        <source>Write open deadlines and coming hearings to a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="70" />
        <source>Deadline &amp;Calculator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="71" />
        <source>Compute any rule's deadline with the steps taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="72" />
        <source>Deadline &amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="73" />
        <source>Jurisdiction, warning periods and the statutory maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="74" />
        <source>&amp;Dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="75" />
        <source>Print a captive's dossier at a sensitivity level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="76" />
        <source>&amp;Status Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="77" />
        <source>Report on all captives, as PDF or spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="78" />
        <source>&amp;Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="79" />
        <source>Write a letter from a Word template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="80" />
        <source>Lawyer's &amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="81" />
        <source>Who signs letters and authors dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="82" />
        <source>&amp;About CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="85" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="85" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="86" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="87" />
        <source>&amp;Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="89" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="89" />
        <source>&amp;Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/actions.py" line="88" />
        <source>&amp;Deadlines</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdvocacyView</name>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="133" />
        <source>Filter by subject, addressee, captive, request or response…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="137" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="138" />
        <source>Not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="139" />
        <source>Follow-up overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="162" />
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="163" />
        <source>Record a new intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="164" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="165" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="167" />
        <source>Open captive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="169" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="179" />
        <source>Request and response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="181" />
        <source>Captives concerned (double-click to open)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="268" />
        <source>%n intervention(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/advocacy.py" line="270" />
        <source>%n follow-up(s) overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="285" />
        <source>Select an intervention to read its request and response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="291" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="291" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="330" />
        <source>Intervention saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="337" />
        <source>Delete the intervention of %1 “%2”? Documents linked to it stay in the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="341" />
        <source>Delete intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/advocacy.py" line="342" />
        <source>Deleted the intervention “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="50" />
        <source>Daily backup made and verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="54" />
        <source>The daily backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="64" />
        <source>Backing up the case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="78" />
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/autobackup.py" line="79" />
        <source>The backup on closing failed: %1
The case file itself is unchanged; earlier backups are kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="50" />
        <source>No photo on file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="159" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="170" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. Backups are encrypted with the passphrase the case file had when they were made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="173" />
        <source>CaseApp backs the case file up when you close it and once a day while it is open, and checks every backup after writing it. This case file is not encrypted, so neither are its backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="177" />
        <source>Folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="197" />
        <source>Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="200" />
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="202" />
        <source>Open the backup with the passphrase and check every page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="204" />
        <source>Restore into a new file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="232" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="232" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="236" />
        <source>damaged: do not restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="237" />
        <source>not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="247" />
        <source>No backups yet: use “Back up now”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="272" />
        <source>Backing up and verifying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="276" />
        <source>Backed up and verified: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="287" />
        <source>Verifying %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="291" />
        <source>%1 is intact: it opens with the passphrase and every page passes the check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="295" />
        <source>%1 failed the check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="310" />
        <source>Restored into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="314" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="315" />
        <source>The backup was restored into %1. Open it now? The case file open now is closed (it is not changed).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptiveDialogs</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="147" />
        <source>computed from the start and the term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="152" />
        <source>computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="153" />
        <source>give the term or the expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="182" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="183" />
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="191" />
        <source>Cannot delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="201" />
        <source>Name in the native script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="203" />
        <source>As written at home, e.g. in Armenian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="204" />
        <source>Language of that name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="205" />
        <source>hy, az, ru, en…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="206" />
        <source>Latin spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="207" />
        <source>As in the passport, if known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="208" />
        <source>Cyrillic spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="209" />
        <source>As Russian-language sources write it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="210" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="432" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="211" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="433" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="212" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="434" />
        <source>Place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="213" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="435" />
        <source>Citizenship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="214" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="436" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="215" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="351" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="373" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="216" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="437" />
        <source>Captured on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="217" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="438" />
        <source>Place of capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="218" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="439" />
        <source>Capturing authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="221" />
        <source>New captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="251" />
        <source>New status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="252" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="253" />
        <source>The day the status changed (empty: today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="254" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="255" />
        <source>What happened, and the source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="257" />
        <source>Who may see this status change and its note in a dossier or report: internal keeps the note to your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="261" />
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="312" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="314" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="323" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="82" />
        <source>Case without number (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="256" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="117" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="118" />
        <source>Who may see this record when a dossier is printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="143" />
        <source>Add name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="144" />
        <source>Edit name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="146" />
        <source>Name as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="147" />
        <source>In any script; the script is recognised from the letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="148" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="149" />
        <source>Language code: hy, en, ru, fr, az…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="150" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="197" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="278" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="323" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="348" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="151" />
        <source>Primary name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="152" />
        <source>The name shown first everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="160" />
        <source>Add identity document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="161" />
        <source>Edit identity document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="163" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="164" />
        <source>Passport, national ID card, military ID, birth certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="166" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="167" />
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="168" />
        <source>Issued on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="169" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="177" />
        <source>Add place of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="178" />
        <source>Edit place of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="180" />
        <source>Facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="181" />
        <source>Address for letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="182" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="183" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="184" />
        <source>Leave empty while the captive is still held there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="185" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="202" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="224" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="291" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="333" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="353" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="400" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="193" />
        <source>Add welfare contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="194" />
        <source>Edit welfare contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="196" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="365" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="198" />
        <source>Confirmed (proof of life)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="199" />
        <source>Only confirmed contacts count for the days since the last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="201" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="393" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="211" />
        <source>Add prosecution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="212" />
        <source>Edit prosecution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="214" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="215" />
        <source>Investigating body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="216" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="324" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="217" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="325" />
        <source>Judge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="218" />
        <source>Prosecutor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="219" />
        <source>Defence counsel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="220" />
        <source>Counsel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="221" />
        <source>Language of proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="222" />
        <source>Language code, e.g. az</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="223" />
        <source>Case opened on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="227" />
        <source>this prosecution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="233" />
        <source>Add charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="234" />
        <source>Edit charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="236" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="279" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="326" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="396" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="238" />
        <source>Criminal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="239" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="240" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="241" />
        <source>Offence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="242" />
        <source>Charged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="275" />
        <source>Add detention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="276" />
        <source>Edit detention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="280" />
        <source>Ordering court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="281" />
        <source>Decided on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="282" />
        <source>Detention from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="283" />
        <source>Term: months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="284" />
        <source>Term: days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="285" />
        <source>Expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="286" />
        <source>Leave empty: computed as the start plus the term (a day past the end of a month is moved to its last day). Fill in only when the order states another date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="289" />
        <source>Appeal filed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="290" />
        <source>Appeal outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="294" />
        <source>the order of %1 (until %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="317" />
        <source>Add hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="318" />
        <source>Edit hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="320" />
        <source>Date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="321" />
        <source>Local time of the court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="322" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="327" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="375" />
        <source>Captives concerned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="329" />
        <source>Tick every co-defendant: the hearing appears in each one's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="331" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="352" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="332" />
        <source>Next hearing on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="336" />
        <source>the %1 hearing of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="344" />
        <source>Add international proceeding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="345" />
        <source>Edit international proceeding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="347" />
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="349" />
        <source>Reference number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="350" />
        <source>Lodged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="362" />
        <source>Add intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="363" />
        <source>Edit intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="366" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="368" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="369" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="370" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="371" />
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="372" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="374" />
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/captive_dialogs.py" line="291" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="388" />
        <source>Add document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="389" />
        <source>Edit document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="391" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="413" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="392" />
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="393" />
        <source>Who gave or sent it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="394" />
        <source>Received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="395" />
        <source>Reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="397" />
        <source>Hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="398" />
        <source>Intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="410" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="411" />
        <source>Edit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="414" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="429" />
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="455" />
        <source>Add captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="430" />
        <source>Edit person and capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="440" />
        <source>Circumstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="441" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="441" />
        <source>Separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="456" />
        <source>Edit summary, asks and consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="458" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="459" />
        <source>Current asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="460" />
        <source>Health and treatment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="461" />
        <source>Power of attorney on file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="462" />
        <source>Consents to publicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/record_kinds.py" line="463" />
        <source>Notes on consent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptiveFileView</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="359" />
        <source>%1 days in custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="361" />
        <source>held at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="363" />
        <source>detention order expires %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="371" />
        <source>next hearing %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="376" />
        <source>no confirmed contact on record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="421" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="429" />
        <source>Charges in case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="182" />
        <location filename="../../caseapp/ui/views/captive_file.py" line="430" />
        <source>Charges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="147" />
        <source>Names in every script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="147" />
        <source>No names yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="150" />
        <source>Identity documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="151" />
        <source>No identity documents recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="153" />
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="153" />
        <source>No status changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="155" />
        <source>Change status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="158" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="159" />
        <source>The person, names in every script, identity documents, status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="165" />
        <source>Detention orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="166" />
        <source>No detention orders recorded. Add the first order to see its expiry here and on the timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="169" />
        <source>Places of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="170" />
        <source>No place of detention recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="173" />
        <source>Custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="174" />
        <source>Custody timeline, detention orders and places of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="179" />
        <source>Prosecutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="179" />
        <source>No prosecution recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="183" />
        <source>No charges in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="187" />
        <source>Hearings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="187" />
        <source>No hearings recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="190" />
        <source>Proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="190" />
        <source>Prosecutions, charges and hearings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="196" />
        <source>International proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="197" />
        <source>No filings with the ECHR, UN bodies or others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="198" />
        <source>International</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="199" />
        <source>ECHR, UN bodies and other international proceedings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="206" />
        <source>Shown in red after %1 days without news.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="210" />
        <source>Welfare contacts (proof of life)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="211" />
        <source>No contact recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="212" />
        <source>Welfare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="213" />
        <source>Welfare contacts: proof of life</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="217" />
        <source>Interventions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="218" />
        <source>No interventions for this captive yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="222" />
        <source>Request and response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="224" />
        <source>Advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="225" />
        <source>Interventions with organisations, and their follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="230" />
        <location filename="../../caseapp/ui/views/captive_file.py" line="249" />
        <source>Documents and evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="231" />
        <source>No documents yet. Drop files here, or click Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="233" />
        <source>Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="235" />
        <source>Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="236" />
        <source>Saves a copy where you choose (not encrypted), then opens it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="242" />
        <source>Drop files on this tab to add them. Files are stored inside the case file; “Save a copy” writes an unencrypted copy where you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="249" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="253" />
        <location filename="../../caseapp/ui/views/captive_file.py" line="258" />
        <location filename="../../caseapp/ui/views/captive_file.py" line="259" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="254" />
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="257" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="263" />
        <source>Every change to this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="264" />
        <source>No changes recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="268" />
        <source>Filter the history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="273" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="274" />
        <source>Every change to this captive's file: when, who, what</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="355" />
        <source>%1 of %2 days in custody</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="378" />
        <source>last confirmed contact %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="382" />
        <source>%n open deadline(s), next %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="409" />
        <source>%1 and %n other(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="437" />
        <source>No confirmed contact on record.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_file.py" line="440" />
        <source>%1 day(s) since the last confirmed contact</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="452" />
        <source>Request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="453" />
        <source>Response: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="456" />
        <source>Also concerns: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="491" />
        <source>Photo saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="497" />
        <location filename="../../caseapp/ui/views/captive_file.py" line="505" />
        <source>Remove photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="498" />
        <source>Remove the photo from the file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="509" />
        <source>Add documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="520" />
        <source>Added %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="528" />
        <source>Save a copy (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_file.py" line="536" />
        <source>Saved a copy to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptiveHeader</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="120" />
        <source>← Captives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="121" />
        <source>Back to the list of captives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="144" />
        <source>Change status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="147" />
        <source>Edit person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="150" />
        <source>Deadlines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="152" />
        <source>This captive's deadlines, open and closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="154" />
        <source>Dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="156" />
        <source>Print this captive's dossier: preview, save, print or keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="159" />
        <source>Letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="161" />
        <source>Write a letter about this captive from a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="196" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptiveTabs</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="39" />
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="310" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="42" />
        <source>Primary name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="43" />
        <source>Script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="44" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="45" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="85" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="139" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="152" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="166" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="49" />
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="322" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="50" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="51" />
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="52" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="53" />
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="57" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="58" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="154" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="190" />
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="311" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="59" />
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="366" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="60" />
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="315" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="61" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="66" />
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="67" />
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="79" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="93" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="80" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="83" />
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="86" />
        <source>Ordering court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="87" />
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="88" />
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="92" />
        <source>Facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="94" />
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="95" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="97" />
        <source>Address for letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="100" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="171" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="109" />
        <source>Case number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="110" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="140" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="111" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="141" />
        <source>Judge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="112" />
        <source>Defence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="113" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="114" />
        <source>Investigating body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="122" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="123" />
        <source>AZ CC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="125" />
        <source>Offence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="127" />
        <source>Charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="136" />
        <source>Date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="142" />
        <source>Co-defendants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="144" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="155" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="146" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="150" />
        <source>Lodged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="151" />
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="153" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="163" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="185" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="164" />
        <source>Days ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="167" />
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="168" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="169" />
        <source>no, unconfirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="170" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_columns.py" line="181" />
        <source>%1, %n day(s) late</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="186" />
        <source>Addressee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="187" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="188" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="191" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="194" />
        <source>Overdue: follow this up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="196" />
        <source>Captives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="211" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="231" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="213" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="215" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="217" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="218" />
        <source>Reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="219" />
        <location filename="../../caseapp/ui/views/captive_columns.py" line="233" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="220" />
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="229" />
        <source>Written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="232" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="240" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="242" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="243" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="245" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="246" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_columns.py" line="247" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="183" />
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="184" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="185" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="294" />
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="302" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="304" />
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="305" />
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="309" />
        <source>Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="312" />
        <source>Identity document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="313" />
        <source>Place of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="314" />
        <source>Welfare contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="316" />
        <source>Prosecution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="317" />
        <source>Charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="318" />
        <source>Detention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="319" />
        <source>Hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="320" />
        <source>International proceeding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="321" />
        <source>Intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="323" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="326" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="327" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="328" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_tabs.py" line="366" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptivesModel</name>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="37" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/models/captives.py" line="39" />
        <source>%n day(s) ago</source>
        <translation type="unfinished"><numerusform /><numerusform /><numerusform /></translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="58" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="60" />
        <source>Latin spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="62" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="64" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="66" />
        <source>Place of detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="68" />
        <source>Days held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="71" />
        <source>Next hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="73" />
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="165" />
        <source>Last confirmed proof of life: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/models/captives.py" line="167" />
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaptivesView</name>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="55" />
        <source>Search names and notes in any script (Ctrl+F)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="59" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="60" />
        <source>In custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="152" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/captives.py" line="153" />
        <source>%n captive(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="181" />
        <source>Copied; CaseApp removes it from the clipboard in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captives.py" line="182" />
        <source>Copied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="128" />
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="146" />
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="128" />
        <source>Encrypt case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="130" />
        <source>The case file is written again, encrypted with the new passphrase, and replaces the old one only once it has been checked. Backups made before keep the old passphrase: keep it until they are no longer needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="133" />
        <source>This case file is not encrypted: anyone who gets a copy of it can read it. Choose a passphrase to encrypt it; from then on it opens only with that passphrase. Earlier backups stay unencrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="138" />
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="146" />
        <source>Encrypt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="153" />
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="170" />
        <source>Encrypting… this takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="72" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="75" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="76" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="77" />
        <location filename="../../caseapp/ui/views/contacts.py" line="84" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="78" />
        <location filename="../../caseapp/ui/views/contacts.py" line="85" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="81" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="82" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="83" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="152" />
        <source>Search organisations and people: name, country, email, role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="157" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="175" />
        <source>Add organisation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="177" />
        <location filename="../../caseapp/ui/views/contacts.py" line="197" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="178" />
        <location filename="../../caseapp/ui/views/contacts.py" line="198" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="196" />
        <source>Add person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="208" />
        <source>Double-click to open the captive concerned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="210" />
        <source>Open captive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="211" />
        <source>Open the file of a captive this intervention concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="228" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="230" />
        <source>Interventions addressed to it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/contacts.py" line="317" />
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="329" />
        <source>Select an organisation to see its people and the interventions addressed to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="380" />
        <source>Organisation added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="386" />
        <source>Organisation saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="393" />
        <source>Delete %1? Its people (%2) stay in the directory without an organisation; the advocacy log keeps its interventions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="397" />
        <source>Delete organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="398" />
        <location filename="../../caseapp/ui/views/contacts.py" line="424" />
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="408" />
        <source>Person added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="414" />
        <source>Person saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="420" />
        <source>Delete %1 from the directory? The advocacy log keeps the interventions addressed to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/contacts.py" line="423" />
        <source>Delete person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustodyTimeline</name>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="68" />
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="70" />
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="75" />
        <source>%1m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="77" />
        <source>%1d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="162" />
        <source>No detention orders or hearings recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="185" />
        <source>Initial order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="186" />
        <source>Extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="188" />
        <source>Preliminary / trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="190" />
        <source>Appeal / cassation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="191" />
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="192" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="282" />
        <source>%1 detention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="288" />
        <source>Decided on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="291" />
        <source>Appeal filed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="304" />
        <source>Expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="306" />
        <source>Expires today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="307" />
        <source>Expires %1 (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="335" />
        <source>%1 hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="342" />
        <source>Outcome: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/widgets/timeline.py" line="345" />
        <source>%n co-defendant(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="355" />
        <source>Today, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/timeline.py" line="361" />
        <source>Captured %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="92" />
        <source>Longest without news (proof of life)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="91" />
        <source>Hearings in the next 14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="72" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="79" />
        <source>All deadlines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="93" />
        <source>Recently changed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="146" />
        <source>overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="147" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="147" />
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="150" />
        <source>Detention order expired on %1; no later order is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="153" />
        <source>Detention order expires in %n day(s) (%1); no hearing is recorded before then.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="156" />
        <source>%1 days in custody: over the statutory maximum of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="159" />
        <source>Prisoner of war confined awaiting trial for %1 days; GC III Art. 103 allows three months (until %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="163" />
        <source>No confirmed news is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="164" />
        <source>No confirmed news for %n day(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="165" />
        <source>Nothing ahead: no open deadline and no hearing is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="169" />
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="171" />
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="172" />
        <source>%n this week</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="174" />
        <source>%n later</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="199" />
        <source>Nothing needs attention: no deadline this week, no warning.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="203" />
        <source>%n captive(s) in this case file</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="208" />
        <source>no contact recorded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/dashboard.py" line="209" />
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/dashboard.py" line="220" />
        <source>No hearings scheduled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="36" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="37" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="42" />
        <source>Pick a date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlineSettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="35" />
        <source>Deadline settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="41" />
        <source>Azerbaijan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="41" />
        <source>Armenia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="46" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="51" />
        <source>The statutory maximum depends on the charge and the stage of the case: CaseApp does not assume one. Rules of the other country stay available in the calculator. These settings are kept in the case file; changing the procedure recomputes its deadlines (dates you set by hand are kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="62" />
        <source>Maxima set for one captive, charge or stage (in days; change them with “caseapp settings set custody_max_days DAYS --captive ID”):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="73" />
        <source>Domestic procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="74" />
        <source>Statutory maximum of custody (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="75" />
        <source>Warn when an order expires within (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="76" />
        <source>Proof of life: warn after (days without news)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="78" />
        <source>Your own rules: .toml files in %1 add rules or replace shipped ones by id (see the shipped files for the format); they are read when a case file is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="85" />
        <source>Open the rules folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/deadline_settings.py" line="93" />
        <source>Rule files that could not be read:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="61" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="62" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="63" />
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="64" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="65" />
        <source>Snoozed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="66" />
        <source>Done or dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="188" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="190" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="193" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="418" />
        <source>Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="194" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="402" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="419" />
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="196" />
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="197" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="200" />
        <source>Set by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="96" />
        <source>Filter by captive, deadline, rule or body…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="100" />
        <source>Open (not snoozed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="103" />
        <source>All deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="130" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="131" />
        <source>The step was taken: close the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="132" />
        <source>Dismiss…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="133" />
        <source>Close the deadline without doing it, saying why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="134" />
        <source>Snooze…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="135" />
        <source>Hide it from the reminders until a later day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="136" />
        <source>Change date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="137" />
        <source>Set the date by hand (kept when the rules recompute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="138" />
        <source>Open captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="140" />
        <source>Add by hand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="141" />
        <source>A deadline no rule computes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="142" />
        <source>From a rule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="143" />
        <source>Compute a deadline with any rule and add it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="144" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="145" />
        <source>Export calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="147" />
        <source>Write open deadlines and hearings to an .ics file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="151" />
        <source>How it was computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="199" />
        <source>This rule has not been verified against its source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="201" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="209" />
        <source>snoozed until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadlines.py" line="212" />
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="214" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadlines.py" line="215" />
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="219" />
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="247" />
        <source>All bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="248" />
        <source>All rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="266" />
        <source>Captive: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/deadlines.py" line="291" />
        <source>%n deadline(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="309" />
        <source>Select a deadline to see how it was computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="323" />
        <source>This rule has not been verified against its source: check the date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="350" />
        <source>the deadline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="359" />
        <source>Mark deadline done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="364" />
        <source>Marked done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="371" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="373" />
        <source>Dismiss deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="372" />
        <source>Why is it dismissed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="378" />
        <source>Dismissed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="385" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="388" />
        <source>Snooze deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="386" />
        <source>Remind me again on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="387" />
        <source>The due date does not change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="395" />
        <source>Snoozed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="403" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="420" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="404" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="421" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="405" />
        <source>Edit deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="406" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="423" />
        <source>deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="422" />
        <source>Add deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="428" />
        <source>Deadline added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="440" />
        <source>Delete deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="441" />
        <source>Delete the deadline “%1”? Mark it done or dismiss it instead to keep it on record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="443" />
        <source>Deleted the deadline “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="461" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="482" />
        <location filename="../../caseapp/ui/views/deadlines.py" line="498" />
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="462" />
        <source>Level of the calendar (anything above it is left out):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="485" />
        <source>Write the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="487" />
        <source>Choose another level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="500" />
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/deadlines.py" line="512" />
        <source>Wrote %1 events (%2 deadlines, %3 hearings) at the %5 level to %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="97" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="100" />
        <source>Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="101" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="102" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="104" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="106" />
        <source>Reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="109" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="111" />
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="171" />
        <source>Filter by title, captive, type, source or SHA-256…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="175" />
        <source>Any reliability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="195" />
        <source>Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="197" />
        <source>Write the document's file where you choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="199" />
        <source>Open captive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="200" />
        <source>Open the file of the captive this document concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="202" />
        <source>Selected document</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/documents.py" line="256" />
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="267" />
        <source>Select a document to see where it comes from and its full SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="274" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="276" />
        <source>SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="297" />
        <source>Save a copy of “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="305" />
        <source>Saved a copy of “%1” to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/documents.py" line="310" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="173" />
        <source>Dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="179" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="193" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="193" />
        <source>Armenian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="193" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="194" />
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="197" />
        <source>Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="198" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="201" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="204" />
        <source>Store this PDF, with its SHA-256, among the captive's documents at the level it was printed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="206" />
        <source>Dossier of one captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="217" />
        <source>Internal: everything in the file, for your own team only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="219" />
        <source>Shareable: leaves out what is marked internal; for the ICRC, courts, diplomats and partners.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="221" />
        <source>Public: only what is marked public; for the press and publication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="242" />
        <source>There are no captives in this case file yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="267" />
        <source>Choose a captive first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="280" />
        <source>Printed at the %1 level, version %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="283" />
        <source>%n page(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="286" />
        <source>%n item(s) left out at this level.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="289" />
        <source>Nothing was left out at this level.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HearingsView</name>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="121" />
        <source>When (court's time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="123" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="124" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="126" />
        <source>Defendants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="242" />
        <source>&lt;span style='color:%1'&gt;●&lt;/span&gt; hearing days (with how many) &amp;nbsp; &lt;span style='color:#c0392b'&gt;■&lt;/span&gt; today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="250" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="250" />
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="250" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="257" />
        <source>Show the hearings of the selected %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="272" />
        <source>Add hearing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="273" />
        <source>Add a hearing on the selected day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="274" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="275" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="276" />
        <source>Delete the selected hearing (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="291" />
        <source>No hearings in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="299" />
        <source>Selected hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="303" />
        <source>Judge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="303" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="304" />
        <source>Next date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="304" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="313" />
        <source>Open captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="318" />
        <source>Defendants (double-click to open):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="330" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="331" />
        <source>Go back to today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="400" />
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/views/hearings.py" line="472" />
        <source>%n hearing(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="493" />
        <source>Select a hearing in the agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="535" />
        <source>Saved the hearing of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="545" />
        <source>Delete the %1 hearing of %2 at %3 (%4)? It leaves every defendant's file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="547" />
        <source>an unnamed court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="549" />
        <source>Delete hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/hearings.py" line="551" />
        <source>Deleted the hearing of %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InterventionColumns</name>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="91" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="93" />
        <source>Addressee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="96" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="97" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="98" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="101" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="103" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/intervention_rows.py" line="107" />
        <source>Captives</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="15" />
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="16" />
        <source>Held, no charges known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="17" />
        <source>Pre-trial detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="18" />
        <source>On trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="19" />
        <source>Convicted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="20" />
        <source>Released</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="21" />
        <source>Repatriated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="22" />
        <source>Deceased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="23" />
        <source>Civilian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="24" />
        <source>Serviceman / POW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="25" />
        <source>Former official</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="26" />
        <location filename="../../caseapp/ui/labels.py" line="55" />
        <location filename="../../caseapp/ui/labels.py" line="62" />
        <location filename="../../caseapp/ui/labels.py" line="90" />
        <location filename="../../caseapp/ui/labels.py" line="96" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="27" />
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="28" />
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="29" />
        <location filename="../../caseapp/ui/labels.py" line="46" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="30" />
        <source>Exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="31" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="32" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="33" />
        <source>Approximate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="34" />
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="35" />
        <source>Shareable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="36" />
        <source>Internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="37" />
        <source>Native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="38" />
        <source>Transliteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="39" />
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="40" />
        <source>Armenian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="41" />
        <source>Latin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="42" />
        <source>Cyrillic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="43" />
        <source>Other script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="44" />
        <source>Appointed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="45" />
        <source>Chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="47" />
        <source>Initial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="48" />
        <source>Extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="49" />
        <source>Detention extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="50" />
        <source>Preliminary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="51" />
        <source>Trial session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="52" />
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="53" />
        <source>Appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="54" />
        <source>Cassation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="56" />
        <source>ICRC visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="57" />
        <source>Lawyer visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="58" />
        <source>Consular visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="59" />
        <source>Family call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="60" />
        <source>Family letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="61" />
        <source>Media appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="63" />
        <source>European Court of Human Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="64" />
        <source>UN Working Group on Arbitrary Detention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="65" />
        <source>UN Human Rights Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="66" />
        <source>UN special procedures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="67" />
        <source>Other body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="68" />
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="69" />
        <source>Rule 39 request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="70" />
        <source>Communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="71" />
        <source>Urgent appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="72" />
        <location filename="../../caseapp/ui/labels.py" line="97" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="73" />
        <source>Lodged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="74" />
        <source>Communicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="75" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="76" />
        <source>Granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="77" />
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="78" />
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="79" />
        <location filename="../../caseapp/ui/labels.py" line="101" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="80" />
        <source>ICRC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="81" />
        <source>Ombudsman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="82" />
        <source>Embassy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="83" />
        <source>Ministry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="84" />
        <source>UN body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="85" />
        <source>Council of Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="86" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="87" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="88" />
        <source>NGO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="89" />
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="91" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="92" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="93" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="94" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="95" />
        <source>Filing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="98" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="99" />
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="100" />
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="102" />
        <source>Confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="103" />
        <source>Probable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="104" />
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="105" />
        <source>Doubtful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="106" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="107" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/labels.py" line="108" />
        <source>Dismissed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LawyerDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="32" />
        <source>Lawyer's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="37" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="37" />
        <source>Firm or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="38" />
        <source>Postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="38" />
        <source>Bar number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="39" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="39" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="40" />
        <source>City where you sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="59" />
        <source>Left empty, %1 is used (from %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/lawyer_dialog.py" line="65" />
        <source>Your name is the author of dossiers and reports; letters are signed with these details. They are kept in the case file. A field you leave empty is asked for when a letter needs it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="57" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="67" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="67" />
        <source>Armenian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="68" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="68" />
        <source>French</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="85" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="97" />
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="99" />
        <source>Captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="100" />
        <source>To (contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="101" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="103" />
        <source>Fields the case file does not give</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="116" />
        <source>Fill in your details once…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="118" />
        <source>Your name, address and bar number, kept in the settings for every letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="127" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="129" />
        <source>Open the saved letter in Word or LibreOffice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="132" />
        <source>Save as .docx…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="174" />
        <source>Reads the whole file (internal level).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="175" />
        <source>Reads only what may be shared (shareable level).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="176" />
        <source>Reads only public facts (public level).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="191" />
        <source>(no one in particular)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="196" />
        <source>(the contact's, if any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="203" />
        <source>There are no captives in this case file yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="226" />
        <source>Choose a template and a captive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="245" />
        <source>Checking what the case file gives…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="318" />
        <source>Fill in every field above: the letter is not made with a hole in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="321" />
        <source>The case file gives everything this letter needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="343" />
        <source>Fill in the missing fields first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="345" />
        <source>Make the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="361" />
        <source>Keep in documents and log as draft intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="362" />
        <source>Keep in the captive's documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="374" />
        <source>Wait until the check of the case file is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="378" />
        <source>Fill in %1 first: the letter is not made with a hole in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/letter_dialog.py" line="396" />
        <source>The letter is ready: save it as .docx, then open it to read it over and sign.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="67" />
        <location filename="../../caseapp/ui/locker.py" line="137" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="80" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="83" />
        <location filename="../../caseapp/ui/locker.py" line="135" />
        <location filename="../../caseapp/ui/locker.py" line="142" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="88" />
        <source>Close the case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="132" />
        <source>Locked — enter the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="133" />
        <source>The case file was closed and nothing of it is shown. Type its passphrase to continue where you were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="139" />
        <source>The case file was closed and nothing of it is shown. It is not encrypted, so Unlock opens it again without a passphrase; anyone who can use this computer account can do the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="161" />
        <source>Type the passphrase first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="300" />
        <source>Locked after %1 minute(s) without use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="303" />
        <source>Locked on request (Ctrl+L).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="305" />
        <source>A dialog was open: it was closed and what was typed in it was discarded, not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="308" />
        <source>shared database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="324" />
        <source>If it is wrong, CaseApp waits %1 s before saying so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="326" />
        <source>Opening the case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="330" />
        <source>Unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="343" />
        <source>If you are sure the passphrase is right, the file may be damaged: close it here and open it again to be offered its latest verified backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="88" />
        <location filename="../../caseapp/ui/main_window.py" line="267" />
        <location filename="../../caseapp/ui/main_window.py" line="541" />
        <location filename="../../caseapp/ui/main_window.py" line="543" />
        <source>CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="185" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="189" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="205" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="309" />
        <source>CaseApp — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="317" />
        <source>Desktop notifications are not available here: reminders of deadlines due or overdue are shown at the top of this window.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/main_window.py" line="321" />
        <source>%n rule file problem(s): see Deadlines → Deadline Settings.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="351" />
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="433" />
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="434" />
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="370" />
        <source>Added %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="396" />
        <source>Delete captive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="397" />
        <source>Delete %1 and everything recorded about them (orders, hearings they alone attend, contacts, documents)? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="407" />
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="535" />
        <source>About CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="536" />
        <source>CaseApp %1
Case files of captives and detainees held abroad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="544" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCaseFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="44" />
        <source>New case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="48" />
        <source>The case file is encrypted: without its passphrase nobody can read it, not even you. CaseApp does not keep the passphrase anywhere and cannot recover a forgotten one, so write it down and keep it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="55" />
        <source>Do not encrypt this case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="58" />
        <source>Without encryption anyone who gets a copy of the file (a lost or stolen laptop, a search at a border, a backup) can read every record and document in it without a passphrase. Choose this only for test or fictional data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="76" />
        <location filename="../../caseapp/ui/opener.py" line="95" />
        <source>Create encrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="94" />
        <source>Create unencrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="100" />
        <source>Unencrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="101" />
        <source>Create the case file without encryption? Anyone who gets a copy of it can read it. You can encrypt it later (File → Change Passphrase…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="72" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="88" />
        <source>Show what I type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="94" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="96" />
        <source>Repeat it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="69" />
        <source>CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="102" />
        <source>%n deadline(s) overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/notifier.py" line="104" />
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="122" />
        <source>CaseApp: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="58" />
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="68" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="70" />
        <source>Stop waiting: the result is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="77" />
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="80" />
        <source>Keep in the captive's documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="83" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="122" />
        <source>Generating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="151" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="183" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="186" />
        <source>Something went wrong: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="199" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="200" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="201" />
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="202" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="220" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="245" />
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="250" />
        <source>Save as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="203" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="235" />
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="246" />
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="277" />
        <source>Kept as document %1 in the case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/output_dialog.py" line="280" />
        <source>Kept as document %1 and logged as draft intervention %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="66" />
        <source>The preview appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="67" />
        <source>No preview: this installation lacks Qt's PDF module (PySide6-Addons). Save the file and open it in a PDF reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="88" />
        <source>The PDF could not be shown (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets/pdf_preview.py" line="112" />
        <source>Print %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="55" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="59" />
        <source>Printing needs Qt's PDF and print modules, missing here: save the PDF and print it from a PDF reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="121" />
        <source>Checking what this level leaves out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="137" />
        <source>Choose another level above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="139" />
        <source>To include them, choose a higher level above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="159" />
        <source>The choice changed: Generate again to see it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="248" />
        <source>Person and capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="249" />
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="249" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="250" />
        <source>Place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="250" />
        <source>Citizenship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="251" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="251" />
        <source>Captured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="252" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="253" />
        <source>Circumstances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="254" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="254" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="255" />
        <location filename="../../caseapp/ui/views/captive_header.py" line="264" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="255" />
        <source>Photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="256" />
        <source>Remove photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="258" />
        <source>Case summary and consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="259" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="259" />
        <source>Current asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="260" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="261" />
        <source>Power of attorney</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="262" />
        <source>Publicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="263" />
        <source>Consent notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="300" />
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="300" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="300" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefCombo</name>
    <message>
        <location filename="../../caseapp/ui/widgets/fields.py" line="108" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="38" />
        <source>Show deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/notifier.py" line="44" />
        <source>Hide until the next reminder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RuleCalculator</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="41" />
        <source>Deadline calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="54" />
        <source>at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="80" />
        <source>Add to this captive's deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="91" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="92" />
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="131" />
        <source>Trigger event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="187" />
        <source>Add deadline from rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="188" />
        <source>the deadline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/rule_calculator.py" line="193" />
        <source>Deadline added from rule %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecuritySettingsDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="24" />
        <source>Security settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="27" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="27" />
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="29" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="29" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="32" />
        <source>Locking closes the case file and clears the window; its passphrase is asked to continue. Only what CaseApp copied is removed from the clipboard. Backups are made on closing and once a day; the oldest beyond the number kept are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="37" />
        <source>Lock after being idle for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="38" />
        <source>Clear copied text from the clipboard after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/security_settings.py" line="39" />
        <source>Automatic backups to keep</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <location filename="../../caseapp/ui/views/captive_header.py" line="104" />
        <source>Since %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusReportDialog</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="299" />
        <source>Status report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="307" />
        <source>Every status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="312" />
        <source>any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="318" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="321" />
        <source>PDF (preview, print)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="322" />
        <source>XLSX (spreadsheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="323" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="324" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="325" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="326" />
        <source>Upcoming hearings within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="327" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="328" />
        <source>A large case file takes a while (about 20 seconds for 10,000 captives); Cancel stops waiting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="333" />
        <source>Keep in the case file's documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="334" />
        <source>Store this report, with its SHA-256, among the documents at the level it was generated at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="336" />
        <source>Status report on all captives</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="369" />
        <source>%n captive(s) in the report.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/report_dialogs.py" line="371" />
        <source>The spreadsheet is ready (%1 KB). Save it to open it in a spreadsheet program.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="66" />
        <source>At least %1 characters. Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="74" />
        <source>enough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="74" />
        <source>not enough</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/passphrase.py" line="75" />
        <source>Strength: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../caseapp/ui/views/base.py" line="48" />
        <source>CaseApp</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="18" />
        <source>CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="20" />
        <source>Case files of captives and detainees held abroad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="22" />
        <source>Create a case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="23" />
        <source>Open a case file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="24" />
        <source>Open the demo case file (fictional people)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/views/welcome.py" line="32" />
        <source>Recent case files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="127" />
        <location filename="../../caseapp/ui/opener.py" line="140" />
        <source>The passphrase was wrong.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/opener.py" line="128" />
        <source>The passphrase was wrong (%n time(s) in a row).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="130" />
        <source>CaseApp waited %1 s before answering, to slow down guessing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="133" />
        <source>The next wrong passphrase waits %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="138" />
        <source>Passphrase for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="141" />
        <source>Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="142" />
        <source>Encrypted case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/opener.py" line="175" />
        <source>The audit log was changed outside CaseApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="55" />
        <source>Restore the backup into a new case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="84" />
        <location filename="../../caseapp/ui/dialogs/backups.py" line="120" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="62" />
        <source>Replace the file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="63" />
        <source>%1 exists already. Replace it with the backup? Everything in it is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="83" />
        <source>Passphrase of the backup (the case file's passphrase when it was made):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="123" />
        <source>The backup does not open with this passphrase (or it is damaged).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="135" />
        <source>%1

If you are sure the passphrase is right, the file may be damaged. Restore its latest verified backup into a new case file? The file itself is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="139" />
        <source>%1

Restore the latest verified backup into a new case file? The damaged file is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../caseapp/ui/dialogs/backups.py" line="141" />
        <location filename="../../caseapp/ui/opener.py" line="193" />
        <location filename="../../caseapp/ui/opener.py" line="200" />
        <source>Cannot open the case file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../caseapp/ui/locker.py" line="297" />
        <source>CaseApp — locked</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>