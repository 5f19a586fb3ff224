"""A captive's long name in the header of their file at 1024×768, in English, Armenian and
Russian: read whole where it stands (wrapped onto more lines, a size smaller when it would
take more than two at the heading's), never cut with "…" and left whole only in a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window

LATIN = "Ter-Hovhannisyan-Melik-Shahnazaryan Mkrtich Aleksandrovich"
ARMENIAN = ("Տեր-Հովհաննիսյան-Մելիք-Շահնազարյան Մկրտիչ Ալեքսանդրի Տեր-Հովհաննիսյան-"
            "Մելիք-Շահնազարյան Մկրտիչ Ալեքսանդրի Մելիքյան Մեծ")[:120]
ONE_WORD = "Ա" * 200  # no space to wrap at: it wraps inside the word


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
@pytest.mark.parametrize("names", [[ARMENIAN, LATIN], [ONE_WORD]], ids=["two", "one_word"])
def test_a_long_name_is_read_whole_in_the_header_at_1024(qtbot, tmp_path: Path,
                                                         demo_template: Path, lang: str,
                                                         names: list[str]) -> None:
    with demo_window(qtbot, tmp_path, lang, demo_template) as window:
        cf = window.session.ui.case_file
        captive_id = cf.captives.create(names=names, status="pre_trial").id
        window.open_captive(captive_id)
        page = window.views["captive"]
        header = page.header
        qtbot.waitUntil(lambda: header.name.text() in names, timeout=WAIT)
        QApplication.processEvents()
        name = header.name
        shown = name.text()
        assert "".join(name.lines()) == shown, "the name is cut"
        assert name.height() >= name.heightForWidth(name.width()), "its last line is cut off"
        right = name.mapTo(window, name.rect().topRight()).x()
        assert right <= page.mapTo(window, page.rect().topRight()).x(), \
            "the name runs out of the window"
        assert header.width() <= page.width()
        if lang == "en" and len(names) == 2:  # the Latin spelling, on two lines at most
            assert shown == LATIN and len(name.lines()) <= 2
