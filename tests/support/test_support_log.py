"""The support log is written where the platform keeps logs, says what ran and how it
ended, and never holds case data: a marker put in a captive's name, a file path, a
placeholder value and an error message is found in no file of the log folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp import supportlog
from caseapp.cli import main

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Qv8rTz3LmXw"  # in no word, no code and no library


def caseapp(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The program as a user starts it (its own process: ``main()`` without arguments)."""
    return subprocess.run([sys.executable, "-m", "caseapp", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_the_log_says_what_ran_and_how_it_ended_and_nothing_of_the_case(tmp_path: Path) -> None:
    state = tmp_path / "state"
    client = tmp_path / f"Client {MARKER}"  # a folder named after a client
    client.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}
    env.update(XDG_STATE_HOME=str(state))
    db = str(client / "case.db")

    assert main(["init", "--no-encrypt", "--db", db], out=io.StringIO()) == 0  # from code: not logged
    (client / "in.json").write_text(json.dumps({
        "format": "caseapp-export", "format_version": 1,
        "tables": {"captives": [{"uid": "7d0a8f7e-3c1b-4d2e-8f90-1a2b3c4d5e6f", "status": "held",
                                 "sensitivity": "internal", "summary": f"{MARKER} summary"}],
                   "captive_names": [{"captive_uid": "7d0a8f7e-3c1b-4d2e-8f90-1a2b3c4d5e6f",
                                      "full_name": f"Արամ {MARKER}", "script": "Armn", "language": "hy",
                                      "kind": "native", "is_primary": True,
                                      "uid": "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b"}]}}), encoding="utf-8")
    assert caseapp("import", str(client / "in.json"), "--db", db, env=env, cwd=tmp_path).returncode == 0
    shown = io.StringIO()
    assert main(["captives", "show", "1", "--db", db], out=shown) == 0
    assert MARKER in shown.getvalue()  # the record is really there, under the marker
    refused = caseapp("letter", f"no_such_{MARKER}", "1", "--set", f"lawyer_block={MARKER}", "-o",
                      str(client / "x.docx"), "--db", db, env=env, cwd=tmp_path)
    assert refused.returncode == 2 and MARKER in refused.stderr  # the user is told; the log is not

    logs = sorted(p for p in state.rglob("*") if p.is_file())
    assert [p.name for p in logs] == ["caseapp.log"]
    assert logs[0].parent == state / "CaseApp" / "log"  # platformdirs' log folder on Linux
    text = logs[0].read_text(encoding="utf-8")
    assert MARKER not in text and MARKER.lower() not in text
    lines = text.splitlines()
    assert [line.split(" ", 3)[3] for line in lines if "finished" in line] == [
        "command import finished with exit code 0",
        "command letter finished with exit code 2",
    ]
    assert sum("started (command line, command " in line for line in lines) == 2


def test_an_unexpected_error_is_logged_by_type_and_place_not_by_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    supportlog.start("command line", "dossier")
    try:
        try:
            raise ValueError(f"no captive named {MARKER}")
        except ValueError as exc:
            supportlog.failure(exc)
    finally:
        supportlog.stop()
    text = (tmp_path / "CaseApp" / "log" / "caseapp.log").read_text(encoding="utf-8")
    assert MARKER not in text
    (line,) = [x for x in text.splitlines() if " ERROR " in x]
    assert "unexpected builtins.ValueError at " in line
    # A file outside CaseApp's package and the libraries is named without its folder.
    assert " at test_support_log.py:" in line and "in test_an_unexpected_error" in line


def test_the_log_is_rotated_at_its_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(supportlog, "MAX_BYTES", 2000)
    supportlog.start("command line", "check")
    try:
        for _ in range(200):  # about 60 bytes a line: 12,000 bytes, six files' worth
            supportlog.finished("check", 0)
    finally:
        supportlog.stop()
    folder = tmp_path / "CaseApp" / "log"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["caseapp.log", "caseapp.log.1", "caseapp.log.2", "caseapp.log.3"]  # three kept
    assert all(p.stat().st_size <= 2000 for p in folder.iterdir())
