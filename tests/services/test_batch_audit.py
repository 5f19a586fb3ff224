"""A batch keeps its audit entries and writes them, chained, in one statement at its end:
the entries (uids, times, hashes and all) are those the same calls write one by one. And a
batch has no savepoint per call: a call refused before it wrote anything leaves nothing,
one that fails after part of it was written takes the whole batch with it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import audit_anchor, audit_chain
from caseapp.domain.errors import ValidationError
from caseapp.services import audit_trail
from caseapp.services.batch import BatchBroken
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of
from tests.services.test_batch_writes import _scenario

AUDIT = ("uid, at, actor, action, entity, record_uid, captive_uid, summary, field, old_value, "
         "new_value, prev_hash, hash")


def _open(template: Path, path: Path) -> CaseFile:
    return open_case_file(Location(path=copy_of(template, path)), actor="Ануш Սարգսյան",
                          today=lambda: TODAY)


@pytest.fixture
def same_uids_and_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """The records' and the audit entries' uids and the audit clock made repeatable: each
    side calls it to start them again, so that two runs can be compared hash for hash."""
    import caseapp.db.base as db_base

    def restart() -> None:
        records, entries, ticks = count(1), count(1), count(1)
        monkeypatch.setattr(db_base, "uuid", SimpleNamespace(
            uuid4=lambda: UUID(f"00000000-0000-4000-8000-{next(records):012d}")))
        monkeypatch.setattr(audit_trail, "uuid", SimpleNamespace(
            uuid4=lambda: UUID(f"11111111-1111-4111-8111-{next(entries):012d}")))
        start = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
        monkeypatch.setattr(audit_trail, "utcnow", lambda: start + timedelta(seconds=next(ticks)))

    yield restart


def _entries(cf: CaseFile) -> list[tuple[Any, ...]]:
    with cf.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT {AUDIT} FROM audit_entries ORDER BY id"))]


def test_batched_audit_entries_equal_the_ones_written_one_by_one(
        tmp_path: Path, _empty_template: Path,
        same_uids_and_clock: Callable[[], None]) -> None:
    one_by_one = _open(_empty_template, tmp_path / "one.db")
    batched = _open(_empty_template, tmp_path / "batch.db")
    try:
        same_uids_and_clock()
        _scenario(one_by_one)
        same_uids_and_clock()
        with batched.ctx.batch():
            _scenario(batched)
        expected, got = _entries(one_by_one), _entries(batched)
        # The scenario wrote entries of several kinds (so that the comparison compares
        # something): creations, changed fields and the deadlines the engine wrote.
        assert {e[3] for e in expected} >= {"create", "update"}
        assert {e[4] for e in expected} >= {"captives", "detention_orders", "deadlines",
                                            "hearings", "case_settings"}
        # Each call's entries are one event: the first entry of the one-by-one side is the
        # first tick of the clock (09:30:01), and so is the batch's.
        assert "09:30:01" in str(expected[0][1]) and "09:30:01" in str(got[0][1])
        assert got == expected
        for cf in (one_by_one, batched):
            with cf.db.engine.connect() as conn:
                assert audit_chain.first_break(conn) is None
                assert audit_anchor.problems(conn) == []
    finally:
        one_by_one.close()
        batched.close()


def test_a_read_of_the_audit_trail_inside_a_batch_sees_its_entries(case_file: CaseFile) -> None:
    with case_file.ctx.batch():
        org = case_file.organisations.create(name="Комитет «Ա»")
        case_file.organisations.update(org.id, country="AZ")
        # Kept, not yet written: reading them writes them first.
        seen = [(e.action.value, e.field) for e in case_file.audit.for_record(
            case_file.organisations.get(org.id).uid)]
        assert seen == [("create", ""), ("update", "country")]
        case_file.organisations.create(name="Second")
    with case_file.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entries")).scalar() == 3
        assert audit_chain.first_break(conn) is None
        assert audit_anchor.problems(conn) == []


def test_a_call_failing_after_it_wrote_rolls_the_whole_batch_back(case_file: CaseFile) -> None:
    """Without a savepoint per call, a call whose write reached the database cannot be
    undone alone: the batch refuses to go on and nothing of it is saved, even when the
    block caught the error and went on."""
    def fail_after_writing(s: Any, _obj: Any) -> None:
        s.flush()  # (a record of a batch waits for its flush: written here)
        raise ValidationError("refused after the flush")

    with pytest.raises(BatchBroken), case_file.ctx.batch():
        case_file.organisations.create(name="Kept until the end")
        case_file.organisations.after_write = fail_after_writing
        with pytest.raises(ValidationError):
            case_file.organisations.create(name="Written, then refused")
        case_file.organisations.after_write = None
        with pytest.raises(BatchBroken):  # the next call is refused at once
            case_file.organisations.create(name="Too late")
    assert case_file.organisations.list() == []
    with case_file.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entries")).scalar() == 0


def test_rows_written_through_the_connection_after_settling_do_not_collide(
        case_file: CaseFile) -> None:
    """A bulk import inside a batch writes deadlines through the connection: after
    ``settle_batch`` the engine's next deadlines take ids above those rows, and it sees the
    rows of its own triggers (no second copy of a deadline the import brought)."""
    from caseapp.services.batch import settle_batch

    cf = case_file
    with cf.ctx.batch():
        captive = cf.captives.create(names=["Սամվել Մելքոնյան"], capture="2023-10-03",
                                     status="pre_trial", status_since="2023-10-03")
        # A two-month order started 10 days before today: its expiry (and the steps
        # before it) are open deadlines, waiting for the next write.
        first = cf.detention_orders.create(captive_id=captive.id, term_months=2,
                                           start_date=(TODAY - timedelta(days=10)).isoformat())
        with cf.ctx.transaction() as s:  # (a call of the batch: its session)
            settle_batch(s)
            conn = s.connection()
            top = conn.execute(text("SELECT max(id) FROM deadlines")).scalar()
            conn.execute(text(
                "INSERT INTO deadlines (id, captive_id, title, rule_id, rule_version, "
                "trigger_kind, trigger_uid, due_on, timezone, status, overridden, "
                "explanation, status_reason, notes, hard, sensitivity, uid, created_at, "
                "updated_at, row_version) VALUES (:id, :cid, 'Written by an import', "
                "'manual', '', 'manual', 'import-1', '2027-01-15', '', 'open', 0, '[]', "
                "'', '', 0, 'shareable', 'c0ffee00-0000-4000-8000-000000000001', "
                "'2026-11-27 09:00:00', '2026-11-27 09:00:00', 1)"),
                {"id": top + 1, "cid": captive.id})
        cf.detention_orders.update(first.id, term_months=3)  # the engine writes again
        cf.detention_orders.create(captive_id=captive.id, term_months=1,
                                   start_date=(TODAY - timedelta(days=2)).isoformat())
    with cf.db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM deadlines ORDER BY id"))]
        assert len(ids) == len(set(ids)) and top + 1 in ids and max(ids) > top + 1
        assert audit_chain.first_break(conn) is None
        assert audit_anchor.problems(conn) == []
