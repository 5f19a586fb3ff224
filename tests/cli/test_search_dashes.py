"""`caseapp search` with a query that begins with a dash (a name pasted with a hyphen before
it) or that holds no word at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_run import one_line, run
from tests.cli.one_captive import one_captive_file


@pytest.mark.parametrize("query", ["-Petrosyan", "-petrosyan", "-Petrosyan Ani", "‐Petrosyan"])
def test_a_query_pasted_with_a_dash_before_it_is_searched_for(tmp_path: Path,
                                                              query: str) -> None:
    db, _cid = one_captive_file(tmp_path, "Petrosyan Ani")
    code, out, err = run("--db", str(db), "search", query)
    assert (code, err) == (0, "")
    assert "Petrosyan Ani" in out
    # after the query, the command's options are still read as options
    code, out, err = run("search", query, "--db", str(db), "--format", "json")
    assert (code, err) == (0, "") and '"Petrosyan Ani"' in out


def test_a_query_after_a_double_dash_is_searched_for_as_before(tmp_path: Path) -> None:
    db, _cid = one_captive_file(tmp_path, "Petrosyan Ani")
    code, out, _err = run("--db", str(db), "search", "--", "-Petrosyan")
    assert code == 0 and "Petrosyan Ani" in out


@pytest.mark.parametrize("query", ["-", "--", "", "  ", "—", "?!"])
def test_a_query_with_no_word_is_one_line_not_an_empty_list(tmp_path: Path,
                                                            query: str) -> None:
    """An empty table would read as "no such person in the file"."""
    db, _cid = one_captive_file(tmp_path, "Petrosyan Ani")
    code, out, err = run("--db", str(db), "search", "--", query) if query == "--" else \
        run("--db", str(db), "search", query)
    assert code == 2 and out == "" and one_line(err), err
    assert "search" in err


def test_a_mistyped_long_option_is_still_named_as_one(tmp_path: Path) -> None:
    db, _cid = one_captive_file(tmp_path, "Petrosyan Ani")
    code, _out, err = run("--db", str(db), "search", "Petrosyan", "--formt", "json")
    assert code == 2 and one_line(err) and "--format" in err
