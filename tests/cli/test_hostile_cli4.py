"""Hostile input to the commands that name captives, read a day written 00, and refuse a
missing folder: bidi controls, NUL bytes, 10,000 characters, /dev/full. One line each, exit
2 where it is refused, never a traceback; nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import one_line, run

LONG = "Ա" * 10_000


@pytest.fixture
def db(case_file: CaseFile) -> Path:
    cid = case_file.captives.create(names=[LONG[:300], "Aram\u202eSargsyan"]).id
    case_file.deliveries.create(captive_id=cid, portal="ecomms", appeared_on="2026-11-20",
                                title="Letter\u202e of communication")
    path = case_file.db.path
    case_file.close()
    return path


def test_refused_in_one_line(db: Path, tmp_path: Path) -> None:
    before = sorted(tmp_path.rglob("*"))
    for argv in (["deliveries", "add", "--appeared", "00.02.1990\x00", "--title", "x"],
                 ["deliveries", "add", "--appeared", "00.02.1990\u202e", "--title", "x"],
                 ["deliveries", "add", "--appeared", LONG, "--title", "x"],
                 ["export", "-o", "/dev/full"],
                 ["export", "-o", str(tmp_path / "a\u202eb" / "x.json")],
                 ["export", "-o", str(tmp_path / ("d" * 10_000) / "x.json")],
                 ["export", "-o", str(tmp_path / "a\x00b" / "x.json")],
                 ["dossier", "1", "--level", "internal", "-o", "/dev/full"],
                 ["export-sheet", "--level", "internal", "-o", str(tmp_path / "no" / "x.csv")]):
        code, out, err = run("--lang", "hy", *argv, "--db", str(db))
        assert code == 2 and one_line(err) and out == "", (argv[:3], err[:300])
    assert sorted(tmp_path.rglob("*")) == before  # no folder made, nothing written


def test_names_of_any_length_and_script_are_listed(db: Path) -> None:
    for argv in (["deliveries", "list"], ["search", "Sargsyan"], ["search", "\u202e"],
                 ["search", "a\x00b"], ["search", LONG], ["captives", "show", "1"]):
        code, _, err = run("--lang", "ru", *argv, "--db", str(db))
        assert "Traceback" not in err, argv[:2]
        assert code == 0 or (code == 2 and one_line(err)), (argv[:2], err[:300])
