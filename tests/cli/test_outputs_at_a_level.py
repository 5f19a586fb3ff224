"""`captives show`, `captives list`, `search` and `export` at a level (`--level`), as the
lawyer runs them on the demo case file; what each leaves out at every level is checked
with the markers of tests/reports/test_level_markers.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import digest, one_line, run


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    code, _, err = run("--db", str(path), "demo")
    assert code == 0, err
    return path


def test_a_public_export_says_it_is_no_backup_and_its_import_says_what_it_held(
        demo: Path, tmp_path: Path, case_file: CaseFile) -> None:
    target = tmp_path / "public.json"
    code, out, err = run("--db", str(demo), "export", "-o", str(target), "--level", "public")
    assert code == 0 and out.count("\n") == 1, err
    assert "not a whole copy of the case file" in err and "public level" in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["read_at_level"] == "public"
    assert all(c["consent_publicity"] for c in data["tables"]["captives"])
    assert data["tables"]["audit_entries"] == [] and data["tables"]["tags"] == []

    empty = case_file.db.path
    case_file.close()
    code, out, err = run("--db", str(empty), "import", str(target))
    assert code == 0, err
    assert ("The export was made at the public level: it held only what that level shows, "
            "not the whole case file.") in out


def test_without_a_level_the_export_is_whole_and_says_nothing_more(demo: Path,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "whole.json"
    code, out, err = run("--db", str(demo), "export", "-o", str(target))
    assert (code, err) == (0, "") and out.count("\n") == 1
    assert "read_at_level" not in json.loads(target.read_text(encoding="utf-8"))


def test_an_export_naming_no_level_is_refused_before_anything_is_added(
        demo: Path, tmp_path: Path, case_file: CaseFile) -> None:
    target = tmp_path / "public.json"
    assert run("--db", str(demo), "export", "-o", str(target), "--level", "public")[0] == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    data["read_at_level"] = "secret"
    target.write_text(json.dumps(data), encoding="utf-8")
    empty = case_file.db.path
    case_file.close()
    before = digest(empty)
    code, out, err = run("--db", str(empty), "import", str(target))
    assert (code, out) == (2, "") and one_line(err), err
    assert "“read_at_level” is “secret”" in err
    assert digest(empty) == before


def test_a_captives_file_at_a_level_is_the_dossiers(demo: Path) -> None:
    """Vardan Ghazaryan (demo captive 3) at the public level: his name and status, none of
    his detention orders, hearings or places (shareable), and what was left out on stderr."""
    code, whole, _ = run("--db", str(demo), "captives", "show", "3")
    assert code == 0 and "Detention orders:" in whole and "Held at:" in whole
    code, out, err = run("--db", str(demo), "captives", "show", "3", "--level", "public")
    assert code == 0, err
    assert "Vardan Ghazaryan" in out and "Status: On trial" in out
    assert "Detention orders:" not in out and "Held at:" not in out and "Born:" not in out
    assert err.startswith("The captive's file at the public level leaves out ")
    assert "Nothing to report" not in err  # the dossier's sections: not the file's


def test_a_captive_the_level_cannot_show_is_refused_in_one_line(demo: Path) -> None:
    code, out, err = run("--db", str(demo), "captives", "show", "22", "--level", "public")
    assert (code, out) == (2, "") and one_line(err)
    assert "cannot be printed at the public level" in err


def test_the_captives_list_at_the_public_level_leaves_out_who_did_not_consent(
        demo: Path) -> None:
    code, out, _ = run("--db", str(demo), "captives", "list", "--format", "json")
    everyone = {c["id"] for c in json.loads(out)}
    code, out, err = run("--db", str(demo), "captives", "list", "--level", "public",
                         "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["level"] == "public" and 0 < len(shown["captives"]) < len(everyone)
    assert "without consent to publicity" in err
    code, out, _ = run("--db", str(demo), "captives", "list", "--level", "public")
    assert out.endswith(f"{len(shown['captives'])} captives at the public level\n")


def test_search_at_a_level_leaves_out_records_above_it(demo: Path) -> None:
    """The family's own contact (internal) is found by the whole file's search only."""
    code, out, _ = run("--db", str(demo), "search", "Tadevosyan", "--format", "json")
    kinds = {r["entity"] for r in json.loads(out)}
    assert code == 0 and "contacts" in kinds
    code, out, err = run("--db", str(demo), "search", "Tadevosyan", "--level", "shareable",
                         "--format", "json")
    assert code == 0, err
    found = json.loads(out)
    assert found and "contacts" not in {r["entity"] for r in found}
    code, out, _ = run("--db", str(demo), "search", "-Tadevosyan", "--level", "public")
    assert (code, out) == (0, "No record at the public level matches “-Tadevosyan”.\n")
    # (no consent to publicity: nothing found)


def test_the_captives_list_at_a_level_with_a_search_counts_what_it_left_out_of_the_matches(
        demo: Path) -> None:
    """`captives list --level public --search Q` says how many of the captives Q finds the
    level left out, not how many of the whole file: the lawyer compares it with the list
    the same search gives without a level."""
    code, out, _ = run("--db", str(demo), "captives", "list", "--search", "Tadevosyan",
                       "--format", "json")
    matched = {c["latin_name"] for c in json.loads(out)}
    assert code == 0 and 0 < len(matched) < 5
    code, out, err = run("--db", str(demo), "captives", "list", "--level", "public",
                         "--search", "Tadevosyan", "--format", "json")
    assert code == 0, err
    shown = {c["latin_name"] for c in json.loads(out)["captives"]}
    assert f"leaves out {len(matched - shown)} item" in err
    assert all(name in err for name in matched - shown)
    assert "Hambardzumyan" not in err and "Harutyunyan" not in err
