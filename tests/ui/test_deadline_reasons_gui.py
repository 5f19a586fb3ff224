"""The Deadlines view reads what CaseApp said of a deadline in the reader's language, whoever
was at work when it was said: a colleague wrote in Russian, the reader works in English or
Armenian. The details show it so, and the search finds it in her words: a deadline the rules
no longer give (dismissed, the reason CaseApp wrote) and one whose day was set by hand and
now differs from the rules (the "Rules differ" step of its explanation)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from caseapp.domain import messages
from caseapp.domain.enums import DeadlineStatus
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000
CYRILLIC = re.compile("[\u0400-\u04ff]")
ARMENIAN = re.compile("[\u0531-\u0587]")



def _shown_ids(view: DeadlinesView) -> set[int]:
    return {view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).deadline.id
            for r in range(view.proxy.rowCount())}


def _found(qtbot, view: DeadlinesView, text: str) -> set[int]:
    """The deadlines the search box finds for ``text`` (once the typing pause has passed)."""
    view.search.setText(text)
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=WAIT)
    return _shown_ids(view)


def test_reasons_written_in_russian_are_read_and_found_in_english_and_armenian(
        qtbot, ui, language) -> None:
    cf = ui.case_file
    language("ru")  # the colleague at work
    cid = cf.captives.create(names=["Sahakyan Davit"], capture="2026-06-01",
                             status="pre_trial").id
    by_hand, gone = (cf.hearings.create(
        captive_ids=[cid], starts_at=f"2026-11-{day} 11:00", timezone="Asia/Baku",
        court="Baku Court", kind="verdict", outcome="Convicted") for day in (20, 23))
    appeals = {d.trigger_uid: d for d in cf.deadlines.list(captive_id=cid)
               if d.rule_id == "az.verdict.appeal"}
    kept, dismissed = appeals[by_hand.uid].id, appeals[gone.uid].id
    cf.deadlines.update(kept, due_on="2026-12-08")  # the lawyer's own day
    for hearing in (by_hand, gone):  # not a verdict after all: the rules give no appeal
        cf.hearings.update(hearing.id, kind="trial_session")
    assert cf.deadlines.get(dismissed).status is DeadlineStatus.DISMISSED

    language("en")  # the reader
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: any(r.deadline.id == dismissed for r in view.rows), timeout=WAIT)
    view.set_group_filter("@all")
    assert {kept, dismissed} <= _found(qtbot, view, "")
    assert dismissed in _found(qtbot, view, "no longer give")  # (so does the kept one's step)
    assert len(_shown_ids(view)) < len(view.rows)
    assert kept in _found(qtbot, view, "Rules differ")
    assert dismissed not in _shown_ids(view)

    assert dismissed in _found(qtbot, view, "")
    assert view.select_deadline(dismissed)
    english = view.details.toPlainText()
    assert ("The rules no longer give a deadline under rule “Appeal against the verdict "
            "(20 days from its announcement)”") in english
    assert not CYRILLIC.search(english)

    language("hy")
    view._show_details()
    armenian = view.details.toPlainText()
    reason = messages.text_of(cf.deadlines.get(dismissed).status_reason, "hy")
    assert ARMENIAN.search(reason) and reason in armenian
    assert not CYRILLIC.search(armenian)
