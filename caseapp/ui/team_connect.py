"""File → Connect to Team Server…: open a case file kept on a PostgreSQL server under one's
own login, and the status bar's note of who is logged in with which clearance.

The server, port, database and login are remembered (QSettings); the password never is.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from caseapp.config import Location, current_actor
from caseapp.domain.errors import CaseAppError
from caseapp.services.casefile import CaseFile
from caseapp.ui.opener import OpenFn, open_with_busy_cursor

SERVER_KEY = "team/server"
PORT_KEY = "team/port"
DATABASE_KEY = "team/database"
LOGIN_KEY = "team/login"


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def server_url(host: str, port: int, database: str, login: str, password: str) -> str:
    """The URL of a team server's case file, every part quoted (any character may be in a
    password or an Armenian login name)."""
    credentials = quote(login, safe="") + (":" + quote(password, safe="") if password else "")
    return (f"postgresql+psycopg://{credentials}@{quote(host.strip(), safe='')}:{port}/"
            f"{quote(database.strip(), safe='')}")


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team_connect")
        self.setWindowTitle(translate("TeamConnect", "Connect to team server"))
        self.setMinimumWidth(420)
        self.settings = settings
        self.host = QLineEdit(str(settings.value(SERVER_KEY, "localhost")), self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value(PORT_KEY, 5432)))
        self.database = QLineEdit(str(settings.value(DATABASE_KEY, "casefile")), self)
        self.login = QLineEdit(str(settings.value(LOGIN_KEY, "")), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for name, widget in (("host", self.host), ("database", self.database),
                             ("login", self.login), ("password", self.password)):
            widget.setObjectName(name)
        form = QFormLayout(self)
        form.addRow(translate("TeamConnect", "Server:"), self.host)
        form.addRow(translate("TeamConnect", "Port:"), self.port)
        form.addRow(translate("TeamConnect", "Case file (database):"), self.database)
        form.addRow(translate("TeamConnect", "Your login:"), self.login)
        form.addRow(translate("TeamConnect", "Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TeamConnect", "Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.password if self.login.text() else self.login).setFocus()

    def url(self) -> str:
        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.login.text().strip(), self.password.text())

    def remember(self) -> None:
        """Everything but the password."""
        self.settings.setValue(SERVER_KEY, self.host.text().strip())
        self.settings.setValue(PORT_KEY, self.port.value())
        self.settings.setValue(DATABASE_KEY, self.database.text().strip())
        self.settings.setValue(LOGIN_KEY, self.login.text().strip())


class Shell(Protocol):
    settings: QSettings
    open_fn: OpenFn

    def set_case_file(self, case_file: CaseFile | None, *, backup_previous: bool = True) -> None: ...


def connect(window: Shell) -> CaseFile | None:
    """Ask for the server and login, open the case file there and show it."""
    assert isinstance(window, QWidget)
    dialog = ConnectDialog(window.settings, window)
    if not dialog.exec():
        return None
    try:
        case_file = open_with_busy_cursor(window.open_fn, Location(url=dialog.url()),
                                          actor=current_actor())
    except CaseAppError as exc:
        QMessageBox.warning(window, translate("TeamConnect", "Cannot connect to the team server"), str(exc))
        return None
    dialog.remember()
    window.set_case_file(case_file)
    return case_file


def login_note(case_file: CaseFile) -> str:
    """The status bar's note of the login and clearance ("" for a local case file)."""
    who = case_file.login
    if not who.login:
        return ""
    if who.clearance is None:
        return translate("TeamConnect", "%1 (owner: sees everything)").replace("%1", who.login)
    return {
        "internal": translate("TeamConnect", "%1 (clearance: internal)"),
        "shareable": translate("TeamConnect", "%1 (clearance: shareable; read only)"),
        "public": translate("TeamConnect", "%1 (clearance: public; read only)"),
    }[who.clearance.value].replace("%1", who.login)
