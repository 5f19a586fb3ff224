"""A team member's calendar numbers and cancels its events as the owner's does, through the
server's functions (caseapp.db.team_calendar), and learns nothing above her clearance: not
from her calendar file, not from the functions called with SQL by hand, uids of internal
records included. The functions cannot be replaced, read audit text, or write.

Each record carries a marker word of its level; the level of each is worked out by hand from
caseapp.domain.redaction (a record's own level made stricter by what it hangs on)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg
import pyotp
import pytest
from icalendar import Calendar

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db.team_calendar import SIGNATURES
from caseapp.db.team_policies import calendar_role
from caseapp.services import outputs
from caseapp.services.captive_merge import merge_captives
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.postgres import login_url, unique_login

PASSWORD = "Calendar-Pass-5521"


@dataclass
class Case:
    url: str
    members: dict[str, str]  # clearance -> the member's URL
    uids: dict[str, str]  # marker -> record uid
    ids: dict[str, int]  # marker -> record id
    logins: dict[str, str]  # clearance -> the member's login


# marker -> the lowest clearance that may know of the record (worked out by hand)
LEVELS = {
    "openhearing": "public",      # public hearing of public captive P (consented)
    "openline": "public",         # public deadline of P
    "openlate": "public",         # public deadline of P, long overdue, closed today
    "partnerhearing": "shareable",  # shareable hearing of shareable captive A
    "partnerline": "shareable",   # shareable deadline of A
    "partnerlate": "shareable",   # shareable deadline of A, long overdue, closed today
    "partnerkept": "shareable",   # a shareable hearing of A kept (and edited)
    "secrethearing": "internal",  # internal hearing of A
    "secretunder": "internal",    # shareable hearing under an internal prosecution of A
    "secretline": "internal",     # internal deadline of shareable A (its parent shareable)
    "secretlate": "internal",     # internal deadline of A, long overdue, closed today
    "secretofb": "internal",      # shareable hearing of internal captive B
    "secretlineb": "internal",    # public deadline of internal captive B
    "secretmoved": "internal",    # internal deadline of A, closed lately, not due lately
}
ALLOWS = {"public": {"public"}, "shareable": {"public", "shareable"}}


def ics_of(url: str, path: Path, level: str = "shareable") -> dict[str, tuple[str, int]]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["deadlines", "--db", url, "--format", "ics", "--level", level,
                 "-o", str(path)], out=out, err=err) == 0, err.getvalue()
    return {str(e["UID"]).removesuffix("@caseapp"): (str(e["STATUS"]), int(e["SEQUENCE"]))
            for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


@pytest.fixture
def case(pg_url: str) -> Case:
    today = date.today()  # the command's
    soon, long_ago = today + timedelta(days=5), today - timedelta(days=90)
    cf = open_case_file(Location(url=pg_url), actor="owner")
    uids: dict[str, str] = {}
    ids: dict[str, int] = {}
    try:
        p = cf.captives.create(names=["Petrosyan Hayk"], sensitivity="public",
                               consent_publicity=True, status="on_trial").id
        a = cf.captives.create(names=["Arakelyan Anush"], sensitivity="shareable",
                               status="on_trial").id
        b = cf.captives.create(names=["Grigoryan Vahe"], sensitivity="internal",
                               status="on_trial").id
        secret = cf.prosecutions.create(captive_id=a, case_number="7-1/2021",
                                        sensitivity="internal")

        def hearing(marker: str, captive: int, level: str, prosecution: int | None = None,
                    day: date = soon) -> None:
            made = cf.hearings.create(
                starts_at=f"{day} 10:00", timezone="Asia/Baku", court=marker,
                captive_ids=[captive], prosecution_id=prosecution, sensitivity=level)
            uids[marker], ids[marker] = made.uid, made.id

        def deadline(marker: str, captive: int, level: str, due: date = soon) -> None:
            made = cf.deadlines.create(captive_id=captive, title=marker, due_on=due.isoformat(),
                                       sensitivity=level)
            uids[marker], ids[marker] = made.uid, made.id

        hearing("openhearing", p, "public")
        hearing("partnerhearing", a, "shareable")
        hearing("partnerkept", a, "shareable")
        hearing("secrethearing", a, "internal")
        hearing("secretunder", a, "shareable", secret.id)
        hearing("secretofb", b, "shareable")
        deadline("openline", p, "public")
        deadline("partnerline", a, "shareable")
        deadline("secretline", a, "internal")
        deadline("secretlineb", b, "public")
        for marker, who, level in (("openlate", p, "public"), ("partnerlate", a, "shareable"),
                                   ("secretlate", a, "internal"),
                                   ("secretmoved", a, "internal")):
            deadline(marker, who, level, long_ago)
        cf.team.init()
        members, logins = {}, {}
        for clearance in ("public", "shareable"):
            logins[clearance] = login = unique_login(clearance[:3])
            cf.team.add_user(login, clearance=clearance, password=PASSWORD)
            members[clearance] = login_url(pg_url, login, PASSWORD)
    finally:
        cf.close()
    return Case(pg_url, members, uids, ids, logins)


def delete_and_close(case: Case) -> None:
    cf = open_case_file(Location(url=case.url), actor="owner")
    try:
        for marker in ("openhearing", "partnerhearing", "secrethearing", "secretunder",
                       "secretofb"):
            cf.hearings.delete(case.ids[marker])
        for marker in ("openline", "partnerline", "secretline", "secretlineb"):
            # (a note on the deletion is an entry after it: the latest, which numbers it)
            cf.deadlines.delete(case.ids[marker], note="Withdrawn by the court.")
        for marker in ("openlate", "partnerlate", "secretlate", "secretmoved"):
            cf.deadline_engine.mark_done(case.ids[marker], "Filed.")
    finally:
        cf.close()


def sql_url(url: str) -> str:
    return url.replace("+psycopg", "")


def test_a_member_gets_the_cancellations_of_her_level_and_nothing_above(
        case: Case, tmp_path: Path) -> None:
    delete_and_close(case)
    internal_uids = {u for m, u in case.uids.items() if LEVELS[m] == "internal"}
    for clearance, url in case.members.items():
        events = ics_of(url, tmp_path / f"{clearance}.ics")
        text = (tmp_path / f"{clearance}.ics").read_text(encoding="utf-8")
        for marker, uid in case.uids.items():
            allowed = LEVELS[marker] in ALLOWS[clearance]
            if marker == "partnerkept" and allowed:
                assert events[uid][0] == "CONFIRMED"
            elif allowed:  # deleted or closed lately: cancelled
                assert events.get(uid, ("", 0))[0] == "CANCELLED", (clearance, marker)
            else:
                assert uid not in text and marker not in text, (clearance, marker)
        # the owner's calendar at the same level: the same events, the same numbers
        assert ics_of(case.url, tmp_path / f"owner-{clearance}.ics", clearance) == events
        # what the functions tell her when she asks them herself, uids of internal records
        # included: nothing of a record above her level
        every = list(case.uids.values())
        with psycopg.connect(sql_url(url)) as conn:
            numbers = dict(conn.execute(
                "SELECT uid, number FROM caseapp_team.event_sequences(%s)", (every,)).fetchall())
            closed = {r[0] for r in conn.execute(
                "SELECT caseapp_team.closed_since(%s, %s)", (every, datetime(2000, 1, 1)))}
            gone = conn.execute("SELECT uid, kind, deleted_at, number, facts::text FROM "
                                "caseapp_team.calendar_deletions(%s)",
                                (datetime(2000, 1, 1),)).fetchall()
        said = repr([numbers, closed, gone])
        assert not internal_uids & (set(numbers) | closed | {g[0] for g in gone}), clearance
        for marker, uid in case.uids.items():
            if LEVELS[marker] not in ALLOWS[clearance]:
                assert uid not in said and marker not in said, (clearance, marker)
        assert {g[0] for g in gone} == {
            case.uids[m] for m in ("openhearing", "partnerhearing", "openline", "partnerline")
            if LEVELS[m] in ALLOWS[clearance]}
        for _uid, _kind, _at, _number, facts in gone:  # no text of the record: no marker
            assert not any(m in facts for m in LEVELS), facts


def test_one_number_per_event_that_only_grows(case: Case, tmp_path: Path) -> None:
    member = case.members["shareable"]
    kept = case.uids["partnerkept"]
    before = ics_of(member, tmp_path / "before.ics")
    assert before == ics_of(case.url, tmp_path / "owner-before.ics")
    cf = open_case_file(Location(url=case.url), actor="owner")
    try:
        cf.hearings.update(case.ids["partnerkept"], court="Baku Court of Appeal")
    finally:
        cf.close()
    with psycopg.connect(sql_url(case.url)) as owner:
        counts = dict(owner.execute("SELECT uid, row_version FROM hearings UNION ALL "
                                    "SELECT uid, row_version FROM deadlines").fetchall())
    after = ics_of(member, tmp_path / "after.ics")
    assert after[kept][1] > before[kept][1]  # an edit raises it
    assert after == ics_of(case.url, tmp_path / "owner-after.ics")  # the owner's number
    # the count of saved changes her calendar numbered by before: never above the new number
    assert all(number >= counts[uid] for uid, (_state, number) in after.items())


def test_the_functions_cannot_be_replaced_read_text_or_write(case: Case) -> None:
    role = calendar_role(case.url.rsplit("/", 1)[1])
    with psycopg.connect(sql_url(case.url)) as owner:
        found = owner.execute(
            "SELECT p.proname, r.rolname, p.prosecdef, p.proconfig::text, p.provolatile "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "JOIN pg_roles r ON r.oid = p.proowner WHERE n.nspname = 'caseapp_team' "
            "AND p.proname IN ('event_sequences', 'closed_since', 'calendar_deletions')"
        ).fetchall()
        assert len(found) == len(SIGNATURES)
        for _name, owner_role, definer, config, volatility in found:
            assert owner_role == role and definer and volatility == "s"  # stable: no writes
            assert "search_path=pg_catalog, caseapp_team, pg_temp" in config
        [(login, bypass, superuser, members)] = owner.execute(
            "SELECT rolcanlogin, rolbypassrls, rolsuper, (SELECT count(*) FROM pg_auth_members "
            "a WHERE a.roleid = r.oid) FROM pg_roles r WHERE rolname = %s", (role,)).fetchall()
        assert not (login or bypass or superuser or members)
        writes = owner.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN ('public', 'caseapp_team') AND c.relkind IN ('r', 'v') AND "
            "(has_table_privilege(%s, c.oid, 'INSERT') OR has_table_privilege(%s, c.oid, "
            "'UPDATE') OR has_table_privilege(%s, c.oid, 'DELETE'))", (role,) * 3).fetchall()
        assert writes == []
        for column in ("summary", "new_value", "actor"):  # the audit log's text: not even it
            assert not owner.execute("SELECT has_column_privilege(%s, 'audit_entries', %s, "
                                     "'SELECT')", (role, column)).fetchone()[0]
        stranger = unique_login("none")  # a login of the server with no clearance
        owner.execute(f'CREATE ROLE "{stranger}" LOGIN PASSWORD \'{PASSWORD}\'')
        owner.execute(f'GRANT CONNECT ON DATABASE "{case.url.rsplit("/", 1)[1]}" TO "{stranger}"')
        owner.execute(f'GRANT USAGE ON SCHEMA caseapp_team TO "{stranger}"')
        owner.commit()
    member = case.members["shareable"]
    for attempt in (
            "CREATE OR REPLACE FUNCTION caseapp_team.event_sequences(p_uids text[]) RETURNS "
            "TABLE (uid text, number integer) LANGUAGE sql AS $$ SELECT '', 0 $$",
            "ALTER FUNCTION caseapp_team.calendar_deletions(timestamp) SET search_path = public",
            f'SET ROLE "{role}"',
            "CREATE FUNCTION caseapp_team.level_rank(level varchar) RETURNS integer "
            "LANGUAGE sql AS $$ SELECT 0 $$"):
        with psycopg.connect(sql_url(member)) as conn, pytest.raises(
                psycopg.errors.InsufficientPrivilege):
            conn.execute(attempt)
    with psycopg.connect(sql_url(member)) as conn:  # the log itself: still closed to her
        assert conn.execute("SELECT count(*) FROM audit_entries").fetchone() == (0,)
    with psycopg.connect(sql_url(login_url(case.url, stranger, PASSWORD))) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM caseapp_team.event_sequences(%s)",
                         (list(case.uids.values()),))


def _calendar(url: str, level: str = "shareable") -> dict[str, tuple[str, int]]:
    cf = open_case_file(Location(url=url), actor="t", today=lambda: TODAY)
    try:
        data = outputs.calendar(cf, level=level, lang="en").data
    finally:
        cf.close()
    return {str(e["UID"]): (str(e["STATUS"]), int(e["SEQUENCE"]))
            for e in Calendar.from_ical(data).walk("VEVENT")}


def test_merges_and_capture_deadlines_as_the_owners_calendar_at_her_level(
        pg_url: str) -> None:
    """A merge's removals and the deadlines of a capture whose date is internal: the member's
    calendar is the owner's at her level, event for event and number for number, and holds
    nothing of the internal records'."""
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        pairs = []
        for level, other_level in (("shareable", "shareable"), ("shareable", "internal")):
            twins = []
            for name, at in (("Aram Petrosyan", level), ("Арам Петросян", other_level)):
                c = cf.captives.create(names=[name], status="held", capture="2026-11-20",
                                       sensitivity=at, category="serviceman")
                cf.detention_orders.create(captive_id=c.id, start_date="2026-11-23",
                                           term_months=4)
                twins.append(c.id)
            pairs.append(twins)
        # a shareable captive whose capture date is internal: its capture deadlines too
        hidden = cf.captives.create(names=["Vardanyan Armen"], status="held",
                                    capture="2026-11-21", sensitivity="shareable",
                                    category="serviceman",  # a capture card is due
                                    field_levels={"capture_date": "internal"}).id
        hidden_uids = {d.uid for d in cf.deadlines.list(captive_id=hidden)
                       if d.trigger_uid and d.trigger_uid == cf.captives.get(hidden).uid}
        assert hidden_uids
        internal_uids = {d.uid for d in cf.deadlines.list(captive_id=pairs[1][1])} | hidden_uids
        cf.team.init()
        login = unique_login("ani")
        cf.team.add_user(login, clearance="shareable", password=PASSWORD)
        member = login_url(pg_url, login, PASSWORD)
        before = _calendar(member)
        for keep, other in pairs:
            merge_captives(cf, keep, other)
        for uid in hidden_uids:
            [d] = [d for d in cf.deadlines.list(captive_id=hidden) if d.uid == uid]
            cf.deadlines.delete(d.id)
    finally:
        cf.close()
    after = _calendar(member)
    assert after == _calendar(pg_url)  # the owner's, at the shareable level
    cancelled = {u for u, (state, _n) in after.items() if state == "CANCELLED"}
    assert cancelled - set(before) == set()  # only what her calendar held is cancelled
    assert cancelled, after  # the shareable pair's removals
    assert not {f"{u}@caseapp" for u in internal_uids} & set(after)
    with psycopg.connect(sql_url(member)) as conn:
        told = conn.execute("SELECT uid, facts::text FROM caseapp_team.calendar_deletions(%s)",
                            (datetime(2000, 1, 1),)).fetchall()
    assert not internal_uids & {uid for uid, _facts in told}
    assert all(uid not in repr(told) for uid in internal_uids)


def test_a_second_factor_required_and_not_given_gets_nothing(case: Case) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["team", "enrol-2fa", case.logins["shareable"], "--require", "--db", case.url],
                out=out, err=err) == 0, err.getvalue()
    secret = re.search(r"type the key ([A-Z2-7]+)\)", out.getvalue())
    assert secret is not None
    delete_and_close(case)
    every = list(case.uids.values())
    with psycopg.connect(sql_url(case.members["shareable"]), autocommit=True) as conn:

        def told() -> list[object]:
            return [*conn.execute("SELECT * FROM caseapp_team.event_sequences(%s)", (every,)),
                    *conn.execute("SELECT * FROM caseapp_team.calendar_deletions(%s)",
                                  (datetime(2000, 1, 1),)),
                    *conn.execute("SELECT caseapp_team.closed_since(%s, %s)",
                                  (every, datetime(2000, 1, 1)))]
        assert told() == []  # the password alone
        assert conn.execute("SELECT caseapp_team.sign_in(%s)",
                            (pyotp.TOTP(secret.group(1)).now(),)).fetchone()[0]
        assert told()  # once signed in: what her level allows


def test_a_login_holding_the_calendar_roles_name_is_refused(pg_url: str) -> None:
    """Someone's login named as the calendar's role would own the functions: team init
    refuses, in one line, and makes nothing of it."""
    role = calendar_role(pg_url.rsplit("/", 1)[1])
    with psycopg.connect(sql_url(pg_url), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN PASSWORD \'{PASSWORD}\'')
    out, err = io.StringIO(), io.StringIO()
    assert main(["team", "init", "--db", pg_url], out=out, err=err) == 2
    assert role in err.getvalue() and err.getvalue().count("\n") == 1, err.getvalue()
    with psycopg.connect(sql_url(pg_url)) as conn:
        assert conn.execute("SELECT to_regprocedure('caseapp_team.calendar_deletions(timestamp)')"
                            ).fetchone() == (None,)
