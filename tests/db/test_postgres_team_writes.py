"""Team mode: logins below internal clearance write at or below their clearance, and only there.

An assistant (shareable) and a press officer (public) add and change records through the
app and with a database client; the server refuses a row above their clearance, a change of
a row or field they cannot see, and any reading of the audit log, while their audit entries
still chain (checked by the owner's ``caseapp check``). The case file is the one of
``test_postgres_team`` (its markers and the level of each, worked out there by hand).
"""

from __future__ import annotations

import threading

import psycopg
import pytest

from caseapp.config import Location
from caseapp.db.postgres import ClearanceError
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.records import StaleRecord
from tests.conftest import TODAY
from tests.db.test_postgres_team import (
    INTERNAL_MARKERS,
    PUBLIC_MARKERS,
    SHAREABLE_MARKERS,
    Team,
    everything_readable,
    make_team,
    run,
)

# Hostile text for the audit log's canonical JSON, hashed by the server for these logins and
# by the app for the others: quotes, a backslash, control characters, three scripts, an emoji.
HOSTILE = 'Ашот "Ո՛չ" \\ tab\there\nnew line \x01\x1f ünïcode 🕊 Vardanyan'
# As a one-line field keeps it: the tab and the line break as spaces, the controls gone.
HOSTILE_ONE_LINE = 'Ашот "Ո՛չ" \\ tab here new line  ünïcode 🕊 Vardanyan'


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own (every test here writes)."""
    return make_team(pg_url)


def opened(team: Team, clearance: Sensitivity | None) -> CaseFile:
    url = team.owner_url if clearance is None else team.url(clearance)
    return open_case_file(Location(url=url), actor="typed-name", today=lambda: TODAY)


def assert_the_owners_check_passes(team: Team) -> None:
    """The owner's ``caseapp check``: the audit chain, with every writer's entries, whole."""
    owner = opened(team, None)
    try:
        assert owner.check().problems == ()
    finally:
        owner.close()


def opened_after_the_owners_upgrade(team: Team, outdating: str) -> CaseFile:
    """The policies made out of date by ``outdating`` (SQL the owner runs): the assistant is
    told that the owner must upgrade first; once the owner has opened the case file, the
    assistant's, open."""
    with psycopg.connect(team.owner_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(outdating)
    with pytest.raises(CaseFileError, match=r"must first be upgraded .* by the database's owner"):
        opened(team, Sensitivity.SHAREABLE)
    opened(team, None).close()
    return opened(team, Sensitivity.SHAREABLE)


def captive_a(cf: CaseFile) -> int:
    return next(c.id for c in cf.captives.list() if c.primary_name == "Arakelyan Anush")


def psql(team: Team, clearance: Sensitivity) -> psycopg.Connection:
    return psycopg.connect(team.url(clearance).replace("+psycopg", ""), autocommit=True)


def test_an_assistant_adds_and_edits_at_shareable_and_the_hidden_field_survives(
        team: Team) -> None:
    login = team.logins[Sensitivity.SHAREABLE]
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        a = captive_a(cf)
        hearing = cf.hearings.create(starts_at="2026-11-03 10:00", timezone="Asia/Baku",
                                     court="assistanthearing", captive_ids=[a],
                                     sensitivity="shareable")
        intervention = cf.interventions.create(made_on="2026-11-20", subject=HOSTILE,
                                               request="assistantrequest", captive_ids=[a],
                                               sensitivity="shareable")
        version = cf.captives.version(a)
        shown = cf.captives.get(a)
        assert shown.health == ""  # what the assistant is shown of A's internal health
        cf.captives.update(a, expected_version=version, summary="assistantsummary",
                           health=shown.health)  # the form sends back the blank it showed
        cf.hearings.update(hearing.id, expected_version=cf.hearings.version(hearing.id),
                           outcome="assistantoutcome")
        # A new captive: its health and consent notes are internal (blank, so allowed).
        new = cf.captives.create(names=["Սարգսյան Արմեն", "Sargsyan Armen"],
                                 sensitivity="shareable", summary="assistantnewcaptive")
        order = cf.detention_orders.create(captive_id=a, start_date="2026-11-21", term_months=4,
                                           sensitivity="shareable")
    finally:
        cf.close()
    owner = opened(team, None)
    try:
        whole = owner.captives.get(a)
        assert (whole.summary, whole.health) == ("assistantsummary", "secrethealtha")
        assert owner.hearings.get(hearing.id).outcome == "assistantoutcome"
        assert owner.interventions.get(intervention.id).subject == HOSTILE_ONE_LINE
        entries = owner.audit.for_record(whole.uid)
        assert [(e.actor, e.field) for e in entries if e.actor == login] == [(login, "summary")]
        assert {e.actor for e in owner.audit.for_record(hearing.uid)} == {login}
        # The deadline engine ran as the assistant: the order's expiry, 21 November 2026 +
        # 4 months = 21 March 2027, is on A's deadlines.
        expiries = [d.due_on.isoformat() for d in owner.deadlines.list(captive_id=a)
                    if d.trigger_uid == order.uid]
        assert "2027-03-21" in expiries
        made = owner.captives.get(new.id)
        assert (made.primary_name, made.summary, made.field_levels.get("health")) == (
            "Սարգսյան Արմեն", "assistantnewcaptive", "internal")
        assert owner.search.captive_ids("Sargsyan") == [new.id]
        assert owner.check().problems == ()
        # The search index still finds A by the hidden field's word, for the owner, and by the
        # assistant's new word.
        assert owner.search.captive_ids("secrethealtha") == [a]
        assert owner.search.captive_ids("assistantsummary") == [a]
    finally:
        owner.close()


def test_writing_above_the_clearance_is_refused_in_one_line(team: Team) -> None:
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        a = captive_a(cf)
        with pytest.raises(ValidationError) as refused:
            cf.hearings.create(starts_at="2026-11-03 10:00", timezone="Asia/Baku",
                               court="x", captive_ids=[a], sensitivity="internal")
        assert str(refused.value) == (
            "The level of this hearing, internal, is above your clearance (shareable): save it "
            "as shareable or public. Nothing was saved.")
        assert refused.value.field == "sensitivity"
        note = cf.notes.create(captive_id=a, title="Call", body="x", sensitivity="shareable")
        with pytest.raises(ValidationError, match="above your clearance"):
            cf.notes.update(note.id, sensitivity="internal")  # raising it out of sight
        with pytest.raises(ClearanceError, match=r"^Your login's clearance does not allow this"):
            cf.notes.delete(note.id)
        with pytest.raises(ClearanceError, match="field Health is above your clearance"):
            cf.captives.update(a, health="overwritten by the assistant")
    finally:
        cf.close()


def test_a_refusal_opens_no_connection_of_its_own(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, every refusal for the clearance opened a new connection to the server (to ask
    whether the login's clearance had changed meanwhile): three refusals, three logins on
    the server. Now the check runs on a connection the pool keeps."""
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        note = cf.notes.create(captive_id=captive_a(cf), title="Call", body="x",
                               sensitivity="shareable")
        connects = []
        real_connect = psycopg.connect

        def counted(*args: object, **kwargs: object) -> psycopg.Connection:
            connects.append(1)
            return real_connect(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(psycopg, "connect", counted)
        per_refusal = []
        for _ in range(3):
            before = len(connects)
            with pytest.raises(ClearanceError,
                               match=r"^Your login's clearance does not allow this"):
                cf.notes.delete(note.id)
            per_refusal.append(len(connects) - before)
        assert per_refusal[0] <= 1  # a second connection for the pool, when it had one only
        assert per_refusal[1:] == [0, 0]
    finally:
        cf.close()


def test_with_a_database_client_rows_and_fields_above_the_clearance_stay_out_of_reach(
        team: Team) -> None:
    with psql(team, Sensitivity.SHAREABLE) as conn:
        a = conn.execute("SELECT id FROM captives WHERE summary = 'partnerbriefa'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO organisations (uid, name, kind, sensitivity, country, "
                         "notes) VALUES ('u-1', 'x', 'ngo', 'internal', '', '')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE hearings SET sensitivity = 'internal' "
                         "WHERE court = 'partnerhearingopen'")
        # A hearing under the internal prosecution: the assistant cannot see it, so cannot
        # lower it into sight either.
        assert conn.execute("UPDATE hearings SET sensitivity = 'public' "
                            "WHERE court = 'secrethearinga'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="health"):
            conn.execute("UPDATE captives SET health = 'x' WHERE id = %s", (a,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="above your clearance"):
            conn.execute("UPDATE captives SET field_levels = '{}' WHERE id = %s", (a,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="health"):
            conn.execute("INSERT INTO captives (uid, summary, health, sensitivity, field_levels) "
                         "VALUES ('u-2', 'x', 'assistanthealth', 'shareable', "
                         "'{\"health\": \"internal\"}')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM captives WHERE id = %s", (a,))
        assert conn.execute("SELECT hash FROM audit_entries").fetchall() == []  # internal
        # Changing what it can see, with the blank it was shown: the hidden field is kept.
        assert conn.execute("UPDATE captives SET summary = 'psqlsummary', health = '' "
                            "WHERE id = %s", (a,)).rowcount == 1
        # Its audit entry goes through the server's function, in its own name.
        digest = conn.execute(
            "SELECT caseapp_team.append_audit('u-3', now()::timestamp, 'update', 'captives', "
            "'r', '', %s, 'summary', 'partnerbriefa', 'psqlsummary')", (HOSTILE,)).fetchone()[0]
    owner = opened(team, None)
    try:
        assert (owner.captives.get(a).summary, owner.captives.get(a).health) == (
            "psqlsummary", "secrethealtha")
        assert owner.check().problems == ()
    finally:
        owner.close()
    with psycopg.connect(team.owner_url.replace("+psycopg", "")) as conn:
        actor, stored = conn.execute("SELECT actor, hash FROM audit_entries "
                                     "WHERE uid = 'u-3'").fetchone()
    assert (actor, stored) == (team.logins[Sensitivity.SHAREABLE], digest)


def test_a_press_officer_writes_at_public_only(team: Team) -> None:
    cf = opened(team, Sensitivity.PUBLIC)
    try:
        c = next(x.id for x in cf.captives.list())  # the one public captive, C
        organisation = cf.organisations.create(name="pressorgmark", kind="ngo",
                                               sensitivity="public")
        cf.interventions.create(made_on="2026-11-21", subject="pressstatement",
                                captive_ids=[c], organisation_id=organisation.id,
                                sensitivity="public")
        with pytest.raises(ValidationError, match=r"above your clearance \(public\): save it "
                                                  r"as public\."):
            cf.organisations.create(name="x", kind="ngo", sensitivity="shareable")
        cf.captives.update(c, summary="presssummary")
        with pytest.raises(ClearanceError, match="field Place of birth is above your clearance"):
            cf.captives.update(c, birth_place="overwritten")  # shareable field of C
    finally:
        cf.close()
    owner = opened(team, None)
    try:
        whole = owner.captives.get(c)
        assert (whole.summary, whole.birth_place, whole.health) == (
            "presssummary", "partnerbirthplacec", "secrethealthc")
        assert owner.check().problems == ()
    finally:
        owner.close()


def test_markers_written_at_each_level_stay_invisible_above_the_clearance(team: Team) -> None:
    """Each clearance writes a marker at its own level; each login then reads, with a
    database client, exactly the markers at or below its clearance."""
    written = {Sensitivity.PUBLIC: "pressnewmark", Sensitivity.SHAREABLE: "assistnewmark",
               Sensitivity.INTERNAL: "lawyernewmark"}
    for clearance, marker in written.items():
        cf = opened(team, clearance)
        try:
            cf.organisations.create(name=marker, kind="ngo", sensitivity=clearance.value)
        finally:
            cf.close()
    levels = {Sensitivity.PUBLIC: PUBLIC_MARKERS | {"pressnewmark"},
              Sensitivity.SHAREABLE: SHAREABLE_MARKERS | {"assistnewmark"},
              Sensitivity.INTERNAL: INTERNAL_MARKERS | {"lawyernewmark"}}
    every = set().union(*levels.values())
    for clearance in written:
        allowed = set().union(*(v for level, v in levels.items() if clearance.allows(level)))
        text = everything_readable(team.url(clearance))
        assert {m for m in every if m in text} == allowed, clearance
    assert_the_owners_check_passes(team)


def test_the_chain_stays_one_line_with_writers_of_every_clearance_at_once(team: Team) -> None:
    """Three logins (and the owner) save at the same time: the server's appends and the app's
    share one lock, so the owner's check finds one unbroken chain."""
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(clearance: Sensitivity | None, level: str) -> None:
        try:
            cf = opened(team, clearance)
            try:
                start.wait(timeout=60)
                for n in range(8):
                    cf.organisations.create(name=f"{level} {n} {HOSTILE}", kind="ngo",
                                            sensitivity=level)
            finally:
                cf.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=args) for args in (
        (Sensitivity.PUBLIC, "public"), (Sensitivity.SHAREABLE, "shareable"),
        (Sensitivity.INTERNAL, "internal"), (None, "internal"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    owner = opened(team, None)
    try:
        report = owner.check()
        assert report.problems == ()
        actors = [e.actor for e in owner.audit.recent(limit=200)
                  if e.entity == "organisations" and HOSTILE[:4] in (e.summary + str(e.new_value))]
        # The owner connects as the server's superuser here: its login is "postgres".
        assert set(actors) == {*team.logins.values(), "postgres"}
        assert len(actors) == 32
    finally:
        owner.close()


def test_two_assistants_saving_one_captive_do_not_lose_an_update(team: Team) -> None:
    first, second = opened(team, Sensitivity.SHAREABLE), opened(team, Sensitivity.SHAREABLE)
    try:
        a = captive_a(first)
        read_at = first.captives.version(a)
        assert second.captives.version(a) == read_at
        first.captives.update(a, expected_version=read_at, summary="first save")
        with pytest.raises(StaleRecord, match="after you read it; nothing was saved"):
            second.captives.update(a, expected_version=read_at, summary="second save")
        assert second.captives.get(a).summary == "first save"
    finally:
        first.close()
        second.close()


def test_without_its_required_second_factor_an_assistant_writes_nothing(team: Team) -> None:
    login = team.logins[Sensitivity.SHAREABLE]
    assert run("team", "enrol-2fa", login, "--require", "--db", team.owner_url)[0] == 0
    with psql(team, Sensitivity.SHAREABLE) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO organisations (uid, name, kind, sensitivity, country, "
                         "notes) VALUES ('u-4', 'planted', 'ngo', 'shareable', '', '')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="member of the team"):
            conn.execute("SELECT caseapp_team.append_audit('u-5', now()::timestamp, 'create', "
                         "'organisations', 'r', '', 'planted', '', NULL, NULL)")
        assert conn.execute("UPDATE captives SET summary = 'planted'").rowcount == 0


def test_policies_from_before_writes_below_internal_are_made_again_by_the_owner(
        team: Team) -> None:
    """A team server set up by an older CaseApp (read-only below internal: no append_audit):
    an assistant is told the owner must upgrade; once the owner opens it, the assistant
    writes."""
    cf = opened_after_the_owners_upgrade(
        team, "DROP FUNCTION caseapp_team.append_audit(text, timestamp, text, text, text, "
              "text, text, text, text, text)")
    try:
        made = cf.organisations.create(name="afterupgrade", kind="ngo", sensitivity="shareable")
    finally:
        cf.close()
    owner = opened(team, None)
    try:
        assert owner.organisations.get(made.id).name == "afterupgrade"
        assert owner.check().problems == ()
    finally:
        owner.close()


def test_a_members_audit_entries_are_dated_by_the_server_whatever_she_gives(team: Team) -> None:
    """A member's entries are appended by the server's function, which hashes them: dated by
    the server's clock, so that she cannot date a change of hers years back (or ahead)
    through psql, and the owner's check still finds the chain whole."""
    with psql(team, Sensitivity.SHAREABLE) as conn:
        now = conn.execute("SELECT (now() AT TIME ZONE 'UTC')::timestamp").fetchone()[0]
        conn.execute("SELECT caseapp_team.append_audit('u-backdated', '2001-01-01 00:00', "
                     "'update', 'captives', 'r', '', 'backdated', 'summary', 'a', 'b')")
    with psycopg.connect(team.owner_url.replace("+psycopg", "")) as conn:
        (at,) = conn.execute("SELECT at FROM audit_entries WHERE uid = 'u-backdated'").fetchone()
    assert abs((at - now).total_seconds()) < 60
    assert_the_owners_check_passes(team)


def test_a_server_whose_members_dated_their_own_entries_is_brought_up_to_date(
        team: Team) -> None:
    """A team server set up before the server dated a member's entries: the member is told
    the owner must upgrade it first; then her entries are dated by the server."""
    cf = opened_after_the_owners_upgrade(
        team, "CREATE OR REPLACE FUNCTION caseapp_team.append_audit(p_uid text, p_at timestamp, "
              "p_action text, p_entity text, p_record_uid text, p_captive_uid text, "
              "p_summary text, p_field text, p_old text, p_new text) RETURNS text "
              "LANGUAGE sql AS $$ SELECT ''::text $$")
    cf.close()
    test_a_members_audit_entries_are_dated_by_the_server_whatever_she_gives(team)
