"""The Deadlines view lists the steps of an expiring detention order due on one day in
their legal sequence, before the expiry, whether sorted by "When" (its first order) or by
"Due", though they were typed in the reverse order (caseapp.domain.same_day)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from caseapp.services.casefile import CaseFile
from caseapp.ui.models.records import RECORD_ROLE
from caseapp.ui.views.deadlines import DeadlinesView
from tests.conftest import TODAY

SEQUENCE = [("Investigator's motion", "az.detention.extension_upstream_10"),
            ("Supervising prosecutor's motion", "az.detention.extension_upstream_7"),
            ("Motion in court", "az.detention.extension_request"),
            ("Order expires", "az.detention.expiry")]


def test_the_view_lists_one_day_in_the_legal_sequence(qtbot, case_file: CaseFile) -> None:
    from caseapp.ui.session import CaseFileSession

    cid = case_file.captives.create(names=["Ոսկանյան Արամ"], status="pre_trial").id
    day = (TODAY + timedelta(days=3)).isoformat()
    for title, rule in reversed(SEQUENCE):
        case_file.deadlines.create(title=title, due_on=day, rule_id=rule, captive_id=cid,
                                   timezone="Asia/Baku")
    s = CaseFileSession(None, None)
    s.open(case_file)
    view = DeadlinesView(s.ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: len(view.rows) == len(SEQUENCE), timeout=10000)

    def shown() -> list[str]:
        return [view.proxy.index(n, 0).data(RECORD_ROLE).deadline.title
                for n in range(view.proxy.rowCount())]
    assert shown() == [t for t, _ in SEQUENCE]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by "Due"
    assert shown() == [t for t, _ in SEQUENCE]


def test_a_very_long_name_leaves_the_title_its_room(qtbot, case_file: CaseFile) -> None:
    """A name of a hundred letters took the width of the window at 1024 pixels: the
    deadline's title, the column a lawyer reads, was cut to its first letter."""
    from caseapp.ui.session import CaseFileSession
    from caseapp.ui.views.deadlines import CAPTIVE_COLUMN, CAPTIVE_WIDEST, TITLE_COLUMN

    long_name = "\u202eՏեր-Պետրոսյան Արամ " + "Տեր-Պետրոսյան" * 6
    cid = case_file.captives.create(names=[long_name], status="pre_trial").id
    case_file.deadlines.create(title="Motion in court", due_on=TODAY.isoformat(), captive_id=cid)
    s = CaseFileSession(None, None)
    s.open(case_file)
    view = DeadlinesView(s.ui)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitUntil(lambda: len(view.rows) == 1 and bool(view.names), timeout=10000)
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: not view._fit_later.isActive(), timeout=10000)
    assert header.sectionSize(CAPTIVE_COLUMN) <= CAPTIVE_WIDEST
    visible = view.table.viewport().width() - header.sectionViewportPosition(TITLE_COLUMN)
    assert visible >= 300
    tip = view.proxy.index(0, CAPTIVE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Տեր-Պետրոսյան" * 6 in tip
