"""A captive's history holds the changes to the records they share with others: a joint
hearing of co-defendants, a letter about several captives, a document attached to either.
Their entries name no single captive, and the History tab of every co-defendant left them
out: the hearing moved to another day was in nobody's history."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import AuditAction
from caseapp.services.captive_merge import merge_captives
from caseapp.services.casefile import CaseFile


def _trail(cf: CaseFile, captive_id: int) -> list[tuple[str, str, AuditAction, str]]:
    return [(e.entity, e.record_uid, e.action, e.field) for e in cf.audit.for_captive(captive_id)
            if e.entity != "captives"]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_file(request: pytest.FixtureRequest) -> CaseFile:
    """A new case file, local or on a team server (the history's query runs on both)."""
    return request.getfixturevalue("case_file" if request.param == "sqlite"
                                   else "server_case_file")


def test_every_co_defendant_reads_the_changes_to_their_joint_records(any_file: CaseFile) -> None:
    cf = any_file
    a = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    b = cf.captives.create(names=["Տիգրան Պետրոսյան"], status="pre_trial").id
    c = cf.captives.create(names=["Գագիկ Խաչատրյան"], status="pre_trial").id
    joint = cf.hearings.create(captive_ids=[a, b], starts_at="2026-12-10 10:00",
                               timezone="Asia/Baku", kind="trial_session")
    cf.hearings.update(joint.id, starts_at="2026-12-11 10:00")
    letter = cf.interventions.create(captive_ids=[a, b], made_on="2026-11-20", channel="letter",
                                     request="A visit by the ICRC")
    minutes = cf.documents.create(hearing_id=joint.id, title="minutes", content=b"1")
    cf.interventions.delete(letter.id)
    expected = [
        ("hearings", joint.uid, AuditAction.CREATE, ""),
        ("hearings", joint.uid, AuditAction.UPDATE, "starts_at"),
        ("interventions", letter.uid, AuditAction.CREATE, ""),
        ("documents", minutes.uid, AuditAction.CREATE, ""),
        ("interventions", letter.uid, AuditAction.DELETE, ""),
    ]
    assert _trail(cf, a) == expected
    assert _trail(cf, b) == expected
    assert _trail(cf, c) == []  # (not theirs)


def test_a_co_defendant_taken_off_a_hearing_reads_that_they_were(case_file: CaseFile) -> None:
    cf = case_file
    a = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    b = cf.captives.create(names=["Տիգրան Պետրոսյան"], status="pre_trial").id
    joint = cf.hearings.create(captive_ids=[a, b], starts_at="2026-12-10 10:00",
                               timezone="Asia/Baku", kind="trial_session")
    cf.hearings.update(joint.id, captive_ids=[a])
    cf.hearings.update(joint.id, court="Baku Grave Crimes Court")  # (A's alone from then on)
    assert _trail(cf, b) == [("hearings", joint.uid, AuditAction.CREATE, ""),
                             ("hearings", joint.uid, AuditAction.UPDATE, "captives")]
    assert [f for _e, _u, _a, f in _trail(cf, a)] == ["", "captives", "court"]


def test_a_merged_co_defendant_brings_their_joint_hearing(any_file: CaseFile) -> None:
    cf = any_file
    a, b, twin = (cf.captives.create(names=[name], status="pre_trial").id
                  for name in ("Արմեն Վարդանյան", "Տիգրան Պետրոսյան", "Tigran Petrosyan"))
    joint = cf.hearings.create(captive_ids=[a, twin], starts_at="2026-12-10 10:00",
                               timezone="Asia/Baku", kind="trial_session")
    merge_captives(cf, b, twin)
    assert ("hearings", joint.uid, AuditAction.CREATE, "") in _trail(cf, b)
