"""The seizure exposure report of a case file on a team server: the device held no copy of
the file, so the report asks for the login's access to end, not for a passphrase to change."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import Sensitivity
from tests.conftest import TODAY
from tests.db.test_postgres_team import Team, database_with_a_team, run


@pytest.fixture(scope="module")
def shared_team(pg_server: str, _pg_template: str) -> Iterator[Team]:
    with database_with_a_team(pg_server, _pg_template, "exposure") as made:
        yield made


def test_a_team_servers_report_asks_to_end_the_logins_access_not_to_encrypt(
        shared_team: Team, tmp_path: Path) -> None:
    """Before, it said "The case file was NOT encrypted … Encrypt the case file now (File →
    Change Passphrase…, or caseapp encrypt)", of backups keeping the old passphrase and of
    recovery shares: none of which a case file on a server has."""
    target = tmp_path / "exposure.pdf"
    code, _out, err = run("exposure", "--as-of", TODAY.isoformat(), "-o", str(target),
                          "--db", shared_team.url(Sensitivity.INTERNAL))
    assert code == 0, err
    said = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "The case file is on a team server: the device held no copy of it" in said
    for local_only in ("NOT encrypted", "caseapp encrypt", "old passphrase", "recovery shares"):
        assert local_only not in said
