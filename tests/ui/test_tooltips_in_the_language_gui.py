"""Under Armenian and Russian, what a tooltip says of a deadline is in the window's language:
the dashboard's "Needs attention" line and the Deadlines view's choice of bodies."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from caseapp.ui.language import apply_language
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.deadlines import DeadlinesView
from tests.ui.test_no_english_left import english_words

WAIT = 10000


@pytest.fixture(params=["hy", "ru"])
def language(request, qapp):
    """The window's language (English again after the test: tests/conftest)."""
    apply_language(qapp, request.param)
    return request.param


def english_in(texts: list[str]) -> list[str]:
    words = english_words()
    return [t for t in texts if any(w.lower() in words for w in re.findall(r"[A-Za-z]{3,}", t))]


def test_needs_attention_tooltips_are_in_the_language(qtbot, ui, language: str) -> None:
    """The tooltip of a rule's deadline in "Needs attention" read "Extension of detention:
    investigator's motion to the supervising prosecutor (10 days before expiry, as reported)"
    beside its line in Armenian or Russian: it now says what the line says, whole."""
    cf = ui.case_file
    captive = cf.captives.create(names=["Արամ Սարգսյան", "Арам Саргсян"], capture="2026-06-01",
                                 status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2026-09-02", term_months=3)
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.attention.count() > 1, timeout=WAIT)
    items = [item for item in (view.attention.item(i) for i in range(view.attention.count()))
             if "Սարգսյան" in item.text() or "Саргсян" in item.text()]  # the demo's are English
    tips = [i.toolTip() for i in items]
    assert tips and not english_in(tips), english_in(tips)
    for item in items:  # what the tooltip says is what the line says
        assert not item.toolTip() or item.toolTip() == item.text()


def test_the_bodies_to_choose_from_have_no_english_tooltip(qtbot, ui, language: str) -> None:
    """The Deadlines view's body filter showed "Азербайджан" with the tooltip "Azerbaijan",
    "Женевская конвенция III" with "Geneva Convention III"."""
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.body.count() > 2, timeout=WAIT)
    tips = [view.body.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(view.body.count())]
    assert not english_in(tips), english_in(tips)
