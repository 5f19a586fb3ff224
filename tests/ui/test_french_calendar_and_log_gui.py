"""The window offers the calendar and the daily log in every language the documents print in,
French included, as the dossier's and the report's dialogs do; the interface's language is
the one proposed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 20000


def test_the_calendar_is_written_in_the_language_chosen(
        qtbot, ui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[list[str], int]] = []

    def ask(_parent, _title, _label, items, current, _editable):
        asked.append((list(items), current))
        if "Internal" in items:
            return "Internal", True
        return "French", True

    out = tmp_path / "cal.ics"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # nothing left out at internal
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    told: list[str] = []
    view.message.connect(told.append)
    view.export_calendar()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    languages, proposed = asked[-1]
    assert languages == ["English", "Armenian", "Russian", "French"]
    assert proposed == 0  # the interface's language (English in the tests)
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == ("CaseApp\u00a0: échéances et audiences "
                                             "(niveau interne)")
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries and all(s.startswith(("Échéance", "Audience", "Accomplie", "Écartée",
                                           "Renvoyée", "Annulée")) for s in summaries), summaries
    assert told[-1].startswith("Wrote ")  # the status line stays in the interface's language


def test_the_daily_log_is_written_in_the_language_chosen(
        qtbot, ui, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from caseapp.services import audit_trail
    from caseapp.ui.views import deadline_log

    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    ui.case_file.deadlines.create(title="Reply to the Registry", due_on="2026-12-04")
    target = tmp_path / "log.pdf"
    offered: list[str] = []

    def run(dialog: RecordDialog):
        combo = dialog.widgets["lang"]
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        assert combo.currentText() == "English"  # the interface's language, proposed
        combo.setCurrentIndex(combo.findText("French"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return dialog.result_value

    monkeypatch.setattr(deadline_log, "run_dialog", run)
    monkeypatch.setattr(deadline_log, "ask_save_path", lambda *args, **kwargs: target)
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.message, timeout=3 * WAIT) as said:
        deadline_log.daily_log(ui, view)
    assert offered == ["English", "Armenian", "Russian", "French"]
    assert said.args[0] == f"Wrote the daily log of 27 November 2026 (1 event) to {target}."
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Contrôle des échéances" in text and "27 novembre 2026" in text
    assert "Reply to the Registry" in text and "Imprimé au niveau INTERNE" in text
    assert "Deadline control" not in text
