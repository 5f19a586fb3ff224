"""Contacts & organisations: search, an organisation's people and interventions, opening a
captive from an intervention, and adding records through the dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from caseapp.domain.enums import Sensitivity
from caseapp.ui.views import contacts as contacts_module
from caseapp.ui.views.contact_dialogs import contact_dialog, organisation_dialog
from caseapp.ui.views.contact_writes import NO_ORGANISATION
from caseapp.ui.views.contacts import ContactsView

OMBUDSMAN_AZ = "Commissioner for Human Rights (Ombudsman) of Azerbaijan"




def settle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.runner.active == 0)


@pytest.fixture
def view(qtbot, ui):
    v = ContactsView(ui)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitUntil(lambda: v.org_model.rowCount() > 0)
    settle(qtbot, ui)
    return v


def _org(ui, name: str):
    return next(o for o in ui.case_file.organisations.list() if o.name == name)


def _shown_names(view) -> list[str]:
    return [view.org_proxy.index(r, 0).data() for r in range(view.org_proxy.rowCount())]


def test_directory_lists_every_organisation(view, ui) -> None:
    names = {o.name for o in ui.case_file.organisations.list()}
    assert names <= set(_shown_names(view))
    row = _shown_names(view).index(OMBUDSMAN_AZ)
    org = _org(ui, OMBUDSMAN_AZ)
    assert [view.org_proxy.index(row, c).data() for c in range(1, 5)] == \
        ["Ombudsman", org.country, org.email, org.phone]


def test_search_filters_organisations_and_finds_people(qtbot, view) -> None:
    qtbot.keyClicks(view.search, "icrc")
    qtbot.waitUntil(lambda: view.org_proxy.rowCount() == 2)
    assert all("ICRC" in n for n in _shown_names(view))
    view.search.clear()
    qtbot.keyClicks(view.search, "Demoulin")  # a person's name finds her organisation
    qtbot.waitUntil(lambda: _shown_names(view) == ["ICRC Delegation in Baku"])
    view.search.clear()
    qtbot.waitUntil(lambda: view.org_proxy.rowCount() == view.org_model.rowCount())
    view.kind.setCurrentIndex(view.kind.findText("Embassy"))
    assert len(_shown_names(view)) == 2 and all("Embassy" in n for n in _shown_names(view))
    assert "2 of" in view.count.text()


def test_selecting_an_organisation_lists_its_people_and_interventions(qtbot, view, ui) -> None:
    org = _org(ui, OMBUDSMAN_AZ)
    assert view.select_organisation(org.id)
    expected = {i.subject for i in ui.case_file.interventions.list(organisation_id=org.id)}
    assert len(expected) >= 2
    shown = {view.int_proxy.index(r, 1).data() for r in range(view.int_proxy.rowCount())}
    assert shown == expected
    people = {c.name for c in ui.case_file.contacts.list(organisation_id=org.id)}
    rows = range(view.people_proxy.rowCount())
    assert {view.people_proxy.index(r, 0).data() for r in rows} == people
    assert OMBUDSMAN_AZ in view.header.text()


def test_opening_the_captive_of_an_intervention(qtbot, view, ui, monkeypatch) -> None:
    org = _org(ui, "Embassy of France in Baku")
    view.select_organisation(org.id)
    row = view.int_model.record(0)
    assert len(row.captive_ids) > 1  # the joint trial: several captives, the lawyer picks one
    monkeypatch.setattr(contacts_module, "choose_captive", lambda _p, ids, _names: ids[-1])
    with qtbot.waitSignal(view.open_captive) as signal:
        view.interventions.doubleClicked.emit(view.int_proxy.index(0, 0))
    assert signal.args == [row.captive_ids[-1]]


def test_adding_an_organisation_and_a_person(qtbot, view, ui) -> None:
    dialog = organisation_dialog(ui, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["name"].setText("Embassy of Italy in Baku")
    dialog.widgets["country"].setText("Azerbaijan")
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.EMBASSY)
    assert dialog.widgets["sensitivity"].value() == Sensitivity.SHAREABLE
    dialog.widgets["sensitivity"].set_value(Sensitivity.PUBLIC)
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    org = dialog.result_value
    assert org.sensitivity == Sensitivity.PUBLIC
    qtbot.waitUntil(lambda: "Embassy of Italy in Baku" in _shown_names(view))
    settle(qtbot, ui)
    assert ui.undo.count() == 1

    view.select_organisation(org.id)
    person = contact_dialog(ui, view._org_choices(), organisation_id=org.id, parent=view)
    qtbot.addWidget(person)
    person.widgets["name"].setText("Giulia Esempio")
    person.widgets["role"].setText("Consul")
    person.try_save()
    assert person.result() == QDialog.DialogCode.Accepted
    assert person.result_value.organisation_id == org.id
    qtbot.waitUntil(lambda: view.people_proxy.rowCount() == 1
                    and view.people_proxy.index(0, 0).data() == "Giulia Esempio")


def test_an_organisation_without_a_name_is_refused(qtbot, view, ui) -> None:
    before = len(ui.case_file.organisations.list())
    dialog = organisation_dialog(ui, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["country"].setText("France")
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors["name"].isHidden() and dialog.errors["name"].text()
    assert dialog.widgets["country"].text() == "France"
    assert len(ui.case_file.organisations.list()) == before


def test_editing_an_organisation_is_undoable(qtbot, view, ui) -> None:
    org = _org(ui, OMBUDSMAN_AZ)
    dialog = organisation_dialog(ui, org, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["phone"].setText("+000 1")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    assert ui.case_file.organisations.get(org.id).phone == "+000 1"
    ui.ops.undo()
    settle(qtbot, ui)
    assert ui.case_file.organisations.get(org.id).phone == org.phone


def test_deleting_a_person_asks_first(qtbot, view, ui, message_boxes) -> None:
    org = _org(ui, "ICRC Delegation in Baku")
    view.select_organisation(org.id)
    view.people.selectRow(0)
    name = view.people_proxy.index(0, 0).data()
    view.delete_person()
    assert message_boxes[-1][0] == "question" and name in message_boxes[-1][1]
    settle(qtbot, ui)
    assert name not in {c.name for c in ui.case_file.contacts.list()}


def test_models_pass_the_model_tester(qtmodeltester, view, ui) -> None:
    view.select_organisation(_org(ui, OMBUDSMAN_AZ).id)
    for model in (view.org_model, view.org_proxy, view.people_model, view.people_proxy,
                  view.int_model, view.int_proxy):
        qtmodeltester.check(model)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_at_1024_no_table_scrolls_sideways(lang: str, qtbot, tmp_path, demo_copy) -> None:
    """At 1024 px in Armenian and Russian the organisations, their people and interventions
    scrolled sideways (e-mail, phone, follow-up out of sight). The columns whole in their
    tooltips now give up width first; the name, role and subject stay readable."""
    from tests.ui.test_small_screen_gui import _window_at_1024

    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    window.show_view("contacts")
    view = window.views["contacts"]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.org_proxy.rowCount() > 0, timeout=20000)
    view.organisations.selectRow(next(r for r in range(view.org_proxy.rowCount())
                                      if view.org_proxy.index(r, 0).data() == "ICRC Delegation in Baku"))
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.people_proxy.rowCount() > 0, timeout=20000)
    qtbot.wait(50)  # laid out (no time asserted)
    for table, stretch in ((view.organisations, 0), (view.people, 1), (view.interventions, 1)):
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0, (table.objectName(), [
            header.sectionSize(c) for c in range(header.count())])
        assert header.sectionSize(stretch) >= 14 * table.fontMetrics().averageCharWidth(), table.objectName()
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("typed", ["ilham", "Ilham Aliyev", "İLHAM", "aliyev Семенов",
                                   "Семенов", "celik", "JOSE"])
def test_search_finds_a_name_whatever_its_accents_and_dotted_i(qtbot, ui, typed: str) -> None:
    """The lists' search compared by case folding alone: "ilham" did not find İlham (its
    capital İ folds to i and a dot), "Семенов" (as Russians mostly write it) not Семёнов,
    "celik" not Çelik, "jose" not a José typed with its accent apart."""
    org = ui.case_file.organisations.create(name="Baku Court of Grave Crimes", kind="other",
                                            country="AZ")
    for judge in ("İlham Əliyev", "Семёнов Пётр", "Çelik Ali", "Jose\u0301 Ramos"):
        ui.case_file.contacts.create(name=judge, organisation_id=org.id)
    v = ContactsView(ui)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitUntil(lambda: v.org_model.rowCount() > 0)
    settle(qtbot, ui)
    typed = typed.replace("Aliyev", "Əliyev").replace("aliyev", "əliyev")
    v.search.setText(typed)  # (keyClicks types ASCII only)
    qtbot.waitUntil(lambda: _shown_names(v) == [org.name])


def test_deleting_an_organisation_asks_with_its_name_as_typed(qtbot, view, ui,
                                                               message_boxes) -> None:
    """An organisation's name is the lawyer's text: a "%2" in it is not replaced by the
    count of its people in the question."""
    org = ui.case_file.organisations.create(name="Fund 100%2 Relief", kind="ngo")
    ui.case_file.contacts.create(name="Nune Sargsyan", organisation_id=org.id)
    settle(qtbot, ui)
    qtbot.waitUntil(lambda: view.select_organisation(org.id), timeout=10000)
    view.delete_organisation()
    assert message_boxes[-1][0] == "question"
    assert "Delete Fund 100%2 Relief? Its people (1) stay" in message_boxes[-1][1]


def test_open_captive_is_offered_only_for_an_intervention_about_someone(qtbot, view, ui) -> None:
    org = ui.case_file.organisations.create(name="Press Club Yerevan", kind="media")
    ui.case_file.interventions.create(made_on="2026-11-20", subject="Press briefing",
                                      organisation_id=org.id)
    settle(qtbot, ui)
    qtbot.waitUntil(lambda: view.select_organisation(org.id), timeout=10000)
    qtbot.waitUntil(lambda: view.int_proxy.rowCount() == 1, timeout=10000)
    assert not view.open_button.isEnabled()


def test_a_family_added_in_the_window_starts_internal(qtbot, view, ui) -> None:
    """“Family organisations start internal” (and an organisation with notes): the command
    line and an import did so, but the window's Add organisation showed and saved the facts'
    level, shareable, for a family chosen as its kind: its name, phone and address went into
    shareable dossiers, exports and travel copies. The level now follows the kind and the
    notes until the lawyer chooses one."""
    dialog = organisation_dialog(ui, parent=view)
    qtbot.addWidget(dialog)
    level = dialog.widgets["sensitivity"]
    assert level.value() == Sensitivity.SHAREABLE  # an embassy, a UN body: facts
    dialog.widgets["name"].setText("Family of Armen Vardanyan")
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.FAMILY)
    assert level.value() == Sensitivity.INTERNAL
    dialog.widgets["phone"].setText("+374 91 000000")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui.case_file.organisations.get(dialog.result_value.id).sensitivity \
        == Sensitivity.INTERNAL


def test_an_organisation_with_notes_starts_internal_unless_a_level_was_chosen(
        qtbot, view, ui) -> None:
    dialog = organisation_dialog(ui, parent=view)
    qtbot.addWidget(dialog)
    level = dialog.widgets["sensitivity"]
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.EMBASSY)
    assert level.value() == Sensitivity.SHAREABLE
    dialog.widgets["notes"].setPlainText("The consul's private mobile: +39 000")
    assert level.value() == Sensitivity.INTERNAL
    dialog.widgets["notes"].setPlainText("")
    assert level.value() == Sensitivity.SHAREABLE
    # the lawyer's own choice is hers: neither the kind nor the notes change it
    level.set_value(Sensitivity.PUBLIC)
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.FAMILY)
    dialog.widgets["notes"].setPlainText("Spokesperson")
    assert level.value() == Sensitivity.PUBLIC


def test_an_organisation_made_a_family_in_its_edit_is_raised_to_internal(qtbot, view, ui) -> None:
    """An organisation recorded as an NGO (shareable) and later found to be the captive's
    family kept its level when its kind was changed: the family's telephone went into
    shareable outputs. Made a family (or given notes) in its edit, its level is raised as a
    new one's is, never lowered, unless the lawyer chooses it herself in that edit."""
    org = ui.case_file.organisations.create(name="Vardanyan Relief", kind="ngo",
                                            sensitivity="shareable")
    dialog = organisation_dialog(ui, ui.case_file.organisations.get(org.id), parent=view)
    qtbot.addWidget(dialog)
    level = dialog.widgets["sensitivity"]
    assert level.value() == Sensitivity.SHAREABLE
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.FAMILY)
    assert level.value() == Sensitivity.INTERNAL
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.NGO)
    assert level.value() == Sensitivity.INTERNAL  # raised, never lowered by the form
    dialog.try_save()
    assert ui.case_file.organisations.get(org.id).sensitivity == Sensitivity.INTERNAL
    # an internal one is never lowered, and the lawyer's own choice stands
    public = ui.case_file.organisations.create(name="Press office", kind="media",
                                               sensitivity="public")
    dialog = organisation_dialog(ui, ui.case_file.organisations.get(public.id), parent=view)
    qtbot.addWidget(dialog)
    assert dialog.widgets["sensitivity"].value() == Sensitivity.PUBLIC
    dialog.widgets["notes"].setPlainText("Spokesperson's mobile")
    assert dialog.widgets["sensitivity"].value() == Sensitivity.INTERNAL  # untouched: raised
    dialog.widgets["sensitivity"].set_value(Sensitivity.SHAREABLE)  # her choice stands
    dialog.widgets["kind"].set_value(contacts_module.OrganisationKind.FAMILY)
    assert dialog.widgets["sensitivity"].value() == Sensitivity.SHAREABLE


def test_deleting_a_person_addressed_alone_says_the_log_loses_the_addressee(
        qtbot, view, ui, message_boxes) -> None:
    """A letter written to a captive's mother (a person with no organisation) is, after she is
    deleted from the directory, a letter to nobody: the question says so before, counting the
    interventions addressed to her alone; one also addressed to an organisation keeps it."""
    cf = ui.case_file
    mother = cf.contacts.create(name="Anahit Grigoryan 100%n")
    org = _org(ui, "ICRC Delegation in Baku")
    for made_on in ("2026-10-01", "2026-10-20"):
        cf.interventions.create(made_on=made_on, contact_id=mother.id, subject="Visit news")
    cf.interventions.create(made_on="2026-10-21", contact_id=mother.id, organisation_id=org.id,
                            subject="Together with the ICRC")
    settle(qtbot, ui)
    qtbot.waitUntil(lambda: view.select_organisation(NO_ORGANISATION), timeout=10000)
    row = next(r for r in range(view.people_proxy.rowCount())
               if view.people_proxy.index(r, 0).data() == mother.name)
    view.people.selectRow(row)
    view.delete_person()
    kind, text = message_boxes[-1][:2]
    assert kind == "question"
    assert ("Delete Anahit Grigoryan 100%n from the directory? The advocacy log will keep 2 "
            "interventions addressed to them alone, but with no addressee.") in text


def test_deleting_an_organisation_addressed_alone_says_the_log_loses_the_addressee(
        qtbot, view, ui, message_boxes) -> None:
    cf = ui.case_file
    org = cf.organisations.create(name="Embassy of France in Baku", kind="embassy")
    consul = cf.contacts.create(name="Consul", organisation_id=org.id)
    cf.interventions.create(made_on="2026-10-01", organisation_id=org.id, subject="Note verbale")
    cf.interventions.create(made_on="2026-10-02", organisation_id=org.id, contact_id=consul.id,
                            subject="Call")
    settle(qtbot, ui)
    qtbot.waitUntil(lambda: view.select_organisation(org.id), timeout=10000)
    view.delete_organisation()
    assert ("Delete Embassy of France in Baku? Its people (1) stay in the directory without an "
            "organisation; the advocacy log will keep 1 intervention addressed to it alone, but "
            "with no addressee.") in message_boxes[-1][1]


def test_a_persons_edit_and_delete_wait_for_a_person_chosen(qtbot, view, ui) -> None:
    """Edit… and Delete under the people were enabled with nobody chosen, and did nothing."""
    org = _org(ui, "ICRC Delegation in Baku")
    view.select_organisation(org.id)
    edit = view.findChild(QPushButton, "contacts_edit_person")
    delete = view.findChild(QPushButton, "contacts_delete_person")
    view.people.clearSelection()
    view.people.setCurrentIndex(view.people_proxy.index(-1, -1))
    assert not edit.isEnabled() and not delete.isEnabled()
    view.people.selectRow(0)
    assert edit.isEnabled() and delete.isEnabled()
