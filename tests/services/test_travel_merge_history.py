"""What a travel copy's merge added is in each captive's history: a visit recorded on the
road (a proof of life), a captive met there, read as added. The merge wrote one entry for
the copy and one per field it changed, but none for a record it added: the visit was in the
captive's list of visits and nowhere in their history."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.enums import AuditAction
from caseapp.services.casefile import CaseFile
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy

PASS = "olive lantern river seven"


def test_records_added_on_the_road_are_in_the_captives_history(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    home = case_file
    armen = home.captives.create(names=["Armen Vardanyan"], status="held", sensitivity="shareable")
    copy = tmp_path / "trip.db"
    make_travel_copy(home, copy, level="shareable", passphrase=PASS)
    travel = open_travel_copy(copy, PASS, actor="on-the-road")
    try:
        [there] = travel.captives.list()
        visit = travel.welfare_contacts.create(captive_id=there.id, kind="icrc_visit",
                                               contact_on="2026-11-25", notes="Seen in Baku")
        travel.captives.update(there.id, capture_place="Hadrut")
        met = travel.captives.create(names=["Levon Petrosyan"], status="held")
        report = merge_travel_copy(home, travel)
    finally:
        travel.close()
    assert (report.added["captives"], report.added["welfare_contacts"]) == (1, 1)
    history = [(e.entity, e.record_uid, e.action, e.field) for e in home.audit.for_captive(armen.id)]
    assert ("welfare_contacts", visit.uid, AuditAction.CREATE, "") in history
    assert ("captives", armen.uid, AuditAction.UPDATE, "capture_place") in history
    [added] = [e for e in home.audit.for_captive(armen.id) if e.record_uid == visit.uid]
    assert "Seen in Baku" in (added.new_value or "")
    [levon] = [c for c in home.captives.list() if c.uid == met.uid]
    first = home.audit.for_captive(levon.id)[0]
    assert (first.entity, first.action) == ("captives", AuditAction.CREATE)
    assert home.check().ok
