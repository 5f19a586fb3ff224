"""Per-keystroke time of a list's filter box (the Deadlines, Hearings, Documents, Advocacy and
Contacts views' :class:`~caseapp.ui.views.tables.RecordFilterProxy`) over many rows.

    uv run python benchmarks/list_filter.py [N_ROWS]     (default 100,000)

Rows of six columns (a captive's name in two scripts, a title, a day, a rule's id, a status)
and a searchable text beside them, as the Deadlines view has. Each query is typed three times:
at once after the rows are set (before the window was idle: the filter folds the rows' texts
itself), once the window has been idle after the rows were set (the filter folds them then, a
slice at a time: the time it took in all and its longest slice, the longest the window did not
answer, are printed), and again; the texts' keys by the search's rule, which a name typed
looks in (:func:`caseapp.domain.name_filter.held`, which keeps them), are made anew for the
first two. Against the simplest code doing the same work: the rows'
texts, folded, tested with ``in`` for each word typed (letters only: no name by its sound),
over a list. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from caseapp.domain.collation import loosely
from caseapp.domain.name_filter import held
from caseapp.ui.models.records import RecordColumn, RecordTableModel
from caseapp.ui.views.tables import RecordFilterProxy

GIVEN = ("Tigran", "Aram", "Anahit", "Levon", "Narek", "Gayane", "Samvel", "Lilit")
FAMILY = ("Vardanyan", "Ghazaryan", "Petrosyan", "Hakobyan", "Mkrtchyan", "Sargsyan",
          "Mammadov", "Aliyeva")
TITLES = ("Detention order expires", "Appeal against the extension order",
          "ECHR: observations in reply", "Rule 39: send the medical report")


@dataclass(frozen=True)
class Row:
    name: str
    native: str
    title: str
    day: str
    rule: str
    status: str
    notes: str


def rows(n: int) -> list[Row]:
    out = []
    for i in range(n):
        given, family = GIVEN[i % len(GIVEN)], FAMILY[(i // 8) % len(FAMILY)]
        out.append(Row(f"{given} {family} {i}", f"Տիգրան {i}", TITLES[i % len(TITLES)],
                       f"{1 + i % 28} Dec 2026", f"az.detention.step{i % 5}", "open",
                       f"note {i}"))
    return out


COLUMNS = [RecordColumn("Name", lambda r: r.name), RecordColumn("Native", lambda r: r.native),
           RecordColumn("Title", lambda r: r.title), RecordColumn("Due", lambda r: r.day),
           RecordColumn("Rule", lambda r: r.rule), RecordColumn("Status", lambda r: r.status)]
QUERIES = ("Kazaryan", "vard", "az.detention.step3", "Tigran Petrosyan", "Mamedov")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication([])
    data = rows(n)
    model: RecordTableModel[Row] = RecordTableModel(COLUMNS)
    model.set_records(data)
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.extra_text = lambda r: r.notes
    print(f"{n:,} rows; each query typed at once, after the window idled (first), again; "
          "min of 3 rounds")
    print(f"{'query':<20} {'at once':>8} {'first':>8} {'again':>8} {'simple':>8}  "
          f"{'first/simple':>12} {'again/simple':>12}  rows")
    fold, longest = float("inf"), (float("inf"), float("inf"))
    for query in QUERIES:
        at_once = first = again = simple = float("inf")
        for _ in range(3):
            proxy.set_text("")
            held.cache_clear()  # texts not seen before (the keys of a name typed)
            model.set_records(data)  # the rows set: typed at once
            t = time.perf_counter()
            proxy.set_text(query)
            at_once = min(at_once, time.perf_counter() - t)
            proxy.set_text("")
            held.cache_clear()
            model.set_records(data)  # the rows set, the window idle until they are folded
            turns, t = [], time.perf_counter()
            while getattr(proxy, "folding", False):
                turn, cpu = time.perf_counter(), time.process_time()
                app.processEvents()
                turns.append((time.perf_counter() - turn, time.process_time() - cpu))
            fold = min(fold, time.perf_counter() - t)
            longest = min(longest, max(turns, default=(0.0, 0.0)))
            t = time.perf_counter()
            proxy.set_text(query)
            first = min(first, time.perf_counter() - t)
            proxy.set_text("")
            t = time.perf_counter()
            proxy.set_text(query)
            again = min(again, time.perf_counter() - t)
            shown = proxy.rowCount()
            t = time.perf_counter()
            haystacks = [loosely(" ".join((r.name, r.native, r.title, r.day, r.rule, r.status,
                                           r.notes))) for r in data]
            words = loosely(query).split()
            found = [h for h in haystacks if all(w in h for w in words)]
            simple = min(simple, time.perf_counter() - t)
        print(f"{query:<20} {at_once * 1000:>6.0f}ms {first * 1000:>6.0f}ms "
              f"{again * 1000:>6.0f}ms {simple * 1000:>6.0f}ms  {first / simple:>11.1f}× "
              f"{again / simple:>11.1f}×  {shown:,} (letters only: {len(found):,})")
    print(f"the rows folded while the window was idle: {fold * 1000:.0f} ms in all, its longest "
          f"turn {longest[0] * 1000:.1f} ms ({longest[1] * 1000:.1f} ms of CPU; min of the runs)")
    del app


if __name__ == "__main__":
    main()
