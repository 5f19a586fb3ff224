"""On open a case file is checked before anything is written to it: flipped bytes, a
truncated file and a page spliced from an older copy are refused, plain and encrypted,
with the latest verified backup named; wrong passphrases are slowed down."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.opening import UnlockThrottle, open_sqlite
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY

PASS = "granite lantern orchard seven"
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(path: Path, passphrase: str | None, n: int = 120, start: int = 0) -> None:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t",
                        today=lambda: TODAY, backup_root=path.parent / "backups")
    for i in range(start, start + n):
        cf.captives.create(names=[f"Captive number {i}"], summary=f"summary {i} " + "x" * 300)
    cf.close()


@pytest.fixture(scope="module", params=[None, PASS], ids=["plain", "encrypted"])
def versions(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[bytes, bytes, str | None]:
    """An older and a newer version of the same case file (more captives since)."""
    path = tmp_path_factory.mktemp("versions") / "case.db"
    make(path, request.param)
    old = path.read_bytes()
    make(path, request.param, n=60, start=1000)
    return old, path.read_bytes(), request.param


def flipped(_old: bytes, new: bytes) -> bytes:
    data = bytearray(new)
    for page in range(2, len(data) // PAGE, 5):
        for i in range(40):
            data[page * PAGE + 200 + i] ^= 0x5A
    return bytes(data)


def truncated(_old: bytes, new: bytes) -> bytes:
    return new[: len(new) // 2 + 1000]


def truncated_on_a_page(_old: bytes, new: bytes) -> bytes:
    return new[: (len(new) // PAGE - 3) * PAGE]


def spliced(old: bytes, new: bytes) -> bytes:
    """The first page that changed since the older copy, taken from the older copy and put
    one page further: a stale page where another belongs."""
    pages = min(len(old), len(new)) // PAGE
    changed = [p for p in range(1, pages - 1) if old[p * PAGE:(p + 1) * PAGE] != new[p * PAGE:(p + 1) * PAGE]]
    source, target = changed[0], changed[0] + 1
    return new[:target * PAGE] + old[source * PAGE:(source + 1) * PAGE] + new[(target + 1) * PAGE:]


@pytest.mark.parametrize("damage", [flipped, truncated, truncated_on_a_page, spliced],
                         ids=lambda f: f.__name__)
def test_damage_is_refused_before_anything_is_written(tmp_path: Path, versions, damage) -> None:
    old, new, passphrase = versions
    path = tmp_path / "case.db"
    path.write_bytes(damage(old, new))
    before, files = digest(path), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(CaseFileError) as exc:
        open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                       backup_root=tmp_path / "backups")
    assert exc.value.damaged
    assert "damaged" in str(exc.value) and "Traceback" not in str(exc.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no -wal, -shm or .bak left


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_refusal_names_the_latest_verified_backup(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "case.db"
    make(path, passphrase, n=40)
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                        backup_root=tmp_path / "backups")
    first = cf.backups.backup_now("auto")
    cf.captives.create(names=["One more"])
    latest = cf.backups.backup_now("close")
    assert latest.path != first.path
    cf.close()
    # Bytes changed in several pages (64 zero bytes in the middle of the file could fall in
    # a page's unused space, which no check reads).
    path.write_bytes(flipped(b"", path.read_bytes()))
    with pytest.raises(CaseFileError) as exc:
        open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                       backup_root=tmp_path / "backups")
    assert exc.value.backup == latest.path
    assert str(latest.path) in str(exc.value)
    assert "caseapp restore" not in str(exc.value)  # the window asks; the command line adds it


def test_wrong_passphrases_wait_longer_and_longer(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    make(path, PASS, n=1)
    before, files = digest(path), sorted(p.name for p in tmp_path.iterdir())
    slept: list[float] = []
    throttle = UnlockThrottle(slept.append)
    for _ in range(6):
        with pytest.raises(CaseFileError, match="passphrase is wrong"):
            open_sqlite(path, passphrase="not the passphrase at all", throttle=throttle)
    assert slept == [1.0, 2.0, 4.0, 8.0]  # the first two failures are free
    assert throttle.failures(path) == 6
    open_sqlite(path, passphrase=PASS, throttle=throttle).close()
    assert throttle.failures(path) == 0
    with pytest.raises(CaseFileError):
        open_sqlite(path, passphrase="wrong again", throttle=throttle)
    assert slept == [1.0, 2.0, 4.0, 8.0]
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == files


def test_delay_is_capped() -> None:
    throttle = UnlockThrottle(lambda _s: None, cap=30)
    assert [throttle.delay_after(n) for n in range(1, 10)] == [0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    from caseapp.services.restore import restore

    path = tmp_path / "case.db"
    make(path, PASS, n=30)
    cf = open_case_file(Location(path=path), passphrase=PASS, actor="t",
                        backup_root=tmp_path / "backups")
    info = cf.backups.backup_now()
    cf.close()
    broken = tmp_path / "broken.db"
    shutil.copyfile(info.path, broken)
    data = bytearray(broken.read_bytes())
    data[PAGE * 3 + 10] ^= 1
    broken.write_bytes(bytes(data))
    assert not cf.backups.verify(broken).ok
    with pytest.raises(CaseFileError, match="cannot be restored"):
        restore(broken, tmp_path / "new.db", passphrase=PASS)
    assert not (tmp_path / "new.db").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
