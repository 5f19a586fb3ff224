"""Translations of the desktop app.

Every user-visible string is wrapped in ``tr``/``translate``; translations live in
``resources/translations/caseapp_<lang>.ts`` (Qt Linguist) and are compiled to ``.qm``.
English has a file too: it gives the plural forms of ``%n`` messages ("1 captive",
"2 captives") that the source text writes as "%n captive(s)".

    uv run python -m caseapp.ui.i18n update     # re-scan the code, refresh every .ts, compile .qm
    uv run python -m caseapp.ui.i18n apply resources/translations/incoming/*.json
                                                # write delivered translations, compile .qm

A delivery is a JSON list of ``{"context": "ClassName", "source": "exact English source",
"hy": "...", "ru": "..."}``; a ``%n`` message gives its plural forms as lists, as many as the
language has (``PLURAL_FORMS``: Armenian 2, "1 / other" as CLDR's ``one: i = 0,1``; Russian 3,
for 1, 2 and 5).
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caseapp.domain import messages
from caseapp.resources import resource

LANGUAGES = ("en", "hy", "ru")
# How many plural forms Qt's numerus rules give each language (lrelease refuses others):
# English and Armenian "one / other", Russian "one / few / many".
PLURAL_FORMS = {"en": 2, "hy": 2, "ru": 3}
_installed: list[QTranslator] = []
_language = ["en"]  # the language install_translators chose last


def current_language() -> str:
    """The interface's language: "hy", "ru" or "en"."""
    return _language[0]


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
    _language[0] = lang
    messages.set_language(lang)  # the services' messages speak the same language
    return lang


def plural(text: str, n: int) -> str:
    """A ``%n`` message already translated with ``n``, read as English while no catalogue
    is loaded: "%n day(s)" → "1 day" / "2 days", "%Ln match(es)" → "1 match" / "2 matches".
    A loaded catalogue (English included) has already replaced the "(s)" forms."""
    one = n == 1
    return text.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")


def _plurals(ts: Path, *, english: bool) -> None:
    """Mark every "%n" (or "%Ln") message as a plural (lupdate misses some written as module-level
    ``translate`` calls) and, for English, fill its forms: "(s)" → "" and "s"."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source and "%Ln" not in source:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if not english and translation.find("numerusform") is not None:
            # a translator's work: keep it, its forms on one line as apply() writes them
            # (lupdate puts them on lines of their own: the translation's text is then blanks)
            translation.text = None
            for form in translation:
                form.tail = None
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if english:
            translation.attrib.pop("type", None)
            forms: tuple[str, ...] = (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source))
        else:
            translation.set("type", "unfinished")
            forms = ("",) * PLURAL_FORMS[ts.stem.rsplit("_", 1)[-1]]
        for form_text in forms:
            ET.SubElement(translation, "numerusform").text = form_text
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


def _compile(ts: Path) -> None:
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, capture_output=True)


def apply(deliveries: list[Path], folder: Path | None = None) -> list[str]:
    """Write the translations of ``deliveries`` into the hy and ru catalogues of ``folder``
    (finished), compile them, and return one line per entry that could not be applied: an
    unknown context or source (the code changed since, or a typo), a plural message given
    the wrong number of forms, a missing language. Nothing is dropped without a line."""
    folder = folder or resource("translations")
    problems: list[str] = []
    entries: list[tuple[str, dict[str, object]]] = []
    for path in deliveries:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: not readable as JSON ({exc})")
            continue
        if not isinstance(data, list):
            problems.append(f"{path}: expected a list of translations")
            continue
        for number, entry in enumerate(data, 1):
            if not isinstance(entry, dict) or not isinstance(entry.get("context"), str) \
                    or not isinstance(entry.get("source"), str):
                problems.append(f"{path} #{number}: needs a \"context\" and a \"source\"")
                continue
            entries.append((f"{path} #{number} ({entry['context']}: {entry['source']!r})", entry))
    for lang in ("hy", "ru"):
        ts = folder / f"caseapp_{lang}.ts"
        tree = ET.parse(ts)
        messages = {(context.findtext("name") or "", message.findtext("source") or ""): message
                    for context in tree.getroot().iter("context") for message in context.findall("message")}
        for where, entry in entries:
            message = messages.get((str(entry["context"]), str(entry["source"])))
            if message is None:
                if lang == "hy":  # one line per entry, not one per language
                    contexts = {c for c, _ in messages}
                    what = "source" if entry["context"] in contexts else "context"
                    problems.append(f"{where}: unknown {what} (run update first?)")
                continue
            value = entry.get(lang)
            plural_message = message.get("numerus") == "yes"
            wanted = PLURAL_FORMS[lang]
            if plural_message and not (isinstance(value, list) and len(value) == wanted
                                       and all(isinstance(v, str) and v for v in value)):
                problems.append(f"{where}: {lang} needs a list of {wanted} plural forms")
                continue
            if not plural_message and not (isinstance(value, str) and value):
                problems.append(f"{where}: {lang} needs a translation (one string)")
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if plural_message:
                translation.text = None
                for form in value if isinstance(value, list) else ():
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = str(value)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        _compile(ts)
    return problems


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
        _compile(ts)


def main(argv: list[str]) -> int:
    usage = "usage: python -m caseapp.ui.i18n update | apply FILE.json..."
    if argv == ["update"]:
        update()
        return 0
    if len(argv) >= 2 and argv[0] == "apply":
        problems = apply([Path(a) for a in argv[1:]])
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
