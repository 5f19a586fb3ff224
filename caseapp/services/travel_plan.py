"""What a merge of a travel copy would do, planned from both files' rows alone (no database):
the records to add, the fields to write, the conflicts and the records kept in the main file.
:mod:`caseapp.services.travel_merge` reads both files, plans with :func:`plan_merge` and
writes the plan."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from caseapp.db.team_policies import INTERNAL_ONLY
from caseapp.domain.custody_step_lines import closed_as_custody_ended
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.redaction import STATUS_FIELD
from caseapp.services import interchange
from caseapp.services.labels import level_label
from caseapp.services.travel_conflicts import (
    Conflict,
    RecordLabels,
    copy_values,
    fold_under_captives,
    kept_line,
    uid_references,
)
from caseapp.services.travel_copy import TravelMark
from caseapp.services.travel_earlier import EarlierDays
from caseapp.services.travel_filter import BOOKKEEPING, filter_tables
from caseapp.services.travel_orders import keep_orders_once
from caseapp.services.travel_sittings import keep_sittings_once

Row = dict[str, Any]

_NOT_HELD = msg("a field the travel copy did not hold (above its level); the main file's value is kept")
_GONE = msg("names a record deleted in the main file since the copy was made; not applied")


def _by_uid(tables: dict[str, list[Row]]) -> dict[str, dict[str, Row]]:
    return {name: {r["uid"]: r for r in rows if "uid" in r} for name, rows in tables.items()}


@dataclass
class MergePlan:
    """What a merge writes (records to add, fields to write) and what it holds back."""

    new: dict[str, list[Row]]
    edits: list[tuple[str, Row, tuple[str, ...]]]  # table, row of the copy, fields to write
    conflicts: list[Conflict]
    kept: list[str]
    # a day changed on both sides, the copy's earlier one written: one line each
    earlier_kept: list[str] = field(default_factory=list)
    # the records whose earlier day was written although the main file changed them too
    earlier_uids: set[str] = field(default_factory=set)
    # the main file's hearings the copy put captives on (a sitting entered on both sides)
    joined: set[str] = field(default_factory=set)


def plan_merge(main_tables: dict[str, list[Row]], main_versions: dict[str, int],
               travel_tables: dict[str, list[Row]], travel_versions: dict[str, int],
               mark: TravelMark, touched: Mapping[str, Collection[str]] | None = None,
               titles: Callable[[str, str], Translated] | None = None) -> MergePlan:
    """What a merge would do (a pure function of both files' rows and the mark, and of
    ``touched``: uid → the fields the copy's audit log says were changed in the copy;
    ``titles``: a deadline's stored title and rule → the rule's title in every language)."""
    shown = filter_tables(main_tables, mark.level, mark.captive_uids)
    main_shown = _by_uid(shown.tables)
    main_all = {uid for rows in main_tables.values() for r in rows if (uid := r.get("uid"))}
    by_uid_main = _by_uid(main_tables)
    plan = MergePlan({}, [], [], [])
    label, label_main = RecordLabels(travel_tables, titles), RecordLabels(main_tables, titles)
    earlier = EarlierDays(label, label_main)

    def conflict(name: str, row: Row, fields: tuple[str, ...] | None, reason: Message) -> None:
        plan.conflicts.append(Conflict(name, row["uid"], label(name, row), fields or (), reason,
                                       copy_values(name, row, fields, label)))

    seen: set[str] = set()
    for name in interchange.TABLES:
        if name in INTERNAL_ONLY:  # the copy's own audit log and tags never come back
            continue
        for row in travel_tables.get(name, []):
            if "uid" not in row:  # a link (hearing ↔ captive): added when new
                plan.new.setdefault(name, []).append(row)
                continue
            uid = row["uid"]
            seen.add(uid)
            base_main, base_travel = (mark.versions.get(uid) or [None, None])
            if uid not in main_all:
                if base_main is not None and travel_versions.get(uid) != base_travel:
                    conflict(name, row, None, msg("deleted in the main file since the copy was "
                                                  "made; not added again"))
                elif base_travel is None:  # made in the copy
                    plan.new.setdefault(name, []).append(row)
                continue  # else computed by the copy for itself when it was made
            if base_travel is not None and travel_versions.get(uid) == base_travel:
                continue  # not changed in the copy
            main_row = main_shown.get(name, {}).get(uid)
            if main_row is None:  # raised at home: the copy's changes, to make there by hand
                mine_only = None if touched is None or uid not in touched else tuple(
                    f for f in row if f in touched[uid])
                conflict(name, row, mine_only or None, _FROM_DELETED if _computed_from_deleted(
                    name, by_uid_main.get(name, {}).get(uid), main_all) else msg(
                    "no longer at the {level} level in the main file", level=level_label(mark.level)))
                continue
            changed = tuple(k for k, v in row.items()
                            if k not in BOOKKEEPING and main_row.get(k) != v)
            if not changed:
                continue
            hidden = shown.hidden_fields.get(uid, frozenset()) if name == "captives" else ()
            behind = tuple(f for f in changed if f in hidden)
            if "field_levels" in changed and _levels_changed(row, main_row, hidden):
                behind += ("field_levels",)  # lowered, it would let out what the copy never held
            if base_main is None or main_versions.get(uid) != base_main:
                # Of the fields that differ, those changed in the copy (the others were
                # changed at home): none, and nothing of the copy's is lost.
                mine = changed if touched is None or uid not in touched else tuple(
                    f for f in changed if f in touched[uid])
                # a day that counts deadlines: the earlier kept, whichever side it is on
                taken = earlier.take(name, row, main_row, mine, changed)
                if taken:
                    plan.edits.append((name, row, taken))
                mine = tuple(f for f in mine if f not in taken
                             and f not in earlier.recounted(name, row))
                if mine:
                    conflict(name, row, mine, msg("changed in the main file too since the copy "
                                                  "was made; the main file's version is kept"))
            elif behind:
                conflict(name, row, behind, _NOT_HELD)
                rest = tuple(f for f in changed if f not in behind)
                if rest:
                    plan.edits.append((name, row, rest))
            else:
                plan.edits.append((name, row, changed))
    plan.joined = keep_sittings_once(plan.new, plan.edits, main_tables, conflict)
    keep_orders_once(plan.new, plan.edits, main_tables, conflict)
    hold_back_orphans(plan, main_all, conflict)
    _hold_back_lost_references(plan, main_all, conflict)
    _hold_back_hidden_status(plan, shown.hidden_fields, conflict)
    _hold_back_status_consequences(plan, _by_uid(travel_tables).get("captives", {}), conflict)
    # What is written: the main file's record with the copy's changes (its other references,
    # emptied at home by a deletion there, stay as the main file has them).
    plan.edits[:] = [(name, _held_lines_kept(
        name, {**main_shown[name][row["uid"]], **{f: row[f] for f in changed}},
        main_shown, by_uid_main), changed) for name, row, changed in plan.edits]
    deleted = [(name, rows[uid]) for uid, (base_main, base_travel) in mark.versions.items()
               if uid not in seen and base_main is not None and base_travel is not None
               for name, rows in by_uid_main.items() if uid in rows]
    plan.kept.extend(kept_line(name, label_main(name, row), under)
                     for name, row, under in fold_under_captives(deleted))
    plan.earlier_kept.extend(earlier.lines)
    plan.earlier_uids |= earlier.taken
    return plan


_Say = Callable[[str, Row, tuple[str, ...] | None, Message], None]


def _held_lines_kept(name: str, written: Row, shown: dict[str, dict[str, Row]],
                     main: dict[str, dict[str, Row]]) -> Row:
    """A step's notes written back from the copy with the lines the copy never held (the
    conviction note, left out where the copy withholds the status: :func:`filter_tables`)
    kept as the main file has them."""
    if name != "deadlines":
        return written
    full = main["deadlines"][written["uid"]].get("notes") or ""
    held = [line for line in full.split("\n")
            if line not in (shown["deadlines"][written["uid"]].get("notes") or "").split("\n")]
    if not held:
        return written
    kept = written.get("notes") or ""
    return {**written, "notes": "\n".join([*([kept] if kept else []), *held])}

_FROM_DELETED = msg("the record it was computed from was deleted in the main file since the "
                    "copy was made; not applied")


def _computed_from_deleted(name: str, main_row: Row | None, main_all: set[str]) -> bool:
    """Whether ``main_row``, a deadline of the main file, was computed from a record deleted
    there (an order deleted at home: its deadlines stay, dismissed, and no copy's level
    shows them — not because they were raised above it)."""
    trigger = (main_row or {}).get("trigger_uid")
    return name == "deadlines" and isinstance(trigger, str) and bool(trigger) \
        and trigger not in main_all


def _levels_changed(row: Row, main_row: Row, hidden: Collection[str]) -> bool:
    """Whether the copy's captive ``row`` gives another level to a field it did not hold."""
    ours, theirs = row.get("field_levels") or {}, main_row.get("field_levels") or {}
    return any(ours.get(f) != theirs.get(f) for f in hidden)


def _hold_back_hidden_status(plan: MergePlan, hidden: dict[str, frozenset[str]], say: _Say) -> None:
    """A change of status made in the copy for a captive whose status the copy did not hold
    (it read as “not shown at this level”): a conflict like the status itself, not added to
    the main file's history (where it would stand beside the real status)."""
    rows = plan.new.get("status_changes", [])
    for row in [r for r in rows if STATUS_FIELD in hidden.get(r.get("captive_uid") or "", ())]:
        rows.remove(row)
        say("status_changes", row, tuple(f for f in ("new_status", "effective_on", "note")
                                         if row.get(f)), _NOT_HELD)


_WITH_STATUS = msg("came with a change of status in the travel copy that was not applied (see "
                   "the captive); not applied")


def _hold_back_status_consequences(plan: MergePlan, travel_captives: Mapping[str, Row],
                                   say: _Say) -> None:
    """A captive whose change of status in the copy is a conflict (changed at home too, or a
    status the copy did not hold): what that change did in the copy is held back with it —
    its line in the status history, the stay it ended on its day and the detention order's
    deadlines it closed as "custody ended". Applied alone, they ended custody in the main
    file while its status says the captive is held, and a deadline to meet fell silent."""
    refused = {c.uid for c in plan.conflicts
               if c.table == "captives" and (not c.fields or STATUS_FIELD in c.fields)}
    if not refused:
        return
    rows = plan.new.get("status_changes", [])
    for row in [r for r in rows if r.get("captive_uid") in refused]:
        rows.remove(row)
        say("status_changes", row, tuple(f for f in ("new_status", "effective_on", "note")
                                         if row.get(f)), _WITH_STATUS)
    def consequences(name: str, row: Row, changed: tuple[str, ...]) -> tuple[str, ...]:
        captive = row.get("captive_uid")
        if captive in refused and name == "detention_places" and "to_date" in changed:
            day = travel_captives.get(captive, {}).get("status_since")
            return ("to_date",) if row.get("to_date") == day else ()
        if captive in refused and name == "deadlines" and \
                closed_as_custody_ended(row.get("status_reason")):
            return tuple(f for f in changed if f in ("status", "status_reason"))
        return ()
    _hold_fields(plan, consequences, say, _WITH_STATUS)


def _hold_fields(plan: MergePlan, held_of: Callable[[str, Row, tuple[str, ...]], tuple[str, ...]],
                 say: _Say, why: Message) -> None:
    """Each edit's fields that ``held_of`` names (table, row, changed fields): conflicts said
    with ``why``, not written; the edit's other fields apply."""
    edits = []
    for name, row, changed in plan.edits:
        held = held_of(name, row, changed)
        if held:
            say(name, row, held, why)
        rest = tuple(f for f in changed if f not in held)
        if rest:
            edits.append((name, row, rest))
    plan.edits[:] = edits


def _present(plan: MergePlan, main_all: set[str]) -> set[str]:
    """The records the main file holds after the merge: its own and those the merge adds."""
    return main_all | {r["uid"] for rows in plan.new.values() for r in rows if "uid" in r}


def hold_back_orphans(plan: MergePlan, main_all: set[str], say: _Say, why: Message = _GONE) -> None:
    """A record made in the copy that names a record deleted in the main file since the copy
    was made (a visit to a captive deleted at home), and the records made in the copy that
    hang on it: conflicts, not added — the rest of the copy still merges."""
    present = _present(plan, main_all)

    def gone(name: str, row: Row) -> bool:
        return any(isinstance(row.get(ref), str) and row[ref] not in present
                   for ref in uid_references(name))

    def trigger_gone(name: str, row: Row) -> bool:
        """A deadline computed in the copy from a record the main file will not hold (a
        verdict recorded on the road for a hearing deleted at home): open and computed from
        nothing there, it would never be computed again."""
        trigger = row.get("trigger_uid") if name == "deadlines" else None
        return isinstance(trigger, str) and bool(trigger) and trigger not in present

    dropped = True
    while dropped:  # a record dropped may leave others hanging on it
        dropped = False
        for name, rows in plan.new.items():
            for row in [r for r in rows if gone(name, r) or trigger_gone(name, r)]:
                rows.remove(row)
                dropped = True
                if "uid" in row:  # a link (hearing ↔ captive) goes with its record, unsaid
                    present.discard(row["uid"])
                    say(name, row, None, why if gone(name, row) or why is not _GONE
                        else _FROM_DELETED)


def _hold_back_lost_references(plan: MergePlan, main_all: set[str], say: _Say) -> None:
    """A record changed in the copy that names a record deleted in the main file since the
    copy was made (an intervention whose addressee was deleted at home): that reference is a
    conflict, not written back (it would name nothing); the record's other changes apply."""
    present = _present(plan, main_all)

    def lost(name: str, row: Row, changed: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f for f in changed if f in uid_references(name)
                     and isinstance(row.get(f), str) and row[f] not in present)
    _hold_fields(plan, lost, say, _GONE)
