"""What a captive's page reads besides the file: the status the records imply
(captives.status_suggestion) and every document about the captive (documents.for_captive)."""

from __future__ import annotations

from datetime import date

from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, CaptiveStatus
from caseapp.domain.implied_status import EvidenceKind


def test_status_suggestion_reads_the_file_and_todays_date(case_file) -> None:
    cf = case_file  # today: 27 November 2026 (tests/conftest.py)
    cid = cf.captives.create(names=["Կարինե Օրինակյան"], status="pre_trial",
                             status_since="2026-02-01").id
    assert cf.captives.status_suggestion(cf.captive_file(cid)) is None
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-30 10:00", timezone="Asia/Baku",
                       court="Baku Grave Crimes Court", kind="verdict")
    assert cf.captives.status_suggestion(cf.captive_file(cid)) is None  # in three days
    verdict = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-27 09:00",
                                 timezone="Asia/Baku", court="Baku Grave Crimes Court",
                                 kind="verdict")
    s = cf.captives.status_suggestion(cf.captive_file(cid))
    assert s is not None
    assert (s.status, s.since, s.evidence.kind, s.evidence.record_id, s.evidence.where) == (
        CaptiveStatus.CONVICTED, date(2026, 11, 27), EvidenceKind.VERDICT, verdict.id,
        "Baku Grave Crimes Court")
    cf.captives.set_status(cid, s.status, effective_on=s.since)
    assert cf.captives.status_suggestion(cf.captive_file(cid)) is None


def test_documents_for_captive_include_those_attached_to_their_records(case_file) -> None:
    cf = case_file
    a, b, c = (cf.captives.create(names=[n]).id for n in ("A Primerov", "Б Примеров", "Գ Նմուշ"))
    case = cf.prosecutions.create(captive_id=a, case_number="1-1/2026")
    joint = cf.hearings.create(captive_ids=[a, b], starts_at="2026-11-20 10:00",
                               timezone="Asia/Baku")
    letter = cf.interventions.create(made_on="2026-11-01", captive_ids=[b, c], subject="Access")
    seen: list[Changes] = []
    cf.ctx.listeners.append(seen.append)
    own = cf.documents.create(captive_id=a, title="own", content=b"1")
    of_case = cf.documents.create(prosecution_id=case.id, title="indictment", content=b"2")
    of_hearing = cf.documents.create(hearing_id=joint.id, title="minutes", content=b"3")
    of_letter = cf.documents.create(intervention_id=letter.id, title="letter", content=b"4")
    cf.documents.create(title="loose", content=b"5")

    def titles(cid: int) -> list[str]:
        return [d.title for d in cf.documents.for_captive(cid)]

    assert titles(a) == [own.title, of_case.title, of_hearing.title]
    assert titles(b) == [of_hearing.title, of_letter.title]
    assert titles(c) == [of_letter.title]
    # A document attached to a joint hearing concerns both co-defendants (their open pages
    # reload); one attached to a case, the case's captive, in whose history it then is.
    changes = {c.ids[0]: c.captive_ids for c in seen if c.entity == "documents"}
    assert changes[of_hearing.id] == (a, b)
    assert changes[of_letter.id] == (b, c)
    assert changes[of_case.id] == (a,)
    assert any(e.entity == "documents" and e.record_uid == of_case.uid
               and e.action is AuditAction.CREATE for e in cf.audit.for_captive(a))
