"""The Deadlines view in Russian and Armenian: a rule's deadline shows its title, body and steps
in the interface's language; a deadline whose explanation was stored as English text before
shows it as written."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from caseapp.domain import messages
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000


@pytest.fixture
def russian():
    before = messages.current_language()
    messages.set_language("ru")
    yield
    messages.set_language(before)


def order_deadlines(ui) -> tuple[int, int]:
    cf = ui.case_file
    captive = cf.captives.create(names=["Арам Саргсян"], capture="2026-06-01", status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2026-10-31", term_months=4)
    found = {d.rule_id: d.id for d in cf.deadlines.list(captive_id=captive.id)}
    return captive.id, found["az.detention.expiry"]


def select(qtbot, view: DeadlinesView, deadline_id: int) -> None:
    qtbot.waitUntil(lambda: any(r.deadline.id == deadline_id for r in view.rows), timeout=WAIT)
    view.search.setText("Арам")
    for row in range(view.proxy.rowCount()):
        record = view.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        if record.deadline.id == deadline_id:
            view.table.setFocus()
            view.table.selectRow(row)
            return
    raise AssertionError("the deadline is not listed")


def edit_in_the_view(qtbot, ui, monkeypatch, deadline_id: int,
                     values: dict) -> tuple[list, DeadlinesView]:
    """The Deadlines view's Edit on ``deadline_id``, its dialog given ``values`` and saved:
    the dialogs shown, and the view (to edit again)."""
    from caseapp.ui.views import deadline_actions

    dialogs: list = []

    def run(dialog):
        dialogs.append(dialog)
        dialog.set_values(values)
        dialog.try_save()
        return dialog.result_value

    monkeypatch.setattr(deadline_actions, "run_dialog", run)
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    select(qtbot, view, deadline_id)
    view.edit()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=WAIT)
    return dialogs, view


def test_a_rules_deadline_reads_in_russian(qtbot, ui, russian) -> None:
    _, expiry = order_deadlines(ui)
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    select(qtbot, view, expiry)
    qtbot.waitUntil(lambda: "Истекает срок" in view.details.toPlainText()
                    and "событие-основание" in view.details.toPlainText(), timeout=WAIT)
    shown = view.details.toPlainText().replace("\u00a0", " ")
    assert "Истекает срок постановления о заключении под стражу" in shown
    assert "событие-основание: сб, 31.10.2026" in shown  # Saturday 31 October 2026
    assert "Азербайджан" in shown  # the rule's body
    assert "trigger" not in shown and "Detention order expires" not in shown
    titles = [view.proxy.index(r, c).data() for r in range(view.proxy.rowCount())
              for c in range(view.proxy.columnCount())]
    assert "Истекает срок постановления о заключении под стражу" in titles


def test_an_old_english_explanation_is_shown_as_written(qtbot, ui, russian) -> None:
    _, expiry = order_deadlines(ui)
    old = ["trigger 2026-10-31 (Saturday)", "+4 months → 2027-02-28"]
    with ui.case_file.db.engine.begin() as conn:
        conn.execute(text("UPDATE deadlines SET explanation = :e WHERE id = :id"),
                     {"e": json.dumps(old), "id": expiry})
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    select(qtbot, view, expiry)
    qtbot.waitUntil(lambda: "+4 months → 2027-02-28" in view.details.toPlainText(),
                    timeout=WAIT)
    assert "trigger 2026-10-31 (Saturday)" in view.details.toPlainText()


@pytest.fixture
def armenian():
    before = messages.current_language()
    messages.set_language("hy")
    yield
    messages.set_language(before)


def test_the_edit_dialog_shows_a_rules_title_in_the_readers_language(
        qtbot, ui, armenian, monkeypatch) -> None:
    """Opened in Armenian, "Edit deadline" showed the rule's title as stored, in English
    ("Detention order expires"); saved with another date, the title stays the rule's (so it
    is read in every language still), and a title the lawyer types is kept as typed."""
    from caseapp.ui.views import deadline_actions

    _, expiry = order_deadlines(ui)
    cf = ui.case_file
    stored = cf.deadlines.get(expiry).title
    armenian_title = cf.rule_set.get("az.detention.expiry").text("title", "hy")
    assert armenian_title != stored
    dialogs, view = edit_in_the_view(qtbot, ui, monkeypatch, expiry,
                                     {"due_on": cf.deadlines.get(expiry).due_on.replace(day=20)})
    assert dialogs[0].widgets["title"].text() == armenian_title
    saved = cf.deadlines.get(expiry)
    assert saved.due_on.day == 20
    assert saved.title == stored  # still the rule's: read in Russian or English elsewhere

    def retitle(dialog):
        dialogs.append(dialog)
        dialog.set_values({"title": "Ժամկետ"})
        dialog.try_save()
        return dialog.result_value

    monkeypatch.setattr(deadline_actions, "run_dialog", retitle)
    view.edit()
    qtbot.waitUntil(lambda: len(dialogs) == 2, timeout=WAIT)
    assert cf.deadlines.get(expiry).title == "Ժամկետ"
