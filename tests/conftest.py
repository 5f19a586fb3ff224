"""Shared fixtures: every test gets a fresh case file in its own temporary folder."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseapp.config import Location  # noqa: E402
from caseapp.services.casefile import CaseFile, open_case_file  # noqa: E402

# Tests run on a fixed "today" so that rules about future dates and day counts are stable.
TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's real case file, settings or environment."""
    for name in ("CASEAPP_DB", "CASEAPP_DATABASE_URL", "CASEAPP_PASSPHRASE", "CASEAPP_USER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.db"


@pytest.fixture
def case_file(db_path: Path) -> CaseFile:
    cf = open_case_file(Location(path=db_path), create=True, actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


@pytest.fixture
def encrypted_case_file(tmp_path: Path) -> CaseFile:
    cf = open_case_file(Location(path=tmp_path / "secret.db"), passphrase="correct horse battery",
                        create=True, actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()
