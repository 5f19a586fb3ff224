"""The command line's handling of unreadable stored values is imported when an error needs
it, not at every start; the user still gets the one line pointing to ``caseapp check``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

CODE = """
import io, sys
from caseapp.cli import main
err = io.StringIO()
code = main(["captives", "list", "--db", sys.argv[1]], out=io.StringIO(), err=err)
print(code)
print("caseapp.services.row_validation" in sys.modules)
print(err.getvalue().strip())
"""


def _list(path: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CODE, str(path)], capture_output=True,
                          text=True, check=True)
    return done.stdout.splitlines()


def test_a_command_that_succeeds_does_not_import_the_error_handling(demo_copy: Path) -> None:
    code, imported, *said = _list(demo_copy)
    assert (code, imported, said) == ("0", "False", [""])


def test_an_unreadable_stored_value_is_still_one_line(demo_copy: Path) -> None:
    with sqlite3.connect(demo_copy) as conn:  # a status no version of CaseApp writes
        conn.execute("UPDATE captives SET status = 'vanished' "
                     "WHERE id = (SELECT min(id) FROM captives)")
    code, imported, *said = _list(demo_copy)
    assert code == "2" and imported == "True"  # a damaged file: the user's to restore
    assert len(said) == 1
    assert said[0] == ("caseapp: a record in the case file holds a value CaseApp cannot read; "
                       "run “caseapp check” to find it.")  # not SQLAlchemy's English words
    assert "Traceback" not in said[0]


def test_only_the_databases_word_for_damage_is_a_damaged_file() -> None:
    """A damaged file is the user's to mend (exit 2); a constraint CaseApp broke or a statement
    it got wrong is CaseApp's own failure (exit 1, with its reason), never said as damage."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError, IntegrityError

    from caseapp.cli.entry import _damaged_database

    malformed = sqlite3.DatabaseError("database disk image is malformed")
    assert _damaged_database(malformed)
    assert _damaged_database(DatabaseError("SELECT 1", {}, malformed))
    broken = sqlite3.IntegrityError("UNIQUE constraint failed: captives.uid")
    assert not _damaged_database(broken)
    assert not _damaged_database(IntegrityError("INSERT …", {}, broken))
    assert not _damaged_database(sqlite3.OperationalError("no such table: captives"))


def test_listing_captives_does_not_import_the_deadline_writers(demo_copy: Path) -> None:
    """`captives list` imported the conviction notes' module (with the custody and deadline
    writers: about 30 ms of a 400 ms command) for a line only `captives show` prints."""
    code = ("import io, sys\n"
            "from caseapp.cli import main\n"
            "main(['captives', 'list', '--db', sys.argv[1]], out=io.StringIO(), err=io.StringIO())\n"
            "print(sorted(m for m in ('caseapp.services.conviction_notes',"
            " 'caseapp.services.custody_known', 'caseapp.services.deadline_writes')"
            " if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code, str(demo_copy)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines() == ["[]"]
