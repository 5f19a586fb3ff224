"""The dashboard's list of those longest without news at 1024×768 in Armenian and Russian: a
captive's name of 200 characters took five lines of the box, and the days since the last
contact came after them. The name is cut to one line's worth, the days read after it, and
the whole name is in the line's tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.ui.captive_names import NAME_IN_A_LINE
from caseapp.ui.language import apply_language
from caseapp.ui.views.dashboard import CAPTIVE_ROLE, DashboardView

LONG = ("Աաբրահամյան Մելիք-Շահնազարյան Տեր-Հովհաննիսյան Վարդան Քալանթարյան " * 4)[:200].strip()


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_long_name_leaves_the_days_since_contact_in_sight(qtbot, ui, lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    captive = ui.case_file.captives.create(names=[LONG], status="held")
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.resize(766, 640)
    view.show()
    qtbot.waitUntil(lambda: captive.id in [view.no_contact.item(i).data(CAPTIVE_ROLE)
                                           for i in range(view.no_contact.count())], timeout=10000)
    item = next(view.no_contact.item(i) for i in range(view.no_contact.count())
                if view.no_contact.item(i).data(CAPTIVE_ROLE) == captive.id)
    name, _, when = item.text().partition("  —  ")
    assert len(name) <= NAME_IN_A_LINE and name.endswith("…")
    assert item.toolTip().splitlines()[0].startswith(name[:-1])  # the shown spelling, whole
    assert when  # the days since the last contact, after the name
    assert LONG in item.toolTip()
    row = view.no_contact.visualItemRect(item)
    assert row.height() <= 2 * view.no_contact.fontMetrics().lineSpacing() + 8
