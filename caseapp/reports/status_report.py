"""The status report on all captives, for donors, ministries and diplomats: PDF (A4 landscape,
with charts) and XLSX (the same figures, one row per captive, for sorting and filtering).

Pure: takes a :class:`StatusReportDTO` built at a level by
``caseapp.services.report_data.build_status_report`` and returns bytes or writes a file.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from copy import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from caseapp.domain.cldr import format_due_time
from caseapp.domain.collation import name_sort_key
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, InternationalBody, Sensitivity
from caseapp.domain.messages import msg, text_of
from caseapp.domain.reports import StatusReportDTO, StatusRow, UpcomingHearing
from caseapp.domain.sheet_values import escaped_for_xlsx
from caseapp.domain.stays import held_there_now
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.fonts import SANS
from caseapp.reports.hearing_words import state_words
from caseapp.reports.paged_table import PagedTable
from caseapp.reports.pdfkit import (
    ACCENT,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    Heading,
    ReportDocument,
    Styles,
    make_styles,
    table,
    text,
    wrapped_lines,
)
from caseapp.reports.sheet_print import print_setup
from caseapp.reports.texts import (
    check_language,
    format_date,
    format_date_short,
    format_datetime,
    format_number,
    label,
    level_line,
    nothing_line,
    status_label,
    t,
    tn,
)
from caseapp.reports.texts.names import headline_names, name_in_script
from caseapp.reports.xlsx_top import row_of_height, set_width, top_aligned_by_default

MAX_YEARS = 10  # the last bar of the days-in-custody histogram holds everything longer


def place_cell(r: StatusRow, lang: str) -> str:
    """A row's place of detention; once custody is over with the stay left open, where the
    captive was last held, never as if held there now (:mod:`caseapp.domain.stays`)."""
    if r.place and not held_there_now(r.status):
        return t("last_held_at", lang, place=r.place)
    return r.place


def custody_histogram(rows: Sequence[StatusRow], lang: str = "en") -> list[tuple[str, int]]:
    """Captives by time in custody, one bar a year: ("< 1 year", 12), ("1–2 years", 30), …"""
    days = [r.days_in_custody for r in rows if r.days_in_custody is not None]
    if not days:
        return []
    n = min(MAX_YEARS + 1, max(days) // 365 + 1)
    counts = [0] * n
    for d in days:
        counts[min(n - 1, d // 365)] += 1
    labels = [t("year_first", lang) if i == 0 else tn("years_span", i + 1, lang, a=i)
              for i in range(n)]
    if n == MAX_YEARS + 1:
        labels[-1] = tn("years_more", MAX_YEARS, lang)
    return list(zip(labels, counts, strict=True))


def forums(row: StatusRow, lang: str = "en") -> str:
    return ", ".join(f"{label(b, lang)} {format_number(n, lang)}"
                     for b, n in row.proceedings.items())


def row_names(row: StatusRow, lang: str) -> list[str]:
    """The captive's name in the script of ``lang`` where recorded, then the other
    spellings (Latin headline, primary)."""
    first, others = headline_names(row.spellings, latin=row.latin_name, primary=row.name,
                                   lang=lang)
    return [first, *others]


def hearing_names(rows: Mapping[int, StatusRow], hearing: UpcomingHearing, lang: str) -> str:
    """The captives a hearing concerns (``rows``: the report's rows by captive ID), each
    under the name a reader of ``lang`` reads."""
    if len(hearing.captive_ids) != len(hearing.names):
        return ", ".join(hearing.names)
    return ", ".join(row_names(rows[cid], lang)[0] if cid in rows else name
                     for cid, name in zip(hearing.captive_ids, hearing.names, strict=True))


def _scope(report: StatusReportDTO, lang: str) -> str:
    parts = []
    if report.status_filter is not None:
        parts.append(t("filter_status", lang, value=label(report.status_filter, lang)))
    if report.tag_filter:
        parts.append(t("filter_tag", lang, value=report.tag_filter))
    elif report.tagged:  # a tag's name is internal: below it, only that one chose them
        parts.append(t("filter_tag_unnamed", lang))
    scope = tn("report_scope", len(report.rows), lang,
               filters="; ".join(parts) or t("all_captives", lang))
    if report.unnamed:  # captives without consent to publicity (public level)
        scope += " · " + t("others_not_named", lang, n=format_number(report.unnamed, lang))
    return scope


# ---- PDF ----------------------------------------------------------------------------------------

def render_status_pdf(report: StatusReportDTO, *, author: str = "", lang: str = "en") -> bytes:
    """The report as PDF bytes, in ``lang`` (en, hy or ru)."""
    check_language(lang)
    buf = io.BytesIO()
    title = t("report_title", lang)
    doc = ReportDocument(buf, header_left=title, header_right=format_date(report.generated_on, lang),
                         level=report.level, title=title, author=author,
                         subject=t("report_subject", lang, level=label(report.level, lang)),
                         lang=lang,
                         landscape=True)
    s = make_styles()
    w = doc.width
    story: list[Any] = [Paragraph(text(title), s.title),
                        Paragraph(text(_scope(report, lang)), s.muted),
                        Paragraph(text(t("report_printed", lang,
                                         date=format_date(report.generated_on, lang))), s.muted),
                        Heading(t("sec_summary", lang), s.h1)]
    by_status = report.count_by("status")
    status_rows = [(label(st, lang), by_status[st]) for st in [*CaptiveStatus, None]
                   if by_status.get(st)]
    by_category = report.count_by("category")
    category_rows = [(label(c, lang), by_category[c]) for c in [*CaptiveCategory, None]
                     if by_category.get(c)]
    forum_rows = [(label(b, lang), n) for b, n in report.proceedings_by_forum().items()]
    # Counts by status are the bar chart's labels; categories and forums are tables.
    left = [Paragraph(text(t("by_category", lang)), s.h2),
            _counts(s, category_rows, lang, w * 0.3)]
    if forum_rows:
        left += [Paragraph(text(t("by_forum", lang)), s.h2), _counts(s, forum_rows, lang, w * 0.3)]
    left += [Paragraph(text(t("special_risk", lang)), s.h2), _risk_counts(s, report, lang, w * 0.3)]
    histogram = custody_histogram(report.rows, lang)
    right = [Paragraph(text(t("by_status", lang)), s.h2),
             _bar_chart(status_rows, w * 0.62, 130, horizontal=True),
             Paragraph(text(t("custody_histogram", lang)), s.h2),
             # an empty chart under its heading read as a chart that failed to print
             _bar_chart(histogram, w * 0.62, 130, x_title=t("days_axis", lang),
                        y_title=t("captives_axis", lang)) if histogram
             else Paragraph(text(t("custody_histogram_none", lang)), s.muted)]
    summary = Table([[left, right]], colWidths=[w * 0.34, w * 0.66])
    summary.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(summary)

    story.append(Heading(t("sec_table", lang), s.h1))
    numbered = deadline_sources(report, lang)
    story.append(_captives_table(report, s, w, lang, numbered))
    if numbered:  # what the numbers after the deadlines' dates refer to
        story += [Heading(t("sec_deadline_sources", lang), s.h1),
                  Paragraph(text(t("deadline_sources_intro", lang)), s.muted),
                  table(s, [t("number", lang), t("rule_source", lang)],
                        [[f"[{n}]", source] for source, n in numbered.items()],
                        [0.08, 0.92], total_width=w)]
    story.append(Heading(tn("sec_hearings", report.hearing_days, lang), s.h1))
    if report.upcoming_hearings:
        by_id = {r.id: r for r in report.rows}
        story.append(table(s, [t("when", lang), t("kind", lang), t("court", lang),
                               t("concerns", lang)],
                           [[format_datetime(h.starts_at, lang),
                             "\n".join(x for x in (label(h.kind, lang),
                                                   state_words(h.state, h.next_on, lang)) if x),
                             h.court, hearing_names(by_id, h, lang)]
                            for h in report.upcoming_hearings],
                           [0.16, 0.16, 0.26, 0.42], total_width=w))
    else:
        story.append(Paragraph(text(nothing_line(report.level, lang)), s.muted))
    doc.render(story)
    return buf.getvalue()


def _counts(s: Styles, rows: list[tuple[str, int]], lang: str, width: float) -> Table:
    total = sum(n for _, n in rows)
    body = [[label_, format_number(n, lang)] for label_, n in rows] + [
        [t("total", lang), format_number(total, lang)]]
    tbl = table(s, ["", t("count", lang)], body, [0.75, 0.25], total_width=width)
    tbl.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"),
                             ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]))
    return tbl


def _risk_counts(s: Styles, report: StatusReportDTO, lang: str, width: float) -> Table:
    """Captives at special risk: one row per reason, then the captives (a captive with two
    reasons is counted once there). Where the level hides the source of some captives' risk,
    how many, and no total of 0 that would say none is at risk."""
    at_risk, by_reason = report.special_risk_counts()
    hidden = report.special_risk_hidden()
    body = [[t(f"risk_{r.value}", lang), format_number(n, lang)] for r, n in by_reason.items()
            if n]
    total = len(body) + 1  # the total's row (the header is row 0)
    if at_risk or not hidden:
        body.append([t("risk_captives", lang), format_number(at_risk, lang)])
    if hidden:
        body.append([t("risk_hidden", lang), format_number(hidden, lang)])
    tbl = table(s, ["", t("count", lang)], body, [0.75, 0.25], total_width=width)
    tbl.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"),
                             ("LINEABOVE", (0, total), (-1, total), 0.8, ACCENT)]))
    return tbl


def _bar_chart(data: list[tuple[str, int]], width: float, height: float, *,
               horizontal: bool = False, x_title: str = "", y_title: str = "") -> Drawing:
    title_room = 12 if y_title else 0  # the y-axis title sits above the top tick's label
    drawing = Drawing(width, height + 16 + title_room)
    drawing.initialFontName = SANS  # not Helvetica, a standard font the PDF would not embed
    if not data:
        return drawing
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    # a horizontal chart's labels stand left of the bars: as wide as the longest, within reason
    left = (min(width * 0.45, max(stringWidth(lbl, SANS, 7) for lbl, _ in data) + 10)
            if horizontal else 36)
    chart.x, chart.y = left, 26
    chart.width, chart.height = width - left - 16, height - 16
    chart.data = [[n for _, n in (reversed(data) if horizontal else data)]]
    chart.categoryAxis.categoryNames = [lbl for lbl, _ in (reversed(data) if horizontal else data)]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = SANS
        axis.labels.fontSize = 7
        axis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max(n for _, n in data)
    chart.valueAxis.valueMax = top + max(1, top // 10)
    step = max(1, _nice_step(top))
    chart.valueAxis.valueStep = step
    chart.valueAxis.gridStrokeColor = ZEBRA
    chart.valueAxis.visibleGrid = True
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = MUTED
    chart.barLabelFormat = "%d"
    if horizontal:
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -4
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        chart.categoryAxis.labels.angle = 0
        chart.categoryAxis.labels.dy = -2
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    drawing.add(chart)
    if x_title:
        drawing.add(String(left + chart.width / 2, 4, x_title, fontName=SANS, fontSize=7,
                           fillColor=MUTED, textAnchor="middle"))
    if y_title:
        drawing.add(String(4, chart.y + chart.height + 10, y_title, fontName=SANS, fontSize=7,
                           fillColor=MUTED))
    return drawing


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if top / step <= 8:
            return step
    return top // 8


def deadline_title(r: StatusRow, lang: str) -> str:
    """The title of a captive's next deadline as the report prints it: marked when that
    deadline is overdue (the earliest open one may be past its day), its note (a pre-trial
    order's step after a conviction) on a line below."""
    title = (t("overdue_title", lang, title=r.next_deadline_title) if r.next_deadline_overdue
             else r.next_deadline_title)
    if r.next_deadline_note is None:
        return title
    return f"{title}\n{text_of(r.next_deadline_note, lang)}"


def deadline_cell(r: StatusRow, lang: str) -> str:
    """The next deadline's title as :func:`deadline_title` writes it, below the hour it is
    due by and its zone where it is due at an hour ("16:00 Paris", "16:00 Париж"): the
    Court's 16:00 cut-off is not the day's end."""
    hour = format_due_time(r.next_deadline_time, r.next_deadline_zone, lang)
    title = deadline_title(r, lang)
    return f"{hour}\n{title}" if hour else title


def source_text(r: StatusRow, lang: str) -> str:
    """The source of the rule that computed a row's next deadline, in ``lang`` ("" for none)."""
    return r.next_deadline_source.render(lang) if r.next_deadline_source else ""


def ordered_rows(report: StatusReportDTO, lang: str) -> list[StatusRow]:
    """The report's rows in the alphabetical order of ``lang`` by the name each row shows
    first (:func:`row_names`: in the language's script where recorded), not by the Latin
    headline name: an Armenian report listed Էդգար (Edgar) before Գագիկ (Gagik), a Russian
    one Айк (Hayk) after Гагик."""
    return sorted(report.rows, key=lambda r: (name_sort_key(row_names(r, lang)[0], lang), r.id))


def deadline_sources(report: StatusReportDTO, lang: str) -> dict[str, int]:
    """The sources of the rules that computed the report's next deadlines, in ``lang``, each
    numbered once, in the order the captives' table first cites it: the number the table
    prints after such a deadline's date, and the list below the table."""
    numbered: dict[str, int] = {}
    for r in ordered_rows(report, lang):
        if r.next_deadline is not None and (source := source_text(r, lang)):
            numbered.setdefault(source, len(numbered) + 1)
    return numbered


def _captives_table(report: StatusReportDTO, s: Styles, width: float, lang: str,
                    numbered: Mapping[str, int]) -> Any:
    """One row per captive. Cells are plain text wrapped beforehand (:func:`wrapped_lines`), not
    Paragraphs, and the rows are laid out a page at a time (:class:`PagedTable`): 10,000 rows
    then take seconds, not minutes. ``numbered``: :func:`deadline_sources`."""
    headers = [t("name", lang), t("status", lang), t("held_at", lang), t("days", lang),
               t("next_deadline", lang), t("next_hearing", lang), t("last_contact_short", lang),
               t("proceedings", lang)]
    # The date columns hold a date on one line ("17 Sept 2026", 60 points at this size), the
    # status column the longest word of a status ("местонахождение", "Հայրենադարձված").
    fractions = [0.16, 0.13, 0.15, 0.05, 0.17, 0.11, 0.11, 0.12]
    widths = [f * width for f in fractions]
    size, small = 8.3, 7.4

    def wrap(value: str, col: int, font_size: float = size) -> str:
        if not value:
            return ""
        return "\n".join(wrapped_lines(value, SANS, font_size, widths[col] - 8) or [""])

    header = [Paragraph(text(h), s.cell_head) for h in headers]
    data: list[list[Any]] = []
    for r in ordered_rows(report, lang):
        name = "\n".join(row_names(r, lang))
        mark = f" [{numbered[source]}]" if (source := source_text(r, lang)) else ""
        deadline = (f"{format_date_short(r.next_deadline, lang)}{mark}\n"
                    f"{wrap(deadline_cell(r, lang), 4, small)}" if r.next_deadline else "")
        data.append([
            wrap(name, 0), wrap(status_label(r.status, lang, r.sex), 1), wrap(place_cell(r, lang), 2),
            "" if r.days_in_custody is None else format_number(r.days_in_custody, lang),
            deadline,
            format_date_short(r.next_hearing, lang) if r.next_hearing else "",
            format_date_short(r.last_contact, lang) if r.last_contact else "",
            wrap(forums(r, lang), 7)])
    return PagedTable([header], data, widths, [
        ("FONT", (0, 1), (-1, -1), SANS, size, size * 1.25),
        ("FONT", (4, 1), (4, -1), SANS, small, small * 1.25),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("ALIGN", (3, 1), (3, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


def write_status_pdf(report: StatusReportDTO, out_path: Path | str, *, author: str = "",
                     lang: str = "en") -> int:
    data = render_status_pdf(report, author=author, lang=lang)
    atomic_write_bytes(out_path, data)
    return len(data)


# ---- XLSX ---------------------------------------------------------------------------------------

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
    for row in rows:
        ws.append(inert(wrapped(dated(row))))
    _summary_sheet(wb, report, lang)

    by_id = {r.id: r for r in report.rows}
    sittings = [[h.starts_at.date(), f"{h.starts_at:%H:%M} {h.starts_at.tzname() or ''}",
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
    summary.append([_cell(summary, _scope(report, lang)), ""])  # (names the tag chosen)
    summary.append([level_line(report.level, lang), ""])
    summary.append([t("date", lang),
                    _cell(summary, report.generated_on, number_format=_date_format(lang))])
    groups = [(t("by_status", lang), report.count_by("status")),
              (t("by_category", lang), report.count_by("category"))]
    forum = report.proceedings_by_forum()
    if forum:
        groups.append((t("by_forum", lang), forum))
    for title, counts in groups:
        summary.append([])
        summary.append(_head(summary, [title, t("count", lang)]))
        for key, n in counts.items():
            summary.append([label(key, lang), n])
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


def write_status_report(report: StatusReportDTO, out_path: Path | str, *, fmt: str = "pdf",
                        author: str = "", lang: str = "en") -> int:
    """Write the report as ``pdf`` or ``xlsx``; returns its size in bytes."""
    if fmt == "pdf":
        return write_status_pdf(report, out_path, author=author, lang=lang)
    if fmt == "xlsx":
        return write_status_xlsx(report, out_path, author=author, lang=lang)
    raise ValueError(msg("Unknown report format “{format}”: choose pdf or xlsx.", format=fmt))


__all__ = ["custody_histogram", "render_status_pdf", "render_status_xlsx", "write_status_pdf",
           "write_status_report", "write_status_xlsx"]
