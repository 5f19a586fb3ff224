"""Deadline control in the Deadlines view: the captive filter as a removable chip whose
counts follow it (and that the sidebar clears), hard deadlines marked, first and never
snoozed silently, and the document a deadline came from, chosen and opened."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000


def shown(view: DeadlinesView) -> list:
    return [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.proxy.rowCount())]


def summary(view: DeadlinesView) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>|&nbsp;", " ", view.summary.text())).strip()


def save(qtbot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _captive_with_deadlines(cf) -> int:
    """TODAY is Friday 27 November 2026: one deadline overdue (the 20th), one today, two this
    week (30 November, 2 December: within 7 days), one later (January) and one done."""
    cid = cf.captives.create(names=["Ալինա Петрова"], status="pre_trial").id
    for title, due in (("Overdue one", "2026-11-20"), ("Today's", "2026-11-27"),
                       ("Monday's", "2026-11-30"), ("Wednesday's", "2026-12-02"),
                       ("January's", "2027-01-10"), ("Closed one", "2026-11-26")):
        d = cf.deadlines.create(captive_id=cid, title=title, due_on=due)
    cf.deadline_engine.mark_done(d.id, "done")
    return cid


def test_the_captive_filter_is_a_chip_the_counts_follow_and_the_sidebar_clears(
        qtbot, blank_window, demo_copy: Path) -> None:
    w = blank_window
    w.resize(1280, 800)
    assert w.open_path(demo_copy)
    cid = _captive_with_deadlines(w.case_file)
    view = w.views["deadlines"]
    w.show_captive_deadlines(cid, "Ալինա Петрова")
    qtbot.waitUntil(lambda: len(shown(view)) == 6, timeout=WAIT)  # all six, the closed one too
    assert view.chip.isVisible() and "Ալինա Петрова" in view.chip.label.text()
    assert summary(view) == "1 overdue · 1 today · 2 this week · 1 later"

    # A real click on the chip's close button: everyone's deadlines, everyone's counts.
    qtbot.mouseClick(view.chip.close_button, Qt.MouseButton.LeftButton)
    assert not view.chip.isVisible() and view.captive_filter is None
    qtbot.waitUntil(lambda: len(shown(view)) > 6, timeout=WAIT)
    assert summary(view) != "1 overdue · 1 today · 2 this week · 1 later"

    # Filtered again, then opened from the sidebar: unfiltered, open deadlines only.
    w.show_captive_deadlines(cid, "Ալինա Петрова")
    nav = w.nav
    for target in ("Captives", "Deadlines"):
        item = next(nav.item(i) for i in range(nav.count()) if target in nav.item(i).text())
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualItemRect(item).center())
    assert w.stack.currentWidget() is view
    assert view.captive_filter is None and not view.chip.isVisible()
    assert view.group.currentData() == "@open" and not view.history.isChecked()
    assert {r.group.value for r in shown(view)} <= {"overdue", "today", "this_week", "later"}


@pytest.fixture
def view(qtbot, ui):
    page = DeadlinesView(ui)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    return page


def test_history_is_shown_on_request(qtbot, view: DeadlinesView, ui) -> None:
    cid = _captive_with_deadlines(ui.case_file)
    qtbot.waitUntil(lambda: any(r.deadline.captive_id == cid for r in view.rows), timeout=WAIT)
    view.set_captive_filter(cid, "Ալինա Петрова")
    assert sorted(r.deadline.title for r in shown(view)) == [
        "January's", "Monday's", "Overdue one", "Today's", "Wednesday's"]
    view.history.setFocus()
    qtbot.keyClick(view.history, Qt.Key.Key_Space)
    assert view.history.isChecked()
    assert "Closed one" in [r.deadline.title for r in shown(view)]


def test_a_hard_deadline_is_marked_first_and_never_snoozed_silently(
        qtbot, view: DeadlinesView, ui, monkeypatch) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Davit Sahakyan"], status="pre_trial").id
    cf.deadlines.create(captive_id=cid, title="Call the family", due_on="2026-11-30")
    hard = cf.deadlines.create(captive_id=cid, title="Observations to the Court",
                               due_on="2026-12-02", hard=True)
    qtbot.waitUntil(lambda: any(r.deadline.id == hard.id for r in view.rows), timeout=WAIT)
    view.set_captive_filter(cid, "Davit Sahakyan")
    # Both fall due this week; the hard one comes first although it is due later.
    assert [r.deadline.title for r in shown(view)] == ["Observations to the Court",
                                                       "Call the family"]
    assert view.proxy.index(0, 3).data() == "HARD: Observations to the Court"
    assert "1 hard deadline open" in summary(view)

    view.select_deadline(hard.id)
    dialogs: list[RecordDialog] = []

    def run(dialog: RecordDialog):
        dialogs.append(dialog)
        save(qtbot, dialog)  # no reason: refused, the dialog stays open and says why
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "hard deadline" in dialog.errors["reason"].text()
        assert cf.deadlines.get(hard.id).notes == ""
        qtbot.keyClicks(dialog.widgets["reason"], "Registry closed until Monday")
        save(qtbot, dialog)
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", run)
    qtbot.mouseClick(view.buttons["snooze"], Qt.MouseButton.LeftButton)
    assert dialogs and dialogs[0].windowTitle() == "Snooze a hard deadline"
    # The dialog proposed 30 November (three days on, before the due date).
    assert cf.deadlines.get(hard.id).notes.replace("\xa0", " ") == \
        "Snoozed until 30 Nov 2026: Registry closed until Monday"


def test_the_document_a_deadline_came_from_is_chosen_and_opened(
        qtbot, view: DeadlinesView, ui, monkeypatch, tmp_path: Path) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Ivan Petrov"], status="pre_trial").id
    order = cf.documents.create(captive_id=cid, title="Extension order of 20 November",
                                filename="order.pdf", content=b"%PDF-1.4 the order")
    deadline = cf.deadlines.create(captive_id=cid, title="Appeal the extension",
                                   due_on="2026-11-30")
    qtbot.waitUntil(lambda: any(r.deadline.id == deadline.id for r in view.rows), timeout=WAIT)
    view.set_captive_filter(cid, "Ivan Petrov")
    view.select_deadline(deadline.id)
    assert not view.buttons["document"].isEnabled()

    def run(dialog: RecordDialog):
        combo = dialog.widgets["document_id"]
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "(none)", "Extension order of 20 November"]
        combo.setCurrentIndex(combo.findData(order.id))
        save(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", run)
    qtbot.mouseClick(view.buttons["edit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cf.deadlines.get(deadline.id).document_id == order.id, timeout=WAIT)
    qtbot.waitUntil(view.buttons["document"].isEnabled, timeout=WAIT)

    copy = tmp_path / "opened-order.pdf"
    opened: list[str] = []
    monkeypatch.setattr("caseapp.ui.views.deadline_actions.ask_save_path",
                        lambda *args, **kwargs: copy)
    monkeypatch.setattr("caseapp.ui.views.deadline_actions.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(view.buttons["document"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [str(copy)], timeout=WAIT)
    assert copy.read_bytes() == b"%PDF-1.4 the order"


def test_the_daily_log_is_written_for_the_day_chosen(qtbot, view: DeadlinesView, ui, message_boxes,
                                                     monkeypatch, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from caseapp.services import audit_trail
    from caseapp.ui.views import deadline_log

    # The audit trail's clock at noon UTC on 27 November 2026 (the tests' today): the same
    # day in the computer's time zone, whichever it is.
    monkeypatch.setattr(audit_trail, "utcnow", lambda: datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    ui.case_file.deadlines.create(title="Reply to the Registry", due_on="2026-12-04")
    target = tmp_path / "log.pdf"
    asked: list[str] = []

    def run(dialog: RecordDialog):
        asked.append(dialog.widgets["day"].value())  # proposed: today
        save(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(deadline_log, "run_dialog", run)
    monkeypatch.setattr(deadline_log, "ask_save_path", lambda *args, **kwargs: target)
    # The first PDF of a test run registers the fonts: on a loaded machine it takes a while.
    with qtbot.waitSignal(view.message, timeout=3 * WAIT) as said:
        deadline_log.daily_log(ui, view)
    assert not message_boxes, message_boxes
    assert asked == ["2026-11-27"]
    assert said.args[0] == f"Wrote the daily log of 27 November 2026 (1 event) to {target}."
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Reply to the Registry" in text and "INTERNAL level" in text
