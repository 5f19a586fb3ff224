"""The audit trail: who changed what, when, from what to what."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.dates import utcnow
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def changes(cf: CaseFile, uid: str) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) of every update entry of one record, oldest first."""
    return [(e.field, e.old_value, e.new_value) for e in cf.audit.for_record(uid)
            if e.action is AuditAction.UPDATE]


@pytest.fixture
def captive(case_file: CaseFile) -> CaptiveDTO:
    return case_file.captives.create(names=["Վարդանյան Արմեն", "Vardanyan Armen"],
                                     capture="2020-11-10", status="pre_trial", tags=["pow"])


def test_creation_is_one_entry_with_the_values(case_file: CaseFile, captive: CaptiveDTO) -> None:
    [entry] = case_file.audit.for_record(captive.uid)
    assert entry.action is AuditAction.CREATE
    assert (entry.actor, entry.entity, entry.captive_uid) == ("tester", "captives", captive.uid)
    assert entry.summary == "Վարդանյան Արմեն"
    assert abs(entry.at - utcnow()) < timedelta(minutes=1)
    values = json.loads(entry.new_value or "")
    assert values["names"] == ["Վարդանյան Արմեն", "Vardanyan Armen"]  # readable, not escaped
    assert "Վարդանյան" in (entry.new_value or "")
    assert values["tags"] == ["pow"] and values["status"] == "pre_trial"
    assert values["capture_date"] == "2020-11-10"
    assert entry.old_value is None


def test_each_changed_field_is_one_entry_with_old_and_new(case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.update(captive.id, health="Needs insulin", capture_place="Hadrut",
                              summary="")  # summary unchanged: it was empty
    assert sorted(changes(case_file, captive.uid)) == [
        ("capture_place", "", "Hadrut"),
        ("health", "", "Needs insulin"),
    ]


def test_an_update_that_changes_nothing_writes_no_entry(case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.update(captive.id, sex="unknown", tags=["pow"])
    assert changes(case_file, captive.uid) == []


def test_names_and_tags_changes_are_audited(case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.update(captive.id, names=["Վարդանյան Արմեն", "Варданян Армен"],
                              tags=["pow", "group-1"])
    audited = dict((f, (json.loads(old or ""), json.loads(new or "")))
                   for f, old, new in changes(case_file, captive.uid))
    assert audited == {
        "names": (["Վարդանյան Արմեն", "Vardanyan Armen"], ["Վարդանյան Արմեն", "Варданян Армен"]),
        "tags": (["pow"], ["group-1", "pow"]),
    }


def test_a_status_change_is_audited(case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.set_status(captive.id, "released", effective_on="2023-12-13")
    assert sorted(changes(case_file, captive.uid)) == [
        ("status", "pre_trial", "released"),
        ("status_since", None, "2023-12-13"),
    ]


def test_deletion_keeps_the_last_values(case_file: CaseFile, captive: CaptiveDTO) -> None:
    stay = case_file.detention_places.create(captive_id=captive.id, facility="Baku SSS",
                                             from_date="2020-11-12")
    case_file.detention_places.delete(stay.id)
    entry = case_file.audit.for_record(stay.uid)[-1]
    assert entry.action is AuditAction.DELETE and entry.summary == "Baku SSS"
    assert json.loads(entry.old_value or "")["facility"] == "Baku SSS"
    assert entry.captive_uid == captive.uid


def test_a_captives_trail_includes_their_records(case_file: CaseFile, captive: CaptiveDTO) -> None:
    other = case_file.captives.create(names=["Khachatryan Gagik"])
    contact = case_file.welfare_contacts.create(captive_id=captive.id, kind="icrc_visit",
                                                contact_on="2021-01-05")
    case_file.welfare_contacts.update(contact.id, notes="Seen in good health")
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2021-01-15",
                                              term_months=4)
    case_file.welfare_contacts.create(captive_id=other.id, kind="icrc_visit", contact_on="2021-01-05")
    trail = case_file.audit.for_captive(captive.id)
    # The deadlines computed from the order (expiry, extension steps) are the captive's too.
    computed = {d.uid for d in case_file.deadlines.list(captive_id=captive.id)}
    assert len(computed) == 4
    assert {e.record_uid for e in trail if e.entity == "deadlines"} == computed
    assert [(e.record_uid, e.action) for e in trail if e.entity != "deadlines"] == [
        (captive.uid, AuditAction.CREATE),
        (contact.uid, AuditAction.CREATE),
        (contact.uid, AuditAction.UPDATE),
        (order.uid, AuditAction.CREATE),
    ]
    with pytest.raises(NotFound):
        case_file.audit.for_captive(404)


def test_recent_entries_come_newest_first(case_file: CaseFile, captive: CaptiveDTO) -> None:
    org = case_file.organisations.create(name="Ombudsman")
    case_file.organisations.update(org.id, country="AM")
    recent = case_file.audit.recent(limit=2)
    assert [(e.record_uid, e.action, e.field) for e in recent] == [
        (org.uid, AuditAction.UPDATE, "country"),
        (org.uid, AuditAction.CREATE, ""),
    ]
    assert recent[0].captive_uid == ""  # an organisation concerns no captive


def test_the_actor_is_who_opened_the_case_file(case_file: CaseFile, captive: CaptiveDTO,
                                         db_path: Path) -> None:
    colleague = open_case_file(Location(path=db_path), actor="colleague", today=lambda: TODAY)
    try:
        colleague.captives.update(captive.id, current_asks="ICRC visit")
    finally:
        colleague.close()
    [entry] = [e for e in case_file.audit.for_record(captive.uid) if e.action is AuditAction.UPDATE]
    assert (entry.actor, entry.field, entry.new_value) == ("colleague", "current_asks", "ICRC visit")


def test_a_refused_change_leaves_no_entry(case_file: CaseFile, captive: CaptiveDTO) -> None:
    before = case_file.audit.recent(limit=1000)
    with pytest.raises(ValidationError):
        case_file.captives.update(captive.id, health="ok", capture="2027-01-01")
    assert case_file.audit.recent(limit=1000) == before


def test_audit_chain_shows_edits_and_deletions(case_file) -> None:
    import sqlite3

    c = case_file.captives.create(names=["Chain Test"])
    for n in range(3):
        case_file.captives.update(c.id, summary=f"version {n}")
    assert case_file.check().ok
    path = case_file.db.path
    case_file.db.engine.dispose()
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM audit_entries ORDER BY id")]
        conn.execute("DELETE FROM audit_entries WHERE id = ?", (ids[2],))
    problems = case_file.check().problems
    assert len(problems) == 2
    assert problems[0].startswith(f"Audit entry {ids[3]} ") and "before it" in problems[0]
    assert problems[1] == "1 audit entry was removed outside CaseApp: the log holds 3, CaseApp wrote 4."
