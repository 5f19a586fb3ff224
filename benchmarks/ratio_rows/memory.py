"""Peak memory with every captive in the list, once the start's work is done.

The app's side is the GUI start of ``gui_start.py`` (``caseapp --db FILE`` opening on the
Captives view) with ``--memory-captives`` captives. It reports the process's peak resident
size (``VmHWM`` of ``/proc/self/status``: ``ru_maxrss`` would include the runner's own peak,
which Linux carries into a child across fork and exec) not when the list shows every row
(where the GUI start rows stop their clock) but once the work the start leaves to just after
the rows are painted has been done too: the reminders (``alerts()``, announced in the
banner), the full integrity check and the rules' read; that is, the window's runner settled
(no work pending, no call waiting for it to be idle) and the check's thread ended. A user's
process has that peak whatever they do next. The simple side holds the same captives as
tuples from sqlite3 in a bare QTableView (it has no reminders, no check: what the app needs
beyond the list is the app's cost) and reports the same. The IDs of the rows shown are
compared; the figure compared is MiB.
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
