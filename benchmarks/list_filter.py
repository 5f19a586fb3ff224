"""Per-keystroke time of a list's filter box (the Deadlines, Hearings, Documents, Advocacy and
Contacts views' :class:`~caseapp.ui.views.tables.RecordFilterProxy`) over many rows.

    uv run python benchmarks/list_filter.py [N_ROWS]     (default 100,000)

Rows of six columns (a captive's name in two scripts, a title, a day, a rule's id, a status)
and a searchable text beside them, as the Deadlines view has. Each query is typed twice (the
first keystroke after the rows are set, then again). Against the simplest code doing the same
work: the rows' texts, folded once, tested with ``in`` for each word typed (letters only: no
name by its sound), over a list. Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from caseapp.domain.collation import loosely
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
    print(f"{n:,} rows; each query typed twice (first, again); min of 3 rounds")
    print(f"{'query':<22} {'first':>9} {'again':>9} {'simple':>9}  ratio (again)  rows")
    for query in QUERIES:
        model.set_records(data)  # the rows set again: the first keystroke after them
        first = again = simple = float("inf")
        for _ in range(3):
            proxy.set_text("")
            model.set_records(data)
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
        ratio = again / simple
        print(f"{query:<22} {first * 1000:>7.0f}ms {again * 1000:>7.0f}ms "
              f"{simple * 1000:>7.0f}ms  {ratio:>6.1f}×        {shown:,} (letters only: "
              f"{len(found):,})")
    del app


if __name__ == "__main__":
    main()
