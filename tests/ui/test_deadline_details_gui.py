"""The Deadlines view's details pane shows how the selected deadline was computed: the list
leaves the explanation out of its rows, the pane reads the selected one's on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000


def test_the_details_pane_shows_the_selected_deadlines_steps(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Ղազարյան Լևոն"], status="pre_trial").id
    first = cf.deadlines.create(captive_id=cid, title="Qwxz reply", due_on="2026-12-02",
                                explanation=["Ծանուցում՝ 2026-11-22", "+ 10 дней"]).id
    cf.deadlines.create(captive_id=cid, title="Qwxz appeal", due_on="2026-12-03",
                        explanation=["Decision served on 2026-11-23", "moved to Thursday"])
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    qtbot.keyClicks(view.search, "Qwxz")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2, timeout=WAIT)
    assert view.select_deadline(first)
    qtbot.waitUntil(lambda: "+ 10 дней" in view.details.toPlainText(), timeout=WAIT)
    assert "Ծանուցում՝ 2026-11-22" in view.details.toPlainText()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down if view.table.currentIndex().row() == 0
                   else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "moved to Thursday" in view.details.toPlainText(), timeout=WAIT)
    text = view.details.toPlainText()
    assert "Qwxz appeal" in text and "Decision served on 2026-11-23" in text
    assert "+ 10 дней" not in text
