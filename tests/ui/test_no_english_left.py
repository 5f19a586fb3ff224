"""Under Armenian and under Russian, no text of the window is left in English: menus, the
sidebar, every view, the captive's file and the dialogs that add its records. One window per
language over a case file whose only data is written in Armenian and Cyrillic (so any English
word seen is the interface's); the language is switched with File → Language… as a user does."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from caseapp.resources import resource
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui import language

# Latin words a translated interface keeps: names of things, abbreviations, formats.
ALLOWED = {"caseapp", "echr", "icrc", "pdf", "sha", "utc", "json", "xlsx", "docx", "ics", "csv", "url",
           "gnu", "lgpl", "gpl", "pyside6", "ctrl", "alt", "shift", "wgad", "id", "email", "e-mail",
           "hy", "en", "ru", "fr", "az", "english", "sqlcipher", "postgresql", "yyyy", "www",
           "enter", "esc", "backspace",  # key names, as printed on the keys
           "word", "ods",  # Microsoft Word, the OpenDocument spreadsheet
           "ecomms", "ocr", "wgeid"}  # the Court's portal, text recognition, the UN group
KEYS = re.compile(r"\((?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:Delete|Enter|Esc|Del|Ins|F\d+|[A-Z0-9])\)")
TIME_ZONE = re.compile(r"^[A-Za-z]+/[\w/+-]+$")  # an IANA name ("Europe/Moscow"): an identifier


def english_words() -> set[str]:
    """Every word of the interface's English source texts (what a left-over would be made of)."""
    words: set[str] = set()
    for source in ET.parse(resource("translations", "caseapp_en.ts")).getroot().iter("source"):
        words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>|&\w+;", " ", source.text or ""))}
    return words - ALLOWED


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user reads on ``root`` and its children, data cells aside."""
    found: list[tuple[str, str]] = [(type(root).__name__, root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QLabel):
            found.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((where, w.text()))
        elif isinstance(w, QLineEdit):
            found.append((where, w.placeholderText()))
        elif isinstance(w, QGroupBox):
            found.append((where, w.title()))
        elif isinstance(w, QTabWidget):
            found += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's model: no header
                columns = 0
            found += [(where, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(columns)]
        if w.toolTip():
            found.append((where + " (tooltip)", w.toolTip()))
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found = []
    for action in window.menuBar().actions():
        found.append(("menu", action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            for a in menu.actions():
                found += [("menu item", a.text()), ("menu tip", a.statusTip())]
    return found


def left_in_english(found: list[tuple[str, str]], words: set[str]) -> list[str]:
    bad = []
    for where, text in found:
        if TIME_ZONE.match(text or ""):
            continue
        plain = KEYS.sub(" ", re.sub(r"<[^>]+>|&\w+;", " ", text or "").replace("&", ""))
        english = [w for w in re.findall(r"[A-Za-z]{3,}", plain) if w.lower() in words]
        if english:
            bad.append(f"{where}: {plain.strip()[:90]!r} ({', '.join(english[:4])})")
    return sorted(set(bad))


@pytest.fixture
def armenian_captive(case_file: CaseFile) -> int:
    return case_file.captives.create(names=["Արմեն Օրինակյան", "Армен Оринакян"], capture="2026-11-01",
                                     status="held").id


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_no_text_of_the_window_is_left_in_english(lang: str, qtbot, tmp_path: Path, case_file: CaseFile,
                                                  armenian_captive: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs import record_kinds
    from caseapp.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, open_case_file, demo_builder=lambda p: None, demo_path=tmp_path / "no.db")
    window.show()
    window.set_case_file(case_file)
    window.open_captive(armenian_captive)
    # File → Language…, the language chosen in the dialog, OK.
    monkeypatch.setattr(language.LanguageDialog, "exec", lambda self: (
        self.combo.setCurrentIndex(self.combo.findData(lang)), self.accept(), self.result())[-1])
    window.actions_by_id["language"].trigger()
    window = language._windows[0]
    qtbot.addWidget(window)
    assert window.case_file is case_file  # the same file, never closed, on the same captive
    assert window.current_view_id() == "captive" and window.current_captive_id() == armenian_captive
    assert settings.value(language.LANGUAGE_KEY) == lang  # kept for the next start
    words = english_words()
    found = menu_texts(window)
    for view_id in ("dashboard", "deadlines", "captives", "hearings", "contacts", "advocacy", "documents"):
        window.show_view(view_id)
        qtbot.waitUntil(lambda: window.runner.active == 0)
        found += [(f"{view_id}: {w}", t) for w, t in texts_of(window.views[view_id])]
    window.open_captive(armenian_captive)
    qtbot.waitUntil(lambda: window.runner.active == 0)
    found += [(f"captive: {w}", t) for w, t in texts_of(window.views["captive"])]
    ui = window.session.ui
    for kind in (record_kinds.NAME, record_kinds.DETENTION_ORDER, record_kinds.HEARING, record_kinds.CHARGE,
                 record_kinds.WELFARE_CONTACT, record_kinds.INTERNATIONAL, record_kinds.NOTE):
        dialog = dlg.make_add_dialog(ui, kind, captive_id=armenian_captive)
        found += [(f"dialog {kind.title if hasattr(kind, 'title') else ''}: {w}", t) for w, t in texts_of(dialog)]
        dialog.deleteLater()
    found += [(f"language dialog: {w}", t) for w, t in texts_of(language.LanguageDialog("", window))]
    bad = left_in_english(found, words)
    assert not bad, f"{len(bad)} texts left in English:\n" + "\n".join(bad)
    window.set_case_file(None, backup_previous=False)
    window.close()


def test_the_captive_header_heads_with_the_spelling_in_the_interface_script(qtbot, ui) -> None:
    """One rule for documents and window (caseapp.domain.names.name_record_in_script): under
    Russian the Cyrillic spelling comes first, under Armenian the Armenian one, under English
    the Latin one (the primary name here is the Russian spelling)."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.i18n import install_translators
    from caseapp.ui.views.captive_file import CaptiveFileView

    cid = ui.case_file.captives.create(names=["Армен Оринакян", "Արմեն Օրինակյան", "Armen Orinakyan"]).id
    seen = {}
    for lang in ("ru", "hy", "en"):
        install_translators(QCoreApplication.instance(), language.locale_of(lang))
        view = CaptiveFileView(ui)
        qtbot.addWidget(view)
        view.show()
        view.show_captive(cid)
        qtbot.waitUntil(lambda v=view: "rinakyan" in v.header.name.text() or "Оринакян" in v.header.name.text()
                        or "Օրինակյան" in v.header.name.text())
        seen[lang] = view.header.name.text()
    assert seen == {"ru": "Армен Оринакян", "hy": "Արմեն Օրինակյան", "en": "Armen Orinakyan"}
