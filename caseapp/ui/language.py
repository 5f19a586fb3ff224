"""The language of the interface: the user's choice (File → Language…), kept in QSettings.

"System" follows the desktop's locale (English when CaseApp has no catalogue for it). A new
choice takes effect at once: the window is built again in the new language around the same
open case file, on the same view and captive (nothing is closed, nothing asked again); the
menus, the views and the dialogs opened after read in the new language, and dates and numbers
follow its locale (QLocale's default)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from caseapp.ui.i18n import LANGUAGES, install_translators
from caseapp.ui.reading_guard import LANGUAGE, readings_may_stop

LANGUAGE_KEY = "ui/language"
# Each language named in itself: whoever cannot read the current one still finds theirs.
CHOICES = (("hy", "Հայերեն"), ("ru", "Русский"), ("en", "English"))
_windows: list[QWidget] = []  # the window built last by a switch (the previous one is closed)


def chosen(settings: QSettings) -> str:
    """The language chosen in ``settings``: "hy", "ru", "en", or "" for the system's."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


def locale_of(code: str) -> QLocale:
    """The locale of a language code ("" = the system's; the system's country is kept when it
    speaks that language, Armenia's or Russia's otherwise)."""
    if not code:
        return QLocale.system()
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale({"hy": "hy_AM", "ru": "ru_RU", "en": "en_US"}.get(code, code))


def apply_language(app: QCoreApplication, code: str) -> str:
    """Install the catalogues of ``code`` and make its locale the default (dates, numbers):
    the language used, "en" when CaseApp has none for the one asked."""
    locale = locale_of(code)
    lang = install_translators(app, locale)
    QLocale.setDefault(locale if lang == locale.name().split("_")[0] else QLocale(QLocale.Language.English,
                                                                                  QLocale.Country.UnitedStates))
    return lang


def system_language_name() -> str:
    """The language "System" gives, named in itself: the desktop's when CaseApp has it,
    English otherwise (a desktop in German, or with no language set, C/POSIX, reads
    "System (English)", never "System (Deutsch)" nor "System ()")."""
    code = QLocale.system().name().split("_")[0]
    return dict(CHOICES).get(code if code in LANGUAGES else "en", "English")


class LanguageDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("System (%1)").replace("%1", system_language_name()), "")
        for code, name in CHOICES:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language of the interface:"), self.combo)
        note = QLabel(self.tr("The window is built again in the new language; the open case file "
                              "stays open, on the same view."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> str:
        return str(self.combo.currentData())


def choose_language(window: Any) -> None:
    """File → Language…: ask, then switch."""
    dialog = LanguageDialog(chosen(window.settings), window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice() != chosen(window.settings) \
            and readings_may_stop(window, LANGUAGE):
        switch_language(window, dialog.choice())


def switch_language(window: Any, code: str) -> Any:
    """Keep ``code`` as the user's language and build the main window (``window``'s class,
    never imported here: the main window imports this module) again in it, around the same
    open case file, view and captive; returns the new window (the old one is closed)."""
    window.settings.setValue(LANGUAGE_KEY, code)
    app = QCoreApplication.instance()
    assert app is not None
    view_id = window.current_view_id() if window.views else ""
    captive_id = window.current_captive_id() if view_id == "captive" else None
    case_file = window.session.hand_over()
    window.settings.setValue("window/view", view_id if view_id and view_id != "captive" else "captives")
    apply_language(app, code)
    new = type(window)(window.settings, window.open_fn, demo_builder=window.demo_builder,
                     demo_path=window.demo_path)
    if window.isVisible():
        new.show()  # before the old one closes: the application never has no window
    if case_file is not None:
        new.set_case_file(case_file)
        if captive_id is not None:
            new.open_captive(captive_id)
        elif view_id in new.views:
            new.show_view(view_id)
    window.close()
    window.deleteLater()
    _windows[:] = [new]
    return new
