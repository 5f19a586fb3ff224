"""A day that counts deadlines changed differently in a travel copy and in the main file since
the copy was made — an order's expiry, a deadline's due date, a hearing's date: the merge
cannot tell which is right, so it keeps the earlier one (a deadline shown a day early costs a
day, one shown late can cost the case), with the fields that make it (an order's start and
term, a deadline's time and computation), and says so in a line giving both days. The main
file then recomputes the deadlines counted from it, so that those computed in the copy from the
day kept are no conflicts of their own. A later day in the copy is left to the conflicts: the
main file's, the earlier, is kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from caseapp.domain.field_labels import record_kind
from caseapp.domain.messages import Message, msg
from caseapp.services.travel_conflicts import RecordLabels, copy_values

Row = dict[str, Any]

# table → (the day compared, the fields taken from the side whose day is kept)
_DAYS: dict[str, tuple[str, tuple[str, ...]]] = {
    "detention_orders": ("expires_on", ("start_date", "term_months", "term_days", "expires_on",
                                        "expiry_source")),
    "hearings": ("starts_at", ("starts_at", "timezone")),
    "deadlines": ("due_on", ("due_on", "due_time", "timezone", "trigger_date", "explanation",
                             "overridden")),
}


def _said(table: str, **values: Any) -> Message:
    """The line saying which day was kept and what follows from it, by the kind of record."""
    if table == "detention_orders":
        return msg("{kind} “{record}”: its expiry was changed both here ({main}) and in the "
                   "travel copy ({copy}) since the copy was made; the earlier day, {copy}, is "
                   "kept, with the deadlines counted from it. Check it against the court's "
                   "decision.", **values)
    if table == "hearings":
        return msg("{kind} “{record}”: its date was changed both here ({main}) and in the travel "
                   "copy ({copy}) since the copy was made; the earlier one, {copy}, is kept, "
                   "with the deadlines counted from it. Check which is right.", **values)
    return msg("{kind} “{record}”: its due date was changed both here ({main}) and in the "
               "travel copy ({copy}) since the copy was made; the earlier day, {copy}, is kept. "
               "Check which is right.", **values)


def _when(value: Any) -> date | datetime | None:
    """The day (or moment, with its offset) an export's value gives, None if it gives none."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        return None


def _earlier(ours: Any, theirs: Any) -> bool:
    mine, home = _when(ours), _when(theirs)
    if mine is None or home is None or type(mine) is not type(home):
        return False
    try:
        return mine < home  # (same type: two days or two moments)
    except TypeError:  # a moment with an offset and one without
        return False


@dataclass
class EarlierDays:
    """The days of records changed on both sides that the merge takes from the copy, being
    earlier, and the lines saying so."""

    labels: RecordLabels
    main_labels: RecordLabels
    taken: set[str] = field(default_factory=set)  # uids whose day was the copy's
    lines: list[str] = field(default_factory=list)

    def take(self, table: str, row: Row, main_row: Row, mine: tuple[str, ...],
             changed: tuple[str, ...]) -> tuple[str, ...]:
        """The fields of ``row`` (the copy's) to write although the main file changed the
        record too: its day and the fields that make it, when the copy changed the day
        (``mine``) to an earlier one than the main file's; () otherwise."""
        spec = _DAYS.get(table)
        if spec is None:
            return ()
        day, group = spec
        if day not in mine or not _earlier(row.get(day), main_row.get(day)):
            return ()
        if self._counted_from_taken(table, row):  # counted again from it, said with it
            return ()
        self.taken.add(row["uid"])
        ((_, copy),) = copy_values(table, row, (day,), self.labels)
        ((_, main),) = copy_values(table, main_row, (day,), self.main_labels)
        self.lines.append(str(_said(table, kind=record_kind(table),
                                    record=self.labels(table, row), main=main, copy=copy)))
        return tuple(f for f in group if f in changed)

    def recounted(self, table: str, row: Row) -> tuple[str, ...]:
        """The fields of a deadline computed from a record whose day was taken from the copy:
        the main file counts them again from that day (no conflict of their own)."""
        if table != "deadlines" or not self._counted_from_taken(table, row):
            return ()
        return _DAYS["deadlines"][1]

    def _counted_from_taken(self, table: str, row: Row) -> bool:
        return table == "deadlines" and bool(row.get("rule_id")) \
            and row.get("trigger_uid") in self.taken
