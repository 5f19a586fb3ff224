"""A captive with a name in a right-to-left script (an Arabic alias) among their spellings:
the header of their file lists the spellings left to right, as the interface reads, each
followed by its own tag. The line began with the Arabic name, which made the whole line
right-to-left: the Arabic name stood at the right end beside the next spelling's tag
(“Latin · English · alias”), its own tag at the far left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.ui.captive_pages import WAIT, open_page

ARABIC = "عبد الله بن محمد"


@pytest.mark.parametrize("first", [ARABIC, "John Smith"])
def test_spellings_in_the_header_read_in_the_interface_s_direction(qtbot, fresh_ui,
                                                                   first: str) -> None:
    cf = fresh_ui.case_file
    others = [ARABIC, "John Smith"] if first == ARABIC else ["John Smith", ARABIC]
    cid = cf.captives.create(names=[
        {"full_name": "Արամ Սարգսյան", "language": "hy", "kind": "native", "is_primary": True},
        *({"full_name": n, "language": "ar" if n == ARABIC else "en", "kind": "alias"}
          for n in others)], status="pre_trial").id
    page = open_page(qtbot, fresh_ui, cid)
    names = page.header.names
    qtbot.waitUntil(lambda: "Arabic" in names.text(), timeout=WAIT)
    doc = QTextDocument()
    doc.setHtml(names.text())
    assert doc.firstBlock().textDirection() == names.layoutDirection() == Qt.LayoutDirection.LeftToRight
    shown = doc.toPlainText()
    # each spelling followed by its own tag, whichever script it is in
    assert shown.index(ARABIC) < shown.index("Arabic") < shown.index("John Smith") \
        if first == ARABIC else shown.index("John Smith") < shown.index("English") < shown.index(ARABIC)
