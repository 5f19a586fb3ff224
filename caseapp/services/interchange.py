"""The JSON interchange format: the whole case file in one file, and back.

Records are identified by their ``uid``; a reference to another record is written as
``<name>_uid`` (``captive_uid``) in place of the local ``<name>_id``. Tags are named by
their name. Binary content (documents, photos) is base64. Rows keep their order, so an
export imported into an empty case file exports again to the same ``tables``.
The case settings (procedure, warning periods, custody maxima, default level, the lawyer's
details) travel in ``case_settings``; an import applies those the case file has not set
itself, before its records, so that their deadlines follow them. See docs/json-format.md.
Each table's rows are read and inserted by :mod:`caseapp.services.interchange_rows`, the
settings applied by :mod:`caseapp.services.interchange_settings`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from caseapp.db import audit_chain, postgres, search
from caseapp.db.models import FileEvent
from caseapp.domain.dto import Changes, ImportReport
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg, quoted_each
from caseapp.domain.redaction import strictest
from caseapp.services import row_validation as rv
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce, default_level_setting
from caseapp.services.collector import collector_paused
from caseapp.services.interchange_differ import differing
from caseapp.services.interchange_export import (  # noqa: F401 (the module's API)
    FORMAT,
    FORMAT_VERSION,
    NOT_EXPORTED,
    TABLES,
    _key_column,
    _table,
    export_data,
    export_json,
    exported_settings,
    uid_columns,
)
from caseapp.services.interchange_file import parse_export, read_bytes
from caseapp.services.interchange_rows import TableImport
from caseapp.services.interchange_rules import (
    Added,
    check_deadline_triggers,
    check_records,
    named,
    set_off_deadlines,
)
from caseapp.services.interchange_settings import apply_settings
from caseapp.services.reading_level import reading_level
from caseapp.services.records import RecordService
from caseapp.services.sheet_duplicates import look_alikes

# ---- import ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _ImportEvent:
    """What the import's audit entry is about (the import itself, not one record)."""

    uid: str
    __tablename__: ClassVar[str] = "imports"


def _refuse_shared_uids(imports: Mapping[str, TableImport]) -> None:
    """Refuse a record added whose uid a record of another table has (in the file or the
    case file): a uid names one record, and a deadline takes the level of the record its
    trigger's uid names: an internal order sharing its uid with a shareable proceeding had
    its deadlines printed at shareable. (One pass in C when no two tables share a uid.)"""
    keyed = {n: t for n, t in imports.items() if t.has_id and _key_column(t.table) == "uid"}
    owner: dict[Any, str] = {}
    for name, t in keyed.items():
        owner.update(dict.fromkeys(t.ids[name], name))
    if len(owner) == sum(len(t.ids[n]) for n, t in keyed.items()):
        return
    for name, t in keyed.items():
        for _new_id, where in t.added:
            other = next((o for o in keyed if o != name and where[1] in t.ids[o]), None)
            if other is not None:
                raise rv.RecordProblem(name, named(where), "uid", msg(
                    "is also the uid of a record of {table} (in the file or the case file): "
                    "each record needs a uid of its own", table=other))

def _one_primary_name(conn: Connection, names: TableImport) -> None:
    """Each captive the import gives names to has one primary name, as when entered by hand:
    several are refused (two headlines for one captive: the lists took one, the deadlines
    list another and showed each deadline once per primary name), naming the captive and the
    names; none (a new captive whose names are all marked not primary) makes the first of its
    names in the file the primary one. Read in a query per 500 captives."""
    where_of = {i: where for i, where in names.added if i}
    if not where_of:
        return
    t, captives = names.table, _table("captives")
    added = sorted(where_of)
    touched: set[int] = set()
    for start in range(0, len(added), 500):
        touched.update(conn.execute(select(t.c.captive_id).where(
            t.c.id.in_(added[start:start + 500]))).scalars())
    ordered = sorted(touched)
    first_names: list[int] = []
    for start in range(0, len(ordered), 500):
        rows = conn.execute(
            select(t.c.id, t.c.captive_id, t.c.full_name, t.c.is_primary, captives.c.uid)
            .join(captives, captives.c.id == t.c.captive_id)
            .where(t.c.captive_id.in_(ordered[start:start + 500]))
            .order_by(t.c.captive_id, t.c.id)).all()
        by_captive: dict[int, list[Any]] = {}
        for row in rows:
            by_captive.setdefault(row.captive_id, []).append(row)
        for spellings in by_captive.values():
            primary = [r for r in spellings if r.is_primary]
            if not primary:
                first_names.append(spellings[0].id)
            elif len(primary) > 1:
                second = next((r for r in primary[1:] if r.id in where_of), None)
                if second is None:  # the case file's own names, not the file's: not refused here
                    continue
                raise rv.RecordProblem("captive_names", named(where_of[second.id]), "is_primary", msg(
                    "captive {uid} would have several primary names ({names}): a captive has "
                    "one primary name; mark only one of them primary in the file",
                    uid=spellings[0].uid, names=quoted_each(rv.one_line(r.full_name)
                                                            for r in primary)))
    for start in range(0, len(first_names), 500):
        conn.execute(update(t).where(t.c.id.in_(first_names[start:start + 500]))
                     .values(is_primary=True))


@dataclass(frozen=True)
class AddedRows:
    """What :func:`add_rows_in` added: counts by table, the records loaded (checked, their
    deadlines set off) and the number of deadlines computed for them."""

    added: dict[str, int]
    skipped: dict[str, int]
    repeated: dict[str, list[tuple[int, int]]]  # records given twice: (record, earlier one)
    defaulted: dict[str, int]
    computed: int
    objects: dict[str, list[Added]]
    ids: dict[str, list[int]]  # the ids the added records got, by table
    # Open deadlines counting from a record neither in the file nor in the case file, kept
    # as set by hand: "“title” (uid …), due YYYY-MM-DD" each.
    kept_by_hand: tuple[str, ...] = ()
    # uids of the records skipped, the case file holding them already, by table
    skipped_uids: dict[str, set[str]] = field(default_factory=dict)


def add_rows_in(session: Session, tables: Mapping[str, list[dict[str, Any]]],
                by_table: Mapping[str, RecordService[Any, Any]], *,
                set_off: bool = True, setting: Sensitivity | None = None) -> AddedRows:
    """Add the rows of ``tables`` (export form) that the case file lacks, inside the caller's
    transaction: each checked by its service's rules and setting off its deadlines (unless
    ``set_off`` is false: the deadlines are those the rows give, none computed). Rows whose
    uid is present are skipped. The caller extends the audit chain and the search index
    (:func:`caseapp.db.search.refresh` with the ids added). ``setting``: the level a fact
    of an older export without a level gets (the case file's level for new facts)."""
    conn = session.connection()
    ids: dict[str, dict[Any, int]] = {}
    imports: dict[str, TableImport] = {}
    for name in TABLES:
        rows = tables.get(name, [])
        imports[name] = TableImport(conn, name, ids, len(rows), setting)
        for index, row in enumerate(rows, start=1):
            imports[name].add(index, row)
        imports[name].insert_pending()
    _refuse_shared_uids(imports)
    _one_primary_name(conn, imports["captive_names"])
    objects = check_records(session, {n: t.added for n, t in imports.items()}, by_table)
    orphans = check_deadline_triggers(session, objects.get("deadlines", []))
    count = select(func.count()).select_from(_table("deadlines"))
    before = conn.execute(count).scalar_one()
    if set_off:
        set_off_deadlines(session, objects, by_table)
    return AddedRows(
        added={n: len(t.added) for n, t in imports.items() if t.added},
        skipped={n: t.skipped for n, t in imports.items() if t.skipped},
        repeated={n: t.repeated for n, t in imports.items() if t.repeated},
        defaulted={n: t.defaulted for n, t in imports.items() if t.defaulted},
        computed=conn.execute(count).scalar_one() - before, objects=objects,
        ids={n: [i for i, _ in t.added if i] for n, t in imports.items() if t.added},
        kept_by_hand=tuple(f"“{rv.one_line(d.title)}” (uid {d.uid}), {d.due_on.isoformat()}"
                           for d in orphans),
        skipped_uids={n: t.skipped_uids for n, t in imports.items() if t.skipped_uids})


def _level_for_facts(session: Session, data: dict[str, Any]) -> Sensitivity | None:
    """The level a fact of the file without one gets: the stricter of the level for new
    facts the file says (its ``default_level``) and the case file's own (as the settings
    left it), so that a record is never more open than either says."""
    said = [item.get("value") for item in data.get("case_settings") or ()
            if isinstance(item, dict) and item.get("key") == "default_level"
            and not item.get("scope")]
    levels = [Sensitivity(v) for v in said if v in {level.value for level in Sensitivity}]
    own = default_level_setting(session)
    if own is not None:
        levels.append(own)
    return strictest(*levels) if levels else None


def row_values(conn: Connection, name: str, row: dict[str, Any], record: str
               ) -> dict[str, Any]:
    """One row of the file (export form) as the column values of table ``name``: decoded,
    checked against its columns, references by uid turned into local IDs (a
    :class:`~caseapp.services.row_validation.RecordProblem` says what is wrong)."""
    return TableImport(conn, name, {}).values_with_ids(row, record)


def import_data(ctx: ServiceContext, data: dict[str, Any], *, source: str = "",
                sha256: str = "", services: object | None = None,
                set_off: bool = True) -> ImportReport:
    """Add the records of ``data`` that the case file lacks, in one transaction.

    Records whose uid is already present are skipped (so importing twice adds nothing).
    Every added record is checked by the rules its service applies (``services``: the
    case file whose record services to use) and sets off its deadlines as if entered by
    hand (not with ``set_off`` false: a travel copy holds the deadlines it was given).
    Any bad record stops the import and leaves the case file as it was.
    """
    by_table = rv.record_services(services) if services is not None else {}
    read_at = _read_at_level(data)
    with collector_paused(), ctx.transaction() as session:
        conn = session.connection()
        chain_after, chain_prev, anchored = audit_chain.tail_and_count(conn)
        applied, kept = apply_settings(session, ctx, services, data.get("case_settings", []))
        rows = add_rows_in(session, data["tables"], by_table, set_off=set_off,
                           setting=_level_for_facts(session, data))
        # The entries the deadline hooks wrote go into the table first, so that the chain
        # made over every new entry takes them in; the tail they left is then out of date.
        session.flush()
        audit_chain.extend(conn, chain_after, chain_prev, anchored)
        session.info.pop("audit_tail", None)
        added, skipped, computed = rows.added, rows.skipped, rows.computed
        search.refresh(conn, rows.ids)
        alike = look_alikes(session, rows.ids.get("captives", ()),
                            reading_level(session, ctx))
        defaulted = rows.defaulted
        objects = rows.objects
        file_name = _name_of(source) if source else "a JSON export"
        audit(session, ctx, AuditAction.CREATE, _ImportEvent(str(uuid.uuid4())),
              summary=(msg("Import of {file}", file=file_name) if source
                       else msg("Import of a JSON export")),
              new={"file": file_name, "sha256": sha256, "added": added, "skipped": skipped,
                   "computed_deadlines": computed, "levels_defaulted": defaulted,
                   "settings_applied": applied})
        session.add(FileEvent(actor=ctx.actor, kind="imported",
                              detail=f"{sum(added.values())} records from {file_name}"))
        for name, pairs in objects.items():
            announce(session, Changes(name, AuditAction.CREATE, tuple(o.id for o, _ in pairs)))
    postgres.refresh_statistics(ctx.db.engine)
    # Records the case file held already, that the file gives otherwise: left, and said
    # (compared as read at the export's level: what the level left out is no difference).
    other = differing(data["tables"], rows.skipped_uids,
                      export_data(ctx, read_at)["tables"]) if rows.skipped_uids else []
    return ImportReport(added=added, skipped=skipped, repeated=rows.repeated,
                        computed_deadlines=computed,
                        levels_defaulted=defaulted, settings_applied=tuple(applied),
                        settings_kept=tuple(kept), look_alikes=alike,
                        kept_by_hand=rows.kept_by_hand, read_at_level=read_at,
                        differing=tuple(d.line() for d in other))


def _read_at_level(data: dict[str, Any]) -> Sensitivity | None:
    """The level the export says it was read at (None: a whole copy); a value that is no
    level is refused, naming it, before anything is added."""
    value = data.get("read_at_level")
    if value is None:
        return None
    try:
        return Sensitivity(value)
    except (ValueError, TypeError):
        raise ValidationError(msg("The export's “read_at_level” is “{value}”, which is no "
                                  "level (public, shareable or internal); nothing was imported.",
                                  value=str(value)[:40]), field="read_at_level") from None


def _name_of(source: str) -> str:
    """The file's name as the audit log keeps it: a name that is not UTF-8 (a Cyrillic name
    in a Windows code page, from a USB stick or a ZIP file) has its undecodable bytes, which
    Python holds as lone surrogates that no database stores, shown as U+FFFD."""
    name = Path(source).name
    return name if name.isascii() else name.encode("utf-8", "surrogateescape").decode(
        "utf-8", "replace")


def import_json(ctx: ServiceContext, path: Path | str, *,
                services: object | None = None) -> ImportReport:
    raw = read_bytes(path)
    with collector_paused():
        data = parse_export(raw, path)
        try:
            return import_data(ctx, data, source=str(path),
                               sha256=hashlib.sha256(raw).hexdigest(), services=services)
        except rv.UnreadableReference as exc:  # (kept what it is: the command line adds to it)
            raise rv.UnreadableReference(exc.table, exc.record) from None
        except ValidationError as exc:
            raise ValidationError(exc.message, field=exc.field) from None

