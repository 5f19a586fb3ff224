"""What is printed goes to a reader that may stop reading (``| head -1``) or to a disk
that may be full; and the case file may be busy with another writer."""

from __future__ import annotations

import errno
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import main


def test_a_reader_that_stops_reading_ends_the_command_quietly(demo_copy: Path) -> None:
    """``caseapp captives list | head -1``: no message, the exit code of SIGPIPE. The reader
    here goes away before the list is written (a list that fits in the pipe's buffer could
    otherwise be written whole before ``head`` exits)."""
    listing = subprocess.Popen([sys.executable, "-m", "caseapp", "captives", "list",
                                "--db", str(demo_copy)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.close()
    err = listing.stderr.read()
    assert listing.wait() == 141
    assert err == b""


class FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_output_to_a_full_disk_is_one_line_not_the_case_files_disk(demo_copy: Path) -> None:
    err = io.StringIO()
    code = main(["captives", "list", "--db", str(demo_copy)], out=FullDisk(), err=err)
    assert code == 2
    assert err.getvalue() == ("caseapp: The output could not be written (No space left on "
                              "the disk).\n")


def test_a_write_while_another_process_writes_says_so(demo_copy: Path) -> None:
    """SQLite waits a few seconds for the other writer, then gives up: the user is told to
    try again, not to run a check for damage."""
    other = sqlite3.connect(demo_copy, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
        out, err = io.StringIO(), io.StringIO()
        code = main(["settings", "set", "lawyer_name", "Ani Petrosyan", "--db", str(demo_copy)],
                    out=out, err=err)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2
    assert err.getvalue() == (f"caseapp: Another process (the window or another command) is "
                              f"writing {demo_copy}: nothing was changed. Try again when it has "
                              "finished.\n")


@pytest.mark.parametrize("lang, said", [
    ("ru", "Диск доступен только для чтения"),
    ("hy", "Սկավառակը միայն ընթերցման համար է"),
    ("en", "The disk is read-only"),
])
def test_the_systems_reason_is_said_in_the_users_language(lang: str, said: str) -> None:
    """The system gives its reasons in English ("Read-only file system"); a lawyer working
    in Russian or Armenian reads them in her language, in the one line the command prints."""
    from caseapp.cli.common import os_error_line
    from caseapp.domain.messages import text_of

    line = text_of(os_error_line(OSError(errno.EROFS, os.strerror(errno.EROFS), "/media/x.json")),
                   lang)
    assert line.startswith(said) and "/media/x.json" in line, line
    assert os.strerror(errno.EROFS) not in line


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_a_reason_not_known_here_is_said_in_her_language_the_systems_words_quoted(
        lang: str) -> None:
    """A reason the app has no words of its own for (too many open files) is not the whole
    English reason in a Russian or Armenian sentence: the system's refusal is said in her
    language, its own words only quoted."""
    import re

    from caseapp.cli.common import os_error_line
    from caseapp.domain.messages import text_of

    line = text_of(os_error_line(OSError(errno.EMFILE, os.strerror(errno.EMFILE), "/media/x.json")),
                   lang)
    sentence, quoted, words = line.partition("«")
    assert quoted and not re.findall(r"[A-Za-z]{3,}", sentence), line
    assert words.startswith(os.strerror(errno.EMFILE) + "»") and "/media/x.json" in line, line
