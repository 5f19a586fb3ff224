"""The dialogs walked at 1024×768 in Armenian and Russian (the window's own: the captive's
file and the views are in test_small_screen_gui.py): what they say is whole and true."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from caseapp.ui.language import apply_language


@pytest.mark.parametrize(("system", "named"), [("C", "English"), ("de_DE", "English"),
                                               ("hy_AM", "Հայերեն"), ("ru_RU", "Русский")])
def test_the_system_choice_names_the_language_it_gives(system: str, named: str, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Language…: with no language set on the desktop (C, as on many servers and
    remote desktops) the first choice read "Системный ()", empty brackets; on a German
    desktop "System (Deutsch)", a language CaseApp does not have. It names the language the
    window would be in: English for both."""
    from caseapp.ui.language import LanguageDialog

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    dialog = LanguageDialog("")
    qtbot.addWidget(dialog)
    assert dialog.combo.itemText(0) == f"Системный ({named})"
    assert dialog.choice() == ""
