"""Typing a name with or without its apostrophe, hyphen or Armenian mark finds it in the
captives list, the captive picker, the record pickers and the lists' filters."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import HEARING
from caseapp.ui.views.captives import CaptivesView
from caseapp.ui.views.contacts import ContactsView
from caseapp.ui.widgets.record_pickers import RefCombo
from tests.ui.driving import picker_of, shown_ids

WAIT = 10000


def _captives_view(qtbot, ui) -> CaptivesView:
    view = CaptivesView(ui)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    return view


def _listed(view: CaptivesView) -> set[int]:
    return {view.model.row_at(r).id for r in range(view.model.rowCount())}


@pytest.mark.parametrize(("stored", "typed"), [
    ("T'adevosyan Aram", "Tadevosyan"),
    ("T'adevosyan Aram", "T’adevosyan"),
    ("Tadevosyan Aram", "Tʻadevosyan"),
    ("Ter-Petrosyan Levon", "Terpetrosyan"),
    ("Terpetrosyan Levon", "Ter-Petrosyan"),
    ("Պետրո՛սյան Անի", "Պետրոսյան"),
])
def test_the_captives_list_finds_each_typing(qtbot, ui, stored: str, typed: str) -> None:
    target = ui.case_file.captives.create(names=[stored], status="held").id
    view = _captives_view(qtbot, ui)
    view.search.setText(typed)  # (keyClicks types ASCII only)
    qtbot.waitUntil(lambda: view.model.rowCount() < view.model.total, timeout=WAIT)
    assert target in _listed(view)


def test_the_captive_picker_finds_a_name_typed_without_its_apostrophe(qtbot, ui) -> None:
    owner = ui.case_file.captives.create(names=["Davit Hakobyan"], status="pre_trial").id
    wanted = ui.case_file.captives.create(names=["Ch'ilingaryan Hayk"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, "Chilingaryan")
    qtbot.waitUntil(lambda: shown_ids(picker) == [wanted], timeout=WAIT)


def test_a_record_picker_settles_on_a_name_typed_another_way(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = RefCombo([("T'adevosyan & Partners", 1), ("Ter-Petrosyan Law Office", 2),
                      ("Vardanyan Law Office", 3)], parent)
    for typed, chosen in (("Tadevosyan", 1), ("T’adevosyan", 1), ("Terpetrosyan", 2),
                          ("Ter Petrosyan", 2)):
        combo.setCurrentIndex(combo.findData(3))
        combo.lineEdit().setText(typed)
        combo._settle()
        assert combo.value() == chosen, typed


@pytest.mark.parametrize("typed", ["Tadevosyan", "T’adevosyan", "Ter Petrosyan", "terpetrosyan"])
def test_a_list_s_filter_finds_each_typing(qtbot, ui, typed: str) -> None:
    org = ui.case_file.organisations.create(name="Families' council", kind="other", country="AM")
    for person in ("T'adevosyan Anna", "Ter-Petrosyan Gohar"):
        ui.case_file.contacts.create(name=person, organisation_id=org.id)
    view = ContactsView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.org_model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: ui.runner.active == 0, timeout=WAIT)
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.org_proxy.rowCount() < view.org_model.rowCount(), timeout=WAIT)
    assert org.name in [view.org_proxy.index(r, 0).data()
                        for r in range(view.org_proxy.rowCount())]
