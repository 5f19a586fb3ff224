"""One public call is one transaction: a refused change leaves the case file exactly as it
was, and subscribers hear of a change only once it is committed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from caseapp.config import Location
from caseapp.db.base import Base
from caseapp.db.file_checks import SQLITE_HEADER
from caseapp.db.search import FTS_TABLE
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import CaseAppError, NotFound, ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def full_state(cf: CaseFile) -> dict[str, list[tuple]]:
    """Every row of every table, the audit trail and the search index included."""
    with cf.db.engine.connect() as conn:
        state = {t.name: sorted(map(tuple, conn.execute(select(t))), key=repr)
                 for t in Base.metadata.sorted_tables}
        state[FTS_TABLE] = sorted(map(tuple, conn.execute(text(f"SELECT rowid, keys FROM {FTS_TABLE}"))))
    return state


@dataclass
class Ids:
    captive: int
    lone: int  # a captive with a single name
    stay: int
    order: int
    hearing: int
    intervention: int
    document: int
    deadline: int


@pytest.fixture
def ids(case_file: CaseFile) -> Ids:
    cf = case_file
    c = cf.captives.create(names=["Վարդանյան Արմեն", "Vardanyan Armen"], capture="2020-11-10",
                           status="pre_trial", tags=["pow"])
    lone = cf.captives.create(names=["Khachatryan Gagik"], capture="2020-12-13", status="held")
    cf.detention_places.create(captive_id=c.id, facility="Baku SSS", from_date="2020-11-12",
                               to_date="2021-01-10")
    stay = cf.detention_places.create(captive_id=c.id, facility="Kurdakhany", from_date="2021-01-10",
                                      to_date="2022-01-10")
    order = cf.detention_orders.create(captive_id=c.id, start_date="2021-01-15", term_months=4)
    hearing = cf.hearings.create(starts_at="2026-12-01 10:00", timezone="Asia/Baku",
                                 captive_ids=[c.id, lone.id], outcome="Adjourned")
    org = cf.organisations.create(name="ICRC", kind="icrc")
    intervention = cf.interventions.create(made_on="2026-11-01", organisation_id=org.id,
                                           captive_ids=[c.id], request="Visit")
    document = cf.documents.create(captive_id=c.id, title="Indictment", content=b"%PDF")
    deadline = cf.deadlines.create(captive_id=c.id, title="ECHR application", rule_id="echr",
                                   due_on="2027-02-28")
    return Ids(c.id, lone.id, stay.id, order.id, hearing.id, intervention.id, document.id,
               deadline.id)


REFUSED: dict[str, Callable[[CaseFile, Ids], object]] = {
    "captive with a future birth": lambda cf, i: cf.captives.create(names=["X"], birth="2027"),
    "captive with names and tags, then a bad capture": lambda cf, i: cf.captives.update(
        i.captive, names=["Other Name"], tags=["x"], summary="new", capture="2026-12-01"),
    "release before capture": lambda cf, i: cf.captives.set_status(
        i.captive, "released", effective_on="2020-01-01"),
    "bad status": lambda cf, i: cf.captives.set_status(i.captive, "free"),
    "name of an unknown captive": lambda cf, i: cf.names.create(captive_id=404, full_name="X"),
    "deleting the last name": lambda cf, i: cf.names.delete(cf.captives.get(i.lone).names[0].id),
    "overlapping stay": lambda cf, i: cf.detention_places.create(
        captive_id=i.captive, facility="Hospital", from_date="2021-06-01", to_date="2021-06-05"),
    "stay edited into an overlap": lambda cf, i: cf.detention_places.update(
        i.stay, from_date="2021-01-01", notes="moved"),
    "future welfare contact": lambda cf, i: cf.welfare_contacts.create(
        captive_id=i.captive, kind="icrc_visit", contact_on="2026-11-29"),
    "order ending before it starts": lambda cf, i: cf.detention_orders.update(
        i.order, notes="x", expires_on="2021-01-01"),
    "hearing of an unknown captive": lambda cf, i: cf.hearings.create(
        starts_at="2026-12-01 10:00", captive_ids=[i.captive, 404]),
    "hearing moved to a bad zone": lambda cf, i: cf.hearings.update(
        i.hearing, outcome="Held", timezone="Baku"),
    "future intervention": lambda cf, i: cf.interventions.update(
        i.intervention, response="x", made_on="2026-12-25"),
    "intervention of an unknown captive": lambda cf, i: cf.interventions.update(
        i.intervention, captive_ids=[404]),
    "forged document hash": lambda cf, i: cf.documents.update(i.document, sha256="0" * 64),
    "new content, then a future date": lambda cf, i: cf.documents.update(
        i.document, content=b"other", received_on="2027-01-01"),
    "dismissal without a reason": lambda cf, i: cf.deadlines.update(
        i.deadline, status="dismissed", due_on="2027-03-01"),
    "contact of an unknown organisation": lambda cf, i: cf.contacts.create(
        name="X", organisation_id=404),
    "updating an unknown record": lambda cf, i: cf.welfare_contacts.update(404, notes="x"),
    "deleting an unknown record": lambda cf, i: cf.hearings.delete(404),
}


@pytest.mark.parametrize("call", list(REFUSED.values()), ids=list(REFUSED))
def test_a_refused_call_changes_nothing_and_announces_nothing(
        case_file: CaseFile, ids: Ids, call: Callable[[CaseFile, Ids], object]) -> None:
    heard: list[Changes] = []
    case_file.subscribe(heard.append)
    before = full_state(case_file)
    with pytest.raises((ValidationError, NotFound)):
        call(case_file, ids)
    assert full_state(case_file) == before
    assert heard == []


def test_the_snapshot_sees_a_change(case_file: CaseFile, ids: Ids) -> None:
    """The comparison above would catch a write: a successful call does change the state."""
    before = full_state(case_file)
    case_file.captives.update(ids.captive, tags=["pow", "group-1"])
    after = full_state(case_file)
    assert after != before
    assert len(after["audit_entries"]) == len(before["audit_entries"]) + 1


# ---- change notifications -----------------------------------------------------------------

def test_subscribers_hear_of_each_write_after_it_is_committed(case_file: CaseFile) -> None:
    heard: list[tuple[Changes, bool]] = []

    def listener(change: Changes) -> None:
        # A fresh session on its own connection sees only committed data.
        service = getattr(case_file, change.entity)
        try:
            service.get(change.ids[0])
            visible = True
        except NotFound:
            visible = False
        heard.append((change, visible))

    case_file.subscribe(listener)
    a = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10")
    b = case_file.captives.create(names=["Khachatryan Gagik"], capture="2020-11-10")
    h = case_file.hearings.create(starts_at="2026-12-01 10:00", captive_ids=[b.id, a.id])
    case_file.hearings.update(h.id, outcome="Adjourned")
    case_file.hearings.delete(h.id)
    org = case_file.organisations.create(name="ICRC")
    assert heard == [
        (Changes("captives", AuditAction.CREATE, (a.id,), (a.id,)), True),
        (Changes("captives", AuditAction.CREATE, (b.id,), (b.id,)), True),
        (Changes("hearings", AuditAction.CREATE, (h.id,), (a.id, b.id)), True),
        (Changes("hearings", AuditAction.UPDATE, (h.id,), (a.id, b.id)), True),
        (Changes("hearings", AuditAction.DELETE, (h.id,), (a.id, b.id)), False),  # gone already
        (Changes("organisations", AuditAction.CREATE, (org.id,), ()), True),
    ]


def test_every_subscriber_is_told(case_file: CaseFile) -> None:
    first: list[Changes] = []
    second: list[Changes] = []
    case_file.subscribe(first.append)
    case_file.subscribe(second.append)
    c = case_file.captives.create(names=["Vardanyan Armen"])
    assert first == second == [Changes("captives", AuditAction.CREATE, (c.id,), (c.id,))]


def test_a_child_record_names_its_captive(case_file: CaseFile) -> None:
    heard: list[Changes] = []
    c = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10")
    case_file.subscribe(heard.append)
    w = case_file.welfare_contacts.create(captive_id=c.id, kind="icrc_visit", contact_on="2021-01-05")
    p = case_file.prosecutions.create(captive_id=c.id)
    charge = case_file.charges.create(prosecution_id=p.id, article="279")
    assert [(x.entity, x.ids, x.captive_ids) for x in heard] == [
        ("welfare_contacts", (w.id,), (c.id,)),
        ("prosecutions", (p.id,), (c.id,)),
        ("charges", (charge.id,), (c.id,)),
    ]


# ---- every service: create, get, list, update, delete ------------------------------------

@dataclass
class Parents:
    captive: int
    prosecution: int


# service name -> (fields to create one, given the parents; one change to make)
EVERY_SERVICE: dict[str, tuple[Callable[[Parents], dict], dict]] = {
    "captives": (lambda p: {"names": ["Vardanyan Armen"]}, {"summary": "Key facts"}),
    "names": (lambda p: {"captive_id": p.captive, "full_name": "Варданян Армен"}, {"language": "ru"}),
    "identity_documents": (lambda p: {"captive_id": p.captive, "kind": "passport"},
                           {"number": "AM0123456"}),
    "detention_places": (lambda p: {"captive_id": p.captive, "facility": "Kurdakhany",
                                    "from_date": "2021-01-10"}, {"address": "Baku, Kurdakhany"}),
    "welfare_contacts": (lambda p: {"captive_id": p.captive, "kind": "icrc_visit",
                                    "contact_on": "2021-01-05"}, {"notes": "Seen"}),
    "notes": (lambda p: {"captive_id": p.captive, "body": "Call the family"}, {"title": "To do"}),
    "prosecutions": (lambda p: {"captive_id": p.captive}, {"case_number": "1(101)-2/2021"}),
    "charges": (lambda p: {"prosecution_id": p.prosecution, "article": "279"}, {"part": "1"}),
    "detention_orders": (lambda p: {"captive_id": p.captive, "start_date": "2021-01-15",
                                    "term_months": 4}, {"ordering_court": "Baku Military Court"}),
    "hearings": (lambda p: {"starts_at": "2026-12-01 10:00", "timezone": "Asia/Baku",
                            "captive_ids": [p.captive]}, {"judge": "Judge X"}),
    "international_proceedings": (lambda p: {"captive_id": p.captive, "body": "echr",
                                             "kind": "application"}, {"reference": "12345/21"}),
    "organisations": (lambda p: {"name": "ICRC Baku"}, {"country": "AZ"}),
    "contacts": (lambda p: {"name": "Delegate"}, {"email": "delegate@example.org"}),
    "interventions": (lambda p: {"made_on": "2026-11-01", "captive_ids": [p.captive]},
                      {"subject": "Visit request"}),
    "documents": (lambda p: {"captive_id": p.captive, "title": "Scan", "content": b"%PDF"},
                  {"source": "family"}),
    "deadlines": (lambda p: {"captive_id": p.captive, "title": "Reply", "due_on": "2027-01-01"},
                  {"notes": "ask for more time"}),
}


@pytest.fixture(params=["case_file", "encrypted_case_file", "server_case_file"])
def any_case_file(request: pytest.FixtureRequest) -> CaseFile:
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("name", list(EVERY_SERVICE))
def test_every_service_creates_reads_lists_updates_and_deletes(any_case_file: CaseFile,
                                                               name: str) -> None:
    cf = any_case_file
    captive = cf.captives.create(names=["Khachatryan Gagik"], capture="2020-11-10", status="held")
    parents = Parents(captive.id, cf.prosecutions.create(captive_id=captive.id).id)
    service = getattr(cf, name)
    make, change = EVERY_SERVICE[name]

    created = service.create(**make(parents))
    assert dataclasses.is_dataclass(created) and not isinstance(created, Base)
    with pytest.raises(dataclasses.FrozenInstanceError):
        created.id = 0
    assert service.get(created.id) == created
    assert created in service.list()

    [(field, value)] = change.items()
    updated = service.update(created.id, **change)
    assert getattr(updated, field) == value and updated.id == created.id
    assert service.get(created.id) == updated
    assert [(e.field, e.new_value) for e in cf.audit.for_record(created.uid)][1:] == [(field, value)]

    service.delete(created.id)
    with pytest.raises(NotFound):
        service.get(created.id)
    assert all(r.id != created.id for r in service.list())
    assert cf.audit.for_record(created.uid)[-1].action is AuditAction.DELETE


# ---- committed data lasts, on plain and encrypted files ----------------------------------

@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_a_round_trip_survives_closing_and_reopening(tmp_path: Path, passphrase: str | None) -> None:
    location = Location(path=tmp_path / "case.db")

    def reopen() -> CaseFile:
        return open_case_file(location, passphrase=passphrase, create=True, actor="tester",
                              today=lambda: TODAY)

    cf = reopen()
    c = cf.captives.create(names=["Վարդանյան Արմեն"], capture="2020-11", status="held")
    doc = cf.documents.create(captive_id=c.id, title="Scan", content=b"\x00secret\xff")
    cf.captives.update(c.id, health="Needs insulin")
    cf.close()

    cf = reopen()
    try:
        got = cf.captives.get(c.id)
        assert (got.primary_name, got.health, got.capture.iso()) == (  # type: ignore[union-attr]
            "Վարդանյան Արմեն", "Needs insulin", "2020-11")
        assert cf.documents.content(doc.id) == b"\x00secret\xff"
        assert cf.search.captive_ids("Vardanyan") == [c.id]
        cf.captives.delete(c.id)
        with pytest.raises(NotFound):
            cf.captives.get(c.id)
    finally:
        cf.close()
    header = (tmp_path / "case.db").read_bytes()[: len(SQLITE_HEADER)]
    assert (header == SQLITE_HEADER) is (passphrase is None)


def test_the_encrypted_case_file_does_not_leak_names(encrypted_case_file: CaseFile) -> None:
    encrypted_case_file.captives.create(names=["Vardanyan Armen"], summary="Kurdakhany")
    encrypted_case_file.close()
    path = encrypted_case_file.db.path
    assert path is not None
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"Vardanyan" not in raw and b"Kurdakhany" not in raw and b"vardanian" not in raw


def test_errors_for_the_user_are_caseapp_errors(case_file: CaseFile) -> None:
    """The UI shows CaseAppError messages; nothing else should escape a refused input."""
    c = case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10")
    bad_inputs: list[Callable[[], object]] = [
        lambda: case_file.welfare_contacts.create(captive_id=404, kind="icrc_visit",
                                                  contact_on="2021-01-01"),
        lambda: case_file.hearings.create(starts_at="2026-12-01 10:00", prosecution_id=404,
                                          captive_ids=[c.id]),
        lambda: case_file.captives.update(c.id, consent_publicity="perhaps"),
        lambda: case_file.captives.update(c.id, birth=1990),
        lambda: case_file.detention_places.list(facilty="Baku"),
        lambda: case_file.interventions.create(made_on="2026-01-01", captive_ids=["one"]),
    ]
    for call in bad_inputs:
        with pytest.raises(CaseAppError):
            call()
