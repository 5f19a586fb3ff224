"""A long status message on a 1024-pixel window ("Отмечено как выполненное: Продление
срока содержания под стражей: ходатайство следователя надзирающему прокурору…") was cut
at the file's name in the middle of a word, the word glued to the path
("прокур/home/…"). It ends in "…" before the name now, whole in the bar's tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caseapp.ui.language import apply_language

LONG = ("Отмечено как выполненное: Продление срока содержания под стражей: ходатайство "
        "следователя надзирающему прокурору (за 10 суток до истечения, по имеющимся сведениям)")


def test_a_long_message_ends_in_an_ellipsis_before_the_file_s_name(qtbot, blank_window,
                                                                  demo_copy: Path) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    window = blank_window
    window.resize(1016, 700)
    window.show()
    assert window.open_path(demo_copy)
    bar = window.statusBar()
    bar.showMessage(LONG, 8000)
    qtbot.waitUntil(lambda: bar.currentMessage() == LONG, timeout=5000)
    shown = bar.shown_message()
    assert shown != LONG and shown.endswith("…")
    assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_room()
    assert bar.message_room() < window.file_label.geometry().left()
    assert bar.toolTip() == LONG
    bar.showMessage("Сохранено.", 8000)
    assert bar.shown_message() == "Сохранено." and bar.toolTip() == ""
    window.set_case_file(None, backup_previous=False)
