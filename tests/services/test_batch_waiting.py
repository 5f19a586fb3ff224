"""Records a batch creates wait for their flush (``caseapp.services.batch_rows``): they get
their id, uid and defaults up front and are written together when a statement needs them.
What the batch leaves must be what the same calls leave one by one, each in its own
transaction: every row of every table touched (ids included), the search index entries
(ids, keys, sounds), and the audit entries hash for hash (uids and clock made repeatable).

The scenario is written so that waiting records are needed before they would be written:
a contact of an organisation created just before, a stay checked against a stay still
waiting, a search for a name not yet flushed, a read through the connection, a waiting
record changed and a waiting record deleted (its id then given again, as SQLite does)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from caseapp.domain.errors import ValidationError
from caseapp.services.batch import BatchBroken
from caseapp.services.casefile import CaseFile
from caseapp.services.detention_facts import last_independent_dates
from tests.services.test_batch_audit import AUDIT, _open, same_uids_and_clock  # noqa: F401
from tests.services.test_batch_writes import UID, VOLATILE

WRITTEN = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)  # (a note's time, else the clock's)
TABLES = ("organisations", "contacts", "captives", "captive_names", "detention_places",
          "hearings", "hearing_captives",
          "welfare_contacts", "prosecutions", "charges", "notes", "interventions",
          "intervention_captives", "tags", "captive_tags", "status_changes", "deadlines",
          "search_entries")


def _state(cf: CaseFile) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables above in id order (uids replaced by "table#id", times left
    out), and the audit entries whole (their uids and times are repeatable here)."""
    with cf.db.engine.connect() as conn:
        labels: dict[str, str] = {}
        for table in TABLES:
            columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
            if "uid" in columns and "id" in columns:
                for rid, uid in conn.execute(text(f"SELECT id, uid FROM {table}")):
                    labels[uid] = f"{table}#{rid}"
        state: dict[str, list[tuple[Any, ...]]] = {}
        for table in TABLES:
            columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                       if r[1] not in VOLATILE]
            order = "id" if "id" in columns else ", ".join(columns)
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"))
            state[table] = [tuple(UID.sub(lambda m: labels.get(m.group(0), "?"), v)
                                  if isinstance(v, str) else v for v in row) for row in rows]
        state["audit_entries"] = [tuple(r) for r in conn.execute(
            text(f"SELECT {AUDIT} FROM audit_entries ORDER BY id"))]
        return state


def _scenario(cf: CaseFile) -> list[Any]:
    """Calls whose records wait in a batch, read back before they would be written; returns
    what the calls returned (ids, search results, reads) to compare too."""
    seen: list[Any] = []
    org = cf.organisations.create(name="Կարմիր Խաչի միջազգային կոմիտե", kind="icrc",
                                  country="CH")
    # The contact's check looks up its organisation, which is still waiting.
    contact = cf.contacts.create(organisation_id=org.id, name="Анна О'Нил-Петросян",
                                 role="délégué")
    captive = cf.captives.create(names=["Դավիթ Սարգսյան", "Давид Саргсян"], capture="2023-09-25",
                                 status="pre_trial", status_since="2023-09-25",
                                 tags=["2023", "Лачин"])
    name = cf.names.create(captive_id=captive.id, full_name="Davit Sargsyan",
                           kind="transliteration")
    with pytest.raises(ValidationError):  # refused: no such captive (nothing of it kept)
        cf.names.create(captive_id=captive.id + 1000, full_name="Nobody")
    first = cf.detention_places.create(captive_id=captive.id, facility="СИЗО № 1, Баку",
                                       from_date="2023-10-01", to_date="2024-02-01")
    with pytest.raises(ValidationError):  # overlaps the stay above, still waiting
        cf.detention_places.create(captive_id=captive.id, facility="Overlapping",
                                   from_date="2024-01-10", to_date="2024-03-01")
    second = cf.detention_places.create(captive_id=captive.id, facility="Բաքվի Կենտրոնական ՔԿՀ",
                                        from_date="2024-02-01")
    visit = cf.welfare_contacts.create(captive_id=captive.id, contact_on="2024-03-05",
                                       kind="icrc_visit", source="ICRC", confirmed=True)
    cf.welfare_contacts.create(captive_id=captive.id, contact_on="2024-04-11",
                               kind="family_call", source="Սեւան (sister)")
    case = cf.prosecutions.create(captive_id=captive.id, case_number="№ 1/23-45 «Лачин»",
                                  court="Baku Military Court")
    cf.charges.create(prosecution_id=case.id, code="CC", article="279", part="1",
                      title="Незаконные вооружённые формирования", brought_on="2023-10-01")
    note = cf.notes.create(captive_id=captive.id, title="Заметка", body="Visit O'Brien <b>&",
                           written_at=WRITTEN)
    # Read back before a flush of their own: the search index, a list, a read through the
    # connection (the last independent proof of life: the ICRC visit, still waiting).
    seen.append(cf.search.find_captives("Sargsyan").total)
    seen.append(cf.search.find_captives("Давид").total)
    seen.append([w.id for w in cf.welfare_contacts.list(captive_id=captive.id)])
    with cf.ctx.read() as s:
        seen.append(last_independent_dates(s, [captive.id]))
    # A waiting record changed (a second version, as one by one), another deleted, and a
    # new one taking the freed id.
    cf.detention_places.update(first.id, notes="Moved after a hunger strike")
    cf.notes.delete(note.id)
    again = cf.notes.create(captive_id=captive.id, title="Ещё одна", body="Nouvelle note",
                            written_at=WRITTEN)
    cf.captives.set_status(captive.id, "on_trial", effective_on="2024-05-02", note="Суд начался.")
    # A hearing of two captives, one of them created just before (still waiting), the
    # other held since the start; one naming a captive that does not exist is refused.
    other = cf.captives.create(names=["Narek O'Hara-Ղազարյան"], capture="2023-10-02")
    hearing = cf.hearings.create(starts_at=datetime(2024, 6, 3, 10), timezone="Asia/Baku",
                                 captive_ids=[other.id, captive.id, other.id], kind="verdict")
    with pytest.raises(ValidationError):
        cf.hearings.create(starts_at=datetime(2024, 6, 4, 10), timezone="Asia/Baku",
                           captive_ids=[captive.id, other.id + 50])
    seen.append(hearing.captive_ids)
    made = cf.interventions.create(contact_id=contact.id, subject="Visit «Давид»",
                                   made_on="2024-05-03", captive_ids=[captive.id])
    seen.extend([org.id, contact.id, captive.id, name.id, first.id, second.id, visit.id,
                 case.id, again.id, made.id, cf.detention_places.get(first.id).notes])
    return seen


def test_waiting_records_leave_what_the_calls_one_by_one_leave(
        tmp_path: Path, _empty_template: Path,
        same_uids_and_clock: Callable[[], None]) -> None:  # noqa: F811
    one_by_one = _open(_empty_template, tmp_path / "one.db")
    batched = _open(_empty_template, tmp_path / "batch.db")
    try:
        same_uids_and_clock()
        expected_seen = _scenario(one_by_one)
        same_uids_and_clock()
        with batched.ctx.batch():
            got_seen = _scenario(batched)
        expected, got = _state(one_by_one), _state(batched)
        # The scenario did what it says: found by two scripts, the visit as the last
        # independent news (5 March 2024), the freed note id given again (the deleted note
        # was the last), a stay in its second version.
        assert expected_seen[:2] == [1, 1]
        assert list(expected_seen[3].values()) == [date(2024, 3, 5)]
        assert [r[0] for r in expected["notes"]] == [expected_seen[13]]
        assert expected_seen[4] == (1, 2)  # (in id order, each once)
        assert expected["search_entries"] and expected["audit_entries"]
        assert got_seen == expected_seen
        for table in expected:
            assert got[table] == expected[table], table
    finally:
        one_by_one.close()
        batched.close()


def test_a_refused_call_after_its_record_got_its_keys_frees_its_id(
        tmp_path: Path, _empty_template: Path) -> None:
    """A call failing after its record was given its id, before anything was written, is
    refused alone: the batch goes on and the next record takes the same id as one by one."""
    def sides() -> list[int]:
        ids = []
        for cf, batch in ((one_by_one, False), (batched, True)):
            original = cf.notes.to_dto

            def broken(_s: Any, _obj: Any) -> Any:
                raise ValidationError("refused after its keys were given")

            with cf.ctx.batch() if batch else nullcontext():
                first = cf.notes.create(title="Первая", body="")
                cf.notes.to_dto = broken  # type: ignore[method-assign]
                with pytest.raises(ValidationError):
                    cf.notes.create(title="Refused", body="")
                cf.notes.to_dto = original  # type: ignore[method-assign]
                ids += [first.id, cf.notes.create(title="Երկրորդ", body="").id]
        return ids

    one_by_one = _open(_empty_template, tmp_path / "one.db")
    batched = _open(_empty_template, tmp_path / "batch.db")
    try:
        # One by one the refused call's transaction is rolled back: the next note is #2.
        assert sides() == [1, 2, 1, 2]
        assert [n.title for n in batched.notes.list()] == ["Первая", "Երկրորդ"]
    finally:
        one_by_one.close()
        batched.close()


def test_a_call_failing_after_a_flush_takes_the_waiting_records_with_it(
        case_file: CaseFile) -> None:
    """Records of earlier calls still waiting, then a call whose write reached the database
    fails: nothing of the batch is saved, neither what was written nor what waited."""
    def fail_after_writing(s: Any, _obj: Any) -> None:
        s.flush()  # (a record of a batch waits for its flush: written here)
        raise ValidationError("refused after the flush")

    with pytest.raises(BatchBroken), case_file.ctx.batch():
        org = case_file.organisations.create(name="Waiting organisation")
        case_file.contacts.create(organisation_id=org.id, name="Ожидающий контакт")
        case_file.organisations.after_write = fail_after_writing
        with pytest.raises(ValidationError):
            case_file.organisations.create(name="Written, then refused")
        case_file.organisations.after_write = None
    assert case_file.organisations.list() == []
    with case_file.db.engine.connect() as conn:
        for table in ("organisations", "contacts", "search_entries", "audit_entries"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table


def test_after_settling_the_connection_refuses_a_dangling_reference_at_once(
        case_file: CaseFile) -> None:
    """A bulk import writes through the connection after ``settle_batch``: what waited is
    written (the import's rows take ids above it), and a row naming a captive that does
    not exist is refused by its own statement, so the import can name it, not at the end."""
    from sqlalchemy.exc import IntegrityError

    from caseapp.services.batch import settle_batch

    cf = case_file
    with cf.ctx.batch():
        captive = cf.captives.create(names=["Լիլիթ Հակոբյան"], capture="2020-11-09")
        note = cf.notes.create(captive_id=captive.id, title="Ждёт записи", body="")
        with cf.ctx.transaction() as s:
            settle_batch(s)
            conn = s.connection()
            assert conn.execute(text("SELECT max(id) FROM notes")).scalar() == note.id
            row = ("INSERT INTO notes (id, captive_id, title, body, written_at, author, "
                   "sensitivity, uid, created_at, updated_at) VALUES (:id, :cid, 'x', '', "
                   "'2026-11-27 09:00:00', 'import', 'internal', :uid, '2026-11-27 09:00:00', "
                   "'2026-11-27 09:00:00')")
            with pytest.raises(IntegrityError), conn.begin_nested():
                conn.execute(text(row), {"id": note.id + 1, "cid": captive.id + 7,
                                         "uid": "d0d0d0d0-0000-4000-8000-000000000001"})
            conn.execute(text(row), {"id": note.id + 1, "cid": captive.id,
                                     "uid": "d0d0d0d0-0000-4000-8000-000000000002"})
        # Written on its own now; its id is read from the database (above the import's row).
        later = cf.notes.create(captive_id=captive.id, title="После импорта", body="")
        assert later.id == note.id + 2
    assert sorted((n.id, n.title) for n in cf.notes.list()) == [
        (note.id, "Ждёт записи"), (note.id + 1, "x"), (note.id + 2, "После импорта")]


def test_a_read_inside_no_autoflush_writes_what_waits_but_not_a_change_being_made(
        case_file: CaseFile) -> None:
    """Inside a ``no_autoflush`` block a stored record may be half changed: a read needing
    waiting records writes those (new, complete) and leaves the change alone."""
    from sqlalchemy import func, select

    from caseapp.db.models import Contact, Organisation

    cf = case_file
    with cf.ctx.batch():
        kept = cf.organisations.create(name="Ombudsman of Armenia", kind="ombudsman")
        assert [o.id for o in cf.organisations.list()] == [kept.id]  # (written: a read)
        cf.contacts.create(organisation_id=kept.id, name="Арман Татоян")  # waits
        with cf.ctx.transaction() as s:
            org = s.get(Organisation, kept.id)
            assert org is not None
            with s.no_autoflush:
                org.name = "Half changed"
                assert s.scalar(select(func.count()).select_from(Contact)) == 1
            stored = s.connection().execute(
                text("SELECT name FROM organisations WHERE id = :id"), {"id": kept.id}).scalar()
            assert stored == "Ombudsman of Armenia"
            org.name = "Ombudsman of Armenia"  # (the change given up)
