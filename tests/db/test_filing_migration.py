"""Revision 0014: proceedings recorded before it have no Convention articles of their own (the
draft falls back on their notes), and no captive's family is taken to have consented to a
WGEID submission."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.opening import open_sqlite
from caseapp.domain.filing import articles_of
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_migrations import make_first_revision_file


def _previous_revision() -> str:
    previous = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0014")
    assert isinstance(previous.down_revision, str)
    return previous.down_revision


def test_0014_adds_the_articles_and_the_wgeid_consent(tmp_path: Path) -> None:
    path = tmp_path / "before-0014.db"
    make_first_revision_file(path)  # captive 1, with consent to nothing
    db = open_sqlite(path)
    migrate.upgrade(db, _previous_revision())
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO international_proceedings (id, uid, created_at, updated_at, captive_id, "
            "body, kind, reference, status, outcome, notes, sensitivity) VALUES (1, 'p-1', "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00', 1, 'echr', 'application', '1/24', "
            "'lodged', '', 'Complaints under Articles 3 and 5 § 4', 'shareable')")
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        proceeding = cf.international_proceedings.get(1)
        assert proceeding.convention_articles == ""
        # Nothing recorded on the field: the articles its notes name.
        assert articles_of((proceeding,)) == ("3", "5 § 4")
        assert cf.captives.get(1).consent_family_wgeid is False
        updated = cf.international_proceedings.update(1, convention_articles="Art. 5 § 1, P1-1")
        assert articles_of((updated,)) == ("5 § 1", "P1-1")
        assert cf.captives.update(1, consent_family_wgeid=True).consent_family_wgeid is True
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
