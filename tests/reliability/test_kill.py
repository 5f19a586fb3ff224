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
    """The child process that forks a worker per command; workers are killed with SIGKILL."""

    def __init__(self, errors: Path, passphrase: str | None = None):
        env = dict(os.environ)
        env.pop("CASEAPP_PASSPHRASE", None)
        if passphrase:
            env["CASEAPP_PASSPHRASE"] = passphrase
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
        ready, _, _ = io_select.select([self.process.stdout], [], [], 60)
        line = self.process.stdout.readline() if ready else ""
        assert line.startswith("ready "), f"the worker did not start: {self.errors.read_text()}"
        self.pids.append(int(line.split()[1]))
        return self.pids[-1]

    def kill(self, pid: int, after: float) -> None:
        time.sleep(after)
        os.kill(pid, signal.SIGKILL)
        while True:  # gone once reaped: its locks are released by then
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.005)

    def close(self) -> None:
        for pid in self.pids:  # a worker left running by a failed assertion
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream:
                stream.close()


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


def kill_writer(tmp_path: Path, kills: int, seed: int, passphrase: str | None) -> None:
    rng = random.Random(seed)
    path = tmp_path / "case.db"
    open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t").close()
    workers = Workers(tmp_path / "errors.txt", passphrase)
    seen = 0
    try:
        for _ in range(kills):
            pid = workers.start("write", str(path))
            workers.kill(pid, rng.uniform(0.0, 0.25))
            count = assert_whole_transactions(path, passphrase)
            assert count >= seen  # committed transactions are never lost
            seen = count
    finally:
        workers.close()
    assert seen >= kills  # every worker committed before it was killed ("ready"), none lost


@pytest.mark.slow  # a minute or more; the default run kills the encrypted writer 6 times
def test_kill_writer_30_times(tmp_path: Path) -> None:
    kill_writer(tmp_path, kills=30, seed=20261127, passphrase=None)


def test_kill_encrypted_writer(tmp_path: Path) -> None:
    kill_writer(tmp_path, kills=6, seed=6, passphrase=PASS)


def test_kill_during_passphrase_change(tmp_path: Path) -> None:
    rng = random.Random(39)
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), passphrase=PASS, create=True, actor="t")
    for i in range(30):
        cf.captives.create(names=[f"Captive {i}", f"Alias {i}", f"Other {i}"])
    cf.close()
    current = PASS
    workers = Workers(tmp_path / "errors.txt")
    try:
        for _ in range(6):
            other = OTHER if current == PASS else PASS
            pid = workers.start("rekey", str(path), current, other)
            workers.kill(pid, rng.uniform(0.0, 1.2))
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
    finally:
        workers.close()


@pytest.mark.slow
@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_kill_writer_200_times(tmp_path: Path, passphrase: str | None) -> None:
    kill_writer(tmp_path, kills=200, seed=1, passphrase=passphrase)
