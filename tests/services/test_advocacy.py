"""Advocacy: organisations, contacts, the intervention log, and deadlines kept as records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest

from caseapp.domain.dto import CaptiveDTO, ContactDTO, DeadlineDTO, OrganisationDTO
from caseapp.domain.enums import Channel, DeadlineStatus, InterventionStatus, OrganisationKind
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.casefile import CaseFile


def invalid(call: Callable[[], object], field: str, *words: str) -> None:
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, str(err.value)
    for word in words:
        assert word in str(err.value)


Captives = list[CaptiveDTO]
ICRC = tuple[OrganisationDTO, ContactDTO]


@pytest.fixture
def captives(case_file: CaseFile) -> Captives:
    return [case_file.captives.create(names=[n], capture="2020-11-10", status="pre_trial")
            for n in ("Vardanyan Armen", "Khachatryan Gagik", "Mkrtchyan Ashot")]


@pytest.fixture
def icrc(case_file: CaseFile) -> tuple[OrganisationDTO, ContactDTO]:
    org = case_file.organisations.create(name="ICRC Baku delegation", kind="icrc", country="AZ")
    person = case_file.contacts.create(name="Head of protection", organisation_id=org.id,
                                       language="en", email="protection@example.org")
    return org, person


# ---- organisations and contacts -----------------------------------------------------------

def test_organisations_and_contacts(case_file: CaseFile, icrc: ICRC) -> None:
    org, person = icrc
    assert org.kind is OrganisationKind.ICRC
    assert case_file.organisations.get(org.id) == org
    assert case_file.contacts.list(organisation_id=org.id) == [person]
    ombudsman = case_file.organisations.create(name="Ombudsman of Azerbaijan", kind="ombudsman")
    assert [o.name for o in case_file.organisations.list()] == [
        "ICRC Baku delegation", "Ombudsman of Azerbaijan"]  # in name order
    moved = case_file.contacts.update(person.id, organisation_id=ombudsman.id, role="Adviser")
    assert (moved.organisation_id, moved.role) == (ombudsman.id, "Adviser")


def test_a_family_contact_needs_no_organisation(case_file: CaseFile) -> None:
    mother = case_file.contacts.create(name="Anahit Vardanyan", role="mother", phone="+374 10 000000")
    assert mother.organisation_id is None


def test_deleting_an_organisation_keeps_its_people(case_file: CaseFile, icrc: ICRC) -> None:
    org, person = icrc
    case_file.organisations.delete(org.id)
    assert case_file.contacts.get(person.id).organisation_id is None


@pytest.mark.parametrize(
    ("service", "fields", "field", "words"),
    [
        ("organisations", {"name": " "}, "name", ["required"]),
        ("organisations", {"name": "X", "kind": "charity"}, "kind", ["“charity”", "ngo"]),
        ("contacts", {"name": ""}, "name", ["required"]),
        ("contacts", {"name": "X", "organisation_id": 404}, "organisation_id", ["404"]),
        ("contacts", {"name": "X", "organisation_id": "abc"}, "organisation_id", ["number"]),
    ],
)
def test_invalid_organisations_and_contacts(case_file: CaseFile, service: str, fields: dict,
                                            field: str, words: list[str]) -> None:
    invalid(lambda: getattr(case_file, service).create(**fields), field, *words)
    assert getattr(case_file, service).list() == []


# ---- interventions ------------------------------------------------------------------------

def test_an_intervention_links_captives_and_a_contact(case_file: CaseFile, captives: Captives,
                                                       icrc: ICRC) -> None:
    org, person = icrc
    a, b, c = captives
    letter = case_file.interventions.create(
        made_on="2026-10-01", contact_id=person.id, captive_ids=[b.id, a.id], channel="letter",
        subject="Request for ICRC visits", request="Please visit the detainees in Kurdakhany.",
        follow_up_on="2026-12-01")
    assert sorted(letter.captive_ids) == [a.id, b.id]
    assert letter.organisation_id == org.id  # taken from the contact
    assert letter.status is InterventionStatus.DRAFT and letter.channel is Channel.LETTER
    assert case_file.interventions.get(letter.id) == letter
    assert case_file.interventions.list(captive_id=a.id) == [letter]
    assert case_file.interventions.list(captive_id=b.id) == [letter]
    assert case_file.interventions.list(captive_id=c.id) == []


def test_answering_an_intervention(case_file: CaseFile, captives: Captives) -> None:
    call = case_file.interventions.create(made_on="2026-11-02", channel="call",
                                          captive_ids=[captives[0].id])
    answered = case_file.interventions.update(call.id, status="answered",
                                              response="Visit planned for December.")
    assert (answered.status, answered.response) == (InterventionStatus.ANSWERED,
                                                    "Visit planned for December.")
    assert answered.captive_ids == (captives[0].id,)  # links kept when not given


def test_interventions_in_date_order_and_filtered(case_file: CaseFile, captives: Captives) -> None:
    later = case_file.interventions.create(made_on="2026-11-02", channel="email")
    earlier = case_file.interventions.create(made_on="2026-01-15", channel="meeting")
    assert case_file.interventions.list() == [earlier, later]
    assert case_file.interventions.list(channel="email") == [later]
    invalid(lambda: case_file.interventions.list(channel="fax"), "channel", "“fax”")


def test_deleting_a_captive_unlinks_but_keeps_the_intervention(case_file: CaseFile, captives: Captives) -> None:
    a, b, _ = captives
    i = case_file.interventions.create(made_on="2026-11-02", captive_ids=[a.id, b.id])
    case_file.captives.delete(a.id)
    assert case_file.interventions.get(i.id).captive_ids == (b.id,)


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"made_on": "2026-11-29"}, "made_on", ["intervention", "future"]),
        ({"made_on": None}, "made_on", ["required"]),
        ({"made_on": "28/11/2026"}, "made_on", ["“28/11/2026”"]),
        ({"follow_up_on": "2026-10-31"}, "follow_up_on", ["before the intervention"]),
        ({"captive_ids": [404]}, "captive_ids", ["404"]),
        ({"captive_ids": ["first"]}, "captive_ids", ["IDs"]),
        ({"contact_id": 404}, "contact_id", ["404"]),
        ({"organisation_id": 404}, "organisation_id", ["404"]),
        ({"channel": "pigeon"}, "channel", ["“pigeon”", "letter"]),
        ({"status": "lost"}, "status", ["“lost”"]),
    ],
)
def test_invalid_interventions(case_file: CaseFile, captives: Captives, fields: dict, field: str,
                               words: list[str]) -> None:
    fields = {"made_on": "2026-11-01", "captive_ids": [captives[0].id]} | fields
    invalid(lambda: case_file.interventions.create(**fields), field, *words)
    assert case_file.interventions.list() == []


def test_follow_up_may_be_in_the_future(case_file: CaseFile) -> None:
    i = case_file.interventions.create(made_on="2026-11-01", follow_up_on="2027-01-15")
    assert i.follow_up_on == date(2027, 1, 15)


# ---- deadlines ----------------------------------------------------------------------------

def computed_deadline(cf: CaseFile, captive_id: int) -> DeadlineDTO:
    return cf.deadlines.create(
        captive_id=captive_id, title="ECHR application", rule_id="echr_application",
        rule_version="1", trigger_kind="final_decision", trigger_date="2026-10-31",
        due_on="2027-02-28", explanation=[{"step": "+4 months", "date": "2027-02-28"}])


def test_deadlines_crud_in_due_order(case_file: CaseFile, captives: Captives) -> None:
    echr = computed_deadline(case_file, captives[0].id)
    call = case_file.deadlines.create(title="Call the family", due_on="2026-12-01",
                                      due_time="10:00", timezone="Asia/Yerevan")
    assert call.due_time == time(10, 0) and call.captive_id is None
    assert echr.explanation == ({"step": "+4 months", "date": "2027-02-28"},)
    assert echr.overridden is False and echr.status is DeadlineStatus.OPEN
    assert case_file.deadlines.list() == [call, echr]
    assert case_file.deadlines.list(captive_id=captives[0].id) == [echr]
    case_file.deadlines.delete(call.id)
    with pytest.raises(NotFound, match="no deadline with ID"):
        case_file.deadlines.get(call.id)


@pytest.mark.parametrize("change", [{"due_on": "2027-02-26"}, {"due_time": "16:00"}])
def test_editing_the_date_of_a_computed_deadline_marks_it_overridden(
        case_file: CaseFile, captives: Captives, change: dict) -> None:
    echr = computed_deadline(case_file, captives[0].id)
    assert case_file.deadlines.update(echr.id, notes="Court closed that week").overridden is False
    assert case_file.deadlines.update(echr.id, **change).overridden is True


def test_a_deadline_entered_by_hand_is_never_overridden(case_file: CaseFile) -> None:
    d = case_file.deadlines.create(title="Call the ombudsman", due_on="2026-12-01")
    assert case_file.deadlines.update(d.id, due_on="2026-12-03").overridden is False


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_dismissing_a_deadline_needs_a_reason(case_file: CaseFile, captives: Captives,
                                              reason: str | None) -> None:
    echr = computed_deadline(case_file, captives[0].id)
    fields = {"status": "dismissed"} | ({"status_reason": reason} if reason is not None else {})
    invalid(lambda: case_file.deadlines.update(echr.id, **fields), "status_reason", "why")
    assert case_file.deadlines.get(echr.id).status is DeadlineStatus.OPEN
    dismissed = case_file.deadlines.update(echr.id, status="dismissed",
                                           status_reason="Domestic remedy still pending")
    assert dismissed.status is DeadlineStatus.DISMISSED


def test_a_deadline_can_be_done_without_a_reason(case_file: CaseFile, captives: Captives) -> None:
    echr = computed_deadline(case_file, captives[0].id)
    assert case_file.deadlines.update(echr.id, status="done").status is DeadlineStatus.DONE


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"title": ""}, "title", ["required"]),
        ({"due_on": None}, "due_on", ["required"]),
        ({"due_on": "soon"}, "due_on", ["“soon”"]),
        ({"due_time": "25:00"}, "due_time", ["“25:00”"]),
        ({"status": "late"}, "status", ["“late”", "dismissed"]),
        ({"captive_id": 404}, "captive_id", ["404"]),
    ],
)
def test_invalid_deadlines(case_file: CaseFile, fields: dict, field: str, words: list[str]) -> None:
    fields = {"title": "Reply due", "due_on": "2027-01-01"} | fields
    invalid(lambda: case_file.deadlines.create(**fields), field, *words)
    assert case_file.deadlines.list() == []
