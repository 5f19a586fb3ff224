"""The Armenian and Russian catalogues are complete, their plurals follow each language's
rules, and ``python -m caseapp.ui.i18n apply`` writes delivered translations (or says why not)."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from caseapp.resources import resource
from caseapp.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in ET.parse(ts).getroot().iter("context") for message in context.findall("message")}


class Catalogue:
    """One compiled catalogue, asked the way the app asks: QCoreApplication.translate with it
    installed alone (Qt then writes the number into %n)."""

    def __init__(self, lang: str, folder: Path | None = None) -> None:
        self.qm = QTranslator()
        assert self.qm.load(str((folder or resource("translations")) / f"caseapp_{lang}.qm"))

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        app = QCoreApplication.instance()
        others = list(i18n._installed)
        for t in others:
            app.removeTranslator(t)
        app.installTranslator(self.qm)
        try:
            return QCoreApplication.translate(context, source, disambiguation, n)
        finally:
            app.removeTranslator(self.qm)
            for t in others:
                app.installTranslator(t)


def translator(lang: str, folder: Path | None = None) -> Catalogue:
    return Catalogue(lang, folder)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_message_is_translated(lang: str) -> None:
    unfinished = []
    for (context, source), message in messages(resource("translations", f"caseapp_{lang}.ts")).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
        text = translation.text if translation is not None else None
        if (not context or translation is None or translation.get("type")
                or (message.get("numerus") == "yes" and (len(forms) != i18n.PLURAL_FORMS[lang] or not all(forms)))
                or (message.get("numerus") != "yes" and not text)):
            unfinished.append(f"{context or '(no context)'}: {source!r}")
    assert unfinished == [], f"{len(unfinished)} unfinished in caseapp_{lang}.ts (run i18n update, translate)"


def test_every_string_of_the_code_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate run on today's code finds no message the committed catalogues lack: a string
    added or changed since the last ``i18n update`` fails here, under its context."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "caseapp" / "ui").rglob("*.py"))
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = set(messages(fresh))
    assert found, "lupdate found no message at all"
    for lang in ("hy", "ru"):
        missing = sorted(found - set(messages(resource("translations", f"caseapp_{lang}.ts"))))
        assert missing == [], f"not in caseapp_{lang}.ts: {missing[:20]}"
    assert not [key for key in found if not key[0]], "a message without context: lupdate cannot place it"


def literal_calls() -> list[tuple[str, int, str | None, str]]:
    """Every translation call of the interface's code whose text is written literally:
    (file, line, context or None for ``self.tr``, source), read with Python's own parser."""
    calls = []
    for path in sorted((ROOT / "caseapp" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                     for a in node.args[:2]]
            where = str(path.relative_to(ROOT))
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and texts[1] is not None:
                # a context held in a variable is one lupdate cannot read: never in a catalogue
                calls.append((where, node.lineno, texts[0] or f"({ast.unparse(node.args[0])})",
                              texts[1]))
            elif name == "tr" and texts and texts[0] is not None:
                calls.append((where, node.lineno, None, texts[0]))
    return calls


def test_every_literal_translation_call_reaches_the_catalogues() -> None:
    """lupdate silently skips some calls it cannot parse (the text inside an f-string, a count
    written as ``len(x)`` or ``found.total``, ``None`` as the disambiguation): Python's
    parser finds every call, and each one's message must be in both catalogues."""
    calls = literal_calls()
    assert len(calls) > 1000, "the scan found too few calls to be reading the code"
    for lang in ("hy", "ru"):
        known = set(messages(resource("translations", f"caseapp_{lang}.ts")))
        sources = {source for _context, source in known}
        missing = [f"{where}:{line} {context}: {source!r}" for where, line, context, source in calls
                   if ((context, source) not in known if context is not None else source not in sources)]
        assert missing == [], f"not in caseapp_{lang}.ts: {missing[:20]}"


def test_tr_is_called_on_self_or_on_a_class_naming_its_context() -> None:
    """``parent.tr("…")`` is filed by lupdate under the context "parent" while Qt looks it up
    under the parent's class: never translated. Texts outside a class's own methods name their
    context with a class (``CaseFileOpener.tr``) or ``QCoreApplication.translate``."""
    wrong = []
    for path in sorted((ROOT / "caseapp" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"):
                continue
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and (owner.id == "self" or owner.id[:1].isupper())):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node.func)}")
    assert wrong == []
    for lang in ("hy", "ru"):
        contexts = {context for context, _source in messages(resource("translations", f"caseapp_{lang}.ts"))}
        assert [c for c in contexts if not c[:1].isupper()] == [], f"a variable's name as context in {lang}"


# Russian: one for 1 and 21, few for 2 (3, 4, 22…), many for 5 (…20, 25…).
@pytest.mark.parametrize(("n", "expected"), [(1, "1 пленный"), (2, "2 пленных"), (5, "5 пленных"),
                                             (21, "21 пленный")])
def test_russian_plurals(n: int, expected: str, qapp) -> None:
    assert translator("ru").translate("CaptivesView", "%Ln captive(s)", None, n) == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 день назад"), (2, "2 дня назад"), (5, "5 дней назад"),
                                             (21, "21 день назад")])
def test_russian_plurals_of_days(n: int, expected: str, qapp) -> None:
    assert translator("ru").translate("ViewsCommon", "%Ln day(s) ago", None, n) == expected


# A count past 999 is grouped as the language's CLDR data says: Russian from four digits with a
# no-break space, Armenian from five (its minimum grouping is two groups), English with a comma.
@pytest.mark.parametrize(("lang", "locale", "n", "expected"), [
    ("ru", "ru_RU", 2130, "2\u00a0130 дней назад"),  # many: 2130 ends in 30
    ("ru", "ru_RU", 1021, "1\u00a0021 день назад"),  # one: ends in 21
    ("hy", "hy_AM", 2130, "2130 օր առաջ"),
    ("hy", "hy_AM", 12345, "12\u00a0345 օր առաջ"),
])
def test_large_counts_are_grouped_as_the_language_writes_them(lang: str, locale: str, n: int, expected: str,
                                                             qapp) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale))  # %Ln is written in the default locale
    try:
        assert translator(lang).translate("ViewsCommon", "%Ln day(s) ago", None, n) == expected
    finally:
        QLocale.setDefault(before)


# The only bare %n counts of the views: an order's term (at most 120 months, 366 days) and a
# hearing's other co-defendants.
SMALL_COUNTS = {"%n month(s)", "%n day(s)", "%1 and %n other(s)"}


def test_counts_that_can_pass_999_are_written_with_grouping() -> None:
    """The days and the numbers of captives, deadlines, rows… of the views are ``%Ln`` (the
    locale's grouping, "2 130 дней"), never a bare ``%n`` ("2130 дней")."""
    bare = [f"{where}:{line} {source!r}" for where, line, _context, source in literal_calls()
            if "%n" in source and source not in SMALL_COUNTS
            and where.startswith(("caseapp/ui/views/", "caseapp/ui/models/", "caseapp/ui/dialogs/sheet"))]
    assert bare == [], "\n".join(bare)


# Armenian keeps the noun singular after a number: 1 գերի, 2 գերի, 5 գերի, 21 գերի.
@pytest.mark.parametrize(("n", "expected"), [(1, "1 գերի"), (2, "2 գերի"), (5, "5 գերի"), (21, "21 գերի")])
def test_armenian_plurals(n: int, expected: str, qapp) -> None:
    assert translator("hy").translate("CaptivesView", "%Ln captive(s)", None, n) == expected


def test_armenian_has_two_plural_forms_one_for_1_other_for_2_5_21(tmp_path: Path, qapp) -> None:
    """Two forms, as CLDR gives Armenian (one: 0 and 1; other): lrelease accepts them and
    Qt picks the first for 1 only among 1, 2, 5, 21."""
    ts = tmp_path / "caseapp_hy.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="hy">'
                  '<context><name>T</name><message numerus="yes"><source>%n x</source><translation>'
                  '<numerusform>ONE %n</numerusform><numerusform>OTHER %n</numerusform>'
                  '</translation></message></context></TS>', encoding="utf-8")
    i18n._compile(ts)
    t = translator("hy", tmp_path)
    assert [t.translate("T", "%n x", None, n) for n in (1, 2, 5, 21)] == ["ONE 1", "OTHER 2", "OTHER 5", "OTHER 21"]


def test_apply_writes_translations_and_reports_what_it_cannot_place(tmp_path: Path, qapp) -> None:
    for lang in ("hy", "ru"):
        shutil.copy(resource("translations", f"caseapp_{lang}.ts"), tmp_path)
    delivery = tmp_path / "incoming.json"
    delivery.write_text(json.dumps([
        {"context": "CaptivesView", "source": "%Ln captive(s)", "hy": ["%Ln ԳԵՐԻ", "%Ln ԳԵՐԻՆԵՐ"],
         "ru": ["%Ln ПЛЕННЫЙ", "%Ln ПЛЕННЫХ", "%Ln ПЛЕННЫХ!"]},
        {"context": "MainWindow", "source": "CaseApp", "hy": "Գործեր", "ru": "Дела"},
        {"context": "NoSuchDialog", "source": "Hello", "hy": "Բարև", "ru": "Привет"},
        {"context": "MainWindow", "source": "No such sentence", "hy": "Ոչ", "ru": "Нет"},
        {"context": "MainWindow", "source": "Opened %1", "hy": "Բացված է %1"},
        {"context": "ViewsCommon", "source": "%Ln day(s) ago", "hy": "%Ln օր առաջ", "ru": ["один", "два", "пять"]},
    ], ensure_ascii=False), encoding="utf-8")
    problems = i18n.apply([delivery], tmp_path)
    assert len(problems) == 4
    assert "#3" in problems[0] and "unknown context" in problems[0]
    assert "#4" in problems[1] and "unknown source" in problems[1]
    assert "#5" in problems[3] and "ru needs a translation" in problems[3]
    assert "#6" in problems[2] and "hy needs a list of 2 plural forms" in problems[2]
    ru, hy = translator("ru", tmp_path), translator("hy", tmp_path)
    assert ru.translate("CaptivesView", "%Ln captive(s)", None, 5) == "5 ПЛЕННЫХ!"
    assert hy.translate("CaptivesView", "%Ln captive(s)", None, 2) == "2 ԳԵՐԻՆԵՐ"
    assert ru.translate("MainWindow", "CaseApp", None, -1) == "Дела"
    assert hy.translate("MainWindow", "Opened %1", None, -1) == "Բացված է %1"
    assert ru.translate("ViewsCommon", "%Ln day(s) ago", None, 2) == "два"  # ru was right, hy was not
    message = messages(tmp_path / "caseapp_ru.ts")[("MainWindow", "CaseApp")]
    assert message.find("translation").get("type") is None  # finished


@pytest.mark.parametrize(("locale", "expected"), [
    ("ru_RU", "1 декабря 2026\u202fг."),  # the Russian long date, year marked "г." (CLDR's narrow space)
    ("hy_AM", "2026 թ. դեկտեմբերի 1"),   # Armenian puts the year first, marked "թ."
    ("en_US", "1 December 2026"),        # CaseApp's English, as in its documents
])
def test_long_dates_follow_the_language(locale: str, expected: str, qapp) -> None:
    from datetime import date

    from PySide6.QtCore import QLocale

    from caseapp.ui.views.formatters import long_date

    QLocale.setDefault(QLocale(locale))  # put back after the test (tests/conftest.py)
    assert long_date(date(2026, 12, 1)) == expected
