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
