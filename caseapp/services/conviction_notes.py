"""The note on a detention order's open steps while the captive is convicted.

A verdict does not close the steps of the pre-trial detention order (its expiry, the
prosecutor's extension motions): what becomes of detention after a first-instance verdict
that is not yet final is not among the verified rules (/work/shared/DOMAIN.md has no rule on
it, and a step closed wrongly is a deadline missed). They stay open, and each one due after
the conviction says why it may no longer apply; the note goes when the status is no longer
convicted (an undo, an appeal allowed), and names the new day when the status's day changes.

:class:`~caseapp.services.custody_steps.CustodySteps` builds on this class.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, Deadline, DetentionOrder
from caseapp.domain.custody_step_lines import (
    convicted_note,
    undated_convicted_note,
    without_convicted_note,
)
from caseapp.domain.enums import AuditAction, CaptiveStatus, DeadlineStatus
from caseapp.domain.stored_messages import stored_text
from caseapp.services.custody_known import known_custody
from caseapp.services.deadline_prefetch import chunks, deadlines_by_id
from caseapp.services.deadline_writes import DETENTION_ORDER, DeadlineWrites


class ConvictionNotes(DeadlineWrites):
    """Writing and taking back the note of :func:`convicted_note`."""

    def _note_convictions(self, s: Session, captive_ids: Collection[int]) -> None:
        """The open steps of the detention orders of ``captive_ids``: a convicted captive's
        due after the day of the conviction, of orders started before it, carry
        :func:`convicted_note` for that day; every other open step carries none. Closed steps
        are left as they are (history)."""
        known = known_custody(s, captive_ids)
        for part in chunks(sorted(captive_ids)):
            if all(cid in known for cid in part):  # a batch's own captives: what it holds
                convicted = {cid: known[cid].captive.status_since
                             for cid in part if CaptiveStatus(known[cid].captive.status)
                             is CaptiveStatus.CONVICTED}
                found = sorted((d for cid in part for d in known[cid].steps
                                if d.status == DeadlineStatus.OPEN
                                and (convicted or d.notes not in (None, ""))),
                               key=lambda d: d.id)
                started = {o.uid: o.start_date for cid in convicted
                           for o in known[cid].orders}
            else:
                convicted, found, started = self._convictions_stored(s, part)
            wanted: dict[str, list[Deadline]] = {}
            for d in found:
                kept = without_convicted_note(d.notes)
                note = (self._conviction_note(d, convicted[d.captive_id], started)
                        if d.captive_id in convicted else "")
                notes = "\n".join(x for x in (kept, note) if x)
                if notes != (d.notes or ""):
                    wanted.setdefault(notes, []).append(d)
            for notes, objs in wanted.items():
                self._write_all(s, objs, AuditAction.UPDATE, notes=notes)

    def _conviction_note(self, d: Deadline, since: date | None, started: dict[str, date]
                         ) -> str:
        """The note step ``d`` carries for a conviction on ``since`` (None: a day not recorded,
        as a sheet gave it), stored as a message read in each reader's language."""
        if since is None:  # the verdict came on some day up to today: not "today"
            return (stored_text(undated_convicted_note()) if d.due_on > self.ctx.today()
                    else "")
        # An order started after the verdict (detention it decided on) is no pre-trial
        # order: its steps carry no note.
        return (stored_text(convicted_note(since)) if d.due_on > since
                and started.get(d.trigger_uid, since) < since else "")

    def _convictions_stored(self, s: Session, part: list[int]) -> tuple[
            dict[int, date | None], list[Deadline], dict[str, date]]:
        """For :meth:`_note_convictions`, read from the database: the convicted captives of
        ``part`` (the day of their conviction), the open steps to look at (only those with a
        note when none is convicted), and the start of the convicted captives' orders."""
        convicted = {cid: day for cid, status, day in s.execute(
            select(Captive.id, Captive.status, Captive.status_since).where(
                Captive.id.in_(part)))
            if CaptiveStatus(status) is CaptiveStatus.CONVICTED}
        steps = select(Deadline.id).where(
            Deadline.captive_id.in_(part), Deadline.trigger_kind == DETENTION_ORDER,
            Deadline.status == DeadlineStatus.OPEN)
        if not convicted:  # only the notes to take back
            steps = steps.where(Deadline.notes != "")
        started = {uid: start for uid, start in s.execute(
            select(DetentionOrder.uid, DetentionOrder.start_date).where(
                DetentionOrder.captive_id.in_(sorted(convicted))))} if convicted else {}
        # (An import holds these steps already: found by id, not each row made again.)
        ids = list(s.scalars(steps.order_by(Deadline.id)))
        return convicted, deadlines_by_id(s, ids), started
