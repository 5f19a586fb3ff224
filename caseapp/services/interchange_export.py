"""The JSON interchange format's tables, and the export: the whole case file as one
JSON-ready dict (see :mod:`caseapp.services.interchange` and docs/json-format.md)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, String, Table, Time, select
from sqlalchemy.engine import Connection

import caseapp
from caseapp.db import audit_chain, migrate
from caseapp.db.base import Base, UTCDateTime
from caseapp.db.file_identity import identity_in
from caseapp.domain.enums import Sensitivity
from caseapp.fileio import atomic_write_bytes
from caseapp.services.base import ServiceContext, output_level
from caseapp.services.reading_level import reading_level
from caseapp.services.settings import REGISTRY, CaseSettings, read_settings
from caseapp.services.travel_filter import filter_settings, filter_tables

FORMAT = "caseapp-export"
FORMAT_VERSION = 1

# Parents before children, so that every reference points at a row already read.
TABLES = (
    "organisations", "contacts", "tags", "captives", "captive_names", "captive_tags",
    "status_changes", "identity_documents", "detention_places", "welfare_contacts", "notes",
    "prosecutions", "charges", "detention_orders", "hearings", "hearing_captives",
    "international_proceedings", "interventions", "intervention_captives", "documents",
    "detention_facts", "court_deliveries", "deadlines", "audit_entries",
)


# Columns that belong to this file, not to the records: the audit chain is rebuilt on import.
NOT_EXPORTED: dict[str, frozenset[str]] = {"audit_entries": frozenset(audit_chain.CHAIN_COLUMNS)}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key_column(table: Table) -> str:
    """How other rows name a row of ``table``: its uid, or for tags its name."""
    return "uid" if "uid" in table.c else "name"


def uid_columns(table: Table) -> dict[str, tuple[str, Table]]:
    """Foreign-key columns: local column → (name in the file, referred table)."""
    refs = {}
    for col in table.c:
        for fk in col.foreign_keys:
            target = fk.column.table
            base = col.key.removesuffix("_id")
            refs[col.key] = (f"{base}_{_key_column(target)}", target)
    return refs


def _encode(col: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


# ---- export ---------------------------------------------------------------------------

def export_data(ctx: ServiceContext, level: Sensitivity | str | None = None) -> dict[str, Any]:
    """The whole case file as a JSON-ready dict; at a ``level`` below internal (never above
    the login's clearance), only what a travel copy of every captive at that level would
    hold (:func:`caseapp.services.travel_filter.filter_tables`), its level recorded in
    ``read_at_level``."""
    asked = None if level is None else output_level(ctx, level)
    out: dict[str, list[dict[str, Any]]] = {}
    with ctx.db.engine.connect() as conn:
        keys: dict[str, dict[int, str]] = {}
        read = _raw_rows if conn.dialect.name == "sqlite" else _typed_rows
        for name in TABLES:
            out[name] = read(conn, name, keys)
    with ctx.read() as s:
        current = read_settings(s)
        level = reading_level(s, ctx)
        made_from = None if ctx.clearance is not None else identity_in(s)  # (internal only)
    settings = exported_settings(current)
    if asked is not None and asked is not Sensitivity.INTERNAL:
        out = filter_tables(out, asked).tables
        settings = filter_settings(settings, [c["uid"] for c in out["captives"]])
        level = asked if level is None else strictest_allowed(level, asked)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": caseapp.__version__,
        "schema_revision": migrate.head_revision(),
        "exported_at": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        # (a travel copy, or a team member below internal: nothing above this level is in it)
        **({"read_at_level": level.value} if level is not None else {}),
        # which case file it was exported from (not imported: an import is a file's own)
        **({"case_file": {"identity": made_from.identity, "created": (
            made_from.created.isoformat() if made_from.created else None)}}
           if made_from is not None else {}),
        "tables": out,
        "case_settings": settings,
    }


def export_reading_level(ctx: ServiceContext, level: Sensitivity | str | None = None
                         ) -> Sensitivity | None:
    """The level an export of this case file is read at (None: the whole file): a travel
    copy's, or a team login's clearance below internal, or the ``level`` asked for below
    internal, whichever is lower; nothing above it is in the export."""
    asked = None if level is None else output_level(ctx, level)
    with ctx.read() as s:
        read = reading_level(s, ctx)
    if asked is None or asked is Sensitivity.INTERNAL:
        return read
    return asked if read is None else strictest_allowed(read, asked)


def strictest_allowed(a: Sensitivity, b: Sensitivity) -> Sensitivity:
    """The lower of two levels: what both allow."""
    return a if b.allows(a) else b


def _order_of(table: Table) -> list[Any]:
    return [table.c.id] if "id" in table.c else list(table.primary_key.columns)


def _typed_rows(conn: Connection, name: str, keys: dict[str, dict[int, str]]
                ) -> list[dict[str, Any]]:
    """The rows of table ``name`` in export form, read through the columns' types."""
    table = _table(name)
    refs = uid_columns(table)
    rows = []
    for row in conn.execute(select(table).order_by(*_order_of(table))).mappings():
        item: dict[str, Any] = {}
        readable = True
        for col in table.c:
            value = row[col.key]
            if col.key == "id" or col.key in NOT_EXPORTED.get(name, ()):
                continue
            if col.key in refs:
                ref_name, target = refs[col.key]
                item[ref_name] = _reference(keys.get(target.name, {}), value)
                if item[ref_name] is None and not col.nullable:
                    readable = False  # it hangs on a row the login may not read
                    break
            else:
                item[col.key] = _encode(col, value)
        if not readable:
            continue
        rows.append(item)
        if "id" in table.c:
            keys.setdefault(name, {})[row["id"]] = row[_key_column(table)]
    return rows


def _reference(readable: dict[int, str], value: int | None) -> str | None:
    """The uid a reference names in the file; None when it names no row, or a row this login
    may not read (a team member's shareable letter to an internal organisation: the row
    is read, the organisation is not, and the export must not stop or name it)."""
    return None if value is None else readable.get(value)


def _raw_rows(conn: Connection, name: str, keys: dict[str, dict[int, str]]
              ) -> list[dict[str, Any]]:
    """:func:`_typed_rows` on SQLite, faster: the stored values read as the driver gives
    them (text, numbers, bytes) and turned into the export's forms directly, without
    SQLAlchemy's types. The result is the same."""
    table = _table(name)
    refs = uid_columns(table)
    quote = conn.dialect.identifier_preparer.quote
    columns = list(table.c)
    fields: list[tuple[int, str, Any, Any]] = []  # (position, name in the file, ids, decode)
    for at, col in enumerate(columns):
        if col.key == "id" or col.key in NOT_EXPORTED.get(name, ()):
            continue
        if col.key in refs:
            ref_name, target = refs[col.key]
            fields.append((at, ref_name, keys.setdefault(target.name, {}), None))
        else:
            fields.append((at, col.key, None, _stored_form_decoder(col, conn)))
    sql = (f"SELECT {', '.join(quote(c.name) for c in columns)} FROM {quote(table.name)} "
           f"ORDER BY {', '.join(quote(c.name) for c in _order_of(table))}")
    rows = []
    has_id = "id" in table.c
    id_at = columns.index(table.c.id) if has_id else 0
    key_at = columns.index(table.c[_key_column(table)]) if has_id else 0
    table_keys = keys.setdefault(name, {})
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        for row in cursor.fetchall():
            item: dict[str, Any] = {}
            for at, field, ids, decode in fields:
                value = row[at]
                if value is None:
                    item[field] = None
                elif ids is not None:
                    item[field] = ids[value]
                else:
                    item[field] = value if decode is None else decode(value)
            rows.append(item)
            if has_id:
                table_keys[row[id_at]] = row[key_at]
    finally:
        cursor.close()
    return rows


def _stored_form_decoder(col: Any, conn: Connection) -> Any:
    """How a value of ``col`` as SQLite stores it becomes its export form (None: as it is)."""
    t = col.type
    if isinstance(t, UTCDateTime):
        return _stored_utc_datetime
    if isinstance(t, Time):
        return _stored_time
    if isinstance(t, Date | String | Integer) and not isinstance(t, Boolean):
        return None  # ISO dates, enum values, text and numbers are stored as exported
    if isinstance(t, Boolean):
        return bool
    if isinstance(t, JSON):
        return json.loads
    if isinstance(t, LargeBinary):
        return lambda v: base64.b64encode(v).decode("ascii")
    process = t.result_processor(conn.dialect, None)  # any other type: through SQLAlchemy
    return (lambda v: _encode(col, process(v))) if process else (lambda v: _encode(col, v))


def _stored_utc_datetime(value: Any) -> str:
    stored = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return stored.replace(tzinfo=UTC).isoformat()


def _stored_time(value: Any) -> str:
    return (value if isinstance(value, time) else time.fromisoformat(value)).isoformat()


def exported_settings(current: CaseSettings) -> list[dict[str, Any]]:
    """Every file-wide setting with its value (defaults too: the importer sees which
    procedure the records were kept under), then each custody maximum of part of the file."""
    stored = {(k, sc): v for k, sc, v in current.stored}
    rows = [{"key": key, "scope": "", "value": stored.get((key, ""), st.default)}
            for key, st in REGISTRY.items()]
    rows += [{"key": k, "scope": sc, "value": v} for (k, sc), v in stored.items() if sc]
    return rows


def export_json(ctx: ServiceContext, path: Path | str,
                level: Sensitivity | str | None = None) -> dict[str, int]:
    """Write the export (at ``level``: :func:`export_data`) to ``path`` (atomically);
    returns the row count of each table."""
    data = export_data(ctx, level)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    atomic_write_bytes(path, text.encode("utf-8"))
    return {name: len(rows) for name, rows in data["tables"].items()}
