"""The History tab's tooltip of a change to a long note (50,000 characters) fits on the screen,
its "Before" and "After" both in sight, each value cut with "…" where it is long. It held both
values whole: some 9,000 pixels high, placed above the top of the screen, the word "Before"
and the start of the old text out of sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.captive_pages import open_page, show_section

LONG = ("The family wrote again about the medicines. " * 1200)[:50000]


def test_a_change_to_a_long_note_reads_within_the_screen(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան"], status="pre_trial").id
    note = cf.notes.create(captive_id=cid, title="Family", body=LONG)
    cf.notes.update(note.id, body="Short now.")
    page = open_page(qtbot, fresh_ui, cid)
    table = show_section(qtbot, page, "history")
    model = table.model()
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount()) for c in range(model.columnCount())]
    [tip] = [t for t in tips if t and "Short now." in t]
    assert tip.startswith("Body\nBefore: The family wrote") and tip.endswith("\nAfter: Short now.")
    assert "…" in tip  # the old text cut, and said to be
    screen = QApplication.primaryScreen().availableGeometry()
    QToolTip.showText(screen.center(), tip, table)
    label = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(label.isVisible)
    assert screen.contains(label.geometry()), (label.geometry(), screen)
    QToolTip.hideText()
