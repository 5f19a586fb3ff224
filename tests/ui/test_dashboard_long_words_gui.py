"""Needs attention with a word longer than its box (a name typed without spaces, a web address
in a deadline's title): every line of the list grew as wide as that word, ran under the
scroll bar and was cut at the right, a horizontal scroll bar under the list. The long word is
broken inside the box as the other words are, and nothing of it is lost."""

from __future__ import annotations

from datetime import timedelta

from caseapp.ui.views.dashboard import CAPTIVE_ROLE, DashboardView

WORD = "Supercalifragilisticexpialidociousandevenlongernamewithoutanyspaceatallreally"
ADDRESS = "https://hudoc.echr.coe.int/eng#{%22itemid%22:[%22001-223456%22]}&lang=en&view=full"


def test_a_long_word_wraps_inside_the_box_and_every_line_stays_whole(qtbot, ui) -> None:
    cf = ui.case_file
    captive = cf.captives.create(names=[WORD], status="pre_trial")
    other = cf.captives.create(names=["Aram Sargsyan"], status="pre_trial")
    soon = cf.ctx.today() + timedelta(days=2)
    cf.deadlines.create(captive_id=captive.id, title="Send the medical report", due_on=soon)
    cf.deadlines.create(captive_id=other.id, title=f"Read the judgment {ADDRESS}", due_on=soon)
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.resize(766, 640)
    view.show()
    listed = view.attention
    items = lambda: [listed.item(i) for i in range(listed.count())]  # noqa: E731
    qtbot.waitUntil(lambda: {captive.id, other.id} <= {i.data(CAPTIVE_ROLE) for i in items()},
                    timeout=10000)
    qtbot.wait(50)  # laid out (no time asserted)
    width = listed.viewport().width()
    for item in items():
        assert listed.visualItemRect(item).width() <= width, item.text()
    assert listed.horizontalScrollBar().maximum() == 0
    shown = [i.text().replace("\u200b", "") for i in items()]
    assert any(WORD in text and "Send the medical report" in text for text in shown)
    assert any(ADDRESS in text for text in shown)  # whole, once the breaks are taken out
    assert any(WORD in i.toolTip() for i in items())  # the tooltip as it was
