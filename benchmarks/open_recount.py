"""What the recount of the open costs: opening a case file with and without it.

    uv run python benchmarks/open_recount.py [CAPTIVES] [--runs N] [--keep DIR]
    CASEAPP_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55443/postgres \\
        uv run python benchmarks/open_recount.py [CAPTIVES] --server

At each opening CaseApp looks for the expiries and the rules applied by hand that an earlier
version counted later (:mod:`caseapp.services.expiry_recount`). The file holds CAPTIVES
captives (default 20,000), three consecutive detention orders each with computed expiries,
a quarter of them with a term of months and days (2 to 4 months and 10 days), built by the
benchmarks' own path (:mod:`benchmarks.case_files`: a seed, the JSON export, the JSON
import computing every order's deadlines); with ``--server`` the same captives and orders
on a scratch database of that PostgreSQL server (without the deadlines: written directly;
dropped after). Openings with and without the recount alternate, ``--runs`` times each;
the ratio of the medians (open with the recount / open without) and the recount's reads
alone are printed. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.case_files import open_file, schema_head  # noqa: E402


def add_orders(cf: Any, captives: int) -> int:
    """Three consecutive orders for each of the first ``captives`` captives, their expiries
    computed, a term of 10 more days for every fourth captive. Returns how many."""
    from sqlalchemy import insert

    from caseapp.db.base import new_uid
    from caseapp.db.models import DetentionOrder
    from caseapp.domain.dates import computed_expiry
    from caseapp.domain.enums import DetentionOrderKind, ExpirySource, Sensitivity

    now = datetime.now(UTC).replace(microsecond=0)
    orders = []
    for i in range(captives):
        start = date.today() - timedelta(days=200 + i % 60)
        for k in range(3):
            months, days = 2 + (i + k) % 3, 10 if i % 4 == 0 else 0
            expiry = computed_expiry(start, months, days)
            orders.append(dict(
                uid=new_uid(), created_at=now, updated_at=now, captive_id=i + 1,
                ordering_court=f"Baku Military Court {i % 7}", start_date=start,
                term_months=months, term_days=days, expires_on=expiry,
                expiry_source=ExpirySource.COMPUTED,
                kind=DetentionOrderKind.EXTENSION if k else DetentionOrderKind.INITIAL,
                appeal_outcome="", notes="Ходатайство / միջնորդություն",
                sensitivity=Sensitivity.INTERNAL))
            start = (expiry or start) + timedelta(days=1)
    with cf.ctx.transaction() as s:
        for part in range(0, len(orders), 20_000):
            s.connection().execute(insert(DetentionOrder), orders[part:part + 20_000])
    return len(orders)


def build_file(path: Path, captives: int) -> Path:
    """The case file (see the module's docstring), built beside ``path`` and moved there."""
    from caseapp.demo.synthetic import fill_synthetic
    from caseapp.services import interchange

    work = Path(tempfile.mkdtemp(prefix="building-", dir=path.parent))
    try:
        seed = open_file(work / "seed.db", create=True)
        try:
            fill_synthetic(seed.ctx, captives, search_index=False)
            add_orders(seed, captives)
            data = interchange.export_data(seed.ctx)
        finally:
            seed.close()
        cf = open_file(work / "built.db", create=True)
        try:
            interchange.import_data(cf.ctx, data, source="seed.json", services=cf)
        finally:
            cf.close()
        (work / "built.db").replace(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path


def measure(location: Any, runs: int) -> str:
    from caseapp.services import expiry_recount
    from caseapp.services.casefile import open_case_file

    real = expiry_recount.recount_on_open

    def once(recount: bool) -> float:
        expiry_recount.recount_on_open = real if recount else (lambda _cf: ())
        started = time.perf_counter()
        cf = open_case_file(location, actor="benchmark")
        took = time.perf_counter() - started
        cf.close()
        return took

    try:
        once(True), once(False)  # the file in the system's cache, the modules imported
        with_it, without = [], []
        for _ in range(runs):
            with_it.append(once(True))
            without.append(once(False))
    finally:
        expiry_recount.recount_on_open = real
    cf = open_case_file(location, actor="benchmark")
    reads = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            expiry_recount.counted_later(cf.db)
            expiry_recount.applied_by_hand_later(cf.db)
            reads.append(time.perf_counter() - started)
    finally:
        cf.close()
    w, wo = statistics.median(with_it), statistics.median(without)
    return (f"open with the recount {w * 1000:.0f} ms (min {min(with_it) * 1000:.0f}), "
            f"without {wo * 1000:.0f} ms (min {min(without) * 1000:.0f}): ratio {w / wo:.3f}; "
            f"the recount's reads alone {statistics.median(reads) * 1000:.1f} ms "
            f"(min {min(reads) * 1000:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("captives", nargs="?", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="keep the SQLite file in this folder")
    parser.add_argument("--server", action="store_true", help="on CASEAPP_TEST_PG_URL")
    args = parser.parse_args()
    from caseapp.config import Location

    if args.server:
        from caseapp.demo.synthetic import fill_synthetic
        from caseapp.services.casefile import open_case_file
        from tests.postgres import drop_database, make_database

        server = os.environ["CASEAPP_TEST_PG_URL"]
        name = make_database(server, "recount")
        location = Location(url=server.rsplit("/", 1)[0] + "/" + name)
        try:
            cf = open_case_file(location, create=True, actor="benchmark")
            try:
                fill_synthetic(cf.ctx, args.captives)
                orders = add_orders(cf, args.captives)
            finally:
                cf.close()
            print(f"PostgreSQL, {args.captives} captives, {orders} orders: "
                  f"{measure(location, args.runs)}")
        finally:
            drop_database(server, name)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="open-recount-"))
    try:
        path = folder / f"recount-{args.captives}-{schema_head()}.db"
        if not path.exists():
            build_file(path, args.captives)
        print(f"SQLite, {args.captives} captives, {3 * args.captives} orders: "
              f"{measure(Location(path=path), args.runs)}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
