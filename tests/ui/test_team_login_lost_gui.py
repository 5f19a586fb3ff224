"""A member's window on a team server whose clearance the team's owner lowers while it is open
(``team remove-user``, then ``team add-user`` at a lower clearance): once the window finds
it, the case file is closed, so that the rows read at the old clearance leave the screen."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseapp.domain.enums import Sensitivity
from caseapp.ui.main_window import MainWindow
from tests.db.test_postgres_clearance_changes import other_team, team  # noqa: F401 - fixtures
from tests.db.test_postgres_team import PASSWORD, Team, run
from tests.ui.test_team_live_gui import _window


def _shown(window: MainWindow) -> str:
    model = window.views["captives"].model
    return " ".join(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
                    for row in range(model.rowCount()) for column in range(model.columnCount()))


def test_rows_read_at_the_old_clearance_leave_the_screen(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, team: Team, other_team: Team,  # noqa: F811 - the fixtures
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the window said the clearance had changed, but the captives list went on
    showing the internal captive (and every other row read before) until the file was
    closed by hand."""
    name = team.logins[Sensitivity.INTERNAL]
    assert run("team", "add-user", name, "--clearance", "public",
               "--db", other_team.owner_url)[0] == 0  # so that the login stays on the server
    window = _window(qtbot, tmp_path, "member", team.url(Sensitivity.INTERNAL))
    closed_on: list[threading.Thread] = []
    close = window.session.close_for_login
    monkeypatch.setattr(window.session, "close_for_login",
                        lambda: (closed_on.append(threading.current_thread()), close()))
    try:
        window.show_view("captives")
        qtbot.waitUntil(lambda: "secretnameb" in _shown(window))
        assert run("team", "remove-user", name, "--db", team.owner_url)[0] == 0
        monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)
        assert run("team", "add-user", name, "--clearance", "shareable",
                   "--db", team.owner_url)[0] == 0
        if window.session.case_file is not None:  # the live changes may have read already
            window.refresh()  # the list read again: refused, the clearance changed
        qtbot.waitUntil(lambda: window.session.case_file is None)
        assert closed_on == [threading.main_thread()]  # the window's thread, not a worker's
        assert window.views.built() == {}
        assert window.undo.count() == 0
        box = window.findChild(QMessageBox, "login_lost")
        assert box is not None and box.isVisible()
        # Changed, or (when the live changes read between the owner's two commands) out of
        # the team: either way the file is closed, and the box says why in one message.
        assert box.text().startswith((
            "The team's owner changed your login's clearance on this case file while it was "
            "open. CaseApp closed the case file, so that nothing read at the old clearance "
            "stays on screen",
            "The team server no longer lets this login in (taken out of the team, revoked, or "
            "its password changed). CaseApp closed the case file"))
        box.accept()
    finally:
        window.set_case_file(None)
        window.close()
