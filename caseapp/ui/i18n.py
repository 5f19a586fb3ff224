"""Translations of the desktop app.

Every user-visible string is wrapped in ``tr``/``translate``; translations live in
``resources/translations/caseapp_<lang>.ts`` (Qt Linguist) and are compiled to ``.qm``.
English has a file too: it gives the plural forms of ``%n`` messages ("1 captive",
"2 captives") that the source text writes as "%n captive(s)".

    uv run python -m caseapp.ui.i18n update     # re-scan the code, refresh every .ts, compile .qm
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caseapp.resources import resource

LANGUAGES = ("en", "hy", "ru")
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> str:
    """Load CaseApp's and Qt's own translations for ``locale`` (English if none fits)."""
    locale = locale or QLocale()
    name = locale.name().split("_")[0]
    lang = name if name in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"caseapp_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if lang != "en" and qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def _plurals(ts: Path, *, english: bool) -> None:
    """Mark every "%n" message as a plural (lupdate misses some written as module-level
    ``translate`` calls) and, for English, fill its forms: "(s)" → "" and "s"."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if not english and translation.find("numerusform") is not None:
            continue  # a translator's work: keep it
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if english:
            translation.attrib.pop("type", None)
            forms = (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source))
        else:
            translation.set("type", "unfinished")
            forms = ("", "", "")
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _finished_translations(ts: Path) -> tuple[dict[tuple[str, str], ET.Element], dict[str, list[ET.Element]]]:
    """The finished translations of ``ts``, by (context, source) and by source alone."""
    by_context: dict[tuple[str, str], ET.Element] = {}
    by_source: dict[str, list[ET.Element]] = {}
    if not ts.exists():
        return by_context, by_source
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: nothing to carry
            source = message.findtext("source") or ""
            by_context[(name, source)] = translation
            by_source.setdefault(source, []).append(translation)
    return by_context, by_source


def _carry_over(ts: Path, by_context: dict[tuple[str, str], ET.Element],
                by_source: dict[str, list[ET.Element]]) -> int:
    """Give an unfinished message of the refreshed ``ts`` the translation it had before: under
    its context, or, when the message moved to another context (lupdate then sees a new
    message and drops the old one), the one translation its source text had everywhere."""
    tree = ET.parse(ts)
    carried = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            found = by_context.get((name, source))
            if found is None:
                others = by_source.get(source, [])
                if others and all(ET.tostring(o) == ET.tostring(others[0]) for o in others):
                    found = others[0]
            if found is None:
                continue
            place = len(message)
            if translation is not None:
                place = list(message).index(translation)
                message.remove(translation)
            message.insert(place, copy.deepcopy(found))
            carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return carried


def update() -> None:
    folder = resource("translations")
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in Path(__file__).resolve().parent.rglob("*.py"))
    bin_dir = Path(sys.executable).parent
    for lang in LANGUAGES:
        ts = folder / f"caseapp_{lang}.ts"
        before = _finished_translations(ts)
        subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-target-language", lang,
                        "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)
        if lang != "en":
            _carry_over(ts, *before)
        _plurals(ts, english=lang == "en")
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m caseapp.ui.i18n update")
    update()
