"""On a team server, a login below internal clearance has its audit entries hashed by the
server (``caseapp_team.append_audit``) from what the app gives it: a composed summary stored as
its message's JSON chains there exactly as on SQLite, and the owner reads it in her language."""

from __future__ import annotations

import gettext
import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from caseapp.domain import messages
from caseapp.domain.audit_summary import stored_message
from caseapp.domain.enums import Sensitivity
from tests.db.test_postgres_team import Team, make_team
from tests.db.test_postgres_team_writes import HOSTILE, captive_a, opened


@pytest.fixture
def team(pg_url: str) -> Team:
    return make_team(pg_url)


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = Catalog(locale="ru")
    catalogue.add("Hearing of {day}: {kind}", "Судебное заседание {day}: {kind}")
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    russian = gettext.GNUTranslations(compiled)
    monkeypatch.setattr(messages, "_catalogue",
                        lambda lang: russian if lang == "ru" else gettext.NullTranslations())


def test_a_summary_the_server_hashes_is_shown_in_the_readers_language(team: Team,
                                                                       russian: None) -> None:
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        a = captive_a(cf)
        # 01:00 in Baku on 1 December 2026: the hearing's local day, whatever UTC says
        hearing = cf.hearings.create(starts_at="2026-12-01 01:00", timezone="Asia/Baku",
                                     court=HOSTILE, captive_ids=[a], sensitivity="shareable")
        contact = cf.welfare_contacts.create(captive_id=a, kind="icrc_visit",
                                             contact_on="2026-11-05", sensitivity="shareable")
    finally:
        cf.close()
    owner = opened(team, None)
    try:
        assert owner.check().problems == ()  # the server's hashes verify over the JSON
        with owner.db.engine.connect() as conn:
            stored = conn.exec_driver_sql(
                "SELECT summary FROM audit_entries WHERE record_uid = %s",
                (hearing.uid,)).scalar_one()
        assert stored_message(stored) is not None  # stored as the message, not as English
        messages.set_language("ru")
        try:
            [entry] = owner.audit.for_record(hearing.uid)
            # the documents' Russian name of the kind "other", the day as Russian writes it
            assert entry.summary == "Судебное заседание 01.12.2026: Другое"
            [visit] = owner.audit.for_record(contact.uid)
            assert visit.summary == "Посещение МККК 05.11.2026"
        finally:
            messages.set_language("en")
        [entry] = owner.audit.for_record(hearing.uid)
        assert entry.summary == "Hearing of 1\u00a0Dec\u00a02026: Other"
    finally:
        owner.close()
