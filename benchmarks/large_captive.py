"""A captive with a long file: time to open it in the window and to show each of its tabs.

    uv run python benchmarks/large_captive.py [VISITS] [--rounds N]     (default 3,000, 3)

Builds the demo in a temporary folder and gives its first captive VISITS welfare contacts,
VISITS / 2 interventions, VISITS / 7 hearings and VISITS / 10 notes (through the JSON
export and import, as a case file grown over years would come). Shows the captive's file
offscreen at 1016×736, opens that captive and a small one in turn, ROUNDS times, then each
tab once; prints the medians. Beside them, the simplest code showing the same welfare rows:
a bare QTableView over a QStandardItemModel of their texts, one line a row. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.captive_files import _settle, _wait  # noqa: E402
from caseapp.config import Location  # noqa: E402
from caseapp.demo.case_file import build_demo  # noqa: E402
from caseapp.services import data_exports  # noqa: E402
from caseapp.services.casefile import open_case_file  # noqa: E402
from caseapp.ui.session import CaseFileSession  # noqa: E402
from caseapp.ui.views.captive_file import CaptiveFileView  # noqa: E402


def _grown(tables: dict[str, list[dict[str, Any]]], visits: int) -> str:
    """The first captive's file grown by ``visits`` visits and the rest; its uid."""
    captive = tables["captives"][0]
    uid = captive["uid"]
    start = date.fromisoformat(str(captive["capture_date"])[:10]) + timedelta(days=1)

    def day(i: int) -> str:
        return (start + timedelta(days=i % 1000)).isoformat()

    def copies(table: str, n: int, **values: Any) -> list[dict[str, Any]]:
        base = next((r for r in tables[table] if r.get("captive_uid", uid) == uid),
                    tables[table][0])
        if "captive_uid" in base:
            values["captive_uid"] = uid
        made = []
        for i in range(n):
            row = dict(base, uid=str(uuid.uuid4()))
            row.update({k: (v(i) if callable(v) else v) for k, v in values.items()})
            made.append(row)
        tables[table].extend(made)
        return made

    copies("welfare_contacts", visits, contact_on=day,
           notes=lambda i: f"Звонок семьи {i}: без перемен; մայրը զանգահարեց, տեսակցությունը հետաձգվեց")
    copies("notes", visits // 10, title=lambda i: f"Note {i}", body="Длинная заметка. " * 30)
    for hearing in copies("hearings", visits // 7, starts_at=lambda i: day(2 * i) + "T07:00:00+00:00",
                          state="held", next_date=None):
        tables["hearing_captives"].append({"hearing_uid": hearing["uid"], "captive_uid": uid})
    for made in copies("interventions", visits // 2, made_on=day, follow_up_on=None,
                       subject=lambda i: f"Обращение {i} — Դիմում"):
        tables["intervention_captives"].append({"intervention_uid": made["uid"], "captive_uid": uid})
    return uid


def _bare_table(app: QApplication, texts: list[list[str]]) -> float:
    start = time.perf_counter()
    model = QStandardItemModel(len(texts), len(texts[0]))
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    table.resize(1016, 500)
    table.show()
    _settle(app)
    elapsed = time.perf_counter() - start
    table.close()
    return elapsed


def main(visits: int, rounds: int) -> None:
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        demo, grown = Path(folder) / "demo.db", Path(folder) / "grown.db"
        cf = open_case_file(Location(path=demo), create=True, actor="benchmark")
        build_demo(cf)
        export = Path(folder) / "demo.json"
        data_exports.export_json(cf, export)
        cf.close()
        data = json.loads(export.read_text(encoding="utf-8"))
        grown_uid = _grown(data["tables"], visits)
        export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        cf = open_case_file(Location(path=grown), create=True, actor="benchmark")
        cf.import_json(export)
        cf.close()
        session = CaseFileSession(None, None)
        session.open(open_case_file(Location(path=grown), actor="benchmark"))
        ui = session.ui
        assert ui is not None
        view = CaptiveFileView(ui)
        view.resize(1016, 736)
        view.show()
        listed = ui.case_file.captives.list()
        large = next(c.id for c in listed if c.uid == grown_uid)
        small = next(c.id for c in listed if c.id != large)
        opens: dict[int, list[float]] = {large: [], small: []}
        tabs: dict[str, list[float]] = {}
        for _ in range(rounds):
            for captive_id in (small, large):
                start = time.perf_counter()
                view.show_captive(captive_id)
                _wait(app, lambda i=captive_id: view.file is not None and view.file.captive.id == i)
                _settle(app)
                opens[captive_id].append(time.perf_counter() - start)
            for tab in [*range(1, view.tabs.count()), 0]:
                start = time.perf_counter()
                view.tabs.setCurrentIndex(tab)
                _settle(app)
                tabs.setdefault(view.tabs.tabText(tab), []).append(time.perf_counter() - start)
        welfare = view.sections["welfare_contacts"].model
        texts = [[welfare._text(r, c) for c in range(welfare.columnCount())]
                 for r in range(welfare.rowCount())]
        bare = statistics.median(_bare_table(app, texts) for _ in range(rounds))
        view.close()
        ui.case_file.close()

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    print(f"{visits:,} visits, {visits // 2:,} interventions, {visits // 7:,} hearings, "
          f"{visits // 10:,} notes; {rounds} rounds, medians")
    print(f"open the large captive's file: {ms(opens[large])}; a small one: {ms(opens[small])}")
    for title, values in tabs.items():
        print(f"  show the tab {title}: {ms(values)}")
    print(f"a bare QTableView of the same {len(texts):,} welfare rows: {bare * 1000:.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("visits", nargs="?", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    main(args.visits, args.rounds)
