"""Run by the crash tests in a child process whose workers they kill with SIGKILL.

``python -m tests.reliability.writer_child`` imports CaseApp and warms it up once (one case
file made, written and checked in a scratch folder, so SQLAlchemy's mappers, the compiled
statements, the migrations and the rules are loaded), then reads commands on standard input
(one JSON list a line) and forks a worker for each (so a worker starts in milliseconds):

- ``write PATH [PASSPHRASE]`` adds captives with three names each, and edits some, one
  transaction at a time, until killed;
- ``rekey PATH A B`` changes the passphrase from A to B and back, again and again.

A writer prints ``ready PID`` once its first transaction is committed (so every kill
finds work done, however busy the machine); a rekey worker once it has opened the file.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import traceback
from pathlib import Path

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.key_derivation import use_test_key_derivation

NAMES_PER_CAPTIVE = 3


def write(path: Path, passphrase: str | None) -> None:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True,
                        actor="writer", backup_root=path.parent / "backups")
    n = start = len(cf.captives.list())
    while True:
        n += 1
        captive = cf.captives.create(
            names=[f"Captive {n} spelling {k}" for k in range(NAMES_PER_CAPTIVE)],
            summary=f"written in transaction {n} " + "x" * (n % 700))
        if n % 3 == 0:
            cf.captives.update(captive.id, summary=f"edited in transaction {n}")
        if n % 25 == 0:
            cf.backups.backup_now("auto")
        if n == start + 1:  # one transaction committed: from now on it may be killed
            print(f"ready {os.getpid()}", flush=True)


def rekey(path: Path, a: str, b: str) -> None:
    current, other = a, b
    cf = open_case_file(Location(path=path), passphrase=current, actor="rekey")
    print(f"ready {os.getpid()}", flush=True)
    while True:
        cf.change_passphrase(current, other)
        current, other = other, current


def warm_up() -> None:
    """What every worker would otherwise do for the first time after the fork."""
    scratch = Path(tempfile.mkdtemp(prefix="writer-child-"))
    try:
        path = scratch / "warm.db"
        cf = open_case_file(Location(path=path), passphrase="warm up passphrase", create=True,
                            actor="writer", backup_root=scratch / "backups")
        captive = cf.captives.create(names=["Warm Up", "Warm", "Up"], summary="x")
        cf.captives.update(captive.id, summary="y")
        cf.captives.list()
        cf.close()
    finally:
        shutil.rmtree(scratch)


def serve() -> None:
    use_test_key_derivation()  # as in the test process that made and checks the files
    warm_up()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped at once
    for line in sys.stdin:
        command, *args = json.loads(line)
        if os.fork() == 0:
            try:
                if command == "write":
                    write(Path(args[0]), args[1] if len(args) > 1 else None)
                else:
                    rekey(Path(args[0]), args[1], args[2])
            except BaseException:  # noqa: BLE001 - a forked child reports and leaves, whatever it was
                traceback.print_exc()
            finally:
                os._exit(1)


if __name__ == "__main__":
    serve()
