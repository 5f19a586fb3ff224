"""Where a lawyer expects a captive's name, the command line gives it, not the record's ID:
``deliveries list`` and ``search`` name each captive as ``deadlines`` (and the calendar) do,
in the script of ``--lang``; their ``--format json`` keeps its keys and adds the name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


@pytest.fixture
def file_with_aram(case_file: CaseFile) -> tuple[Path, int]:
    """One captive recorded in Armenian (primary), Cyrillic and Latin letters, with one
    delivery of the ECHR about him."""
    cid = case_file.captives.create(names=["Արամ Սարգսյան", "Арам Саргсян", "Aram Sargsyan"],
                                    capture="2023-09-20", status="on_trial").id
    case_file.deliveries.create(captive_id=cid, portal="ecomms", appeared_on="2026-11-20",
                                title="Letter of communication")
    path = case_file.db.path
    case_file.close()
    return path, cid


def test_deliveries_list_names_the_captive_in_the_script_of_the_language(
        file_with_aram: tuple[Path, int]) -> None:
    path, cid = file_with_aram
    for lang, name in (("ru", "Арам Саргсян"), ("hy", "Արամ Սարգսյան"), ("en", "Aram Sargsyan")):
        code, out, err = run("--lang", lang, "deliveries", "list", "--db", str(path))
        assert code == 0, err
        [row] = out.splitlines()[2:-1]
        assert name in row, (lang, row)
    code, out, err = run("--lang", "ru", "deliveries", "list", "--format", "json",
                         "--db", str(path))
    [record] = json.loads(out)
    assert record["captive_id"] == cid and record["captive_name"] == "Арам Саргсян"
    assert record["title"] == "Letter of communication"


def test_search_names_the_captives_it_found(file_with_aram: tuple[Path, int]) -> None:
    path, cid = file_with_aram
    code, out, err = run("--lang", "ru", "search", "Sargsyan", "--db", str(path))
    assert code == 0, err
    rows = out.splitlines()[2:]
    assert rows and all("Арам Саргсян" in row for row in rows), rows
    code, out, err = run("--lang", "hy", "search", "Саргсян", "--format", "json",
                         "--db", str(path))
    assert code == 0, err
    records = json.loads(out)
    assert records and all(r["captive_ids"] == [cid] and r["captive_names"] == ["Արամ Սարգսյան"]
                           for r in records)


@pytest.mark.parametrize("typed", ["00.02.1990", "00.00.1990", "1990-02-00"])
def test_a_day_written_00_is_refused_where_a_whole_day_is_needed(
        file_with_aram: tuple[Path, int], typed: str) -> None:
    """An option that takes a day is never given a month by "00.02.1990" (a day not known,
    as Soviet-era records write it): one line saying a whole day is needed, exit 2."""
    path, cid = file_with_aram
    code, _, err = run("deliveries", "add", "--captive", str(cid), "--appeared", typed,
                         "--title", "x", "--db", str(path))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert f"“{typed}” gives no day (00)" in err and "YYYY-MM-DD" in err


def test_deliveries_list_says_what_its_level_left_out(file_with_aram: tuple[Path, int]) -> None:
    # Aram gave no consent to publicity: the public list leaves his delivery out, and said
    # nothing of it (the calendar and the dossier say what their level leaves out).
    path, _cid = file_with_aram
    code, out, err = run("deliveries", "list", "--level", "public", "--db", str(path))
    assert code == 0, err
    assert out.splitlines()[-1] == "0 deliveries"
    assert err == ("The list at the public level leaves out 1 delivery: its own level or its "
                   "captive's is above it, or, at the public level, its captive has not "
                   "consented to publicity.\n")
    code, out, err = run("deliveries", "list", "--level", "internal", "--db", str(path))
    assert (code, err) == (0, "") and out.splitlines()[-1] == "1 delivery"
