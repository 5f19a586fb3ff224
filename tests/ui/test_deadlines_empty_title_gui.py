"""A new case file's Deadlines view on a laptop in Armenian: with no deadline yet, the
"Deadline" column was squeezed to a few letters («ամկե») between columns the view thought
narrower than they were (the widths of titles alone, while the columns kept theirs)."""

from __future__ import annotations

import pytest

from caseapp.ui.language import apply_language
from caseapp.ui.views.deadlines import TITLE_COLUMN, TITLE_MIN, DeadlinesView


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_the_deadline_column_keeps_its_room_with_no_deadline(qtbot, qapp, fresh_ui, lang: str) -> None:
    apply_language(qapp, lang)
    view = DeadlinesView(fresh_ui)
    qtbot.addWidget(view)
    view.resize(960, 600)  # beside the list of views (folded to its icons) in a 1024-pixel window
    view.show()
    view.reload()
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view._fit_later.isActive(), timeout=10000)
    qtbot.wait(100)
    shown = [c for c in range(header.count()) if not view.table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.table.viewport().width() + 1
    assert header.sectionSize(TITLE_COLUMN) >= TITLE_MIN, [header.sectionSize(c) for c in shown]
