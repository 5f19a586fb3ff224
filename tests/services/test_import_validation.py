"""Importing a JSON export runs the checks the services run on a lawyer's input.

Every export here is written by hand from docs/json-format.md (not made by the exporter),
with Armenian-only names, a captive who gave no consent to publicity, template syntax and
marker strings. A hostile export is refused whole: one line naming the table, the record and
the field, and the case file keeps exactly the rows it had.
"""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Column, func, select, text

from caseapp.config import Location
from caseapp.db.base import Base
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.errors import ValidationError
from caseapp.services import row_validation as rv
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.interchange import TABLES
from tests.conftest import TODAY

CAPTIVE = "0a8a4c1e-0000-4000-8000-000000000001"
NAME = "0a8a4c1e-0000-4000-8000-000000000002"
ORDER = "0a8a4c1e-0000-4000-8000-000000000003"
DOCUMENT = "0a8a4c1e-0000-4000-8000-000000000004"
HEARING = "0a8a4c1e-0000-4000-8000-000000000005"
# b"%PDF-1.4 marker-doc-content Որոշում" and its SHA-256, worked out once by hand.
CONTENT_B64 = "JVBERi0xLjQgbWFya2VyLWRvYy1jb250ZW50INWI1oDVuNW31bjWgtW0"
CONTENT_SHA256 = "31b03c980601855932a5b53ed1235ef993dab5b3a73c8b45d0ef0ac0b477c747"


def valid_export() -> dict[str, Any]:
    """One captive known only by an Armenian name, who gave no consent to publicity, held
    under a detention order of four months from 1 October 2026, with one court decision."""
    return {
        "format": "caseapp-export",
        "format_version": 1,
        "app_version": "0.1.0",
        "schema_revision": "0004",
        "exported_at": "2026-11-20T09:00:00+00:00",
        "tables": {
            "captives": [{
                "uid": CAPTIVE, "sex": "male", "category": "civilian", "status": "pre_trial",
                "status_since": "2026-10-01", "capture_date": "2026-09-15",
                "capture_date_precision": "exact", "consent_publicity": False,
                "summary": "marker-captive-summary {{ 7*7 }}", "health": "marker-health",
                "field_levels": {"health": "internal"}, "sensitivity": "shareable",
            }],
            "captive_names": [{
                "uid": NAME, "captive_uid": CAPTIVE, "full_name": "Արտաշես Մկրտչյան",
                "script": "Armn", "language": "hy", "kind": "native", "is_primary": True,
            }],
            "detention_orders": [{
                "uid": ORDER, "captive_uid": CAPTIVE, "ordering_court": "Baku Court {% for %}",
                "start_date": "2026-10-01", "term_months": 4, "term_days": 0,
                "expires_on": "2027-02-01", "kind": "initial", "notes": "marker-order-note",
            }],
            "hearings": [{
                "uid": HEARING, "starts_at": "2026-10-20T06:00:00+00:00", "timezone": "Asia/Baku",
                "kind": "preliminary", "court": "Baku Military Court",
            }],
            "hearing_captives": [{"hearing_uid": HEARING, "captive_uid": CAPTIVE}],
            "documents": [{
                "uid": DOCUMENT, "captive_uid": CAPTIVE, "title": "Որոշում", "filename": "d.pdf",
                "media_type": "application/pdf", "size": 42, "sha256": CONTENT_SHA256,
                "content": CONTENT_B64, "reliability": "confirmed",
            }],
        },
    }


def _t(data: dict[str, Any]) -> dict[str, Any]:
    return data["tables"]


def _set(table: str, field: str, value: Any, index: int = 0) -> Callable[[dict[str, Any]], Any]:
    def change(data: dict[str, Any]) -> None:
        _t(data)[table][index][field] = value
    return change


def _duplicate_captive(data: dict[str, Any]) -> None:
    twin = copy.deepcopy(_t(data)["captives"][0])
    twin["status"] = "held"
    _t(data)["captives"].append(twin)


def _hearing_alone(data: dict[str, Any]) -> None:
    _t(data)["hearing_captives"] = []


# (id, change to the valid export, what the one-line message must name)
HOSTILE: list[tuple[str, Callable[[dict[str, Any]], Any], tuple[str, ...]]] = [
    ("bad-enum", _set("captives", "status", "vanished"),
     ("captives, record 1", CAPTIVE, "“status”", "'vanished' is not one of: missing, held,")),
    ("field-levels-unknown-field", _set("captives", "field_levels", {"favourite": "internal"}),
     ("captives, record 1", "“field_levels”", "favourite")),
    ("field-levels-bad-level", _set("captives", "field_levels", {"health": "top-secret"}),
     ("captives, record 1", "“field_levels”", "top-secret")),
    ("field-levels-not-an-object", _set("captives", "field_levels", ["health"]),
     ("captives, record 1", "“field_levels”", "JSON object")),
    ("year-0", _set("detention_orders", "start_date", "0000-10-01"),
     ("detention_orders, record 1", ORDER, "“start_date”", "'0000-10-01' is not a date: write "
      "YYYY-MM-DD")),
    ("february-30", _set("detention_orders", "start_date", "2026-02-30"),
     ("detention_orders, record 1", ORDER, "“start_date”", "'2026-02-30' is not a date")),
    ("year-10000", _set("detention_orders", "expires_on", "10000-02-01"),
     ("detention_orders, record 1", "“expires_on”", "'10000-02-01' is not a date")),
    ("datetime-without-time", _set("hearings", "starts_at", "20 Oct 2026"),
     ("hearings, record 1", HEARING, "“starts_at”", "'20 Oct 2026' is not a date and time: "
      "write YYYY-MM-DDTHH:MM:SS+HH:MM")),
    ("datetime-year-1-with-offset", _set("hearings", "starts_at", "0001-01-01T01:00:00+05:00"),
     ("hearings, record 1", HEARING, "“starts_at”", "out of range")),
    ("release-before-arrest", lambda d: _t(d)["captives"][0].update(
        status="released", status_since="2020-01-01"),
     ("captives, record 1", "“status_since”", "before the capture")),
    ("order-ends-before-it-starts", _set("detention_orders", "expires_on", "2026-09-01"),
     ("detention_orders, record 1", "“expires_on”", "before it starts")),
    ("dangling-reference", _set("captive_names", "captive_uid", "ffffffff-0000-4000-8000-00000000dead"),
     ("captive_names, record 1", NAME, "“captive_uid”", "not in the file")),
    ("reference-not-text", _set("captive_names", "captive_uid", ["not", "a", "uid"]),
     ("captive_names, record 1", "“captive_uid”", "not in the file")),
    ("wrong-sha256", _set("documents", "sha256", "0" * 64),
     ("documents, record 1", DOCUMENT, "“sha256”", "SHA-256")),
    ("duplicate-uid", _duplicate_captive,
     ("captives, record 2", CAPTIVE, "“uid”", "twice", "record 1")),
    ("content-not-base64", _set("documents", "content", "JVBERi0x***"),
     ("documents, record 1", DOCUMENT, "“content”", "'JVBERi0x***' is not a file's content "
      "in Base64")),
    ("time-out-of-range", lambda d: _t(d).update(deadlines=[{
        "uid": "dl-1", "captive_uid": CAPTIVE, "title": "Ask", "due_on": "2026-12-01",
        "due_time": "25:00:00"}]),
     ("deadlines, record 1 (uid dl-1)", "“due_time”", "'25:00:00' is not a time of day: write "
      "HH:MM or HH:MM:SS")),
    ("uid-missing", lambda d: _t(d)["captive_names"][0].pop("uid"),
     ("captive_names, record 1", "“uid” is missing")),
    ("required-field-missing", lambda d: _t(d)["detention_orders"][0].pop("start_date"),
     ("detention_orders, record 1", ORDER, "“start_date” is missing")),
    ("integer-2**70", _set("detention_orders", "term_months", 2**70),
     ("detention_orders, record 1", "“term_months”", "too large")),
    ("integer-as-fraction", _set("detention_orders", "term_days", 4.5),
     ("detention_orders, record 1", "“term_days”", "whole number")),
    ("text-too-long", _set("captive_names", "full_name", "Ա" * 301),
     ("captive_names, record 1", "“full_name”", "at most 300")),
    ("required-value-null", _set("captive_names", "full_name", None),
     ("captive_names, record 1", "“full_name”", "required")),
    ("boolean-as-word", _set("captives", "consent_publicity", "yes"),
     ("captives, record 1", "“consent_publicity”", "true or false")),
    ("json-column-nested-50-deep", _set("captives", "field_levels",
                                        json.loads('{"a":' * 50 + "1" + "}" * 50)),
     ("captives, record 1", "“field_levels”", "deeper than")),
    ("hearing-of-nobody", _hearing_alone,
     ("hearings, record 1", "“captive_ids”", "at least one captive")),
    ("unknown-field-with-newline", _set("captives", "colour\nof eyes", "blue"),
     ("captives, record 1", "unknown field", "colour of eyes")),
]

# Files that are not a usable export at all: (id, bytes, what the message says)
NOT_AN_EXPORT: list[tuple[str, bytes, str]] = [
    ("nested-100000-deep", b'{"format": "caseapp-export", "x": ' + b"[" * 100_000 + b"]" * 100_000
     + b"}", "nests its JSON too deeply"),
    ("top-level-list", b'[{"format": "caseapp-export"}]', "not a CaseApp export"),
    ("truncated", json.dumps(valid_export()).encode()[:300], "is cut short: its JSON stops"),
    ("truncated-in-a-word", b'{"format": "caseapp-export", "x": fals', "is cut short"),
    ("empty", b" \n", "is empty: it is not a CaseApp export"),
    ("not-json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8"),
    ("plain-text", "Պատմություն, not JSON at all".encode(), "not valid JSON"),
    ("version-99", json.dumps({**valid_export(), "format_version": 99}).encode(), "format 99"),
    ("version-as-text", json.dumps({**valid_export(), "format_version": "1"}).encode(),
     "format_version"),
    ("version-true", json.dumps({**valid_export(), "format_version": True}).encode(),
     "format_version"),
    ("nan", b'{"format": "caseapp-export", "format_version": 1, "tables": {}, "x": NaN}',
     "not valid JSON"),
    ("huge-number", b'{"format": "caseapp-export", "n": ' + b"9" * 5000 + b"}", "a number of thousands of digits"),
    ("record-not-an-object", json.dumps({**valid_export(), "tables": {
        "captives": [valid_export()["tables"]["captives"][0], "Արամ"]}}).encode(),
     "captives, record 2 is not a record"),
    ("unknown-table", json.dumps({**valid_export(), "tables": {"passwords": []}}).encode(),
     "unknown table “passwords”"),
    # gzipped (as a mail or a USB stick may leave it): read through, and said when spoilt
    ("gzip-cut-short", gzip.compress(json.dumps(valid_export()).encode())[:60],
     "is compressed (gzip) and cut short"),
    ("gzip-damaged", gzip.compress(json.dumps(valid_export()).encode())[:-8] + b"\0" * 8,
     "is compressed (gzip) but damaged"),  # (its checksum spoilt)
    ("gzip-of-no-export", gzip.compress(b"\x89PNG\r\n\x1a\n\x00\x00"), "not UTF-8"),
    ("a-case-file", b"SQLite format 3\x00" + b"\x00" * 100,
     "is a case file (a SQLite database), not an export"),
]


def row_counts(cf: CaseFile) -> dict[str, int]:
    tables = [*TABLES, "file_events"]
    with cf.db.engine.connect() as conn:
        return {n: conn.execute(select(func.count()).select_from(Base.metadata.tables[n])).scalar_one()
                for n in tables}


def write(tmp_path: Path, data: dict[str, Any] | bytes, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode())
    return path


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    cf.captives.create(names=["Already Here"], status="held")
    cf.close()
    return path


@pytest.fixture
def populated(populated_template: Path, tmp_path: Path) -> Iterator[CaseFile]:
    """A case file that already holds a captive, so that "unchanged" means something
    (a copy of one made per module: making a case file takes a second)."""
    path = tmp_path / "case.db"
    shutil.copyfile(populated_template, path)
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


# ---- the value rules one by one (the column declarations drive them) -------------------------

def _col(table: str, column: str) -> Any:
    return Base.metadata.tables[table].c[column]


@pytest.mark.parametrize("table, column, value, problem", [
    # (32 bits: what PostgreSQL's INTEGER holds, should the case file move to a team server)
    ("detention_orders", "term_months", 2**31 - 1, None),
    ("detention_orders", "term_months", 2**31, "2147483648 is too large to be kept (the limit "
                                               "is 2,147,483,647)"),
    ("detention_orders", "term_months", -(2**31), None),
    ("detention_orders", "term_months", -(2**31) - 1, "too large"),
    ("documents", "size", 2**63, "too large"),
    ("detention_orders", "term_months", True, "whole number"),
    ("detention_orders", "term_months", "4", "whole number"),
    ("captive_names", "full_name", "Ա" * 300, None),
    ("captive_names", "full_name", "Ա" * 301, "301 characters long; at most 300"),
    ("captive_names", "full_name", 7, "must be text"),
    ("captive_names", "full_name", None, "is required"),
    ("captive_names", "language", None, "is required"),
    ("notes", "body", "Ն" * 100_000, None),  # Text: no limit, as in the services
    ("notes", "captive_id", None, None),
    ("captives", "status", "held", "'held' is not one of: missing, held, pre_trial"),
    ("hearings", "starts_at", datetime(2026, 1, 5, 9, 0), "offset from UTC"),
    ("hearings", "starts_at", datetime(1, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=5))),
     "0001-01-01T01:00:00+05:00 is out of range once turned into UTC"),
    ("hearings", "starts_at", datetime(1, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=5))), None),
    ("hearings", "starts_at", date(2026, 1, 5), "offset from UTC"),
    ("captives", "capture_date", datetime(2026, 1, 5, tzinfo=UTC), "must be a date"),
    ("captives", "capture_date", "2026-01-05", "must be a date"),
    ("deadlines", "due_time", "16:00", "must be a time"),
    ("deadlines", "due_time", time(16, 0), None),
    ("captives", "consent_publicity", 1, "true or false"),
    ("captives", "consent_publicity", False, None),
    ("documents", "content", "JVBERi0=", "must be bytes"),
    ("documents", "content", b"%PDF", None),
    ("captives", "field_levels", [], "must be a JSON object"),
    ("deadlines", "explanation", {}, "must be a JSON list"),
    ("deadlines", "explanation", ["+20 days", "rolled"], None),
    ("captives", "field_levels", json.loads('{"a":' * 32 + "1" + "}" * 32), None),
    ("captives", "field_levels", json.loads('{"a":' * 33 + "1" + "}" * 33),
     "nests deeper than 32 levels"),
])
def test_value_rules_follow_the_column_declarations(
        table: str, column: str, value: Any, problem: str | None) -> None:
    found = rv.value_problem(_col(table, column), value)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in str(found)


def test_a_json_column_without_a_default_factory_takes_any_shape() -> None:
    assert rv.value_problem(Column("plain", JSON), [1, {"a": 2}]) is None
    assert rv.value_problem(Column("fixed", JSON, default=0), {"a": 1}) is None
    assert rv.value_problem(Column("fixed", JSON, default=0), "text") is None


def test_enum_member_is_accepted_and_its_value_text_is_not() -> None:
    assert rv.value_problem(_col("captives", "status"), CaptiveStatus.HELD) is None


@pytest.mark.parametrize("value, depth", [
    (1, 0), ("x", 0), ([], 1), ({}, 1), ([1, [2]], 2), ({"a": [{"b": 1}]}, 3),
    ([[], [[[]]], []], 4),
])
def test_json_depth(value: Any, depth: int) -> None:
    assert rv.json_depth(value) == depth


def test_json_depth_stops_counting_past_the_limit() -> None:
    """A value nested 100 000 deep (built in Python: JSON text that deep is refused when
    parsed) is not walked to its end."""
    deep: Any = 1
    for _ in range(100_000):
        deep = [deep]
    assert rv.json_depth(deep) == rv.MAX_JSON_DEPTH + 1 == 33


def test_messages_stay_short_and_on_one_line() -> None:
    assert rv.quoted("colour\nof\teyes") == "“colour of eyes”"
    assert rv.quoted("ա" * 61) == "“" + "ա" * 60 + "…”"
    assert rv.quoted("ա" * 60) == "“" + "ա" * 60 + "”"
    assert rv.quoted(["x"]) == "['x']"
    assert rv.short("z" * 500) == "'" + "z" * 17 + "..." + "z" * 18 + "'"
    assert rv.short(b"\x00" * 30) == "b'" + "\\x00" * 4 + "..." + "00" + "\\x00" * 4 + "'"
    assert rv.short([[["deep"]]]) == "[[[...]]]"
    problem = rv.RecordProblem("captives", "record 2", "status", "bad\nvalue")
    assert str(problem) == "captives, record 2, field “status”: bad value"
    assert problem.field == "status" and problem.table == "captives"
    assert str(rv.RecordProblem("tags", "record 1", None, "unknown")) == "tags, record 1: unknown"


def test_document_problem_checks_hash_size_and_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    content = "%PDF-1.4 marker-doc-content Որոշում".encode()
    assert rv.document_problem(CONTENT_SHA256, 42, content) is None
    field, reason = rv.document_problem(CONTENT_SHA256, 41, content) or ("", "")
    assert (field, str(reason)) == ("size", "says 41, but the document's content is 42 bytes long")
    field, reason = rv.document_problem("0" * 64, 42, content) or ("", "")
    assert field == "sha256" and "SHA-256" in str(reason)
    field, reason = rv.document_problem(CONTENT_SHA256, 42, None) or ("", "")
    assert (field, str(reason)) == ("size", "says 42, but the document's content is 0 bytes long")
    # a content replaced (by another of another length) is a changed content, as `check`
    # says of a file changed outside the app, not a wrong size
    field, reason = rv.document_problem(CONTENT_SHA256, 42, b"\x00") or ("", "")
    assert field == "sha256" and "changed after it was stored" in str(reason)
    monkeypatch.setattr(rv, "MAX_DOCUMENT_BYTES", 41)
    field, reason = rv.document_problem(CONTENT_SHA256, 42, content) or ("", "")
    assert (field, str(reason)) == ("content", "the file is larger than 200 MB")
    monkeypatch.setattr(rv, "MAX_DOCUMENT_BYTES", 42)
    assert rv.document_problem(CONTENT_SHA256, 42, content) is None


def test_a_stored_record_is_named_by_id_and_uid() -> None:
    assert str(rv.stored_record_label(5, "abc-1")) == "ID 5 (uid abc-1)"
    assert str(rv.stored_record_label(3, "")) == "ID 3"
    assert str(rv.stored_record_label(4, 7)) == "ID 4"
    assert str(rv.stored_record_label(6, None)) == "ID 6"


def test_a_service_field_name_is_reported_as_its_column() -> None:
    captives = Base.metadata.tables["captives"]
    assert rv._field_of(captives, "capture") == "capture_date"
    assert rv._field_of(captives, "status_since") == "status_since"
    assert rv._field_of(captives, "names") == "names"
    assert rv._field_of(captives, None) is None


def test_record_services_are_found_on_the_case_file(populated: CaseFile) -> None:
    services = rv.record_services(populated)
    assert services["captives"] is populated.captives
    assert services["detention_orders"] is populated.detention_orders
    assert "audit_entries" not in services and "status_changes" not in services


# ---- check: the same rules over rows already in the file -------------------------------------

def _sql(cf: CaseFile, statement: str, **params: Any) -> None:
    with cf.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_check_names_each_bad_row_and_field(tmp_path: Path, populated: CaseFile) -> None:
    populated.import_json(write(tmp_path, valid_export()))
    assert populated.check().ok
    (here,) = [c for c in populated.captives.list() if c.primary_name == "Already Here"]
    _sql(populated, "UPDATE captives SET status = 'vanished', field_levels = '{\"health\": 3'"
                    " WHERE id = :id", id=here.id)
    _sql(populated, "UPDATE detention_orders SET expires_on = '2026-09-01' WHERE uid = :uid",
         uid=ORDER)
    _sql(populated, "UPDATE documents SET size = 41 WHERE uid = :uid", uid=DOCUMENT)
    _sql(populated, "DELETE FROM hearing_captives")
    problems = populated.check().problems
    assert problems == (
        (f"captives, ID {here.id} (uid {here.uid}), field “status”: 'vanished' is not one of: "
        "missing, held, pre_trial, on_trial, convicted, released, repatriated, deceased, withheld"),
        (f"captives, ID {here.id} (uid {here.uid}), field “field_levels”: holds "
        "'{\"health\": 3', which CaseApp cannot read"),  # (not Python's English words)
        (f"detention_orders, ID {_id(populated, 'detention_orders', ORDER)} (uid {ORDER}), "
        "field “expires_on”: The order ends (1 Sept 2026) before it starts "
        "(1 Oct 2026)."),  # the dates as English writes them (CLDR), on one plain line
        (f"hearings, ID {_id(populated, 'hearings', HEARING)} (uid {HEARING}), "
        "field “captive_ids”: A hearing concerns at least one captive."),
        (f"documents, ID {_id(populated, 'documents', DOCUMENT)} (uid {DOCUMENT}), field “size”: "
        "says 41, but the document's content is 42 bytes long"),
    )


def test_check_applies_the_rules_that_read_other_records(populated: CaseFile) -> None:
    """The rules that read other records (a captive's names, the other stays of its captive)
    are read for many records at once by the check: still every breach, each on its line."""
    first = populated.captives.create(names=["Ղուկասյան Վահե"], status="held")
    second = populated.captives.create(names=["Second One"], status="held")
    for captive in (first, second):
        populated.detention_places.create(captive_id=captive.id, facility="Baku SIZO-1",
                                          from_date=date(2024, 1, 1), to_date=date(2024, 6, 30))
        populated.detention_places.create(captive_id=captive.id, facility="Gobustan",
                                          from_date=date(2024, 7, 1))
    assert populated.check().ok
    # Written with other tools: the second's stays overlap, the first has lost its names.
    _sql(populated, "UPDATE detention_places SET from_date = '2024-05-01' "
                    "WHERE captive_id = :id AND facility = 'Gobustan'", id=second.id)
    _sql(populated, "DELETE FROM captive_names WHERE captive_id = :id", id=first.id)
    problems = populated.check().problems
    assert [p for p in problems if p.startswith("captives,")] == [
        f"captives, ID {first.id} (uid {first.uid}), field “names”: "
        "A captive needs at least one name."]
    overlaps = [p for p in problems if p.startswith("detention_places,")]
    assert len(overlaps) == 2 and all("overlaps another custody period" in p for p in overlaps)
    assert len(problems) == 3, problems


def test_check_stops_at_a_value_of_the_wrong_shape(tmp_path: Path, populated: CaseFile) -> None:
    """The services' rules are not run on a record whose values are already wrong (they
    would fail on a list where an object belongs): one line, the value's."""
    populated.import_json(write(tmp_path, valid_export()))
    _sql(populated, "UPDATE captives SET field_levels = '[\"health\"]' WHERE uid = :uid",
         uid=CAPTIVE)
    assert populated.check().problems == (
        (f"captives, ID {_id(populated, 'captives', CAPTIVE)} (uid {CAPTIVE}), "
        "field “field_levels”: must be a JSON object"),)


def _id(cf: CaseFile, table: str, uid: str) -> int:
    with cf.db.engine.connect() as conn:
        return conn.execute(text(f"SELECT id FROM {table} WHERE uid = :uid"), {"uid": uid}).scalar_one()


def test_check_caps_the_lines_of_record_problems(
        tmp_path: Path, populated: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import maintenance

    populated.import_json(write(tmp_path, valid_export()))
    _sql(populated, "UPDATE captive_names SET kind = 'nickname'")
    _sql(populated, "UPDATE captives SET sex = 'x'")
    monkeypatch.setattr(maintenance, "MAX_RECORD_PROBLEMS", 2)
    problems = populated.check().problems
    assert [p for p in problems if "field “sex”" in p or "field “kind”" in p or "more" in p][-1] \
        == "… and 2 more problems in records."


def test_a_read_that_fails_on_a_stored_value_is_told_apart_from_a_bug(populated: CaseFile) -> None:
    _sql(populated, "UPDATE captives SET status = 'vanished'")
    with pytest.raises(LookupError) as caught:
        populated.captives.list()
    assert rv.unreadable_stored_value(caught.value) is True
    try:
        {}["no such key"]
    except KeyError as exc:
        assert rv.unreadable_stored_value(exc) is False
    assert rv.unreadable_stored_value(RuntimeError("not a decoding error")) is False


def test_a_stored_value_of_the_wrong_shape_is_told_apart_too(populated: CaseFile) -> None:
    _sql(populated, "UPDATE captives SET field_levels = '[\"health\"]'")
    with pytest.raises((TypeError, ValueError)) as caught:
        populated.captives.list()
    assert rv.unreadable_stored_value(caught.value) is True


# ---- imports of hostile and valid exports -------------------------------------------------

@pytest.mark.parametrize("change, expected", [(c, e) for _, c, e in HOSTILE],
                         ids=[i for i, _, _ in HOSTILE])
def test_hostile_record_is_refused_naming_table_record_and_field(
        tmp_path: Path, populated: CaseFile, change: Callable[[dict[str, Any]], Any],
        expected: tuple[str, ...]) -> None:
    data = valid_export()
    change(data)
    before = row_counts(populated)
    with pytest.raises(ValidationError) as caught:
        populated.import_json(write(tmp_path, data))
    message = str(caught.value)
    assert "\n" not in message
    for part in expected:
        assert part in message
    assert row_counts(populated) == before


@pytest.mark.parametrize("raw, expected", [(r, e) for _, r, e in NOT_AN_EXPORT],
                         ids=[i for i, _, _ in NOT_AN_EXPORT])
def test_a_file_that_is_no_export_is_refused_in_one_line(
        tmp_path: Path, populated: CaseFile, raw: bytes, expected: str) -> None:
    before = row_counts(populated)
    with pytest.raises(ValidationError) as caught:
        populated.import_json(write(tmp_path, raw))
    assert "\n" not in str(caught.value) and expected in str(caught.value)
    assert row_counts(populated) == before


def test_the_valid_export_is_valid(tmp_path: Path, populated: CaseFile) -> None:
    """Each hostile case above differs from this one by the change it names."""
    report = populated.import_json(write(tmp_path, valid_export()))
    assert report.added == {"captives": 1, "captive_names": 1, "detention_orders": 1,
                            "hearings": 1, "hearing_captives": 1, "documents": 1}


def test_imported_records_get_their_deadlines_and_one_audit_entry(
        tmp_path: Path, populated: CaseFile) -> None:
    path = write(tmp_path, valid_export(), "from-colleague.json")
    before = row_counts(populated)
    report = populated.import_json(path)

    captive = next(c for c in populated.captives.list() if c.uid == CAPTIVE)
    assert captive.primary_name == "Արտաշես Մկրտչյան" and captive.consent_publicity is False
    assert captive.summary == "marker-captive-summary {{ 7*7 }}"
    # The detention order sets off its expiry, computed by the engine as if typed in.
    expiry = [d for d in populated.deadlines.list(captive_id=captive.id)
              if d.rule_id == "az.detention.expiry"]
    assert [(d.due_on, d.trigger_uid) for d in expiry] == [(date(2027, 2, 1), ORDER)]
    assert report.computed_deadlines == row_counts(populated)["deadlines"] - before["deadlines"]
    assert report.computed_deadlines >= 1

    entries = [e for e in populated.audit.recent(100) if e.entity == "imports"]
    assert len(entries) == 1
    detail = json.loads(entries[0].new_value)
    assert detail["file"] == "from-colleague.json"
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert detail["added"] == {"captives": 1, "captive_names": 1, "detention_orders": 1,
                               "hearings": 1, "hearing_captives": 1, "documents": 1}
    # Besides the import's entry, only the deadlines the engine made were audited.
    new = populated.audit.recent(100)[: row_counts(populated)["audit_entries"] - before["audit_entries"]]
    assert sorted({e.entity for e in new}) == ["deadlines", "imports"]
    assert populated.check().ok


def test_round_trip_of_the_hand_written_export(tmp_path: Path, populated: CaseFile) -> None:
    populated.import_json(write(tmp_path, valid_export()))
    out = tmp_path / "again.json"
    populated.export_json(out)
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    captive = next(c for c in tables["captives"] if c["uid"] == CAPTIVE)
    assert captive["field_levels"] == {"health": "internal"} and captive["consent_publicity"] is False
    document = next(d for d in tables["documents"] if d["uid"] == DOCUMENT)
    assert (document["content"], document["sha256"]) == (CONTENT_B64, CONTENT_SHA256)
    assert [n["full_name"] for n in tables["captive_names"] if n["captive_uid"] == CAPTIVE] \
        == ["Արտաշես Մկրտչյան"]


def test_importing_the_same_export_twice_adds_nothing(tmp_path: Path, populated: CaseFile) -> None:
    path = write(tmp_path, valid_export())
    populated.import_json(path)
    after_first = row_counts(populated)
    again = populated.import_json(path)
    assert again.added == {} and again.computed_deadlines == 0
    assert again.skipped == {"captives": 1, "captive_names": 1, "detention_orders": 1,
                             "hearings": 1, "hearing_captives": 1, "documents": 1}
    counts = row_counts(populated)
    assert counts["audit_entries"] == after_first["audit_entries"] + 1  # the second import's entry
    assert {k: v for k, v in counts.items() if k not in ("audit_entries", "file_events")} \
        == {k: v for k, v in after_first.items() if k not in ("audit_entries", "file_events")}


def test_the_same_record_twice_with_the_same_content_is_taken_once(
        tmp_path: Path, populated: CaseFile) -> None:
    data = valid_export()
    _t(data)["captive_names"].append(copy.deepcopy(_t(data)["captive_names"][0]))
    # the same content with its fields in another order is the same record
    _t(data)["captives"].append(dict(reversed(list(_t(data)["captives"][0].items()))))
    _t(data)["hearing_captives"].append(dict(_t(data)["hearing_captives"][0]))
    report = populated.import_json(write(tmp_path, data))
    assert report.added["captive_names"] == 1 and report.added["captives"] == 1
    # A uid given twice is said with its record numbers, not counted as already present.
    assert report.repeated == {"captive_names": [(2, 1)], "captives": [(2, 1)]}
    assert report.skipped == {"hearing_captives": 1}
    assert any("1 captive (2 = 1); 1 name (2 = 1)." in n for n in report.notices)


def test_a_record_referring_to_an_unreadable_record_of_the_case_file_is_refused(
        tmp_path: Path, populated: CaseFile) -> None:
    (here,) = populated.captives.list()
    _sql(populated, "UPDATE captives SET status = 'vanished' WHERE id = :id", id=here.id)
    data = {"format": "caseapp-export", "format_version": 1, "tables": {"notes": [
        {"uid": "note-1", "captive_uid": here.uid, "title": "Call",
         "written_at": "2026-11-01T10:00:00+00:00"}]}}
    before = row_counts(populated)
    with pytest.raises(ValidationError) as caught:
        populated.import_json(write(tmp_path, data))
    assert str(caught.value) == (
        "notes, record 1 (uid note-1): refers to a record of the case file that holds a value "
        "CaseApp cannot read")  # (the command line adds how to find it)
    assert row_counts(populated) == before


def test_a_null_reference_does_not_stop_the_references_after_it(
        tmp_path: Path, populated: CaseFile) -> None:
    data = valid_export()
    _t(data)["documents"][0]["captive_uid"] = None
    _t(data)["documents"][0]["hearing_uid"] = HEARING
    populated.import_json(write(tmp_path, data))
    (hearing,) = [h for h in populated.hearings.list() if h.uid == HEARING]
    (document,) = [d for d in populated.documents.list() if d.uid == DOCUMENT]
    assert (document.captive_id, document.hearing_id) == (None, hearing.id)


def test_a_deadline_entered_by_hand_keeps_its_time(tmp_path: Path, populated: CaseFile) -> None:
    data = valid_export()
    _t(data)["deadlines"] = [{"uid": "dl-1", "captive_uid": CAPTIVE, "title": "Ask the ICRC",
                              "due_on": "2026-12-01", "due_time": "16:30:00",
                              "timezone": "Asia/Yerevan"}]
    populated.import_json(write(tmp_path, data))
    (deadline,) = [d for d in populated.deadlines.list() if d.uid == "dl-1"]
    assert (deadline.due_on, deadline.due_time, deadline.timezone) == (
        date(2026, 12, 1), time(16, 30), "Asia/Yerevan")


def test_an_old_version_1_export_with_only_the_essentials_imports(
        tmp_path: Path, populated: CaseFile) -> None:
    """A version-1 export from before later columns (no levels, no ``communicated_on``, no
    timestamps): what is missing takes its default."""
    old = {
        "format": "caseapp-export", "format_version": 1, "app_version": "0.1.0",
        "schema_revision": "0002", "exported_at": "2026-01-05T10:00:00+00:00",
        "tables": {
            "captives": [{"uid": "old-captive-1", "status": "held"}],
            "captive_names": [{"uid": "old-name-1", "captive_uid": "old-captive-1",
                               "full_name": "Սամվել Հակոբյան", "script": "Armn"}],
            "international_proceedings": [{"uid": "old-echr-1", "captive_uid": "old-captive-1",
                                           "body": "echr", "kind": "application",
                                           "reference": "12345/25"}],
        },
    }
    report = populated.import_json(write(tmp_path, old))
    assert report.added == {"captives": 1, "captive_names": 1, "international_proceedings": 1}
    captive = next(c for c in populated.captives.list() if c.uid == "old-captive-1")
    assert captive.primary_name == "Սամվել Հակոբյան"
    # no field levels in the file: a new captive's (its free text internal)
    assert captive.field_levels == {"health": "internal", "consent_notes": "internal"}
    (proceeding,) = populated.international_proceedings.list(captive_id=captive.id)
    assert proceeding.communicated_on is None and proceeding.reference == "12345/25"


@pytest.mark.parametrize("table, field, value", [
    ("detention_orders", "start_date", "2026-02-30"),
    ("hearings", "starts_at", "20 Oct 2026"),
    ("hearings", "starts_at", "0001-01-01T01:00:00+05:00"),
    ("documents", "content", "JVBERi0x***"),
], ids=["date", "date-and-time", "date-and-time-out-of-range", "content"])
def test_an_unreadable_value_is_explained_in_the_users_language(
        tmp_path: Path, populated: CaseFile, monkeypatch: pytest.MonkeyPatch, table: str,
        field: str, value: str) -> None:
    """A Russian lawyer importing a file with a value that cannot be read is told what to
    write in Russian: no English reason from Python in the middle of her sentence."""
    from caseapp.domain import messages

    data = valid_export()
    _set(table, field, value)(data)
    monkeypatch.setattr(messages, "_language", ["en"])  # restored after the test
    messages.set_language("ru")
    with pytest.raises(ValidationError) as caught:
        populated.import_json(write(tmp_path, data))
    said = str(caught.value)
    assert value in said and f"«{field}»" in said, said
    rest = re.sub(r"\(uid [^)]*\)", "", said.replace(value, "").replace(table, "")
                  .replace(field, "").replace("UTC", "").replace("Base64", ""))
    assert not re.search(r"[A-Za-z]{3,}", rest), said
