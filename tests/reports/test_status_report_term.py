"""The status report has one name in each language (docs/glossary.md, "status report"): Armenian
called it «զեկույց» in the menus and the document's title and «հաշվետվություն» in the
command line's help, its messages and the Qt dialog's summary; «հաշվետվություն» is the
seizure exposure report's word. Russian says «отчёт», never «доклад» nor «справка»."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from caseapp.reports.texts import TEXTS
from caseapp.resources import resource

ROOT = Path(__file__).resolve().parents[2]
TERM = {"hy": "զեկույց", "ru": "отчёт"}
OTHERS = {"hy": ("հաշվետվ",), "ru": ("доклад", "справк")}
# The messages about the status report that do not name it in English.
ABOUT_IT = {
    "the report",  # the command line's `report` and the service it calls
    "Unknown report format “{format}”: choose pdf or xlsx.",
    "“{value}” is not a report format: choose pdf or xlsx.",
    "your name: author of dossiers and reports, signatory of letters",
    "only the captives with this tag (below the internal level the report does not name it: "
    "tags are internal)",
}


def _status_report_keys() -> set[str]:
    """The documents' catalogue keys the status report prints."""
    source = "\n".join((ROOT / "caseapp" / "reports" / f"{module}.py").read_text(encoding="utf-8")
                        for module in ("status_rows", "status_pdf", "status_xlsx"))
    return set(re.findall(r"""\bt\(\s*["'](\w+)["']""", source))


def _forms(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, tuple | list) else [str(value)]


def _wrong(lang: str, texts: list[str]) -> list[str]:
    return [t for t in texts if any(w in t.casefold() for w in OTHERS[lang])]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_documents_catalogue_names_the_report_one_way(lang: str) -> None:
    keys = _status_report_keys()
    assert {"report_title", "custody_histogram_none"} <= keys
    texts = [form for key in keys if key in TEXTS[lang] for form in _forms(TEXTS[lang][key])]
    assert not _wrong(lang, texts)
    assert TERM[lang] in TEXTS[lang]["report_title"].casefold()


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_messages_name_the_report_one_way(lang: str) -> None:
    with resource("translations", "messages", f"{lang}.po").open("rb") as f:
        catalogue = read_po(f)
    found = []
    for message in catalogue:
        english = message.id[0] if isinstance(message.id, tuple) else message.id
        if english and ("status report" in english.casefold() or english in ABOUT_IT):
            found.extend(_forms(message.string))
    assert len(found) >= 8
    assert not _wrong(lang, found)
    assert all(TERM[lang] in text.casefold() for text in found), found


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_interface_names_the_report_one_way(lang: str) -> None:
    root = ET.parse(resource("translations", f"caseapp_{lang}.ts")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            english = message.findtext("source") or ""
            if name == "StatusReportDialog" or "status report" in english.casefold():
                translation = message.find("translation")
                if translation is not None:
                    found.extend([n.text or "" for n in translation.iter("numerusform")]
                                 or [translation.text or ""])
    assert len(found) >= 5
    assert not _wrong(lang, found)
