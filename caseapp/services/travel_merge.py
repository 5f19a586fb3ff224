"""Merging a travel copy back into the case file it was made from, record by record (uid).

For every record of the copy, the versions its mark kept say which side changed it since the
copy was made:

- a record made in the copy is added (checked by its service's rules, its deadlines set off
  as if entered by hand); deadlines the copy computed for itself are not (the main file
  computes its own);
- a record changed in the copy only: the fields it changed are written to the main file;
- a record changed on both sides, deleted in the main file, or changed in a field the copy
  never held (kept back by the level): a **conflict**, listed and not applied;
- a record deleted in the copy stays in the main file (said, never deleted silently).

Everything is written in one transaction with one audit entry for the merge and, in each
record's history, an entry for each record added and each field changed. Afterwards the copy's mark is
brought up to date, so that a second merge applies only what changed since the first.
The plan (what to add, write and hold back) is made by :mod:`caseapp.services.travel_plan`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import select, update

from caseapp.db import audit_chain, search
from caseapp.db.base import Base
from caseapp.db.models import FileEvent
from caseapp.domain.dto import LookAlike
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.file_identity import same_case_file
from caseapp.domain.location import Location
from caseapp.domain.messages import Message, msg, text_of
from caseapp.services import interchange
from caseapp.services import row_validation as rv
from caseapp.services.audit_trail import audit
from caseapp.services.court_zone_fill import follow_rules_in
from caseapp.services.identity import OtherCaseFile, created_text, this_case_file
from caseapp.services.labels import level_label
from caseapp.services.reading_level import reading_level
from caseapp.services.records import audit_label
from caseapp.services.row_validation import one_line
from caseapp.services.sheet_duplicates import look_alikes
from caseapp.services.travel_conflicts import (
    Conflict,
    RecordLabels,
    copy_values,
    plain_label,
)
from caseapp.services.travel_copy import (
    COPY_MADE,
    COPY_MERGED,
    TravelMark,
    changed_in,
    copies_made,
    read_mark,
    versions_of,
    write_mark,
)
from caseapp.services.travel_filter import BOOKKEEPING
from caseapp.services.travel_plan import MergePlan, Row, hold_back_orphans, plan_merge
from caseapp.write_errors import disk_full, os_reason, read_only

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


@dataclass(frozen=True)
class MergeReport:
    added: dict[str, int]  # new records by table
    updated: dict[str, int]  # records whose fields were written, by table
    conflicts: tuple[Conflict, ...]
    kept_in_main: tuple[str, ...]  # records deleted in the copy, kept in the main file
    computed_deadlines: int
    # a day counting deadlines changed on both sides: the copy's, the earlier, was written
    earlier_kept: tuple[str, ...] = ()
    # the case file took the changes but the copy could not be marked as merged: why (its
    # disk full, Ctrl+C), to be merged again (adding nothing twice) before it is destroyed
    copy_not_marked: Message | None = None
    interrupted: bool = False  # by Ctrl+C, while the copy was marked
    # captives added from the copy that look like one the case file had (the same person
    # recorded on both sides), to review and merge as after an import
    look_alikes: tuple[LookAlike, ...] = ()

    @property
    def applied(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


@dataclass(frozen=True)
class _MergeEvent:
    uid: str
    __tablename__: ClassVar[str] = "travel_merges"


_ON_REFUSED = msg("belongs to a record of the travel copy that was not applied; not applied")


def open_travel_copy(path: Path | str, passphrase: str | None, *, actor: str,
                     opener: Callable[..., CaseFile] | None = None,
                     to_destroy: bool = False) -> CaseFile:
    """The travel copy at ``path``, open; :class:`ValidationError` if it is not one (saying
    that nothing was merged, or with ``to_destroy`` deleted)."""
    from caseapp.services.casefile import open_case_file

    opener = opener or open_case_file
    path = Path(path).expanduser()
    if not path.is_file():
        raise ValidationError(msg("There is no travel copy at {path}.", path=path), field="travel_file")
    travel = opener(Location(path=path), passphrase=passphrase, actor=actor)
    try:
        mark = read_mark(travel.ctx)
    except CaseFileError:  # a mark changed outside CaseApp: the copy is not used
        travel.close()
        raise
    if mark is None:
        travel.close()
        raise ValidationError(
            msg("{path} is a case file, but not a travel copy: nothing was deleted.", path=path)
            if to_destroy else
            msg("{path} is a case file, but not a travel copy: nothing was merged.", path=path),
            field="travel_file")
    return travel


def merge_travel_copy(cf: CaseFile, travel: CaseFile) -> MergeReport:
    """Merge the open travel copy ``travel`` into ``cf`` (see the module's description)."""
    if travel.db.path is not None and cf.db.path is not None and \
            Path(travel.db.path).resolve() == Path(cf.db.path).resolve():
        raise ValidationError(msg("A case file cannot be merged into itself."), field="travel_file")
    mark = read_mark(travel.ctx)
    if mark is None:
        raise ValidationError(msg("{label} is not a travel copy.", label=travel.label), field="travel_file")
    ours = this_case_file(cf.ctx)
    if same_case_file(ours, mark.made_from) is False:
        assert mark.made_from is not None
        raise OtherCaseFile(msg(
            "The travel copy {label} was made from another case file (created {theirs}) than "
            "{case_file} (created {ours}); nothing was merged.", label=travel.label,
            theirs=created_text(mark.made_from), case_file=cf.label, ours=created_text(ours)),
            field="travel_file")
    if not any(c["copy_id"] == mark.copy_id for c in copies_made(cf.ctx)):
        raise ValidationError(msg("{label} was not made from this case file ({case_file}): nothing was merged.",
                                  label=travel.label, case_file=cf.label), field="travel_file")
    travel_data = interchange.export_data(travel.ctx)
    main_data = interchange.export_data(cf.ctx)
    plan = plan_merge(main_data["tables"], versions_of(cf.ctx), travel_data["tables"],
                      versions_of(travel.ctx), mark, changed_in(travel.ctx),
                      cf.rule_set.title_everywhere)
    refused = _Refusals(plan, RecordLabels(travel_data["tables"], cf.rule_set.title_everywhere),
                        main_data["tables"])
    while True:  # a record the main file's rules refuse is a conflict; the rest is merged
        try:
            rows, updated, alike = _write(cf, plan, mark)
            break
        except rv.RecordProblem as exc:
            if not refused.hold_back(exc):
                raise
    # The case file has taken the changes: whatever stops the copy's mark now is said with
    # the report, never as "nothing was changed".
    not_marked: Message | None = None
    interrupted = False
    try:
        _refresh_mark(cf, travel, mark, plan)
    except KeyboardInterrupt:
        not_marked, interrupted = msg("the merge was interrupted"), True
    except Exception as exc:  # noqa: BLE001 - a full disk, a read-only or damaged copy
        not_marked = _why_not_marked(exc, travel)
    return MergeReport(added=rows.added, updated=updated, conflicts=tuple(plan.conflicts),
                       kept_in_main=tuple(plan.kept), computed_deadlines=rows.computed,
                       earlier_kept=tuple(plan.earlier_kept),
                       copy_not_marked=None if not_marked is None else msg(
                           "The case file took the changes of {file}, but the travel copy could "
                           "not be marked as merged ({reason}): merge it again once it can be "
                           "written (that adds nothing twice), before destroying it.",
                           file=travel.label, reason=not_marked),
                       interrupted=interrupted, look_alikes=alike)


def _why_not_marked(exc: Exception, travel: CaseFile) -> Message:
    """Why the travel copy's mark could not be written, in the user's words."""
    path = Path(travel.db.path) if travel.db.path is not None else None
    if disk_full(exc, folder=path.parent if path is not None else None):
        return msg("no space is left on its disk")
    if read_only(exc, path):
        return msg("it is read-only")
    if isinstance(exc, OSError):
        return os_reason(exc)
    return msg("it could not be written: {error}", error=one_line(str(exc))[:200])


class _Refusals:
    """A change of the copy that the main file's rules refuse as it now is (a hearing edited
    in the copy whose only captive was deleted at home): taken out of the plan and listed as
    a conflict with the rule it breaks, with the records made in the copy that hang on it."""

    def __init__(self, plan: MergePlan, labels: RecordLabels, main_tables: dict[str, list[Row]]):
        self.plan, self.labels = plan, labels
        self.main_all = {uid for rows in main_tables.values() for r in rows if (uid := r.get("uid"))}

    def say(self, name: str, row: Row, fields: tuple[str, ...] | None, why: Message) -> None:
        self.plan.conflicts.append(Conflict(name, row["uid"], self.labels(name, row), fields or (),
                                            why, copy_values(name, row, fields, self.labels)))

    def hold_back(self, exc: rv.RecordProblem) -> bool:
        """Whether the record ``exc`` names was in the plan (now out of it, said)."""
        named = text_of(exc.record, "en")
        why = msg("the main file's rules refuse it as the main file now is ({reason}); not applied",
                  reason=exc.reason)
        for i, (name, row, fields) in enumerate(self.plan.edits):
            if name == exc.table and row["uid"][:8] in named:
                del self.plan.edits[i]
                self.say(name, row, fields, why)
                return True
        rows = self.plan.new.get(exc.table, [])
        for row in rows:
            if isinstance(row.get("uid"), str) and row["uid"][:8] in named:
                rows.remove(row)
                self.say(exc.table, row, None, why)
                hold_back_orphans(self.plan, self.main_all, self.say, _ON_REFUSED)
                return True
        return False


def _write(cf: CaseFile, plan: MergePlan, mark: TravelMark
           ) -> tuple[Any, dict[str, int], tuple[LookAlike, ...]]:
    """Write ``plan`` into ``cf`` in one transaction with its audit entry: the rows added
    (``interchange.add_rows_in``'s result), the records changed by table and the captives
    added that look like one already there."""
    by_table = rv.record_services(cf)
    updated: dict[str, int] = {}
    with cf.ctx.transaction() as session:
        conn = session.connection()
        after, prev, anchored = audit_chain.tail_and_count(conn)
        rows = interchange.add_rows_in(session, plan.new, by_table)
        audit_chain.extend(conn, after, prev, anchored)
        edited: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
        for name, row, changed in plan.edits:
            label = f"{plain_label(row)} (uid {row['uid']})"
            values = interchange.row_values(conn, name, row, label)
            table = Base.metadata.tables[name]
            columns = {c.key for c in table.c}
            columns_changed = {(f.removesuffix("_uid") + "_id" if f not in columns else f)
                               for f in changed}
            sets = {k: values[k] for k in columns_changed if k in values}
            # the values written over, for the record's audit trail (old → new)
            fields = list(sets)
            record_id, *olds = conn.execute(select(table.c.id, *(table.c[k] for k in fields))
                                            .where(table.c.uid == row["uid"])).one()
            sets["row_version"] = table.c.row_version + 1
            sets["updated_at"] = datetime.now(UTC)
            conn.execute(update(table).where(table.c.uid == row["uid"]).values(sets))
            edited.setdefault(name, []).append(
                (record_id, label, dict(zip(fields, olds, strict=True))))
            updated[name] = updated.get(name, 0) + 1
        _audit_added(session, rows.ids, by_table)
        _check_edits(session, edited, by_table, cf.ctx)
        _count_joined(session, plan.joined, by_table)
        # a deadline changed on the road by an earlier version brings back no court's zone
        follow_rules_in(cf, session)
        written = {name: list(ids) for name, ids in rows.ids.items()}
        for name, pairs in edited.items():
            written.setdefault(name, []).extend(record_id for record_id, _, _ in pairs)
        search.refresh(conn, written)
        alike = look_alikes(session, rows.ids.get("captives", ()),
                            reading_level(session, cf.ctx))
        audit(session, cf.ctx, AuditAction.UPDATE, _MergeEvent(str(uuid.uuid4())),
              summary=msg("Merge of the travel copy {copy} ({level})", copy=mark.copy_id[:8],
                          level=level_label(mark.level)),
              new={"copy_id": mark.copy_id, "added": rows.added, "updated": updated,
                   "conflicts": [c.line() for c in plan.conflicts][:200],
                   "kept_in_main": plan.kept[:200], "earlier_kept": plan.earlier_kept[:200]})
        session.add(FileEvent(actor=cf.ctx.actor, kind=COPY_MERGED,
                              detail=f'{{"copy_id": "{mark.copy_id}"}}'))
    return rows, updated, alike


def _audit_added(session: Any, added: dict[str, list[int]], by_table: dict[str, Any]) -> None:
    """Each record the copy added entered in its audit trail, as if typed in (its values):
    a visit recorded on the road is in the captive's history (parents first)."""
    for name, ids in added.items():
        svc = by_table.get(name)
        if svc is None:
            continue
        for _record_id, obj in rv.load_records(session, svc.model, list(ids)):
            if obj is not None:
                svc.audit_added(session, obj)


def _check_edits(session: Any, edited: dict[str, list[tuple[int, str, dict[str, Any]]]],
                 by_table: dict[str, Any], ctx: Any) -> None:
    """Each record written: checked by its service's rules, each field written entered in
    its audit trail (old → new, as an edit by hand is), its deadlines recomputed."""
    session.expire_all()
    for name, pairs in edited.items():
        svc = by_table.get(name)
        if svc is None:
            continue
        labels = {record_id: label for record_id, label, _ in pairs}
        olds = {record_id: old for record_id, _, old in pairs}
        for record_id, obj in rv.load_records(session, svc.model, list(labels)):
            rv.check_record(svc, session, obj, labels[record_id])
            for field, old in olds[record_id].items():
                new = getattr(obj, field)
                if field not in BOOKKEEPING and old != new:
                    audit(session, ctx, AuditAction.UPDATE, obj,
                          summary=audit_label(svc.summary(obj)),
                          captive_uid=svc.captive_uid(session, obj), field=field, old=old, new=new)
            if svc.after_write is not None:
                try:
                    svc.after_write(session, obj)
                except ValidationError as exc:
                    raise rv.RecordProblem(name, labels[record_id], exc.field, exc.message) from None


def _count_joined(session: Any, uids: set[str], by_table: dict[str, Any]) -> None:
    """The deadlines of the main file's hearings that the copy put captives on (the same
    sitting entered on both sides: :mod:`caseapp.services.travel_sittings`), counted for them
    as when a captive is added to a hearing by hand."""
    svc = by_table.get("hearings")
    if not uids or svc is None or svc.after_write is None:
        return
    session.expire_all()
    for obj in session.scalars(select(svc.model).where(svc.model.uid.in_(sorted(uids)))):
        try:
            svc.after_write(session, obj)
        except ValidationError as exc:
            raise rv.RecordProblem("hearings", plain_label({"uid": obj.uid}), exc.field,
                                   exc.message) from None


def _refresh_mark(cf: CaseFile, travel: CaseFile, mark: TravelMark, plan: MergePlan) -> None:
    """The copy's mark after a merge: a record applied or added now has the main file's
    version as its base; a record in conflict keeps its old base (it stays a conflict)."""
    main_versions = versions_of(cf.ctx)
    travel_versions = versions_of(travel.ctx)
    in_conflict = {c.uid for c in plan.conflicts}
    applied = {row["uid"] for _name, row, _fields in plan.edits}
    versions = dict(mark.versions)
    for uid, version in travel_versions.items():
        if uid in in_conflict:
            if uid in applied and uid in main_versions and uid not in plan.earlier_uids:
                # partly applied: the main file's version now holds the copy's other
                # changes; the rest stays a conflict. (Of a record changed on both sides, its
                # earlier day written, the old base stays: else the rest, merged again,
                # would pass for the copy's alone and be written over the main file's.)
                versions[uid] = [main_versions[uid], (versions.get(uid) or [None, None])[1]]
            continue
        if uid in main_versions:
            versions[uid] = [main_versions[uid], version]
        elif uid not in versions:
            versions[uid] = [None, version]
    write_mark(travel.ctx, TravelMark(mark.copy_id, mark.level, mark.captive_uids,
                                      mark.made_at, versions, mark.made_from))


__all__ = ["COPY_MADE", "Conflict", "MergeReport", "merge_travel_copy", "open_travel_copy"]
