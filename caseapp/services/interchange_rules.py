"""The rules applied to the records an import adds, once they are all in: each record
checked by its service's rules, then its deadlines set off, as if entered by hand.

Records are checked a table at a time, loaded in chunks with what their rules read (a
captive's names) and without what they never read (a deadline's explanation); a service
that checks many records at once (``validating``: the stays of a captive read for all of
them) reads what its rules need up front. A record is named in a message (its number in the
file and its uid) only when it is refused.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.services import batch_rows
from caseapp.services import row_validation as rv
from caseapp.services.interchange_export import _table
from caseapp.services.records import RecordService

# Where a record is in the file: its number in its table and its key (uid), from which the
# label that names it in a message is made, only when it is refused.
Where = tuple[int, Any]


def named(where: Where) -> Message:
    """The label naming the record at ``where`` in a message."""
    return record_label(*where)


def record_label(index: int, key: Any) -> Message:
    if isinstance(key, str):
        return msg("record {index} (uid {uid})", index=index, uid=rv.short(key)[1:-1])
    return msg("record {index}", index=index)


# A record added by an import: the loaded object and where it is in the file.
Added = tuple[Any, Where]


def check_records(session: Session, added: Mapping[str, Sequence[tuple[int, Where]]],
                  by_table: Mapping[str, RecordService[Any, Any]]) -> dict[str, list[Added]]:
    """Each added record, loaded and checked by its service's rules (now that every record
    it refers to is in)."""
    objects: dict[str, list[Added]] = {}
    for name, records in added.items():
        svc = by_table.get(name)
        if svc is None or not records:
            continue
        places = dict(records)
        # Records loaded already (a captive's names, with the captive) are not read again.
        held = batch_rows.held(session, svc.model, places)
        found = dict(rv.records_for_rules(session, name, svc,
                                          [i for i in places if i not in held]))
        loaded = [(held[i] if i in held else found[i], where) for i, where in places.items()]
        objects[name] = loaded
        with rv.checking_many(svc, session, [obj for obj, _ in loaded]):
            for obj, where in loaded:
                try:
                    _check_record(svc, session, obj, where)
                except rv.DECODE_ERRORS:  # a record of the case file it refers to
                    raise rv.UnreadableReference(name, named(where)) from None
    return objects



# The records a deadline counts from, by its trigger kind: the table and how it names its
# captive(s) (a hearing concerns several).
_OWNED_TRIGGERS = {"detention_order": "detention_orders", "hearing": "hearings",
                   "international_proceeding": "international_proceedings",
                   "court_delivery": "court_deliveries", "captive": "captives"}


def check_deadline_triggers(session: Session, deadlines: Sequence[Added]) -> list[Any]:
    """A deadline added for a captive that counts from a record of another captive (an order,
    a hearing that does not concern it) is refused: kept as set by hand, it showed the other
    captive's date in this captive's file, dossier and calendar. An open deadline counting
    from a record that is neither in the file nor in the case file is kept as set by hand
    (``overridden``): no record brings it up to date, and it looked computed from one; the
    ones so kept are returned. Read in a query per kind and 500 triggers."""
    wanted: dict[str, set[str]] = {}
    for obj, _where in deadlines:
        if obj.trigger_uid and obj.trigger_kind in _OWNED_TRIGGERS:
            wanted.setdefault(obj.trigger_kind, set()).add(obj.trigger_uid)
    if not wanted:
        return []
    conn = session.connection()
    owners: dict[tuple[str, str], set[Any]] = {}
    for kind, uids in wanted.items():
        table = _table(_OWNED_TRIGGERS[kind])
        if kind == "hearing":
            links = _table("hearing_captives")
            stmt = select(table.c.uid, links.c.captive_id).outerjoin(
                links, links.c.hearing_id == table.c.id)
        else:
            stmt = select(table.c.uid, table.c.id if kind == "captive" else table.c.captive_id)
        ordered = sorted(uids)
        for start in range(0, len(ordered), 500):
            for uid, captive_id in conn.execute(
                    stmt.where(table.c.uid.in_(ordered[start:start + 500]))):
                owners.setdefault((kind, uid), set()).add(captive_id)
    kept: list[Any] = []
    for obj, where in deadlines:
        if not obj.trigger_uid or obj.trigger_kind not in _OWNED_TRIGGERS:
            continue
        found = owners.get((obj.trigger_kind, obj.trigger_uid))
        if found is None:
            if obj.status is DeadlineStatus.OPEN and not obj.overridden:
                obj.overridden = True
                kept.append(obj)
            continue
        if obj.captive_id is not None and None not in found and obj.captive_id not in found:
            raise rv.RecordProblem("deadlines", named(where), "trigger_uid", msg(
                "counts from a record of another captive: a deadline belongs to the captive "
                "whose record it counts from"))
    return kept

def _check_record(svc: RecordService[Any, Any], session: Session, obj: Any,
                  where: Where) -> None:
    """``rv.check_record``; a record refused is checked again with the label naming it (the
    rules give the same answer: the label is made only for the record that needs one)."""
    try:
        rv.check_record(svc, session, obj, "")
    except rv.RecordProblem:
        rv.check_record(svc, session, obj, named(where))
        raise


def set_off_deadlines(session: Session, objects: Mapping[str, list[Added]],
                       by_table: Mapping[str, RecordService[Any, Any]]) -> None:
    with contextlib.ExitStack() as stack:
        # The case settings a hook reads (the deadline engine's), read once for all records.
        owners = {id(o): o for svc in by_table.values()
                  if (o := _engine_of(svc.after_write)) is not None
                  and callable(getattr(o, "reading", None))}
        records = [obj for added in objects.values() for obj, _record in added]
        for owner in owners.values():
            stack.enter_context(owner.reading(session))
            if callable(getattr(owner, "prefetched", None)):  # their deadlines read up front
                stack.enter_context(owner.prefetched(session, records))
        _call_hooks(session, objects, by_table)


def _engine_of(hook: Any) -> Any:
    """The object whose method a write hook calls (the case file's deadline engine), if
    it says."""
    return getattr(hook, "engine", None) or getattr(hook, "__self__", None)


# Records whose hook does no more than bring their own deadlines in step (orders also close
# earlier orders' steps, deliveries their download reminders: those are always called).
_DEADLINES_ONLY = frozenset({"captives", "hearings", "international_proceedings"})


def _call_hooks(session: Session, objects: Mapping[str, list[Added]],
                by_table: Mapping[str, RecordService[Any, Any]]) -> None:
    triggers: set[str] | None = None  # the records some deadline of the file counts from
    for name, svc in by_table.items():
        hook = svc.after_write
        if hook is None:
            continue
        engine = _engine_of(hook)
        events_of = getattr(engine, "events_of", None)
        skip_idle = (name in _DEADLINES_ONLY and events_of is not None
                     and hook == getattr(engine, "on_written", None))
        if skip_idle and triggers is None:
            deadlines = _table("deadlines")
            triggers = set(session.connection().execute(
                select(deadlines.c.trigger_uid).distinct()).scalars())
        for obj, where in objects.get(name, []):
            try:
                # A record that sets no deadline off and that no deadline counts from: the
                # engine would find nothing to add, change or dismiss.
                if (skip_idle and obj.uid not in (triggers or ())
                        and not any(events_of(name, obj).values())):  # type: ignore[misc]
                    continue
                hook(session, obj)
            except ValidationError as exc:
                raise rv.RecordProblem(name, named(where), exc.field, exc.message) from None
            except (OverflowError, ValueError) as exc:
                raise rv.RecordProblem(
                    name, named(where), None,
                    msg("its deadlines cannot be computed: a date is out of range ({error})",
                        error=str(exc))) from None
