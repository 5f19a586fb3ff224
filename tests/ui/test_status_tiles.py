"""The dashboard's tiles say their count in words that agree with it in every language:
"5 осуждены", "21 осуждён", not "5 Осуждён" (a status's name beside any count)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.i18n import install_translators
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.dashboard_head import tile_text


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        install_translators(qapp, QLocale(code))
    yield use
    install_translators(qapp, QLocale("en"))


@pytest.mark.parametrize(("lang", "status", "words"), [
    ("ru", CaptiveStatus.CONVICTED, {1: "осуждён", 2: "осуждены", 5: "осуждены", 21: "осуждён"}),
    ("ru", CaptiveStatus.MISSING, {1: "пропал без вести", 2: "пропали без вести",
                                   5: "пропали без вести", 21: "пропал без вести"}),
    ("ru", CaptiveStatus.DECEASED, {1: "скончался", 2: "скончались", 5: "скончались",
                                    21: "скончался"}),
    ("ru", CaptiveStatus.HELD, {1: "удерживается, обвинение неизвестно",
                                5: "удерживаются, обвинение неизвестно"}),
    ("hy", CaptiveStatus.HELD, {1: "պահվում է, մեղադրանք հայտնի չէ",
                                2: "պահվում են, մեղադրանք հայտնի չէ"}),
    ("hy", CaptiveStatus.CONVICTED, {1: "դատապարտված", 5: "դատապարտված"}),
    ("en", CaptiveStatus.PRE_TRIAL, {1: "in pre-trial detention", 5: "in pre-trial detention"}),
])
def test_a_tile_agrees_with_its_count(language, lang: str, status: CaptiveStatus,
                                      words: dict[int, str]) -> None:
    language(lang)
    assert {n: tile_text(status, n) for n in words} == {n: (str(n), w) for n, w in words.items()}


def test_the_russian_dashboard_says_five_convicted(qtbot, ui, language) -> None:
    language("ru")
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    card = view.cards[CaptiveStatus.CONVICTED]
    qtbot.waitUntil(lambda: card.count.text() != "–", timeout=10000)
    n = sum(1 for c in ui.case_file.captives.list() if c.status is CaptiveStatus.CONVICTED)
    assert n == 5  # the demo's
    assert (card.count.text(), card.caption.text()) == ("5", "осуждены")
    assert card.accessibleName() == "5 осуждены"
