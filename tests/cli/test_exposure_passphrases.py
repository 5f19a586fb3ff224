"""``caseapp exposure --since-backup``: the backup is checked against the encrypted case file
named by ``--db`` (that it is one of its backups). Before, without CASEAPP_PASSPHRASE the
case file went unread and the report was written with a line saying it "cannot be checked"
that the backup belongs to it. Now the case file is read with the backup's passphrase when
it opens it (as ``caseapp restore`` reads the file it replaces), else with its own: asked on
a terminal, as every command asks it, or, with no terminal, one line saying what to set,
exit code 2, no report."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from tests.cli.cli_run import one_line, run

MAIN = "granite lantern orchard seven"
OTHER = "copper kettle meadow nine"


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An encrypted case file and its backup (same passphrase), then no passphrase set."""
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    case, backup = tmp_path / "case.db", tmp_path / "b.db"
    assert run("init", "--db", str(case))[0] == 0
    assert run("backup", "-o", str(backup), "--db", str(case))[0] == 0
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    monkeypatch.delenv("CASEAPP_BACKUP_PASSPHRASE", raising=False)
    monkeypatch.setattr("caseapp.cli.common.on_terminal", lambda: False)
    monkeypatch.setattr("caseapp.cli.passphrases.on_terminal", lambda: False)
    return case, backup


def _exposure(case: Path, backup: Path) -> tuple[int, str, str]:
    return run("exposure", "--since-backup", str(backup), "-o", str(case.parent / "e.pdf"),
               "--db", str(case))


def test_no_passphrase_and_no_terminal_says_what_to_set(made: tuple[Path, Path]) -> None:
    case, backup = made
    code, out, err = _exposure(case, backup)
    assert (code, out) == (2, "") and one_line(err), err
    assert "set CASEAPP_BACKUP_PASSPHRASE or run in a terminal" in err
    assert not (case.parent / "e.pdf").exists()


def test_the_backups_passphrase_reads_the_case_file_it_checks_against(
        made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    case, backup = made
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", MAIN)
    code, out, err = _exposure(case, backup)
    assert code == 0 and out.startswith("Exposure report written to "), err
    assert "cannot be checked" not in err and err == "", err


def test_a_case_file_of_another_passphrase_needs_its_own(
        made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    case, backup = made
    monkeypatch.setenv("CASEAPP_PASSPHRASE", MAIN)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", OTHER)
    code, _, err = run("passphrase", "--db", str(case))
    assert code == 0, err
    monkeypatch.delenv("CASEAPP_PASSPHRASE")
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", MAIN)
    code, out, err = _exposure(case, backup)
    assert (code, out) == (2, "") and one_line(err), err
    assert f"{case} is encrypted: set CASEAPP_PASSPHRASE or run in a terminal" in err, err
    assert not (case.parent / "e.pdf").exists()
    # On a terminal it is asked for, once, and the backup is checked against it.
    monkeypatch.setattr("caseapp.cli.passphrases.on_terminal", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or OTHER)
    code, out, err = _exposure(case, backup)
    assert code == 0 and out.startswith("Exposure report written to "), err
    assert asked == ["Passphrase of the case file case.db: "], asked
    assert "cannot be checked" not in err


def test_a_wrong_passphrase_of_the_backup_is_said_of_the_backup(
        made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The case file's own passphrase is not asked for while the backup's is wrong: the line
    names the backup."""
    case, backup = made
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", OTHER)
    code, out, err = _exposure(case, backup)
    assert (code, out) == (2, "") and one_line(err), err
    assert f"Cannot open {backup}: the passphrase is wrong" in err, err
    assert "CASEAPP_PASSPHRASE" not in err


@pytest.mark.parametrize("variable", ["CASEAPP_BACKUP_PASSPHRASE", "CASEAPP_PASSPHRASE"])
def test_a_variable_set_but_empty_is_said_empty_not_unset(
        made: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    """``CASEAPP_BACKUP_PASSPHRASE=`` (or a script's variable that expanded to nothing) was
    answered "set CASEAPP_BACKUP_PASSPHRASE", which the person had done."""
    case, backup = made
    monkeypatch.setenv(variable, "")
    if variable == "CASEAPP_PASSPHRASE":
        monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", MAIN)
        code, _out, err = run("check", "--db", str(case))
    else:
        code, _out, err = _exposure(case, backup)
    assert code == 2 and one_line(err), err
    assert f"{variable} is set but empty: put the passphrase in it" in err
