"""The command line's tables read as a lawyer writes: days in her language's short form (as
the documents and the window write them), captives by name (as the calendar at that level
names them), rules by their titles, marks in words, and template titles in her language;
JSON keeps its machine-readable fields (ISO days, IDs) and adds the names."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from caseapp.domain.messages import set_language
from tests.cli.cli_run import run

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


def test_deadlines_table_names_the_captive_and_the_rule_and_writes_days_in_russian(
        demo_copy: Path) -> None:
    deadline_id, captive_id = _rows(demo_copy, "SELECT id, captive_id FROM deadlines WHERE "
                                               "status = 'open' AND rule_id != '' AND "
                                               "captive_id IS NOT NULL ORDER BY due_on")[0]
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("UPDATE deadlines SET hard = 1, overridden = 1 WHERE id = ?", (deadline_id,))
    conn.close()
    try:
        code, out, err = run("--lang", "ru", "deadlines", "--within", "36500",
                             "--db", str(demo_copy))
        code_json, out_json, _ = run("--lang", "ru", "deadlines", "--within", "36500",
                                     "--format", "json", "--db", str(demo_copy))
    finally:
        set_language("en")
    assert code == 0, err
    assert ISO_DAY.search(out) is None and re.search(r"\b\d\d\.\d\d\.\d{4}\b", out)
    assert "az.detention" not in out and "echr." not in out  # no rule's internal ID
    assert "Что нужно сделать" in out and "Примечания" in out
    (line,) = [x for x in out.splitlines() if x.startswith(f"{deadline_id} ")]
    assert "жёсткий срок; дата задана вручную" in line
    assert code_json == 0
    listed = {d["id"]: d for d in json.loads(out_json)}
    mine = listed[deadline_id]
    assert mine["captive_id"] == captive_id and mine["hard"] is True
    assert ISO_DAY.fullmatch(mine["due_on"]) and mine["rule_id"].count(".") >= 1
    assert mine["rule_title"] and "." not in mine["rule_title"][:3]
    name = mine["captive_name"]
    assert name and not name.isdigit() and name in line  # the table names whom JSON names


def test_deadlines_at_the_public_level_name_only_captives_who_consented(demo_copy: Path) -> None:
    code, out, err = run("deadlines", "--within", "36500", "--level", "public",
                         "--format", "json", "--db", str(demo_copy))
    assert code == 0, err
    consented = {cid for cid, ok in _rows(demo_copy, "SELECT id, consent_publicity FROM captives")
                 if ok}
    named = {d["captive_id"] for d in json.loads(out) if d["captive_id"] is not None}
    assert named <= consented
    assert all(d["captive_name"] for d in json.loads(out) if d["captive_id"] is not None)


def test_templates_are_listed_with_titles_languages_and_levels_in_armenian() -> None:
    try:
        code, out, err = run("--lang", "hy", "templates", "list")
        _, data, _ = run("templates", "list", "--format", "json")
    finally:
        set_language("en")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.startswith("power_of_attorney_ru ")]
    assert "Լիազորագիր" in line and "ռուսերեն" in line and "ներքին" in line
    assert "Power of attorney" not in out and "shareable" not in out
    templates = {t["key"]: t for t in json.loads(data)["templates"]}
    # the JSON of an English run: the title as the English table gives it, its language apart
    assert templates["power_of_attorney_ru"]["title"] == "Power of attorney"
    assert templates["power_of_attorney_ru"]["language"] == "ru"


def test_a_backups_list_writes_its_days_in_the_readers_language(demo_copy: Path) -> None:
    assert run("backup", "--db", str(demo_copy))[0] == 0
    try:
        code, out, err = run("--lang", "ru", "backups", "list", "--db", str(demo_copy))
    finally:
        set_language("en")
    assert code == 0, err
    assert ISO_DAY.search(out) is None and re.search(r"\b\d\d\.\d\d\.\d{4} \d\d:\d\d\b", out)
