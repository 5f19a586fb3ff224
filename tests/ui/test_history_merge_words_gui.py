"""The merge of two records of one captive reads in the History in words: the record merged
in by its name, what moved by kind and count, the fields taken by their labels, the names kept
as aliases. It read as the entry's raw JSON: {"birth": "1990-05-03", "birth_place": "", …,
"uid": "0e57…"} → {"fields_taken": ["birth", "capture_place"], "kept_once": {}, …}."""

from __future__ import annotations

import re

import pytest

from caseapp.services.captive_merge import merge_captives, undo_merge
from caseapp.services.casefile import CaseFile
from caseapp.ui.views.audit_texts import audit_change, audit_tooltip
from tests.applied_translations import qt

RAW = re.compile(r'[{}\[\]"]|uid|fields_taken|kept_once|names_kept|restored|[0-9a-f]{8}-')


@pytest.fixture
def merged(case_file: CaseFile):  # type: ignore[no-untyped-def]
    cf = case_file
    keep = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial", birth="1990-05")
    other = cf.captives.create(names=["Արմեն Վարդանյան", "Armen Vardanian"], status="held",
                               birth="1990-05-03",
                               capture_place="Hadrut")
    cf.welfare_contacts.create(captive_id=other.id, kind="icrc_visit", contact_on="2026-10-05")
    result = merge_captives(cf, keep.id, other.id, take=["birth", "capture_place"])
    assert result.undo is not None
    undo_merge(cf, result.undo)
    return [e for e in cf.audit.for_captive(keep.id) if e.field == "merged"]


def test_a_merge_reads_in_words(qapp, merged) -> None:  # type: ignore[no-untyped-def]
    merge, undone = merged
    said = audit_change(merge)
    tip = audit_tooltip(merge)
    assert not RAW.search(said) and not RAW.search(tip), (said, tip)
    assert said.startswith("Արմեն Վարդանյան → ")
    assert "1 welfare contact" in tip and "Date of birth" in tip and "Place of capture" in tip, tip
    # the Latin spelling beside the kept one's Latin name an alias; the Armenian kept as it was
    assert "Kept as aliases: Armen Vardanian" in tip and "Kept as recorded: Արմեն Վարդանյան" in tip
    assert not RAW.search(audit_change(undone) + audit_tooltip(undone))


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_merges_words_are_translated(lang: str) -> None:
    """(read as the lead applies the deliveries: tests/applied_translations.py)"""
    found = qt(lang)
    for source in ("Moved: %1", "Taken from the other record: %1", "Kept as aliases: %1",
                   "Kept as recorded: %1", "Held by both records, kept once: %1"):
        [text] = found[("AuditTexts", source)]
        assert text and text != source and "%1" in text, (lang, source)
