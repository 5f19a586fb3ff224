"""``caseapp restore``: the backup of another case file is not restored over a case file
without ``--other-case-file``; a backup that records no identity is restored as before, with a
line saying it could not be checked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.cli_run import digest, one_line, run
from tests.cli.one_captive import one_captive_file


def _two_files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return (one_captive_file(tmp_path / "a", "Vardanyan Armen")[0],
            one_captive_file(tmp_path / "b", "Petrosyan Levon")[0])


def test_the_backup_of_another_case_file_is_refused_unless_asked(tmp_path: Path) -> None:
    ours, theirs = _two_files(tmp_path)
    backup = tmp_path / "ours.bak"
    assert run("backup", "--db", str(ours), "-o", str(backup))[0] == 0
    before = digest(theirs)
    code, out, err = run("restore", str(backup), "--to", str(theirs), "--force")
    assert code == 2 and out == "" and one_line(err), err
    assert "ours.bak" in err and "case.db" in err and "another case file" in err
    assert "--other-case-file" in err
    assert digest(theirs) == before
    code, out, err = run("restore", str(backup), "--to", str(theirs), "--force",
                         "--other-case-file")
    assert code == 0 and "Restored" in out
    assert "another case file" in err and "Traceback" not in err
    code, out, _ = run("captives", "list", "--db", str(theirs))
    assert "Vardanyan" in out and "Petrosyan" not in out


def test_its_own_backup_restores_without_a_word(tmp_path: Path) -> None:
    ours, _ = _two_files(tmp_path)
    backup = tmp_path / "ours.bak"
    assert run("backup", "--db", str(ours), "-o", str(backup))[0] == 0
    code, out, err = run("restore", str(backup), "--to", str(ours), "--force")
    assert (code, err) == (0, "") and "Restored" in out


def test_a_backup_from_an_earlier_version_is_restored_and_said_unchecked(tmp_path: Path) -> None:
    ours, theirs = _two_files(tmp_path)
    backup = tmp_path / "old.bak"
    assert run("backup", "--db", str(ours), "-o", str(backup))[0] == 0
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute("DROP TABLE case_file_identity")
        conn.execute("UPDATE alembic_version SET version_num = '0027'")
    conn.close()
    code, out, err = run("restore", str(backup), "--to", str(theirs), "--force")
    assert code == 0 and "Restored" in out
    assert err.count("\n") == 1 and "cannot be checked" in err and "old.bak" in err
