"""``caseapp demo``: the demo case file built through the services, against the very
statements it executes replayed with sqlite3 in one transaction.

The statements are recorded once (setup) from a build of the demo; each run then starts
from a copy of the same empty case file. The two files' row counts are compared.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from itertools import count
from pathlib import Path
from typing import Any

from benchmarks.ratio_rows import Row

_runs = count()
TABLES = ("captives", "captive_names", "detention_orders", "hearings", "deadlines", "audit_entries")


def _open(path: Path, create: bool = False) -> Any:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    return open_case_file(Location(path=path), create=create, actor="benchmark")


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import event

    from caseapp.demo.case_file import build_demo

    folder = Path(tempfile.mkdtemp(prefix="caseapp-ratios-demo-"))
    empty = folder / "empty.db"
    _open(empty, create=True).close()
    recorded = folder / "recorded.db"
    shutil.copy(empty, recorded)
    cf = _open(recorded)
    statements: list[tuple[str, Any, bool]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
               executemany: bool) -> None:
        statements.append((statement, parameters, executemany))

    event.listen(cf.db.engine, "before_cursor_execute", record)
    build_demo(cf)
    event.remove(cf.db.engine, "before_cursor_execute", record)
    cf.close()
    return {"folder": folder, "empty": empty, "statements": statements}


def _fresh(data: dict[str, Any]) -> Path:
    target = data["folder"] / f"run{next(_runs)}.db"
    shutil.copy(data["empty"], target)
    return target


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _app(data: dict[str, Any]) -> dict[str, int]:
    from caseapp.demo.case_file import build_demo

    path = _fresh(data)
    cf = _open(path)
    try:
        build_demo(cf)
    finally:
        cf.close()
    return _counts(path)


def _simple(data: dict[str, Any]) -> dict[str, int]:
    path = _fresh(data)
    conn = sqlite3.connect(path, isolation_level=None)
    # (set on every connection of the app, before the statements recorded: references are
    # enforced, temporary data kept in memory, caseapp.db.sqlite_connect.configure)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("BEGIN")
    for statement, parameters, many in data["statements"]:
        if statement.strip().upper() in ("BEGIN", "COMMIT", "ROLLBACK"):
            continue
        if many and parameters and isinstance(parameters[0], tuple | list | dict):
            conn.executemany(statement, parameters)
        else:
            conn.execute(statement, parameters).fetchall()
    conn.execute("COMMIT")
    conn.close()
    return _counts(path)


ROWS = [Row("caseapp demo (25 captives)", 3.0, _setup, _app, _simple, lambda a, b: a == b)]
