"""A captive's long name in the header of their file at 1024×768, in English, Armenian and
Russian: wrapped (a size smaller when it would take more than two lines at the heading's)
and whole where it fits in three lines; a longer one (200 letters) is cut at the end of its
third line with "…", read whole in its tooltip, by a screen reader and by "Copy the name",
so that the file's tabs stay in sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from caseapp.ui.widgets.wrapped_name import MOST_LINES
from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window

LATIN = "Ter-Hovhannisyan-Melik-Shahnazaryan Mkrtich Aleksandrovich"
ARMENIAN = "Տեր-Հովհաննիսյան-Մելիք-Շահնազարյան Մկրտիչ Ալեքսանդրի Մելիքյան-Մեծատուրյան"
ONE_WORD = "Ա" * 200  # no space to wrap at: it wraps inside the word
WORDS = " ".join(["Տեր-Հովհաննիսյան Мелик-Шахназарян Ալեքսանդրի"] * 5)[:200]  # mixed scripts


def _shown(qtbot, window, names: list[str]):
    cf = window.session.ui.case_file
    captive_id = cf.captives.create(names=names, status="pre_trial").id
    window.open_captive(captive_id)
    page = window.views["captive"]
    header = page.header
    qtbot.waitUntil(lambda: header.name.text() in names, timeout=WAIT)
    QApplication.processEvents()
    name = header.name
    right = name.mapTo(window, name.rect().topRight()).x()
    assert right <= page.mapTo(window, page.rect().topRight()).x(), \
        "the name runs out of the window"
    assert header.width() <= page.width()
    assert name.height() >= name.heightForWidth(name.width()), "its last line is cut off"
    return page, name


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_a_long_name_is_read_whole_in_the_header_at_1024(qtbot, tmp_path: Path,
                                                         demo_template: Path,
                                                         lang: str) -> None:
    with demo_window(qtbot, tmp_path, lang, demo_template) as window:
        _page, name = _shown(qtbot, window, [ARMENIAN, LATIN])
        shown = name.text()
        assert "".join(name.lines()) == shown, "the name is cut"
        assert len(name.lines()) <= MOST_LINES
        if lang == "en":  # the Latin spelling, on two lines at most
            assert shown == LATIN and len(name.lines()) <= 2


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
@pytest.mark.parametrize("whole", [ONE_WORD, WORDS], ids=["one_word", "words"])
def test_a_200_letter_name_takes_three_lines_and_is_whole_in_its_tooltip(
        qtbot, tmp_path: Path, demo_template: Path, lang: str, whole: str) -> None:
    with demo_window(qtbot, tmp_path, lang, demo_template) as window:
        page, name = _shown(qtbot, window, [whole])
        lines = name.lines()
        assert len(lines) == MOST_LINES, lines  # not six
        assert name.height() <= MOST_LINES * name.fontMetrics().lineSpacing() + 4
        assert lines[-1].endswith("…"), "the cut is not shown"
        assert whole.startswith("".join(lines)[:-1]), "the name is not shown from its start"
        assert name.toolTip() == whole
        assert name.accessibleName() == whole
        page.tabs.grab()  # the tabs of the file still in sight under the header
        tabs_top = page.tabs.mapTo(window, page.tabs.rect().topLeft()).y()
        assert tabs_top < window.height() // 2
        [copy] = [a for a in name.name_actions() if a.text() == name.tr("Copy the name")]
        copy.trigger()
        assert QGuiApplication.clipboard().text() == whole
