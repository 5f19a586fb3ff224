"""A case file named by an environment variable the user may have forgotten (CASEAPP_DB in a
shell profile) that cannot be opened: the one line names the variable, so that she knows
where the path came from; given with --db, the line is as before. Exit code 2, nothing made."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_run import one_line, run


def test_a_missing_or_foreign_file_named_by_caseapp_db_names_the_variable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "moved" / "case.db"
    monkeypatch.setenv("CASEAPP_DB", str(missing))
    code, _, err = run("--lang", "en", "captives", "list")
    assert code == 2 and one_line(err)
    assert str(missing) in err
    assert err.rstrip().endswith("(The environment variable CASEAPP_DB names that case file.)")
    assert not missing.parent.exists()
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a case file", encoding="utf-8")
    monkeypatch.setenv("CASEAPP_DB", str(foreign))
    code, _, err = run("--lang", "ru", "captives", "list")
    assert code == 2 and one_line(err) and "CASEAPP_DB" in err
    code, _, err = run("--lang", "en", "--db", str(foreign), "captives", "list")
    assert code == 2 and one_line(err) and "CASEAPP_DB" not in err


def test_a_server_named_by_caseapp_database_url_names_the_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEAPP_DB", raising=False)
    monkeypatch.setenv("CASEAPP_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/x")
    code, _, err = run("--lang", "en", "captives", "list")
    assert code == 2 and one_line(err)
    assert "(The environment variable CASEAPP_DATABASE_URL names that server.)" in err
