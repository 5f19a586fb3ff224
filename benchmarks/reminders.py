"""How long the deadline lists take on a large case file.

    uv run python benchmarks/reminders.py [N_CAPTIVES]

Creates N synthetic captives (benchmarks' usual fill), each with a detention order and
three open deadlines inserted in bulk, then times what the Deadlines view, the
dashboard's "Needs attention" panel and the calendar export read. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from caseapp.config import Location
from caseapp.db.base import new_uid
from caseapp.db.models import Deadline, DetentionOrder
from caseapp.demo.synthetic import fill_synthetic
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import open_case_file

TODAY = date(2026, 11, 27)


def timed(label: str, fn, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<52} {best * 1000:9.1f} ms")
    return result


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cf = open_case_file(Location(path=Path(folder) / "bench.db"), create=True, actor="bench",
                            today=lambda: TODAY)
        start = time.perf_counter()
        fill_synthetic(cf.ctx, n)
        with cf.db.session_factory.begin() as s:
            conn = s.connection()
            orders, deadlines = [], []
            for cid in range(1, n + 1):
                begins = TODAY - timedelta(days=cid % 120)
                orders.append(dict(uid=new_uid(), captive_id=cid, start_date=begins,
                                   term_months=4, term_days=0,
                                   expires_on=begins + timedelta(days=120)))
                for k in range(3):
                    deadlines.append(dict(
                        uid=new_uid(), captive_id=cid, title=f"Step {k}", rule_id="",
                        due_on=TODAY + timedelta(days=(cid + 17 * k) % 200 - 20),
                        status=DeadlineStatus.OPEN, explanation=[]))
            conn.execute(insert(DetentionOrder.__table__), orders)
            conn.execute(insert(Deadline.__table__), deadlines)
        print(f"{n} captives, {n} orders, {3 * n} deadlines made in "
              f"{time.perf_counter() - start:.1f} s")
        rows = timed("Deadlines view: every open deadline with names", cf.reminders.rows)
        timed("Start-up reminder: due today or overdue", cf.reminders.due)
        timed("Tray and banner: alerts (due, ahead, hearings, news)", cf.reminders.alerts)
        attention = timed("Dashboard: needs attention (every clock)", cf.reminders.attention)
        events = timed("Calendar export: events of the next year",
                       lambda: cf.reminders.calendar(365))
        print(f"  {len(rows)} open deadlines, {len(attention.items)} attention items, "
              f"{len(events.deadlines)} deadlines in the calendar")
        cf.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
