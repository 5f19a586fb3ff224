"""Passphrase recovery in the app: shares made and shown one at a time, printing to a file
refused, and a lost passphrase replaced by typing two of four shares."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.dialogs import recovery as dialogs
from caseapp.ui.dialogs.recovery import RecoverPassphraseDialog, RecoverySetupDialog

NEW = "saffron kettle violet harbour"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)  # see tests/services/test_recovery.py


def shown_words(dialog: RecoverySetupDialog) -> str:
    return " ".join(re.findall(r"<b>([a-z]+)</b>", dialog.words.text()))


def test_make_show_and_use_two_of_four_shares(qtbot, encrypted_case_file: CaseFile,
                                              tmp_path: Path) -> None:
    cf = encrypted_case_file
    cf.captives.create(names=["Սեդա Գրիգորյան"])
    dialog = RecoverySetupDialog(cf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.count.setFocus()
    qtbot.keyClick(dialog.count, Qt.Key.Key_Down)  # 5 -> 4 shares
    dialog.threshold.setFocus()
    qtbot.keyClick(dialog.threshold, Qt.Key.Key_Down)  # 3 -> 2 needed
    qtbot.keyClick(dialog.threshold, Qt.Key.Key_Return)  # the dialog's default button
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert dialog.heading.text() == "Share 1 of 4: any 2 of the 4 open the case file."
    first = shown_words(dialog)
    assert len(first.split()) == 20 and not dialog.previous_button.isEnabled()
    assert not dialog.qr.pixmap().isNull()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.heading.text().startswith("Share 2 of 4")
    second = shown_words(dialog)
    assert second != first
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    path = cf.db.path
    assert path is not None
    cf.close()

    recover = RecoverPassphraseDialog(path)
    qtbot.addWidget(recover)
    recover.show()
    qtbot.waitExposed(recover)
    assert len(recover.share_edits) == 2
    qtbot.keyClicks(recover.share_edits[0], second)
    qtbot.keyClicks(recover.share_edits[1], first.upper())
    qtbot.keyClicks(recover.fields.passphrase, NEW)
    qtbot.keyClicks(recover.fields.repeat, NEW)
    qtbot.keyClick(recover.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: recover.result() == QDialog.DialogCode.Accepted)
    assert recover.new_passphrase == NEW
    assert all(not e.toPlainText() for e in recover.share_edits)  # not kept in the widgets
    reopened = open_case_file(Location(path=path), passphrase=NEW, actor="t")
    try:
        assert [c.primary_name for c in reopened.captives.list()] == ["Սեդա Գրիգորյան"]
    finally:
        reopened.close()
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        open_case_file(Location(path=path), passphrase="correct horse battery", actor="t")


def test_one_share_is_refused_in_the_dialog(qtbot, encrypted_case_file: CaseFile) -> None:
    from caseapp.services import recovery

    shares = recovery.set_up(encrypted_case_file.db, shares=3, threshold=2)
    path = encrypted_case_file.db.path
    encrypted_case_file.close()
    dialog = RecoverPassphraseDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.share_edits[0], shares.words[1])
    qtbot.keyClicks(dialog.share_edits[1], shares.words[1])  # the same share twice
    qtbot.keyClicks(dialog.fields.passphrase, NEW)
    qtbot.keyClicks(dialog.fields.repeat, NEW)
    qtbot.keyClick(dialog.fields.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "1 different share given" in dialog.error.text())
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_printing_to_a_file_is_refused(qtbot, encrypted_case_file: CaseFile, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "shares.pdf"

    class PrintToFile:  # the print dialog, with "Print to file" chosen by the user
        def __init__(self, printer, _parent) -> None:
            self.printer = printer

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFileName(str(target))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "QPrintDialog", PrintToFile)
    dialog = RecoverySetupDialog(encrypted_case_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.create_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
    assert "Nothing was printed" in dialog.print_error.text()
    assert not target.exists()
    assert dialog.document().toPlainText().count("share 1 of 5") == 1


@pytest.mark.parametrize("app_font_size", [9, 12], indirect=True)
def test_each_share_is_seen_whole_in_its_box(qtbot, encrypted_case_file: CaseFile,
                                             app_font_size: int) -> None:
    """At 64 pixels a box showed three lines of a share typed in a larger font: its last words
    out of sight, where a mistyped word hides."""
    from caseapp.services import recovery

    shares = recovery.set_up(encrypted_case_file.db, shares=3, threshold=2)
    path = encrypted_case_file.db.path
    assert path is not None
    encrypted_case_file.close()
    recover = RecoverPassphraseDialog(path)
    qtbot.addWidget(recover)
    recover.show()
    qtbot.waitExposed(recover)
    for edit, share in zip(recover.share_edits, shares.words, strict=False):
        assert len(share.split()) >= 20
        qtbot.keyClicks(edit, share)
        assert edit.verticalScrollBar().maximum() == 0, (edit.height(), share)
