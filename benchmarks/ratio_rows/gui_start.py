"""GUI start: from starting the program to the captives list showing every row.

The app's side is ``caseapp --db FILE`` itself (the command line, the window, the file's
open with its checks, the view built when shown), in a process of its own, offscreen,
set to open on the Captives view; it stops when the list holds every captive and has been
painted. The simple side is a process that reads the same captives with sqlite3 (sqlcipher3
for the encrypted file, keyed with the same passphrase) and shows them in a bare
QTableView over a plain table model. Both print the IDs of the rows shown; they must be
the same captives.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.ratio_rows import Row

PASSPHRASE = "orchard granite lantern seven"

# The app: ``caseapp`` as run from a terminal; its event loop (QApplication.exec) replaced
# by one that returns once the Captives view shows every row.
APP = r"""
import os, sys, time

expected = int(sys.argv[2])
report_memory = len(sys.argv) > 3

def exec_until_shown(app):
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from caseapp.ui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    view = window.views["captives"]

    class Painted(QObject):
        # The list's first paint with every row (the filter sees the paint event just
        # before the list handles it, in the same turn of the event loop): the rows are
        # shown then, as a user's event loop shows them. Neither a paint more (the simple
        # side paints once) nor a wait between turns of the loop is timed.
        shown = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and view.model.rowCount() >= expected:
                self.shown = True
            return False

    painted = Painted()
    view.table.viewport().installEventFilter(painted)
    while not painted.shown:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ids = sorted(view.model.row_at(r).id for r in range(view.model.rowCount()))
    sys.stdout.write(",".join(map(str, ids)) + "\n")
    # The rows are shown: the time ends here, as the simple side's. What the app does next
    # (its reminders, its full check, the teardown of the window and its threads) is not
    # the start; a user goes on working meanwhile.
    if report_memory:
        # The peak memory row: a user's process peaks in the work the start leaves to the
        # moment after the rows are painted (the reminders, the full integrity check, the
        # rules), so its peak is read once that is done: the window's runner settled (no
        # work pending, no call waiting for it to be idle) and the full check's thread
        # ended. Then the peak of this process's own memory (VmHWM, reset by exec;
        # ru_maxrss is not: Linux carries the parent's peak across fork and exec).
        while not (checks and window.runner.settled
                   and not any(t.is_alive() for t in checks)):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        with open("/proc/self/status") as status:
            sys.stdout.write(status.read().split("VmHWM:")[1].split()[0] + "\n")
    sys.stdout.flush()
    os._exit(0)

# The start as a user gets it: the command line, then run_gui importing the window's
# services before PySide6. Only once run_gui has imported them (its hook before Qt) is
# PySide6 imported here, to replace the event loop and choose the view to open on; nothing
# of the app is imported after PySide6 that would not be in a user's start.
import caseapp.app as app_module

before_qt = app_module._import_before_qt

checks = []  # the full integrity checks' threads (the peak memory row waits for them)

def import_before_qt_then_patch():
    before_qt()
    from PySide6.QtWidgets import QApplication

    from caseapp.services.casefile import CaseFile
    check = CaseFile.check_in_background

    def check_and_keep(self, done):
        thread = check(self, done)
        checks.append(thread)
        return thread
    CaseFile.check_in_background = check_and_keep

    from caseapp.ui import settings as keys
    QApplication.exec = exec_until_shown
    keys.open_settings().setValue(keys.LAST_VIEW, "captives")

app_module._import_before_qt = import_before_qt_then_patch
sys.argv = ["caseapp", "--db", sys.argv[1]]
from caseapp.cli import main
sys.exit(main())
"""

# The simplest code: the same captives with the columns the app shows (the Latin name, the
# primary name beside it, status, category, place, days held, next hearing, last confirmed
# contact as days ago), in one query, in the order of the name shown first, in a QTableView.
# The Latin name is the first Latin spelling that is not an alias (what the app's headline
# rule gives for the benchmark's captives, each with an English transliteration).
SIMPLE = r"""
import os, sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

path, key = sys.argv[1], os.environ.get("CASEAPP_PASSPHRASE")
if key:
    import sqlcipher3
    conn = sqlcipher3.connect(path)
    conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
else:
    import sqlite3
    conn = sqlite3.connect(path)
app = QApplication(sys.argv[:1])
rows = conn.execute('''
    SELECT c.id, coalesce(l.full_name, n.full_name, ''), n.full_name, c.status, c.category,
           (SELECT p.facility FROM detention_places p WHERE p.captive_id = c.id
              AND p.to_date IS NULL ORDER BY p.from_date DESC LIMIT 1),
           CASE WHEN c.capture_date IS NULL OR c.status NOT IN
                     ('held', 'pre_trial', 'on_trial', 'convicted', 'released', 'repatriated',
                      'deceased') THEN NULL
                ELSE max(0, CAST(julianday(CASE WHEN c.status IN ('released', 'repatriated',
                     'deceased') AND c.status_since IS NOT NULL THEN c.status_since
                     ELSE date('now', 'localtime') END)
                     - julianday(CASE c.capture_date_precision  -- a month's: its last day
                       WHEN 'year' THEN date(c.capture_date, '+1 year', '-1 day')
                       WHEN 'month' THEN date(c.capture_date, '+1 month', '-1 day')
                       ELSE c.capture_date END) AS INTEGER))
           END,
           h.next,
           (SELECT CAST(julianday(date('now', 'localtime')) - julianday(max(w.contact_on))
                   AS INTEGER)
              FROM welfare_contacts w WHERE w.captive_id = c.id AND w.confirmed)
      FROM captives c
      LEFT JOIN captive_names n ON n.captive_id = c.id AND n.is_primary
      LEFT JOIN (SELECT captive_id, full_name, min(id) FROM captive_names
                  WHERE script = 'Latn' AND kind <> 'alias' GROUP BY captive_id) l
             ON l.captive_id = c.id
      LEFT JOIN (SELECT hc.captive_id, min(h.starts_at) AS next FROM hearing_captives hc
                   JOIN hearings h ON h.id = hc.hearing_id
                  WHERE h.starts_at >= datetime('now') GROUP BY hc.captive_id) h
             ON h.captive_id = c.id''').fetchall()
rows.sort(key=lambda r: (r[1].casefold(), r[0]))
labels = {"missing": "Missing", "held": "Held, no charges known",
          "pre_trial": "Pre-trial detention", "on_trial": "On trial", "convicted": "Convicted",
          "released": "Released", "repatriated": "Repatriated", "deceased": "Deceased",
          "civilian": "Civilian", "serviceman": "Serviceman / POW",
          "former_official": "Former official", "other": "Other"}

def text(row, column):
    value = row[column + 1]
    if value is None:
        return "never" if column == 7 else ""
    if column == 1:
        return "" if value == row[1] else value
    if column in (2, 3):
        return labels[value]
    return f"{value:,} days ago" if column == 7 else f"{value:,}" if column == 5 else str(value)

class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return len(rows)
    def columnCount(self, parent=None):
        return 8
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return text(rows[index.row()], index.column())
        return None

view = QTableView()
model = Model()
view.setModel(model)
view.resize(1280, 800)
view.show()
view.viewport().repaint()
sys.stdout.write(",".join(str(i) for i in sorted(r[0] for r in rows)) + "\n")
if len(sys.argv) > 3:
    with open("/proc/self/status") as status:  # VmHWM: this process's own peak (see above)
        sys.stdout.write(status.read().split("VmHWM:")[1].split()[0] + "\n")
sys.stdout.flush()
os._exit(0)  # as the app's side: the rows are shown, the time ends
"""


@dataclass
class GuiFile:
    path: Path
    captives: int
    env: dict[str, str]


def environment(folder: Path, passphrase: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"),
               XDG_DATA_HOME=str(folder / "data"), XDG_STATE_HOME=str(folder / "state"))
    if passphrase:
        env["CASEAPP_PASSPHRASE"] = passphrase
    return env


def make_file(captives: int, passphrase: str | None) -> GuiFile:
    from caseapp.config import Location
    from caseapp.demo.synthetic import fill_synthetic
    from caseapp.services.casefile import open_case_file

    folder = Path(tempfile.mkdtemp(prefix="caseapp-gui-start-"))
    path = folder / ("secret.caseapp" if passphrase else "plain.caseapp")
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="bench")
    try:
        fill_synthetic(cf.ctx, captives)
    finally:
        cf.close()
    return GuiFile(path, captives, environment(folder, passphrase))


def run(code: str, f: GuiFile, *extra: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, str(f.path), str(f.captives), *extra],
                          capture_output=True, text=True, env=f.env, timeout=900)
    if done.returncode:
        raise RuntimeError(f"exit {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def _plain(args: argparse.Namespace) -> GuiFile:
    return make_file(args.gui_captives, None)


def _encrypted(args: argparse.Namespace) -> GuiFile:
    return make_file(args.gui_captives, PASSPHRASE)


def _app(f: GuiFile) -> str:
    return run(APP, f)


def _simple(f: GuiFile) -> str:
    return run(SIMPLE, f)


def same_ids(app: str, simple: str) -> bool:
    a = app.splitlines()[0].split(",")
    s = simple.splitlines()[0].split(",")
    return len(a) > 0 and a == s


ROWS = [
    Row("GUI start to rows shown (plain)", 2.5, _plain, _app, _simple, same_ids),
    Row("GUI start to rows shown (encrypted)", 2.5, _encrypted, _app, _simple, same_ids),
]
