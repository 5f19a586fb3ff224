"""Writes in bulk give what writes one by one give: a batch of service calls (the demo's
way) against the same calls each in its own transaction, and a JSON import (deadlines read
up front, values read by the fast readers) against the same import record by record.

The reference side is the one-by-one path, run on the same input; "equal" means every
stored row and every audit entry, with the uids (random on each side) replaced by the
table and id of their record."""

from __future__ import annotations

import json
import re
from contextlib import nullcontext
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import audit_anchor, audit_chain
from caseapp.domain.errors import ValidationError
from caseapp.services import interchange_rows
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.deadline_engine import DeadlineEngine
from tests.conftest import TODAY, copy_of

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
VOLATILE = {"uid", "created_at", "updated_at", "at", "hash", "prev_hash", "imported_at",
            "recorded_at"}
TABLES = ("captives", "captive_names", "detention_orders", "hearings", "hearing_captives",
          "deadlines", "status_changes", "welfare_contacts", "case_settings", "audit_entries")


def _state(cf: CaseFile, leave_out: frozenset[str] = frozenset()
           ) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables above, uids replaced by "table#id", volatile columns (and
    ``leave_out``) left out."""
    with cf.db.engine.connect() as conn:
        labels: dict[str, str] = {}
        for table in TABLES:
            columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
            if "uid" in columns and "id" in columns:
                for rid, uid in conn.execute(text(f"SELECT id, uid FROM {table}")):
                    labels[uid] = f"{table}#{rid}"

        def plain(value: Any) -> Any:
            return UID.sub(lambda m: labels.get(m.group(0), "?"), value) \
                if isinstance(value, str) else value

        state = {}
        for table in TABLES:
            columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")
                       if r[1] not in VOLATILE | leave_out]
            order = "id" if "id" in columns else ", ".join(columns)
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"))
            state[table] = [tuple(plain(v) for v in row) for row in rows]
        return state


def _sound(cf: CaseFile) -> None:
    with cf.db.engine.connect() as conn:
        assert audit_chain.first_break(conn) is None
        assert audit_anchor.problems(conn) == []


def _scenario(cf: CaseFile) -> None:
    """Captives, chained orders (each closing the open steps of the one before), a decided
    hearing, a settings change between writes, an edit, and a refused call caught."""
    cf.settings.set_many({"procedure": "az"})
    ids = []
    for i, (name, capture) in enumerate((("Արամ Վարդանյան", "2023-09-20"),
                                         ("Сурен Петросян", "2023-10-02"),
                                         ("Narek O'Brien-Ghazaryan", "2024-01-15"))):
        captive = cf.captives.create(names=[name], capture=capture, status="pre_trial",
                                     status_since=capture, category=("civilian", "serviceman",
                                                                     "former_official")[i])
        ids.append(captive.id)
        # One-month orders 60, 20 and 2 days before today: the first one's expiry (30 days
        # ago, just within the grace for history) is still open when the second one closes it.
        for days_ago in (60 + i, 20, 2):
            cf.detention_orders.create(captive_id=captive.id, term_months=1,
                                       start_date=(TODAY - timedelta(days=days_ago)).isoformat())
        with pytest.raises(ValidationError):  # refused: a welfare contact in the future
            cf.welfare_contacts.create(captive_id=captive.id, contact_on="2999-01-01",
                                       kind="icrc_visit")
        cf.welfare_contacts.create(captive_id=captive.id, contact_on="2025-03-01",
                                   kind="icrc_visit")
    cf.settings.set_many({"expiry_warning_days": 21})
    cf.hearings.create(starts_at=datetime(2025, 6, 3, 10), timezone="Asia/Baku",
                       captive_ids=ids[:2], kind="verdict", outcome="sentenced to 12 years")
    cf.captives.update(ids[2], summary="Moved to another facility")
    orders = cf.detention_orders.list(captive_id=ids[2])
    cf.detention_orders.update(orders[-1].id, term_months=2)


def _open(template: Path, path: Path) -> CaseFile:
    return open_case_file(Location(path=copy_of(template, path)), actor="tester",
                          today=lambda: TODAY)


def test_a_batch_writes_what_the_calls_one_by_one_write(tmp_path: Path,
                                                        _empty_template: Path) -> None:
    one_by_one = _open(_empty_template, tmp_path / "one.db")
    batched = _open(_empty_template, tmp_path / "batch.db")
    try:
        _scenario(one_by_one)
        with batched.ctx.batch():
            _scenario(batched)
        expected, got = _state(one_by_one), _state(batched)
        # The scenario did what it says (so that the comparison compares something).
        assert len(expected["detention_orders"]) == 9
        dismissed = [r for r in expected["deadlines"] if "Superseded" in str(r)]
        assert dismissed, "later orders close the open steps of earlier ones"
        assert got == expected
        _sound(batched)
    finally:
        one_by_one.close()
        batched.close()


def test_an_error_in_a_batch_leaves_the_file_as_it_was(tmp_path: Path,
                                                       _empty_template: Path) -> None:
    cf = _open(_empty_template, tmp_path / "case.db")
    try:
        cf.captives.create(names=["Գոռ Աբրահամյան"], capture="2023-09-19")
        before = _state(cf)
        with pytest.raises(RuntimeError), cf.ctx.batch():
            _scenario(cf)  # settings, orders with their deadlines, audit entries…
            raise RuntimeError("the power went out")
        assert _state(cf) == before
        _sound(cf)
    finally:
        cf.close()


# ---- import ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scenario_export(tmp_path_factory: pytest.TempPathFactory, _empty_template: Path) -> Path:
    """The scenario exported, then changed as another CaseApp or a lawyer's edit might
    leave it: a computed deadline missing, one with a wrong due date, one set by hand, and
    a fourth order of a captive not yet closing anything."""
    folder = tmp_path_factory.mktemp("scenario")
    cf = _open(_empty_template, folder / "source.db")
    try:
        _scenario(cf)
        cf.export_json(folder / "source.json")
    finally:
        cf.close()
    data = json.loads((folder / "source.json").read_text(encoding="utf-8"))
    tables = data["tables"]
    computed = [d for d in tables["deadlines"] if d.get("rule_id") and d["status"] == "open"]
    assert len(computed) >= 3
    tables["deadlines"].remove(computed[0])
    computed[1]["due_on"] = "2031-01-01"
    computed[2].update(due_on="2031-02-02", overridden=True)
    order = dict(tables["detention_orders"][-1])
    later = date.fromisoformat(order["start_date"]) + timedelta(days=1)
    order.update(uid="0f0f0f0f-0000-4000-8000-000000000001", start_date=later.isoformat(),
                 expires_on=(later + timedelta(days=90)).isoformat(), expiry_source="stated")
    tables["detention_orders"].append(order)
    path = folder / "changed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_import_gives_what_the_record_by_record_import_gives(
        tmp_path: Path, _empty_template: Path, scenario_export: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _open(_empty_template, tmp_path / "fast.db")
    slow = _open(_empty_template, tmp_path / "slow.db")
    try:
        fast.import_json(scenario_export)
        with monkeypatch.context() as m:  # the old path: every value fully checked, the
            m.setattr(interchange_rows, "reader", lambda column: None)  # engine asked per record
            m.setattr(DeadlineEngine, "prefetched", lambda self, s, records: nullcontext())
            slow.import_json(scenario_export)
        expected, got = _state(slow), _state(fast)
        deadlines = expected["deadlines"]
        # The engine had work to do: the missing deadline is back, the wrong date put right,
        # the date set by hand kept with a note, the new order closed earlier steps.
        assert any("2031-02-02" in str(r) and "Rules differ" in str(r) for r in deadlines)
        assert not any("2031-01-01" in str(r) for r in deadlines)
        in_file = json.loads(scenario_export.read_text(encoding="utf-8"))["tables"]["deadlines"]
        assert len(deadlines) > len(in_file) + 1  # the missing one, the new order's
        # The import settles each captive's superseded steps once, at its end, where record by
        # record each order settled them again (a step closed, opened, closed): the same rows,
        # with fewer versions and fewer audit entries, each step's last entry its status.
        versions = frozenset({"row_version"})
        expected, got = _state(slow, versions), _state(fast, versions)
        slow_trail, fast_trail = expected.pop("audit_entries"), got.pop("audit_entries")
        assert got == expected
        entity, record, field, new_value, status, deadline_id = 3, 4, 7, 9, 10, 15
        assert [e[1:] for e in fast_trail if e[entity] != "deadlines"] == [
            e[1:] for e in slow_trail if e[entity] != "deadlines"]
        assert len(fast_trail) < len(slow_trail)
        for trail in (slow_trail, fast_trail):
            last = {e[record]: e[new_value] for e in trail
                    if e[entity] == "deadlines" and e[field] == "status"}
            assert len(last) > 5
            assert all(last[label] == row[status] for row in expected["deadlines"]
                       if (label := f"deadlines#{row[deadline_id]}") in last)
        _sound(slow)
        _sound(fast)
    finally:
        fast.close()
        slow.close()


def test_a_bad_value_is_refused_with_the_same_line_as_before(
        tmp_path: Path, _empty_template: Path, scenario_export: Path) -> None:
    data = json.loads(scenario_export.read_text(encoding="utf-8"))
    data["tables"]["detention_orders"][1]["start_date"] = "2024-13-40"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    cf = _open(_empty_template, tmp_path / "case.db")
    try:
        with pytest.raises(ValidationError) as refused:
            cf.import_json(bad)
        line = str(refused.value)
        assert "\n" not in line and "detention_orders" in line and "start_date" in line
        assert "2024-13-40" in line
        assert cf.captives.list() == []
    finally:
        cf.close()
