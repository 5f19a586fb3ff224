"""How long one save takes as a case file grows: the everyday edits (an order's term, a new
order, an order removed, a captive's summary, a change of status, a hearing) timed on a file
of SMALL captives and on one of LARGE, each with their orders and deadlines
(``benchmarks/case_files.py``). A save should not take longer the more the file holds: the
last column is the large file's time over the small one's (1.0× is flat).

    uv run python benchmarks/saves.py [--small 1000] [--large 10000] [--runs 9] [--keep DIR]

Prints figures (medians of ``--runs`` saves on different captives); asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks.case_files import kept_or_built, open_file


def _saves(cf: Any, captive_id: int) -> list[tuple[str, Callable[[], Any]]]:
    order = cf.detention_orders.list(captive_id=captive_id)[0]
    made: list[int] = []

    def new_order() -> None:
        made.append(cf.detention_orders.create(
            captive_id=captive_id, prosecution_id=order.prosecution_id,
            decided_on=date(2026, 1, 5), start_date=date(2026, 1, 5), term_months=4).id)

    return [
        ("an order's term changed", lambda: cf.detention_orders.update(
            order.id, term_months=order.term_months % 4 + 1)),
        ("an order added", new_order),
        ("that order removed", lambda: cf.detention_orders.delete(made[-1])),
        ("a captive's summary changed", lambda: cf.captives.update(
            captive_id, summary=f"Seen on {captive_id}.")),
        ("a captive's status changed", lambda: cf.captives.set_status(
            captive_id, "pre_trial", effective_on=date(2026, 1, 2))),
        ("a hearing added", lambda: cf.hearings.create(
            captive_ids=[captive_id], starts_at=datetime(2026, 12, 20, 10, 0),
            timezone="Asia/Baku", kind="detention_extension")),
    ]


def measure(path: Path, runs: int) -> dict[str, float]:
    """Median seconds of each save on a copy of ``path``, on ``runs`` different captives."""
    work = Path(tempfile.mkdtemp(prefix="caseapp-saves-"))
    copy = work / "copy.db"
    shutil.copy(path, copy)
    cf = open_file(copy)
    times: dict[str, list[float]] = {}
    try:
        for run in range(runs):
            for label, save in _saves(cf, captive_id=3 + run * 7):
                start = time.perf_counter()
                save()
                times.setdefault(label, []).append(time.perf_counter() - start)
    finally:
        cf.close()
        shutil.rmtree(work, ignore_errors=True)
    return {label: statistics.median(ts) for label, ts in times.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="keep the built files in this folder")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="caseapp-saves-files-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        sizes = (args.small, args.large)
        results = [measure(kept_or_built(folder, "saves", n), args.runs) for n in sizes]
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, medians of {args.runs} saves")
    print(f"| Save | {sizes[0]:,} captives | {sizes[1]:,} captives | Ratio |")
    print("|---|---|---|---|")
    for label in results[0]:
        small, large = results[0][label], results[1][label]
        print(f"| {label} | {small * 1000:.1f} ms | {large * 1000:.1f} ms | {large / small:.1f}× |")


if __name__ == "__main__":
    main()
