"""The Hearings list at 1024×768 in Armenian and Russian: each hearing's kind reads whole in its
cell («Կալանավորման ժամկետի …», «Заседание по …» were cut), in two words where it is long,
the whole kind in the cell's tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from caseapp.domain.enums import HearingKind
from caseapp.ui.labels import label
from tests.ui.captive_pages import WAIT
from tests.ui.cut_cells import text_height
from tests.ui.small_screen import demo_window

KIND = 1  # the agenda's column of the kinds


@pytest.mark.parametrize("language", ["hy", "ru"])
def test_every_kind_reads_whole_at_1024(qtbot, tmp_path: Path, armenian_demo_template: Path,
                                        language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        window.show_view("hearings")
        view = window.views["hearings"]
        view.set_mode("month")
        agenda = view.agenda
        qtbot.waitUntil(lambda: agenda.model().rowCount() > 0 and window.runner.active == 0,
                        timeout=WAIT)
        qtbot.wait(50)  # rows laid out to their contents (no time asserted)
        model = agenda.model()
        kinds = set()
        for row in range(model.rowCount()):
            index = model.index(row, KIND)
            assert text_height(agenda, row, KIND) <= agenda.rowHeight(row), index.data()
            option = QStyleOptionViewItem()  # as the cell is drawn: not cut to "…"
            option.rect, option.font = agenda.visualRect(index), agenda.font()
            assert agenda.itemDelegateForIndex(index).cut_text(option, index) == "", index.data()
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
            kinds.add(tip.splitlines()[0])
        assert kinds <= {label(k) for k in HearingKind}  # the whole kind, a hover away
