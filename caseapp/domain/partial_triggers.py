"""Deadlines counted from a trigger whose day is not certain: a day known only to its month
or year (a capture "2020-11"), a moment whose day differs where it was recorded and where the
court sits (:func:`earliest_of`).

Never later when unsure: such a trigger counts from the first day of its period (1 November,
1 January), the earliest day it may have been, and each deadline says so in its steps and is
an estimate (:func:`caseapp.domain.deadline_steps.is_estimated`). A day known only
approximately ("~2020-11-17") may have been earlier than the day typed: no deadline is
counted from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from caseapp.domain import deadline_steps as step
from caseapp.domain.dates import PartialDate
from caseapp.domain.deadlines import ComputedDeadline, StepRecords
from caseapp.domain.enums import DatePrecision


def first_day(when: PartialDate) -> date | None:
    """The earliest day ``when`` may have been: the day itself, or the first day of its month
    or year; None for an approximate day (it may have been earlier)."""
    if when.precision is DatePrecision.EXACT:
        return when.value
    if when.precision is DatePrecision.MONTH:
        return when.value.replace(day=1)
    if when.precision is DatePrecision.YEAR:
        return when.value.replace(month=1, day=1)
    return None


def capture_estimated(found: Iterable[ComputedDeadline],
                      when: PartialDate) -> list[ComputedDeadline]:
    """The deadlines counted from a capture's :func:`first_day`, each saying (after its
    trigger's step) that the day was not known, when it was not."""
    found = list(found)
    day = first_day(when)
    if day is None or when.precision is DatePrecision.EXACT:
        return found
    note = (step.capture_month_only if when.precision is DatePrecision.MONTH
            else step.capture_year_only, day)
    return with_step(found, note)


def with_step(found: Iterable[ComputedDeadline], note: tuple[Any, ...]
              ) -> list[ComputedDeadline]:
    """The deadlines, each with the step ``note`` (a record) after its trigger's step."""
    return [replace(d, records=StepRecords(_with_note(d.recorded, note))) for d in found]


def earliest_of(first: Iterable[ComputedDeadline], other: Iterable[ComputedDeadline]
                ) -> list[ComputedDeadline]:
    """The deadlines of ``first``, each replaced by the one of ``other`` under the same rule
    when that one falls earlier (a trigger whose day is not certain, counted from each day it
    may have been: never later), then those of ``other`` under a rule ``first`` lacks."""
    others = {d.rule_id: d for d in other}
    out = [o if (o := others.pop(d.rule_id, None)) is not None and o.due_on < d.due_on else d
           for d in first]
    return [*out, *others.values()]


def _with_note(records: tuple[Any, ...], note: tuple[Any, ...]) -> tuple[Any, ...]:
    for i, record in enumerate(records):
        if isinstance(record, tuple) and record and record[0] is step.trigger_day:
            return (*records[:i + 1], note, *records[i + 1:])
    return (note, *records)


__all__ = ["capture_estimated", "earliest_of", "first_day", "with_step"]
