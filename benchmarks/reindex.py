"""How long opening a case file written before revision 0016 takes: its search index is
rebuilt by the new name keys (``caseapp.domain.names.name_keys``). A file of ``--captives``
synthetic captives (``caseapp.demo.synthetic.fill_synthetic``: three spellings, a place of
detention and a welfare contact each, five index rows a captive) is brought back to 0015 and
upgraded to the head, ``--runs`` times on fresh copies.

    uv run python benchmarks/reindex.py [--captives 100000] [--runs 2] [--keep DIR]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from alembic import command

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.opening import open_sqlite
from caseapp.demo.synthetic import fill_synthetic
from caseapp.services.casefile import open_case_file


def _seed(folder: Path, captives: int) -> Path:
    path = folder / f"reindex-{captives}-{migrate.head_revision()}.db"
    if not path.exists():
        cf = open_case_file(Location(path=path), create=True, actor="benchmark")
        fill_synthetic(cf.ctx, captives)
        cf.close()
    return path


def _upgrade_seconds(seed: Path, work: Path) -> tuple[int, float]:
    shutil.copy(seed, work)
    db = open_sqlite(work)
    cfg = migrate.alembic_config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0015")
            rows = int(conn.exec_driver_sql("SELECT count(*) FROM search_entries").scalar() or 0)
        start = time.perf_counter()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return rows, time.perf_counter() - start
    finally:
        db.close()
        work.unlink()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--captives", type=int, default=100_000)
    p.add_argument("--runs", type=int, default=2)
    p.add_argument("--keep", metavar="DIR", help="keep the seed file in DIR and use it again")
    args = p.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="caseapp-reindex-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        seed = _seed(folder, args.captives)
        for run in range(args.runs):
            rows, seconds = _upgrade_seconds(seed, folder / "work.db")
            print(f"run {run + 1}: 0015 -> head, {rows:,} index rows of {args.captives:,} "
                  f"captives rebuilt in {seconds:.1f} s")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
