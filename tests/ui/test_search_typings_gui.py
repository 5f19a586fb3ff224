"""One word typed as two or two as one (Ter Petrosyan, Terpetrosyan, Ter-Petrosyan; Տեր
Պետրոսյան, Տերպետրոսյան), and a run of one letter typed by accident, in the captives list's
search, the organisation and contact pickers and the lists' filters."""

from __future__ import annotations

import pytest

from caseapp.ui.views.contacts import ContactsView
from caseapp.ui.widgets.record_pickers import RefCombo
from tests.ui.test_search_apostrophes_gui import WAIT, _captives_view, _listed


@pytest.mark.parametrize(("stored", "typed"), [
    ("Terpetrosyan Levon", "Ter Petrosyan"),
    ("Ter Petrosyan Levon", "Terpetrosyan"),
    ("Семёнов Олег", "Semyonov"),
    ("Фёдоров Пётр", "Fyodorov"),
])
def test_the_captives_list_finds_each_typing(qtbot, ui, stored: str, typed: str) -> None:
    target = ui.case_file.captives.create(names=[stored], status="held").id
    ui.case_file.captives.create(names=["Nazaryan Tigran"], status="held")
    view = _captives_view(qtbot, ui)
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.model.rowCount() < view.model.total, timeout=WAIT)
    assert _listed(view) == {target}


def test_the_captives_list_lists_nothing_for_a_run_typed_by_accident(qtbot, ui) -> None:
    ids = {name: ui.case_file.captives.create(names=[name], status="held").id
           for name in ("Aaron Abrahamyan", "Anahit Avetisyan", "Boris Babayan")}
    view = _captives_view(qtbot, ui)
    view.search.setText("aaaaaaaaaa")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT)
    view.search.setText("aa")  # a double letter is one still: every name with a word in A
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    assert {ids["Aaron Abrahamyan"], ids["Anahit Avetisyan"]} <= _listed(view)
    assert ids["Boris Babayan"] not in _listed(view)


def _combo(qtbot, choices: list[tuple[str, int]]) -> RefCombo:
    combo = RefCombo(choices)
    qtbot.addWidget(combo)
    return combo


def _offered(combo: RefCombo, typed: str) -> list[str]:
    """The choices the picker's list offers for ``typed``, as the user sees them."""
    combo.lineEdit().setText(typed)
    combo._complete(typed)
    model = combo.completer().completionModel()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


@pytest.mark.parametrize(("label", "typed"), [
    ("Terpetrosyan Law Office", "Ter-Petrosyan"),
    ("Terpetrosyan Law Office", "Ter Petrosyan"),
    ("Ter Petrosyan Law Office", "Terpetrosyan"),
    ("Ter-Petrosyan Law Office", "Terpetrosyan"),
    ("Levon Ter-Petrosyan", "Terpetrosyan"),
    ("Տերպետրոսյան Լևոն", "Տեր-Պետրոսյան"),
    ("Տերպետրոսյան Լևոն", "Տեր Պետրոսյան"),
    ("Տեր Պետրոսյան Լևոն", "Տերպետրոսյան"),
    ("Տեր-Պետրոսյան Լևոն", "Terpetrosyan"),
    ("Ter Rafaelyan Anna", "Terrafaelyan"),
    ("Terrafaelyan Anna", "Ter Rafaelyan"),
])
def test_a_picker_offers_and_settles_on_one_word_typed_as_two(qtbot, label: str,
                                                              typed: str) -> None:
    combo = _combo(qtbot, [(label, 1), ("Vardanyan Law Office", 2), ("Red Cross", 3)])
    assert _offered(combo, typed) == [label]
    combo.setCurrentIndex(combo.findData(2))
    combo.lineEdit().setText(typed)
    combo._settle()
    assert combo.value() == 1, typed


def test_a_picker_still_offers_by_a_part_of_a_word_or_a_name(qtbot) -> None:
    combo = _combo(qtbot, [("International Committee of the Red Cross", 1),
                           ("Կարմիր Խաչ", 2), ("l'Ombudsman de la République", 3)])
    assert _offered(combo, "red cross") == ["International Committee of the Red Cross"]
    assert _offered(combo, "karmir") == ["Կարմիր Խաչ"]
    assert _offered(combo, "ombudsman") == ["l'Ombudsman de la République"]
    assert _offered(combo, "mittee") == ["International Committee of the Red Cross"]


def test_a_picker_offers_nothing_for_a_run_typed_by_accident(qtbot) -> None:
    combo = _combo(qtbot, [("Armenian Bar Association", 1), ("Baku Appeal Court", 2),
                           ("Aaaa placeholder", 3)])
    assert _offered(combo, "bbbbbbbb") == []
    assert _offered(combo, "aaaaaaaaaa") == []
    assert _offered(combo, "aaaa") == ["Aaaa placeholder"]


@pytest.mark.parametrize(("person", "typed"), [("Ter Petrosyan Gohar", "Terpetrosyan"),
                                               ("Տեր Պետրոսյան Գոհար", "Տերպետրոսյան"),
                                               ("Terpetrosyan Gohar", "Ter Petrosyan")])
def test_a_list_s_filter_finds_two_words_typed_as_one(qtbot, ui, person: str,
                                                      typed: str) -> None:
    org = ui.case_file.organisations.create(name="Families' council", kind="other", country="AM")
    other = ui.case_file.organisations.create(name="Bar association", kind="other", country="AM")
    ui.case_file.contacts.create(name=person, organisation_id=org.id)
    ui.case_file.contacts.create(name="Vardanyan Ani", organisation_id=other.id)
    view = ContactsView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.org_model.rowCount() > 1, timeout=WAIT)
    qtbot.waitUntil(lambda: ui.runner.active == 0, timeout=WAIT)
    view.search.setText(typed)
    qtbot.waitUntil(lambda: view.org_proxy.rowCount() < view.org_model.rowCount(), timeout=WAIT)
    assert [view.org_proxy.index(r, 0).data()
            for r in range(view.org_proxy.rowCount())] == [org.name]
