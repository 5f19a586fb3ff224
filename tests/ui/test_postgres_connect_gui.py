"""File → Connect to Team Server…: the window opens a case file on the test server under a
shareable login, says who is logged in with which clearance, shows only what that clearance
allows, and keeps the password nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.ui.team_connect import ConnectDialog, server_url
from tests.conftest import TODAY
from tests.postgres import unique_login

PASSWORD = "Gui-Test-Pass:@/ 77"  # characters a URL must quote


@pytest.fixture
def shareable_login(pg_url: str) -> tuple[str, str]:
    """The test database with a shareable and an internal captive, and a shareable login."""
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Arakelyan Anush"], sensitivity="shareable")
        cf.captives.create(names=["Secret Person"], sensitivity="internal")
        cf.team.init()
        login = unique_login("gui")
        cf.team.add_user(login, clearance="shareable", password=PASSWORD)
    finally:
        cf.close()
    return pg_url, login


def test_connecting_as_a_shareable_login(blank_window, qtbot, shareable_login, tmp_path: Path,
                                         message_boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    pg_url, login = shareable_login
    host_port, database = pg_url.split("@", 1)[1].split("/", 1)
    host, port = host_port.split(":")

    def fill_in(dialog: ConnectDialog) -> int:
        for field, value in ((dialog.host, host), (dialog.database, database),
                             (dialog.login, login), (dialog.password, PASSWORD)):
            field.setFocus()
            field.selectAll()
            qtbot.keyClicks(field, value)
        dialog.port.setValue(int(port))
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    blank_window.actions_by_id["connect_server"].trigger()
    qtbot.waitUntil(lambda: blank_window.login_label.text() != "")
    assert blank_window.login_label.text() == (
        f"{login} (clearance: shareable; adds and edits at shareable or public)")
    cf = blank_window.session.case_file
    assert [c.primary_name for c in cf.captives.list()] == ["Arakelyan Anush"]
    assert PASSWORD not in blank_window.file_label.text()
    blank_window.settings.sync()
    saved = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert login in saved and "Gui-Test-Pass" not in saved
    # Closing makes no backup of a server's database and says nothing.
    blank_window.set_case_file(None)
    assert blank_window.login_label.text() == ""
    assert message_boxes == []


def test_the_server_url_quotes_every_part() -> None:
    url = server_url("db.example.org", 5433, "case file", "Անի", "p@ss:w/rd")
    assert url == ("postgresql+psycopg://%D4%B1%D5%B6%D5%AB:p%40ss%3Aw%2Frd@db.example.org:5433/"
                   "case%20file")


def test_a_wrong_password_is_reported_and_asked_again(blank_window, qtbot, shareable_login,
                                                      message_boxes, monkeypatch) -> None:
    """Before, the dialog closed after the message, and the server, case file and login had
    to be typed again (they are remembered only once connected)."""
    pg_url, login = shareable_login
    host_port, database = pg_url.split("@", 1)[1].split("/", 1)
    shown: list[tuple[str, str, str, str, bool]] = []

    def fill_in(dialog: ConnectDialog) -> int:
        shown.append((dialog.host.text(), dialog.database.text(), dialog.login.text(),
                      dialog.password.selectedText(), len(message_boxes) > 0))
        if len(shown) == 1:
            dialog.host.setText(host_port.split(":")[0])
            dialog.port.setValue(int(host_port.split(":")[1]))
            dialog.database.setText(database)
            dialog.login.setText(login)
            dialog.password.setText("wrong-password")
        else:
            dialog.password.setText(PASSWORD)
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    blank_window.actions_by_id["connect_server"].trigger()
    assert len(message_boxes) == 1
    _title, text = message_boxes[0]
    assert "the login or its password is wrong" in text and "wrong-password" not in text
    assert "password authentication failed" not in text  # (the driver's words: English)
    assert len(shown) == 2  # asked again, with what was typed and the password selected
    assert shown[1] == (host_port.split(":")[0], database, login, "wrong-password", True)
    qtbot.waitUntil(lambda: blank_window.login_label.text() != "")
    assert [c.primary_name for c in blank_window.session.case_file.captives.list()] == [
        "Arakelyan Anush"]
    blank_window.set_case_file(None)


def test_a_refused_connection_can_be_given_up(blank_window, shareable_login, message_boxes,
                                              monkeypatch) -> None:
    calls: list[int] = []

    def fill_in(dialog: ConnectDialog) -> int:
        calls.append(1)
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(1)  # nothing listens there
        return 1 if len(calls) == 1 else 0  # then Cancel

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    blank_window.actions_by_id["connect_server"].trigger()
    assert len(calls) == 2 and len(message_boxes) == 1
    assert blank_window.session.case_file is None


def test_the_password_kept_in_the_keyring_only(blank_window, qtbot, shareable_login, tmp_path,
                                               memory_keyring, message_boxes,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Asked to keep the password: it goes to the keyring (the tests' one, in memory), under
    the server, database and login, never to the settings file; next time the dialog fills
    it in, and connecting needs no typing."""
    pg_url, login = shareable_login
    host_port, database = pg_url.split("@", 1)[1].split("/", 1)
    host, port = host_port.split(":")

    def fill_in(dialog: ConnectDialog) -> int:
        for field, value in ((dialog.host, host), (dialog.database, database),
                             (dialog.login, login), (dialog.password, PASSWORD)):
            field.setFocus()
            field.selectAll()
            qtbot.keyClicks(field, value)
        dialog.port.setValue(int(port))
        dialog.keep.setFocus()
        qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)  # ticks it
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", fill_in)
    blank_window.actions_by_id["connect_server"].trigger()
    qtbot.waitUntil(lambda: blank_window.login_label.text() != "")
    assert memory_keyring.kept == {("CaseApp team server", f"{login}@{host}:{port}/{database}"):
                                   PASSWORD}
    blank_window.settings.sync()
    assert "Gui-Test-Pass" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    blank_window.set_case_file(None)

    seen: list[str] = []

    def as_it_opens(dialog: ConnectDialog) -> int:
        seen.append(dialog.password.text())
        assert dialog.keep.isChecked()
        return 1

    monkeypatch.setattr(ConnectDialog, "exec", as_it_opens)
    blank_window.actions_by_id["connect_server"].trigger()
    qtbot.waitUntil(lambda: blank_window.login_label.text() != "")
    assert seen == [PASSWORD]
    assert message_boxes == []


def test_the_owner_is_asked_before_a_case_file_is_made_in_an_empty_database(
        blank_window, qtbot, pg_server, message_boxes, monkeypatch) -> None:
    """A database with no case file (a mistyped name): asked, cancelled, nothing made and
    the dialog back; asked again and confirmed, the case file is made and opened."""
    import psycopg

    from caseapp.ui import team_connect
    from tests.postgres import drop_database, make_database

    name = make_database(pg_server, "gui_empty")
    host, port = pg_server.split("@", 1)[1].split("/", 1)[0].split(":")
    login = pg_server.split("://", 1)[1].split("@", 1)[0]
    asked: list[int] = []

    def fill_in(dialog: ConnectDialog) -> int:
        asked.append(1)
        dialog.host.setText(host)
        dialog.port.setValue(int(port))
        dialog.database.setText(name)
        dialog.login.setText(login)
        if len(asked) == 2:  # the second time the owner means it
            monkeypatch.setattr(team_connect, "create_there", lambda _parent, _database: True)
        return 1

    def tables() -> int:
        with psycopg.connect(pg_server.replace("+psycopg", "").rsplit("/", 1)[0] + "/" + name) as c:
            return int(c.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                 ).fetchone()[0])  # type: ignore[index]

    try:
        monkeypatch.setattr(ConnectDialog, "exec", fill_in)
        blank_window.actions_by_id["connect_server"].trigger()
        assert len(asked) == 2  # cancelled the first time: the dialog came back
        [(kind, question)] = message_boxes  # the question, asked the first time
        assert kind == "box" and name in question and "holds no case file" in question
        qtbot.waitUntil(lambda: blank_window.session.case_file is not None)
        assert tables() > 0
        blank_window.set_case_file(None)
    finally:
        drop_database(pg_server, name)
