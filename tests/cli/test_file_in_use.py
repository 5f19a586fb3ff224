"""A command that replaces the case file (encrypt, passphrase, restore --force,
travel-destroy) refuses while the window, or any other process, has the file open: the
window would go on writing into a file that is no longer there."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from caseapp.db.file_checks import file_kind
from caseapp.domain.location import Location
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import digest, run

NEW = "copper heron midnight ferry"

# The window's part, in a process of its own: open the case file as the window does, say
# so, wait for a line on stdin, then write a record and close.
HOLDER = """
import sys
from pathlib import Path
from caseapp.domain.location import Location
from caseapp.services.casefile import open_case_file
cf = open_case_file(Location(path=Path(sys.argv[1])), actor="window")
print("open", flush=True)
sys.stdin.readline()
cf.log_event("note", "written by the window after the command")
cf.close()
print("closed", flush=True)
"""




@contextmanager
def window_holding(path: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        yield holder
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait()


def refused(code: int, err: str, path: Path) -> bool:
    return (code == 2 and err.count("\n") == 1 and "Traceback" not in err
            and f"{path} is open in CaseApp (or another process); close it first" in err)


def test_encrypt_refuses_while_another_process_has_the_file_open(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    before = digest(demo_copy)
    with window_holding(demo_copy) as window:
        code, _, err = run("encrypt", "--db", str(demo_copy))
        assert refused(code, err, demo_copy), err
        assert file_kind(demo_copy) == "plain"
    assert window.returncode == 0  # the window's write went into the case file, not a ghost
    assert digest(demo_copy) != before
    code, _, err = run("encrypt", "--db", str(demo_copy))  # closed there: now it may
    assert code == 0, err
    assert file_kind(demo_copy) == "encrypted"


def test_passphrase_and_restore_refuse_while_the_file_is_open_in_this_process_too(
        demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "backup.db"
    assert run("backup", "-o", str(backup), "--db", str(demo_copy))[0] == 0
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    window = open_case_file(Location(path=demo_copy), actor="window")
    try:
        before = digest(demo_copy)
        code, _, err = run("encrypt", "--db", str(demo_copy))
        assert refused(code, err, demo_copy), err
        code, _, err = run("restore", str(backup), "--to", str(demo_copy), "--force",
                           "--db", str(backup))
        assert refused(code, err, demo_copy), err
        assert digest(demo_copy) == before
        window.log_event("note", "the window goes on writing")  # into the same file
    finally:
        window.close()
    code, _, err = run("restore", str(backup), "--to", str(demo_copy), "--force",
                       "--db", str(backup))
    assert code == 0, err
