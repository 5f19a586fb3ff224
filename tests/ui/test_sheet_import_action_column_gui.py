"""The import's preview at 1024×768 with the desktop's font at 11 points (and Qt's 9), in
English, Russian and Armenian: the Action column says each row's action whole, on two lines
where it needs them, and is no wider than that (or than a row's choice), so that the Status
and Category columns keep their room (at 9 points their longest words whole). Kept on one
line the action took the room («Не человек: название части», 230 pixels at 11 points) and the
row's status and category read «Удер… обви…», «Военнос… / военноп…», «Զինծառայ…»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from caseapp.ui.dialogs.sheet_import_labels import PREVIEW_FIELDS
from caseapp.ui.dialogs.sheet_import_preview import two_line_width
from caseapp.ui.widgets.fitted_columns import WORD_MARGIN, RoomyRows, longest_word
from tests.ui.sheet_preview_steps import preview_at_1024


def _sheet(ui, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Every action a row can have: a list's part title and its total (not people), rows that
    may be captives already there (a choice), a row with errors, a new captive."""
    captives = ui.case_file.captives.list()
    rows = ["Военнослужащие;;;;;;\n"]
    rows += [f"{c.latin_name};{c.birth};10.11.2020;в плену;военнослужащий;СИЗО Баку;Шуши\n"
             for c in captives[:2]]
    rows.append("Арамян Арам;31.02.1990;завтра;непонятно;кто-то;Тюрьма Гобустан;\n")
    rows.append("Петросян Давид;01.02.1990;10.11.2020;осужден;гражданский;Тюрьма Гобустан;\n")
    rows.append("Итого: 5;;;;;;\n")
    path.write_text("ФИО;Дата рождения;Дата захвата;Статус;Категория;Место содержания;"
                    "Место захвата\n" + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
@pytest.mark.parametrize("app_font_size", [9, 11], indirect=True)
def test_the_action_is_whole_and_no_wider_than_on_two_lines(
        qtbot, ui, tmp_path: Path, lang: str, app_font_size: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = preview_at_1024(qtbot, ui, _sheet(ui, tmp_path / "list.csv"), lang, 6, monkeypatch)
    table = dialog.rows
    delegate = table.itemDelegate()  # (the table's: see wrap_rows)
    assert isinstance(delegate, RoomyRows)

    def cut_actions() -> list[str]:
        cut = []
        for row in range(table.rowCount()):
            index = table.model().index(row, 1)
            combo = table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                if combo.width() < combo.sizeHint().width():
                    cut.append(f"{combo.currentText()}: {combo.width()}")
                continue
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            option.rect = table.visualRect(index)
            if delegate.cut_text(option, index):
                cut.append(f"{index.data()!r}: {option.rect.size()}")
        return cut

    def cut_words() -> list[str]:
        return [f"{field}: {table.columnWidth(column)} < {longest_word(table, column)}"
                for field in ("status", "category")
                for column in (2 + PREVIEW_FIELDS.index(field),)
                if table.columnWidth(column) < longest_word(table, column) + WORD_MARGIN]

    metrics = table.fontMetrics()
    texts = [str(table.model().index(row, 1).data() or "") for row in range(table.rowCount())]
    # as wide as the widest choice or action on two lines, and no wider
    needed = max([c.sizeHint().width() for c in dialog.preview_page.choices.values()]
                 + [two_line_width(metrics, t) + WORD_MARGIN + 1 for t in texts if t])

    def fitted() -> None:
        assert cut_actions() == [] and table.columnWidth(1) <= needed + 1, (
            table.columnWidth(1), needed)
        if app_font_size == 9:  # (at 11 points nine columns leave some long words no room)
            assert cut_words() == []

    qtbot.waitUntil(fitted, timeout=3000)  # the columns are fitted once laid out (a zero timer)
