"""Levels in the desktop app: the dossier and report dialogs say what the chosen level leaves
out before anything is generated; the calendar export asks for a level (shareable first),
says what it leaves out and writes only what the level allows; new records start at their
kind's default level."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from caseapp.domain.enums import Sensitivity
from caseapp.ui.dialogs.kind_declaration import default_values
from caseapp.ui.dialogs.record_kinds import HEARING, IDENTITY_DOCUMENT, NOTE, PROSECUTION
from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 20000


def test_dossier_dialog_lists_what_the_level_leaves_out_before_generating(qtbot, ui) -> None:
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    dialog.set_level(Sensitivity.SHAREABLE)
    qtbot.waitUntil(lambda: "shareable level leaves out" in dialog.left_out.text(), timeout=WAIT)
    assert "choose a higher level" in dialog.left_out.text()
    assert dialog.result_file is None  # nothing generated yet
    dialog.set_level(Sensitivity.INTERNAL)
    qtbot.waitUntil(lambda: "internal level leaves nothing out" in dialog.left_out.text(),
                    timeout=WAIT)


def test_report_dialog_lists_what_the_public_level_leaves_out(qtbot, ui) -> None:
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.level.setCurrentIndex(dialog.level.findData(Sensitivity.PUBLIC))
    qtbot.waitUntil(lambda: "status report at the public level" in dialog.left_out.text(),
                    timeout=WAIT)
    assert dialog.left_out_summary is not None and dialog.left_out_summary.omissions


def test_calendar_export_asks_the_level_and_says_what_it_leaves_out(
        qtbot, ui, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def ask(_parent, _title, _label, items, current, _editable):
        if "Public" not in items:  # the calendar's language: the one proposed
            return items[current], True
        offered.append(list(items))
        return items[items.index("Public")], True
    said: list[str] = []

    def run_box(box: QMessageBox) -> int:
        said.append(box.text())
        box.chosen = next(b for b in box.buttons()
                          if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        return 0
    out = tmp_path / "cal.ics"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(ask))
    monkeypatch.setattr(QMessageBox, "exec", run_box)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    told: list[str] = []
    view.message.connect(told.append)
    view.export_calendar()
    qtbot.waitUntil(out.exists, timeout=WAIT)
    ui.runner.wait()
    assert offered[0][0] == "Shareable"  # the first offered: a calendar leaves the machine
    assert said and said[0].startswith("The calendar at the public level leaves out ")
    # Once written, the status line says so too, with how many the file left out.
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    left = int(said[0].split("leaves out ")[1].split()[0])
    assert told[-1].endswith(f"at the public level to {out}. {left} items left out at that "
                             "level."), told
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["x-wr-calname"]).endswith("(public level)")


def test_new_records_start_at_their_kinds_default_level() -> None:
    assert default_values(PROSECUTION, None)["sensitivity"] is Sensitivity.SHAREABLE
    assert default_values(IDENTITY_DOCUMENT, None)["sensitivity"] is Sensitivity.INTERNAL
    assert default_values(NOTE, None)["sensitivity"] is Sensitivity.INTERNAL
    assert HEARING.key == "hearings"
