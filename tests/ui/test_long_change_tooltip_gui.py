"""The History tab's tooltip of a change to a long note (50,000 characters) fits on the screen,
its "Before" and "After" both in sight, each value cut with "…" where it is long. It held both
values whole: some 9,000 pixels high, placed above the top of the screen, the word "Before"
and the start of the old text out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
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


@pytest.mark.parametrize(("section", "record"), [("welfare_contacts", "welfare"),
                                                 ("hearings", "hearing"),
                                                 ("detention_places", "stay")])
def test_a_cell_cut_from_a_long_text_has_a_tooltip_within_the_screen(
        qtbot, fresh_ui, section: str, record: str) -> None:
    """A cell of a 50,000-character note, cut with "…" in its table, shows the start of it in
    its tooltip, cut again where the screen ends (the whole text is read in the record's
    dialog, opened with a double click)."""
    cf = fresh_ui.case_file
    cid = cf.captives.create(names=["Արամ Սարգսյան"], status="pre_trial").id
    if record == "welfare":
        cf.welfare_contacts.create(captive_id=cid, kind="family_call", contact_on="2026-10-01",
                                   notes=LONG)
    elif record == "hearing":
        cf.hearings.create(captive_ids=[cid], starts_at="2026-12-03T10:00",
                           timezone="Asia/Baku", kind="trial_session", outcome=LONG)
    else:
        cf.detention_places.create(captive_id=cid, facility="Baku", from_date="2026-03-01",
                                   notes=LONG)
    page = open_page(qtbot, fresh_ui, cid)
    table = show_section(qtbot, page, section)
    model = table.model()
    [column] = [c for c in range(model.columnCount())
                if str(model.index(0, c).data()).startswith("The family wrote")]
    cell = table.visualRect(model.index(0, column))
    assert not table.isColumnHidden(column) and cell.isValid()
    QApplication.sendEvent(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, cell.center(), table.viewport().mapToGlobal(cell.center())))
    label = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(label.isVisible)
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.top() <= label.y() and label.geometry().bottom() <= screen.bottom(), \
        (label.geometry(), screen)
    assert QToolTip.text().startswith("The family wrote") and QToolTip.text().endswith("…")
    QToolTip.hideText()
