"""Start-up rows: ``caseapp --version`` and ``caseapp captives list`` as processes.

- ``--version`` against ``python -c "import sqlite3"``: a Python start that loads one
  database module, which is all an answer about versions needs.
- ``captives list`` on the demo file against a process that imports ``sqlalchemy.orm``
  and runs the list's query with sqlite3, printing the same captives with the same columns
  (ID, name, a Latin name, status, category, place, days since the capture; the IDs and the
  count are compared).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.ratio_rows import Row

CASEAPP = str(Path(sys.executable).with_name("caseapp"))
_ENV = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}

_LIST_SQL = """
import sqlalchemy.orm, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute('''
    SELECT c.id, n.full_name,
           (SELECT l.full_name FROM captive_names l
             WHERE l.captive_id = c.id AND l.script = 'Latn' AND l.kind <> 'alias'
             ORDER BY l.is_primary DESC, l.id LIMIT 1),
           c.status, c.category,
           (SELECT p.facility FROM detention_places p
             WHERE p.captive_id = c.id AND p.to_date IS NULL ORDER BY p.from_date DESC LIMIT 1),
           CAST(julianday('now') - julianday(CASE c.capture_date_precision  -- known to its month: its last day
             WHEN 'year' THEN date(c.capture_date, '+1 year', '-1 day')
             WHEN 'month' THEN date(c.capture_date, '+1 month', '-1 day')
             ELSE c.capture_date END) AS INTEGER)
      FROM captives c JOIN captive_names n ON n.captive_id = c.id AND n.is_primary
     ORDER BY n.full_name''').fetchall()
out = sys.stdout.write
for r in rows:
    out("  ".join(str(v or "") for v in r) + "\\n")
out(f"{len(rows)} captives\\n")
"""


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, env=_ENV, check=True)
    return done.stdout


def _version_setup(args: argparse.Namespace) -> None:
    return None


def _version_app(_: Any) -> str:
    return _run([CASEAPP, "--version"])


def _version_simple(_: Any) -> str:
    return _run([sys.executable, "-c", "import sqlite3"])


def _version_same(app: str, simple: str) -> bool:
    return app.startswith("CaseApp ") and "schema revision" in app and simple == ""


def _list_setup(args: argparse.Namespace) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-ratios-"))
    path = folder / "demo.caseapp"
    _run([CASEAPP, "demo", "--db", str(path)])
    return path


def _list_app(path: Path) -> str:
    return _run([CASEAPP, "captives", "list", "--db", str(path)])


def _list_simple(path: Path) -> str:
    return _run([sys.executable, "-c", _LIST_SQL, str(path)])


def _ids(out: str, column: int) -> set[str]:
    return {line.split()[column] for line in out.splitlines()
            if line.split() and line.split()[column].isdigit()}


def _list_same(app: str, simple: str) -> bool:
    count = app.strip().splitlines()[-1]
    return count == simple.strip().splitlines()[-1] and _ids(app, 0) == _ids(simple, 0)


ROWS = [
    Row("caseapp --version", 3.0, _version_setup, _version_app, _version_simple, _version_same),
    Row("captives list (demo file)", 1.5, _list_setup, _list_app, _list_simple, _list_same),
]
