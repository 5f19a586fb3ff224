"""A captive added both in the travel copy and at home (the lawyer met his mother in Baku, the
office read of him in the news) came back from the merge as a second record of the same
person without a word, while an import of the same records names each look-alike and how to
merge them. The merge now says so too, on the command line and in the window's report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file

MAIN = "kettle orchard violin seventeen"
TRAVEL = "olive lantern river seven"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_captive_added_on_both_sides_is_named_as_a_look_alike(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, travel = tmp_path / "case.db", tmp_path / "travel.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", TRAVEL)
    monkeypatch.setenv("CASEAPP_TRAVEL_PASSPHRASE", TRAVEL)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    cf = open_case_file(Location(path=case), passphrase=MAIN, create=True, actor="t")
    try:
        cf.captives.create(names=["Samvel Melkonyan"], sensitivity="shareable")
    finally:
        cf.close()
    assert run("travel-copy", "--level", "shareable", "-o", str(travel), "--db", str(case))[0] == 0
    for path, passphrase in ((case, MAIN), (travel, TRAVEL)):
        cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t")
        try:
            cf.captives.create(names=["Gevorg Sargsyan"], capture="2023-09-19",
                               sensitivity="shareable")
        finally:
            cf.close()
    code, out, err = run("travel-merge", str(travel), "--db", str(case), "--lang", "en")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if "Gevorg Sargsyan" in x]
    assert line.startswith("1 captive added from the travel copy looks like a captive already "
                           "in the case file")
    assert line.count("Gevorg Sargsyan") == 2 and "ID 3" in line and "ID 2" in line
    assert line.endswith("merge one person recorded twice with “caseapp merge 2 3”.")
