"""A captive recorded twice and merged keeps, in the kept captive's history, the history of
the other record and of everything that moved with it: the history showed only the merge, so
a detention order that moved read as changed by someone with no entry saying who added it,
and the other record's status changes were in no one's history. An undone merge gives them
back to the other record."""

from __future__ import annotations

from caseapp.domain.enums import AuditAction
from caseapp.services.captive_merge import merge_captives, undo_merge
from caseapp.services.casefile import CaseFile


def _history(cf: CaseFile, captive_id: int) -> list[tuple[str, str, AuditAction, str]]:
    return [(e.entity, e.record_uid, e.action, e.field) for e in cf.audit.for_captive(captive_id)]


def test_the_kept_captive_keeps_the_history_of_what_moved(case_file: CaseFile) -> None:
    cf = case_file
    keep = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial")
    other = cf.captives.create(names=["Արմեն Վարդանյան"], status="held")
    visit = cf.welfare_contacts.create(captive_id=other.id, kind="icrc_visit",
                                       contact_on="2026-10-05")
    cf.welfare_contacts.update(visit.id, notes="Seen in good health")
    before = _history(cf, other.id)
    assert [(e, a) for e, _u, a, _f in before] == [
        ("captives", AuditAction.CREATE), ("welfare_contacts", AuditAction.CREATE),
        ("welfare_contacts", AuditAction.UPDATE)]

    result = merge_captives(cf, keep.id, other.id)
    cf.welfare_contacts.update(visit.id, source="ICRC Baku")  # (now the kept captive's)

    after = _history(cf, keep.id)
    assert after[0] == ("captives", keep.uid, AuditAction.CREATE, "")
    assert set(before) <= set(after)  # the other record's and the visit's, all of them
    assert [f for e, _u, _a, f in after if e == "captives"][-1] == "merged"
    assert after[-1] == ("welfare_contacts", visit.uid, AuditAction.UPDATE, "source")

    assert result.undo is not None
    undo_merge(cf, result.undo)
    undone = _history(cf, keep.id)
    assert not set(before) & set(undone)  # the other's own again
    assert _history(cf, other.id)[:3] == before


def test_a_merge_of_a_merge_keeps_both_histories(case_file: CaseFile) -> None:
    cf = case_file
    first, second, third = (cf.captives.create(names=[name], status="pre_trial")
                            for name in ("Armen Vardanyan", "Արմեն Վարդանյան", "Армен Варданян"))
    merge_captives(cf, second.id, third.id)
    merge_captives(cf, first.id, second.id)
    created = {u for e, u, a, _f in _history(cf, first.id)
               if e == "captives" and a is AuditAction.CREATE}
    assert created == {first.uid, second.uid, third.uid}


def test_the_fields_a_merge_takes_read_from_what_to_what(case_file: CaseFile) -> None:
    """The fields a merge took from the other record (its date of birth, its place of
    capture) changed the kept captive with no entry saying from what to what (the merge's
    own entry lists only their names); undoing the merge put them back, unsaid too."""
    cf = case_file
    keep = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial", birth="1990-05")
    other = cf.captives.create(names=["Արմեն Վարդանյան"], status="held", birth="1990-05-03",
                               capture_place="Hadrut")
    result = merge_captives(cf, keep.id, other.id, take=["birth", "capture_place"])

    def changed() -> list[tuple[str, str | None, str | None]]:
        return [(e.field, e.old_value, e.new_value) for e in cf.audit.for_record(keep.uid)
                if e.action is AuditAction.UPDATE and e.field in ("birth_date", "capture_place")]

    assert changed() == [("birth_date", "1990-05", "1990-05-03"), ("capture_place", "", "Hadrut")]
    assert any(e.field == "names" for e in cf.audit.for_record(keep.uid))  # (its aliases)
    assert result.undo is not None
    undo_merge(cf, result.undo)
    assert changed()[2:] == [("birth_date", "1990-05-03", "1990-05"), ("capture_place", "Hadrut", "")]
