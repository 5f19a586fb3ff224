"""The steps of a captive's detention orders that custody no longer runs under: those a later
order continues custody over (closed as superseded, open again when that order is edited or
deleted away), and those due after custody ended (closed, open again when the captive is in
custody again).

One write settles one captive at once. Inside
:meth:`~caseapp.services.deadline_writes.DeadlineWrites.prefetched` (an import) the captives
are collected and settled once each when the block ends, as the last of their records would
have left them, in a few queries for all of them.

:class:`~caseapp.services.deadline_engine.DeadlineEngine` builds on this class.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from caseapp.db.models import Captive, Deadline, DetentionOrder
from caseapp.domain.clock import CONTINUES_WITHIN
from caseapp.domain.custody_step_lines import CUSTODY_ENDED, custody_ended_said
from caseapp.domain.enums import AuditAction, CaptiveStatus, DeadlineStatus
from caseapp.domain.messages import LANGUAGES
from caseapp.domain.order_sequence import SequenceKey, sequence_keys
from caseapp.domain.steps_at_end import closes_at_end
from caseapp.domain.stored_messages import stored_text
from caseapp.domain.superseded_reasons import says_superseded, superseded
from caseapp.services.conviction_notes import ConvictionNotes
from caseapp.services.custody_after_releases import custody_after_releases, custody_of
from caseapp.services.custody_known import known_custody
from caseapp.services.deadline_index import batch_index
from caseapp.services.deadline_prefetch import chunks, prefetched_deadlines, prefetched_index
from caseapp.services.deadline_writes import DETENTION_ORDER


class CustodySteps(ConvictionNotes):
    """Closing and opening again the steps of orders custody no longer runs under."""

    @contextmanager
    def prefetched(self, s: Session, records: Iterable[Any]) -> Iterator[None]:
        """As :meth:`DeadlineWrites.prefetched`, and the captives whose orders or custody
        the block's writes changed settled once each at its end (not if it fails)."""
        with super().prefetched(s, records):
            yield
            index = prefetched_index(s)
            assert index is not None
            self._follow_custody_of(s, index.custody, ended=False)
            self._settle_superseded(s, index.unsettled)
            self._follow_custody_of(s, index.custody, ended=True)
            self._note_convictions(s, index.custody)

    def _after_order(self, s: Session, order: Any, *, new: bool) -> None:
        """What an order's write does to the steps of the captive's orders: a new one closes
        what it continues over, unless an order after it was recorded before it (its own
        steps may be superseded); any other settles them all again; and when the captive's
        custody has ended, the steps due after it are closed (those are opened again by the
        captive's own write when the status is put back); in custody after a release, the
        steps of the orders that release ended are closed first; a convicted captive's steps
        get their note (:meth:`_note_convictions`). In an import, all at its end."""
        index = prefetched_index(s)
        captive = s.get(Captive, order.captive_id)
        if captive is not None and index is not None:
            index.custody.add(captive.id)
        in_custody = captive is not None and not CaptiveStatus(captive.status).ended
        if in_custody and index is None:
            # First: an order recorded for a re-arrest ends the custody before the release.
            self._follow_custody(s, captive)
        if index is not None:
            index.unsettled.add(order.captive_id)
        elif new and not self._followed(s, order):
            self._supersede(s, order)
        else:
            self._settle_superseded(s, [order.captive_id])
        if captive is not None and not in_custody and index is None:
            self._follow_custody(s, captive)
        if captive is not None and index is None:
            self._note_convictions(s, [captive.id])

    def _after_order_deleted(self, s: Session, order: Any) -> None:
        """What deleting ``order`` (still in the file until the deletion is flushed) does to
        the steps of the captive's other orders: those it continued custody over open again,
        and, the captive in custody, so do those of the custody a release ended when it was
        the order that started after that release (the re-arrest undone)."""
        captive = s.get(Captive, order.captive_id)
        if captive is not None and not CaptiveStatus(captive.status).ended:
            self._follow_custody_of(s, [captive.id], ended=False, gone=order.id)
        self._settle_superseded(s, [order.captive_id], gone=order.id)

    def _after_captive(self, s: Session, captive: Any) -> None:
        """A captive's write (not its creation) follows its custody (:meth:`_follow_custody`)
        and its conviction (:meth:`_note_convictions`)."""
        index = prefetched_index(s)
        if index is not None:
            index.custody.add(captive.id)
        else:
            self._follow_custody(s, captive)
            self._note_convictions(s, [captive.id])

    def settle_orders_of(self, s: Session, captive_id: int) -> None:
        """After orders moved to or from ``captive_id`` (a merge of a captive recorded twice,
        or its undo): the steps a later order now continues custody over are closed as
        superseded, those no longer continued over open again."""
        self._settle_superseded(s, [captive_id])

    def _siblings(self, s: Session,
                  captive_id: int) -> list[tuple[int, str, date, int | None, date, date | None]] | None:
        """The captive's orders (id, uid, start, criminal case, expiry, decision day) as a
        batch knows them, if it does."""
        index = prefetched_index(s)
        siblings = None if index is None else index.orders.get(captive_id)
        if siblings is None and (batch := batch_index(s)) is not None:
            siblings = batch.orders_of(captive_id)
        return siblings

    def _in_sequence(self, s: Session, order: Any) -> tuple[list[_Order], dict[int, SequenceKey]]:
        """The captive's orders, ``order`` as it now stands among them, and the place of each
        in the sequence custody runs under them (:mod:`caseapp.domain.order_sequence`)."""
        siblings = self._siblings(s, order.captive_id)
        if siblings is None:
            siblings = list(s.execute(select(
                DetentionOrder.id, DetentionOrder.uid, DetentionOrder.start_date,
                DetentionOrder.prosecution_id, DetentionOrder.expires_on,
                DetentionOrder.decided_on).where(DetentionOrder.captive_id == order.captive_id,
                                                 DetentionOrder.id != order.id)))
        orders = [_Order(start, oid, uid, case, expires, decided)
                  for oid, uid, start, case, expires, decided in siblings if oid != order.id]
        orders.append(_Order(order.start_date, order.id, order.uid, order.prosecution_id,
                             order.expires_on, order.decided_on))
        return orders, sequence_keys(orders)

    def _followed(self, s: Session, order: Any) -> bool:
        """Whether the captive has an order after ``order`` (by start, then by decision day,
        then by the order recorded: :mod:`caseapp.domain.order_sequence`)."""
        orders, key = self._in_sequence(s, order)
        return any(key[o.id] > key[order.id] for o in orders)

    def _supersede(self, s: Session, order: Any) -> None:
        """An order that continues custody closes the open steps of the orders before it: those
        due by its start, and, when it is of the same criminal case (it overlaps the earlier
        order rather than following it), the earlier order's later ones too, its expiry
        first: custody runs under the new order now. A step whose day was set by hand stays.
        Orders come one after another as the detention clock reads them (``current_order``):
        by start, then by decision day, then by the order recorded, so that an order replacing
        another from the same day (a term shortened) leaves one expiry open, the one the
        captive's file shows, whichever of them was entered first."""
        siblings = self._siblings(s, order.captive_id)
        orders, key = self._in_sequence(s, order)
        earlier = [(o.uid, o.prosecution_id, o.expires_on) for o in orders
                   if key[o.id] < key[order.id]]
        if not earlier:
            return
        same_case = {uid for uid, case, _expires in earlier if case == order.prosecution_id}
        expiry_of = {uid: expires for uid, _case, expires in earlier}
        today = self.ctx.today()
        reason = superseded(order, orders)
        candidates: Iterable[Deadline]
        if siblings is None:
            candidates = s.scalars(select(Deadline).where(
                Deadline.trigger_kind == DETENTION_ORDER,
                Deadline.trigger_uid.in_([uid for uid, _case, _expires in earlier]),
                Deadline.status == DeadlineStatus.OPEN, Deadline.overridden.is_(False)))
        else:
            candidates = (d for uid, _case, _expires in earlier
                          for d in prefetched_deadlines(s, DETENTION_ORDER, uid) or ()
                          if d.status is DeadlineStatus.OPEN and not d.overridden)
        open_steps = sorted((d for d in candidates if _continues_over(
            order, d, same_case=d.trigger_uid in same_case,
            after=expiry_of[d.trigger_uid], today=today)), key=lambda d: d.id)
        self._write_all(s, open_steps, AuditAction.UPDATE, status=DeadlineStatus.DISMISSED,
                        status_reason=reason)

    def _follow_custody(self, s: Session, captive: Any) -> None:
        """A captive whose custody ended (released, repatriated or dead) has no step of a
        detention order due after that day: the open ones are closed, saying why, as the
        captive's file no longer shows the order's expiry; in custody again, the steps closed
        so are open again (a status set by mistake and put back loses nothing), except those a
        later order continues custody over (an order recorded for the re-arrest), those of
        an order deleted meanwhile and those of orders custody under which ended with a
        release after which an order starts (:func:`custody_after_releases`): those stay
        closed, and are closed when that order is recorded after the status was put back."""
        ended = CaptiveStatus(captive.status).ended
        self._follow_custody_of(s, [captive.id], ended=ended)

    def _follow_custody_of(self, s: Session, captive_ids: Collection[int], *,
                           ended: bool, gone: int | None = None) -> None:
        """:meth:`_follow_custody` for those of ``captive_ids`` whose custody has ``ended``
        (or not), a few hundred captives a query; ``gone``: an order being deleted. Captives
        a batch created are answered from what it holds (:mod:`custody_known`), alike."""
        said = custody_ended_said()
        known = known_custody(s, captive_ids) if gone is None else {}
        for part in chunks(sorted(captive_ids)):
            by_batch = all(cid in known for cid in part)
            if by_batch:
                since = {cid: k.captive.status_since or self.ctx.today()
                         for cid in part if CaptiveStatus((k := known[cid]).captive.status)
                         .ended is ended}
            else:
                since = {cid: day or self.ctx.today() for cid, status, day in s.execute(
                    select(Captive.id, Captive.status, Captive.status_since).where(
                        Captive.id.in_(part))) if CaptiveStatus(status).ended is ended}
            if not since:
                continue

            def stored(*where: Any, since: dict[int, date] = since,
                       by_batch: bool = by_batch) -> list[Deadline]:
                """The steps of the captives of ``since`` matching ``where``, in id order."""
                if not by_batch:
                    return list(s.scalars(select(Deadline).options(
                        defer(Deadline.explanation)).where(
                        Deadline.captive_id.in_(sorted(since)),
                        Deadline.trigger_kind == DETENTION_ORDER, *where).order_by(Deadline.id)))
                return sorted((d for cid in since for d in known[cid].steps
                               if all(test(d) for test in where)), key=lambda d: d.id)

            if not ended:
                custody = (custody_of({cid: known[cid].history for cid in since},
                                       [(cid, o.uid, o.start_date) for cid in since
                                        for o in known[cid].orders]) if by_batch
                           else custody_after_releases(s, sorted(since), gone=gone))
                reopened = [d for d in stored(*_dismissed_as(said, by_batch))
                            if d.trigger_uid in custody.in_file
                            and d.trigger_uid not in custody.released]
                self._write_all(s, reopened, AuditAction.UPDATE, status=DeadlineStatus.OPEN,
                                status_reason="")
                # Custody under an order ended with a release after which an order starts
                # (put back to detained first, the re-arrest's order recorded afterwards).
                self._write_all(s, [d for d in stored(*_open_of(
                    sorted(custody.released), by_batch))
                    if d.due_on > custody.released[d.trigger_uid]]
                    if custody.released else [], AuditAction.UPDATE,
                    status=DeadlineStatus.DISMISSED, status_reason=CUSTODY_ENDED)
                # An order recorded while custody had ended (the re-arrest's) had its steps
                # closed too, and closed none of the earlier orders': settled now, the steps
                # a later order continues custody over are closed as superseded.
                self._settle_superseded(s, sorted({d.captive_id for d in reopened
                                                   if d.captive_id is not None}), gone=gone)
                continue
            self._write_all(s, [d for d in stored(*_open_of(None, by_batch))
                                if d.captive_id is not None
                                and closes_at_end(d.due_on, d.overridden, since[d.captive_id])],
                            AuditAction.UPDATE, status=DeadlineStatus.DISMISSED,
                            status_reason=CUSTODY_ENDED)

    def _reopen_superseded_of(self, s: Session, order: Any,
                              known: list[Deadline] | None = None) -> None:
        """The steps of an edited ``order`` closed as superseded are open again before they are
        computed anew (a closed step keeps its day): :meth:`_settle_superseded` closes those a
        later order still continues custody over. ``known``: the order's steps as read up
        front (an import), else they are read here."""
        steps = (sorted(known, key=lambda d: d.id) if known is not None else s.scalars(
            select(Deadline).where(Deadline.trigger_kind == DETENTION_ORDER,
                                   Deadline.trigger_uid == order.uid).order_by(Deadline.id)))
        self._write_all(s, [d for d in steps if d.status is DeadlineStatus.DISMISSED
                            and not d.overridden and says_superseded(d.status_reason)],
                        AuditAction.UPDATE, status=DeadlineStatus.OPEN, status_reason="")

    def _settle_superseded(self, s: Session, captive_ids: Collection[int], *,
                           gone: int | None = None) -> None:
        """After an order was edited or deleted (``gone``: its id), the steps of the captives'
        orders are closed as superseded exactly when a later order (by start, then by the order
        recorded) continues custody over them, as :meth:`_supersede` closes them for a new one:
        an edit or a deletion that ends the superseding opens them again (the expiry the
        captive's file then shows has its deadline), one that starts it closes them. A step
        closed for another reason, or whose day was set by hand, stays as it is. The orders and
        steps are those read up front (an import), else read a few hundred captives a query."""
        index = prefetched_index(s)
        if index is not None and gone is None and all(c in index.orders for c in captive_ids):
            for cid in sorted(captive_ids):
                orders = _sequenced([_Order(start, oid, uid, case, expires, decided)
                                     for oid, uid, start, case, expires, decided
                                     in index.orders[cid]])
                self._settle_orders(s, orders, {o.uid: [
                    d for d in prefetched_deadlines(s, DETENTION_ORDER, o.uid) or ()
                    if _settled_here(d)] for o in orders})
            return
        for part in chunks(sorted(captive_ids)):
            found: dict[int, list[_Order]] = {}
            for cid, start, oid, uid, case, expires, decided in s.execute(select(
                    DetentionOrder.captive_id, DetentionOrder.start_date, DetentionOrder.id,
                    DetentionOrder.uid, DetentionOrder.prosecution_id,
                    DetentionOrder.expires_on, DetentionOrder.decided_on).where(
                    DetentionOrder.captive_id.in_(part), DetentionOrder.id != (gone or -1))):
                found.setdefault(cid, []).append(_Order(start, oid, uid, case, expires, decided))
            steps: dict[str, list[Deadline]] = {}
            for uids in chunks([o.uid for listed in found.values() for o in listed]):
                for d in s.scalars(select(Deadline).options(defer(Deadline.explanation)).where(
                        Deadline.trigger_kind == DETENTION_ORDER, Deadline.trigger_uid.in_(uids),
                        Deadline.overridden.is_(False))):
                    if _settled_here(d):
                        steps.setdefault(d.trigger_uid, []).append(d)
            for cid in sorted(found):
                self._settle_orders(s, _sequenced(found[cid]), steps)

    def _settle_orders(self, s: Session, orders: list[_Order],
                       steps: dict[str, list[Deadline]]) -> None:
        """:meth:`_settle_superseded` for one captive's ``orders`` (in sequence) and
        the steps of theirs that are open or closed as superseded."""
        position = {o.uid: n for n, o in enumerate(orders)}
        today = self.ctx.today()
        reopen: list[Deadline] = []
        close: dict[str, list[Deadline]] = {}
        for d in sorted((d for o in orders for d in steps.get(o.uid, ())), key=lambda d: d.id):
            own = orders[position[d.trigger_uid]]
            order = next((o for o in orders[position[d.trigger_uid] + 1:] if _continues_over(
                o, d, same_case=own.prosecution_id == o.prosecution_id,
                after=own.expires_on, today=today)), None)
            if order is None:
                if d.status is DeadlineStatus.DISMISSED:
                    reopen.append(d)
                continue
            said = superseded(order, orders)
            if d.status is DeadlineStatus.OPEN or d.status_reason not in {
                    stored_text(said), *(said.render(lang) for lang in LANGUAGES)}:
                close.setdefault(order.uid, []).append(d)
        self._write_all(s, reopen, AuditAction.UPDATE, status=DeadlineStatus.OPEN,
                        status_reason="")
        for order in orders:
            self._write_all(s, close.get(order.uid, []), AuditAction.UPDATE,
                            status=DeadlineStatus.DISMISSED,
                            status_reason=superseded(order, orders))


def _dismissed_as(said: frozenset[str], by_batch: bool) -> list[Any]:
    """The steps closed with one of the reasons ``said`` (as a query's conditions, or as
    tests of a step the batch holds)."""
    if by_batch:
        return [lambda d: d.status == DeadlineStatus.DISMISSED and d.status_reason in said]
    return [Deadline.status == DeadlineStatus.DISMISSED, Deadline.status_reason.in_(said)]


def _open_of(uids: list[str] | None, by_batch: bool) -> list[Any]:
    """The open steps not set by hand (of the orders ``uids``, if given), as
    :func:`_dismissed_as` gives its conditions."""
    if by_batch:
        return [lambda d: (d.status == DeadlineStatus.OPEN and d.overridden is False
                           and (uids is None or d.trigger_uid in uids))]
    where = [Deadline.status == DeadlineStatus.OPEN, Deadline.overridden.is_(False)]
    return where if uids is None else [Deadline.trigger_uid.in_(uids), *where]


class _Order(NamedTuple):
    """What settling reads of an order (put in sequence by :func:`_sequenced`)."""

    start_date: date
    id: int
    uid: str
    prosecution_id: int | None
    expires_on: date
    decided_on: date | None


def _sequenced(orders: list[_Order]) -> list[_Order]:
    """``orders`` as the detention clock orders them (:mod:`caseapp.domain.order_sequence`):
    by start, of those starting on one day the later decision last."""
    key = sequence_keys(orders)
    return sorted(orders, key=lambda o: key[o.id])


def _settled_here(step: Deadline) -> bool:
    """Whether settling looks at ``step``: open or closed as superseded, its day not set by
    hand."""
    return not step.overridden and (step.status is DeadlineStatus.OPEN or (
        step.status is DeadlineStatus.DISMISSED and says_superseded(step.status_reason)))


def _continues_over(order: Any, step: Deadline, *, same_case: bool, after: date,
                    today: date) -> bool:
    """Whether ``order`` (a later one) continues custody over an earlier order's ``step``: the
    step is due by its start, or the order is of the same criminal case (it overlaps); and
    custody runs under it as the detention clock reads it (``current_order``): it has
    started by ``today``, or it starts by the day after the earlier order's expiry
    (``after``). An order starting a month after the current one ends leaves the current
    one's expiry and motions open, the ones the captive's file and "Needs attention" show."""
    if order.start_date > after + CONTINUES_WITHIN and order.start_date > today:
        return False
    return step.due_on <= order.start_date or same_case
