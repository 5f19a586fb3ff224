"""Connecting to a team server whose owner requires the login's second factor: the window
asks for the code, and shows the login's records only once the server accepted it."""

from __future__ import annotations

import pyotp
import pytest

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.team_2fa import TwoFactorService
from caseapp.ui import team_connect
from caseapp.ui.team_connect import ConnectDialog
from tests.ui.test_postgres_connect_gui import PASSWORD, shareable_login  # noqa: F401 - a fixture


def test_the_window_asks_for_the_second_factor(blank_window, qtbot, shareable_login,  # noqa: F811
                                               message_boxes, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    pg_url, login = shareable_login
    owner = open_case_file(Location(url=pg_url), actor="owner")
    try:
        enrolment = TwoFactorService(owner.ctx).enrol(login, require=True)
        secret = pyotp.TOTP(enrolment.secret)
    finally:
        owner.close()
    host_port, database = pg_url.split("@", 1)[1].split("/", 1)

    def fill_in(dialog: ConnectDialog) -> int:
        dialog.host.setText(host_port.split(":")[0])
        dialog.port.setValue(int(host_port.split(":")[1]))
        dialog.database.setText(database)
        dialog.login.setText(login)
        dialog.password.setText(PASSWORD)
        return 1

    asked: list[str] = []

    def type_code(dialog) -> int:  # type: ignore[no-untyped-def]
        asked.append(dialog.labelText())
        dialog.setTextValue(secret.now())
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    monkeypatch.setattr(team_connect.QInputDialog, "exec", type_code)
    blank_window.actions_by_id["connect_server"].trigger()
    qtbot.waitUntil(lambda: blank_window.login_label.text() != "")
    assert len(asked) == 1 and login in asked[0]
    cf = blank_window.session.case_file
    assert [c.primary_name for c in cf.captives.list()] == ["Arakelyan Anush"]
    assert message_boxes == []
