"""A team member's JSON export when a record it may read names one it may not: a shareable
intervention addressed to an internal organisation and its contact. The export is made (it
used to stop on an unexpected error), the reference is left out, and nothing of the hidden
organisation or contact is in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_postgres_team import Team, make_team, run


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own (the test adds to it)."""
    return make_team(pg_url)


def test_a_members_export_leaves_out_a_reference_to_a_record_above_the_clearance(
        team: Team, tmp_path: Path) -> None:
    cf = open_case_file(Location(url=team.owner_url), actor="owner", today=lambda: TODAY)
    try:
        org = cf.organisations.create(name="hiddenorgmark", kind="family",
                                      sensitivity="internal")
        contact = cf.contacts.create(name="hiddencontactmark", organisation_id=org.id,
                                     sensitivity="internal")
        cf.interventions.create(made_on="2026-11-02", subject="openlettermark",
                                organisation_id=org.id, contact_id=contact.id,
                                sensitivity="shareable")
    finally:
        cf.close()
    target = tmp_path / "e.json"
    code, _out, err = run("export", "-o", str(target), "--db",
                          team.url(Sensitivity.SHAREABLE))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "hiddenorgmark" not in text and "hiddencontactmark" not in text
    data = json.loads(text)
    letter, = [i for i in data["tables"]["interventions"] if i["subject"] == "openlettermark"]
    assert letter["organisation_uid"] is None and letter["contact_uid"] is None
    assert data["read_at_level"] == "shareable"
