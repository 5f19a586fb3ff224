"""JSON import and export of a whole case file against the simplest code doing the same work.

Data (``--io-captives N``): a case file built by ``benchmarks/case_files.py`` through the
app's own paths (N synthetic captives with three spellings, a place of detention and a
welfare contact each, one detention order each, imported with the app's JSON import, which
computes the orders' deadlines — about four a captive, with their explanations and audit
entries — and writes the audit chain and the search index), exported once to a JSON file:
the import's source. ``--keep DIR`` keeps both in DIR and uses them again (building takes
minutes at 20,000 captives); else they go to a temporary folder deleted at the end.

- **import**: the app's ``CaseFile.import_json`` into an empty case file (every record
  checked, its deadlines set off, the audit chain and search index rebuilt) against
  ``json.loads`` and one ``executemany`` per table with sqlite3, uids turned into ids
  assigned up front and values into their stored forms, in one transaction, writing what
  the app ends with: the search index (the same word folding, called directly), the
  import's audit entry and file event, the audit chain over every entry (hashlib in a
  loop) and its anchor. The two files are compared table by table (row counts, every row
  but the import's own entry, the chain and anchor holding).
- **export**: the app's ``CaseFile.export_json`` against sqlite3 reading every table in id
  order, turning ids into uids and the stored text into the export's forms, and
  ``json.dumps``. The two files' ``tables`` are compared.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, time
from functools import cache
from itertools import count
from pathlib import Path
from typing import Any

from benchmarks.case_files import kept_or_built, open_file
from benchmarks.ratio_rows import Row, files_folder

_runs = count()


def _open(path: Path, create: bool = False) -> Any:
    return open_file(path, create=create)


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    return _built(args.io_captives, getattr(args, "keep", None))


@cache
def _built(captives: int, keep: str | None = None) -> dict[str, Any]:
    """The source file (``benchmarks/case_files.py``: built through the app's import, so
    that it holds what an imported case file holds), its export, and an empty file to copy
    for each run of the import. With ``--keep`` the source and its export are kept and used
    again; the runs' files always go to a temporary folder."""
    folder = files_folder(argparse.Namespace(keep=keep), "caseapp-ratios-io-")
    source = kept_or_built(folder, "io", captives)
    export = source.with_suffix(".json")
    if not export.exists():
        cf = _open(source)
        try:
            cf.export_json(export.with_suffix(".part"))
        finally:
            cf.close()
        export.with_suffix(".part").replace(export)
    runs = files_folder(argparse.Namespace(), "caseapp-ratios-io-runs-")
    empty = runs / "empty.db"
    _open(empty, create=True).close()
    return {"folder": runs, "source": source, "empty": empty, "export": export}


def _fresh(data: dict[str, Any]) -> Path:
    """A copy of the empty file for one run. The runs before the last are deleted (their
    results were compared, if at all, when the next run ended): a run at 20,000 captives
    leaves a file of 300 MB."""
    made: list[Path] = data.setdefault("runs", [])
    for old in made[:-1]:
        for path in (old, *(old.with_name(old.name + end) for end in ("-wal", "-shm"))):
            path.unlink(missing_ok=True)
    del made[:-1]
    target = data["folder"] / f"run{next(_runs)}.db"
    shutil.copy(data["empty"], target)
    made.append(target)
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


def _stored(decl: str) -> Any:
    """How the app stores a value of the export's form in a column declared ``decl``
    (None: as the file has it)."""
    decl = decl.upper()
    if decl == "DATETIME":
        return lambda v: datetime.fromisoformat(v).astimezone(UTC).replace(tzinfo=None).isoformat(
            sep=" ", timespec="microseconds")
    if decl == "TIME":
        return lambda v: time.fromisoformat(v).isoformat(timespec="microseconds")
    if decl == "JSON":
        return json.dumps
    if decl == "BLOB":
        return base64.b64decode
    return None


def _import_simple(data: dict[str, Any]) -> Path:
    """What the app's import ends with, written simply: every table's rows, the import's own
    audit entry and file event, the audit chain and its anchor (hashlib in a loop), and the
    search index (the same word folding, called directly)."""
    from caseapp.db.audit_chain import FIELDS
    from caseapp.db.search import _INDEXED, ENTITY_OF, sounds_of
    from caseapp.domain.names import name_keys

    path = _fresh(data)
    raw = data["export"].read_bytes()
    tables = json.loads(raw)["tables"]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    ids: dict[str, dict[str, int]] = {}
    added: dict[str, int] = {}
    for name, rows in tables.items():
        if not rows:
            continue
        info = list(conn.execute(f"PRAGMA table_info({name})"))
        has_id = any(r[1] == "id" for r in info)
        refs = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({name})")}
        decls = {r[1]: r[2] for r in info}
        cols = [r[1] for r in info if r[1] != "id" and (r[1] in refs or r[1] in rows[0])]
        sources = [(c[:-3] + ("_name" if refs.get(c) == "tags" else "_uid"), ids.get(refs[c], {}))
                   if c in refs else (c, _stored(decls[c])) for c in cols]
        key = "uid" if "uid" in rows[0] else "name"
        first = 1
        values = []
        for row in rows:
            values.append([first + len(values)] * has_id + [
                None if row.get(f) is None else m[row[f]] if isinstance(m, dict)
                else m(row[f]) if m is not None else row[f] for f, m in sources])
        if has_id:
            ids[name] = {row[key]: first + i for i, row in enumerate(rows)}
        names = ["id"] * has_id + cols
        conn.executemany(f"INSERT INTO {name} ({', '.join(names)}) "
                         f"VALUES ({', '.join('?' * len(names))})", values)
        added[name] = len(rows)
    # The search index: the same keys for the same fields, the FTS mirror rebuilt once.
    entries = []
    for cls, (fields, captive_col) in _INDEXED.items():
        entity = ENTITY_OF[cls]
        captive_ids = ids.get("captives", {})
        for row in tables.get(entity, []):
            words = name_keys(" ".join(str(row.get(f) or "") for f in fields),
                              name=entity == "captive_names", stored=True)
            if words:
                captive = (ids[entity][row["uid"]] if captive_col == "id" else
                           captive_ids.get(row.get("captive_uid")) if captive_col else None)
                entries.append((entity, ids[entity][row["uid"]], captive, entity == "captive_names",
                                " ".join(w.key for w in words), sounds_of(words)))
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_entries_ai'")
    conn.execute("DROP TRIGGER search_entries_ai")
    conn.executemany("INSERT INTO search_entries (entity, record_id, captive_id, is_name, keys, "
                     "sounds) VALUES (?, ?, ?, ?, ?, ?)", entries)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.execute(trigger[0])
    # The import's own audit entry and file event.
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat(
        sep=" ", timespec="microseconds")
    report = {"file": data["export"].name, "sha256": hashlib.sha256(raw).hexdigest(),
              "added": added, "skipped": {}, "computed_deadlines": 0, "levels_defaulted": {},
              "settings_applied": []}
    summary = {"message": {"text": "Import of {file}", "values": {"file": data["export"].name}}}
    conn.execute("INSERT INTO audit_entries (uid, at, actor, action, entity, record_uid, "
                 "captive_uid, summary, field, new_value) VALUES (?, ?, ?, 'create', 'imports', "
                 "?, '', ?, '', ?)",
                 (str(uuid.uuid4()), now, "benchmark", str(uuid.uuid4()),
                  json.dumps(summary, ensure_ascii=False, separators=(",", ":")),
                  json.dumps(report, ensure_ascii=False, sort_keys=True)))
    conn.execute("INSERT INTO file_events (at, actor, kind, detail) VALUES (?, ?, 'imported', ?)",
                 (now, "benchmark", f"{sum(added.values())} records from {data['export'].name}"))
    # The audit chain over every entry, and its anchor (row and file header).
    prev, links = "", []
    for row in conn.execute(f"SELECT id, {', '.join(FIELDS)} FROM audit_entries ORDER BY id"):
        digest = hashlib.sha256(json.dumps([prev, *row[1:]], ensure_ascii=False,
                                           separators=(",", ":")).encode()).hexdigest()
        links.append((prev, digest, row[0]))
        prev = digest
    conn.executemany("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?", links)
    head = [len(links), links[-1][2], prev]
    seal = hashlib.sha256(json.dumps(["caseapp-audit-anchor", 1, *head],
                                     separators=(",", ":")).encode()).hexdigest()
    conn.execute("UPDATE audit_anchor SET entry_count = ?, head_id = ?, head_hash = ?, seal = ? "
                 "WHERE id = 1", (*head, seal))
    conn.execute(f"PRAGMA user_version = {len(links)}")
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


# Values that differ by run: the import's own audit entry and file event (a new uid, the
# time it ran) and the anchor's hash of that entry; the rest must be equal.
_OWN_ENTRY = "entity = 'imports'"


def _contents(path: Path) -> dict[str, Any]:
    """Every table's row count; the rows of every table but the audit entries' chain and the
    import's own entry; and whether the chain and its anchor hold."""
    from sqlalchemy import create_engine

    from caseapp.db import audit_anchor, audit_chain

    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_fts_%' ORDER BY name")]
        out: dict[str, Any] = {f"{n} count": conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0]
                               for n in names}
        for name in names:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            if name in ("audit_anchor", "alembic_version") or name.startswith("search_fts"):
                continue
            where = f"WHERE NOT ({_OWN_ENTRY})" if name == "audit_entries" else ""
            if name == "file_events":
                cols = ["actor", "kind", "detail"]
            order = "id" if "id" in cols else ", ".join(cols)
            out[name] = conn.execute(f"SELECT {', '.join(cols)} FROM {name} {where} "
                                     f"ORDER BY {order}").fetchall()
        out["own entry"] = conn.execute(
            "SELECT actor, action, summary, captive_uid FROM audit_entries WHERE " + _OWN_ENTRY
        ).fetchall()
        out["anchor"] = conn.execute("SELECT entry_count, head_id FROM audit_anchor").fetchall()
        out["fts"] = conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'a*'"
                                  ).fetchone()
    finally:
        conn.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as c:
        out["chain holds"] = audit_chain.first_break(c) is None and not audit_anchor.problems(c)
    engine.dispose()
    return out


def _same_records(a: Path, b: Path) -> bool:
    ca, cb = _contents(a), _contents(b)
    return ca == cb and ca["chain holds"] and ca["deadlines count"] > 0 and ca["search_entries count"] > 0


def _same_tables(a: Path, b: Path) -> bool:
    ta, tb = (json.loads(p.read_bytes())["tables"] for p in (a, b))
    return ta == tb and len(ta["deadlines"]) > 0


ROWS = [
    Row("JSON import (captives, orders, deadlines)", 2.0, _setup, _import_app,
        _import_simple, _same_records),
    Row("JSON export (captives, orders, deadlines)", 1.3, _setup, _export_app,
        _export_simple, _same_tables),
]
