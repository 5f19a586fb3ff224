"""The deadlines a rule gave when the lawyer applied it by hand (the calculator's “Add to
captive”) as one step of the undo history: a rule may set off others, so one click may add
several deadlines. Undo deletes them all in one transaction (after asking), once each is
still the very deadline added and as it was left; Redo applies the rule again to the same
day with the same values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.errors import NotFound
from caseapp.services.casefile import CaseFile
from caseapp.ui.formats import fill
from caseapp.ui.i18n import plural
from caseapp.ui.undo_commands import AttributeReader, Dropped, Record, RecordCommand

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call

KEYS = ("title", "due_on", "status", "notes")
_read = AttributeReader("deadlines", KEYS)


def rule_label(cf: CaseFile, made: Sequence[DeadlineDTO]) -> str:
    """How the deadlines read in a question: “the deadline “Appeal”” or, for a rule that set
    off others, “the 3 deadlines of the rule “Appeal””."""
    first = made[0]
    title = cf.rule_set.title_in(first.title, rule_id=first.rule_id)
    if len(made) == 1:
        return translate("RuleCalculator", "the deadline “%1”").replace("%1", title)
    count = len(made)  # (lupdate reads only a plain name as the count)
    return plural(translate("RuleCalculator", "the %n deadline(s) of the rule “%1”", "", count),
                  count).replace("%1", title)


class RuleDeadlinesCommand(RecordCommand):
    """Made on the worker by :meth:`apply` (which adds the deadlines); pushed by the caller."""

    deletes_on_undo = True

    def __init__(self, action: str, captive_name: str, captive_id: int, rule: tuple[str, Any, dict[str, int]],
                 made: Sequence[DeadlineDTO], label: str, snapshots: dict[int, dict[str, Any]]):
        first = made[0]
        super().__init__(action, captive_name, Record("deadlines", first.id, label, (captive_id,), first.uid),
                         _read, snapshots[first.id])
        self.captive_id, self.rule = captive_id, rule
        self.rows = [(d.id, d.uid) for d in made]
        self.snapshots = snapshots
        self.present = True

    @staticmethod
    def add(cf: CaseFile, captive_id: int, rule_id: str, trigger: date | datetime,
            params: dict[str, int]) -> tuple[list[DeadlineDTO], dict[int, dict[str, Any]]]:
        """Apply the rule (on the worker): the deadlines added and how each reads now."""
        made = cf.deadline_engine.from_rule(captive_id=captive_id, rule_id=rule_id,
                                            trigger=trigger, params=params)
        if not made:
            raise NotFound(translate("RuleCalculator", "The rule gave no deadline."))
        return made, {d.id: _read(cf, d.id) for d in made}

    def about(self, service: str, record_id: int) -> bool:
        return service == "deadlines" and any(rid == record_id for rid, _uid in self.rows)

    def check(self, cf: CaseFile) -> None:
        if not self.present:
            return
        for rid, uid in self.rows:
            label = self.record.label
            try:
                now = _read(cf, rid)
                if cf.deadlines.get(rid).uid != uid:  # its number taken by another since
                    raise NotFound(label)
            except NotFound:
                raise Dropped(fill(translate("Operations", "%1 no longer exists."), label)) from None
            if now != self.snapshots.get(rid):
                raise Dropped(fill(translate("Operations", "%1 was changed since."), label))

    def undo_write(self, cf: CaseFile) -> None:
        self.check(cf)
        with cf.ctx.batch():  # all of them or none
            for rid, _uid in reversed(self.rows):
                cf.deadlines.delete(rid)
        self.present = False

    def redo_write(self, cf: CaseFile) -> None:
        rule_id, trigger, params = self.rule
        made, snapshots = self.add(cf, self.captive_id, rule_id, trigger, params)
        self.rows, self.snapshots = [(d.id, d.uid) for d in made], snapshots
        self.record.id, self.record.uid = made[0].id, made[0].uid
        self.snapshot = snapshots[made[0].id]
        self.present = True
