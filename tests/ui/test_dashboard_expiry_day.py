"""The dashboard on the day a detention order expires says "expires today", not "in 0 days"."""

from __future__ import annotations

from caseapp.services.attention import AttentionItem
from caseapp.ui.views.dashboard import DashboardView
from tests.conftest import TODAY


def test_the_expiry_day_reads_today(qtbot, ui) -> None:
    board = DashboardView(ui)
    qtbot.addWidget(board)
    item = AttentionItem(kind="expiry", captive_id=1, captive_name="Sahakyan Davit", text="",
                         due_on=TODAY, days=0)
    said = board.attention_text(item, TODAY)
    assert said.startswith("Detention order expires today ("), said
    assert "0 days" not in said


def test_each_of_two_concurrent_orders_is_named(qtbot, ui) -> None:
    """Custody under orders of two criminal cases: each expiry is an item of its own, naming
    the case (its number, else the day the order started)."""
    from datetime import date

    board = DashboardView(ui)
    qtbot.addWidget(board)
    numbered = AttentionItem(kind="expiry", captive_id=1, captive_name="Sahakyan Davit",
                             text="", due_on=date(2026, 12, 1), days=4, order_id=7,
                             case_number="1-11/2026", order_start=date(2026, 9, 1))
    said = board.attention_text(numbered, TODAY)
    assert said.startswith("Detention order in criminal case 1-11/2026 expires in 4 days ("), said
    unnumbered = AttentionItem(kind="expiry", captive_id=1, captive_name="Sahakyan Davit",
                               text="", due_on=TODAY, days=0, order_id=8,
                               order_start=date(2026, 10, 5))
    said = board.attention_text(unnumbered, TODAY)
    assert said.startswith("Detention order of ") and "expires today (" in said, said
