"""The daily log of deadline control: what happened to the deadlines on one day (entered,
changed, snoozed, done, dismissed, reopened, deleted), who did it, when and why, as a law
office keeps it. Built by :mod:`caseapp.services.deadline_log` from the audit trail; printed
by :mod:`caseapp.reports.daily_log`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message
from caseapp.domain.redaction import Omission

# What happened to a deadline, in the order the log's summary lists them.
KINDS = ("entered", "changed", "snoozed", "done", "dismissed", "reopened", "deleted")


@dataclass(frozen=True)
class FieldChange:
    field: str  # the deadline's column ("due_on", "title", "hard"…)
    old: str
    new: str


@dataclass(frozen=True)
class DailyLogEntry:
    at: datetime  # in the time zone the log is printed in
    actor: str
    kind: str  # one of KINDS
    title: str  # the deadline's title at the time
    captive: str  # the captive's primary name ("" for none, or a captive deleted since)
    due_on: date | None  # as the deadline stood after the change (before a deletion)
    hard: bool
    # why: the status reason (CaseApp's own as a message, read in the log's language), the
    # snooze's reason, the deletion's note
    note: str | Message = ""
    changes: tuple[FieldChange, ...] = ()
    until: date | None = None  # a snooze: the day it was snoozed to
    # every spelling of the captive's name (objects with full_name, script, language, kind,
    # is_primary): a log in Russian names the captive in Cyrillic when one is recorded
    spellings: tuple[object, ...] = ()


@dataclass(frozen=True)
class DailyLog:
    day: date
    zone: str  # the time zone of ``day`` and of the entries' times
    level: Sensitivity
    generated_at: datetime
    entries: tuple[DailyLogEntry, ...]
    omitted: tuple[Omission, ...] = field(default=())

    def count(self, kind: str) -> int:
        return sum(1 for e in self.entries if e.kind == kind)
