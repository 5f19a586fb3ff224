"""A change of the levels of a captive's fields reads in words: each field by its label and
its level by name ("Place of capture: Public"). It read as the stored map,
{"capture_place": "public", "health": "internal"}: keys and codes the lawyer sees nowhere
else."""

from __future__ import annotations

import re

from caseapp.services.casefile import CaseFile
from caseapp.ui.views.audit_texts import audit_change, audit_tooltip

RAW = re.compile(r'[{}"]|capture_place|health|internal|public')


def test_field_levels_read_in_words(qapp, case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial")
    cf.captives.update(captive.id, field_levels={"health": "internal", "capture_place": "public"})
    [changed] = [e for e in cf.audit.for_captive(captive.id) if e.field == "field_levels"]
    said, tip = audit_change(changed), audit_tooltip(changed)
    assert not RAW.search(said + tip), (said, tip)
    # health kept internal (unchanged: not said), the notes on consent back to the record's
    assert "Place of capture: Public" in said and "Health" not in said, said
    assert "Consent notes: Internal" in said and "Consent notes: as the record" in said, said


def test_field_levels_read_in_russian(qapp, russian, case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial")
    cf.captives.update(captive.id, field_levels={"capture_place": "public"})
    [changed] = [e for e in cf.audit.for_captive(captive.id) if e.field == "field_levels"]
    tip = audit_tooltip(changed)
    assert "Место пленения: Публичный" in tip, tip


def test_a_field_put_back_to_the_records_level_is_named(qapp, case_file: CaseFile) -> None:
    """Health let out to the record's level, the notes on consent untouched: the history
    says health went back to the record's level (it listed only the levels left, and health
    not at all), and leaves the unchanged field out."""
    cf = case_file
    captive = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial")
    assert cf.captives.get(captive.id).field_levels == {
        "health": "internal", "consent_notes": "internal"}
    cf.captives.update(captive.id, field_levels={"consent_notes": "internal"})
    [changed] = [e for e in cf.audit.for_captive(captive.id) if e.field == "field_levels"]
    said, tip = audit_change(changed), audit_tooltip(changed)
    assert said == "Health: Internal → Health: as the record", said
    assert "Before: Health: Internal" in tip and "After: Health: as the record" in tip, tip
    assert "consent" not in (said + tip).lower()
