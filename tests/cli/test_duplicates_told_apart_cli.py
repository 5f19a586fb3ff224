"""`caseapp duplicates` names each captive of a pair by what tells the two apart (a place of
capture, a date of birth), each beside its id, which `caseapp merge` takes."""

from __future__ import annotations

import json

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


def test_duplicates_names_each_captive_by_what_tells_them_apart(case_file: CaseFile) -> None:
    cf = case_file
    shushi = cf.captives.create(names=["Aram Petrosyan"], capture="2020-11-10",
                                capture_place="Shushi").id
    hadrut = cf.captives.create(names=["Арам Петросян"], capture="2020-11-10",
                                capture_place="Hadrut").id
    path = cf.db.path
    cf.close()
    code, out, err = run("duplicates", "--db", str(path))
    assert (code, err) == (0, "")
    row = out.splitlines()[-1]
    assert "Aram Petrosyan (captured in Shushi)" in row
    # each as the lists name it in the reader's language: in English, by the Latin name
    assert "Aram Petrosyan (captured in Hadrut)" in row
    assert row.split().count(str(shushi)) == 1 and str(hadrut) in row.split()
    code, out, err = run("duplicates", "--format", "json", "--db", str(path))
    (pair,) = json.loads(out)
    assert (pair["first_id"], pair["first_apart"]) == (shushi, ["captured in Shushi"])
    assert pair["second_apart"] == ["captured in Hadrut"]
    # the name recorded, and the name shown
    assert (pair["second_name"], pair["second_shown"]) == ("Арам Петросян", "Aram Petrosyan")
    code, out, err = run("--lang", "ru", "duplicates", "--format", "json", "--db", str(path))
    assert json.loads(out)[0]["second_shown"] == "Арам Петросян"
    # the score as the reader's language writes a fraction, as the import's preview does
    code, out, err = run("--lang", "ru", "duplicates", "--db", str(path))
    assert out.splitlines()[-1].split()[0] == "1,00" and "Арам Петросян" in out
