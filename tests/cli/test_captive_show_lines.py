"""``captives show`` as a lawyer reads it in each language: the status line is one phrase
with its date written out (Armenian puts one «՝» after the word and the date in parentheses
with «-ից»: «Կարգավիճակ՝ հայրենադարձված (2021 թ. փետրվարի 3-ից)»), and the capture's day,
place and authority each stand under their own word; an authority recorded as unknown reads
"not known" in the reader's language, whatever language it was typed in.

The expected lines are written out by hand; they need
``resources/translations/incoming/cli4.messages.json`` applied to the catalogues."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


@pytest.fixture
def file_with_lilit(case_file: CaseFile) -> tuple[Path, str]:
    """A woman captured on 9 November 2020 by a force recorded as «Неизвестно», repatriated on
    3 February 2021."""
    cid = case_file.captives.create(
        names=["Լիլիթ Հակոբյան", "Lilit Hakobyan"], sex="female", category="civilian",
        capture="2020-11-09", capture_place="Home village, Hadrut region",
        capturing_authority="Неизвестно", status="repatriated",
        status_since="2021-02-03").id
    case_file.detention_orders.create(captive_id=cid, start_date="2020-11-12",
                                      expires_on="2021-01-12", ordering_court="Baku court")
    path = case_file.db.path
    case_file.close()
    return path, str(cid)


EXPECTED = {
    "hy": ["Կարգավիճակ՝ հայրենադարձված (2021 թ. փետրվարի 3-ից)",
           "Գերեվարում՝ 2020 թ. նոյեմբերի 9",
           "Գերեվարման վայր՝ Home village, Hadrut region",
           "Գերեվարած մարմին՝ հայտնի չէ"],
    "ru": ["Статус: репатриирована с 3 февраля 2021\u00a0г.",
           "Пленение: 9 ноября 2020\u00a0г.",
           "Место пленения: Home village, Hadrut region",
           "Пленивший орган: неизвестно"],
    "en": ["Status: Repatriated since 3 February 2021",
           "Captured: 9 November 2020",
           "Place of capture: Home village, Hadrut region",
           "Capturing authority: not known"],
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_status_and_capture_lines_read_as_the_language_writes_them(
        file_with_lilit: tuple[Path, str], lang: str) -> None:
    path, cid = file_with_lilit
    code, out, err = run("--lang", lang, "captives", "show", cid, "--db", str(path))
    assert code == 0, err
    lines = out.splitlines()
    for line in EXPECTED[lang]:
        assert line in lines, (line, lines[:10])
    assert not any(line.count("՝") > 1 for line in lines), lines[:10]
    assert "Неизвестно" not in out
    # an order recorded by its expiry alone: no term of "0 months 0 days" it never had
    [order] = [line for line in lines if "Baku court" in line]
    assert " 0 " not in order, order
    if lang == "hy":  # a label ends in «՝» (or a heading in «.»), never an English colon
        assert not [line for line in lines if re.search(r"[^\d\s]:", line)], lines


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_document_is_listed_with_the_id_it_is_named_by(case_file: CaseFile,
                                                            lang: str) -> None:
    """`caseapp ocr ID` makes a scan searchable, but no command showed a document's ID."""
    cid = case_file.captives.create(names=["Aram Petrosyan"]).id
    scan = case_file.documents.create(title="Decision of the Baku court", filename="d.pdf",
                                      content=b"%PDF-1.4 two", captive_id=cid).id
    path = case_file.db.path
    case_file.close()
    code, out, err = run("--lang", lang, "captives", "show", str(cid), "--db", str(path))
    assert code == 0, err
    [line] = [line for line in out.splitlines() if "Decision of the Baku court" in line]
    assert f"(ID {scan}; 12 " in line, line
