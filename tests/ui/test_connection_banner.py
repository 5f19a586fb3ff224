"""The team server's banner says why nothing can be saved: a lost connection is being tried
again (wait), a revoked login is refused (ask the team's owner; waiting will not help)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caseapp.ui.connection_banner import ConnectionBanner
from caseapp.ui.language import apply_language


def test_a_refused_login_is_not_said_to_be_reconnecting(qtbot) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    banner.set_state(False, "server closed the connection unexpectedly")
    assert not banner.isHidden() and "подключиться снова" in banner.text.text()
    assert "server closed the connection unexpectedly" in banner.text.text()

    banner.set_state(False, 'FATAL: role "anna" is not permitted to log in', refused=True)
    said = banner.text.text()
    assert not banner.isHidden() and "подключиться снова" not in said and "владел" in said
    assert "FATAL" not in said  # the server's words are not the user's

    banner.set_state(True, "")
    assert banner.isHidden()
