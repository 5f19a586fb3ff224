"""Two windows on one team server, logged in as two lawyers (Anna and Boris, both with
internal clearance): what one saves shows in the other within two seconds, with no
Refresh; and when both edit the same captive at once, the second save ends in the conflict
dialog (both versions, field by field), never in a lost update."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QRadioButton

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.captive_kinds import CAPTIVE_CASE
from caseapp.ui.dialogs.conflict import ConflictDialog
from caseapp.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.postgres import login_url, unique_login

PASSWORD = "Live-Test-Pass 14"
LIVE_MS = 2000  # the promise: other people's changes show within two seconds


@pytest.fixture
def team(pg_url: str) -> tuple[str, str, str, int]:
    """A case file with one captive, and two internal logins: their URLs and the captive."""
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        captive = cf.captives.create(names=["Ղուկասյան Վահե", "Ghukasyan Vahe"],
                                     summary="Held in Baku.", sensitivity="internal")
        cf.team.init()
        anna, boris = unique_login("anna"), unique_login("boris")
        for login in (anna, boris):
            cf.team.add_user(login, clearance="internal", password=PASSWORD)
    finally:
        cf.close()
    return login_url(pg_url, anna, PASSWORD), login_url(pg_url, boris, PASSWORD), boris, captive.id


def _window(qtbot, tmp_path: Path, name: str, url: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: open_case_file(
        location, today=lambda: TODAY, **kw), demo_builder=lambda p: None,
        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(open_case_file(Location(url=url), actor=name, today=lambda: TODAY))
    return window


@pytest.fixture
def windows(qtbot, tmp_path: Path, team) -> Iterator[tuple[MainWindow, MainWindow, str, int]]:  # type: ignore[no-untyped-def]
    anna_url, boris_url, boris, captive_id = team
    anna = _window(qtbot, tmp_path, "anna", anna_url)
    boris_window = _window(qtbot, tmp_path, "boris", boris_url)
    yield anna, boris_window, boris, captive_id
    for window in (anna, boris_window):
        window.set_case_file(None)
        window.close()


def _type_into(qtbot, dialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = dialog.widgets[name]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_an_edit_in_one_window_shows_in_the_other(qtbot, windows) -> None:  # type: ignore[no-untyped-def]
    anna, boris, _boris_login, captive_id = windows
    boris.open_captive(captive_id)
    shown = boris.views["captive"]
    qtbot.waitUntil(lambda: shown.file is not None and shown.file.captive.id == captive_id)
    assert shown.file.captive.summary == "Held in Baku."

    captive = anna.session.case_file.captives.get(captive_id)
    dialog = dlg.make_edit_dialog(anna.session.ui, CAPTIVE_CASE, captive, parent=anna)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_into(qtbot, dialog, "summary", "Moved to Goris on 2 December")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Boris's window has not been told anything by this test: it heard it from the server.
    qtbot.waitUntil(lambda: shown.file.captive.summary == "Moved to Goris on 2 December",
                    timeout=LIVE_MS)

    # A new captive added in Anna's window joins Boris's list of captives.
    boris.show_view("captives")
    table = boris.views["captives"].model
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    new = dlg.make_new_captive_dialog(anna.session.ui, parent=anna)
    qtbot.addWidget(new)
    new.show()
    _type_into(qtbot, new, "native_name", "Petrosyan Ani")
    _save(qtbot, new)
    qtbot.waitUntil(lambda: not new.isVisible())
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=LIVE_MS)


def test_a_simultaneous_edit_ends_in_the_conflict_dialog(qtbot, windows,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    anna, boris, boris_login, captive_id = windows
    captive = anna.session.case_file.captives.get(captive_id)
    # Both open the same captive's case details before either saves.
    hers = dlg.make_edit_dialog(anna.session.ui, CAPTIVE_CASE, captive, parent=anna)
    his = dlg.make_edit_dialog(boris.session.ui, CAPTIVE_CASE, captive, parent=boris)
    for dialog in (hers, his):
        qtbot.addWidget(dialog)
        dialog.show()
    _type_into(qtbot, hers, "summary", "Transferred to Goris")
    _type_into(qtbot, his, "summary", "Still in Baku")
    _type_into(qtbot, his, "health", "Needs insulin")
    _save(qtbot, hers)
    qtbot.waitUntil(lambda: not hers.isVisible())

    seen: list[dict[str, tuple[str, str]]] = []

    def merge_field_by_field(box: ConflictDialog) -> int:
        box.show()
        seen.append({name: (box.findChild(QRadioButton, f"mine_{name}").text(),
                            box.findChild(QRadioButton, f"theirs_{name}").text())
                     for name in box.choice})
        # Her summary, his health note.
        qtbot.mouseClick(box.findChild(QRadioButton, "theirs_summary"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(box.findChild(QPushButton, "conflict_merge"), Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", merge_field_by_field)
    _save(qtbot, his)
    qtbot.waitUntil(lambda: not his.isVisible())
    # Both versions were shown, field by field: the summary both changed, the health only he did.
    assert seen == [{"summary": ("Still in Baku", "Transferred to Goris"),
                     "health": ("Needs insulin", "—")}]
    now = anna.session.case_file.captives.get(captive_id)
    assert (now.summary, now.health) == ("Transferred to Goris", "Needs insulin")
    # Nothing was lost unseen: the audit log has her summary, then his health note (his
    # summary was never saved), each under its own login.
    trail = [(e.actor, e.field, e.new_value) for e in
             anna.session.case_file.audit.for_record(now.uid) if e.field in ("summary", "health")]
    anna_login = anna.session.case_file.login.login
    assert trail == [(anna_login, "summary", "Transferred to Goris"),
                     (boris_login, "health", "Needs insulin")]
