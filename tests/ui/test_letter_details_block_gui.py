"""The letter's “Your details under the signature” shows the lawyer's whole block: her name,
an address on three lines, the phone and the e-mail. The box was 64 pixels tall whatever it
held, and of those five lines the fifth (the phone and the e-mail) was cut off at its bottom
edge, behind a scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QPlainTextEdit

from caseapp.domain.lawyer import LawyerProfile
from caseapp.ui.dialogs.letter_dialog import LetterDialog
from caseapp.ui.language import apply_language


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("app_font_size", [9, 11], indirect=True)
def test_the_lawyers_block_shows_every_line(qtbot, ui, lang: str, app_font_size: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for measure in ("availableGeometry", "geometry"):
        monkeypatch.setattr(QScreen, measure, lambda _self: QRect(0, 0, 1024, 768))
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    ui.case_file.settings.set_lawyer(LawyerProfile(
        name="Анна Петросян", address="ул. Абовяна 12, кв. 5\n0001 Ереван\nАрмения",
        phone="+374 10 000000", email="anna@example.org"))
    dialog = LetterDialog(ui, captive_id=ui.case_file.captives.list()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "lawyer_block" in dialog.field_edits, timeout=20000)
    block = dialog.findChild(QPlainTextEdit, "letter_field_lawyer_block")
    assert block.toPlainText().count("\n") == 4  # five lines
    assert block.toPlainText().endswith("anna@example.org")
    # every line in sight: nothing to scroll to
    qtbot.waitUntil(lambda: block.verticalScrollBar().maximum() == 0, timeout=3000)
