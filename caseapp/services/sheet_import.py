"""Writing a previewed spreadsheet into the case file: all rows or none, in one transaction,
with one audit entry (the file's name, its SHA-256 and the counts), in each captive's history
the entries of what a row added or changed (as if typed in), and the deadlines of
what was imported computed as if it had been typed in; and taking an import back (the
undo of the wizard: :mod:`caseapp.services.sheet_import_undo`).

A row's decision: ``create`` (a new captive), ``skip``, ``merge:ID`` (into captive ID: its
spellings are added to the captive's names, its values fill the captive's empty fields,
and a status other than the captive's is a status change) or ``row:N`` (into the captive
row N of the same sheet creates).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from collections.abc import Mapping as MappingType
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.db.models import (
    Captive,
    CaptiveName,
    Deadline,
    DetentionPlace,
    FileEvent,
    Note,
    StatusChange,
)
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, NameKind, Sex
from caseapp.domain.errors import CaseAppError, NotFound, ValidationError
from caseapp.domain.messages import Message, fraction_everywhere, msg, msg_n
from caseapp.domain.names import detect_script, search_keys
from caseapp.domain.redaction import default_level
from caseapp.domain.sheet_differences import differs, other_value_note
from caseapp.domain.sheet_rows import RowValues
from caseapp.domain.status_dates import NO_STATUS_DATE
from caseapp.services.audit_trail import audit
from caseapp.services.base import announce, default_level_setting
from caseapp.services.import_rows_identity import Uids, uids_of
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_preview import SheetPreview, SheetServices
from caseapp.services.sheet_preview_rows import captive_fields

_MODELS: dict[str, Any] = {"detention_places": DetentionPlace, "notes": Note,
                           "status_changes": StatusChange}
_FILLABLE = ("sex", "birth", "birth_place", "citizenship", "capture", "capture_place",
             "capturing_authority")


@dataclass(frozen=True)
class _SheetImport:
    """What the import's audit entry is about (the import, not one record)."""

    uid: str
    __tablename__: ClassVar[str] = "imports"


@dataclass(frozen=True)
class MergedInto:
    """What an import added to a captive that was already there (for its undo)."""

    captive_id: int
    names: tuple[int, ...]
    records: tuple[tuple[str, int], ...]  # ("detention_places" | "notes" | "status_changes", id)
    before: dict[str, Any]  # the fields it filled, as they were
    row: int = 0
    differing: int = 0  # the row's values other than the record's, kept in notes


@dataclass(frozen=True)
class SheetImportResult:
    file_name: str
    sha256: str
    created: tuple[int, ...]  # captives
    merged: tuple[MergedInto, ...]
    skipped: int
    left_out: int  # rows with errors left out
    deadlines: int
    decisions: dict[int, str] = field(default_factory=dict)
    not_people: int = 0  # rows that are no person (parts' titles, totals): never imported
    uids: Uids = field(default_factory=dict)  # of the rows it wrote: its undo takes only those

    @property
    def merged_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(m.captive_id for m in self.merged))


def decisions_for(preview: SheetPreview, chosen: MappingType[int, str] | None = None, *,
                  on_duplicate: str | None = None, skip_errors: bool = False) -> dict[int, str]:
    """Every row's decision: the ``chosen`` one; else ``create`` for a row without a likely
    duplicate; for one with, ``on_duplicate`` (``merge`` into the best match, ``skip`` or
    ``create``). Raises ValidationError naming the first row left undecided or in error."""
    chosen = dict(chosen or {})
    out: dict[int, str] = {}
    errors = preview.with_errors
    if errors and not skip_errors:
        first = errors[0].errors[0]
        raise ValidationError(msg_n(
            "{count} row of {file} has cells that cannot be read (first: {first}); correct "
            "it or leave it out. Nothing was imported.",
            "{count} rows of {file} have cells that cannot be read (first: {first}); correct "
            "them or leave those rows out. Nothing was imported.",
            len(errors), file=preview.file_name, first=first.message()))
    for row in preview.rows:
        if row.errors or row.values.not_a_person is not None:
            out[row.row] = "skip"
        elif row.row in chosen:
            out[row.row] = _check_decision(preview, row.row, chosen[row.row])
        elif not row.duplicates:
            out[row.row] = "create"
        elif on_duplicate == "merge":
            out[row.row] = row.duplicates[0].decision
        elif on_duplicate in ("skip", "create"):
            out[row.row] = on_duplicate
        else:
            d = row.duplicates[0]
            score = fraction_everywhere(d.score)
            raise ValidationError(msg(
                "row {row} ({label}) may be the same person as {who} (score {score}: "
                "{reasons}); say whether to merge, skip or create it. Nothing was imported.",
                row=row.row, label=row.label, who=_who(d), score=score,
                reasons=match_reasons(d.reasons)))
    return out


def _who(d: Any) -> Message:
    if d.captive_id is not None:
        return d.captive_named
    return msg("row {row} ({label})", row=d.row, label=d.label)


def _check_decision(preview: SheetPreview, row: int, decision: str) -> str:
    kind, _, target = decision.partition(":")
    if decision in ("create", "skip") or (kind in ("merge", "row") and target.isdigit()):
        if kind == "row" and int(target) >= row:
            raise ValidationError(msg(
                "row {row} can only be merged into a row above it, not row {target}.",
                row=row, target=target))
        return decision
    raise ValidationError(msg("“{decision}” is not a decision for row {row} (create, skip, "
                              "merge:CAPTIVE_ID or row:ROW).", decision=decision, row=row))


class _Trial(Exception):
    """Raised at the end of a trial import: its transaction is rolled back."""

    def __init__(self, result: SheetImportResult):
        super().__init__()
        self.result = result


def try_import(services: SheetServices, preview: SheetPreview,
               decisions: MappingType[int, str]) -> SheetImportResult:
    """What :func:`import_rows` would do, every rule checked as it checks them, then rolled
    back: nothing is written. Raises the ValidationError the import would raise."""
    try:
        import_rows(services, preview, decisions, trial=True)
    except _Trial as done:
        return done.result
    raise AssertionError("a trial import is always rolled back")  # pragma: no cover


def import_rows(services: SheetServices, preview: SheetPreview,
                decisions: MappingType[int, str], *, trial: bool = False) -> SheetImportResult:
    """Write the preview's rows as decided, all or nothing (see the module docstring); a
    ``trial`` is rolled back at the end (:func:`try_import`)."""
    ctx = services.ctx
    by_row = {r.row: r for r in preview.rows}
    created: dict[int, int] = {}  # row → captive id
    merged: list[MergedInto] = []
    skipped = left_out = not_people = 0
    with ctx.transaction() as s, services.deadline_engine.reading(s):
        before = s.scalar(select(func.count()).select_from(Deadline)) or 0
        level = default_level("captives", setting=default_level_setting(s))
        todo = []
        for row in preview.rows:
            decision = decisions.get(row.row, "skip")
            if row.values.not_a_person is not None:
                not_people += 1
            elif row.errors:
                left_out += 1
            elif decision == "skip":
                skipped += 1
            else:
                todo.append((row, decision))
        with _row_said(None):
            created = _create_all(s, services, [r for r, d in todo if d == "create"], level)
        for row, decision in todo:
            if decision == "create":
                continue
            with _row_said(row):
                kind, _, target = decision.partition(":")
                captive_id = int(target) if kind == "merge" else _row_target(
                    int(target), by_row, decisions, created)
                merged.append(_merge(s, services, captive_id, row.values,
                                     file=preview.file_name))
        deadlines = (s.scalar(select(func.count()).select_from(Deadline)) or 0) - before
        s.flush()
        result = SheetImportResult(preview.file_name, preview.sha256, tuple(created.values()),
                                   tuple(merged), skipped, left_out, deadlines, dict(decisions),
                                   not_people, _written(s, created.values(), merged))
        audit(s, ctx, AuditAction.CREATE, _SheetImport(str(uuid.uuid4())),
              summary=msg("Spreadsheet import of {file}", file=preview.file_name),
              new={"file": preview.file_name, "sha256": preview.sha256, "sheet": preview.sheet,
                   "rows": len(preview.rows), "created": len(created),
                   "merged": len(merged), "skipped": skipped, "left_out_with_errors": left_out,
                   "not_people": not_people, "computed_deadlines": deadlines})
        s.add(FileEvent(actor=ctx.actor, kind="imported",
                        detail=f"{len(created)} captives from {preview.file_name}"))
        if created:
            announce(s, Changes("captives", AuditAction.CREATE, tuple(created.values()),
                                tuple(created.values())))
        if merged:
            announce(s, Changes("captives", AuditAction.UPDATE, result.merged_ids,
                                result.merged_ids))
        if trial:
            raise _Trial(result)
    return result


def _row_target(row: int, by_row: dict[int, Any], decisions: MappingType[int, str],
                created: dict[int, int]) -> int:
    """The captive a row merged into row ``row`` goes to: the one that row created (or the
    one that row was itself merged into)."""
    seen = set()
    while row not in created:
        decision = decisions.get(row, "skip")
        if row in seen or row not in by_row or decision in ("skip", "create"):
            raise ValidationError(msg("it is to be merged into row {row}, which adds no captive.",
                                      row=row))
        seen.add(row)
        kind, _, target = decision.partition(":")
        if kind == "merge":
            return int(target)
        row = int(target)
    return created[row]


class _RowProblem(Exception):
    def __init__(self, row: Any, error: Exception):
        super().__init__(str(error))
        self.row, self.error = row, error


@contextmanager
def _row_said(row: Any) -> Iterator[None]:
    """A rule broken while writing a row, said with the row (and that nothing was written)."""
    try:
        yield
    except _RowProblem as exc:
        row, error = exc.row, exc.error
        raise ValidationError(msg("row {row} ({label}): {error} Nothing was imported.",
                                  row=row.row, label=row.label, error=_said(error)),
                              field=getattr(error, "field", None)) from None
    except (ValidationError, NotFound) as exc:
        if row is None:
            raise
        raise ValidationError(msg("row {row} ({label}): {error} Nothing was imported.",
                                  row=row.row, label=row.label, error=_said(exc)),
                              field=getattr(exc, "field", None)) from None


def _said(error: Exception) -> object:
    """An error as a message keeps it (shown in the user's language), else its text."""
    return error.message if isinstance(error, CaseAppError) else str(error)


def _checked(s: Session, svc: Any, obj: Any, fields: dict[str, Any]) -> None:
    """The record filled and checked by its service's rules, not yet flushed (the rows are
    flushed together: one flush per row would make a large sheet slow)."""
    with s.no_autoflush:
        svc.apply(s, obj, fields)
        svc._check_required(obj)
        svc.validate(s, obj)


# The rows created together: checked, written and then let go of, so that an import (or its
# trial) holds the records of one chunk at a time, never those of a whole sheet (a 10 MB
# list of 61,000 captives held them all and peaked at 1.2 GB). Large enough that each table
# is still written in a few statements a chunk.
CHUNK_ROWS = 500


def _create_all(s: Session, services: SheetServices, rows: list[Any], level: Any
                ) -> dict[int, int]:
    """The captives of the rows to create, with their stays and notes; row → captive id.
    Written :data:`CHUNK_ROWS` rows at a time, each chunk's records taken out of the session
    once written (the transaction still holds them: a rollback undoes every chunk)."""
    created: dict[int, int] = {}
    tags: dict[str, Any] = {}  # a new tag made once, kept across the chunks
    for start in range(0, len(rows), CHUNK_ROWS):
        known = set(s.identity_map.keys())
        created.update(_create_chunk(s, services, rows[start:start + CHUNK_ROWS], level, tags))
        _let_go(s, known, tags)
    return created


def _let_go(s: Session, known: set[Any], tags: dict[str, Any]) -> None:
    """Take out of the session what it took in since ``known`` (a chunk's records, all
    written), except the tags, which the next rows may use again."""
    kept = {id(t) for t in tags.values()}
    for state in s.identity_map.all_states():
        obj = state.obj()
        if state.key not in known and obj is not None and id(obj) not in kept and obj in s:
            s.expunge(obj)


def _create_chunk(s: Session, services: SheetServices, rows: list[Any], level: Any,
                  tags: dict[str, Any]) -> dict[int, int]:
    objects: list[tuple[Any, Captive]] = []
    for row in rows:
        obj = Captive()
        s.add(obj)
        try:
            _checked(s, services.captives, obj, {**captive_fields(row.values), "sensitivity": level})
        except (ValidationError, NotFound) as exc:
            raise _RowProblem(row, exc) from None
        chosen = []
        for tag in obj.tags:  # a new tag made once: a second row's copy leaves the session
            kept = tags.setdefault(tag.name, tag)
            if kept is not tag and tag.id is None and tag in s:
                s.expunge(tag)
            chosen.append(kept)
        obj.tags = chosen
        objects.append((row, obj))
    s.flush()
    hook = services.captives.after_write
    engine = services.deadline_engine
    for row, obj in objects:  # the deadlines first: nothing else pending, no autoflush
        try:
            # A new captive has no deadlines yet: the engine need only be called (and look
            # for earlier ones) for a captive whose record sets some off.
            if hook is not None and (hook != engine.on_written
                                     or any(engine.events_of("captives", obj).values())):
                hook(s, obj)
        except (ValidationError, NotFound) as exc:
            raise _RowProblem(row, exc) from None
    added: list[tuple[Captive, list[tuple[str, Any]]]] = []
    for row, obj in objects:
        try:
            added.append((obj, _add_place_and_notes(s, services, obj, row.values, [],
                                                    flush=False)))
        except (ValidationError, NotFound) as exc:
            raise _RowProblem(row, exc) from None
    s.flush()
    for obj, records in added:  # each in the captive's history, as if entered by hand
        services.captives.audit_added(s, obj)
        _audit_added(s, services, records)
    s.flush()  # (the entries written before the chunk leaves the session)
    return {row.row: int(obj.id) for row, obj in objects}


def _audit_added(s: Session, services: SheetServices, records: list[tuple[str, Any]]) -> None:
    """The entries of a stay and notes a row added (written: their uids are set)."""
    for table, record in records:
        (services.detention_places if table == "detention_places" else services.notes
         ).audit_added(s, record)


def _add_place_and_notes(s: Session, services: SheetServices, obj: Captive, values: RowValues,
                         records: list[tuple[str, int]], *, flush: bool = True
                         ) -> list[tuple[str, Any]]:
    """The stay and notes of a row added to the captive ``obj`` (table, record); written
    (``flush``), their ids put in ``records`` and their audit entries made."""
    capture: PartialDate | None = values.values.get("capture")
    place = values.values.get("place")
    notes: list[str | Message] = list(values.notes)
    added: list[tuple[str, Any]] = []
    if place and capture is not None:
        stay = DetentionPlace(captive_id=obj.id)
        s.add(stay)
        _checked(s, services.detention_places, stay, {
            "captive_id": obj.id, "facility": place, "from_date": capture.earliest,
            # never below the captive's, as a stay added in the window starts
            "sensitivity": default_level("detention_places", setting=default_level_setting(s),
                                         parents=(obj.sensitivity,))})
        added.append(("detention_places", stay))
    elif place:
        # CaseApp's sentences are stored as messages, read in each reader's language.
        notes.insert(0, msg("Place of detention (from the spreadsheet; since when is not "
                            "known): {place}", place=place))
    for text in notes:
        note = Note(captive_id=obj.id)
        s.add(note)
        _checked(s, services.notes, note, {
            "captive_id": obj.id, "title": msg("From the spreadsheet"), "body": text,
            "written_at": datetime.now(UTC).replace(microsecond=0),
            "sensitivity": default_level("notes")})
        added.append(("notes", note))
    if flush:
        s.flush()
        records.extend((table, int(record.id)) for table, record in added)
        _audit_added(s, services, added)
    return added


def _merge(s: Session, services: SheetServices, captive_id: int, values: RowValues, *,
           file: str) -> MergedInto:
    obj = s.get(Captive, captive_id)
    if obj is None:
        raise NotFound(msg("There is no captive with ID {record_id}.", record_id=captive_id))
    was = services.captives.audited_values(obj)  # (the history says what the row changed)
    # A spelling is new unless one in the same script reads the same (a Latin spelling of
    # an Armenian name is kept: it is how the name is written in Latin letters).
    known = {(n.script, tuple(search_keys(n.full_name))) for n in obj.names}
    scripts = {n.script for n in obj.names}
    new_names = []
    for name, language in values.names:
        script = detect_script(name)
        if (script, tuple(search_keys(name))) in known:
            continue
        kind = NameKind.ALIAS if script in scripts else NameKind.TRANSLITERATION
        new_names.append(CaptiveName(full_name=name, script=script, language=language,
                                     kind=kind, is_primary=False))
        known.add((script, tuple(search_keys(name))))
    obj.names.extend(new_names)
    before: dict[str, Any] = {}
    fill: dict[str, Any] = {}
    other: list[Message] = []  # the row's values the record holds otherwise: in notes
    for key in _FILLABLE:
        if key not in values.values:
            continue
        current = _current(obj, key)
        if current in (None, "", Sex.UNKNOWN):
            before[key] = current
            fill[key] = values.values[key]
        elif differs(current, values.values[key]):
            other.append(other_value_note(key, current, values.values[key], file=file,
                                          row=values.row))
    values = replace(values, notes=(*values.notes, *other))
    tags = sorted({t.name for t in obj.tags} | set(values.tags))
    if len(tags) != len(obj.tags):
        before["tags"] = [t.name for t in obj.tags]
        fill["tags"] = tags
    status = values.values.get("status")
    changes = len(obj.status_changes)
    if status is not None and status != obj.status:  # the sheet's news: a status change
        before["status"], before["status_since"] = obj.status, obj.status_since
        fill["status"] = status
        # The sheet's date of it, else none: not the day of the import, which nobody stated
        # (a release "today" would end custody and settle deadlines on a day never given).
        since = values.values.get("status_since")
        fill["status_since"] = since if since is not None else NO_STATUS_DATE
        # an older sheet's status dated before the captive's: a line of the history only
        fill["status_by_date"] = True
    services.captives._apply_and_check(s, obj, fill)
    s.flush()
    services.captives.audit_changed(s, obj, was)
    records: list[tuple[str, int]] = [("status_changes", int(c.id))
                                      for c in obj.status_changes[changes:]]
    has_stay = s.scalar(select(DetentionPlace.id).where(DetentionPlace.captive_id == obj.id)
                        .limit(1)) is not None
    recorded = _current(obj, "capture")
    if recorded is not None and values.values.get("capture") is not None:
        # The stay begins at the capture the captive has (the row's may be only its year).
        values = replace(values, values={**values.values, "capture": recorded})
    if has_stay and values.values.get("place"):
        values = RowValues(values.row, values.names,
                           {k: v for k, v in values.values.items() if k != "place"},
                           (*values.notes, msg("Place of detention (from the spreadsheet): "
                                               "{place}", place=values.values["place"])),
                           values.tags)
    _add_place_and_notes(s, services, obj, values, records)
    return MergedInto(obj.id, tuple(n.id for n in new_names), tuple(records), before,
                      values.row, len(other))


def _current(obj: Captive, key: str) -> Any:
    if key in ("birth", "capture"):
        value = getattr(obj, f"{key}_date")
        return PartialDate(value, getattr(obj, f"{key}_date_precision")) if value else None
    return getattr(obj, key)


def _written(s: Session, created: Iterable[int], merged: list[MergedInto]
             ) -> dict[tuple[str, int], str]:
    """The uids of the captives an import created or added to and of what it added."""
    return uids_of(s, [*((Captive, cid) for cid in created),
                       *((Captive, m.captive_id) for m in merged),
                       *((CaptiveName, nid) for m in merged for nid in m.names),
                       *((_MODELS[table], rid) for m in merged for table, rid in m.records)])
