"""The window says each status with the glossary's words, as the documents do
(tests/reports/test_glossary.py): its Qt catalogues (resources/translations/caseapp_hy.ts and
caseapp_ru.ts, ``Labels``, and ``StatusOfAWoman`` for a woman's) give each status the
glossary's rendering, the English source is the glossary's English, and the compiled catalogue
the window loads says the same through ``status_label``."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from caseapp.domain.enums import CaptiveStatus, Sex
from caseapp.resources import resource
from caseapp.ui.i18n import install_translators
from caseapp.ui.labels import status_label
from tests.glossary_table import COLUMNS, feminine, statuses

STATUSES = [s for s in CaptiveStatus if s is not CaptiveStatus.WITHHELD]
ids = [s.value for s in STATUSES]


def _ts(lang: str) -> dict[tuple[str, str], str]:
    """The finished translations of caseapp_<lang>.ts by (context, source)."""
    out = {}
    for context in ET.parse(resource("translations", f"caseapp_{lang}.ts")).getroot().iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type"):
                out[(context.findtext("name") or "", message.findtext("source") or "")] = \
                    translation.text or ""
    return out


def _expected(status: CaptiveStatus, lang: str, woman: bool) -> str:
    cells = statuses()[status.value]
    return ((feminine(cells) if woman and lang == "ru" else None)
            or cells[COLUMNS[lang]]).casefold()


@pytest.mark.parametrize("status", STATUSES, ids=ids)
def test_the_english_source_is_the_glossarys(qapp, status: CaptiveStatus) -> None:
    install_translators(qapp, QLocale("en"))  # the source texts: the window's English
    assert status_label(status, None).casefold() == _expected(status, "en", False)
    assert status_label(status, Sex.FEMALE).casefold() == _expected(status, "en", True)


@pytest.mark.parametrize("lang", ["hy", "ru"])
@pytest.mark.parametrize("status", STATUSES, ids=ids)
def test_the_qt_catalogue_says_each_status_as_the_glossary(qapp, status: CaptiveStatus,
                                                           lang: str) -> None:
    install_translators(qapp, QLocale("en"))
    source = status_label(status, None)  # the English source text of the status
    ts = _ts(lang)
    assert ts.get(("Labels", source), "").casefold() == _expected(status, lang, False)
    # a woman's, where the window has a form of its own for her
    woman = ts.get(("StatusOfAWoman", source))
    assert (woman or ts[("Labels", source)]).casefold() == _expected(status, lang, True)
    if lang == "ru" and feminine(statuses()[status.value]):
        assert woman is not None, f"no feminine form for {source!r} in StatusOfAWoman"
    # and the compiled catalogue the window loads says the same
    try:
        install_translators(qapp, QLocale(lang))
        assert status_label(status, None).casefold() == _expected(status, lang, False)
        assert status_label(status, Sex.FEMALE).casefold() == _expected(status, lang, True)
    finally:
        install_translators(qapp, QLocale("en"))
