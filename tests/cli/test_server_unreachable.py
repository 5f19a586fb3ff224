"""A team server's backup and restore when the server does not answer: one line naming the
server (never its password) and why, exit code 2, nothing written; it was "an unexpected
error stopped the command" with the driver's English."""

from __future__ import annotations

import io
from pathlib import Path

from caseapp.cli import main

NOBODY = "postgresql://anna:s3cret-pw@127.0.0.1:1/cases"  # port 1: nothing listens there
SAID = ("Cannot connect to the team server postgresql://anna:***@127.0.0.1:1/cases: nothing "
        "answers at that address and port; check them, and that the server is running.")


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, err.getvalue()


def test_a_backup_of_a_server_that_does_not_answer(tmp_path: Path) -> None:
    target = tmp_path / "team.dump"
    code, err = _run("--db", NOBODY, "backup", "-o", str(target))
    assert (code, err.strip()) == (2, f"caseapp: {SAID}")
    assert "s3cret" not in err and list(tmp_path.iterdir()) == []


def test_a_restore_to_a_server_that_does_not_answer(tmp_path: Path) -> None:
    dump = tmp_path / "team.dump"
    dump.write_bytes(b"PGDMP")
    code, err = _run("restore", str(dump), "--to", NOBODY)
    assert (code, err.strip()) == (2, f"caseapp: {SAID}")
    assert "s3cret" not in err and [p.name for p in tmp_path.iterdir()] == ["team.dump"]
