"""An unknown option that names a format, or nearly names one of the command's options,
is refused with what was meant (exit 2), in the run's language."""

from __future__ import annotations

import io

import pytest

from caseapp.cli.entry import main


def _refusal(*argv: str) -> str:
    err = io.StringIO()
    assert main(["--db", "x.db", *argv], out=io.StringIO(), err=err) == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize("typed", ["--calendar", "--ics", "--ical", "--calender"])
def test_a_calendar_asked_for_by_name_points_to_format_ics(typed: str) -> None:
    line = _refusal("deadlines", typed)
    assert typed in line and "“--format ics”" in line and "caseapp deadlines --help" in line


def test_a_format_given_as_an_option_points_to_format() -> None:
    assert "“--format json”" in _refusal("deadlines", "--json")
    assert "“--format xlsx”" in _refusal("report", "--excel", "-o", "r.xlsx")


def test_a_near_miss_of_an_option_names_the_option() -> None:
    line = _refusal("deadlines", "--levl=public")
    assert "--levl=public" in line and "“--level”" in line


def test_an_unknown_option_like_no_other_is_refused_as_before() -> None:
    line = _refusal("captives", "list", "--bogus")
    assert "unrecognized arguments: --bogus" in line and "did you mean" not in line


def test_the_pointer_is_said_in_the_language_of_the_run() -> None:
    line = _refusal("--lang", "ru", "deadlines", "--calendar")
    assert "возможно, имелось в виду «--format ics»" in line


def test_an_option_in_the_wrong_place_is_not_pointed_to_itself() -> None:
    """`templates list --db FILE` said «unrecognized argument --db; did you mean “--db”»: a
    pointer to what was typed. The line now only names what was not recognised."""
    said = _refusal("templates", "list", "--db", "case.db")
    assert "--db" in said and "did you mean" not in said
