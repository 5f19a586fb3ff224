"""What a sweep of every command fed hostile arguments on hostile machines found: another
process writing the case file while a command reads it, a passphrase or TZ variable that is no
text or no zone, standard output on a full disk, Ctrl+C while the case file is replaced, days
and numbers that only look right. Each is said in one line naming what and where (exit code
2), or the work is done; nothing is lost, and nothing is called damaged that is not."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.cli.cli_run import digest, one_line, run
from tests.conftest import ENCRYPTED_PASSPHRASE, copy_of


@contextmanager
def another_process_writing(path: Path) -> Iterator[None]:
    """A write transaction held open on ``path`` (the window in the middle of a save, or a
    second command importing), released at the end of the block."""
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE case_settings SET key = key WHERE 0")
        yield
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_check_while_another_process_writes_calls_nothing_damaged(demo_copy: Path) -> None:
    """The search index's check writes: while the window saves, it waits its turn, and if the
    turn does not come it is not made, and said so; the index is not called damaged."""
    with another_process_writing(demo_copy):
        code, out, err = run("check", "--db", str(demo_copy))
    assert "PROBLEM" not in out and "damaged" not in out, out
    assert code == 0, out + err
    assert ("NOT CHECKED: the search index: its check writes to the case file, which another "
            "process (the window or another command) is writing now; run the check again when "
            "it has finished") in out
    assert "No problems found." in out


NOT_TEXT = "caf\udce9 horse battery"  # "café" set in a Latin-1 terminal: a byte, not UTF-8


@pytest.mark.parametrize("variable", ["CASEAPP_PASSPHRASE", "CASEAPP_NEW_PASSPHRASE"])
def test_a_passphrase_variable_that_is_no_text_is_named(
        variable: str, tmp_path: Path, _encrypted_template: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    secret = copy_of(_encrypted_template, tmp_path / "secret.db")
    before = digest(secret)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", ENCRYPTED_PASSPHRASE)
    monkeypatch.setenv(variable, NOT_TEXT)
    command = ("passphrase", "--db", str(secret)) if "NEW" in variable else (
        "captives", "list", "--db", str(secret))
    code, out, err = run(*command)
    assert code == 2 and one_line(err), err
    assert err == (f"caseapp: {variable} holds bytes that are not UTF-8 text (set in a terminal "
                   "of another encoding?): set it again in a UTF-8 terminal. Nothing was "
                   "changed.\n")
    assert out == "" and digest(secret) == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("argv", [["rules", "list"], ["--help"], ["--version"],
                                  ["check", "--db", "{db}"]],
                         ids=["rules list", "--help", "--version", "check"])
def test_standard_output_on_a_full_disk_is_one_line(argv: list[str], demo_copy: Path) -> None:
    """``caseapp … > /dev/full`` (standard output sent to a full disk): one line, exit code 2;
    not the interpreter's own words and its exit code 120 when it flushes at its end."""
    argv = [a.replace("{db}", str(demo_copy)) for a in argv]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # (as a user runs it)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "caseapp", *argv], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env)
    assert (done.returncode, done.stderr) == (
        2, "caseapp: The output could not be written (No space left on the disk).\n")


def test_a_backup_made_while_another_process_writes_is_kept_and_said(
        demo_copy: Path, tmp_path: Path) -> None:
    """The backup reads the case file (another process writing it does not stop that) and is
    verified; only its entry in the case file's log of events waits for the other writer. It
    was refused with "nothing was changed. Try again", the backup left there all the same (and
    the next try refused as the file exists)."""
    target = tmp_path / "before the trip.bak"
    before = digest(demo_copy)
    with another_process_writing(demo_copy):
        code, out, err = run("backup", "-o", str(target), "--db", str(demo_copy))
    assert code == 0, err
    assert out.startswith(f"Backed up to {target} (")
    assert err == ("caseapp: warning: the backup is not in the case file's log of events: "
                   f"another process (the window or another command) was writing {demo_copy}.\n")
    assert digest(demo_copy) == before
    restored = tmp_path / "restored.db"
    assert run("restore", str(target), "--to", str(restored), "--db", str(target))[0] == 0


@pytest.mark.parametrize("zone", [":/etc/passwd", "/dev/null", "/etc"])
def test_a_time_zone_variable_naming_no_time_zone_file_is_one_line(zone: str) -> None:
    """TZ naming a file that holds no time zone (a typo for /etc/localtime, a folder): the
    date library read it as the program started and stopped it with a traceback."""
    env = {**os.environ, "TZ": zone}
    done = subprocess.run([sys.executable, "-m", "caseapp", "rules", "compute",
                           "echr.application", "--trigger", "2026-01-05"],
                          capture_output=True, text=True, env=env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (f"caseapp: The time zone variable TZ (“{zone}”) names a file that "
                           "holds no time zone: unset it, or set it to a zone such as "
                           "Asia/Baku. Nothing was changed.\n")


def test_a_time_zone_the_system_knows_is_taken() -> None:
    env = {**os.environ, "TZ": "Asia/Baku"}
    done = subprocess.run([sys.executable, "-m", "caseapp", "rules", "compute",
                           "echr.application", "--trigger", "2026-01-05"],
                          capture_output=True, text=True, env=env)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("2026-05-05  Lodge the application with the ECHR")


@pytest.mark.parametrize(("typed", "said"), [
    ("2021\u201101\u201101", "it holds “\u2011” (U+2011) where a digit 0–9 or a hyphen “-” goes"),
    ("2021\u221201\u221201", "it holds “\u2212” (U+2212) where a digit 0–9 or a hyphen “-” goes"),
    ("२०२१-०१-०१", "it holds “२” (U+0968) where a digit 0–9 or a hyphen “-” goes"),
    ("2021-01-01\u200b", "it holds an invisible character (U+200B) where a digit 0–9 or a "
                         "hyphen “-” goes"),
])
@pytest.mark.parametrize("command", [
    ["rules", "compute", "echr.application", "--trigger"],
    ["captives", "status", "6", "released", "--since"]], ids=["--trigger", "--since"])
def test_a_day_that_looks_right_but_is_not_says_which_character(
        command: list[str], typed: str, said: str, demo_copy: Path) -> None:
    """A day pasted from a word processor (its non-breaking hyphen), a phone (its digits), a
    web page (a zero-width space) reads as 2021-01-01 on the screen: the line says which
    character is not what it looks like, not only that the day is no day."""
    before = digest(demo_copy)
    code, out, err = run(*command, typed, "--db", str(demo_copy)) if command[0] == "captives" \
        else run(*command, typed)
    assert code == 2 and one_line(err), err
    assert f"“{typed}” is not a date (YYYY-MM-DD): {said}" in err, err
    assert out == "" and digest(demo_copy) == before


def test_ctrl_c_once_the_file_is_encrypted_does_not_say_nothing_was_kept(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C coming as ``caseapp encrypt`` has put the encrypted file in place (what is left
    is to reopen it with the new key and note it in its log): the command said "interrupted;
    nothing half-written was kept." (exit 130) of a file encrypted by then. The change is
    finished and said made."""
    import signal

    from caseapp.services import security

    replace = security.rekey_file

    def replaced_then_interrupted(*args: object, **kwargs: object) -> None:
        replace(*args, **kwargs)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, just then

    monkeypatch.setattr(security, "rekey_file", replaced_then_interrupted)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "violet tundra saxophone 42 quarry")
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # (as in a terminal)
    try:
        code, out, err = run("encrypt", "--db", str(demo_copy))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert (code, err) == (0, "caseapp: Ctrl+C came while the case file was being replaced: the "
                              "change was finished rather than stopped halfway.\n"), err
    assert out.startswith(f"{demo_copy} is now encrypted.")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "violet tundra saxophone 42 quarry")
    code, out, _ = run("check", "--db", str(demo_copy))
    assert code == 0 and "No problems found." in out


@pytest.mark.parametrize("key", ["expiry_warning_days", "custody_max_days"])
def test_a_number_of_thousands_of_digits_is_out_of_range_not_a_failure(
        key: str, demo_copy: Path) -> None:
    before = digest(demo_copy)
    code, out, err = run("settings", "set", key, "9" * 5000, "--db", str(demo_copy))
    assert code == 2 and one_line(err), err
    assert "give a whole number of days from" in err and "unexpected" not in err
    assert out == "" and digest(demo_copy) == before


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_help_in_armenian_or_russian_on_a_terminal_without_their_letters(lang: str) -> None:
    """``caseapp --lang hy --help`` where the output's encoding has no Armenian letters (an
    ASCII or Latin-1 terminal): the help, its letters as codes, and the one line every
    command says of it; it stopped with a traceback."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "caseapp", "--lang", lang, "captives", "--help"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert done.stderr.startswith("caseapp: ") and "PYTHONIOENCODING=utf-8" in done.stderr
    assert "\\u" in done.stdout and " list " in done.stdout


def test_a_travel_copy_into_a_read_only_folder_names_the_file_asked_for(
        demo_copy: Path, tmp_path: Path) -> None:
    """The line named the hidden file written first (“.trip.db.partial”), which the user
    never typed, in place of the travel copy she asked for."""
    from tests.cli.test_read_only import caseapp

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shelf.chmod(0o555)
    try:
        done = caseapp("travel-copy", "--level", "public", "-o", str(shelf / "trip.db"),
                       "--db", str(demo_copy))
    finally:
        shelf.chmod(0o755)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr == f"caseapp: Permission denied ({shelf / 'trip.db'}); nothing was changed.\n"
    assert list(shelf.iterdir()) == []


def test_ctrl_c_once_the_backup_is_in_place_keeps_it_and_says_it_made(
        demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C as the backup, verified and in place, is noted in the case file's log: the
    command said "interrupted; nothing half-written was kept." (exit 130) and left the whole
    backup there, which the user then believed not made."""
    import signal

    from caseapp.services.open_file import CaseFile

    note = CaseFile.log_event

    def interrupted_then_noted(self: CaseFile, kind: str, detail: str = "") -> None:
        os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl+C, just then
        note(self, kind, detail)

    monkeypatch.setattr(CaseFile, "log_event", interrupted_then_noted)
    target = tmp_path / "before the trip.bak"
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # (as in a terminal)
    try:
        code, out, err = run("backup", "-o", str(target), "--db", str(demo_copy))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert code == 0, err
    assert out.startswith(f"Backed up to {target} (")
    assert err == ("caseapp: Ctrl+C came once the backup was made: it is kept, and the rest of "
                   "the command was finished.\n")
    assert target.is_file()
