"""The window's calendar export says, after its events, how many deadlines closed and
hearings and deadlines deleted lately the file cancels (so the lawyer knows her phone will
drop them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 20000


def test_the_status_line_says_how_many_deleted_records_the_calendar_cancels(
        qtbot, ui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = ui.case_file
    gone = [d for d in cf.deadlines.list() if d.status.value == "open"][:2]
    for d in gone:
        cf.deadlines.delete(d.id)
    out = tmp_path / "cal.ics"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(  # the language: the one proposed
        lambda _p, _t, _l, items, c, _e: (items[items.index("Internal")] if "Internal" in items
                                           else items[c], True)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # nothing left out: not asked
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    told: list[str] = []
    view.message.connect(told.append)
    view.export_calendar()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    deleted = {f"{d.uid}@caseapp" for d in gone}
    cancelled = [e for e in events if str(e["UID"]) in deleted]
    assert [str(e["STATUS"]) for e in cancelled] == ["CANCELLED", "CANCELLED"]
    # the demo's deadlines closed lately, written cancelled too: counted apart
    closed = [e for e in events if str(e["STATUS"]) == "CANCELLED"
              and str(e["UID"]) not in deleted and "Deadline" in e.get("CATEGORIES").cats]
    assert closed
    assert told[-1].startswith("Wrote ") and told[-1].endswith(
        f"at the internal level to {out}. The file also cancels {len(closed)} deadlines closed "
        "lately (done or dismissed). The file also cancels 2 hearings or deadlines deleted "
        "lately."), told
