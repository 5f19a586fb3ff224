"""What the spreadsheet tests share: a new, unencrypted case file made by ``caseapp init``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "case.db"
    assert main(["init", "--no-encrypt", "--db", str(path)], out=io.StringIO(),
                err=io.StringIO()) == 0
    return path
