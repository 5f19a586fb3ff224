"""The dashboard's line of deadline counts at 1024×768 in Armenian and Russian: each count
read with its words on one line ("2՝ այս շաբաթ", not "2՝ այս" and "շաբաթ" under it), the
line broken only after a "·", and three lines at most above the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window

SEPARATOR = "·"


def shown_lines(label) -> list[str]:
    """The label's text as it is laid out at its width, line by line."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # laid out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return [line.replace("\u00a0", " ").strip() for line in lines]


@pytest.mark.parametrize("language", ["hy", "ru", "en"])
def test_each_deadline_count_is_on_one_line_with_its_words(
        qtbot, tmp_path: Path, armenian_demo_template: Path, language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        counts = view.deadline_counts
        qtbot.waitUntil(lambda: SEPARATOR in counts.text() and view.attention.count() > 0,
                        timeout=WAIT)
        qtbot.wait(50)  # laid out (no time asserted)
        lines = shown_lines(counts)
        whole = " ".join(lines)
        parts = [p.strip() for p in whole.split(SEPARATOR)]
        assert len(parts) >= 4, lines
        for line in lines:  # every line a run of whole counts, broken only at a "·"
            pieces = [p.strip() for p in line.split(SEPARATOR) if p.strip()]
            assert all(piece in parts for piece in pieces), f"a count broken: {lines}"
            assert not line.startswith(SEPARATOR), f"a line begins with the separator: {lines}"
        assert len(lines) <= 3, lines  # (the Russian counts are the longest: three)
        assert counts.height() >= len(lines) * counts.fontMetrics().lineSpacing()
