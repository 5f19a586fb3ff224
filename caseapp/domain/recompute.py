"""Recomputing stored deadlines: compare the deadlines a case file holds for one trigger
with freshly computed ones (``caseapp.domain.deadlines.compute``) and say which to add,
which to update, and which to leave alone because the lawyer set the date by hand or
closed the deadline. Pure Python: nothing here touches the database or the screen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseapp.domain.deadlines import ComputedDeadline


class ChangeKind(StrEnum):
    ADD = "add"  # the rules give a deadline the case file does not have yet
    UPDATE = "update"  # a computed deadline whose date, trigger or rule version changed
    KEEP = "keep"  # differs from the rules, but the lawyer set it by hand or closed it
    OBSOLETE = "obsolete"  # the rules no longer give this deadline


@dataclass(frozen=True)
class DeadlineChange:
    """What to do with one deadline, and why (the reason is shown to the lawyer)."""

    kind: ChangeKind
    rule_id: str
    reason: str
    existing: Any = None  # the stored deadline (e.g. a DeadlineDTO), if any
    fresh: ComputedDeadline | None = field(default=None)


def recompute(existing: Iterable[Any],
              fresh: Iterable[ComputedDeadline]) -> list[DeadlineChange]:
    """Compare the stored deadlines of one trigger with freshly computed ones.

    ``existing`` items need ``rule_id``, ``rule_version``, ``due_on``, ``due_time`` and
    ``overridden`` attributes, and may have ``timezone``, ``trigger_date`` and
    ``status`` (a ``DeadlineDTO`` has them all). Deadlines entered by hand (no
    ``rule_id``) are never touched. A deadline the lawyer overrode is never
    overwritten: if the rules now say otherwise it comes back as ``KEEP`` with a reason,
    so the screen can flag it. Deadlines already done or dismissed are kept as well.
    Unchanged deadlines are not listed.
    """
    stored: dict[str, list[Any]] = {}
    for item in existing:
        if getattr(item, "rule_id", ""):
            stored.setdefault(item.rule_id, []).append(item)
    changes: list[DeadlineChange] = []
    for new in fresh:
        olds = stored.pop(new.rule_id, [])
        if not olds:
            changes.append(DeadlineChange(ChangeKind.ADD, new.rule_id,
                                          f"New deadline “{new.title}” due {_due_text(new)}.",
                                          None, new))
        for old in olds:
            change = _compare(old, new)
            if change is not None:
                changes.append(change)
    for rule_id, olds in stored.items():
        for old in olds:
            if getattr(old, "overridden", False):
                changes.append(DeadlineChange(ChangeKind.KEEP, rule_id, (
                    "The rules no longer give this deadline, but you set its date by hand: "
                    "it is kept."), old))
            elif _is_open(old):
                changes.append(DeadlineChange(ChangeKind.OBSOLETE, rule_id, (
                    f"The rules no longer give a deadline under rule {rule_id} for this "
                    "trigger."), old))
    return changes


def _compare(old: Any, new: ComputedDeadline) -> DeadlineChange | None:
    same_due = ((old.due_on, old.due_time, getattr(old, "timezone", "") or "")
                == (new.due_on, new.due_time, new.timezone))
    old_trigger = getattr(old, "trigger_date", new.trigger_date)
    same_trigger = old_trigger is None or old_trigger == new.trigger_date
    if getattr(old, "overridden", False):
        if same_due:
            return None
        return DeadlineChange(ChangeKind.KEEP, new.rule_id, (
            f"You set this date by hand ({_stored_due_text(old)}); the rule now gives "
            f"{_due_text(new)}. Your date is kept: check which is right."), old, new)
    if not _is_open(old):
        if same_due:
            return None
        return DeadlineChange(ChangeKind.KEEP, new.rule_id, (
            f"This deadline is closed; the rule now gives {_due_text(new)} instead of "
            f"{_stored_due_text(old)}. It is left as it is."), old, new)
    if same_due and same_trigger and old.rule_version == new.rule_version:
        return None
    reasons = []
    if not same_trigger:
        reasons.append(f"the trigger date changed from {old_trigger} to {new.trigger_date}")
    if old.rule_version != new.rule_version:
        reasons.append(f"rule {new.applied_rule_id} changed from version "
                       f"{old.rule_version or '?'} to {new.rule_version}")
    what = (f"due date {_stored_due_text(old)} → {_due_text(new)}" if not same_due
            else f"due date unchanged ({_due_text(new)})")
    return DeadlineChange(ChangeKind.UPDATE, new.rule_id,
                          f"{what[0].upper()}{what[1:]}: {' and '.join(reasons) or 'recomputed'}.",
                          old, new)


def _is_open(old: Any) -> bool:
    status = getattr(old, "status", "open")
    return str(getattr(status, "value", status)) == "open"


def _due_text(d: ComputedDeadline) -> str:
    if d.due_time is None:
        return d.due_on.isoformat()
    return f"{d.due_on.isoformat()} {d.due_time:%H:%M} {d.timezone}"


def _stored_due_text(old: Any) -> str:
    if getattr(old, "due_time", None) is None:
        return old.due_on.isoformat()
    return f"{old.due_on.isoformat()} {old.due_time:%H:%M} {getattr(old, 'timezone', '')}".strip()
