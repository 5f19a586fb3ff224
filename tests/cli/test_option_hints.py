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


def test_an_unknown_option_like_no_other_is_refused_naming_it_and_its_command() -> None:
    line = _refusal("captives", "list", "--bogus")
    assert "unknown option --bogus for “caseapp captives list”" in line
    assert "did you mean" not in line


def test_the_pointer_is_said_in_the_language_of_the_run() -> None:
    line = _refusal("--lang", "ru", "deadlines", "--calendar")
    assert "возможно, имелось в виду «--format ics»" in line


def test_an_option_in_the_wrong_place_is_not_pointed_to_itself() -> None:
    """`templates list --db FILE` said «unrecognized argument --db; did you mean “--db”»: a
    pointer to what was typed. The line now only names what was not recognised."""
    said = _refusal("templates", "list", "--db", "case.db")
    assert "--db" in said and "did you mean" not in said


@pytest.mark.parametrize(("argv", "command"), [
    (("deadlines", "--as-of", "2026-12-01"), "caseapp deadlines"),
    (("deadlines", "--level", "public", "--as-of=2026-12-01"), "caseapp deadlines"),
    (("deadlines", "daily-log", "--as-of", "2026-12-01"), "caseapp deadlines daily-log"),
    (("captives", "--bogus", "list"), "caseapp captives"),
    (("report", "--as-of", "2026-12-01", "-o", "r.pdf"), "caseapp report"),
    (("search", "--as-of", "Petrosyan"), "caseapp search"),
    (("--as-of", "2026-12-01", "deadlines"), "caseapp"),
])
def test_an_unknown_option_is_said_to_be_one_of_its_command(argv: tuple[str, ...],
                                                             command: str) -> None:
    """`caseapp deadlines --as-of 2026-12-01` said "argument ACTION: invalid choice:
    '2026-12-01'": the option's value taken for a subcommand, the option itself not named."""
    line = _refusal(*argv)
    option = next(a for a in argv if a.startswith("--as-of") or a == "--bogus")
    assert f"unknown option {option} for “{command}”" in line, line
    assert "invalid choice" not in line and "required" not in line, line


def test_a_value_beginning_with_a_dash_is_still_a_value() -> None:
    """Where a command takes text that may begin with a dash, it is not an option."""
    assert "unknown option" not in _refusal("captives", "show", "-5")  # "not a record ID"
    line = _refusal("report", "--tag=-x", "-o", "r.pdf", "--format", "docx")
    assert "unknown option" not in line and "--format" in line
    line = _refusal("report", "--tag", "-x", "-o", "r.pdf")  # as argparse always said
    assert "unknown option" not in line and "--tag: expected one argument" in line
