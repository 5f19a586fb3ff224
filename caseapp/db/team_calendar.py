"""What a team member's calendar reads of the audit log, and nothing more: the server's
functions that number her events and list what was deleted or closed lately.

A calendar numbers its events (SEQUENCE) and cancels the hearings and deadlines deleted or
closed lately from the audit log (:mod:`caseapp.services.calendar_sequences`,
:mod:`caseapp.services.calendar_deletions`), which is internal. Below internal clearance a
login reads it only through three functions, ``SECURITY DEFINER`` but owned by a role of
their own (``DB_calendar``, :func:`calendar_role`) that has no login, no members (the
database's owner is one only while it gives the role its functions), does not bypass
row-level security and may read nothing else of the log:

- ``clearance()`` gives that role the clearance of the login that called the function
  (``session_user``), so every policy of :mod:`caseapp.db.team_policies` applies inside
  the functions as it does to her own queries: a record she may not read is not there;
- its policy on ``audit_entries`` (read only) lets it see the entries about hearings,
  deadlines and captives, for a calling login with a clearance, and its column privileges
  only their id, record, kind, field, day and the record a deletion removed
  (``old_value``); never the summary, the new value or who wrote it;
- ``event_sequences(uids)`` gives (uid, number) for those of ``uids`` she may read: the id
  of the latest entry about each;
- ``closed_since(uids, since)`` gives those of ``uids`` (deadlines she may read) whose status
  changed since ``since``;
- ``calendar_deletions(since)`` gives each hearing or deadline deleted since ``since`` (and
  not back since) that her clearance allowed as it was, judged from the deletion entry by
  the same rules as the policies (its own level, its prosecution's, its captives', its
  trigger's, its captive's; a parent she may not read now, or deleted, hides it), as its
  uid, kind, day of deletion, number and a few facts the calendar needs: when it was set
  and what it hung on (only records she may read), never its text.

Every function sets its ``search_path`` and is executable by the team's groups only; none
writes. The role owns only these functions and the masked view of deadlines
(:mod:`caseapp.db.team_deadlines`, on which it has no right itself: it only reads the table
for it, within the policies), so a member can neither replace one nor act as the role.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from caseapp.domain.redaction import RULE_APPLIED_BY_HAND

SCHEMA = "caseapp_team"
ROLE_SUFFIX = "calendar"
# The entries the functions read, and the columns of them.
ENTITIES = ("hearings", "deadlines", "captives")
AUDIT_COLUMNS = ("id", "record_uid", "entity", "action", "field", "at", "old_value")
# What the calendar keeps of a deleted record (caseapp.services.calendar_deletions): when it
# was set, its status, its own level (at most the login's clearance).
WHEN = ("starts_at", "timezone", "due_on", "due_time", "status", "sensitivity", "level")
SIGNATURES = ("event_sequences(text[])", "closed_since(text[], timestamp)",
              "calendar_deletions(timestamp)")
DEFINER = f"SECURITY DEFINER SET search_path = pg_catalog, {SCHEMA}, pg_temp"
MERGED = "'merged_into'"  # caseapp.services.calendar_deletions.MERGED_INTO, as SQL
TRIGGER_TABLES = ("prosecutions", "hearings", "detention_orders", "international_proceedings",
                  "court_deliveries")


def _visible(table: str, column: str, value: str) -> str:
    return f"EXISTS (SELECT 1 FROM public.{table} v WHERE v.{column}::text = {value})"


def _captives_seen(o: str) -> str:
    """The uids of a deleted hearing's captives that the login may read, as a json array."""
    return (f"(SELECT coalesce(json_agg(c.uid ORDER BY c.uid), '[]'::json) FROM public.captives c "
            f"WHERE c.uid IN (SELECT json_array_elements_text(CASE WHEN json_typeof({o} -> "
            f"'captives') = 'array' THEN {o} -> 'captives' ELSE '[]'::json END)))")


def _rank(value: str) -> str:
    return f"{SCHEMA}.level_rank({value}) <= {SCHEMA}.clearance()"


def _deadline_allowed(o: str) -> str:
    """A deleted deadline, as the deadlines' policy judges a row (team_policies.visibility):
    own level, captive, trigger; one a merge removed: the level it had, the kept captive."""
    trigger_uid, captive_id = f"({o} ->> 'trigger_uid')", f"({o} ->> 'captive_id')"
    trigger = " OR ".join(
        [f"coalesce({trigger_uid}, '') = ''",
         f"{o} ->> 'trigger_kind' = '{RULE_APPLIED_BY_HAND}'",
         *(_visible(t, "uid", trigger_uid) for t in TRIGGER_TABLES),
         f"EXISTS (SELECT 1 FROM public.captives x WHERE x.uid = {trigger_uid} AND "
         f"{SCHEMA}.field_rank(x.field_levels, 'capture_date', x.sensitivity) "
         f"<= {SCHEMA}.clearance())"])
    merged = (f"({_rank(_level(o, 'level'))} AND "
              f"{_visible('captives', 'uid', f'({o} ->> {MERGED})')})")
    own = (f"({_rank(_level(o, 'sensitivity'))} AND ({captive_id} IS NULL OR "
           f"{_visible('captives', 'id', captive_id)}) AND ({trigger}))")
    return f"(CASE WHEN {o} ->> {MERGED} IS NOT NULL THEN {merged} ELSE {own} END)"


def _level(o: str, key: str) -> str:
    """A level the snapshot gives (none: internal)."""
    return f"coalesce({o} ->> '{key}', 'internal')"


def _hearing_allowed(o: str) -> str:
    """A deleted hearing: own level, prosecution, and at least one captive she may read."""
    prosecution = f"({o} ->> 'prosecution_id')"
    return (f"({_rank(_level(o, 'sensitivity'))} AND ({prosecution} IS NULL OR "
            f"{_visible('prosecutions', 'id', prosecution)}) AND "
            f"json_array_length({_captives_seen(o)}) > 0)")


def _facts(o: str) -> str:
    """What the calendar reads of a deleted record the login may see (no text of it)."""
    kept = ", ".join(f"'{k}', {o} -> '{k}'" for k in WHEN)
    prosecution, captive = f"({o} ->> 'prosecution_id')", f"({o} ->> 'captive_id')"
    refs = ", ".join([
        f"'captives', {_captives_seen(o)}",
        f"'prosecution_id', CASE WHEN {_visible('prosecutions', 'id', prosecution)} "
        f"THEN {o} -> 'prosecution_id' END",
        f"'captive_id', CASE WHEN {_visible('captives', 'id', captive)} "
        f"THEN {o} -> 'captive_id' END",
        f"{MERGED}, {o} -> {MERGED}",  # a captive she may read (checked)
        # a record she may read, or none (checked; a merge's deletion is judged without it)
        f"'trigger_uid', CASE WHEN {o} ->> {MERGED} IS NULL THEN {o} -> 'trigger_uid' END"])
    return f"json_build_object({kept}, {refs})"


def function_statements(role_sql: str) -> list[str]:
    """The functions (made by the owner, then given to the role ``role_sql``, quoted)."""
    s = SCHEMA
    o = "d.snapshot"
    return [
        f"CREATE OR REPLACE FUNCTION {s}.json_or_null(value text) RETURNS json LANGUAGE "
        "plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
        "IF json_typeof(value::json) = 'object' THEN RETURN value::json; END IF; RETURN NULL; "
        "EXCEPTION WHEN others THEN RETURN NULL; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.event_sequences(p_uids text[]) "
        f"RETURNS TABLE (uid text, number integer) LANGUAGE sql STABLE {DEFINER} AS $$ "
        "SELECT e.record_uid::text, max(e.id)::integer FROM public.audit_entries e "
        "WHERE e.record_uid = ANY (p_uids) AND ("
        f"(e.entity = 'hearings' AND {_visible('hearings', 'uid', 'e.record_uid')}) OR "
        f"(e.entity = 'deadlines' AND {_visible('deadlines', 'uid', 'e.record_uid')}) OR "
        f"(e.entity = 'captives' AND {_visible('captives', 'uid', 'e.record_uid')})) "
        "GROUP BY e.record_uid $$",
        f"CREATE OR REPLACE FUNCTION {s}.closed_since(p_uids text[], p_since timestamp) "
        f"RETURNS SETOF text LANGUAGE sql STABLE {DEFINER} AS $$ "
        "SELECT DISTINCT e.record_uid::text FROM public.audit_entries e "
        "WHERE e.record_uid = ANY (p_uids) AND e.entity = 'deadlines' AND e.field = 'status' "
        f"AND e.at >= p_since AND {_visible('deadlines', 'uid', 'e.record_uid')} $$",
        f"CREATE OR REPLACE FUNCTION {s}.calendar_deletions(p_since timestamp) "
        "RETURNS TABLE (uid text, kind text, deleted_at timestamp, number integer, facts json) "
        f"LANGUAGE sql STABLE {DEFINER} AS $$ "
        "SELECT d.record_uid, d.entity, d.at, d.latest, "
        f"{_facts(o)} "
        # the latest deletion of each; none put back since (a later entry but the deletion's
        # note); its number the latest entry's (the note's, if any), as the owner's
        f"FROM (SELECT DISTINCT ON (e.record_uid) e.record_uid::text AS record_uid, "
        f"e.entity::text AS entity, e.at, {s}.json_or_null(e.old_value) AS snapshot, "
        "(SELECT max(l.id) FROM public.audit_entries l WHERE l.record_uid = e.record_uid)::integer "
        "AS latest FROM public.audit_entries e "
        "WHERE e.action = 'delete' AND e.field = '' AND e.entity IN ('hearings', 'deadlines') "
        "AND e.at >= p_since AND NOT EXISTS (SELECT 1 FROM public.audit_entries l "
        "WHERE l.record_uid = e.record_uid AND l.id > e.id AND l.action <> 'delete') "
        "ORDER BY e.record_uid, e.id DESC) d "
        f"WHERE {o} IS NOT NULL AND {s}.clearance() >= 0 AND CASE d.entity "
        f"WHEN 'hearings' THEN {_hearing_allowed(o)} ELSE {_deadline_allowed(o)} END $$",
        *(f"ALTER FUNCTION {s}.{f} OWNER TO {role_sql}" for f in SIGNATURES),
    ]


def grant_statements(role_sql: str, groups_sql: str, readable: list[str]) -> list[str]:
    """What the role may read (``readable``: the tables the policies ask, ``captives`` by its
    keys), its policy on the audit log, and who may call the functions (``groups_sql``)."""
    s = SCHEMA
    return [
        f"GRANT USAGE ON SCHEMA public, {s} TO {role_sql}",
        f"GRANT SELECT ON {', '.join(readable)} TO {role_sql}",
        f"GRANT SELECT ({', '.join(AUDIT_COLUMNS)}) ON public.audit_entries TO {role_sql}",
        "DROP POLICY IF EXISTS team_calendar ON audit_entries",
        f"CREATE POLICY team_calendar ON audit_entries AS PERMISSIVE FOR SELECT TO {role_sql} "
        f"USING (entity IN ({', '.join(repr(e) for e in ENTITIES)}) AND {s}.clearance() >= 0)",
        *(stmt for f in SIGNATURES for stmt in (
            f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {s}.{f} TO {groups_sql}")),
        f"REVOKE ALL ON FUNCTION {s}.json_or_null(text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {s}.json_or_null(text) TO {role_sql}",
    ]


# ---- what the app asks, as a login below internal clearance ---------------------------------

def event_sequences(conn: Connection, uids: list[str]) -> dict[str, int]:
    """The id of the latest audit entry about each of ``uids`` the login may read."""
    return {str(u): int(n) for u, n in conn.execute(
        text(f"SELECT uid, number FROM {SCHEMA}.event_sequences(:uids)"), {"uids": uids})}


def closed_since(conn: Connection, uids: list[str], since: datetime) -> set[str]:
    """Those deadlines of ``uids`` (the login may read) whose status changed since ``since``."""
    return {str(u) for u in conn.execute(
        text(f"SELECT {SCHEMA}.closed_since(:uids, :since)"),
        {"uids": uids, "since": _naive_utc(since)}).scalars()}


def deletions(conn: Connection, since: datetime) -> list[tuple[str, str, datetime, int, Any]]:
    """The hearings and deadlines deleted since ``since`` the login's clearance allowed:
    (uid, table, when deleted (UTC), number, what the calendar reads of it)."""
    return [(str(u), str(k), at.replace(tzinfo=UTC), int(n), facts)
            for u, k, at, n, facts in conn.execute(
                text(f"SELECT uid, kind, deleted_at, number, facts FROM "
                     f"{SCHEMA}.calendar_deletions(:since) ORDER BY number"),
                {"since": _naive_utc(since)})]


def _naive_utc(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
