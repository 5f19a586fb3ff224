"""A date of birth or capture known only to the month, the year or approximately reads in the
History as the captive's page shows it: the history gave the first day of the period as if
it were known ("1 May 1990" for a birth in May 1990), and a birth date made approximate read
"1 May 1990 → 3 May 1990", two exact days nobody gave."""

from __future__ import annotations

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile
from caseapp.ui.views.audit_texts import audit_change, audit_tooltip


def _changes(cf: CaseFile, uid: str, field: str) -> list[str]:
    return [audit_change(e) for e in cf.audit.for_record(uid)
            if e.action is AuditAction.UPDATE and e.field == field]


def test_dates_known_to_a_period_read_at_their_precision(qapp, case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Արմեն Վարդանյան"], birth="1990-05", capture="2024")
    cf.captives.update(captive.id, birth="~1990-05-03")
    cf.captives.update(captive.id, birth="1990-05-17", capture="2024-05-01")
    cf.captives.update(captive.id, health="Needs insulin")  # (a later change of another field)
    cf.captives.update(captive.id, capture="2024-05")
    [added] = [e for e in cf.audit.for_record(captive.uid) if e.action is AuditAction.CREATE]
    tip = audit_tooltip(added)
    assert "Date of birth: May 1990" in tip and "Date of capture: 2024" in tip, tip
    assert _changes(cf, captive.uid, "birth_date") == ["May 1990 → ≈ 3 May 1990",
                                                       "≈ 3 May 1990 → 17 May 1990"]
    # (the day stays the first of May: what changed is that it is no longer known)
    assert _changes(cf, captive.uid, "capture_date") == ["2024 → 1 May 2024"]
    assert _changes(cf, captive.uid, "capture_date_precision") == ["Year → Exact", "Exact → Month"]
    assert cf.captives.get(captive.id).birth is not None


def test_the_captives_own_history_reads_them_alike(qapp, case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Արմեն Վարդանյան"], birth="1990")
    cf.captives.update(captive.id, birth="1991")
    [moved] = [e for e in cf.audit.for_captive(captive.id) if e.field == "birth_date"]
    assert audit_change(moved) == "1990 → 1991"
