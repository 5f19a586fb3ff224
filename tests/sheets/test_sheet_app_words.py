"""What CaseApp writes, CaseApp reads back: every status (of a man and of a woman), category
and sex, as the documents and the command line write it in each language, is read by the
spreadsheet import as the same value; so is a status report's XLSX and an export-sheet list
of the demo, imported into an empty case file. (The window's words: tests/ui/
test_sheet_window_words.py.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.cli import main
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Sex
from caseapp.domain.messages import LANGUAGES as MESSAGE_LANGUAGES
from caseapp.reports.texts import DOCUMENT_LANGUAGES, hy, label, status_label
from caseapp.services.casefile import CaseFile, Location, open_case_file
from caseapp.services.labels import status_of, value_label
from caseapp.services.sheet_app_words import app_words
from caseapp.services.sheet_preview import preview
from tests.conftest import TODAY
from tests.sheets.makers import write_csv

STATUSES = [s for s in CaptiveStatus if s is not CaptiveStatus.WITHHELD]
CATEGORIES = [c for c in CaptiveCategory if c is not CaptiveCategory.WITHHELD]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _said(lang: str, how: str, status: CaptiveStatus, category: CaptiveCategory, sex: Sex
          ) -> tuple[str, str, str]:
    """The status (said of a captive of ``sex``), category and sex as the documents or the
    command line write them in ``lang``."""
    if how == "documents":
        return status_label(status, lang, sex), label(category, lang), label(sex, lang)
    return (status_of(status, sex).render(lang), value_label(category).render(lang),
            value_label(sex).render(lang))


def read_back(case_file: CaseFile, tmp_path: Path,
              said: list[tuple[str, str, str]]) -> list[tuple[object, ...]]:
    """Each (status, category, sex) written as cells of a list, read by the import's preview:
    the values read and the problems said of the row."""
    rows = [["Name", "Status", "Category", "Sex"]]
    rows += [[f"Person {i}", *cells] for i, cells in enumerate(said)]
    sheet = write_csv(tmp_path / "list.csv", rows)
    got = preview(case_file, sheet)
    return [(r.values.values.get("status"), r.values.values.get("category"),
             r.values.values.get("sex"), [p.reason for p in r.problems], r.values.notes)
            for r in got.rows]


@pytest.mark.parametrize("how", ["documents", "command line"])
@pytest.mark.parametrize("lang", DOCUMENT_LANGUAGES)
def test_every_status_category_and_sex_the_app_writes_is_read_back(
        case_file: CaseFile, tmp_path: Path, lang: str, how: str) -> None:
    combos = [(s, c, x) for s in STATUSES for c in CATEGORIES for x in Sex]
    got = read_back(case_file, tmp_path, [_said(lang, how, *combo) for combo in combos])
    wrong = [(_said(lang, how, *combo), row) for combo, row in zip(combos, got, strict=True)
             if row != (*combo, [], ())]
    assert not wrong, f"{len(wrong)} of {len(combos)} not read back, e.g. {wrong[:3]}"


def test_an_armenian_held_status_saying_unknown_is_not_missing(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """«անհայտ» alone is a word for "missing"; a held status the app writes with it (were
    its catalogue to say "charges unknown" so) is still the app's "held", read whole."""
    held = status_label(CaptiveStatus.HELD, "hy", None)
    worded = held.split(",")[0] + ", մեղադրանքն անհայտ է"
    monkeypatch.setitem(hy.LABELS, "held", worded)
    app_words.cache_clear()
    try:
        got = read_back(case_file, tmp_path, [(worded, label(CaptiveCategory.CIVILIAN, "hy"),
                                               label(Sex.FEMALE, "hy"))])
    finally:
        monkeypatch.undo()
        app_words.cache_clear()
    assert got == [(CaptiveStatus.HELD, CaptiveCategory.CIVILIAN, Sex.FEMALE, [], ())]


def _captives(path: Path) -> dict[str, tuple[object, ...]]:
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    try:
        return {c.latin_name or c.primary_name: (
            c.status, c.category, c.sex, c.birth, frozenset(n.full_name for n in c.names))
            for c in cf.captives.list()}
    finally:
        cf.close()


def _empty(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    assert run("init", "--no-encrypt", "--db", str(path))[0] == 0
    return path


# (the spreadsheet export speaks the interface's language: en, hy, ru)
@pytest.mark.parametrize("lang", MESSAGE_LANGUAGES)
def test_the_demo_exported_and_imported_into_an_empty_file_is_the_same(
        demo_copy: Path, tmp_path: Path, lang: str) -> None:
    sheet = tmp_path / "captives.xlsx"
    code, _out, err = run("--lang", lang, "export-sheet", "-o", str(sheet), "--level",
                          "internal", "--db", str(demo_copy))
    assert (code, err) == (0, "")
    empty = _empty(tmp_path, "empty.db")
    code, out, err = run("--lang", lang, "import-sheet", str(sheet), "--on-duplicate",
                         "create", "--db", str(empty))
    assert (code, err) == (0, ""), out
    before, after = _captives(demo_copy), _captives(empty)
    assert after == before


@pytest.mark.parametrize("lang", DOCUMENT_LANGUAGES)
def test_the_status_report_xlsx_imported_into_an_empty_file_keeps_every_status_and_category(
        demo_copy: Path, tmp_path: Path, lang: str) -> None:
    """The report's list of captives (in the report's language) read into a colleague's
    empty file: the same people, with both spellings the report gives (Latin, and the one in
    its script), the same statuses and categories (it has no sex or birth date)."""
    report = tmp_path / "report.xlsx"
    # the report's own --lang (a document language: French too), the interface's for the import
    assert run("report", "--lang", lang, "-o", str(report), "--db", str(demo_copy))[0] == 0
    assert load_workbook(report).worksheets[0].max_row > 1
    empty = _empty(tmp_path, "empty.db")
    speaks = lang if lang in MESSAGE_LANGUAGES else "en"
    code, out, err = run("--lang", speaks, "import-sheet", str(report), "--on-duplicate",
                         "create", "--db", str(empty))
    assert (code, err) == (0, ""), out
    before, after = _captives(demo_copy), _captives(empty)
    assert len(after) == len(before)
    for status, category, _sex, _birth, names in after.values():
        # the demo's captive of these spellings (its Latin name is the headline one the app
        # shows, recorded or romanised from the Armenian)
        [same] = [b for latin, b in before.items() if names <= b[4] | {latin}]
        assert (status, category) == same[:2], names
        assert len(names) == 2, names  # the Latin spelling and the one in the report's script


@pytest.mark.parametrize("lang", DOCUMENT_LANGUAGES)
def test_a_status_in_the_apps_words_alone_on_its_row_is_a_title_not_a_person(
        case_file: CaseFile, tmp_path: Path, lang: str) -> None:
    """A list parted by status, its titles in the app's words ("Detained pre-trial" over the
    people so held): the title is no captive."""
    title = status_label(CaptiveStatus.PRE_TRIAL, lang, None)
    sheet = write_csv(tmp_path / "parts.csv", [["Name", "Status"], [title, ""],
                                               ["Aram Abovyan", "pre_trial"]])
    rows = preview(case_file, sheet).rows
    assert [[n for n, _ in r.values.names] for r in rows if not r.errors] == [[], ["Aram Abovyan"]]
    assert rows[0].values.not_a_person is not None
    assert rows[0].values.not_a_person.names is CaptiveStatus.PRE_TRIAL
