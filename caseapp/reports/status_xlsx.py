"""The status report as XLSX: the same figures as the PDF, one row per captive for sorting and
filtering, the summary and the upcoming hearings on sheets of their own. Pure, as the PDF
(:mod:`caseapp.reports.status_pdf`) is: the record in, the workbook's bytes or file out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from copy import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.cldr import format_time_zone
from caseapp.domain.enums import InternationalBody, Sensitivity
from caseapp.domain.reports import StatusReportDTO
from caseapp.domain.sheet_values import escaped_for_xlsx
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.hearing_words import state_words
from caseapp.reports.sheet_print import print_setup
from caseapp.reports.status_rows import (
    custody_histogram,
    deadline_cell,
    hearing_names,
    ordered_rows,
    place_cell,
    report_scope,
    source_text,
    summary_counts,
)
from caseapp.reports.texts import check_language, label, level_line, status_label, t
from caseapp.reports.texts.names import name_in_script
from caseapp.reports.xlsx_top import row_of_height, set_width, top_aligned_by_default

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="1F3F66")
# A date cell as each language writes a date in a table (the PDF's form: CLDR's numeric
# day.month.year in Russian and Armenian, day/month/year in French); English keeps ISO, which
# no reader misreads.
_DATE_FORMATS = {"ru": "dd.mm.yyyy", "hy": "dd.mm.yyyy", "fr": "dd/mm/yyyy"}
_HEAD_ALIGNMENT = Alignment(vertical="top", wrap_text=True)


def render_status_xlsx(report: StatusReportDTO, *, author: str = "", lang: str = "en") -> bytes:
    """The report as an XLSX workbook, in ``lang`` (en, hy, ru or fr): one row per captive, the
    summary and the hearings on sheets of their own. Written as a stream (a write-only
    workbook), every cell styled as its row is appended."""
    check_language(lang)
    wb = Workbook(write_only=True)
    top_aligned_by_default(wb)  # every plain cell of a tall row at its top
    wb.properties.title = t("report_title", lang)
    wb.properties.creator = author or "CaseApp"
    wb.properties.subject = t("report_subject", lang, level=label(report.level, lang))
    bodies = list(InternationalBody)
    headers = [t("id", lang), t("latin", lang), t("name", lang), t("status", lang),
               t("category", lang), t("held_at", lang), t("days_in_custody", lang),
               t("next_deadline", lang), t("deadline", lang), t("rule_source", lang),
               t("next_hearing", lang), t("last_contact", lang),
               *(label(b, lang) for b in bodies)]
    rows = [[r.id, r.latin_name, name_in_script(r.spellings, lang) or r.name,
             status_label(r.status, lang, r.sex),
             label(r.category, lang), place_cell(r, lang), r.days_in_custody, r.next_deadline,
             deadline_cell(r, lang),
             source_text(r, lang) or None,
             r.next_hearing.date() if r.next_hearing else None,
             r.last_contact, *(r.proceedings.get(b, 0) or None for b in bodies)]
            for r in ordered_rows(report, lang)]
    widths = _fitted([7, 28, 28, 22, 22, 34, 10, 13, 50, 60, 13, 13, *(10 for _ in bodies)],
                     headers, rows)
    ws = _table_sheet(wb, t("sheet_captives", lang), headers, widths,
                      len(report.rows), report.level, lang, title_columns=3)
    dated, wrapped, inert = _dated(ws, (8, 11, 12), lang), _wrapped(ws, widths), _inert(ws)
    at_least = _cell(ws, None, number_format='"≥ "0')  # a number still, to sort and sum
    about = _cell(ws, None, number_format='"≈ "0')
    for row in rows:
        if isinstance(row[6], AtLeast):  # a capture known to its month or year, or none
            row[6] = _like(ws, int(row[6]), at_least)
        elif isinstance(row[6], About):  # a capture known only approximately
            row[6] = _like(ws, int(row[6]), about)
        ws.append(inert(wrapped(dated(row))))
    _summary_sheet(wb, report, lang)

    by_id = {r.id: r for r in report.rows}
    # the hour with its court's city, as the PDF writes it: "+04" is Yerevan's offset too
    sittings = [[h.starts_at.date(), format_time_zone(h.starts_at, lang),
                 " — ".join(x for x in (label(h.kind, lang),
                                        state_words(h.state, h.next_on, lang)) if x),
                 h.court, hearing_names(by_id, h, lang)] for h in report.upcoming_hearings]
    heads = [t("date", lang), t("time", lang), t("kind", lang), t("court", lang),
             t("concerns", lang)]
    widths = _fitted([13, 14, 22, 40, 80], heads, sittings)
    hearings = _table_sheet(wb, t("sheet_hearings", lang), heads, widths,
                            len(report.upcoming_hearings), report.level, lang)
    dated, wrapped = _dated(hearings, (1,), lang), _wrapped(hearings, widths)
    inert = _inert(hearings)
    for sitting in sittings:
        hearings.append(inert(wrapped(dated(sitting))))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _summary_sheet(wb: Any, report: StatusReportDTO, lang: str) -> None:
    summary = wb.create_sheet(t("sheet_summary", lang))
    print_setup(summary, report.level, lang, landscape=False)
    set_width(summary, "A", 48)
    set_width(summary, "B", 14)
    summary.append([_cell(summary, t("report_title", lang), font=Font(bold=True, size=14)), ""])
    summary.append([_cell(summary, report_scope(report, lang)), ""])  # (names the tag chosen)
    summary.append([level_line(report.level, lang), ""])
    summary.append([t("date", lang),
                    _cell(summary, report.generated_on, number_format=_date_format(lang))])
    for title, counts in summary_counts(report, lang).items():  # (in the PDF's order)
        if not counts:
            continue
        summary.append([])
        summary.append(_head(summary, [title, t("count", lang)]))
        for words, n in counts:
            summary.append([words, n])
        summary.append([_cell(summary, t("total", lang), font=Font(bold=True)),
                        _cell(summary, sum(n for _, n in counts), font=Font(bold=True))])
    summary.append([])
    summary.append(_head(summary, [t("custody_histogram", lang), t("count", lang)]))
    for bucket, n in custody_histogram(report.rows, lang):
        summary.append([bucket, n])


def _cell(ws: Any, value: Any, **style: Any) -> Cell:
    """A cell of ``value``, a text shown as written (:func:`escaped_for_xlsx`), never a
    formula."""
    cell = WriteOnlyCell(ws, value=escaped_for_xlsx(value) if isinstance(value, str) else value)
    if cell.data_type == "f":  # a text beginning "=" (a name, a court, a rule's source): text
        cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _like(ws: Any, value: Any, model: Cell) -> Cell:
    """A cell of ``value`` styled as ``model``, its style copied (openpyxl's way of copying a
    cell's style): setting each style anew looks it up in the workbook's list by its hash,
    about a third of the report's time over its thousands of date and wrapped cells."""
    cell = _cell(ws, value)
    cell._style = copy(model._style)
    return cell


def _inert(ws: Any) -> Any:
    """A function giving a row's texts beginning "=" text cells (:func:`_cell`): openpyxl
    writes such a text as a formula, which the spreadsheet program runs when the report is
    opened: a name imported as ``=HYPERLINK("http://…"&B3, "…")`` or ``=WEBSERVICE(…)``
    would send the row's facts to whoever wrote it; and every other text shown as written
    (``_x202E_`` is not a right-to-left override: :func:`escaped_for_xlsx`). Call it on each
    row, last."""
    def dress(values: list[Any]) -> list[Any]:
        for i, value in enumerate(values):
            if type(value) is str:
                values[i] = _cell(ws, value) if value[:1] == "=" else escaped_for_xlsx(value)
        return values
    return dress


def _head(ws: Any, values: Sequence[Any], **style: Any) -> list[WriteOnlyCell]:
    return [_cell(ws, v, font=_HEAD_FONT, fill=_HEAD_FILL, **style) for v in values]


def _table_sheet(wb: Any, title: str, headers: Sequence[str], widths: Sequence[int],
                 rows: int, level: Sensitivity, lang: str, *, title_columns: int = 1) -> Any:
    """A sheet for a table: column widths, the header row styled and frozen, an autofilter
    over the ``rows`` to come (set before any row, as a write-only sheet needs), printed
    with its level and its first ``title_columns`` on every page (:func:`print_setup`)."""
    ws = wb.create_sheet(title)
    print_setup(ws, level, lang, landscape=True, pages_wide=2 if title_columns > 1 else 1,
                title_columns=title_columns)
    for col, width in enumerate(widths, start=1):
        set_width(ws, get_column_letter(col), width)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{rows + 1}"
    # a heading wraps in its column ("Дней под стражей" in 10 characters): the row as tall
    # as the most lines one takes, each line as long as the column's width
    lines = max(len(_lines_of(h, w - 1)) for h, w in zip(headers, widths, strict=True))
    if lines > 1:
        ws.row_dimensions[1] = row_of_height(ws, _LINE_HEIGHT * lines)
    ws.append(_head(ws, headers, alignment=_HEAD_ALIGNMENT))
    return ws


def _fitted(least: Sequence[int], headers: Sequence[str], rows: Sequence[Sequence[Any]],
            most: int = 40) -> list[int]:
    """Each column as wide as its longest text (a margin added), at least ``least`` and its
    heading's longest word, and, unless those are wider, at most ``most`` characters: a fixed
    width cut «В предварительном заключении» and «Военнослужащий / военнопленный»; a longer
    text wraps (:func:`_wrapped`) instead of shrinking every printed page."""
    widths = [max(w, *(len(word) + 3 for word in h.split())) if h.strip() else w
              for w, h in zip(least, headers, strict=True)]
    least = list(widths)
    for row in rows:
        for i, value in enumerate(row):
            if isinstance(value, str) and len(value) + 2 > widths[i]:
                widths[i] = min(max(most, least[i]), len(value) + 2)
    return widths


# A tall row's cells start at its top, as a table reads: printed without grid lines, cells
# at the row's foot put a long name's first lines right under the row before.
_WRAPPED = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_LINE_HEIGHT = 15  # points: the sheet's default row height, one line of text


def _wrapped(ws: Any, widths: Sequence[int]) -> Any:
    """A function giving a row's texts longer than their column a wrapping cell and the row
    the height of its longest text's lines (a spreadsheet does not size a written row itself):
    on screen and on paper the whole text shows, never cut or run into the next row. Call it
    on each row in order, before appending the row."""
    row_number = 1  # the header
    wrapping = _cell(ws, None, alignment=_WRAPPED)
    # One row dimension for each height, shared by the rows of that height: a write-only
    # sheet writes only a row's height from it (made for each tall row, they were a tenth
    # of the report's time).
    heights: dict[int, RowDimension] = {}

    def dress(values: list[Any]) -> list[Any]:
        nonlocal row_number
        row_number += 1
        long = [i for i, value in enumerate(values)
                if isinstance(value, str) and len(value) + 2 > widths[i]]
        lines = max((_line_count(values[i], widths[i] - 2) for i in long), default=1)
        if lines == 1:
            return values
        if lines not in heights:
            heights[lines] = row_of_height(ws, _LINE_HEIGHT * lines)
        ws.row_dimensions[row_number] = heights[lines]
        # only the long texts are styled, wrapped (a styled cell costs a write several plain
        # ones): the others start at the top beside their first line as every plain cell of
        # the workbook does (caseapp.reports.xlsx_top), a date cell in its own format
        for i in long:
            values[i] = _like(ws, values[i], wrapping)
        return values
    return dress


@lru_cache(maxsize=4096)
def _line_count(text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at ``width`` (:func:`_lines_of`), kept for the
    texts many rows repeat (a rule's title and source, a place of detention)."""
    return len(_lines_of(text, width))


def _lines_of(text: str, width: int) -> list[str]:
    """``text`` broken at its spaces into lines of at most ``width`` characters (a longer word
    alone on its line), as a spreadsheet wraps a cell."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _date_format(lang: str) -> str:
    return _DATE_FORMATS.get(lang, "yyyy-mm-dd")


def _dated(ws: Any, columns: Sequence[int], lang: str) -> Any:
    """A function giving a row its date cells (columns counted from 1) in the language's date
    format."""
    at = [c - 1 for c in columns]
    date_cell = _cell(ws, None, number_format=_date_format(lang), alignment=_TOP)

    def dress(values: list[Any]) -> list[Any]:
        for i in at:
            values[i] = _like(ws, values[i], date_cell)
        return values
    return dress


def write_status_xlsx(report: StatusReportDTO, out_path: Path | str, *, author: str = "",
                      lang: str = "en") -> int:
    data = render_status_xlsx(report, author=author, lang=lang)
    atomic_write_bytes(out_path, data)
    return len(data)
