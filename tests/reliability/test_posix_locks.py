"""A case file open in the window while commands run on it (a scheduled `caseapp deadlines`,
a colleague's `caseapp settings set`) stays whole.

SQLite locks the file with POSIX locks, which the system drops, all of them, when the
process closes any descriptor of the file. The window read the file's first bytes through a
descriptor of its own after the file was open (whether it is encrypted, when the window took
the file opened early), and an upgrade copied it aside that way: the process then held no
lock, the next command's close thought itself the last, checkpointed and deleted the `-wal`
the window still wrote to, and the following writer damaged the file for good."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.file_checks import file_kind, not_a_case_file, plain_truncation
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def command(*argv: str) -> None:
    """A CaseApp command run by another process (as cron or a terminal runs it)."""
    done = subprocess.run([sys.executable, "-m", "caseapp", *argv], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


READS: dict[str, Callable[[Path], object]] = {
    "file_kind": file_kind,  # the window, taking the file opened early
    "not_a_case_file": not_a_case_file,
    "plain_truncation": plain_truncation,
}


@pytest.mark.parametrize("read", sorted(READS))
def test_a_read_of_the_open_file_keeps_it_whole_under_other_commands(
        read: str, demo_copy: Path) -> None:
    path = demo_copy
    cf: CaseFile = open_case_file(Location(path=path), actor="window", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Saved Before"])
        READS[read](path)
        command("--db", str(path), "captives", "list")  # opens, reads, closes
        command("--db", str(path), "settings", "set", "welfare_threshold_days", "40")
        cf.captives.create(names=["Saved After"])
    finally:
        cf.close()
    again = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)  # was damaged
    try:
        assert again.check().ok, again.check().problems
        names = {c.primary_name for c in again.captives.list()}
        assert {"Saved After", "Saved Before"} <= names
        assert again.settings.current().welfare_threshold_days == 40
    finally:
        again.close()


@pytest.mark.real_migrations
def test_an_upgraded_file_stays_whole_under_other_commands(tmp_path: Path) -> None:
    from tests.db.test_migrations import make_first_revision_file

    path = tmp_path / "old.db"
    make_first_revision_file(path)  # its update copies it aside while it is open
    conn = sqlite3.connect(path)  # as an older CaseApp left it after use: in WAL mode
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    cf = open_case_file(Location(path=path), actor="window", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Saved Before"])
        command("--db", str(path), "captives", "list")
        # The command's close saw the window's open (its lock): the -wal the window writes to
        # is still there (it was checkpointed and deleted under it, the start of the damage
        # the test above shows).
        assert Path(f"{path}-wal").exists()
        command("--db", str(path), "settings", "set", "welfare_threshold_days", "40")
        for i in range(40):
            cf.captives.create(names=[f"Saved After {i}"])
    finally:
        cf.close()
    again = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert again.check().ok, again.check().problems
        assert {"Saved Before", "Saved After 39"} <= {c.primary_name
                                                      for c in again.captives.list()}
    finally:
        again.close()
