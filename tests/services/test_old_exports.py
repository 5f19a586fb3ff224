"""Every JSON export an earlier CaseApp wrote still imports, whole and right.

The files in tests/fixtures/old_exports are the demo case file as CaseApp exported it at
earlier commits (its README names them). Each is imported into a new case file of today's
code, on SQLite and on PostgreSQL, and exported again: every record arrives, every field
the old file gave keeps its value (a deadline's wording and explanation may follow the rules
in force), a record the old format gave no level gets the default a new record gets (never
below its captive's level), the audit trail is valid, and a dossier can be printed from an imported captive
without an internal note in it.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

OLD_EXPORTS = sorted((Path(__file__).parents[1] / "fixtures" / "old_exports").glob("*.json.gz"))
# What the rules in force may say again of a deadline an old file gave (its date, status,
# level and trigger are kept); a closed one's note may gain the engine's remark.
DEADLINE_WORDING = {"title", "rule_version", "explanation", "updated_at", "notes"}
# Tables whose records got a level with schema revision 0005, and the field whose text makes
# one internal on import (docs/json-format.md: a note, or a family organisation).
LEVELLED_LATER = {"status_changes": "note", "deadlines": "notes", "organisations": "notes"}


def old_export(path: Path) -> dict[str, Any]:
    return json.loads(gzip.decompress(path.read_bytes()))


def _key(row: dict[str, Any]) -> Any:
    """A record's uid; a link record (tags of captives…) is known by all it holds."""
    return row["uid"] if "uid" in row else json.dumps(row, sort_keys=True)


def _expected_level(table: str, row: dict[str, Any], captives: dict[str, str]) -> str:
    """The level a new record would get: internal for a note or a family, else shareable,
    never below the captive it belongs to (``captives``: each captive's level by uid)."""
    if table == "organisations" and row.get("kind") == "family":
        return "internal"
    if (row.get(LEVELLED_LATER[table]) or "").strip():
        return "internal"
    return "internal" if captives.get(row.get("captive_uid") or "") == "internal" \
        else "shareable"


def _court_zone(row: dict[str, Any]) -> str:
    """The zone of the court of a deadline's rule ("" for none): an older export's whole-day
    deadline of such a rule is imported with it (caseapp.services.court_zone_fill)."""
    from caseapp.domain.court_zones import court_zone
    from caseapp.domain.rule_files import load_rules

    rules = load_rules()
    rule_id = row.get("rule_id") or ""
    return court_zone(rules.get(rule_id)) if rule_id in rules else ""


def differences(old: dict[str, Any], new: dict[str, Any]) -> Counter[str]:
    """``table.field`` for each value of the old export that today's export does not give
    back (a record missing counts as ``table.<missing>``)."""
    found: Counter[str] = Counter()
    captives = {c["uid"]: c["sensitivity"] for c in old["tables"].get("captives", [])}
    for table, rows in old["tables"].items():
        again = {_key(r): r for r in new["tables"].get(table, [])}
        for row in rows:
            now = again.get(_key(row))
            if now is None:
                found[f"{table}.<missing>"] += 1
                continue
            if table in LEVELLED_LATER and "sensitivity" not in row:
                if now["sensitivity"] != _expected_level(table, row, captives):
                    found[f"{table}.sensitivity"] += 1
            for field, value in row.items():
                if now.get(field) == value:
                    continue
                if table == "deadlines" and field == "timezone" and not value \
                        and row.get("due_time") is None and now.get(field) == _court_zone(row):
                    found["deadlines.timezone given"] += 1  # its court's (an older export's "")
                    continue
                if table == "deadlines" and field in DEADLINE_WORDING:
                    if field != "notes" or (value or "") in (now.get(field) or ""):
                        continue
                found[f"{table}.{field}"] += 1
    return found


def _text(pdf: bytes) -> str:
    import io
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("fixture", OLD_EXPORTS, ids=lambda p: p.name.split(".")[0])
def test_an_old_export_imports_whole(fixture: Path, any_case_file: CaseFile,
                                     tmp_path: Path) -> None:
    cf = any_case_file
    old = old_export(fixture)
    # The day it was exported: the demo's last welfare visit is days before it, not after.
    exported = date.fromisoformat(old["exported_at"][:10])
    cf.ctx.today = lambda: exported
    path = tmp_path / "old.json"
    path.write_bytes(gzip.decompress(fixture.read_bytes()))

    report = cf.import_json(path)

    tables = old["tables"]
    assert report.added == {t: len(rows) for t, rows in tables.items() if rows}
    assert not report.skipped and not report.repeated
    cf.export_json(tmp_path / "again.json")
    new = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    found = differences(old, new)
    found.pop("deadlines.timezone given", None)  # its court's zone, as a new one's
    assert found == Counter()
    # every open whole-day deadline keeps its court's zone ("" : of no court's zone)
    assert all(d["timezone"] == _court_zone(d) for d in new["tables"]["deadlines"]
               if d["status"] == "open" and d.get("due_time") is None)
    # A hearing's state came with revision 0017: every hearing of an older file is scheduled
    # (nothing claims a past one sat), as the upgrade of an older case file makes it.
    assert tables["hearings"] and "state" not in tables["hearings"][0]
    assert {r["state"] for r in new["tables"]["hearings"]} == {"scheduled"}
    # The names, in every script, of every captive.
    scripts = Counter(n["script"] for n in tables["captive_names"])
    assert len(scripts) >= 3 and Counter(n["script"] for n in new["tables"]["captive_names"]
                                         ) == scripts
    # Every level kept: as many internal records as the old file had, none made lower.
    for table, rows in tables.items():
        if rows and "sensitivity" in rows[0]:
            levels = Counter(r["sensitivity"] for r in rows)
            assert Counter(r["sensitivity"] for r in new["tables"][table]
                           if _key(r) in {_key(o) for o in rows}) == levels, table
    # The deadlines: those the file gave kept; those it lacked computed, none twice.
    open_ones = Counter((d["rule_id"], d["trigger_kind"], d["trigger_uid"])
                        for d in new["tables"]["deadlines"]
                        if d["status"] == "open" and d["rule_id"])
    assert open_ones and max(open_ones.values()) == 1
    if len(tables["deadlines"]) < 100:  # written before computed deadlines were exported
        assert report.computed_deadlines > 500
    assert cf.check().ok

    # A dossier of a captive with an internal note: the note in it at internal, not below (or,
    # when the captive's whole file is internal, no dossier below).
    level_of = {c["uid"]: c["sensitivity"] for c in tables["captives"]}
    notes = sorted((n for n in tables["notes"]
                    if n["sensitivity"] == "internal" and n["captive_uid"] and n["body"]),
                   key=lambda n: level_of[n["captive_uid"]] == "internal")
    assert notes
    note = notes[0]
    captive = next(c for c in cf.captives.list() if c.uid == note["captive_uid"])
    lawyer = LawyerProfile(name="Test Lawyer")
    inside = _text(outputs.dossier(cf, captive.id, level="internal", author="t",
                                   lawyer=lawyer).data)
    latin = next(n["full_name"] for n in tables["captive_names"]
                 if n["captive_uid"] == note["captive_uid"] and n["script"] == "Latn")
    assert latin.split()[-1] in inside and note["title"] in inside
    if level_of[note["captive_uid"]] == "internal":
        with pytest.raises(ValidationError, match="internal"):
            outputs.dossier(cf, captive.id, level="shareable", author="t", lawyer=lawyer)
    else:
        shared = _text(outputs.dossier(cf, captive.id, level="shareable", author="t",
                                       lawyer=lawyer).data)
        assert latin.split()[-1] in shared and note["title"] not in shared


def test_an_old_export_spoilt_at_its_end_changes_nothing(any_case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    """Every record but the last document's checked and added, then refused: the case file,
    on either engine, is as it was (nothing imported half)."""
    cf = any_case_file
    data = old_export(OLD_EXPORTS[-1])
    cf.ctx.today = lambda: date.fromisoformat(data["exported_at"][:10])
    data["tables"]["documents"][-1]["size"] = 2**31
    spoilt = tmp_path / "spoilt.json"
    spoilt.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cf.captives.create(names=["Already Here"])
    cf.export_json(tmp_path / "before.json")
    before = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))["tables"]

    with pytest.raises(ValidationError, match="field “size”: 2147483648 is too large to be kept"):
        cf.import_json(spoilt)

    cf.export_json(tmp_path / "after.json")
    assert json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))["tables"] == before
    assert cf.check().ok
