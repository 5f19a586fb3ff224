"""Backups…: a backup whose record beside it is no JSON at all (binary junk here) is listed
damaged, with the record and what is wrong with it in the tooltip, and cannot be restored
from the dialog. Before, the record was taken for none and the backup offered for restore."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.worker import Runner


def shown_dialog(qtbot, case_file: CaseFile) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(case_file, Runner(), open_restored=lambda p, s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def verified(qtbot, dialog: BackupsDialog) -> str:  # type: ignore[no-untyped-def]
    """What Verify says of the selected backup, once it has checked it."""
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "Verifying" not in dialog.status.text(), timeout=30000)
    return dialog.status.text()


def test_a_backup_whose_record_is_junk_is_listed_damaged(qtbot, demo_file: CaseFile) -> None:
    made = demo_file.backups.backup_now("manual")
    record = made.path.with_name(made.path.name + ".json")
    record.write_bytes(bytes(range(256)))
    dialog = shown_dialog(qtbot, demo_file)
    assert dialog.table.rowCount() == 1
    cell = dialog.table.item(0, 4)
    assert cell.text() == "damaged: do not restore"
    assert str(record) in cell.toolTip() and "it is not JSON" in cell.toolTip()
    assert not dialog.restore_button.isEnabled()


def test_verify_on_a_backup_whose_record_is_damaged_says_it_cannot_be_restored(
        qtbot, demo_file: CaseFile) -> None:
    """The database inside is sound, but its record no longer vouches for it: Verify said
    "intact" of a backup the list calls damaged and the restore refuses."""
    made = demo_file.backups.backup_now("manual")
    record = made.path.with_name(made.path.name + ".json")
    record.write_text('{"format": "caseapp-backup", "verified": true}',  # no size, no sha256
                      encoding="utf-8")
    dialog = shown_dialog(qtbot, demo_file)
    dialog.table.selectRow(0)
    said = verified(qtbot, dialog)
    assert "intact" not in said, said
    assert str(record) in said and "is damaged" in said and "cannot be restored" in said, said


def test_verify_on_a_backup_changed_since_it_was_made_says_it_cannot_be_restored(
        qtbot, demo_file: CaseFile) -> None:
    """A sound database whose bytes are no longer those recorded (another file put in its
    place): the restore refuses it, so Verify must not call it intact."""
    made = demo_file.backups.backup_now("manual")
    demo_file.captives.create(names=["Hovhannisyan Lilit"])  # (else the two are byte for byte one)
    other = demo_file.backups.backup_now("manual")
    made.path.write_bytes(other.path.read_bytes())  # a sound case file, not the one recorded
    dialog = shown_dialog(qtbot, demo_file)
    row = next(r for r, b in enumerate(dialog.backups) if b.path == made.path)
    dialog.table.selectRow(row)
    said = verified(qtbot, dialog)
    assert "intact" not in said and "cannot be restored" in said, said
    # (its size, or where a captive more fits in the same pages, its content)
    assert ("its content is not what it was when it was made" in said
            or "its size is not what it was when it was made" in said), said


def test_verify_on_a_backup_whose_record_is_json_but_no_record_says_it_cannot_be_restored(
        qtbot, demo_file: CaseFile) -> None:
    """A list where CaseApp writes its record: before, the backup was listed and verified as
    one with no record ("intact"), and restored; now it is listed damaged and Verify says it
    cannot be restored."""
    made = demo_file.backups.backup_now("manual")
    record = made.path.with_name(made.path.name + ".json")
    record.write_text("[1, 2]", encoding="utf-8")
    dialog = shown_dialog(qtbot, demo_file)
    assert dialog.table.item(0, 4).text() == "damaged: do not restore"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    said = verified(qtbot, dialog)
    assert "intact" not in said, said
    assert str(record) in said and "not a record" in said and "cannot be restored" in said, said
