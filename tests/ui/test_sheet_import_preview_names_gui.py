"""The import's preview at the dialog's first size on a 1024×768 screen, in English, Russian
and Armenian: a long full name reads on two lines at most, and no column's title is cut. At
200 pixels a name column put «Тер-Оганесян-Мелик-Шахназарян Мкртич Александрович» on three
lines beside an empty column of problems, and in Armenian the problems' title was cut at both
ends («ոնդիրներ և հավանակա»)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from caseapp.ui.dialogs.sheet_import_labels import PREVIEW_FIELDS
from caseapp.ui.widgets.fitted_columns import WORD_MARGIN
from tests.ui.sheet_preview_steps import preview_at_1024

NAMES = ("Тер-Оганесян-Мелик-Шахназарян Мкртич Александрович",
         "Տեր-Հովհաննիսյան-Շահնազարյան Արմենուհի Վարդանի",
         "Ter-Petrosyan-Melik-Aghamalyan Gevorg Hovhannesovich")
SHEET = "ФИО;Дата рождения;Дата захвата;Статус\n" + "".join(
    f"{name};17.05.1990;10.11.2020;в плену\n" for name in NAMES)


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_a_long_name_reads_on_two_lines_at_the_dialogs_first_size(
        qtbot, ui, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.csv"
    path.write_text(SHEET, encoding="utf-8")
    dialog = preview_at_1024(qtbot, ui, path, lang, len(NAMES), monkeypatch)
    table = dialog.rows
    qtbot.wait(50)  # the columns are fitted once laid out (a zero timer)
    header = table.horizontalHeader()
    name = 2 + PREVIEW_FIELDS.index("name")
    metrics = QFontMetrics(table.font())
    room = QRect(0, 0, header.sectionSize(name) - WORD_MARGIN, 1 << 20)
    lines = {table.item(row, name).text(): metrics.boundingRect(
        room, Qt.TextFlag.TextWordWrap, table.item(row, name).text()).height()
        // metrics.lineSpacing() for row in range(table.rowCount())}
    assert {frozenset(n.split()) for n in lines} == {frozenset(n.split()) for n in NAMES}
    assert max(lines.values()) <= 2, lines
    cut = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
           if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut == []
