"""File → Connect to Team Server…: open a case file kept on a PostgreSQL server under one's
own login, and the status bar's note of who is logged in with which clearance.

The server, port, database and login are remembered (QSettings); the password never is.
If asked, the password is kept in the operating system's keyring (the ``keyring`` library:
the macOS Keychain, Windows Credential Locker, the Secret Service on Linux), under the
server, port, database and login, and filled in from there next time.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from caseapp.config import Location, current_actor
from caseapp.domain.errors import CaseAppError
from caseapp.services.casefile import CaseFile
from caseapp.ui.action_limits import disable, give_back
from caseapp.ui.clearance_words import label_of_clearance
from caseapp.ui.formats import fill
from caseapp.ui.literal_text import literal
from caseapp.ui.opener import OpenFn, open_with_busy_cursor
from caseapp.ui.settings import whole_number
from caseapp.ui.widgets.screen_room import never_cut
from caseapp.ui.widgets.wrapped_check import WrappedCheck

SERVER_KEY = "team/server"
PORT_KEY = "team/port"
DATABASE_KEY = "team/database"
LOGIN_KEY = "team/login"
KEYRING_SERVICE = "CaseApp team server"
SECOND_FACTOR_WIDTH = 480  # the code's question, its sentence wrapped


def keyring_key(host: str, port: int, database: str, login: str) -> str:
    return f"{login}@{host}:{port}/{database}"


def stored_password(key: str) -> str:
    """The password kept in the keyring under ``key`` ("" if none, or no keyring here)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, key) or ""
    except (KeyringError, RuntimeError, OSError):
        return ""


def keep_password(key: str, password: str | None) -> bool:
    """Keep ``password`` in the keyring under ``key`` (None: forget it); False when this
    computer has no keyring to keep it in."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, key, password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, key)
            except PasswordDeleteError:
                pass  # nothing was kept
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


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
        self.port.setValue(whole_number(settings, PORT_KEY, 5432))
        self.database = QLineEdit(str(settings.value(DATABASE_KEY, "casefile")), self)
        self.login = QLineEdit(str(settings.value(LOGIN_KEY, "")), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        keep = WrappedCheck.with_text(self, QCoreApplication.translate(
            "TeamConnect", "Keep the password in this computer's keyring"), "keep_password")
        self.keep = keep.box  # its sentence wraps: it was cut at the edge in hy and ru
        kept = stored_password(self.key()) if self.login.text() else ""
        if kept:
            self.password.setText(kept)
            self.keep.setChecked(True)
        for name, widget in (("host", self.host), ("database", self.database),
                             ("login", self.login), ("password", self.password)):
            widget.setObjectName(name)
        form = QFormLayout(self)
        form.addRow(translate("TeamConnect", "Server:"), self.host)
        form.addRow(translate("TeamConnect", "Port:"), self.port)
        form.addRow(translate("TeamConnect", "Case file (database):"), self.database)
        form.addRow(translate("TeamConnect", "Your login:"), self.login)
        form.addRow(translate("TeamConnect", "Password:"), self.password)
        form.addRow("", keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TeamConnect", "Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        never_cut(self)
        (self.password if self.login.text() else self.login).setFocus()

    def url(self) -> str:
        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.login.text().strip(), self.password.text())

    def key(self) -> str:
        return keyring_key(self.host.text().strip(), self.port.value(),
                           self.database.text().strip(), self.login.text().strip())

    def remember(self) -> bool:
        """Everything but the password in the settings; the password in the keyring if
        asked (else any kept before is forgotten). False if there is no keyring here."""
        self.settings.setValue(SERVER_KEY, self.host.text().strip())
        self.settings.setValue(PORT_KEY, self.port.value())
        self.settings.setValue(DATABASE_KEY, self.database.text().strip())
        self.settings.setValue(LOGIN_KEY, self.login.text().strip())
        return keep_password(self.key(), self.password.text() if self.keep.isChecked() else None)


class Shell(Protocol):
    settings: QSettings
    open_fn: OpenFn

    def set_case_file(self, case_file: CaseFile | None, *, backup_previous: bool = True) -> None: ...


def connect(window: Shell) -> CaseFile | None:
    """Ask for the server and login, open the case file there and show it. Refused (a
    mistyped password, a wrong code, no server at that address), the dialog comes back with
    what was typed, the password selected, until it connects or is cancelled."""
    assert isinstance(window, QWidget)
    dialog = ConnectDialog(window.settings, window)
    case_file = None
    while case_file is None:
        if not dialog.exec():
            return None
        case_file = _open(window, dialog)
    kept = dialog.remember()
    window.set_case_file(case_file)
    if not kept and dialog.keep.isChecked():
        QMessageBox.information(
            window, QCoreApplication.translate("TeamConnect", "Password not kept"),
            QCoreApplication.translate(
                "TeamConnect", "This computer has no keyring to keep the password in: you "
                "will be asked for it next time."))
    return case_file


def second_factor_dialog(parent: QWidget | None, login: str) -> QInputDialog:
    """The question for the code: its sentence on as many lines as it needs (on one line,
    as Qt's own question has it, it made the dialog 1000 pixels wide in Armenian, wider
    than a 1024-pixel screen with a long login)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("TeamConnect", "Two-factor sign-in"))
    dialog.setLabelText(translate(
        "TeamConnect", "The server requires a second factor of %1: type the 6-digit code of the "
        "authenticator app, or one of the recovery codes.").replace("%1", login))
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.resize(SECOND_FACTOR_WIDTH, dialog.sizeHint().height())
    return dialog


def _open(window: Shell, dialog: ConnectDialog) -> CaseFile | None:
    """The case file at the dialog's server, or None when it was refused (said in a box)."""
    assert isinstance(window, QWidget)
    from caseapp.services import team_2fa  # with SQLAlchemy: when connecting, not at the start
    from caseapp.services.team import NoCaseFileYet

    team_2fa.set_code_source(lambda login: ask_second_factor(window, login))
    location = Location(url=dialog.url())
    try:
        try:
            return open_with_busy_cursor(window.open_fn, location, parent=window,
                                         actor=current_actor())
        except NoCaseFileYet:
            if not create_there(window, dialog.database.text().strip()):
                return None
            return open_with_busy_cursor(window.open_fn, location, parent=window,
                                         actor=current_actor(), create=True)
    except CaseAppError as exc:
        QMessageBox.warning(window, translate("TeamConnect", "Cannot connect to the team server"), literal(str(exc)))
        dialog.password.selectAll()
        dialog.password.setFocus()
        return None


def create_there(parent: QWidget, database: str) -> bool:
    """The owner connected to a database that holds no case file: make one there only when
    asked to (a mistyped name must not get a case file in some other database)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("TeamConnect", "No case file in this database"),
                      translate("TeamConnect", "The database %1 on the server holds no case file. "
                                "If you mistyped its name, cancel and check it. Create an empty "
                                "case file there?").replace("%1", database),
                      QMessageBox.StandardButton.Cancel, parent)
    create = box.addButton(translate("TeamConnect", "Create Case File"),
                           QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is create


def ask_second_factor(parent: QWidget, login: str) -> str | None:
    """The code of a login whose second factor the server requires (None: cancelled)."""
    dialog = second_factor_dialog(parent, login)
    try:
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def login_note(case_file: CaseFile) -> str:
    """The status bar's note of the login and clearance ("" for a local case file)."""
    who = case_file.login
    if not who.login:
        return ""
    if who.clearance is None:
        return translate("TeamConnect", "%1 (owner: sees everything)").replace("%1", who.login)
    return {
        "internal": translate("TeamConnect", "%1 (clearance: internal)"),
        "shareable": translate("TeamConnect", "%1 (clearance: shareable; adds and edits at "
                                              "shareable or public)"),
        "public": translate("TeamConnect", "%1 (clearance: public; adds and edits at public)"),
    }[who.clearance.value].replace("%1", who.login)


# Commands a login below internal clearance may not use on a team server: they delete records
# (whose deletion may cascade to rows it cannot see), rewrite the audit chain (imports, a
# travel copy's merge) or change the file's settings, or read the audit log (the daily log of
# deadline control, the seizure exposure report as of a day: a server has no backup of the kind
# its other way reads), or write the file's events (a travel copy's record). The server
# refuses them anyway.
NEEDS_INTERNAL = ("delete_captive", "merge_captives", "import_json", "import_sheet",
                  "travel_copy", "travel_merge", "deadline_settings", "lawyer_details",
                  "daily_log", "exposure_report")
_LIMITED = "team_limited"  # property of an action this module disabled (and its old tip)


def limit_actions(actions: dict[str, QAction], case_file: CaseFile | None) -> None:
    """Disable, with the reason as their tip, the commands the open case file's login may not
    use; give back those it disabled for an earlier case file."""
    who = case_file.login if case_file is not None else None
    limited = [actions[action_id] for action_id in NEEDS_INTERNAL]
    give_back(limited, _LIMITED)  # disabled here for the case file before
    if who is None or not who.restricted:
        return
    reason = translate("TeamConnect", "Needs internal clearance: %1 has clearance %2, "
                       "which adds and edits records at or below it, but not this.")
    disable(limited, _LIMITED,
            fill(reason, who.login, label_of_clearance(who)))
