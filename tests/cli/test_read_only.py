"""A read-only case file, or one in a read-only folder, is said to be read-only (exit 2),
never "damaged"; `check` checks what it can and says what it could not.

The commands run in a process of their own with the file permissions applying to it: as
root (which writes anywhere) they run without the capabilities that override them."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

READ_ONLY = "is read-only (or its folder is): nothing was changed."


def caseapp(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "caseapp", *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions would not apply")
        caps = "-dac_override,-dac_read_search,-fowner"
        command = [setpriv, "--bounding-set", caps, "--inh-caps", caps, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_folder(demo_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    path = folder / "case.db"
    demo_copy.rename(path)
    before = digest(path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        for argv in (["captives", "list"], ["check"]):
            result = caseapp(*argv, "--db", str(path))
            assert result.returncode == 2, result.stderr
            assert result.stderr == (f"caseapp: {path} {READ_ONLY} Make the file and its folder "
                                     "writable, or copy the file to a folder you can write to.\n")
            assert "damaged" not in result.stderr
    finally:
        folder.chmod(stat.S_IRWXU)
    assert digest(path) == before and sorted(p.name for p in folder.iterdir()) == ["case.db"]


def test_a_read_only_file_in_a_writable_folder(demo_copy: Path) -> None:
    demo_copy.chmod(stat.S_IRUSR)
    before = digest(demo_copy)
    result = caseapp("settings", "set", "lawyer_name", "Ani", "--db", str(demo_copy))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"{demo_copy} {READ_ONLY}" in result.stderr
    result = caseapp("check", "--db", str(demo_copy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "damaged" not in result.stdout
    assert ("NOT CHECKED: the search index: its check writes to the case file, which is "
            "read-only (or its folder is)") in result.stdout
    assert "No problems found." in result.stdout
    assert digest(demo_copy) == before
