"""Service calls joined in one transaction (``ctx.batch()``): what the demo and imports
use to write hundreds of records with one commit. Each call stays all or nothing, reads
inside the block see what it wrote, and the audit chain stays whole."""

from __future__ import annotations

import pytest

from caseapp.db import audit_anchor, audit_chain
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile

NAMES = ["Ղազարյան Վարդան", "Ghazaryan Vardan"]


def test_a_batch_commits_every_call_once_and_reads_see_its_own_writes(case_file: CaseFile) -> None:
    heard: list[str] = []
    case_file.ctx.listeners.append(lambda change: heard.append(change.entity))
    with case_file.ctx.batch():
        first = case_file.captives.create(names=NAMES, capture="2020-11-10", status="pre_trial")
        # A read inside the block sees the captive written above (not yet committed).
        assert [c.id for c in case_file.captives.list()] == [first.id]
        case_file.notes.create(captive_id=first.id, title="Visit", body="Met the family")
        assert heard == []  # told only after the commit
    assert heard.count("captives") == 1 and heard.count("notes") == 1
    assert [n.title for n in case_file.notes.list(captive_id=first.id)] == ["Visit"]


def test_a_failed_call_inside_a_batch_leaves_nothing_and_the_others_stay(case_file: CaseFile) -> None:
    with case_file.ctx.batch():
        kept = case_file.captives.create(names=NAMES, capture="2020-11-10", status="pre_trial")
        with pytest.raises(ValidationError):  # a capture in the future: refused
            case_file.captives.create(names=["Աբրահամյան Գրիգոր"], capture="2999-01-01")
        case_file.notes.create(captive_id=kept.id, title="After the refusal", body="")
    assert [c.id for c in case_file.captives.list()] == [kept.id]
    assert [n.title for n in case_file.notes.list(captive_id=kept.id)] == ["After the refusal"]
    with case_file.db.engine.connect() as conn:
        # The refused call's audit entry went with it: the chain and its anchor agree.
        assert audit_chain.first_break(conn) is None
        assert audit_anchor.problems(conn) == []


def test_an_error_out_of_the_block_writes_nothing_of_it(case_file: CaseFile) -> None:
    with pytest.raises(RuntimeError), case_file.ctx.batch():
        case_file.captives.create(names=NAMES, capture="2020-11-10", status="pre_trial")
        raise RuntimeError("stopped halfway")
    assert case_file.captives.list() == []
