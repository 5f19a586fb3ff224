"""Recomputing stored deadlines: compare the deadlines a case file holds for one trigger
with freshly computed ones (``caseapp.domain.deadlines.compute``) and say which to add,
which to update, and which to leave alone because the lawyer set the date by hand or
closed the deadline. Pure Python: nothing here touches the database or the screen. The
reasons are messages, shown in the lawyer's language (dates as the language writes them)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from caseapp.domain.messages import Message, msg

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
    why: Message  # shown in the lawyer's language
    existing: Any = None  # the stored deadline (e.g. a DeadlineDTO), if any
    fresh: ComputedDeadline | None = field(default=None)

    @property
    def reason(self) -> str:
        """The reason as text, in the current language (a note or a status reason keeps it)."""
        return self.why.render()


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
            changes.append(DeadlineChange(ChangeKind.ADD, new.rule_id, msg(
                "New deadline “{title}” due {due}.", title=new.title, due=_due(new)),
                None, new))
        for old in olds:
            change = _compare(old, new)
            if change is not None:
                changes.append(change)
    for rule_id, olds in stored.items():
        for old in olds:
            if getattr(old, "overridden", False):
                changes.append(DeadlineChange(ChangeKind.KEEP, rule_id, msg(
                    "The rules no longer give this deadline, but you set its date by hand: "
                    "it is kept."), old))
            elif _is_open(old):
                changes.append(DeadlineChange(ChangeKind.OBSOLETE, rule_id,
                                              obsolete_reason(rule_id), old))
    return changes


def obsolete_reason(rule_id: str) -> Message:
    """Why a deadline the rules no longer give for its trigger is closed (an ``OBSOLETE``
    change): the engine opens it again once they give it again."""
    return msg("The rules no longer give a deadline under rule {rule} for this trigger.",
               rule=rule_id)


def _compare(old: Any, new: ComputedDeadline) -> DeadlineChange | None:
    # a whole day's court zone is the rule's, not part of its date (older files kept none)
    same_due = ((old.due_on, old.due_time) == (new.due_on, new.due_time)
                and (new.due_time is None or (getattr(old, "timezone", "") or "") == new.timezone))
    old_trigger = getattr(old, "trigger_date", new.trigger_date)
    same_trigger = old_trigger is None or old_trigger == new.trigger_date
    if getattr(old, "overridden", False):
        if same_due:
            return None
        return DeadlineChange(ChangeKind.KEEP, new.rule_id, msg(
            "You set this date by hand ({stored}); the rule now gives {due}. Your date is "
            "kept: check which is right.", stored=_stored_due(old), due=_due(new)), old, new)
    if not _is_open(old):
        if same_due:
            return None
        return DeadlineChange(ChangeKind.KEEP, new.rule_id, msg(
            "This deadline is closed; the rule now gives {due} instead of {stored}. It is "
            "left as it is.", due=_due(new), stored=_stored_due(old)), old, new)
    if same_due and same_trigger and old.rule_version == new.rule_version:
        return None
    reasons: list[Message] = []
    if not same_trigger:
        reasons.append(msg("the trigger date changed from {old} to {new}", old=old_trigger,
                           new=new.trigger_date))
    if old.rule_version != new.rule_version:
        reasons.append(msg("rule {rule} changed from version {old} to {new}",
                           rule=new.applied_rule_id, old=old.rule_version or "?",
                           new=new.rule_version))
    why = (msg("recomputed") if not reasons else reasons[0] if len(reasons) == 1
           else msg("{first} and {second}", first=reasons[0], second=reasons[1]))
    if same_due:
        return DeadlineChange(ChangeKind.UPDATE, new.rule_id, msg(
            "Due date unchanged ({due}): {reasons}.", due=_due(new), reasons=why), old, new)
    return DeadlineChange(ChangeKind.UPDATE, new.rule_id, msg(
        "Due date {old} → {new}: {reasons}.", old=_stored_due(old), new=_due(new),
        reasons=why), old, new)


def _is_open(old: Any) -> bool:
    status = getattr(old, "status", "open")
    return str(getattr(status, "value", status)) == "open"


def _due(d: ComputedDeadline) -> date | Message:
    """A due date, or a due moment with its time zone ("4 Mar 2024 12:00 Europe/Paris")."""
    if d.due_time is None:
        return d.due_on
    return msg("{day} {time} {zone}", day=d.due_on, time=f"{d.due_time:%H:%M}", zone=d.timezone)


def _stored_due(old: Any) -> date | Message:
    if getattr(old, "due_time", None) is None:
        return old.due_on
    zone = getattr(old, "timezone", "") or ""
    if not zone:
        return msg("{day} {time}", day=old.due_on, time=f"{old.due_time:%H:%M}")
    return msg("{day} {time} {zone}", day=old.due_on, time=f"{old.due_time:%H:%M}", zone=zone)
