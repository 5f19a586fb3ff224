"""``caseapp restore`` given the other kind of backup: a team server's (a pg_dump archive) to
restore into a case file on this computer, or a case file's backup into a team server's
database. Before, the first was said to be "a damaged one that was cut off" — false, and a
lawyer restoring after a loss would give up on a sound backup — and the second created the
database, ran pg_restore and quoted its English, exit code 1 (a failure of CaseApp's own).
Now one line says which kind of backup it is, exit code 2, and nothing is made."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_run import one_line, run

# what pg_dump's custom format begins with; the rest is no matter here
TEAM_DUMP = b"PGDMP\x01\x0f\x00\x04\x08\x01\x01\x01" + bytes(range(256)) * 8


def test_a_team_servers_backup_is_not_called_damaged(tmp_path: Path) -> None:
    dump = tmp_path / "team.dump"
    dump.write_bytes(TEAM_DUMP)
    code, out, err = run("restore", str(dump), "--to", str(tmp_path / "restored.db"))
    assert code == 2 and one_line(err) and not out, err
    assert "team server's backup" in err and "cut off" not in err and "damaged" not in err, err
    assert not (tmp_path / "restored.db").exists()


@pytest.mark.parametrize("passphrase", [None, "granite lantern orchard seven"],
                         ids=["plain", "encrypted"])
def test_a_case_files_backup_is_not_sent_to_a_team_server(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str | None) -> None:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    case = tmp_path / "case.db"
    if passphrase:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", passphrase)
        assert run("init", "--db", str(case))[0] == 0
    else:
        assert run("init", "--no-encrypt", "--db", str(case))[0] == 0
    made = tmp_path / "made.db"
    assert run("backup", "--db", str(case), "-o", str(made))[0] == 0
    # (no server listens there: the file is refused before anything is asked of one)
    code, out, err = run("restore", str(made), "--to",
                         "postgresql+psycopg://nobody@127.0.0.1:9/casefile")
    assert code == 2 and one_line(err) and not out, err
    assert "not a team server's backup" in err, err
