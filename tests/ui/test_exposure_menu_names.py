"""The seizure exposure report tells the lawyer what to do next: change the passphrase,
encrypt the file, destroy a travel copy. It named only the command line's commands
("(caseapp passphrase)"), also to a lawyer who made it in the window and never opened a
terminal; it now names the window's menu item first, in the report's language, as the
window's menus name it (checked here against the interface's own translations, so that the
two cannot drift apart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.reports.texts import t
from caseapp.ui.language import apply_language

MENU_ITEMS = {  # the report's text: the menu items it names
    "exp_cred_case_passphrase": ("&File", "Change &Passphrase…"),
    "exp_cred_not_encrypted": ("&File", "Change &Passphrase…"),
    "exp_cred_travel_copy": ("&File", "Destroy Travel Copy…"),
}


def shown(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source).replace("&", "")


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_exposure_report_names_the_windows_menu_items_in_its_language(
        qtbot, lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    for key, (menu, item) in MENU_ITEMS.items():
        text = " ".join(t(key, lang, subject="1 Dec 2026").split())
        assert f"{shown('Actions', menu)} → {shown('Actions', item)}" in text, (key, text)
        assert "caseapp " in text  # and the command, for the command line
