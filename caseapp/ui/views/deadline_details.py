"""What the Deadlines view says about the selected deadline, below the table: its due date,
whether it is hard, the document it came from, how it was computed, its rule and notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.dates import due_moment, local_zone
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.messages import text_of
from caseapp.domain.rules import RuleSet
from caseapp.services.deadline_rows import DeadlineRow
from caseapp.ui.formats import fill
from caseapp.ui.theme import urgency_colour
from caseapp.ui.views.formatters import date_text, long_date, time_text, zone_city

if TYPE_CHECKING:
    from caseapp.ui.session import UiContext


def hard_colour() -> str:
    """A hard deadline's marker: the overdue red, readable (WCAG AA) on the palette in use."""
    return urgency_colour("overdue").name()


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def deadline_title(d: DeadlineDTO, rule_set: RuleSet | None) -> str:
    """The deadline's title in the interface's language: its rule's title in that language
    when the title is the one the rule gave, else as the lawyer wrote it."""
    return d.title if rule_set is None else rule_set.title_in(d.title, rule_id=d.rule_id)


class ExplanationReader:
    """The explanations of the deadlines shown in detail, read on demand (the list's rows
    leave them out) in the background and kept by deadline id until :meth:`clear` (the
    list read again). ``on_read(deadline_id)`` is called when one has been read."""

    def __init__(self, ui: UiContext, on_read: Callable[[int], None],
                 on_error: Callable[[BaseException], None]) -> None:
        self.ui, self.on_read, self.on_error = ui, on_read, on_error
        self.found: dict[int, tuple[Any, ...]] = {}

    def get(self, deadline_id: int) -> tuple[Any, ...]:
        """The steps if read already; else () for now, and they are asked for."""
        if deadline_id in self.found:
            return self.found[deadline_id]
        cf = self.ui.case_file
        self.ui.runner.submit(lambda: cf.reminders.explanation(deadline_id),
                              lambda steps: self._read(deadline_id, steps), self.on_error,
                              key="deadline_explanation")
        return ()

    def _read(self, deadline_id: int, steps: tuple[Any, ...]) -> None:
        self.found[deadline_id] = steps
        self.on_read(deadline_id)

    def clear(self) -> None:
        self.found.clear()


def due_text(d: DeadlineDTO, *, long: bool = False, city: bool = False, zone_id: bool = False) -> str:
    """When a deadline falls due, in the interface's language: "01.12.2026 17:00 Asia/Baku",
    "1 декабря 2026 г. 17:00 Asia/Baku" with ``long``; the zone by its city with ``city``,
    as a table's cell says it ("01.12.2026 17:00 Баку"), and its identifier beside it with
    ``zone_id`` ("17:00 Баку (Asia/Baku)")."""
    day = long_date(d.due_on) if long else date_text(d.due_on)
    if d.due_time is None:
        return day
    zone = zone_city(d.timezone) if city and d.timezone else d.timezone
    if city and zone_id and d.timezone and zone != d.timezone:
        zone = f"{zone} ({d.timezone})"
    return f"{day} {time_text(d.due_time)} {zone}".strip()


def court_day_end(d: DeadlineDTO) -> datetime | None:
    """When a whole-day deadline in its court's zone ends, on this computer's clock (the
    end of 27 November in Baku: 21:00 in Paris); None for one due at an hour or of no zone
    (:func:`caseapp.domain.dates.deadline_overdue`)."""
    if d.due_time is not None:
        return None
    moment = due_moment(d.due_on, None, d.timezone)
    return None if moment is None else moment.astimezone(local_zone())


def day_end_text(d: DeadlineDTO) -> str:
    """When a whole-day deadline in its court's zone is due by, in the lawyer's time too:
    "Due by the end of 27 November 2026 in Baku (21:00 in your time zone)."; "" for one
    due at an hour or of no zone (due by the end of the lawyer's own day)."""
    end = court_day_end(d)
    if end is None:
        return ""
    last = end - timedelta(microseconds=1)
    city = zone_city(d.timezone)
    if last.date() > d.due_on:  # east of the court: her own midnight comes first
        return translate("DeadlinesView", "Due by the end of %1 in your time zone, before the "
                         "day ends in %2.").replace("%1", long_date(d.due_on)).replace("%2", city)
    if last.date() < d.due_on:  # far west of it: the court's day ends on her day before
        return fill(translate("DeadlinesView", "Due by the end of %1 in %2 (%3 on %4 in your time "
                         "zone)."), long_date(d.due_on), city, time_text(end), long_date(end.date()))
    return fill(translate("DeadlinesView", "Due by the end of %1 in %2 (%3 in your time zone)."),
                long_date(d.due_on), city, time_text(end))


def details_html(row: DeadlineRow, *, when: str, rule_set: RuleSet, captive: str | None = None,
                 explanation: Sequence[Any] = ()) -> str:
    """``when``: how the view says when it falls due ("in 3 days", "Done"); ``captive``: the
    captive's name as the view shows it (the row's own by default); ``explanation``: how it
    was computed (the lists leave it out of their rows: read on demand)."""
    captive = row.captive_name if captive is None else captive
    d = row.deadline
    parts = [f"<h3>{escape(deadline_title(d, rule_set))}</h3>",
             f"<p><b>{escape(due_text(d, long=True, city=True, zone_id=True))}</b> — {escape(when)}"
             f"{' · ' + escape(captive) if captive else ''}</p>"]
    if ends := day_end_text(d):
        parts.append(f"<p>{escape(ends)}</p>")
    if d.hard:
        hard = translate("DeadlinesView", "A hard deadline set by a court: it cannot be missed, and it is "
                  "never snoozed without a reason.")
        parts.append(f"<p style='color:{hard_colour()}'><b>{escape(hard)}</b></p>")
    if d.document_id is not None:
        link = translate("DeadlinesView", "Open the document it came from")
        parts.append(f"<p><a href='document:{d.document_id}'>{escape(link)}</a></p>")
    if explanation:
        parts.append("<ol>" + "".join(f"<li>{escape(str(s))}</li>" for s in explanation)
                     + "</ol>")
    if d.rule_id and d.rule_id in rule_set:
        rule = rule_set.get(d.rule_id)
        rule_word, source_word = translate("DeadlinesView", "Rule"), translate("DeadlinesView", "Source")
        parts.append(f"<p><b>{escape(rule_word)}:</b> {escape(rule.text('title'))} "
                     f"<span style='color:gray'>({escape(d.rule_id)})</span>"
                     f"{' · ' + escape(rule.text('body')) if row.body else ''}</p>")
        parts.append(f"<p><b>{escape(source_word)}:</b> {escape(rule.text('source'))}</p>")
        if not rule.verified:
            warning = translate("DeadlinesView", "This rule has not been verified against its source: check the date.")
            parts.append(f"<p style='color:{hard_colour()}'>{escape(warning)}</p>")
        if rule.notes:
            parts.append(f"<p>{escape(rule.text('notes'))}</p>")
    if d.overridden:
        kept = translate("DeadlinesView", "The date was set by hand; recomputing keeps it.")
        parts.append(f"<p><i>{escape(kept)}</i></p>")
    for text in (text_of(d.status_reason), d.notes):
        if text:
            parts.append(f"<p>{escape(text).replace(chr(10), '<br>')}</p>")
    return "".join(parts)
