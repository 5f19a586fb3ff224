"""The dossier and the status report in Armenian and Russian: their text (PDF text layer,
XLSX cells) holds the translated headings and none of the English ones, dates in the
language, and the captive named first in the language's script."""

from __future__ import annotations

import io
import re
import string
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache

import pytest
from openpyxl import load_workbook

from caseapp.domain.errors import ValidationError
from caseapp.reports.dossier import render_dossier, section_titles
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.reports.texts import LABELS, TEXTS
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.reports.conftest import (
    ARMENIAN,
    CYRILLIC,
    LATIN,
    LAWYER,
    SECRET,
    Small,
    demo_id,
    outline_titles,
    pdf_text,
)

LANGS = ("hy", "ru")


@cache
def english_phrases() -> frozenset[str]:
    """Every piece of fixed English text of the catalogue: each string and plural form cut at
    its fields, each label; kept when it has a word of three letters or more ("Page", "of"
    alone would be found inside data)."""
    out: set[str] = set()
    for key, entry in TEXTS["en"].items():
        if key in ("sha256", "none"):
            continue
        for form in entry.values() if isinstance(entry, dict) else [entry]:
            for literal, *_ in string.Formatter().parse(form):
                piece = literal.strip(" :·,()–-+<")
                if re.search(r"[A-Za-z]{3}", piece):
                    out.add(piece)
    out |= {v for v in LABELS["en"].values() if re.search(r"[A-Za-z]{3}", v)}
    return frozenset(out)


def _found(phrase: str, text: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(phrase)}(?![A-Za-z])", text) is not None


def data_strings(record: object) -> list[str]:
    """The text values of a record (a DTO and everything in it): what the case file says,
    in whatever language it was written (the demo's records are in English)."""
    if isinstance(record, Enum):
        return []
    if isinstance(record, str):
        return [" ".join(record.split())]
    if is_dataclass(record) and not isinstance(record, type):
        return [s for f in fields(record) for s in data_strings(getattr(record, f.name))]
    if isinstance(record, dict):
        return [s for k, v in record.items() for s in data_strings(k) + data_strings(v)]
    if isinstance(record, (list, tuple)):
        return [s for item in record for s in data_strings(item)]
    return []


def _english_in(text: str, record: object = None) -> list[str]:
    """The catalogue's English phrases in ``text``, but for those the record's own data
    holds (a court called "… Court", a note "Appeal lodged")."""
    data = data_strings(record)
    return sorted(p for p in english_phrases()
                  if _found(p, text) and not any(_found(p, d) for d in data))


@pytest.fixture(scope="module")
def armen(demo: CaseFile) -> int:
    return demo_id(demo, "Armen Martirosyan")  # every section filled, Cyrillic spelling recorded


@pytest.mark.parametrize("lang", LANGS)
def test_dossier_in_armenian_and_russian_has_no_english_heading(demo: CaseFile, armen: int,
                                                                 lang: str) -> None:
    dossier = build_dossier(demo, armen, level="internal", lawyer=LAWYER)
    data = render_dossier(dossier, author="Anna Example", lang=lang)
    pages = pdf_text(data)
    text = "\n".join(" ".join(p.split()) for p in pages)
    for title in section_titles(lang):
        assert title in text, title
    assert _english_in(text, dossier) == [], _english_in(text, dossier)
    assert set(section_titles(lang)) <= set(outline_titles(data))
    for title in outline_titles(data):  # the headings alone: no data to excuse a phrase
        assert _english_in(title) == [], title
    head = {"hy": "Արմեն Մարտիրոսյան", "ru": "Армен Мартиросян"}[lang]
    assert outline_titles(data)[0] == head  # the cover's bookmark: the name in that script
    assert all(page.startswith(head) for page in pages)  # the running header
    printed = {"hy": "Տպագրվել է՝ 2026 թ. նոյեմբերի 27", "ru": "Напечатано 27 ноября 2026 г."}
    assert printed[lang] in text  # the demo's today: 27 November 2026
    page_of = {"hy": f"Էջ 1 / {len(pages)}", "ru": f"Страница 1 из {len(pages)}"}
    assert page_of[lang] in pages[0]
    assert "Armen Martirosyan" in pages[0]  # the Latin spelling stays beside it
    # the languages of the names and of the proceedings by their names, not "hy", "az"
    armenian, azerbaijani = {"hy": ("հայերեն", "ադրբեջաներեն"),
                             "ru": ("армянский", "азербайджанский")}[lang]
    assert re.search(rf"Արմեն Մարտիրոսյան \w+ {armenian} ", text), text[:600]
    language = TEXTS[lang]["language"]
    assert f"{language} {azerbaijani} " in text and f"{language} az " not in text
    assert not re.search(r"Արմեն Մարտիրոսյան \w+ hy ", text)


@pytest.mark.parametrize("lang", LANGS)
def test_status_report_in_armenian_and_russian(demo: CaseFile, lang: str) -> None:
    report = build_status_report(demo, level="internal")
    text = "\n".join(" ".join(p.split()) for p in pdf_text(render_status_pdf(report, lang=lang)))
    assert _english_in(text, report) == [], _english_in(text, report)
    expected = {"hy": ("Զեկույց գերիների վիճակի մասին", "Ամփոփում", "Գերիներն ըստ կարգավիճակի",
                       "Կալանքի տևողություն", "Դատաքննության փուլում", "Армен Мартиросян"),
                "ru": ("Отчёт о положении пленных", "Сводка", "Пленные по статусу",
                       "Срок содержания под стражей", "Под судом", "Армен Мартиросян",
                       "25 пленных")}[lang]
    for phrase in expected:
        if lang == "hy" and phrase == "Армен Мартиросян":
            assert "Արմեն Մարտիրոսյան" in text  # the Armenian spelling, in Armenian
            continue
        assert phrase in text, phrase


@pytest.mark.parametrize("lang", LANGS)
def test_status_workbook_in_armenian_and_russian(demo: CaseFile, lang: str) -> None:
    report = build_status_report(demo, level="internal")
    book = load_workbook(io.BytesIO(render_status_xlsx(report, lang=lang)))
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    text = "\n".join([*book.sheetnames, *cells])
    assert _english_in(text, report) == [], _english_in(text, report)
    sheets = {"hy": ["Գերիներ", "Ամփոփում", "Նիստեր"], "ru": ["Пленные", "Сводка", "Заседания"]}
    assert book.sheetnames == sheets[lang]
    header = [c.value for c in book.worksheets[0][1]]
    assert header[:4] == {"hy": ["№", "Լատինատառ", "Անուն", "Կարգավիճակ"],
                          "ru": ["№", "Латиницей", "Имя", "Статус"]}[lang]
    names = {row[1]: row[2] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert names["Armen Martirosyan"] == {"hy": "Արմեն Մարտիրոսյան",
                                          "ru": "Армен Мартиросян"}[lang]
    # dates as the language writes them in a table (01.12.2026), every date cell
    captives, summary, hearings = book.worksheets
    dates = [captives.cell(row=2, column=c) for c in (8, 11, 12)]
    dates += [summary["B4"], hearings.cell(row=2, column=1)]
    assert {c.number_format for c in dates} == {"dd.mm.yyyy"}
    # the hearings' second column holds the time alone, and says so
    assert [c.value for c in hearings[1]][:2] == {"hy": ["Ամսաթիվ", "Ժամ"],
                                                  "ru": ["Дата", "Время"]}[lang]
    # with its court's city in the language (not "+04", Yerevan's offset as much as Baku's)
    city = {"hy": "Բաքու", "ru": "Баку"}[lang]
    assert re.fullmatch(rf"\d\d:\d\d\xa0{city}", hearings.cell(row=2, column=2).value)


def test_english_phrases_are_found_in_an_english_dossier(demo: CaseFile, armen: int) -> None:
    """The check above can fail: the same phrases are there in the English dossier."""
    dossier = build_dossier(demo, armen, level="internal", lawyer=LAWYER)
    text = "\n".join(" ".join(p.split()) for p in pdf_text(render_dossier(dossier)))
    found = _english_in(text, dossier)
    for phrase in ("Custody history and proof of life", "Place of detention", "Chronology",
                   "Printed on", "Detained pre-trial"):
        assert phrase in found or phrase in text, phrase
    assert len(found) > 60


@pytest.mark.parametrize("lang", LANGS)
def test_a_shareable_document_in_any_language_holds_nothing_internal(small: Small,
                                                                    lang: str) -> None:
    dossier = build_dossier(small.cf, small.captive_id, level="shareable", lawyer=LAWYER)
    text = "\n".join(pdf_text(render_dossier(dossier, lang=lang)))
    report = build_status_report(small.cf, level="shareable")
    text += "\n".join(pdf_text(render_status_pdf(report, lang=lang)))
    book = load_workbook(io.BytesIO(render_status_xlsx(report, lang=lang)))
    text += "\n".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                      for c in row if c is not None)
    assert SECRET not in text  # health, a place, a visit, a document, a note: all internal
    own = {"hy": ARMENIAN, "ru": CYRILLIC}[lang]
    assert text.startswith(f"{own} · {LATIN}")  # the dossier's running header
    assert own in text.split("\n", 1)[1] and LATIN in text
    shareable = {"hy": "«ՓՈԽԱՆՑԵԼԻ»", "ru": "«ДЛЯ ПЕРЕДАЧИ»"}[lang]
    assert shareable in text


def test_a_document_in_another_language_is_suggested_under_its_own_name(demo: CaseFile,
                                                                       armen: int) -> None:
    from caseapp.services import outputs

    made = outputs.status_report(demo, level="public", author="x", fmt="xlsx", lang="ru")
    assert made.filename == "Отчёт о положении пленных (публичный) 2026-11-27.xlsx"  # the demo's today
    assert load_workbook(io.BytesIO(made.data)).sheetnames[0] == "Пленные"
    english = outputs.status_report(demo, level="public", author="x", fmt="xlsx")
    assert english.filename == "Status report on captives (public) 2026-11-27.xlsx"
    with pytest.raises(ValidationError, match="“de”: choose one of en, hy, ru, fr"):
        outputs.dossier(demo, armen, level="public", author="x", lawyer=LAWYER, lang="de")


@pytest.mark.parametrize(("lang", "kept_as"), [
    ("ru", "Досье {ru} (для передачи) 2026-11-27.pdf"),
    ("hy", "Դոսյե {hy} (փոխանցելի) 2026-11-27.pdf"),
    ("en", "Dossier {en} (shareable) 2026-11-27.pdf"),
])
def test_a_dossier_kept_without_saving_is_named_in_its_language_and_script(
        demo: CaseFile, armen: int, lang: str, kept_as: str) -> None:
    """The name a kept document is listed under among the case file's documents is the one
    the save dialog offers: the phrase in the dossier's language, the captive's spelling in
    its script (not "Dossier Armen Martirosyan shareable … ru")."""
    from caseapp.domain.name_display import name_in_script
    from caseapp.services import outputs

    captive = demo.captives.get(armen)
    spelling = {"en": captive.latin_name, "hy": name_in_script(captive.names, "hy"),
                "ru": name_in_script(captive.names, "ru")}
    assert spelling["hy"] and spelling["ru"]
    made = outputs.dossier(demo, armen, level="shareable", author="x", lawyer=LAWYER,
                           lang=lang, keep_copy=True)
    assert made.kept is not None
    kept = [d for d in demo.documents.for_captive(armen) if d.id == made.kept.document.id]
    assert [d.filename for d in kept] == [kept_as.format(**spelling)]
