"""A hearing moved in the History tab reads in the court's time, before and after alike: the
time it had was read back from the case file in UTC and the new one as typed in the court's
zone, so a hearing moved from 10:00 in Baku to 10:00 the next day read "10 Dec 2026 06:00 →
11 Dec 2026 10:00" — a time the hearing never had."""

from __future__ import annotations

from datetime import datetime

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile
from caseapp.ui.views.audit_texts import audit_change, audit_tooltip


def test_a_hearing_moved_reads_both_times_in_the_courts_zone(qapp, case_file: CaseFile) -> None:
    cf = case_file
    a = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    hearing = cf.hearings.create(captive_ids=[a], starts_at="2026-12-10 10:00",
                                 timezone="Asia/Baku", kind="trial_session")
    cf.hearings.update(hearing.id, starts_at="2026-12-11 10:00")
    added, moved = cf.audit.for_record(hearing.uid)
    assert moved.action is AuditAction.UPDATE and moved.field == "starts_at"
    old, new = (datetime.fromisoformat(v or "") for v in (moved.old_value, moved.new_value))
    assert (old.hour, new.hour) == (10, 10) and old.utcoffset() == new.utcoffset()
    assert audit_change(moved) == "10 Dec 2026 10:00 → 11 Dec 2026 10:00"
    assert "Before: 10 Dec 2026 10:00" in audit_tooltip(moved)
    assert "Starts at: 10 Dec 2026 10:00" in audit_tooltip(added)


def test_a_deleted_hearing_reads_in_the_courts_zone(qapp, case_file: CaseFile) -> None:
    cf = case_file
    a = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    hearing = cf.hearings.create(captive_ids=[a], starts_at="2026-12-10 10:00",
                                 timezone="Asia/Yerevan", kind="trial_session")
    cf.hearings.delete(hearing.id)
    deleted = cf.audit.for_record(hearing.uid)[-1]
    assert deleted.action is AuditAction.DELETE
    assert "Starts at: 10 Dec 2026 10:00" in audit_tooltip(deleted)
