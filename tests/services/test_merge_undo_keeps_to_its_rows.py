"""Undoing a merge of a captive recorded twice gives back to the other record only what
moved to the kept one: never a record of another captive that took, since, the number of
one that moved and was then deleted (SQLite gives a new row the highest number freed)."""

from __future__ import annotations

import pytest

from caseapp.domain.errors import ConflictError
from caseapp.services.captive_merge import merge_captives, undo_merge
from caseapp.services.casefile import CaseFile


def test_an_undone_merge_never_takes_another_captives_note(case_file: CaseFile) -> None:
    cf = case_file
    keep, other, third = (cf.captives.create(names=[name], status="pre_trial").id
                          for name in ("Armen Vardanyan", "Արմեն Վարդանյան", "Anahit Davtyan"))
    moved = cf.notes.create(captive_id=other, title="Call with the brother", body="x").id
    result = merge_captives(cf, keep, other)
    assert result.undo is not None
    cf.notes.delete(moved)  # the command line, after the merge: the note was Armen's
    taken = cf.notes.create(captive_id=third, title="Visit to Anahit", body="y").id
    assert taken == moved  # (the number the test is about)

    with pytest.raises(ConflictError):
        undo_merge(cf, result.undo)

    assert cf.notes.get(taken).captive_id == third
    assert [n.title for n in cf.notes.list(captive_id=third)] == ["Visit to Anahit"]
