"""Backups…: a backup whose record beside it is no JSON at all (binary junk here) is listed
damaged, with the record and what is wrong with it in the tooltip, and cannot be restored
from the dialog. Before, the record was taken for none and the backup offered for restore."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.backups import BackupsDialog
from caseapp.ui.worker import Runner


def test_a_backup_whose_record_is_junk_is_listed_damaged(qtbot, demo_file: CaseFile) -> None:
    made = demo_file.backups.backup_now("manual")
    record = made.path.with_name(made.path.name + ".json")
    record.write_bytes(bytes(range(256)))
    dialog = BackupsDialog(demo_file, Runner(), open_restored=lambda p, s: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    cell = dialog.table.item(0, 4)
    assert cell.text() == "damaged: do not restore"
    assert str(record) in cell.toolTip() and "it is not JSON" in cell.toolTip()
    assert not dialog.restore_button.isEnabled()
    dialog.grab().save("/tmp/small8-backups-junk.png")
