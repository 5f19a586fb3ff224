"""A case file on a read-only disk or in a folder the user may not write to opens in the
window read-only: a banner and the title say so and why, the commands that would change it
are disabled with the reason as their tip, and a change tried in a form is refused with one
line in the form, which stays open; nothing is written, no box loops."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from caseapp.db import read_only
from caseapp.domain.messages import msg
from caseapp.ui.views.contact_dialogs import organisation_dialog
from tests.conftest import copy_of

FOLDER = msg("you may not write to its folder, where SQLite keeps its side files")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case file opened is in a folder the user may not write to (as root, which the
    tests may run as, the permissions themselves would not stop a write)."""
    monkeypatch.setattr(read_only, "reason_not_writable", lambda _path: FOLDER)


def test_the_window_shows_a_read_only_file_and_refuses_changes(
        qtbot, blank_window, demo_copy: Path, read_only_folder: None, message_boxes) -> None:  # type: ignore[no-untyped-def]
    before = digest(demo_copy)
    w = blank_window
    assert w.open_path(demo_copy)
    assert w.windowTitle() == "CaseApp — demo.db (read-only)"
    assert w.read_only_banner.isVisible()
    assert ("This case file is open read-only (you may not write to its folder, where SQLite "
            "keeps its side files)") in w.read_only_banner.text.text()
    for action_id in ("new_captive", "delete_captive", "import_json", "change_passphrase",
                      "travel_copy", "lawyer_details"):
        action = w.actions_by_id[action_id]
        assert not action.isEnabled(), action_id
        assert action.toolTip().startswith("The case file is open read-only (")
    for action_id in ("dossier", "status_report", "export_json", "find", "backups"):
        assert w.actions_by_id[action_id].isEnabled(), action_id
    # the first-run checklist's step whose command is disabled is disabled too, the
    # command's reason as its tip (the status bar's message was cut by the file's name)
    w.show_view("dashboard")
    button = w.findChild(QPushButton, "first_step_lawyer_details")
    qtbot.waitUntil(lambda: button.isVisible())
    assert not button.isEnabled()
    assert button.toolTip() == w.actions_by_id["lawyer_details"].toolTip()

    ui = w.session.ui
    org = ui.case_file.organisations.list()[0]
    dialog = organisation_dialog(ui, org)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["notes"].setPlainText("Called on Monday")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.general_error.isVisible())
    assert dialog.isVisible()  # what was typed is still there
    assert dialog.general_error.text() == (
        f"{demo_copy} is open read-only (you may not write to its folder, where SQLite keeps its "
        "side files): nothing was changed. To change it, copy it to a folder you can write to "
        "and open the copy.")
    dialog.reject()
    w.close_file()
    assert [text for kind, text in message_boxes if kind != "question"] == []  # (discard typing?)
    assert digest(demo_copy) == before
    assert sorted(p.name for p in demo_copy.parent.iterdir() if p.name.startswith("demo.db")) \
        == ["demo.db"]


def test_a_file_that_can_be_written_opened_next_gets_every_command_back(
        qtbot, blank_window, demo_copy: Path, tmp_path: Path, demo_template: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = blank_window
    tip = w.actions_by_id["new_captive"].toolTip()
    monkeypatch.setattr(read_only, "reason_not_writable", lambda _path: FOLDER)
    assert w.open_path(demo_copy)
    assert not w.actions_by_id["new_captive"].isEnabled()
    w.close_file()
    monkeypatch.setattr(read_only, "reason_not_writable", lambda _path: None)
    assert w.open_path(copy_of(demo_template, tmp_path / "other.db"))
    assert w.windowTitle() == "CaseApp — other.db"
    assert not w.read_only_banner.isVisible()
    assert w.actions_by_id["new_captive"].isEnabled()
    assert w.actions_by_id["new_captive"].toolTip() == tip
