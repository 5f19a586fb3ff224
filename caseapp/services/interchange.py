"""The JSON interchange format: the whole case file in one file, and back.

Records are identified by their ``uid``; a reference to another record is written as
``<name>_uid`` (``captive_uid``) in place of the local ``<name>_id``. Tags are named by
their name. Binary content (documents, photos) is base64. Rows keep their order, so an
export imported into an empty case file exports again to the same ``tables``.
The case settings (procedure, warning periods, custody maxima, default level, the lawyer's
details) travel in ``case_settings``; an import applies those the case file has not set
itself, before its records, so that their deadlines follow them. See docs/json-format.md.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from caseapp.db import audit_chain, postgres, search
from caseapp.db.models import FileEvent
from caseapp.domain.dates import computed_expiry, expiry_source_of_older
from caseapp.domain.dto import Changes, ImportReport
from caseapp.domain.enums import AuditAction, ExpirySource, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import NOTE_FIELDS, default_level
from caseapp.services import row_validation as rv
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce
from caseapp.services.collector import collector_paused
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
from caseapp.services.interchange_insert import insert_rows
from caseapp.services.interchange_rules import (
    Added,
    Where,
    check_deadline_triggers,
    check_records,
    named,
    set_off_deadlines,
)
from caseapp.services.interchange_values import Unsure, checked, reader, storable
from caseapp.services.reading_level import reading_level
from caseapp.services.records import RecordService
from caseapp.services.setting_values import STAGES, charge_scope
from caseapp.services.settings import REGISTRY, CaseSettingsService, read_settings
from caseapp.services.sheet_duplicates import look_alikes

# ---- import ---------------------------------------------------------------------------

def _existing_keys(conn: Connection, table: Table) -> dict[Any, int]:
    key = _key_column(table)
    return {k: i for k, i in conn.execute(select(table.c[key], table.c.id))}


def _content(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def free_ids(conn: Connection, table: Table, count: int) -> Iterator[int]:
    """Ids for up to ``count`` new rows of ``table`` that no row has or had: on SQLite
    those after the largest (and after the last handed out, for a table that never reuses
    them); on PostgreSQL reserved from the table's sequence in one statement."""
    name = table.name
    if conn.dialect.name == "postgresql":
        reserved = conn.execute(text(
            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": name, "n": max(count, 1)}).scalars().all()
        return iter(sorted(reserved))
    last = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    if conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first():
        seq = conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?",
                                   (name,)).scalar()
        last = max(last, seq or 0)
    return itertools.count(last + 1)


@dataclass(frozen=True)
class _ImportEvent:
    """What the import's audit entry is about (the import itself, not one record)."""

    uid: str
    __tablename__: ClassVar[str] = "imports"


class _TableImport:
    """The rows of one table of the file, added to the case file (Core inserts)."""

    def __init__(self, conn: Connection, name: str, ids: dict[str, dict[Any, int]],
                 expected: int = 1):
        self.conn, self.name, self.ids = conn, name, ids
        self.expected = expected  # how many records the file holds at most
        self.table = _table(name)
        refs = uid_columns(self.table)
        self.refs = {ref_name: (col, target) for col, (ref_name, target) in refs.items()}
        self.allowed = ({c.key for c in self.table.c if c.key != "id" and c.key not in refs}
                        - NOT_EXPORTED.get(name, frozenset())) | set(self.refs)
        # Each column given by the file, with its fast reader (see interchange_values).
        self.readers = [(c.key, c, reader(c)) for c in self.table.c if c.key in self.allowed]
        # Columns a record must give (no default fills them in), and references it may not
        # leave empty.
        self.required = {c.key for c in self.table.c if c.key != "id" and not c.nullable
                         and (c.default is None or c.key == "uid")}
        self.required_refs = [col for col, _target in self.refs.values()
                              if not self.table.c[col].nullable]
        self.has_id = "id" in self.table.c
        if self.has_id:
            ids[name] = _existing_keys(conn, self.table)
        else:
            self.present = {tuple(r) for r in conn.execute(select(*self.table.primary_key.columns))}
        # key in the file → (record number, the record as the file has it)
        self.seen: dict[Any, tuple[int, dict[str, Any]]] = {}
        self.added: list[tuple[int, Where]] = []  # (new id, where) of each record added
        self.pending: list[tuple[dict[str, Any], Where]] = []  # (values, where) to insert
        self.new_ids: Iterator[int] | None = None
        self.skipped = 0
        # (record number, the earlier one it repeats) of records given twice, the same content
        self.repeated: list[tuple[int, int]] = []
        self.defaulted = 0  # records of an older export that came without a level

    def values(self, row: dict[str, Any], record: str | Message) -> dict[str, Any]:
        if not self.allowed.issuperset(row):
            extra = sorted(set(row) - self.allowed)
            raise rv.RecordProblem(self.name, record, None,
                                   msg("unknown field {field}", field=rv.quoted(extra[0])))
        values: dict[str, Any] = {}
        for file_name, (col, target) in self.refs.items():
            ref = row.get(file_name)
            if ref is None:
                values[col] = None
                continue
            local = self.ids.get(target.name, {}).get(ref) if isinstance(ref, str) else None
            if local is None:
                raise rv.RecordProblem(
                    self.name, record, file_name,
                    msg("refers to a record of {table} ({ref}) that is not in the file",
                        table=target.name, ref=rv.short(ref)))
            values[col] = local
        for key, column, read in self.readers:
            if key not in row:
                continue
            if read is not None:
                try:
                    values[key] = read(row[key])
                    continue
                except Unsure:  # not plainly right: the full check decides, and says why
                    pass
            # (The full check refuses a null in a column that does not allow it.)
            values[key] = checked(self.name, record, column, row[key])
        _default_level_of_old_row(self.name, self.table, values)
        _expiry_source_of_old_order(self.name, values)
        if not self.required.issubset(values):
            missing = next(c.key for c in self.table.c
                           if c.key in self.required and c.key not in values)
            raise rv.RecordProblem(self.name, record, None,
                                   msg("“{field}” is missing", field=missing))
        for col in self.required_refs:
            if values[col] is None:
                raise rv.RecordProblem(self.name, record, col, msg("is required"))
        return values

    def values_with_ids(self, row: dict[str, Any], record: str | Message) -> dict[str, Any]:
        """:meth:`values`, every table it refers to read first (a row on its own)."""
        for _file_name, (_col, target) in self.refs.items():
            if target.name not in self.ids:
                self.ids[target.name] = _existing_keys(self.conn, target)
        return self.values(row, record)

    def _values_of(self, row: dict[str, Any], where: Where) -> dict[str, Any]:
        """:meth:`values`; a record refused is checked again with the label naming it (the
        same check: the label is made only for the record that needs one)."""
        try:
            return self.values(row, "")
        except rv.RecordProblem:
            return self.values(row, named(where))

    def add(self, index: int, row: dict[str, Any]) -> None:
        key_name = _key_column(self.table) if self.has_id else None
        raw_key = row.get(key_name) if key_name else None
        where = (index, raw_key)
        no_level = "sensitivity" in self.table.c and row.get("sensitivity") is None
        values = self._values_of(row, where)
        if not self.has_id:
            pk = tuple(values[c.key] for c in self.table.primary_key.columns)
            if pk in self.present:
                self.skipped += 1
                return
            self.pending.append((values, where))
            self.present.add(pk)
            self.added.append((0, where))
            self.defaulted += no_level
            return
        key = values[key_name]  # type: ignore[index]
        if not key:
            raise rv.RecordProblem(self.name, named(where), key_name, msg("is empty"))
        if key in self.seen:
            first, first_row = self.seen[key]
            if _content(first_row) != _content(row):
                raise rv.RecordProblem(
                    self.name, named(where), key_name,
                    msg("appears twice in the file (also record {first}) with different content",
                        first=first))
            self.repeated.append((index, first))  # added once; said, not counted as present
            return
        self.seen[key] = (index, row)
        if key in self.ids[self.name]:
            self.skipped += 1
            return
        if self.new_ids is None:
            self.new_ids = free_ids(self.conn, self.table, self.expected)
        new_id = next(self.new_ids)
        values["id"] = new_id
        self.pending.append((values, where))
        self.ids[self.name][key] = new_id
        self.added.append((new_id, where))
        self.defaulted += no_level

    def insert_pending(self) -> None:
        """Insert the records added since the last call: one statement per table (per set of
        columns given), their ids assigned up front. A record the database refuses is named;
        the import stops there."""
        groups: dict[tuple[str, ...], list[tuple[dict[str, Any], Where]]] = {}
        for values, where in self.pending:
            groups.setdefault(tuple(values), []).append((values, where))
        self.pending = []
        for group in groups.values():
            try:
                with self.conn.begin_nested():
                    insert_rows(self.conn, self.table, [v for v, _ in group])
            except IntegrityError:
                self._insert_one_by_one(group)

    def _insert_one_by_one(self, group: list[tuple[dict[str, Any], Where]]) -> None:
        """Insert ``group`` record by record, to name the one the database refuses."""
        for values, where in group:
            try:
                with self.conn.begin_nested():
                    self.conn.execute(insert(self.table).values(values))
            except IntegrityError as exc:
                key = _key_column(self.table) if self.has_id else None
                if key is not None and _taken(exc, self.table.name, key):
                    # A record this login cannot see (a team server's row above its clearance,
                    # or one another member added meanwhile) holds the key: present, unseen.
                    raise rv.RecordProblem(self.name, named(where), key, msg(
                        "is already in the case file, in a record your login cannot see (one "
                        "above your clearance, or one added by someone else meanwhile); nothing "
                        "was imported")) from None
                raise rv.RecordProblem(
                    self.name, named(where), None,
                    msg("cannot be stored ({error})", error=rv.short(str(exc.orig))[1:-1])) from None


def _taken(exc: IntegrityError, table: str, key: str) -> bool:
    """Whether ``exc`` is the database refusing a second row with the same ``key`` (the
    unique constraint the naming convention calls ``uq_<table>_<key>``)."""
    diag = getattr(exc.orig, "diag", None)  # PostgreSQL names the constraint
    if diag is not None:
        return getattr(diag, "constraint_name", None) == f"uq_{table}_{key}"
    return str(exc.orig) == f"UNIQUE constraint failed: {table}.{key}"  # SQLite



def _refuse_shared_uids(imports: Mapping[str, _TableImport]) -> None:
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

def _one_primary_name(conn: Connection, names: _TableImport) -> None:
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
                    uid=spellings[0].uid, names=", ".join(f"“{rv.one_line(r.full_name)}”"
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


def add_rows_in(session: Session, tables: Mapping[str, list[dict[str, Any]]],
                by_table: Mapping[str, RecordService[Any, Any]], *,
                set_off: bool = True) -> AddedRows:
    """Add the rows of ``tables`` (export form) that the case file lacks, inside the caller's
    transaction: each checked by its service's rules and setting off its deadlines (unless
    ``set_off`` is false: the deadlines are those the rows give, none computed). Rows whose
    uid is present are skipped. The caller extends the audit chain and the search index
    (:func:`caseapp.db.search.refresh` with the ids added)."""
    conn = session.connection()
    ids: dict[str, dict[Any, int]] = {}
    imports: dict[str, _TableImport] = {}
    for name in TABLES:
        rows = tables.get(name, [])
        imports[name] = _TableImport(conn, name, ids, len(rows))
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
                           for d in orphans))


def row_values(conn: Connection, name: str, row: dict[str, Any], record: str
               ) -> dict[str, Any]:
    """One row of the file (export form) as the column values of table ``name``: decoded,
    checked against its columns, references by uid turned into local IDs (a
    :class:`~caseapp.services.row_validation.RecordProblem` says what is wrong)."""
    return _TableImport(conn, name, {}).values_with_ids(row, record)


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
        applied, kept = _apply_settings(session, ctx, services, data.get("case_settings", []))
        rows = add_rows_in(session, data["tables"], by_table, set_off=set_off)
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
    return ImportReport(added=added, skipped=skipped, repeated=rows.repeated,
                        computed_deadlines=computed,
                        levels_defaulted=defaulted, settings_applied=tuple(applied),
                        settings_kept=tuple(kept), look_alikes=alike,
                        kept_by_hand=rows.kept_by_hand, read_at_level=read_at)


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

def _apply_settings(session: Session, ctx: ServiceContext, services: object | None,
                    items: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The export's case settings, where this case file holds no value of its own (a new
    file takes the procedure and lawyer it was exported with); where it does and they
    differ, this file's value is kept and said. Returns ("key = value" applied, lines kept).
    A setting this CaseApp does not know or a value it refuses is kept out and said."""
    settings = getattr(services, "settings", None)
    if not isinstance(settings, CaseSettingsService):
        settings = CaseSettingsService(ctx)
    current = read_settings(session)
    stored = {(k, sc): v for k, sc, v in current.stored}
    apply: list[tuple[str, str, Any]] = []
    kept: list[str] = []
    for item in items:
        key, scope, value = item["key"], item.get("scope", ""), item.get("value")
        st = REGISTRY.get(key)
        if st is None or (scope and not st.scoped):
            kept.append(str(msg("the export's setting {key} is not known here; left out",
                                key=rv.quoted(key))))
            continue
        if not _scope_known(scope):
            kept.append(str(msg("the export's {key} for {scope} was left out (not a captive, "
                                "a charge's article or a stage)", key=key,
                                scope=rv.quoted(scope))))
            continue
        try:
            value = st.parse(value)
        except ValueError as exc:
            kept.append(str(msg("the export's {key} {value} was left out ({error})",
                                key=key, value=rv.short(value), error=str(exc))))
            continue
        if (key, scope) in stored:
            if stored[(key, scope)] != value:
                named = " ".join((key, *([f"({scope})"] if scope else [])))
                kept.append(str(msg(
                    "{key}: this case file keeps {kept}, the export has {value}", key=named,
                    kept=rv.short(stored[(key, scope)]), value=rv.short(value))))
            continue
        if value != (None if scope else st.default):
            apply.append((key, scope, value))
    settings.write_in(session, apply)
    return [f"{k}{f' ({sc})' if sc else ''} = {rv.short(v)}" for k, sc, v in apply], kept



def _scope_known(scope: str) -> bool:
    """Whether an export's setting scope is one CaseApp writes: none (the whole file),
    ``captive:<uid>``, ``charge:<article>`` as ``--charge`` writes it, or ``stage:<status>``
    (anything else was stored as it was, and a lone surrogate stopped the import)."""
    if not scope:
        return True
    kind, _, target = scope.partition(":")
    if not target or not storable(target):
        return False
    if kind == "charge":
        return charge_scope(target) == target
    return kind == "captive" or (kind == "stage" and target in STAGES)

def _default_level_of_old_row(name: str, table: Table, values: dict[str, Any]) -> bool:
    """Give a row of an older export that has no ``sensitivity`` the default a new record would
    get (internal when it holds a note); True if it had none."""
    if "sensitivity" not in table.c or values.get("sensitivity") is not None:
        return False
    values["sensitivity"] = default_level(
        name, note=str(values.get(NOTE_FIELDS.get(name, ""), "") or ""),
        organisation_kind=str(values.get("kind", "") or ""))
    return True


def _expiry_source_of_old_order(name: str, values: dict[str, Any]) -> None:
    """A detention order of an export written before orders said where their expiry comes
    from: stated when it has no term or its expiry is not start + term, else computed (as
    the migration of older case files decides: start + term as those versions counted it,
    months first, or as this one does). A computed expiry is computed again, as a save
    computes it, so that an earlier version's count (months first, where the days first end
    earlier) takes the earlier day, not refused as "not the start plus the term"."""
    if name != "detention_orders":
        return
    if values.get("expiry_source") is None:
        try:
            values["expiry_source"] = expiry_source_of_older(
                values.get("start_date"), values.get("term_months"), values.get("term_days"),
                values.get("expires_on"))
        except (TypeError, ValueError, OverflowError):  # a bad term: the record's check says so
            values["expiry_source"] = ExpirySource.STATED
    if values.get("expiry_source") not in (ExpirySource.COMPUTED, ExpirySource.COMPUTED.value):
        return
    try:
        expiry = computed_expiry(values.get("start_date"), values.get("term_months"),
                                 values.get("term_days"))
    except (TypeError, ValueError, OverflowError, ValidationError):
        return  # a bad start or term: the record's check says so
    if expiry is not None:
        values["expires_on"] = expiry


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

