"""Every path of issue 17 side by side with the simplest code doing the same work.

    uv run python benchmarks/ratios.py [--quick] [--only NAME] [--runs N] [sizes...]

Each row's data is built once; then the app's path and the simplest code run alternately
(app, simple, app, simple, ...) so that a busy machine slows both alike, at least five times
each. The two results are checked equal before a ratio is printed. The table gives the
minimum and median of each, and the ratio of the medians against the row's goal. Rows are
the modules of ``benchmarks/ratio_rows/`` that define ``ROWS``.

Everything the rows write goes to one temporary folder deleted at the end, except with
``--keep DIR``: the large case files of the JSON and search rows are then kept in DIR and
used again by the next run.

Before timing, CaseApp's own modules are compiled to bytecode (as an installed package or
the bundle ships them), so that no run is spent compiling.
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import gc
import importlib
import os
import pkgutil
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.ratio_rows import Row  # noqa: E402

# (option, default, --quick size, help): the sizes of issue 17's table.
SIZES = [
    ("gui_captives", 10_000, 2_000, "captives in the file for the GUI start"),
    ("orders", 100_000, 10_000, "detention orders for the deadline computation"),
    ("list_captives", 20_000, 2_000, "captives (3 open deadlines each) for the deadline lists"),
    ("io_captives", 20_000, 2_000, "captives (3 deadlines each) for JSON import and export"),
    ("report_captives", 10_000, 2_000, "captives in the status report (XLSX and PDF)"),
    ("dossier_events", 1_000, 300, "events of the one captive of the dossier PDF"),
    ("memory_captives", 100_000, 10_000, "captives in the list for the peak memory"),
    ("search_captives", 100_000, 10_000, "captives for the search rows"),
    ("search_index_rows", 1_000_000, 100_000, "index rows for the large search rows"),
]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes: a run of a few minutes")
    p.add_argument("--only", action="append", metavar="NAME",
                   help="only the rows whose name contains NAME (repeatable)")
    p.add_argument("--runs", type=int, default=5, help="runs of each side (at least 5)")
    p.add_argument("--keep", metavar="DIR",
                   help="keep the large case files the JSON and search rows build in DIR and "
                        "use them again on the next run (building them takes minutes at the "
                        "issue's sizes); without it they are deleted at the end")
    for name, default, _quick, text in SIZES:
        p.add_argument(f"--{name.replace('_', '-')}", type=int, default=None,
                       help=f"{text} (default {default:,})")
    args = p.parse_args(argv)
    if args.runs < 5:
        p.error("--runs: at least 5 runs of each side")
    for name, default, quick, _text in SIZES:
        if getattr(args, name) is None:
            setattr(args, name, quick if args.quick else default)
    return args


def all_rows() -> list[Row]:
    rows: list[Row] = []
    folder = Path(__file__).with_name("ratio_rows")
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda i: i.name):
        module = importlib.import_module(f"benchmarks.ratio_rows.{info.name}")
        rows.extend(getattr(module, "ROWS", []))
    return rows


def _timed(fn, data):  # type: ignore[no-untyped-def]
    gc.collect()
    start = time.perf_counter()
    result = fn(data)
    return time.perf_counter() - start, result


def measure(row: Row, args: argparse.Namespace) -> tuple[list[float], list[float]]:
    data = row.setup(args)
    app_times: list[float] = []
    simple_times: list[float] = []
    for run in range(args.runs):
        t_app, r_app = _timed(row.app, data)
        t_simple, r_simple = _timed(row.simple, data)
        if row.unit != "s":  # the sides measure themselves (peak memory): (figure, result)
            (t_app, r_app), (t_simple, r_simple) = r_app, r_simple
        if run == 0 and not row.same(r_app, r_simple):
            raise SystemExit(f"{row.name}: the app's result and the simple code's differ")
        app_times.append(t_app)
        simple_times.append(t_simple)
        del r_app, r_simple
    return app_times, simple_times


def _seconds(t: float, unit: str = "s") -> str:
    if unit != "s":
        return f"{t:.0f} {unit}"
    return f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"


def scratch_folder() -> Path:
    """One temporary folder for everything the rows write (their ``tempfile`` folders and
    those of the processes they start, through ``TMPDIR``), deleted when the run ends,
    failed or not: rows that leave their case files behind leave nothing in /tmp."""
    folder = Path(tempfile.mkdtemp(prefix="caseapp-ratios-run-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # (registered first: runs last)
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scratch_folder()
    compileall.compile_dir(ROOT / "caseapp", quiet=2)
    rows = [r for r in all_rows()
            if not args.only or any(o.lower() in r.name.lower() for o in args.only)]
    if not rows:
        raise SystemExit("no row matches --only")
    sizes = ", ".join(f"{n.replace('_', ' ')} {getattr(args, n):,}" for n, *_ in SIZES)
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {args.runs} interleaved runs each; "
          f"sizes: {sizes}\n")
    print(f"| {'Path':<44} | App min / median    | Simple min / median | Ratio | Goal  | |")
    print(f"|{'-' * 46}|---------------------|---------------------|-------|-------|-|")
    over = 0
    for row in rows:
        app_t, simple_t = measure(row, args)
        ratio = statistics.median(app_t) / statistics.median(simple_t)
        ok = ratio <= row.goal
        over += not ok
        u = row.unit
        app_s = f"{_seconds(min(app_t), u)} / {_seconds(statistics.median(app_t), u)}"
        simple_s = f"{_seconds(min(simple_t), u)} / {_seconds(statistics.median(simple_t), u)}"
        print(f"| {row.name:<44} | {app_s:<19} | {simple_s:<19} | {ratio:4.1f}× | "
              f"{row.goal:4.1f}× | {'✓' if ok else '✗'} |", flush=True)
    print(f"\n{len(rows) - over} of {len(rows)} rows at or under their goal.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
