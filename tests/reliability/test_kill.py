"""A child process writing in transactions is killed with SIGKILL at random moments:
afterwards the case file always opens, passes its checks (integrity, search index, audit
chain) and holds only whole transactions. The same for a passphrase change."""

from __future__ import annotations

import json
import os
import random
import select as io_select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseapp.config import Location
from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.reliability.writer_child import NAMES_PER_CAPTIVE

ROOT = Path(__file__).resolve().parents[2]
PASS = "granite lantern orchard seven"
OTHER = "copper heron midnight ferry"


class Workers:
    """The child process that forks a worker per command; workers are killed with SIGKILL.

    One for the module: it imports and warms up CaseApp once (tests/reliability/writer_child.py).
    """

    def __init__(self, errors: Path):
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}
        self.errors = errors
        with errors.open("w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "tests.reliability.writer_child"], cwd=ROOT, env=env,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True)
        self.pids: list[int] = []

    def start(self, *command: str) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        ready, _, _ = io_select.select([self.process.stdout], [], [], 120)  # a hang fails
        line = self.process.stdout.readline() if ready else ""  # empty if the child died
        assert line.startswith("ready "), f"the worker did not start: {self.errors.read_text()}"
        self.pids.append(int(line.split()[1]))
        return self.pids[-1]

    def kill(self, pid: int, after: float) -> None:
        """SIGKILL the worker ``after`` seconds from now (a random moment of its work), and
        return once it is gone: its file descriptors, and so its locks, are released then."""
        try:
            handle = os.pidfd_open(pid)
        except ProcessLookupError:
            pytest.fail(f"the worker stopped before it was killed: {self.errors.read_text()}")
        try:
            time.sleep(after)
            signal.pidfd_send_signal(handle, signal.SIGKILL)
            io_select.select([handle], [], [])  # readable once the process has exited
        finally:
            os.close(handle)

    def stop_workers(self) -> None:
        for pid in self.pids:  # a worker left running by a failed assertion
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.pids.clear()

    def close(self) -> None:
        self.stop_workers()
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream:
                stream.close()


@pytest.fixture(scope="module")
def _worker_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    workers = Workers(tmp_path_factory.mktemp("writer-child") / "errors.txt")
    yield workers
    workers.close()


@pytest.fixture
def workers(_worker_process: Workers) -> Iterator[Workers]:
    """The module's worker process; the workers a test started are gone after it."""
    yield _worker_process
    _worker_process.stop_workers()


def assert_whole_transactions(path: Path, passphrase: str | None) -> int:
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="checker",
                        backup_root=path.parent / "backups")
    try:
        report = cf.check()
        assert report.ok, report.problems
        with cf.ctx.read() as s:
            captives = s.scalar(select(func.count()).select_from(Captive))
            names = s.scalar(select(func.count()).select_from(CaptiveName))
            short = s.scalar(select(func.count()).select_from(
                select(CaptiveName.captive_id).group_by(CaptiveName.captive_id)
                .having(func.count() != NAMES_PER_CAPTIVE).subquery()))
        assert names == NAMES_PER_CAPTIVE * captives and short == 0
        return captives
    finally:
        cf.close()


def kill_writer(workers: Workers, tmp_path: Path, kills: int, seed: int,
                passphrase: str | None) -> None:
    rng = random.Random(seed)
    path = tmp_path / "case.db"
    open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t").close()
    seen = 0
    for _ in range(kills):
        pid = workers.start("write", str(path), *([passphrase] if passphrase else []))
        workers.kill(pid, rng.uniform(0.0, 0.25))
        count = assert_whole_transactions(path, passphrase)
        assert count >= seen  # committed transactions are never lost
        seen = count
    assert seen >= kills  # every worker committed before it was killed ("ready"), none lost


@pytest.mark.slow  # a minute or more; the default run kills the encrypted writer 6 times
def test_kill_writer_30_times(workers: Workers, tmp_path: Path) -> None:
    kill_writer(workers, tmp_path, kills=30, seed=20261127, passphrase=None)


def test_kill_encrypted_writer(workers: Workers, tmp_path: Path) -> None:
    kill_writer(workers, tmp_path, kills=6, seed=6, passphrase=PASS)


def test_kill_during_passphrase_change(workers: Workers, tmp_path: Path) -> None:
    rng = random.Random(39)
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), passphrase=PASS, create=True, actor="t")
    for i in range(10):  # records for the re-encrypted copy to carry over
        cf.captives.create(names=[f"Captive {i}", f"Alias {i}", f"Other {i}"])
    cf.close()
    current = PASS
    for _ in range(6):
        other = OTHER if current == PASS else PASS
        pid = workers.start("rekey", str(path), current, other)
        # One change takes about 0.15 s on a busy 2-core machine: the kill falls anywhere
        # in the first few (copy, check, rename, reopen).
        workers.kill(pid, rng.uniform(0.0, 0.6))
        opened = []
        for candidate in (current, other):
            try:
                assert_whole_transactions(path, candidate)
                opened.append(candidate)
            except CaseFileError as exc:
                assert "passphrase is wrong" in str(exc)
        assert len(opened) == 1, "the file opens with exactly one of the two passphrases"
        current = opened[0]
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
        for name in leftovers:  # a rename that never happened leaves its copy, never the file
            (tmp_path / name).unlink()


@pytest.mark.slow
@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_kill_writer_200_times(workers: Workers, tmp_path: Path,
                               passphrase: str | None) -> None:
    kill_writer(workers, tmp_path, kills=200, seed=1, passphrase=passphrase)
