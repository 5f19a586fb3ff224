"""What one record's save reads besides writing it: the captive it belongs to once (to check
it exists and to name it in the audit entry), and the audit anchor's state in one statement
at the commit. A captive deleted earlier in the same transaction is
not taken for one that still exists."""

from __future__ import annotations

from typing import Any

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.engine_events import heard


def lines(calls: list[tuple[Any, ...]]) -> list[str]:
    """The statements of ``before_cursor_execute`` calls, each on one line."""
    return [" ".join(call[2].split()) for call in calls]


def test_a_note_reads_its_captive_once_and_the_anchor_once(case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Aram Petrosyan"])
    with heard(cf, "before_cursor_execute") as calls:
        note = cf.notes.create(captive_id=captive.id, title="Call", body="Spoke to the ICRC.")
    seen = lines(calls)
    reads_of_captives = [s for s in seen if s.startswith("SELECT") and " FROM captives" in s]
    assert len(reads_of_captives) == 1 and reads_of_captives[0].endswith(
        "FROM captives WHERE captives.id = ?")
    assert sum("audit_anchor" in s and s.startswith("SELECT") for s in seen) == 1
    entry = cf.audit.for_record(note.uid)[0]
    assert entry.captive_uid == captive.uid
    assert cf.check().ok  # the anchor moved over the note's entry


def test_a_captive_deleted_in_the_same_batch_has_no_notes_added(case_file: CaseFile) -> None:
    cf = case_file
    kept = cf.captives.create(names=["Aram Petrosyan"])
    gone = cf.captives.create(names=["Vardan Hakobyan"])
    with cf.ctx.batch():
        cf.notes.create(captive_id=gone.id, title="Before", body="Still held.")
        cf.notes.delete(cf.notes.list(captive_id=gone.id)[0].id)
        cf.captives.delete(gone.id)
        with pytest.raises(ValidationError, match=f"There is no captive with ID {gone.id}"):
            cf.notes.create(captive_id=gone.id, title="After", body="Released.")
        cf.notes.create(captive_id=kept.id, title="Other", body="Visited.")
    assert [n.title for n in cf.notes.list()] == ["Other"]
    assert cf.check().ok


def test_a_deadline_entered_by_hand_reads_its_captive_once(case_file: CaseFile) -> None:
    cf = case_file
    captive = cf.captives.create(names=["Aram Petrosyan"])
    with heard(cf, "before_cursor_execute") as calls:
        cf.deadlines.create(captive_id=captive.id, title="Ask the ICRC", due_on="2026-12-20")
    assert len([s for s in lines(calls) if s.startswith("SELECT") and " FROM captives" in s]) == 1
