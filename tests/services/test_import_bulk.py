"""The JSON import's bulk paths give what the record-by-record paths give.

The import reads values with a fast reader per column (the full check decides what a reader
is unsure of), inserts rows through the driver on SQLite, reads the stays of the imported
places' captives at once for the overlap rule, names a record only when it is refused and
pauses the cycle collector. Each is compared here with the path it replaces, on an export
written by hand (Armenian, Russian and Latin names, times with an offset from UTC, a
deadline's nested explanation, an older record without its timestamps), and the values
stored are checked against what was worked out by hand.
"""

from __future__ import annotations

import copy
import gc
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Column, select

from caseapp.config import Location
from caseapp.db import audit_anchor, audit_chain
from caseapp.db.base import Base, UTCDateTime
from caseapp.domain.errors import ValidationError
from caseapp.services import interchange, interchange_insert, interchange_rows
from caseapp.services.captive_records import DetentionPlaceService
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.deadline_engine import DeadlineEngine
from caseapp.services.interchange_values import Unsure, checked, reader
from caseapp.services.row_validation import RecordProblem
from tests.conftest import TODAY, copy_of

ARAM, SUREN, NAREK = ("5e1f0000-0000-4000-8000-00000000000" + str(i) for i in (1, 2, 3))
STAY_1, STAY_2, STAY_3 = ("5e1f0000-0000-4000-8000-00000000001" + str(i) for i in (1, 2, 3))
ORDER = "5e1f0000-0000-4000-8000-000000000021"
DEADLINE = "5e1f0000-0000-4000-8000-000000000031"
CONTACT = "5e1f0000-0000-4000-8000-000000000041"
ENTRY = "5e1f0000-0000-4000-8000-000000000051"
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _export() -> dict[str, Any]:
    """Three captives; Aram's two stays back to back (the first ends the day the second
    starts: allowed), his four-month order from 1 October 2026 and a deadline set by hand;
    a welfare contact from an older export, without its timestamps; one audit entry."""
    baku = "+04:00"
    stamp = {"created_at": f"2026-01-10T12:00:00{baku}", "updated_at": f"2026-01-10T12:30:00{baku}"}
    captive = {"sex": "male", "category": "civilian", "status": "pre_trial",
               "status_since": "2024-03-01", "capture_date": "2024-02-20",
               "capture_date_precision": "exact", "sensitivity": "shareable", **stamp}
    return {
        "format": "caseapp-export", "format_version": interchange.FORMAT_VERSION,
        "tables": {
            "captives": [
                {**captive, "uid": ARAM, "field_levels": {"health": "internal"},
                 "health": "marker-health", "summary": "Задержан на границе"},
                {**captive, "uid": SUREN, "status": "held", "status_since": "2024-02-20"},
                {**captive, "uid": NAREK, "status": "held", "status_since": "2024-02-20"},
            ],
            "captive_names": [
                {"uid": f"{u[:-2]}a{i}", "captive_uid": u, "full_name": name, "kind": "native",
                 "script": script, "language": language, "is_primary": True, **stamp}
                for i, (u, name, script, language) in enumerate((
                    (ARAM, "Արամ Վարդանյան", "Armn", "hy"),
                    (SUREN, "Сурен Петросян", "Cyrl", "ru"),
                    (NAREK, "Narek O'Brien-Ghazaryan", "Latn", "en")))],
            "detention_places": [
                {"uid": STAY_1, "captive_uid": ARAM, "facility": "Baku pre-trial centre No. 1",
                 "from_date": "2024-03-01", "to_date": "2024-06-01", **stamp},
                {"uid": STAY_2, "captive_uid": ARAM, "facility": "Շուշիի բանտ",
                 "from_date": "2024-06-01", "to_date": None, **stamp},
                {"uid": STAY_3, "captive_uid": SUREN, "facility": "Гобустан",
                 "from_date": "2024-02-21", "to_date": None, **stamp},
            ],
            "welfare_contacts": [{"uid": CONTACT, "captive_uid": NAREK, "kind": "icrc_visit",
                                  "contact_on": "2025-03-01"}],
            "detention_orders": [{"uid": ORDER, "captive_uid": ARAM, "start_date": "2026-10-01",
                                  "term_months": 4, "term_days": 0, "expires_on": "2027-02-01",
                                  "expiry_source": "computed", "kind": "initial", **stamp}],
            "deadlines": [{"uid": DEADLINE, "captive_uid": ARAM, "title": "Ask for a visit",
                           "due_on": "2026-12-01", "status": "open", "overridden": True,
                           "explanation": [{"text": "set by hand on {day}",
                                            "values": {"day": {"date": "2026-11-20"}}}],
                           **stamp}],
            "audit_entries": [{"uid": ENTRY, "at": f"2026-01-10T12:00:00{baku}",
                               "actor": "lawyer", "action": "create", "entity": "captives",
                               "record_uid": ARAM, "captive_uid": ARAM,
                               "summary": "Արամ Վարդանյան", "field": "", "old_value": None,
                               "new_value": None}],
        },
    }


def _write(folder: Path, data: dict[str, Any], name: str = "export.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def open_file(tmp_path: Path, _empty_template: Path) -> Iterator[Any]:
    opened: list[CaseFile] = []

    def make(name: str) -> CaseFile:
        cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / name)),
                            actor="tester", today=lambda: TODAY)
        opened.append(cf)
        return cf

    yield make
    for cf in opened:
        cf.close()


def _record_by_record(m: pytest.MonkeyPatch) -> None:
    """The paths the bulk ones replace: every value fully checked, rows inserted by
    SQLAlchemy's Core insert, each stay's siblings read by its own query, the engine asked
    per record, the collector left running."""
    m.setattr(interchange_rows, "reader", lambda column: None)
    m.setattr(interchange_insert, "driver_insert", lambda conn, table, keys: None)
    m.delattr(DetentionPlaceService, "validating")
    m.setattr(DeadlineEngine, "prefetched", lambda self, s, records: nullcontext())
    m.setattr(interchange, "collector_paused", nullcontext)


def _state(cf: CaseFile) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (search index included), uids replaced by "table#id", the
    columns that may differ by run (a new uid, the time now, the chain over them) left out,
    and the import's own audit entry and file event left out."""
    assert cf.db.path is not None
    conn = sqlite3.connect(cf.db.path)
    try:
        tables = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_fts%' AND name NOT IN ('audit_anchor', 'file_events')")]
        labels: dict[str, str] = {}
        columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
        for table in tables:
            if "uid" in columns[table] and "id" in columns[table]:
                labels.update({u: f"{table}#{i}" for i, u in conn.execute(
                    f"SELECT id, uid FROM {table}")})

        def plain(value: Any) -> Any:
            return UID.sub(lambda m: labels.get(m.group(0), "?"), value) \
                if isinstance(value, str) else value

        # (The times the file gives are checked by hand below; those the engine's deadlines
        # and the older contact get are the time now.)
        volatile = {"uid", "hash", "prev_hash", "at", "created_at", "updated_at"}
        state = {}
        for table in tables:
            kept = [c for c in columns[table] if c not in volatile]
            where = "WHERE entity != 'imports'" if table == "audit_entries" else ""
            order = "id" if "id" in kept else ", ".join(kept)
            rows = conn.execute(f"SELECT {', '.join(kept)} FROM {table} {where} ORDER BY {order}")
            state[table] = [tuple(plain(v) for v in row) for row in rows]
        return state
    finally:
        conn.close()


def _sound(cf: CaseFile) -> None:
    with cf.db.engine.connect() as conn:
        assert audit_chain.first_break(conn) is None
        assert audit_anchor.problems(conn) == []


def test_the_bulk_import_stores_what_the_record_by_record_import_stores(
        tmp_path: Path, open_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    export = _write(tmp_path, _export())
    fast, slow = open_file("fast.db"), open_file("slow.db")
    report = fast.import_json(export)
    with monkeypatch.context() as m:
        _record_by_record(m)
        assert slow.import_json(export) == report
    assert report.added["detention_places"] == 3 and report.added["audit_entries"] == 1
    expected, got = _state(slow), _state(fast)
    assert expected["search_entries"] and expected["deadlines"]
    assert got == expected
    _sound(fast)
    _sound(slow)
    # Worked out by hand: 12:00 in Baku (UTC+4) is kept as 08:00 UTC; the JSON as written;
    # true as 1; the stays in the order of the file.
    assert fast.db.path is not None
    conn = sqlite3.connect(fast.db.path)
    try:
        assert conn.execute("SELECT created_at, updated_at, field_levels FROM captives "
                            "WHERE uid = ?", (ARAM,)).fetchone() == (
            "2026-01-10 08:00:00.000000", "2026-01-10 08:30:00.000000", '{"health": "internal"}')
        assert conn.execute("SELECT at FROM audit_entries WHERE uid = ?", (ENTRY,)).fetchone() \
            == ("2026-01-10 08:00:00.000000",)
        assert conn.execute("SELECT overridden, explanation FROM deadlines WHERE uid = ?",
                            (DEADLINE,)).fetchone() == (
            1, '[{"text": "set by hand on {day}", "values": {"day": {"date": "2026-11-20"}}}]')
        assert [f for (f,) in conn.execute("SELECT facility FROM detention_places ORDER BY id")] \
            == ["Baku pre-trial centre No. 1", "Շուշիի բանտ", "Гобустан"]
    finally:
        conn.close()


def _overlapping() -> dict[str, Any]:
    """Aram's second stay starts on 1 May 2024, a month before the first one ends."""
    data = _export()
    data["tables"]["detention_places"][1]["from_date"] = "2024-05-01"
    return data


def _refusal(cf: CaseFile, path: Path) -> str:
    with pytest.raises(ValidationError) as refused:
        cf.import_json(path)
    return str(refused.value)


def test_overlapping_stays_are_refused_as_the_stay_by_stay_check_refuses_them(
        tmp_path: Path, open_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, _overlapping())
    fast = open_file("fast.db")
    line = _refusal(fast, path)
    assert "\n" not in line
    # The first stay is checked first, against every stay of Aram's in the file.
    assert line.startswith(f"detention_places, record 1 (uid {STAY_1}), field “from_date”: ")
    assert "overlaps another custody period (Շուշիի բանտ, 1\xa0May\xa02024 – now)" in line
    assert fast.captives.list() == []  # nothing kept
    with monkeypatch.context() as m:
        _record_by_record(m)
        assert _refusal(open_file("slow.db"), path) == line


def test_a_stay_overlapping_one_already_in_the_case_file_is_refused(
        tmp_path: Path, open_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Suren is in the case file already, held in Gobustan since 21 February 2024; the file
    adds a stay of his from 1 January 2025, while the first one is still open."""
    first = _export()
    first["tables"] = {t: first["tables"][t] for t in ("captives", "captive_names")}
    first["tables"]["detention_places"] = [_export()["tables"]["detention_places"][2]]
    second = {"format": "caseapp-export", "format_version": 1, "tables": {"detention_places": [
        {"uid": "5e1f0000-0000-4000-8000-0000000000ff", "captive_uid": SUREN,
         "facility": "Баку", "from_date": "2025-01-01", "to_date": None}]}}
    lines = []
    for name in ("fast.db", "slow.db"):
        cf = open_file(name)
        cf.import_json(_write(tmp_path, first, "first.json"))
        with monkeypatch.context() as m:
            if name == "slow.db":
                _record_by_record(m)
            lines.append(_refusal(cf, _write(tmp_path, second, "second.json")))
        assert len(cf.detention_places.list()) == 1
    assert "detention_places, record 1" in lines[0] and "Гобустан" in lines[0]
    assert lines[0] == lines[1]


def test_orders_added_to_a_case_file_with_deadlines_set_off_what_one_by_one_sets_off(
        tmp_path: Path, open_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case file holds Aram's four-month order from 1 October 2026 with its deadlines
    (expiry 1 February 2027; motions due 22, 25 and 27 January) and the deadline set by hand;
    a second file adds his next order, from 26 January 2027 (custody continued: the first
    order's open steps are superseded), and a two-month order for Suren. The
    engine reads the deadlines of the imported orders and of Aram's first one up front (one
    pass over the triggers of the case file); one by one, it asks per order."""
    second = {"format": "caseapp-export", "format_version": 1, "tables": {"detention_orders": [
        {"uid": "5e1f0000-0000-4000-8000-000000000022", "captive_uid": ARAM,
         "start_date": "2027-01-26", "term_months": 3, "term_days": 0,
         "expires_on": "2027-04-26", "expiry_source": "computed", "kind": "extension"},
        {"uid": "5e1f0000-0000-4000-8000-000000000023", "captive_uid": SUREN,
         "start_date": "2026-11-02", "term_months": 2, "term_days": 0,
         "expires_on": "2027-01-02", "expiry_source": "computed", "kind": "initial"}]}}
    states = []
    for name in ("fast.db", "slow.db"):
        cf = open_file(name)
        cf.import_json(_write(tmp_path, _export(), "first.json"))
        with monkeypatch.context() as m:
            if name == "slow.db":
                _record_by_record(m)
            cf.import_json(_write(tmp_path, second, "second.json"))
        _sound(cf)
        states.append(_state(cf))
    fast, slow = states
    # The same entries, in another order: the bulk import closes superseded steps at its
    # end, record by record each order closes them when it is written.
    trails = [sorted(e[1:] for e in state.pop("audit_entries")) for state in states]
    assert trails[0] == trails[1]
    assert fast == slow
    # Worked out by hand: the next order (same criminal case: none given) starts before the
    # first one expires, so all four open steps of the first order (motions due 22, 25 and
    # 27 January 2027, the expiry on 1 February) are dismissed as superseded; Suren's order
    # sets off its expiry and three motions before it, as Aram's did.
    conn = sqlite3.connect(tmp_path / "fast.db")
    try:
        superseded = conn.execute(
            "SELECT count(*) FROM deadlines d JOIN detention_orders o ON o.uid = d.trigger_uid "
            "WHERE o.uid = ? AND d.status = 'dismissed' AND d.status_reason LIKE '%Superseded: custody continued%'",
            (ORDER,)).fetchone()[0]
        surens = conn.execute(
            "SELECT count(*) FROM deadlines WHERE trigger_uid = ?",
            ("5e1f0000-0000-4000-8000-000000000023",)).fetchone()[0]
    finally:
        conn.close()
    assert (superseded, surens) == (4, 4)


# ---- the readers against the full check --------------------------------------------------

_AT = Column("at", UTCDateTime, nullable=False)
_AT_OR_NONE = Column("left_at", UTCDateTime, nullable=True)
_OBJECT = Column("levels", JSON, default=dict, nullable=False)
_LIST = Column("steps", JSON, default=list, nullable=True)


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


VALUES = [
    "2026-01-10T12:00:00+04:00", "2026-01-10T08:00:00+00:00", "2026-01-10 08:00:00Z",
    "2026-01-10T12:00:00",  # no offset
    "0001-01-01T01:00:00+05:00",  # before year 1 once in UTC
    "2026-02-30T00:00:00+00:00", "", 20260110, None, True,
    {}, {"health": "internal"}, [], [{"text": "x", "values": {"day": {"date": "2026-11-20"}}}],
    _nested(32), _nested(33), {"a": _nested(32)}, [1, "two", None],
]


@pytest.mark.parametrize("column", [_AT, _AT_OR_NONE, _OBJECT, _LIST], ids=lambda c: c.key)
def test_a_reader_accepts_only_what_the_full_check_accepts_and_reads_it_alike(
        column: Column[Any]) -> None:
    read = reader(column)
    assert read is not None
    accepted = 0
    for value in VALUES:
        try:
            full: Any = checked("t", "record 1", column, copy.deepcopy(value))
        except RecordProblem:
            full = RecordProblem
        try:
            fast: Any = read(copy.deepcopy(value))
        except Unsure:
            continue  # the full check decides
        accepted += 1
        assert full is not RecordProblem, value
        assert fast == full, value
        assert getattr(fast, "tzinfo", None) == getattr(full, "tzinfo", None)
    assert accepted >= 2


def test_the_readers_read_what_was_worked_out_by_hand() -> None:
    read_at = reader(_AT)
    assert read_at is not None
    at = read_at("2026-01-10T12:00:00+04:00")
    assert at == datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
    assert at.utcoffset() == timedelta(hours=4)  # kept as written; stored in UTC
    read_steps = reader(_LIST)
    assert read_steps is not None
    assert read_steps(None) is None
    assert read_steps(_nested(32)) == _nested(32)
    for refused in (_nested(33), {"not": "a list"}):
        with pytest.raises(Unsure):
            read_steps(refused)
        with pytest.raises(RecordProblem):
            checked("t", "record 1", _LIST, refused)
    with pytest.raises(Unsure):
        read_at("2026-01-10T12:00:00")
    assert checked("t", "r", _AT, "2026-01-10T12:00:00-03:00").tzinfo == timezone(
        timedelta(hours=-3))


# ---- inserts -------------------------------------------------------------------------------

def test_the_driver_insert_stores_what_the_core_insert_stores(open_file: Any) -> None:
    """Rows of the audit table and of deadlines (text, enum, date, aware datetime, JSON,
    true/false, null) inserted both ways; the audit rows leave out ``prev_hash`` and
    ``hash``, whose default is a plain value (""), and still take the driver's way."""
    audit = Base.metadata.tables["audit_entries"]
    at = datetime(2026, 1, 10, 12, 0, tzinfo=timezone(timedelta(hours=4)))
    rows = [{"id": 900 + i, "uid": f"row-{i}", "at": at, "actor": "Արամ", "action": "update",
             "entity": "captives", "record_uid": "r", "captive_uid": "", "summary": "Сурен",
             "field": "health", "old_value": None, "new_value": "{\"x\": 1}"} for i in range(3)]
    stored = []
    for cf, use_driver in ((open_file("driver.db"), True), (open_file("core.db"), False)):
        with cf.ctx.transaction() as s:
            conn = s.connection()
            assert (interchange_insert.driver_insert(conn, audit, list(rows[0])) is not None) \
                is True
            if use_driver:
                interchange_insert.insert_rows(conn, audit, rows)
            else:
                from sqlalchemy import insert
                conn.execute(insert(audit), rows)
        with cf.db.engine.connect() as conn:
            stored.append(conn.execute(select(audit).where(audit.c.id >= 900)
                                       .order_by(audit.c.id)).all())
    assert stored[0] == stored[1]
    assert stored[0][0].at == datetime(2026, 1, 10, 8, 0, tzinfo=UTC)
    assert (stored[0][0].prev_hash, stored[0][0].hash) == ("", "")


def test_the_driver_insert_stores_dates_and_times_as_sqlalchemy_writes_them(
        open_file: Any) -> None:
    """The text SQLite holds, not only what reads back: the audit chain of an import hashes
    the stored time as it is, and SQL compares stored dates as text. Times with another
    offset, fractions of a second, first and last years; days of years before 1000."""
    deadlines = Base.metadata.tables["deadlines"]
    times = [datetime(2026, 3, 29, 1, 30, 0, 250000, tzinfo=timezone(timedelta(hours=4))),
             datetime(1, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=2, minutes=30))),
             datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
             datetime(2026, 12, 5, 10, 50, 54, tzinfo=timezone(timedelta(hours=-9)))]
    days = [date(2026, 12, 5), date(5, 1, 1), date(999, 12, 31), date(9999, 12, 31)]
    stored = []
    for name, use_driver in (("driver.db", True), ("core.db", False)):
        cf = open_file(name)
        rows = [{"id": 900 + i, "uid": f"d-{i}", "captive_id": None, "trigger_kind": "captive",
                 "trigger_uid": "t", "rule_id": "r", "title": "T", "trigger_date": day,
                 "due_on": day, "created_at": at, "updated_at": at}
                for i, (day, at) in enumerate(zip(days, times, strict=True))]
        with cf.ctx.transaction() as s:
            conn = s.connection()
            if use_driver:
                interchange_insert.insert_rows(conn, deadlines, rows)
            else:
                from sqlalchemy import insert
                conn.execute(insert(deadlines), rows)
        raw = sqlite3.connect(cf.db.path)
        stored.append(raw.execute("SELECT due_on, trigger_date, created_at, updated_at "
                                  "FROM deadlines WHERE id >= 900 ORDER BY id").fetchall())
        raw.close()
    assert stored[0] == stored[1]
    assert stored[0][0] == ("2026-12-05", "2026-12-05", "2026-03-28 21:30:00.250000",
                            "2026-03-28 21:30:00.250000")


def test_a_storage_format_of_its_own_keeps_sqlalchemys_processor() -> None:
    """The quick path is taken only where it gives what SQLAlchemy gives: a column whose
    type stores times in another form keeps SQLAlchemy's processor."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    class SlashedUTC(UTCDateTime):
        impl = sqlite_dialect.DATETIME(
            storage_format="%(year)04d/%(month)02d/%(day)02d %(hour)02d:%(minute)02d")
        cache_ok = True

    dialect = sqlite_dialect.dialect()
    at = datetime(2026, 1, 10, 12, 0, tzinfo=timezone(timedelta(hours=4)))
    slashed = interchange_insert.stored_by(Column("at", SlashedUTC()), dialect)
    assert slashed is not None and slashed(at) == "2026/01/10 08:00"
    plain = interchange_insert.stored_by(Column("at", UTCDateTime()), dialect)
    assert plain is not None and plain(at) == "2026-01-10 08:00:00.000000"
    with pytest.raises(ValueError, match="naive"):
        plain(datetime(2026, 1, 10, 12, 0))


def test_the_chain_of_an_import_hashes_what_the_typed_read_hashes(open_file: Any) -> None:
    """An import chains the entries it copied from their stored text; an entry whose time or
    action is stored in another form (written by other software) is read through its type,
    so the hashes are those of the typed read."""
    cf = open_file("case.db")
    for name in ("Արամ", "Сурен", "Vardan"):
        cf.captives.create(names=[name])
    raw = sqlite3.connect(cf.db.path)
    with raw:
        raw.execute("UPDATE audit_entries SET at = '2026-01-10T08:00:00' WHERE id = 1")
        raw.execute("UPDATE audit_entries SET at = '2026-01-10 08:00:00' WHERE id = 2")
    raw.close()
    audit = Base.metadata.tables["audit_entries"]

    def both() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        with cf.db.engine.connect() as conn:
            typed = conn.execute(select(audit).order_by(audit.c.id)).mappings()
            return audit_chain.chain_rows(typed, ""), audit_chain._chain_stored(conn, 0, "")

    typed, stored = both()
    assert len(typed) == 3 and typed == stored
    # An action no type can read stops both alike.
    raw = sqlite3.connect(cf.db.path)
    with raw:
        raw.execute("UPDATE audit_entries SET action = 'bogus' WHERE id = 1")
    raw.close()
    with cf.db.engine.connect() as conn:
        with pytest.raises(LookupError):
            conn.execute(select(audit)).all()
        with pytest.raises(LookupError):
            audit_chain._chain_stored(conn, 0, "")


def test_rows_without_a_column_whose_default_is_made_per_row_take_the_core_insert(
        open_file: Any) -> None:
    cf = open_file("case.db")
    contacts = Base.metadata.tables["welfare_contacts"]
    with cf.ctx.transaction() as s:
        conn = s.connection()
        assert interchange_insert.driver_insert(conn, contacts, ["uid", "captive_id"]) is None
        given = [c.key for c in contacts.c if c.key != "id"]
        assert interchange_insert.driver_insert(conn, contacts, given) is not None


# ---- the collector -------------------------------------------------------------------------

def test_the_collector_runs_again_after_an_import_whether_it_succeeds_or_not(
        tmp_path: Path, open_file: Any) -> None:
    cf = open_file("case.db")
    was_enabled = gc.isenabled()  # a GUI test's collector in this worker may have it off
    gc.enable()
    try:
        _collector_restored(tmp_path, cf)
    finally:
        if not was_enabled:
            gc.disable()


def _collector_restored(tmp_path: Path, cf: Any) -> None:
    with pytest.raises(ValidationError):
        cf.import_json(_write(tmp_path, _overlapping(), "bad.json"))
    assert gc.isenabled()
    cf.import_json(_write(tmp_path, _export()))
    assert gc.isenabled()
    gc.disable()
    try:  # one who turned it off keeps it off
        cf.import_json(_write(tmp_path, _export()))
        assert not gc.isenabled()
    finally:
        gc.enable()
