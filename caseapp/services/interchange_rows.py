"""One table of a JSON export added to the case file: each row's values decoded and checked
against the table's columns, its references by uid turned into local IDs, repeated and
present records told apart, new IDs handed out and the rows inserted (Core inserts, one
statement per set of columns). Rows of older exports get the level and the expiry source
a record made now would have. :mod:`caseapp.services.interchange` runs it table by table."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from caseapp.domain.dates import computed_expiry, expiry_source_of_older
from caseapp.domain.enums import ExpirySource, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.names import detect_script
from caseapp.domain.redaction import default_level, new_captive_field_levels
from caseapp.services import row_validation as rv
from caseapp.services.interchange_export import NOT_EXPORTED, _key_column, _table, uid_columns
from caseapp.services.interchange_insert import insert_rows
from caseapp.services.interchange_rules import Where, named
from caseapp.services.interchange_values import Unsure, checked, reader


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


class TableImport:
    """The rows of one table of the file, added to the case file (Core inserts)."""

    def __init__(self, conn: Connection, name: str, ids: dict[str, dict[Any, int]],
                 expected: int = 1, setting: Sensitivity | None = None):
        self.conn, self.name, self.ids = conn, name, ids
        # The level the file and the case file give new records of facts (the stricter):
        # what a row of an older export without a level gets, as a record made now would.
        self.setting = setting
        self.captive_levels: dict[int, Sensitivity] = {}  # of the captives rows belong to
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
        self.skipped_uids: set[str] = set()  # of records the case file holds already
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
        _default_level_of_old_row(self.name, self.table, values, self.setting,
                                  lambda: self._captive_level(values.get("captive_id")))
        _expiry_source_of_old_order(self.name, values)
        if self.name == "captive_names" and "script" not in values \
                and isinstance(values.get("full_name"), str):
            # a name added by hand without its script: the script of its letters, as typed
            values["script"] = detect_script(values["full_name"])
        if not self.required.issubset(values):
            missing = next(c.key for c in self.table.c
                           if c.key in self.required and c.key not in values)
            raise rv.RecordProblem(self.name, record, None,
                                   msg("“{field}” is missing", field=missing))
        for col in self.required_refs:
            if values[col] is None:
                raise rv.RecordProblem(self.name, record, col, msg("is required"))
        return values

    def _captive_level(self, captive_id: object) -> Sensitivity | None:
        """The level of the captive a row belongs to (None for a row of no captive)."""
        if not isinstance(captive_id, int):
            return None
        if captive_id not in self.captive_levels:
            captives = _table("captives")
            level = self.conn.scalar(select(captives.c.sensitivity)
                                     .where(captives.c.id == captive_id))
            self.captive_levels[captive_id] = Sensitivity(level or Sensitivity.INTERNAL)
        return self.captive_levels[captive_id]

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
            if key_name == "uid":
                self.skipped_uids.add(key)
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


def _default_level_of_old_row(name: str, table: Table, values: dict[str, Any],
                              setting: Sensitivity | None = None,
                              captive: Callable[[], Sensitivity | None] = lambda: None) -> bool:
    """Give a row of an older export that has no ``sensitivity`` the default a new record would
    get (internal when it holds free text; a fact at ``setting``, the level for new facts,
    when one is set; never more open than the level ``captive()`` reads of the captive it
    belongs to, read only for such a row); True if it had none. A captive's row without
    ``field_levels`` gets a new captive's (health and consent notes internal); one that has
    them, even none, keeps them as they are."""
    if name == "captives" and "field_levels" in table.c and "field_levels" not in values:
        values["field_levels"] = new_captive_field_levels(None)
    if "sensitivity" not in table.c or values.get("sensitivity") is not None:
        return False
    level = captive()
    values["sensitivity"] = default_level(name, values, setting=setting,
                                          parents=() if level is None else (level,))
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
