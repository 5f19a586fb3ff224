"""A change saved while another process is writing the case file (an import on the command
line, a colleague's window): refused in one line saying so, the same in the window as on the
command line, not SQLite's "database is locked" error (which the window's forms did not show:
Save seemed to do nothing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import CaseFile

HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")  # another process in the middle of writing
print("writing", flush=True)
sys.stdin.readline()  # until the test has tried its save
conn.execute("ROLLBACK")
"""


def test_a_save_while_another_process_writes_is_refused_in_one_line(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Vardanyan Armen"]).id
    path = case_file.db.path
    assert isinstance(path, Path)
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline() == "writing\n"
        with pytest.raises(CaseFileError) as refused:
            case_file.captives.update(cid, birth_place="Shushi")
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=60)
    assert str(refused.value) == (
        f"Another process (the window or another command) is writing {path}: nothing was "
        "changed. Try again when it has finished.")
    assert case_file.captives.get(cid).birth_place in ("", None)
    case_file.captives.update(cid, birth_place="Shushi")  # once it has finished
    assert case_file.captives.get(cid).birth_place == "Shushi"
