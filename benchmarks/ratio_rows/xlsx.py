"""The status report as XLSX against the simplest code writing the same workbook.

Data (``--report-captives N``): the JSON rows' synthetic case file (captives with a place of
detention, a welfare contact, a detention order and its deadlines), its status report built
once (``build_status_report``). The app's ``render_status_xlsx`` against a write-only
openpyxl workbook with the same three sheets (the captives' rows, the summary, the
hearings), the header row and the date cells styled as the rows are appended. The two
workbooks' values are compared, sheet by sheet.
"""

from __future__ import annotations

import argparse
import io
from typing import Any

from benchmarks.ratio_rows import Row


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks.ratio_rows.interchange import _built, _open
    from caseapp.services.status_report_data import build_status_report

    cf = _open(_built(args.report_captives)["source"])
    try:
        return {"report": build_status_report(cf)}
    finally:
        cf.close()


def _app(data: dict[str, Any]) -> bytes:
    from caseapp.reports.status_xlsx import render_status_xlsx

    return render_status_xlsx(data["report"], lang="en")


def _simple(data: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    from caseapp.domain.enums import InternationalBody
    from caseapp.reports.status_rows import (
        custody_histogram,
        deadline_title,
        hearing_names,
        place_cell,
    )
    from caseapp.reports.texts import label
    from caseapp.reports.texts.names import name_in_script

    report = data["report"]
    font, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3F66")
    top = Alignment(vertical="top", wrap_text=True)
    wb = Workbook(write_only=True)

    def cell(ws: Any, value: Any, **style: Any) -> Any:
        c = WriteOnlyCell(ws, value=value)
        for k, v in style.items():
            setattr(c, k, v)
        return c

    bodies = list(InternationalBody)
    ws = wb.create_sheet("Captives")
    for col, width in enumerate([7, 28, 28, 22, 22, 34, 10, 13, 50, 60, 13, 13, 10, 10, 10, 10,
                                 10]):
        ws.column_dimensions[chr(ord("A") + col)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:Q{len(report.rows) + 1}"
    ws.append([cell(ws, h, font=font, fill=fill, alignment=top) for h in
               ["ID", "Latin spelling", "Name", "Status", "Category", "Place of detention",
                "Days in custody", "Next deadline", "Deadline", "Rule's source", "Next hearing",
                "Last confirmed contact",
                *(label(b, "en") for b in bodies)]])
    for r in report.rows:
        ws.append([r.id, r.latin_name, name_in_script(r.spellings, "en") or r.name,
                   label(r.status, "en"), label(r.category, "en"), place_cell(r, "en"), r.days_in_custody,
                   cell(ws, r.next_deadline, number_format="yyyy-mm-dd"), deadline_title(r, "en"),
                   r.next_deadline_source.render("en") if r.next_deadline_source else None,
                   cell(ws, r.next_hearing.date() if r.next_hearing else None,
                        number_format="yyyy-mm-dd"),
                   cell(ws, r.last_contact, number_format="yyyy-mm-dd"),
                   *(r.proceedings.get(b, 0) or None for b in bodies)])
    summary = wb.create_sheet("Summary")
    for key, n in [*report.count_by("status").items(), *report.count_by("category").items(),
                   *report.proceedings_by_forum().items()]:
        summary.append([label(key, "en"), n])
    for bucket, n in custody_histogram(report.rows, "en"):
        summary.append([bucket, n])
    hearings = wb.create_sheet("Hearings")
    by_id = {r.id: r for r in report.rows}
    for h in report.upcoming_hearings:
        hearings.append([cell(hearings, h.starts_at.date(), number_format="yyyy-mm-dd"),
                         f"{h.starts_at:%H:%M} {h.starts_at.tzname() or ''}",
                         label(h.kind, "en"), h.court, hearing_names(by_id, h, "en")])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _values(data: bytes) -> list[list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True)
    sheets = []
    for ws in wb.worksheets:
        # a row's empty cells at its end are left out: a styled empty cell (the app's row
        # set to wrap its long texts) reads as None where an unwritten one is not read at all
        rows = [_trimmed(r) for r in ws.iter_rows(values_only=True)
                if any(v is not None for v in r)]
        sheets.append(rows)
    return sheets


def _trimmed(row: tuple[Any, ...]) -> tuple[Any, ...]:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end]


def _same(app: bytes, simple: bytes) -> bool:
    """The same captives' rows and hearings; the app's summary holds the simple code's counts
    (it adds its titles and headings)."""
    a, s = _values(app), _values(simple)
    return (len(a[0]) > 1 and a[0] == s[0] and a[2][1:] == s[2]
            and all(row in a[1] for row in s[1]))


ROWS = [Row("status report XLSX", 1.3, _setup, _app, _simple, _same)]
