"""Under Armenian and under Russian, no text of the window is left in English: menus, the
sidebar, every view, the captive's file and every dialog (tests/ui/every_dialog.py: each kind
of record with its choices, the save conflict, backups, the rule calculator with a result,
preferences, import and export, the team's connection, documents and letters, help). One
window per language over a case file whose only data is written in Armenian and Cyrillic (so
any English word seen is the interface's); the language is switched with File → Language… as
a user does. A day is never shown as ISO text (a date field's typed value aside)."""

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
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from caseapp.resources import resource
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.ui import language
from tests.ui.every_dialog import close, every_dialog

# Latin words a translated interface keeps: names of things, abbreviations, formats.
ALLOWED = {"caseapp", "echr", "icrc", "pdf", "sha", "utc", "json", "xlsx", "docx", "ics", "csv", "url",
           "gnu", "lgpl", "gpl", "pyside6", "pyside", "ctrl", "alt", "shift", "wgad", "id", "email", "e-mail",
           "hy", "en", "ru", "fr", "az", "english", "sqlcipher", "postgresql", "yyyy", "www",
           "enter", "esc", "backspace", "left", "right", "down", "tab",  # key names, as printed on the keys
           "utf", "bom", "windows", "armscii", "koi",  # encodings (UTF-8, Windows-1251, ARMSCII-8, KOI8-R)
           "word", "ods",  # Microsoft Word, the OpenDocument spreadsheet
           "ecomms", "ocr", "wgeid",  # the Court's portal, text recognition, the UN group
           "ssd", "libreoffice"}  # a kind of disk, the office suite
KEYS = re.compile(r"\((?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:Delete|Enter|Esc|Del|Ins|F\d+|[A-Z0-9])\)")
TIME_ZONE = re.compile(r"^[A-Za-z]+/[\w/+-]+$")  # an IANA name ("Europe/Moscow"): an identifier
ZONE_ID = re.compile(r"\([A-Za-z]+/[\w/+-]+\)")  # the same beside the zone's name: "… (Europe/Moscow)"
RULE_ID = re.compile(r"\b[a-z0-9]+(?:\.[a-z0-9_]+)+\b")  # a rule's id ("az.detention.expiry"), as in its file
# Names kept as they are: the licences', a path or a file's suffix (".toml", ".keys"), an SPDX id.
NAMES = re.compile(r"GNU (?:Lesser )?General Public License|\bLICENSE\b|\w+://\S+|(?<![\w.])/\S+|(?<![\w/])\.[a-z]{2,5}\b|\b[A-Z]+-\d\.\d-(?:only|or-later)\b")
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")  # a day shown as ISO text, not in the language's form


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
        elif isinstance(w, QLineEdit):  # a value too: the data here is Armenian and Cyrillic
            found += [(where, w.placeholderText()), (where + " (value)", w.text())]
        elif isinstance(w, QTextEdit):  # a result, a page of help
            found.append((where, w.toPlainText()))
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
            if isinstance(w, QTableWidget):  # a dialog's own rows (the backups: when, why)
                found += [(where + " (cell)", w.item(r, c).text()) for r in range(w.rowCount())
                          for c in range(w.columnCount()) if w.item(r, c) is not None]
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


def uncited(text: str, citations: list[str]) -> str:
    for citation in citations:
        text = text.replace(citation, " ")
    return text


def iso_days(found: list[tuple[str, str]]) -> list[str]:
    """Texts showing a day as ISO text; a date field's own value is typed that way, so it is
    not read."""
    return sorted({f"{where}: {text.strip()[:90]!r}" for where, text in found
                   if not where.endswith("(value)") and ISO_DAY.search(text or "")})


def left_in_english(found: list[tuple[str, str]], words: set[str]) -> list[str]:
    bad = []
    for where, text in found:
        if TIME_ZONE.match(text or ""):
            continue
        plain = KEYS.sub(" ", re.sub(r"<[^>]+>|&\w+;", " ", text or "").replace("&", ""))
        plain = RULE_ID.sub(" ", NAMES.sub(" ", ZONE_ID.sub(" ", plain)))
        english = [w for w in re.findall(r"[A-Za-z]{3,}", plain) if w.lower() in words]
        if english:
            bad.append(f"{where}: {plain.strip()[:90]!r} ({', '.join(english[:4])})")
    return sorted(set(bad))


@pytest.fixture
def armenian_captive(case_file: CaseFile) -> int:
    """A captive with a case, an order, a hearing, an intervention and a co-defendant, all
    written in Armenian or Cyrillic: the dialogs' choices list them by date."""
    cf = case_file
    cid = cf.captives.create(names=["Արմեն Օրինակյան", "Армен Оринакян"], capture="2026-11-01",
                             status="held").id
    p = cf.prosecutions.create(captive_id=cid, case_number="№ 1(101)-77/2026")
    cf.detention_orders.create(captive_id=cid, prosecution_id=p.id, start_date="2026-11-02", term_months=4)
    other = cf.captives.create(names=["Գագիկ Օրինակյան"], status="held").id
    cf.hearings.create(captive_ids=[cid, other], starts_at="2026-12-04 10:00", timezone="Asia/Baku",
                       kind="preliminary", court="Բաքվի դատարան", prosecution_id=p.id)
    org = cf.organisations.create(name="Կարմիր խաչ").id
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="sent", organisation_id=org,
                            subject="Այց")
    return cid


@pytest.fixture
def other_captive(case_file: CaseFile, armenian_captive: int) -> int:
    return next(r.id for r in case_file.overview.captive_rows() if r.id != armenian_captive)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_no_text_of_the_window_is_left_in_english(lang: str, qtbot, tmp_path: Path, case_file: CaseFile,
                                                  armenian_captive: int, other_captive: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
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
    # Every dialog, opened and closed in turn; a rule's source is a citation, kept in the
    # language of the text it cites.
    citations = sorted({r.source for r in case_file.rule_set if r.source}, key=len, reverse=True)
    opened = []
    for name, build in every_dialog(window, armenian_captive, other_captive, tmp_path):
        dialog = build()
        qtbot.waitUntil(lambda: window.runner.active == 0)
        found += [(f"dialog {name}: {where}", text) for where, text in texts_of(dialog)]
        opened.append(name)
        close(dialog)
    found = [(where, uncited(text, citations)) for where, text in found]
    assert {"conflict", "backups", "rule calculator", "record CHARGE", "import sheet", "team connect",
            "security settings", "letter", "dossier"} <= set(opened)
    bad = left_in_english(found, words) + iso_days(found)
    assert not bad, f"{len(bad)} texts left in English or with an ISO day:\n" + "\n".join(bad)
    window.set_case_file(None, backup_previous=False)
    window.close()


def test_the_captive_header_heads_with_the_spelling_in_the_interface_script(qtbot, ui) -> None:
    """One rule for documents and window (caseapp.domain.name_display.name_record_in_script): under
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
