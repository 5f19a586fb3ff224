"""The seizure exposure report from a backup says which case file the backup is of: from the
backup of another case file it is refused, naming both, unless the user says to go ahead;
from a backup an earlier version made it is written as before, with a line saying it could not
be checked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.identity import OtherCaseFile
from tests.cli.cli_run import one_line, run
from tests.conftest import TODAY


def _other_backup(tmp_path: Path) -> Path:
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        other.captives.create(names=["Petrosyan Levon"], status="held")
        return other.backups.backup_to(tmp_path / "seized.bak").path
    finally:
        other.close()


def test_a_report_from_the_backup_of_another_case_file_is_refused_unless_asked(
        case_file: CaseFile, tmp_path: Path) -> None:
    backup = _other_backup(tmp_path)
    target = tmp_path / "exposure.pdf"
    with pytest.raises(OtherCaseFile) as refused:
        outputs.exposure(case_file, backup=backup, target=target)
    assert "seized.bak" in str(refused.value) and "case.db" in str(refused.value)
    assert not target.exists()
    made = outputs.exposure(case_file, backup=backup, target=target, other_case_file=True)
    assert target.exists() and [c.name for c in made.record.captives] == ["Petrosyan Levon"]
    assert len(made.record.notes) == 1


def test_a_report_from_its_own_backup_says_nothing_more(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    case_file.captives.create(names=["Vardanyan Armen"], status="held")
    backup = case_file.backups.backup_to(tmp_path / "own.bak").path
    made = outputs.exposure(case_file, backup=backup, target=tmp_path / "e.pdf")
    assert made.record.notes == ()


def test_a_report_from_an_earlier_versions_backup_is_written_and_said_unchecked(
        case_file: CaseFile, tmp_path: Path) -> None:
    backup = _other_backup(tmp_path)
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute("DROP TABLE case_file_identity")
        conn.execute("UPDATE alembic_version SET version_num = '0027'")
    conn.close()
    made = outputs.exposure(case_file, backup=backup, target=tmp_path / "e.pdf")
    assert len(made.record.notes) == 1 and "cannot be checked" in str(made.record.notes[0])


def test_the_command_refuses_the_backup_of_another_case_file_than_db(tmp_path: Path) -> None:
    backup = _other_backup(tmp_path)
    ours = tmp_path / "case.db"
    open_case_file(Location(path=ours), create=True, actor="t").close()
    target = tmp_path / "exposure.pdf"
    code, out, err = run("exposure", "--since-backup", str(backup), "-o", str(target),
                         "--db", str(ours))
    assert code == 2 and out == "" and one_line(err) and "--other-case-file" in err
    assert "seized.bak" in err and str(ours) in err and not target.exists()
    code, out, err = run("exposure", "--since-backup", str(backup), "-o", str(target),
                         "--db", str(ours), "--other-case-file")
    assert code == 0 and target.exists() and "another case file" in err
