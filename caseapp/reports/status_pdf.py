"""The status report as PDF (A4 landscape): the summary with its counts and charts, one row per
captive, the sources of the rules its deadlines were computed by, the upcoming hearings.

Pure: takes a :class:`StatusReportDTO` built at a level by
``caseapp.services.status_report_data.build_status_report`` and returns bytes or writes a file.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from caseapp.domain.captive_rows import count_sign
from caseapp.domain.reports import StatusReportDTO
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
from caseapp.reports.status_rows import (
    custody_histogram,
    deadline_cell,
    deadline_sources,
    forums,
    hearing_names,
    ordered_rows,
    place_cell,
    report_scope,
    row_names,
    source_text,
    summary_counts,
)
from caseapp.reports.texts import (
    check_language,
    format_date,
    format_date_short,
    format_datetime,
    format_number,
    label,
    nothing_line,
    status_label,
    t,
    tn,
)


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
                        Paragraph(text(report_scope(report, lang)), s.muted),
                        Paragraph(text(t("report_printed", lang,
                                         date=format_date(report.generated_on, lang))), s.muted),
                        Heading(t("sec_summary", lang), s.h1)]
    status_rows, category_rows, forum_rows = summary_counts(report, lang).values()
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
        # the heading and the words under it kept with the list's start: at the foot of a
        # page without it, they introduced the next page's list
        story += [Heading(t("sec_deadline_sources", lang), s.h1),
                  Paragraph(text(t("deadline_sources_intro", lang)), s.intro),
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
            "" if r.days_in_custody is None else
            (f"{sign} " if (sign := count_sign(r.days_in_custody)) else "")
            + format_number(r.days_in_custody, lang),
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
