"""The import's preview at its first size on a 1024×768 screen, in Russian and Armenian,
with the desktop's font at Qt's 9 points and at 11 (a larger desktop font, or a screen
scaled up): every column's title read whole, on as many lines as it needs, the whole title
in its tooltip, and no sideways scroll. At 11 points «Полное имя» was squeezed to 32
pixels under a sideways scroll bar, and «Խնդիրներ և հավանական կրկնօրինակներ» cut at 200."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from tests.ui.sheet_preview_steps import preview_at_1024


def _sheet(ui, path: Path) -> Path:
    """Rows that may be captives already there (a choice in each), a row with errors and a
    long name: every column of the preview with something in it."""
    captives = ui.case_file.captives.list()
    rows = [f"{c.latin_name};{c.birth};10.11.2020;в плену;военнослужащий;СИЗО Баку;Шуши\n"
            for c in captives[:4]]
    rows.append("Тер-Оганесян-Мелик-Шахназарян Мкртич Александрович;31.02.1990;завтра;"
                "непонятно;кто-то;Тюрьма Гобустан;\n")
    path.write_text("ФИО;Дата рождения;Дата захвата;Статус;Категория;Место содержания;"
                    "Место захвата\n" + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("app_font_size", [9, 11], indirect=True)
def test_every_title_of_the_preview_reads_whole_without_a_sideways_scroll(
        qtbot, ui, tmp_path: Path, lang: str, app_font_size: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = preview_at_1024(qtbot, ui, _sheet(ui, tmp_path / "list.csv"), lang, 5, monkeypatch)
    table = dialog.rows
    header = table.horizontalHeader()
    spacing = QFontMetrics(header.font()).lineSpacing()

    def cut() -> list[str]:
        """The titles narrower than the style says they need, or taller than the header."""
        titles = []
        for column in range(header.count()):
            shown = str(table.model().headerData(column, Qt.Orientation.Horizontal))
            if not header.isSectionHidden(column) and (
                    header.sectionSize(column) < header.sectionSizeHint(column)
                    or len(shown.split("\n")) * spacing > header.height()):
                titles.append(f"{shown!r}: {header.sectionSize(column)}")
        return titles

    # the columns are fitted once laid out (a zero timer)
    qtbot.waitUntil(lambda: not cut() and table.horizontalScrollBar().maximum() == 0,
                    timeout=3000)
    for column in range(header.count()):
        shown = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        tip = table.model().headerData(column, Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole)
        assert tip == shown.replace("\n", " "), column  # the whole title, on one line
