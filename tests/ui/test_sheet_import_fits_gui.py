"""The import wizard fits a 1024×768 screen in Russian and Armenian, at each of its steps,
whatever the file's path: its frame, title bar and all, inside the screen's free area (a
long path made it 1,645 pixels wide, off the screen's edges)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect

from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.i18n import install_translators
from caseapp.ui.widgets.screen_room import DECORATION, keep_on_screen

SCREEN = QRect(0, 0, 1024, 768)
LIST = ("Список пленных;;;\nЛичные данные;;Задержание;\nФИО;Дата рождения;Дата захвата;Статус\n"
        "Петросян Арам;17.05.1990;10.11.2020;в плену\nМамедов Рашад;1985;19.09.2023;осужден\n")


@pytest.fixture(params=["ru", "hy"])
def language(request, qapp):
    install_translators(qapp, QLocale(request.param))
    yield request.param
    install_translators(qapp, QLocale("en"))


def _inside(dialog: SheetImportDialog, area: QRect) -> bool:
    frame = QRect(dialog.pos(), dialog.size() + DECORATION)
    return area.contains(frame)


def test_the_wizard_fits_a_1024_by_768_screen_at_every_step(
        qtbot, ui, tmp_path: Path, language: str) -> None:
    folder = tmp_path / ("очень_длинная_папка_с_материалами_дела" * 2) / ("Списки_МККК_" * 6)
    folder.mkdir(parents=True)
    path = folder / "Список_пленных_по_состоянию_на_декабрь_2024_года_окончательный.csv"
    path.write_text(LIST, encoding="utf-8")
    dialog = SheetImportDialog(ui, path, mappings_folder=tmp_path / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    for step in range(3):
        assert dialog.steps.currentIndex() == step, dialog.message.text()
        least = dialog.minimumSizeHint() + DECORATION
        assert least.width() <= SCREEN.width() and least.height() <= SCREEN.height(), step
        dialog.move(QPoint(-40, -120))  # centred on a taller parent: above the screen's top
        keep_on_screen(dialog, SCREEN)
        assert _inside(dialog, SCREEN), (step, dialog.pos(), dialog.size())
        if step < 2:
            dialog.next.click()
