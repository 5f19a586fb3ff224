"""A damaged case file is reported in a sentence, never with a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY


def make_case_file(path: Path, passphrase: str | None = None) -> None:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t",
                        today=lambda: TODAY)
    for i in range(200):
        cf.captives.create(names=[f"Captive number {i}"], summary="x" * 500)
    cf.close()


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, err.getvalue() + out.getvalue()


@pytest.fixture(scope="module")
def healthy_plain_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A plain case file with 200 captives, made once for the module: each test damages
    its own copy."""
    path = tmp_path_factory.mktemp("healthy") / "case.db"
    make_case_file(path)
    return path.read_bytes()


@pytest.mark.parametrize("damage", ["truncate", "scribble"])
def test_damaged_plain_file_is_reported_not_crashed(tmp_path: Path, healthy_plain_file: bytes,
                                                    damage: str) -> None:
    path = tmp_path / "case.db"
    data = bytearray(healthy_plain_file)
    if damage == "truncate":
        data = data[: len(data) // 3]
    else:
        for offset in range(4096 * 3, len(data), 4096 * 2):
            data[offset:offset + 300] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    code, text = run("check", "--db", str(path))
    # The check lists what it found (1), or the file cannot be opened at all: one line, and
    # the exit code of bad input (2), as for any corrupt database.
    assert code == (1 if "PROBLEM" in text else 2), text
    assert "Traceback" not in text
    assert "damaged" in text or "PROBLEM" in text or "could not be read" in text


def test_tampered_encrypted_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "enc.db"
    make_case_file(path, passphrase="pass phrase")
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF  # one flipped bit in an encrypted page
    path.write_bytes(bytes(data))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "pass phrase")
    code, text = run("check", "--db", str(path))
    assert code != 0 and "Traceback" not in text
