"""JSON import and export of a whole case file against the simplest code doing the same work.

Data (``--io-captives N``): N synthetic captives (three spellings, a place of detention, a
welfare contact each, ``caseapp.demo.synthetic``), one detention order each, and the
deadlines the rules compute from them (about four a captive, with their audit
entries); exported once to a JSON file.

- **import**: the app's ``CaseFile.import_json`` into an empty case file (every record
  checked, its deadlines set off, the audit chain and search index rebuilt) against
  ``json.load`` and one ``executemany`` per table with sqlite3, uids turned into ids
  assigned up front, in one transaction. The two files' records (uid by table) are compared.
- **export**: the app's ``CaseFile.export_json`` against sqlite3 reading every table in id
  order, turning ids into uids and the stored text into the export's forms, and
  ``json.dumps``. The two files' ``tables`` are compared.
"""

from __future__ import annotations

import argparse
import atexit
import base64
import json
import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import count
from pathlib import Path
from typing import Any

from benchmarks.ratio_rows import Row

_runs = count()


def _open(path: Path, create: bool = False) -> Any:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    return open_case_file(Location(path=path), create=create, actor="benchmark")


def _fill(cf: Any, n: int) -> None:
    from sqlalchemy import insert

    from caseapp.db.base import new_uid
    from caseapp.db.models import DetentionOrder
    from caseapp.demo.synthetic import fill_synthetic
    from caseapp.domain.enums import DetentionOrderKind, ExpirySource, Sensitivity

    fill_synthetic(cf.ctx, n)
    now = datetime.now(UTC).replace(microsecond=0)
    today = date.today()
    orders = []
    for i in range(n):
        start = today - timedelta(days=40 + i % 50)
        months = 2 + i % 3
        expires = start + timedelta(days=30 * months)
        orders.append(dict(uid=new_uid(), created_at=now, updated_at=now, captive_id=i + 1,
                           ordering_court=f"Baku Military Court {i % 7}", start_date=start,
                           term_months=months, term_days=0, expires_on=expires,
                           expiry_source=ExpirySource.STATED, kind=DetentionOrderKind.INITIAL,
                           appeal_outcome="", notes="Ходатайство / միջնորդություն",
                           sensitivity=Sensitivity.INTERNAL))
    with cf.ctx.transaction() as s:
        s.connection().execute(insert(DetentionOrder), orders)
    with cf.ctx.transaction() as s:
        cf.deadline_engine.recompute_all(s)


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    return _built(args.io_captives)


@cache
def _built(captives: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-ratios-io-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    source = folder / "source.db"
    cf = _open(source, create=True)
    _fill(cf, captives)
    export = folder / "export.json"
    cf.export_json(export)
    cf.close()
    empty = folder / "empty.db"
    _open(empty, create=True).close()
    return {"folder": folder, "source": source, "empty": empty, "export": export}


def _fresh(data: dict[str, Any]) -> Path:
    target = data["folder"] / f"run{next(_runs)}.db"
    shutil.copy(data["empty"], target)
    return target


# ---- import ---------------------------------------------------------------------------

def _records(path: Path) -> dict[str, list[str]]:
    from caseapp.services.interchange import TABLES

    conn = sqlite3.connect(path)
    try:
        out = {}
        for name in TABLES:
            cols = {r[1] for r in conn.execute(f"PRAGMA table_info({name})")}
            if "uid" in cols and name != "audit_entries":
                out[name] = sorted(u for (u,) in conn.execute(f"SELECT uid FROM {name}"))
        return out
    finally:
        conn.close()


def _import_app(data: dict[str, Any]) -> Path:
    path = _fresh(data)
    cf = _open(path)
    try:
        cf.import_json(data["export"])
    finally:
        cf.close()
    return path


def _import_simple(data: dict[str, Any]) -> Path:
    path = _fresh(data)
    tables = json.loads(data["export"].read_bytes())["tables"]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    ids: dict[str, dict[str, int]] = {}
    for name, rows in tables.items():
        if not rows:
            continue
        info = list(conn.execute(f"PRAGMA table_info({name})"))
        has_id = any(r[1] == "id" for r in info)
        refs = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({name})")}
        cols = [r[1] for r in info if r[1] != "id" and (r[1] in refs or r[1] in rows[0])]
        sources = [(c[:-3] + ("_name" if refs.get(c) == "tags" else "_uid"), ids.get(refs[c], {}))
                   if c in refs else (c, None) for c in cols]
        key = "uid" if "uid" in rows[0] else "name"
        first = 1
        values = []
        for row in rows:
            values.append([first + len(values)] * has_id + [
                (m[row[f]] if row.get(f) is not None else None) if m is not None
                else (json.dumps(row[f]) if isinstance(row[f], dict | list) else row[f])
                for f, m in sources])
        if has_id:
            ids[name] = {row[key]: first + i for i, row in enumerate(rows)}
        names = ["id"] * has_id + cols
        conn.executemany(f"INSERT INTO {name} ({', '.join(names)}) "
                         f"VALUES ({', '.join('?' * len(names))})", values)
    conn.execute("COMMIT")
    conn.close()
    return path


# ---- export ---------------------------------------------------------------------------

def _export_app(data: dict[str, Any]) -> Path:
    cf = _open(data["source"])
    target = data["folder"] / "app-export.json"
    try:
        cf.export_json(target)
    finally:
        cf.close()
    return target


def _decoder(decl: str, name: str) -> Any:
    decl = decl.upper()
    if decl == "DATETIME":
        return lambda v: datetime.fromisoformat(v).replace(tzinfo=UTC).isoformat()
    if decl == "TIME":
        return lambda v: datetime.fromisoformat(f"2000-01-01 {v}").time().isoformat()
    if decl == "BOOLEAN":
        return bool
    if decl == "JSON":
        return json.loads
    if decl == "BLOB":
        return lambda v: base64.b64encode(v).decode("ascii")
    return None


def _export_simple(data: dict[str, Any]) -> Path:
    from caseapp.db.audit_chain import CHAIN_COLUMNS
    from caseapp.services.interchange import TABLES

    conn = sqlite3.connect(data["source"])
    out: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, dict[int, str]] = {}
    for name in TABLES:
        info = list(conn.execute(f"PRAGMA table_info({name})"))
        refs = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({name})")}
        has_id = any(r[1] == "id" for r in info)
        cols = [r[1] for r in info]
        fields = []
        for _cid, col, decl, *_rest in info:
            if col == "id" or (name == "audit_entries" and col in CHAIN_COLUMNS):
                fields.append(None)
            elif col in refs:
                fields.append((col[:-3] + ("_name" if refs[col] == "tags" else "_uid"),
                               keys.get(refs[col], {}), None))
            else:
                fields.append((col, None, _decoder(decl, col)))
        key_at = cols.index("uid" if "uid" in cols else "name") if has_id else 0
        id_at = cols.index("id") if has_id else 0
        order = "id" if has_id else ", ".join(r[1] for r in info if r[5])
        rows = []
        table_keys: dict[int, str] = {}
        for row in conn.execute(f"SELECT * FROM {name} ORDER BY {order}"):
            item = {}
            for value, field in zip(row, fields, strict=True):
                if field is None:
                    continue
                key, ref, decode = field
                if value is None:
                    item[key] = None
                elif ref is not None:
                    item[key] = ref[value]
                else:
                    item[key] = decode(value) if decode else value
            rows.append(item)
            if has_id:
                table_keys[row[id_at]] = row[key_at]
        keys[name] = table_keys
        out[name] = rows
    conn.close()
    target = data["folder"] / "simple-export.json"
    target.write_bytes(json.dumps({"tables": out}, ensure_ascii=False, indent=1).encode())
    return target


def _same_records(a: Path, b: Path) -> bool:
    ra, rb = _records(a), _records(b)
    return ra == rb and len(ra["deadlines"]) > 0


def _same_tables(a: Path, b: Path) -> bool:
    ta, tb = (json.loads(p.read_bytes())["tables"] for p in (a, b))
    return ta == tb and len(ta["deadlines"]) > 0


ROWS = [
    Row("JSON import (captives, orders, deadlines)", 2.0, _setup, _import_app,
        _import_simple, _same_records),
    Row("JSON export (captives, orders, deadlines)", 1.3, _setup, _export_app,
        _export_simple, _same_tables),
]
