"""The JSON interchange format: the whole case file in one file, and back.

Records are identified by their ``uid``; a reference to another record is written as
``<name>_uid`` (``captive_uid``) in place of the local ``<name>_id``. Tags are named by
their name. Binary content (documents, photos) is base64. Rows keep their order, so an
export imported into an empty case file exports again to the same ``tables``.
See docs/json-format.md.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, String, Table, Text, Time, func, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection

import caseapp
from caseapp.db import audit_chain, migrate, search
from caseapp.db.base import Base, UTCDateTime
from caseapp.db.models import FileEvent
from caseapp.domain.dto import ImportReport
from caseapp.domain.errors import ValidationError
from caseapp.domain.redaction import NOTE_FIELDS, default_level
from caseapp.fileio import atomic_write_bytes
from caseapp.services.base import ServiceContext

FORMAT = "caseapp-export"
FORMAT_VERSION = 1

# Parents before children, so that every reference points at a row already read.
TABLES = (
    "organisations", "contacts", "tags", "captives", "captive_names", "captive_tags",
    "status_changes", "identity_documents", "detention_places", "welfare_contacts", "notes",
    "prosecutions", "charges", "detention_orders", "hearings", "hearing_captives",
    "international_proceedings", "interventions", "intervention_captives", "documents",
    "deadlines", "audit_entries",
)


# Columns that belong to this file, not to the records: the audit chain is rebuilt on import.
NOT_EXPORTED: dict[str, frozenset[str]] = {"audit_entries": frozenset(audit_chain.CHAIN_COLUMNS)}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key_column(table: Table) -> str:
    """How other rows name a row of ``table``: its uid, or for tags its name."""
    return "uid" if "uid" in table.c else "name"


def _references(table: Table) -> dict[str, tuple[str, Table]]:
    """Foreign-key columns: local column → (name in the file, referred table)."""
    refs = {}
    for col in table.c:
        for fk in col.foreign_keys:
            target = fk.column.table
            base = col.key[:-3] if col.key.endswith("_id") else col.key
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


def _decode(table: Table, col: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    t = col.type
    try:
        if isinstance(t, UTCDateTime):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
            return parsed
        if isinstance(t, Date):
            return date.fromisoformat(value)
        if isinstance(t, Time):
            return time.fromisoformat(value)
        if isinstance(t, LargeBinary):
            return base64.b64decode(value, validate=True)
        if isinstance(t, SAEnum) and t.enum_class is not None:
            return t.enum_class(value)
        if isinstance(t, Boolean):
            if not isinstance(value, bool):
                raise ValueError("not true or false")
            return value
        if isinstance(t, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("not a whole number")
            return value
        if isinstance(t, String | Text):
            if not isinstance(value, str):
                raise ValueError("not text")
            return value
        if isinstance(t, JSON):
            return value
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"{where}: “{col.key}” has a bad value {value!r} ({exc}).") from None
    return value


# ---- export ---------------------------------------------------------------------------

def export_data(ctx: ServiceContext) -> dict[str, Any]:
    """The whole case file as a JSON-ready dict."""
    out: dict[str, list[dict[str, Any]]] = {}
    with ctx.db.engine.connect() as conn:
        keys: dict[str, dict[int, str]] = {}
        for name in TABLES:
            table = _table(name)
            refs = _references(table)
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            rows = []
            for row in conn.execute(select(table).order_by(*order)).mappings():
                item: dict[str, Any] = {}
                for col in table.c:
                    value = row[col.key]
                    if col.key == "id" or col.key in NOT_EXPORTED.get(name, ()):
                        continue
                    if col.key in refs:
                        ref_name, target = refs[col.key]
                        item[ref_name] = None if value is None else keys[target.name][value]
                    else:
                        item[col.key] = _encode(col, value)
                rows.append(item)
                if "id" in table.c:
                    keys.setdefault(name, {})[row["id"]] = row[_key_column(table)]
            out[name] = rows
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": caseapp.__version__,
        "schema_revision": migrate.head_revision(),
        "exported_at": datetime.now().astimezone().replace(microsecond=0).isoformat(),
        "tables": out,
    }


def export_json(ctx: ServiceContext, path: Path | str) -> dict[str, int]:
    """Write the export to ``path`` (atomically); returns the row count of each table."""
    data = export_data(ctx)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    atomic_write_bytes(path, text.encode("utf-8"))
    return {name: len(rows) for name, rows in data["tables"].items()}


# ---- import ---------------------------------------------------------------------------

def read_export(path: Path | str) -> dict[str, Any]:
    """Read and check the envelope of an export file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not a CaseApp export: it is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f"{path} is JSON, but not a CaseApp export.")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError(
            f"{path} is in export format {version}; this CaseApp reads format {FORMAT_VERSION} "
            "and older. Update CaseApp to import it."
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ValidationError(f"{path} has no “tables” section.")
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ValidationError(f"{path} has an unknown table “{unknown[0]}”.")
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValidationError(f"{path}: “{name}” must be a list of records.")
    return data


def _existing_keys(conn: Connection, table: Table) -> dict[Any, int]:
    key = _key_column(table)
    return {k: i for k, i in conn.execute(select(table.c[key], table.c.id))}


def import_data(ctx: ServiceContext, data: dict[str, Any], *, source: str = "") -> ImportReport:
    """Add the records of ``data`` that the case file lacks, in one transaction.

    Records whose uid is already present are skipped (so importing twice adds nothing).
    Any bad row stops the import and leaves the case file as it was.
    """
    added: dict[str, int] = {}
    skipped: dict[str, int] = {}
    defaulted: dict[str, int] = {}  # records of an older export that had no level
    captives, names = _table("captives"), _table("captive_names")
    with ctx.db.session_factory.begin() as session:
        conn = session.connection()
        chain_after, chain_prev = audit_chain.tail(conn)
        ids: dict[str, dict[Any, int]] = {}
        for name in TABLES:
            table = _table(name)
            rows = data["tables"].get(name, [])
            refs = _references(table)
            ref_by_file_name = {ref_name: (col, target) for col, (ref_name, target) in refs.items()}
            allowed = ({c.key for c in table.c if c.key != "id" and c.key not in refs}
                       - NOT_EXPORTED.get(name, frozenset())) | set(ref_by_file_name)
            has_id = "id" in table.c
            if has_id:
                ids[name] = _existing_keys(conn, table)
            else:
                present = {tuple(r) for r in conn.execute(select(*table.primary_key.columns))}
            n_added = n_skipped = 0
            for index, row in enumerate(rows, start=1):
                where = f"{name}, record {index}"
                extra = sorted(set(row) - allowed)
                if extra:
                    raise ValidationError(f"{where}: unknown field “{extra[0]}”.")
                values: dict[str, Any] = {}
                for file_name, (col, target) in ref_by_file_name.items():
                    ref = row.get(file_name)
                    if ref is None:
                        values[col] = None
                        continue
                    local = ids.get(target.name, {}).get(ref)
                    if local is None:
                        raise ValidationError(
                            f"{where}: refers to a record of {target.name} ({ref}) that is not in the file."
                        )
                    values[col] = local
                for col in table.c:
                    if col.key in allowed and col.key in row:
                        values[col.key] = _decode(table, col, row[col.key], where)
                missing = [c.key for c in table.c if c.key not in values and c.key != "id"
                           and not c.nullable and (c.default is None or c.key == "uid")]
                if missing:
                    raise ValidationError(f"{where}: “{missing[0]}” is missing.")
                if _default_level_of_old_row(name, table, values):
                    defaulted[name] = defaulted.get(name, 0) + 1
                if has_id:
                    key = values.get(_key_column(table))
                    if key in ids[name]:
                        n_skipped += 1
                        continue
                    new_id = conn.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
                    ids[name][key] = new_id
                else:
                    pk = tuple(values[c.key] for c in table.primary_key.columns)
                    if pk in present:
                        n_skipped += 1
                        continue
                    conn.execute(insert(table).values(values))
                    present.add(pk)
                n_added += 1
            if n_added:
                added[name] = n_added
            if n_skipped:
                skipped[name] = n_skipped
        nameless = conn.execute(
            select(func.count()).select_from(captives).where(
                ~select(names.c.id).where(names.c.captive_id == captives.c.id).exists())
        ).scalar_one()
        if nameless:
            raise ValidationError(f"The file has {nameless} captive(s) without any name.")
        audit_chain.extend(conn, chain_after, chain_prev)
        search.rebuild(conn)
        total = sum(added.values())
        session.add(FileEvent(actor=ctx.actor, kind="imported",
                              detail=f"{total} records from {source or 'a JSON export'}"))
    return ImportReport(added=added, skipped=skipped, levels_defaulted=defaulted)


def _default_level_of_old_row(name: str, table: Table, values: dict[str, Any]) -> bool:
    """Give a row of an older export that has no ``sensitivity`` the default a new record would
    get (internal when it holds a note); True if it had none."""
    if "sensitivity" not in table.c or values.get("sensitivity") is not None:
        return False
    values["sensitivity"] = default_level(
        name, note=str(values.get(NOTE_FIELDS.get(name, ""), "") or ""),
        organisation_kind=str(values.get("kind", "") or ""))
    return True


def import_json(ctx: ServiceContext, path: Path | str) -> ImportReport:
    return import_data(ctx, read_export(path), source=str(path))
