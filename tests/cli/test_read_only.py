"""A case file in a folder the user may not write to (a USB stick or a folder shared
read-only), or itself read-only, opens read-only: the commands that read it work and say
once that it is read-only; every command that would change it is refused with one line
saying why (exit 2), and that line alone; nothing is written, not even SQLite's side files. Its newest changes
kept in a ``-wal`` file that cannot be read there are said as such, never as damage.

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

from tests.conftest import ENCRYPTED_PASSPHRASE, copy_of

# The child uses the tests' quick key derivation, with which the tests' encrypted files are made.
CHILD = ("import sys; from tests.key_derivation import use_test_key_derivation; "
         "use_test_key_derivation(); from caseapp.cli import main; sys.exit(main(sys.argv[1:]))")
FOLDER = "you may not write to its folder, where SQLite keeps its side files"
REFUSED = ("nothing was changed. To change it, copy it to a folder you can write to and open "
           "the copy.")


def caseapp(*argv: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", CHILD, *argv]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions would not apply")
        caps = "-dac_override,-dac_read_search,-fowner"
        command = [setpriv, "--bounding-set", caps, "--inh-caps", caps, "--", *command]
    env = {k: v for k, v in os.environ.items() if k != "CASEAPP_PASSPHRASE"}
    env["CASEAPP_NEW_PASSPHRASE"] = "copper heron midnight ferry"
    if passphrase is not None:
        env["CASEAPP_PASSPHRASE"] = passphrase
    return subprocess.run(command, capture_output=True, text=True, env=env,
                          cwd=Path(__file__).parents[2])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=["plain", "encrypted"])
def on_a_shelf(request: pytest.FixtureRequest, tmp_path: Path, demo_template: Path,
               _encrypted_template: Path) -> tuple[Path, str | None]:
    """A case file in a folder with an Armenian and a Russian name and spaces, and its
    passphrase; the folder is made read-only by the test."""
    folder = tmp_path / "Գործեր Дела"
    folder.mkdir()
    if request.param == "plain":
        return copy_of(demo_template, folder / "Ցուցակ список.db"), None
    return copy_of(_encrypted_template, folder / "Ցուցակ список.db"), ENCRYPTED_PASSPHRASE


def test_a_file_in_a_read_only_folder_is_read_and_never_written(
        on_a_shelf: tuple[Path, str | None], tmp_path: Path) -> None:
    path, passphrase = on_a_shelf
    folder = path.parent
    before = digest(path)
    notice = f"caseapp: {path} is open read-only ({FOLDER}): it can be read, not changed.\n"
    export = tmp_path / "export.json"
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        listed = caseapp("captives", "list", "--db", str(path), passphrase=passphrase)
        assert listed.returncode == 0 and listed.stderr == notice
        if passphrase is None:
            assert "Albert Hambardzumyan" in listed.stdout
        exported = caseapp("export", "-o", str(export), "--db", str(path), passphrase=passphrase)
        assert exported.returncode == 0 and exported.stderr == notice
        assert export.stat().st_size > 0
        for argv in (["settings", "set", "lawyer_name", "Ani"],
                     ["encrypt"] if passphrase is None else ["passphrase"]):
            result = caseapp(*argv, "--db", str(path), passphrase=passphrase)
            assert result.returncode == 2, result.stderr
            # (one line: the refusal, not the notice of the open before it)
            assert result.stderr == (f"caseapp: {path} is open read-only ({FOLDER}): "
                                     f"{REFUSED}\n"), argv
    finally:
        folder.chmod(stat.S_IRWXU)
    assert digest(path) == before and [p.name for p in folder.iterdir()] == [path.name]


def test_a_read_only_file_in_a_writable_folder(demo_copy: Path) -> None:
    demo_copy.chmod(stat.S_IRUSR)
    before = digest(demo_copy)
    result = caseapp("settings", "set", "lawyer_name", "Ani", "--db", str(demo_copy))
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert (f"{demo_copy} is open read-only (you may not write to the file): {REFUSED}"
            in result.stderr)
    result = caseapp("check", "--db", str(demo_copy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "damaged" not in result.stdout
    assert ("NOT CHECKED: the search index: its check writes to the case file, which is "
            "read-only (or its folder is)") in result.stdout
    assert "No problems found." in result.stdout
    assert digest(demo_copy) == before
    assert sorted(p.name for p in demo_copy.parent.iterdir()) == ["demo.db"]


def test_newest_changes_that_cannot_be_read_are_said_so(demo_copy: Path) -> None:
    """A file copied with its ``-wal`` file (CaseApp stopped without closing it) but not its
    ``-shm`` file, into a folder the user may not write to: SQLite cannot read the ``-wal``."""
    writer = sqlite3_writer_left_open(demo_copy)
    assert writer.returncode == 0, writer.stderr
    Path(f"{demo_copy}-shm").unlink()
    before = digest(demo_copy)
    folder = demo_copy.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = caseapp("captives", "list", "--db", str(demo_copy))
    finally:
        folder.chmod(stat.S_IRWXU)
    assert result.returncode == 2
    assert result.stderr == (f"caseapp: Cannot open {demo_copy}: its newest changes are in the "
                             f"file demo.db-wal beside it, which cannot be read here ({FOLDER}). "
                             "Nothing was changed. Copy both files to a folder you can write to "
                             "and open the copy.\n")
    assert digest(demo_copy) == before


def sqlite3_writer_left_open(path: Path) -> subprocess.CompletedProcess[str]:
    """A process that writes to ``path`` and stops without closing it: its change stays in
    the ``-wal`` file."""
    code = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.isolation_level = None; "
            "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA wal_autocheckpoint = 0'); "
            "c.execute(\"UPDATE captives SET birth_place = 'Goris' WHERE id = 6\"); os._exit(0)")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)


def test_a_file_the_user_may_not_read_is_said_so(demo_copy: Path) -> None:
    demo_copy.chmod(0)
    try:
        result = caseapp("captives", "list", "--db", str(demo_copy))
    finally:
        demo_copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert (result.returncode, result.stderr) == (
        2, f"caseapp: Cannot open {demo_copy}: you may not read it (or its folder). Nothing was "
           "changed.\n")
