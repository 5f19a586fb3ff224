"""``caseapp export-sheet``: the captives list as .xlsx or .csv that ``import-sheet --auto``
reads back into an empty file as the same captives (every spelling, dates at their
precision, status, category); made at a level, it holds nothing above it."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.cli import main
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, Sex
from caseapp.services.casefile import CaseFile, Location, open_case_file
from tests.conftest import TODAY


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _fill(cf: CaseFile) -> None:
    cf.captives.create(names=["Արտաշես Մկրտչյան", "Artashes Mkrtchyan", "Арташес Мкртчян"],
                       sex="male", birth="1990-05-17", capture="2024-05", status="convicted",
                       category="serviceman", birth_place="Գորիս", tags=["ngo-a", "list 2"])
    cf.captives.create(names=["Анна Оганесян"], sex="female", birth="~1985-03-01",
                       capture="2023", status="missing", category="civilian",
                       capture_place="Лачинский коридор", tags=["list 2"])  # a tag of two rows
    # A hostile name: a leading "=" (a formula to a spreadsheet), quotes. (A comma is read back
    # as "Surname, Given names", the importer's convention: see docs/spreadsheet-import.md.)
    cf.captives.create(names=['=HYPERLINK("x") O\'Brien "Jr"'], status="held",
                       category="other", capture="2024-01-02")


def _captives(cf: CaseFile) -> dict[tuple[str, ...], tuple]:
    return {tuple(sorted(n.full_name for n in c.names)):
            (c.sex, c.birth, c.capture, c.status, c.category, c.birth_place, c.capture_place,
             c.tags) for c in cf.captives.list()}


@pytest.mark.parametrize(("suffix", "how"), [(".xlsx", "mapping"), (".csv", "mapping"),
                                             (".xlsx", "auto")])
def test_export_then_import_into_an_empty_file_gives_the_same_captives(
        case_file: CaseFile, db_path: Path, tmp_path: Path, suffix: str, how: str) -> None:
    _fill(case_file)
    case_file.close()
    sheet = tmp_path / f"captives{suffix}"
    code, out, err = run("export-sheet", "-o", str(sheet), "--level", "internal", "--db", str(db_path))
    assert (code, err) == (0, "") and "Wrote 3 captives at the internal level" in out
    mapping = tmp_path / "captives.mapping.toml"  # written beside it, and said
    assert f"--mapping {mapping.name}" in out and mapping.is_file()

    empty = tmp_path / "empty.db"
    assert run("init", "--no-encrypt", "--db", str(empty))[0] == 0
    read_with = ["--mapping", str(mapping)] if how == "mapping" else ["--auto"]
    code, out, err = run("import-sheet", str(sheet), *read_with, "--on-duplicate", "create",
                         "--db", str(empty))
    assert (code, err) == (0, ""), out
    back = open_case_file(Location(path=empty), actor="tester", today=lambda: TODAY)
    try:
        got = _captives(back)
    finally:
        back.close()
    # Worked out by hand from _fill: the dates keep their precision (a month, a year, ~).
    assert got == {
        ("Artashes Mkrtchyan", "Арташес Мкртчян", "Արտաշես Մկրտչյան"):
            (Sex.MALE, PartialDate(date(1990, 5, 17)),
             PartialDate(date(2024, 5, 1), DatePrecision.MONTH), CaptiveStatus.CONVICTED,
             CaptiveCategory.SERVICEMAN, "Գորիս", "", ("list 2", "ngo-a")),
        ("Анна Оганесян",):
            (Sex.FEMALE, PartialDate(date(1985, 3, 1), DatePrecision.APPROXIMATE),
             PartialDate(date(2023, 1, 1), DatePrecision.YEAR), CaptiveStatus.MISSING,
             CaptiveCategory.CIVILIAN, "", "Лачинский коридор", ("list 2",)),
        ('=HYPERLINK("x") O\'Brien "Jr"',):
            (Sex.UNKNOWN, None, PartialDate(date(2024, 1, 2)), CaptiveStatus.HELD,
             CaptiveCategory.OTHER, "", "", ()),
    }


def _text_of(path: Path) -> str:
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    book = load_workbook(path)
    return "\n".join(str(v) for ws in book for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_list_at_a_level_holds_nothing_above_it(case_file: CaseFile, db_path: Path,
                                                   tmp_path: Path, suffix: str) -> None:
    cf = case_file
    cf.captives.create(names=["Internal Person MARKER-REC-INT"], sensitivity="internal")
    shareable = cf.captives.create(
        names=["Shareable Person MARKER-REC-SHR"], sensitivity="shareable",
        birth_place="MARKER-FIELD-INT", capture_place="MARKER-FIELD-SHR-OK",
        field_levels={"birth_place": "internal"}, tags=["MARKER-TAG"])
    cf.detention_places.create(captive_id=shareable.id, facility="MARKER-PLACE-INT",
                               from_date="2024-05-20", sensitivity="internal")
    cf.captives.create(names=["Public Person MARKER-PUB-CONSENT"], sensitivity="public",
                       consent_publicity=True)
    cf.captives.create(names=["Public Person MARKER-PUB-NO-CONSENT"], sensitivity="public")
    cf.close()

    texts, said = {}, {}
    for level in ("public", "shareable", "internal"):
        target = tmp_path / f"{level}{suffix}"
        code, out, err = run("export-sheet", "-o", str(target), "--level", level, "--db", str(db_path))
        assert (code, err) == (0, "")
        texts[level] = _text_of(target)
        said[level] = out.splitlines()[0].split(f"{suffix} ", 1)[-1]
    # What it says it left out is what it left out: captives, and the cells of the rows
    # written left blank (the shareable captive's place of birth, place of detention, tag).
    assert said == {
        "public": "(left out: 2 above the public level; 1 without consent to publicity).",
        "shareable": "(left out: 1 above the shareable level; 3 fields above the shareable "
                     "level left blank).",
        "internal": "Wrote 4 captives at the internal level to "
                    f"{tmp_path / ('internal' + suffix)}."}
    assert "MARKER-PUB-CONSENT" in texts["public"]
    for marker in ("MARKER-PUB-NO-CONSENT", "MARKER-REC-SHR", "MARKER-REC-INT", "MARKER-FIELD",
                   "MARKER-PLACE-INT", "MARKER-TAG"):
        assert marker not in texts["public"], marker
    assert "MARKER-REC-SHR" in texts["shareable"] and "MARKER-FIELD-SHR-OK" in texts["shareable"]
    assert "MARKER-PUB-NO-CONSENT" in texts["shareable"]
    for marker in ("MARKER-REC-INT", "MARKER-FIELD-INT", "MARKER-PLACE-INT", "MARKER-TAG"):
        assert marker not in texts["shareable"], marker
    for marker in ("MARKER-REC-INT", "MARKER-FIELD-INT", "MARKER-PLACE-INT", "MARKER-TAG"):
        assert marker in texts["internal"], marker


def test_bad_output_names_are_one_line_and_write_nothing(case_file: CaseFile, db_path: Path,
                                                         tmp_path: Path) -> None:
    case_file.close()
    target = tmp_path / "list.pdf"
    code, _out, err = run("export-sheet", "-o", str(target), "--level", "internal", "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1 and ".xlsx or .csv" in err and not target.exists()
    code, _out, err = run("export-sheet", "-o", str(tmp_path / "x.csv"), "--level", "secret",
                         "--db", str(db_path))
    assert code == 2 and "level" in err and "Traceback" not in err
    missing = tmp_path / "no-such-folder" / "list.csv"
    code, _out, err = run("export-sheet", "-o", str(missing), "--level", "internal", "--db", str(db_path))
    assert code == 2 and err.count("\n") == 1 and not missing.exists()


def _the_one_imported(sheet: Path, tmp_path: Path) -> CaptiveDTO:
    """The one captive of ``sheet`` imported into a new case file."""
    empty = tmp_path / "empty.db"
    assert run("init", "--no-encrypt", "--db", str(empty))[0] == 0
    code, out, err = run("import-sheet", str(sheet), "--db", str(empty))
    assert (code, err) == (0, ""), out
    back = open_case_file(Location(path=empty), actor="tester", today=lambda: TODAY)
    try:
        (got,) = back.captives.list()
    finally:
        back.close()
    return got


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_no_exported_cell_is_a_formula_and_the_list_reads_back_unchanged(
        case_file: CaseFile, db_path: Path, tmp_path: Path, suffix: str) -> None:
    # A name beginning with "-", tags beginning with a formula's sign or holding the
    # separators: each cell quoted on the way out, each read back as it was.
    tags = ["a, b; c", '"quoted"', "=HYPERLINK(\"x\")", "-2+3+cmd|' /C calc'!A0", "plain"]
    case_file.captives.create(names=["-Aram Testyan"], capture="2024-01-02", tags=tags,
                              birth_place="-2+3+cmd|' /C calc'!A0", status="held",
                              category="other")
    case_file.close()
    sheet = tmp_path / f"list{suffix}"
    assert run("export-sheet", "-o", str(sheet), "--level", "internal", "--db", str(db_path)
               )[0] == 0
    if suffix == ".csv":
        with sheet.open(encoding="utf-8-sig", newline="") as fh:
            cells = [c for row in csv.reader(fh) for c in row]
    else:
        cells = [c.value for row in load_workbook(sheet).active.iter_rows() for c in row
                 if c.value is not None]
        assert all(c.data_type == "s" for row in load_workbook(sheet).active.iter_rows()
                   for c in row if c.value is not None)
    assert not [c for c in cells if str(c) and str(c)[0] in "=+-@\t\r"]
    got = _the_one_imported(sheet, tmp_path)
    assert [n.full_name for n in got.names] == ["-Aram Testyan"]
    assert got.birth_place == "-2+3+cmd|' /C calc'!A0"
    assert sorted(got.tags) == sorted(tags)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_names_kinds_languages_and_the_status_day_come_back(
        case_file: CaseFile, db_path: Path, tmp_path: Path, suffix: str) -> None:
    names = [{"full_name": "Արտաշես Մկրտչյան", "language": "hy", "kind": "native",
              "is_primary": True},
             {"full_name": "Artashes Mkrtchyan", "language": "en", "kind": "transliteration"},
             {"full_name": "Арташес Мкртчян", "language": "", "kind": "alias"}]
    case_file.captives.create(names=names, status="convicted", status_since="2024-02-03",
                              capture="2023-01-05")
    case_file.close()
    sheet = tmp_path / f"list{suffix}"
    assert run("export-sheet", "-o", str(sheet), "--level", "internal", "--db", str(db_path)
               )[0] == 0
    got = _the_one_imported(sheet, tmp_path)
    assert [(n.full_name, n.language, n.kind.value, n.is_primary) for n in got.names] == [
        (n["full_name"], n["language"], n["kind"], i == 0) for i, n in enumerate(names)]
    assert (got.status, got.status_since) == (CaptiveStatus.CONVICTED, date(2024, 2, 3))


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_every_printed_page_of_the_xlsx_says_its_level_in_the_run_language(
        case_file: CaseFile, db_path: Path, tmp_path: Path, lang: str) -> None:
    """Printed from Excel or LibreOffice, each page of the list is headed by the level it was
    made at (as a PDF's pages are), in the language of the run, and numbered; the header row
    and the names repeat on every page. The cells stay as the importer reads them back."""
    from caseapp.domain.enums import Sensitivity
    from caseapp.reports.texts import level_line

    _fill(case_file)
    case_file.close()
    for level in ("public", "shareable", "internal"):
        target = tmp_path / f"{level}.xlsx"
        code, _out, err = run("--lang", lang, "export-sheet", "-o", str(target), "--level", level,
                              "--db", str(db_path))
        assert (code, err) == (0, "")
        ws = load_workbook(target).active
        header = ws.oddHeader.center.text
        assert header == level_line(Sensitivity(level), lang).replace("&", "&&")
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape"
        assert ws.cell(1, 1).value == "Name"  # the importer's own header, whatever the language
    headers = {load_workbook(tmp_path / f"{lv}.xlsx").active.oddHeader.center.text
               for lv in ("public", "shareable", "internal")}
    assert len(headers) == 3


def shown_by_a_spreadsheet(xlsx: Path | bytes) -> list[str]:
    """The texts of every sheet as Excel shows them: in a cell's text (an inline or shared
    string), ``_xHHHH_`` is the character U+HHHH (ECMA-376, ST_Xstring; LibreOffice reads
    those below U+0020 so too), ``_x005F_`` the underscore that keeps one literal."""
    import re
    import zipfile

    data = xlsx.read_bytes() if isinstance(xlsx, Path) else xlsx
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = b"".join(z.read(n) for n in z.namelist()
                       if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")
    texts = re.findall(r"<t(?: [^>]*)?>([^<]*)</t>", xml.decode("utf-8"))
    return [re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), t)
            for t in texts]


# Text that looks like the spreadsheet's own escape of a character: typed or imported, it
# stays ASCII through CaseApp's cleaning, and a spreadsheet made a character of it (a
# right-to-left override reversing the name, a line break, a NUL).
ESCAPE_LOOKALIKES = ["Aram _x202E_gpj.exe Petrosyan", "Site_x000D__x000A_No 1",
                     "x_x0000_y _X005f_"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_text_like_a_spreadsheet_escape_is_shown_and_read_back_as_typed(
        case_file: CaseFile, db_path: Path, tmp_path: Path, suffix: str) -> None:
    name, place, tag = ESCAPE_LOOKALIKES
    case_file.captives.create(names=[name], capture="2024-01-02", birth_place=place,
                              tags=[tag], status="held", category="other")
    case_file.close()
    sheet = tmp_path / f"list{suffix}"
    assert run("export-sheet", "-o", str(sheet), "--level", "internal", "--db", str(db_path)
               )[0] == 0
    if suffix == ".xlsx":
        shown = shown_by_a_spreadsheet(sheet)
        assert {name, place, tag} <= set(shown)
        assert not [t for t in shown if set(t) & {"\u202e", "\r", "\x00"}]
    got = _the_one_imported(sheet, tmp_path)
    assert ([n.full_name for n in got.names], got.birth_place, list(got.tags)) == (
        [name], place, [tag])
