"""The field-safety commands on the command line: travel-copy, travel-merge, travel-destroy and
exposure — the whole round, and a wrong passphrase or path in one line with exit code 2."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import sqlcipher3

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file

MAIN = "kettle orchard violin seventeen"
TRAVEL = "olive lantern river seven"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def one_line(err: str) -> bool:
    return err.startswith("caseapp: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "case.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked
    cf = open_case_file(Location(path=path), passphrase=MAIN, create=True, actor="t")
    try:
        cf.captives.create(names=["Սամվել Մելքոնյան"], sensitivity="shareable",
                           summary="Held in Baku")
        cf.captives.create(names=["Ашот Internal"], sensitivity="internal")
    finally:
        cf.close()
    return path


def test_copy_merge_destroy_round(case: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    travel = tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    code, out, err = run("travel-copy", "--level", "shareable", "-o", str(travel),
                         "--db", str(case))
    assert code == 0, err
    assert re.search(r"\b1 captive\b(?!s)", out) and travel.exists()
    code, _, err = run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))
    assert code == 2 and one_line(err) and "exists already" in err

    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    cf = open_case_file(Location(path=travel), passphrase=TRAVEL, actor="t")
    try:
        (captive,) = cf.captives.list()
        cf.captives.update(captive.id, summary="Moved to Colony 2")
    finally:
        cf.close()
    code, _, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 2 and one_line(err) and "merge it first" in err and travel.exists()
    assert err.rstrip().endswith("(on the command line: caseapp travel-merge; --unmerged-ok)")
    code, out, err = run("travel-merge", str(travel), "--db", str(case))
    assert code == 0, err
    assert re.search(r"changed 1 captive\b(?!s)", out)
    cf = open_case_file(Location(path=case), passphrase=MAIN, actor="t")
    try:
        assert {c.summary for c in cf.captives.list()} == {"Moved to Colony 2", ""}
    finally:
        cf.close()
    code, out, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 0, err
    assert not travel.exists() and case.exists()


def test_wrong_passphrases_and_paths_are_one_line_and_exit_2(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "short")
    code, _, err = run("travel-copy", "--level", "public", "-o", str(tmp_path / "t.db"),
                       "--db", str(case))
    assert code == 2 and one_line(err) and not (tmp_path / "t.db").exists()
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    code, _, err = run("travel-copy", "--level", "public", "-o", str(tmp_path / "t.db"),
                       "--db", str(case))
    assert code == 0, err
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", "not the one")
    code, _, err = run("travel-merge", str(tmp_path / "t.db"), "--db", str(case))
    assert code == 2 and one_line(err)
    code, _, err = run("travel-merge", str(tmp_path / "nowhere.db"), "--db", str(case))
    assert code == 2 and one_line(err) and "no travel copy" in err
    code, _, err = run("travel-destroy", str(case), "--db", str(case))
    assert code == 2 and one_line(err) and case.exists()

    code, _, err = run("backup", "-o", str(tmp_path / "b.db"), "--db", str(case))
    assert code == 0, err
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", "not the one")
    code, _, err = run("exposure", "--since-backup", str(tmp_path / "b.db"),
                       "-o", str(tmp_path / "e.pdf"), "--db", str(case))
    assert code == 2 and one_line(err) and not (tmp_path / "e.pdf").exists()
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", MAIN)
    code, out, err = run("exposure", "--since-backup", str(tmp_path / "b.db"),
                         "-o", str(tmp_path / "e.pdf"), "--db", str(case))
    assert code == 0, err
    assert "2 captives" in out and (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF")


def test_a_damaged_travel_copy_can_be_destroyed_once_confirmed(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    travel = tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    data = bytearray(travel.read_bytes())
    data[4096:4096 * 3] = bytes(4096 * 2)  # pages the passphrase no longer opens
    travel.write_bytes(bytes(data))
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    code, _, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 2 and one_line(err) and "--damaged-ok" in err and travel.exists()
    code, out, err = run("travel-destroy", str(travel), "--damaged-ok", "--db", str(case))
    assert code == 0, err
    assert not travel.exists() and case.exists() and out.startswith(f"Destroyed {travel}")


def test_destroying_a_case_file_that_is_no_travel_copy_says_nothing_was_deleted(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.db"
    assert run("backup", "-o", str(other), "--db", str(case))[0] == 0
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", MAIN)
    code, _, err = run("travel-destroy", str(other), "--db", str(case))
    assert code == 2 and one_line(err)
    assert err == f"caseapp: {other} is a case file, but not a travel copy: nothing was deleted.\n"
    assert other.exists()


def _tamper_mark(path: Path, sql: str) -> None:
    """Change the travel copy's mark with SQL, as someone holding its passphrase could."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{TRAVEL}'")
        conn.execute(f"UPDATE file_events SET detail = {sql} WHERE kind = 'travel copy'")
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("sql", [
    "replace(detail, '\"level\":\"shareable\"', '\"level\":\"internal\"')",  # never a copy's
    "replace(detail, '\"level\":\"shareable\"', '\"level\":\"secret\"')",
    "substr(detail, 1, 40)",  # not JSON
    "'[1, 2]'",
    "replace(detail, '\"versions\":{', '\"versions\":{\"x\":5,')",
    "replace(detail, '\"made_at\":\"', '\"made_at\":\"x')",
], ids=["internal", "unknown-level", "cut", "list", "version", "date"])
def test_a_travel_copy_with_a_tampered_mark_is_refused_in_one_line_and_destroyed_once_confirmed(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    travel = tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    _tamper_mark(travel, sql)
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    before = case.read_bytes()
    code, out, err = run("travel-merge", str(travel), "--db", str(case))
    assert code == 2 and one_line(err) and out == ""
    assert "mark" in err and "changed outside CaseApp" in err and "unexpected" not in err
    assert case.read_bytes() == before  # nothing merged
    code, _, err = run("travel-destroy", str(travel), "--db", str(case))
    assert code == 2 and one_line(err) and "--damaged-ok" in err and travel.exists()
    code, out, err = run("travel-destroy", str(travel), "--damaged-ok", "--db", str(case))
    assert code == 0, err
    assert not travel.exists() and case.exists()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_export_of_a_travel_copy_says_it_is_no_whole_copy(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """`caseapp export` of a travel copy (as of a team member below internal) writes only what
    its level reads and said nothing about it: kept as a backup, it would lose the internal
    captive. The export says so, and the file names the level it was read at."""
    import json

    travel = tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    monkeypatch.setenv("CASEAPP_PASSPHRASE", TRAVEL)
    code, out, err = run("--lang", lang, "export", "-o", str(tmp_path / "t.json"),
                         "--db", str(travel))
    assert code == 0, err
    said = {"en": "It holds only what the shareable level reads",
            "ru": "на уровне «для передачи»"}[lang]
    assert said in err and out.count("\n") == 1  # on stderr, beside the output
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert data["read_at_level"] == "shareable"
    assert [c["sensitivity"] for c in data["tables"]["captives"]] == ["shareable"]

    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    code, out, err = run("export", "-o", str(tmp_path / "whole.json"), "--db", str(case))
    assert code == 0 and out.count("\n") == 1, err
    assert "read_at_level" not in json.loads((tmp_path / "whole.json").read_text(encoding="utf-8"))


def test_travel_merge_prints_the_earlier_day_kept_of_a_deadline_moved_on_both_sides(
        case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_case_file(Location(path=case), passphrase=MAIN, actor="t")
    try:
        captive = next(c for c in cf.captives.list() if c.sensitivity.value == "shareable")
        home = cf.deadlines.create(captive_id=captive.id, title="Reply to the ombudsman",
                                   due_on="2027-02-20", sensitivity="shareable").id
    finally:
        cf.close()
    travel = tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    for path, passphrase, day in ((travel, TRAVEL, "2027-02-14"), (case, MAIN, "2027-02-18")):
        cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t")
        try:
            (deadline,) = [d for d in cf.deadlines.list() if d.title == "Reply to the ombudsman"]
            cf.deadlines.update(deadline.id, due_on=day)
        finally:
            cf.close()
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    code, out, err = run("travel-merge", str(travel), "--db", str(case), "--lang", "en")
    assert code == 0, err
    assert "the earlier day, 14\u00a0Feb\u00a02027, is kept" in out
    assert "conflict" not in out
    cf = open_case_file(Location(path=case), passphrase=MAIN, actor="t")
    try:
        assert str(cf.deadlines.get(home).due_on) == "2027-02-14"
    finally:
        cf.close()
