"""What the status report prints of each captive and of the whole report, the same in its PDF
and its XLSX (:mod:`caseapp.reports.status_pdf`, :mod:`caseapp.reports.status_xlsx`): the rows
in the language's alphabetical order, a row's names, place, deadline and its rule's source, the
custody histogram and the line saying which captives the report covers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from caseapp.domain.cldr import format_due_time
from caseapp.domain.collation import name_sort_key
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.messages import text_of
from caseapp.domain.reports import StatusReportDTO, StatusRow, UpcomingHearing
from caseapp.domain.stays import held_there_now
from caseapp.reports.texts import format_number, label, t, tn
from caseapp.reports.texts.names import headline_names

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


def summary_counts(report: StatusReportDTO, lang: str) -> dict[str, list[tuple[str, int]]]:
    """The summary's counts, the same in the PDF and the workbook: captives by status and by
    category (each in its own order, "not shown at this level" last) and international
    proceedings by forum, each group under its title in ``lang``, only what is there."""
    by_status, by_category = report.count_by("status"), report.count_by("category")
    return {
        t("by_status", lang): [(label(st, lang), by_status[st])
                               for st in [*CaptiveStatus, None] if by_status.get(st)],
        t("by_category", lang): [(label(c, lang), by_category[c])
                                 for c in [*CaptiveCategory, None] if by_category.get(c)],
        t("by_forum", lang): [(label(b, lang), n)
                              for b, n in report.proceedings_by_forum().items()]}


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


def report_scope(report: StatusReportDTO, lang: str) -> str:
    """The line under the report's title: how many captives, chosen how (a status, a tag named
    only at the internal level), and how many others are not named (public level)."""
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
