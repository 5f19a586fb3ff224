"""An 80-letter surname joined by hyphens (Տեր-…-…) in a captive's names at 1024×768: it
wraps at its hyphens, as Qt lays it out, so the names table does not keep the whole of it on
one line and the Script beside it is not cut to «Հայա…»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.captive_pages import WAIT
from tests.ui.cut_cells import cut_texts
from tests.ui.small_screen import demo_window

SURNAME = "Մելիք-Շահնազարյան-Տեր-Հովհաննիսյան-Քալանթարյան-Աբրահամյան-Վարդանյանց-Օհաններ"


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_hyphenated_surname_leaves_the_script_whole(qtbot, tmp_path: Path,
                                                      armenian_demo_template: Path,
                                                      lang: str) -> None:
    with demo_window(qtbot, tmp_path, lang, armenian_demo_template) as window:
        cid = window.case_file.captives.create(names=[f"{SURNAME} Արամ"], status="held").id
        window.open_captive(cid)
        view = window.views["captive"]
        section = view.sections["names"]
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT)
        qtbot.wait(50)  # fitted (no time asserted)
        table = section.table
        model = table.model()
        script = 1  # name, script, language, kind
        title = str(model.headerData(script, Qt.Orientation.Horizontal)).replace("\n", " ")
        assert [t for t in cut_texts(table) if t.startswith(f"{title}:")] == []
