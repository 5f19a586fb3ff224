"""The Captives list re-runs its search when a record changes: the rows and what each was
found by are the search's on the case file as it is now, not as it was when typed."""

from __future__ import annotations

from datetime import date

from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.ui.views.captives import COLUMN_IDS, CaptivesView

FOUND = COLUMN_IDS.index("found")


def _cells(view: CaptivesView) -> dict[int, str]:
    """Each row's name, with what found it after " · " (its own column)."""
    model = view.model
    return {model.row_at(r).id: " · ".join(filter(None, (
        model.data(model.index(r, 0)), model.data(model.index(r, FOUND)))))
            for r in range(model.rowCount())}


def test_an_edit_re_runs_the_active_search(qtbot, fresh_ui) -> None:
    cf = fresh_ui.case_file
    held = cf.captives.create(names=["Petrosyan Gor"]).id
    other = cf.captives.create(names=["Vardanyan Aram"]).id
    place = cf.detention_places.create(captive_id=held, facility="Бакинский изолятор",
                                       from_date=date(2023, 9, 20))
    view = CaptivesView(fresh_ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    view.search.setText("Bakı")
    qtbot.waitUntil(lambda: list(_cells(view)) == [held], timeout=5000)
    assert _cells(view)[held] == "Petrosyan Gor · Place of detention: “Бакинский изолятор”"

    # the place renamed (by the captive's page): the reason says the new words
    cf.detention_places.update(place.id, facility="Бакинский следственный изолятор № 1")
    fresh_ui.bus.publish(Changes("detention_places", AuditAction.UPDATE, (place.id,), (held,)))
    qtbot.waitUntil(lambda: "№ 1" in (_cells(view).get(held) or ""), timeout=5000)

    # a note (a record the list does not show) now holds the word: its captive is found too
    note = cf.notes.create(captive_id=other, title="Moved to Bakı", body="")
    fresh_ui.bus.publish(Changes("notes", AuditAction.CREATE, (note.id,), (other,)))
    qtbot.waitUntil(lambda: set(_cells(view)) == {held, other}, timeout=5000)
    assert view.model.found_by(view.model.row_at(view.model.row_of(other))) == "Note, Title: “Moved to Bakı”"

    # the place no longer in Baku: its captive leaves the list
    cf.detention_places.update(place.id, facility="Гянджинский изолятор")
    fresh_ui.bus.publish(Changes("detention_places", AuditAction.UPDATE, (place.id,), (held,)))
    qtbot.waitUntil(lambda: list(_cells(view)) == [other], timeout=5000)


def test_the_search_run_again_keeps_the_captive_chosen(qtbot, fresh_ui) -> None:
    """An edit re-runs the search: the row the lawyer had chosen stays chosen (the list went
    back to its first row after each edit)."""
    cf = fresh_ui.case_file
    first = cf.captives.create(names=["Abrahamyan Gor"]).id
    chosen = cf.captives.create(names=["Zakaryan Aram"]).id
    for cid in (first, chosen):
        cf.notes.create(captive_id=cid, title="Seen in Goris", body="")
    view = CaptivesView(fresh_ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    view.search.setText("Goris")
    qtbot.waitUntil(lambda: view.filters.query == "Goris", timeout=5000)
    view.select_captive(chosen)
    assert view.current_captive_id() == chosen
    note = cf.notes.create(captive_id=chosen, title="Moved from Goris", body="")
    searched = view.filters.found_by
    fresh_ui.bus.publish(Changes("notes", AuditAction.CREATE, (note.id,), (chosen,)))
    qtbot.waitUntil(lambda: view.filters.found_by is not searched, timeout=5000)
    assert view.current_captive_id() == chosen
