"""Peak memory with every captive in the list.

The app's side is the GUI start of ``gui_start.py`` (``caseapp --db FILE`` opening on the
Captives view) with ``--memory-captives`` captives, which reports the process's peak
resident size (``VmHWM`` of ``/proc/self/status``: ``ru_maxrss`` would include the runner's
own peak, which Linux carries into a child across fork and exec) once the list shows every
row. The simple side holds the same
captives as tuples from sqlite3 in a bare QTableView, and reports the same. The IDs of the
rows shown are compared; the figure compared is MiB.
"""

from __future__ import annotations

import argparse

from benchmarks.ratio_rows import Row
from benchmarks.ratio_rows.gui_start import APP, SIMPLE, GuiFile, make_file, run, same_ids


def _setup(args: argparse.Namespace) -> GuiFile:
    return make_file(args.memory_captives, None)


def _peak(out: str) -> tuple[float, str]:
    ids, kib = out.splitlines()[:2]
    return int(kib) / 1024, ids  # VmHWM is in KiB


def _app(f: GuiFile) -> tuple[float, str]:
    return _peak(run(APP, f, "rss"))


def _simple(f: GuiFile) -> tuple[float, str]:
    return _peak(run(SIMPLE, f, "rss"))


ROWS = [Row("peak memory, captives in the list", 1.4, _setup, _app, _simple, same_ids, "MiB")]
