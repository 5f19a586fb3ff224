"""``caseapp hearings``: the sittings ahead (today's included, by the court's day), as a table
or JSON, at a level that leaves out each hearing above it and each captive it may not name,
saying so on stderr; bad input is one line and exit code 2."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "case.db"
    today = date.today()
    cf = open_case_file(Location(path=path), create=True, actor="tester")
    try:
        capture = str(today - timedelta(days=90))
        consented = cf.captives.create(names=["Վարդանյան Արմեն"], capture=capture,
                                       status="pre_trial", sensitivity="public",
                                       consent_publicity=True).id
        private = cf.captives.create(names=["Петросян Сергей"], capture=capture,
                                     status="pre_trial", sensitivity="shareable").id

        def hearing(days: int, hour: str, level: str, notes: str, ids: list[int],
                    **fields: object) -> None:
            cf.hearings.create(captive_ids=ids, starts_at=f"{today + timedelta(days=days)} {hour}",
                               timezone="Asia/Baku", kind="trial_session", court="Baku Military Court",
                               sensitivity=level, notes=notes, **fields)
        hearing(5, "10:00", "public", "MARK-PUBLIC", [consented, private])
        hearing(3, "09:30", "internal", "MARK-INTERNAL", [consented])
        hearing(12, "11:00", "shareable", "MARK-SHAREABLE", [private], state="cancelled")
        hearing(-3, "10:00", "public", "MARK-PAST", [consented])
        hearing(40, "10:00", "public", "MARK-LATER", [consented])
    finally:
        cf.close()
    return path


def test_the_table_lists_the_sittings_ahead_in_order_in_the_courts_time(db: Path) -> None:
    code, out, err = run("--db", str(db), "hearings")
    assert (code, err) == (0, "")
    rows = [line for line in out.splitlines() if "Baku Military Court" in line]
    assert [("09:30" in r, "10:00" in r, "11:00" in r) for r in rows] == [
        (True, False, False), (False, True, False), (False, False, True)]
    assert "Cancelled" in rows[2] and "Sergey Petrosyan" in rows[2]
    assert "Armen Vardanyan" in rows[1] and "Sergey Petrosyan" in rows[1]
    assert all("Baku" in r.replace("Baku Military Court", "") for r in rows)
    assert "3 hearings within 30 days" in out
    code, out, _ = run("--db", str(db), "hearings", "--within", "60")
    assert "4 hearings within 60 days" in out and "MARK" not in out


def test_json_gives_the_courts_hour_with_its_offset_and_every_defendant(db: Path) -> None:
    code, out, err = run("--db", str(db), "hearings", "--format", "json")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [h["notes"] for h in found] == ["MARK-INTERNAL", "MARK-PUBLIC", "MARK-SHAREABLE"]
    shared = found[1]
    assert shared["starts_at"].endswith("T10:00:00+04:00")
    assert shared["starts_at_utc"].endswith("T06:00:00+00:00")
    assert [c["name"] for c in shared["captives"]] == ["Armen Vardanyan", "Sergey Petrosyan"]
    assert (found[2]["state"], found[2]["state_label"]) == ("cancelled", "Cancelled")


@pytest.mark.parametrize(("level", "shown", "hidden", "said"), [
    ("public", {"MARK-PUBLIC"}, {"MARK-INTERNAL", "MARK-SHAREABLE", "Sergey Petrosyan"},
     ["Hearings: 2", "Captives not named at a hearing: 1"]),
    ("shareable", {"MARK-PUBLIC", "MARK-SHAREABLE", "Sergey Petrosyan"}, {"MARK-INTERNAL"},
     ["Hearings: 1"]),
])
def test_a_level_leaves_out_what_is_above_it_and_says_so(db: Path, level: str, shown: set[str],
                                                         hidden: set[str], said: list[str]) -> None:
    for fmt in ("table", "json"):
        code, out, err = run("--db", str(db), "hearings", "--within", "60", "--format", fmt,
                             "--level", level)
        assert code == 0, err
        if fmt == "json":
            assert shown <= {h["notes"] for h in json.loads(out)} | {
                c["name"] for h in json.loads(out) for c in h["captives"]}
        for marker in hidden:
            assert marker not in out, (level, fmt, marker)
        assert [line.split(" (")[0].strip() for line in err.splitlines()[1:]] == said
        assert f"at the {level} level leaves out" in err.splitlines()[0]


@pytest.mark.parametrize("argv", [("--within", "-1"), ("--within", "soon"),
                                  ("--level", "secret"), ("--format", "ics")])
def test_bad_input_is_one_line_and_exit_code_2(db: Path, argv: tuple[str, ...]) -> None:
    code, out, err = run("--db", str(db), "hearings", *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_detention_hearing_a_release_made_moot_is_not_listed(tmp_path: Path) -> None:
    """Not a sitting ahead (the calendar file cancels it); the trial session stays listed."""
    path, today = tmp_path / "freed.db", date.today()
    cf = open_case_file(Location(path=path), create=True, actor="tester")
    try:
        cid = cf.captives.create(names=["Vardanyan Armen"], capture=str(today - timedelta(days=90)),
                                 status="pre_trial").id
        for kind, hour in (("detention_extension", "11:00"), ("trial_session", "15:00")):
            cf.hearings.create(captive_ids=[cid], starts_at=f"{today + timedelta(days=4)} {hour}",
                               timezone="Asia/Baku", kind=kind)
        cf.captives.update(cid, status="released", status_since=str(today - timedelta(days=1)))
    finally:
        cf.close()
    code, out, err = run("--db", str(path), "hearings", "--format", "json")
    assert (code, err) == (0, "")
    assert [h["kind"] for h in json.loads(out)] == ["trial_session"]
