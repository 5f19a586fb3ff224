"""Two windows on one case file: Boris saves an organisation while Anna's form of it is open.
Her Save then asks what to do (reload / keep mine / cancel) instead of overwriting his change
unseen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui.dialogs.conflict import ConflictDialog
from caseapp.ui.views.contact_dialogs import organisation_dialog
from tests.conftest import TODAY


@pytest.fixture
def boris(demo_copy: Path, session) -> CaseFile:  # type: ignore[no-untyped-def]
    cf = open_case_file(Location(path=demo_copy), actor="Boris", today=lambda: TODAY)
    yield cf
    cf.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[str]) -> None:
    """The conflict dialog, when shown, is answered by a click on ``button``."""
    def exec_(box: ConflictDialog) -> int:
        seen.append(box.text.text())
        box.findChild(QPushButton, button).click()
        return 0
    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def _open_and_type(qtbot, ui, boris: CaseFile) -> tuple[object, int]:  # type: ignore[no-untyped-def]
    org = ui.case_file.organisations.list()[0]
    dialog = organisation_dialog(ui, org)
    qtbot.addWidget(dialog)
    dialog.show()
    boris.organisations.update(org.id, phone="+374 10 000001")  # Boris saves meanwhile
    notes = dialog.widgets["notes"]
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClicks(notes, "Called on Monday")  # typed (QTest types Latin keys only)
    notes.insertPlainText(" — Ответ: да")  # as a Russian layout would type it
    return dialog, org.id


def test_keep_mine_saves_over_theirs_knowingly(qtbot, ui, boris, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer(monkeypatch, "conflict_keep_mine", seen)
    dialog, org_id = _open_and_type(qtbot, ui, boris)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(seen) == 1 and seen[0].startswith("Boris saved this record")
    now = boris.organisations.get(org_id)
    assert now.notes == "Called on Monday — Ответ: да"  # hers
    assert now.phone == "+374 10 000001"  # his field she did not touch stays


def test_reload_shows_their_version_and_saves_nothing(qtbot, ui, boris, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _answer(monkeypatch, "conflict_reload", seen)
    dialog, org_id = _open_and_type(qtbot, ui, boris)
    before = boris.organisations.get(org_id).notes
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.isVisible() and len(seen) == 1
    assert dialog.widgets["phone"].text() == "+374 10 000001"  # his value, in the form
    assert boris.organisations.get(org_id).notes == before  # hers was not saved
    assert "was changed by Boris" in dialog.general_error.text()


def test_tab_reaches_the_version_chosen_of_each_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Where their version is the one chosen (Anna did not touch the field), the dialog opened
    with the focus on her own, unchosen one, which took the pair's Tab stop: Tab never reached
    the chosen one, and Space there chose hers. Tab now stops on the version chosen."""
    from PySide6.QtWidgets import QApplication, QRadioButton

    from caseapp.domain.messages import msg
    from caseapp.services.records import StaleRecord
    from caseapp.ui.dialogs.conflict import Difference
    from caseapp.ui.dialogs.record_dialog import Field

    rows = [Difference(Field("phone", "Phone"), "+374 10 1", "+374 10 2", False, True),
            Difference(Field("notes", "Notes"), "Mine", "Theirs", True, False)]
    dialog = ConflictDialog(None, StaleRecord(msg("organisation"), 1, by="Boris", at=None,
                                              yours=1, theirs=2), rows)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.findChild(QRadioButton, "theirs_phone")
    visited = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert "theirs_phone" in visited and "mine_phone" not in visited
    assert "mine_notes" in visited and "theirs_notes" not in visited
