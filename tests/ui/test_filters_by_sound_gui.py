"""A name typed in another spelling, or by its sound, finds the same person in every list and
picker as in the search: "Kazaryan" (or Казарян) finds Ghazaryan, "Mamedov" Məmmədova, in the
captives list, the deadlines list's filter, the contacts' filter and the organisation and
contact pickers (the lists' filters found a name only as it is written)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.ui.views.contacts import ContactsView
from caseapp.ui.views.deadlines import DeadlinesView
from caseapp.ui.widgets.record_pickers import RefCombo
from tests.ui.test_search_apostrophes_gui import WAIT, _captives_view, _listed
from tests.ui.test_search_typings_gui import _offered


def _ghazaryan(ui) -> int:  # the demo's Vardan Ghazaryan (Վարդան Ղազարյան, Вардан Казарян)
    return next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Vardan Ghazaryan")


@pytest.mark.parametrize("typed", ["Kazaryan", "Казарян", "Ghazarian"])
def test_the_captives_list_finds_a_name_by_its_sound(qtbot, ui, typed: str) -> None:
    view = _captives_view(qtbot, ui)
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.model.rowCount() < view.model.total, timeout=WAIT)
    assert _listed(view) == {_ghazaryan(ui)}


@pytest.mark.parametrize("typed", ["Kazaryan", "Kazarian Vardan", "Gazaryan"])
def test_the_deadlines_filter_finds_a_captives_name_by_its_sound(qtbot, ui, typed: str) -> None:
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    view.proxy.set_text(typed)
    rows = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.proxy.rowCount())]
    assert rows and {r.deadline.captive_id for r in rows} == {_ghazaryan(ui)}
    view.proxy.set_text("Nazaryan")  # one sound apart: nobody
    assert view.proxy.rowCount() == 0


@pytest.mark.parametrize(("typed", "person"), [("Mamedov", "Məmmədova Leyla"),
                                               ("Mammadova", "Мамедова Лейла"),
                                               ("Kazaryan", "Ghazaryan Lusine"),
                                               ("Semyonov", "Семёнова Анна")])
def test_the_contacts_filter_finds_a_person_by_her_names_sound(qtbot, ui, typed: str,
                                                               person: str) -> None:
    org = ui.case_file.organisations.create(name="Families' council", kind="other", country="AM")
    ui.case_file.contacts.create(name=person, organisation_id=org.id)
    view = ContactsView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.org_model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: ui.runner.active == 0, timeout=WAIT)
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.org_proxy.rowCount() < view.org_model.rowCount(), timeout=WAIT)
    assert [view.org_proxy.index(r, 0).data() for r in range(view.org_proxy.rowCount())] == \
        [org.name]


@pytest.mark.parametrize(("typed", "label"), [("Mamedov", "Məmmədova Leyla (ICRC)"),
                                              ("Kazaryan", "Ghazaryan Lusine (Embassy)"),
                                              ("Казарян", "Ghazaryan Lusine (Embassy)"),
                                              ("Semyonov", "Семёнова Анна (Red Cross)")])
def test_a_contact_picker_offers_and_settles_on_a_name_by_its_sound(qtbot, typed: str,
                                                                    label: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = RefCombo([(label, 1), ("Nazaryan Tigran (Ombudsman)", 2), ("Aliyev Tofik", 3)],
                     parent)
    assert _offered(combo, typed) == [label]
    combo.setCurrentIndex(combo.findData(3))
    combo.lineEdit().setText(typed)
    combo._settle()
    assert combo.value() == 1, typed
