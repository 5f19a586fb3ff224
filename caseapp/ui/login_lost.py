"""A team server's login found no longer standing where it stood when its case file was opened
(taken out of the team, revoked, or at another clearance): the window closes the case file,
so that nothing read before (above what the login may read now) stays on screen, in a
view's rows, the undo history or a dialog, and says why.

The session tells it (``CaseFileSession.login_lost``) once, whichever read, save, output or
the live changes' connection found it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.ui.locker import close_dialogs
from caseapp.ui.session import CaseFileSession

RETRY_MS = 200  # a dialog waits for its save: its answer first


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def close_for_login(window: QWidget, session: CaseFileSession, gone: bool) -> None:
    """Close ``session``'s case file and say why (``gone``: the server no longer lets the
    login in; else its clearance changed)."""
    if session.case_file is None:
        return
    if session.ops.waiting:
        QTimer.singleShot(RETRY_MS, window, lambda: close_for_login(window, session, gone))
        return
    dialogs = close_dialogs(window)
    session.close_for_login()
    text = (translate("LoginLost", "The team server no longer lets this login in (taken out "
                      "of the team, revoked, or its password changed). CaseApp closed the case "
                      "file, so that nothing read before stays on screen. Ask the team's owner.")
            if gone else
            translate("LoginLost", "The team's owner changed your login's clearance on this "
                      "case file while it was open. CaseApp closed the case file, so that "
                      "nothing read at the old clearance stays on screen: open it again to go "
                      "on at the new clearance."))
    if dialogs:
        text += " " + translate("LoginLost", "A dialog was open: it was closed and what was "
                                "typed in it was discarded, not saved.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("LoginLost", "CaseApp"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("login_lost")
    box.open()  # the window stays usable: its welcome page opens the file again
