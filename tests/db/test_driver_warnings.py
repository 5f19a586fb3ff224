"""The PostgreSQL driver's own warnings never reach the user's terminal: a save cut off by
the server going away printed "error ignored terminating <psycopg.Pipeline [BAD] at 0x…>:
the connection is lost" above CaseApp's one line ("The connection to the team server was
lost; nothing was saved…")."""

from __future__ import annotations

import subprocess
import sys

WARN = ("import logging, caseapp.db.postgres; logging.getLogger('psycopg').warning("
        "'error ignored terminating %s: the connection is lost', '<psycopg.Pipeline [BAD]>')")


def test_the_driver_s_warning_is_not_printed() -> None:
    # A process of its own: pytest sets up logging, which a user's run does not have.
    done = subprocess.run([sys.executable, "-c", WARN], capture_output=True, text=True,
                          check=True)
    assert (done.stdout, done.stderr) == ("", "")
