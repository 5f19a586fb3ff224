"""On a small laptop's 1024×600 screen (its dialogs at most 1016×568 inside the window
manager's frame), in English, Armenian and Russian: each dialog fits, and shows its labels,
buttons and columns whole."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.exceptions import TimeoutError as NotYet

from caseapp.ui.language import apply_language
from tests.ui.cut_cells import cut_texts

SCREEN = QRect(0, 0, 1024, 600)
ROOM = (1016, 568)  # the screen less the window manager's borders and title bar

# A list as the lawyer gets it: long names, long places of detention, a row with errors.
LONG_LIST = (
    "ФИО,Дата рождения,Дата пленения,Статус,Категория,Место содержания\n"
    "Мартиросян Армен Ашотович,1972-06-30,2023-10-04,под следствием,военнослужащий,"
    "Бакинский следственный изолятор № 1 Министерства юстиции\n"
    "Петросян Гагик Самвелович,1980-05-01,2023-09-20,осуждён,гражданское лицо,"
    "Учреждение пенитенциарной службы № 13 (Умбаки)\n"
    "Саргсян Давид,31.02.1990,вчера,в плену,бывшее должностное лицо,неизвестно\n")


@pytest.fixture
def small_laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(SCREEN))
    return SCREEN


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_import_preview_shows_its_last_column_within_1024_pixels(
        lang: str, qtbot, ui, tmp_path: Path, small_laptop: QRect) -> None:
    """Import Spreadsheet, step 3, with long names and places: the columns were cut to 150
    pixels each, their sum wider than the dialog, and the last one, "Problems and likely
    duplicates", was squeezed to a sliver in English ("lems dupli", "Like ca…") and off the
    right edge in Russian, behind a scroll bar. The columns now share the table's width: the
    problems are in sight, no column narrower than its title, no word cut."""
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    sheet = tmp_path / "список.csv"
    sheet.write_text(LONG_LIST, encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.width(), dialog.height()) <= ROOM
    for _ in range(2):
        dialog.findChild(QPushButton, "sheet_next").click()
    assert dialog.steps.currentIndex() == 2
    table = dialog.rows
    header = table.horizontalHeader()
    last = header.count() - 1

    def seen() -> dict[str, object]:
        return {"scrolls sideways": table.horizontalScrollBar().maximum() > 0,
                "problems past the edge": header.sectionViewportPosition(last)
                + header.sectionSize(last) > table.viewport().width(),
                "narrower than the title": [c for c in range(header.count())
                                            if header.sectionSize(c) < header.sectionSizeHint(c)],
                # the problems are read, not cut to a few letters (the others' tooltips hold
                # a long place whole)
                "words cut": cut_texts(table, elided=range(last))}

    whole = {"scrolls sideways": False, "problems past the edge": False,
             "narrower than the title": [], "words cut": []}
    with contextlib.suppress(NotYet):  # fitted on the next turns of the event loop
        qtbot.waitUntil(lambda: seen() == whole)
    assert seen() == whole


def cut_or_hidden(dialog: QWidget) -> list[str]:
    """The texts of ``dialog`` not shown whole: a label or a button narrower than its text on
    one line, a wrapped label shorter than its lines (painted over its neighbours)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(f"{label.text()[:30]}… on {label.height()} of "
                           f"{label.heightForWidth(label.width())} pixels")
        elif label.width() < label.minimumSizeHint().width():
            cut.append(label.text())
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text() and \
                button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


def fits(dialog: QWidget) -> list[str]:
    """What keeps ``dialog`` from fitting a 1024×600 screen, at its least and as it opens."""
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    return [f"{what} {size.width()}×{size.height()}" for what, size in
            (("least", least), ("opens at", dialog.size()))
            if size.width() > ROOM[0] or size.height() > ROOM[1]]


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_emergency_settings_show_every_sentence_whole(lang: str, qtbot, tmp_path: Path,
                                                         small_laptop: QRect) -> None:
    """Settings → Emergency: in Russian the first box's sentence ran off the right edge
    ("…с обратным отсчётом, который можно отм") and the dialog opened shorter than its
    text, the red warning about wipes that cannot be undone painted over the box above it,
    its first and last lines cut; in Armenian the second box's sentence was cut. Each
    sentence now wraps, and the dialog is never shorter than its lines."""
    from caseapp.ui.panic import EmergencySettingsDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = EmergencySettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog) == []
    assert cut_or_hidden(dialog) == []
    dialog.resize(dialog.minimumWidth(), 10)  # as small as the lawyer can make it
    qtbot.waitUntil(lambda: dialog.height() > 10)
    assert cut_or_hidden(dialog) == []


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_team_login_shows_its_keyring_choice_whole(lang: str, qtbot, tmp_path: Path,
                                                       small_laptop: QRect) -> None:
    """File → Connect to Team Server: "Keep the password in this computer's keyring" was cut
    at the dialog's right edge in Armenian and Russian ("…այս համակարգչի բանալ"). It wraps."""
    from caseapp.ui.team_connect import ConnectDialog

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fits(dialog) == []
    assert cut_or_hidden(dialog) == []
    assert dialog.keep.accessibleName() == dialog.findChild(QWidget, "keep_password_text").text()
