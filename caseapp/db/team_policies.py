"""Row-level security for a case file on a team server: what each clearance may read, enforced
by PostgreSQL itself, so that a login with clearance *shareable* sees nothing above shareable
even through psql.

How the levels of :mod:`caseapp.domain.redaction` become policies:

- Every clearance is a group role of the database (``DB_internal``, ``DB_shareable``,
  ``DB_public``); a login is a member of one. ``caseapp_team.clearance()`` gives the rank of
  the current role (2 internal, 1 shareable, 0 public, -1 none); inside the calendar's
  functions, run as their own role (:mod:`caseapp.db.team_calendar`), the calling login's.
- A row is visible when its own level's rank is at most the clearance *and* every record it
  hangs on is visible. The policies ask the parent tables with ``EXISTS`` sub-queries, and
  PostgreSQL applies the parents' own policies to those, so the effective level (own and
  parents', :func:`~caseapp.domain.redaction.effective_level`) is enforced transitively with
  no stored copy to keep in step: a hearing under an internal prosecution is hidden from a
  shareable login, and so is a document filed with that hearing.
- A deadline follows the record it was computed from (found by uid in the parent tables, or a
  captive's capture date by that field's level); one from a rule applied by hand has no record
  to follow (its own level decides); an unknown trigger counts as internal.
- A hearing or an intervention (which names its captives through ``hearing_captives`` and
  ``intervention_captives``) that concerns captives, none of whom the login may read, is
  hidden: everything about an internal captive is internal, as the outputs have it (a
  calendar leaves out a hearing whose captives it may not name). One that concerns no captive
  at all follows its own level. The links are read by ``caseapp_team.hearing_captives_seen``
  and ``intervention_captives_seen`` (``SECURITY DEFINER``: the links' own policy asks the
  hearing's, so a policy asking the links would recurse), which judge each captive by the
  calling login's clearance, as the captives' policy does.
- A change of status follows its captive's ``status`` field too, and so does the captive's
  ``status_since`` (``LEVEL_FOLLOWS``, in ``field_rank``): the history tells the status.
- Field levels (``captives.field_levels``): below internal, a login may read only the
  captive's identifying columns in ``public.captives`` (column privileges); the view
  ``caseapp_team.captives`` (first on such a login's ``search_path``, so the app reads it as
  ``captives``) shows each other field only where its level allows, else the column's blank.
- The audit log, file events and tags are internal. Below internal, a login may add and
  change records at or below its clearance (:mod:`caseapp.db.team_writes`: the policies'
  ``WITH CHECK``, the masked view's triggers, the audit log appended by a function); an
  internal login may write but not edit or delete audit entries, and every audit entry it
  writes must name it (``actor = session_user``).

The database owner (who runs ``caseapp team init``) is not subject to the policies.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from caseapp.db import team_2fa, team_calendar, team_deadlines, team_statistics, team_writes
from caseapp.db.base import Base
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.domain.redaction import LEVEL_FOLLOWS, RULE_APPLIED_BY_HAND, STATUS_FIELD

SCHEMA = "caseapp_team"
NAMEDATALEN = 63  # the bytes of a role's name PostgreSQL keeps (UTF-8: an Armenian letter is 2)
LEGACY_PREFIX = 48  # the letters of a database's name its group roles kept before
CLEARANCES = (Sensitivity.INTERNAL, Sensitivity.SHAREABLE, Sensitivity.PUBLIC)
RANK = {Sensitivity.PUBLIC: 0, Sensitivity.SHAREABLE: 1, Sensitivity.INTERNAL: 2}

VISIBLE_OF_CAPTIVE = "EXISTS (SELECT 1 FROM public.captives c WHERE c.id = {t}.captive_id)"
# A change of status: visible with its captive's status only (the history tells the status).
STATUS_OF_CAPTIVE = (f"EXISTS (SELECT 1 FROM public.captives c WHERE c.id = {{t}}.captive_id "
                     f"AND {SCHEMA}.field_rank(c.field_levels, '{STATUS_FIELD}', c.sensitivity) "
                     f"<= {SCHEMA}.clearance())")
# The captive's columns any clearance may read in the table itself (to follow references).
CAPTIVE_KEYS = ("id", "uid", "sensitivity", "field_levels")
# Columns of a captive shown whatever the field levels say (identity and level of the record).
CAPTIVE_ALWAYS = (*CAPTIVE_KEYS, "created_at", "updated_at", "row_version")
INTERNAL_ONLY = ("audit_entries", "audit_anchor", "file_events", "tags", "captive_tags")
NO_POLICY = ("alembic_version",)
# The views logins below internal clearance read in place of a table (caseapp_team.<table>).
MASKED_VIEWS = ("captives", team_deadlines.TABLE)


def _parent(t: str, column: str, parent: str) -> str:
    return (f"({t}.{column} IS NULL OR EXISTS (SELECT 1 FROM public.{parent} p "
            f"WHERE p.id = {t}.{column}))")


# A record that names its captives through a link table: (link table, its column naming the
# record). Visible below internal only while it concerns no captive or one the login may read.
LINKED_CAPTIVES = {"hearings": ("hearing_captives", "hearing_id"),
                   "interventions": ("intervention_captives", "intervention_id")}


def _captives_seen(t: str, table: str) -> str:
    link, _column = LINKED_CAPTIVES[table]
    return f"{SCHEMA}.{link}_seen({t}.id)"


def _own(t: str) -> str:
    return f"{SCHEMA}.level_rank({t}.sensitivity) <= {SCHEMA}.clearance()"


def _deadline_trigger(t: str) -> str:
    parents = " OR ".join(
        f"EXISTS (SELECT 1 FROM public.{p} x WHERE x.uid = {t}.trigger_uid)"
        for p in ("prosecutions", "hearings", "detention_orders", "international_proceedings",
                  "court_deliveries"))
    capture = (f"EXISTS (SELECT 1 FROM public.captives x WHERE x.uid = {t}.trigger_uid AND "
               f"{SCHEMA}.field_rank(x.field_levels, 'capture_date', x.sensitivity) "
               f"<= {SCHEMA}.clearance())")
    by_hand = f"{t}.trigger_kind = '{RULE_APPLIED_BY_HAND}'"  # no record to follow
    return f"({t}.trigger_uid = '' OR {by_hand} OR {parents} OR {capture})"


def _search_entry(t: str) -> str:
    """A search entry holds the words of one record: visible when that record is, except a
    captive's own fields (its words may come from fields above the login's clearance)."""
    entities = ("captive_names", "notes", "welfare_contacts", "detention_places", "prosecutions",
                "international_proceedings", "hearings", "interventions", "organisations",
                "contacts", "documents")
    record = " OR ".join(
        f"({t}.entity = '{e}' AND EXISTS (SELECT 1 FROM public.{e} x WHERE x.id = {t}.record_id))"
        for e in entities)
    return f"({record})"


def visibility(table: str) -> str | None:
    """The condition under which a row of ``table`` is visible below internal clearance
    (``None``: the table has no policy)."""
    t = table
    conditions = {
        "captives": [_own(t)],
        "captive_names": [VISIBLE_OF_CAPTIVE.format(t=t)],
        "charges": [_parent(t, "prosecution_id", "prosecutions")],
        "hearings": [_own(t), _parent(t, "prosecution_id", "prosecutions"),
                     _captives_seen(t, "hearings")],
        "detention_orders": [_own(t), VISIBLE_OF_CAPTIVE.format(t=t),
                             _parent(t, "prosecution_id", "prosecutions")],
        "hearing_captives": [VISIBLE_OF_CAPTIVE.format(t=t), _parent(t, "hearing_id", "hearings")],
        "interventions": [_own(t), _captives_seen(t, "interventions")],
        "intervention_captives": [VISIBLE_OF_CAPTIVE.format(t=t),
                                  _parent(t, "intervention_id", "interventions")],
        "organisations": [_own(t)],
        "contacts": [_own(t)],
        "documents": [_own(t), _parent(t, "captive_id", "captives"),
                      _parent(t, "prosecution_id", "prosecutions"),
                      _parent(t, "hearing_id", "hearings"),
                      _parent(t, "intervention_id", "interventions")],
        "deadlines": [_own(t), _parent(t, "captive_id", "captives"), _deadline_trigger(t)],
        # The Court's deliveries: own level, and the captive, proceeding and document they
        # concern (a delivery never reveals its parent).
        "court_deliveries": [_own(t), _parent(t, "captive_id", "captives"),
                             _parent(t, "proceeding_id", "international_proceedings"),
                             _parent(t, "document_id", "documents")],
        "search_entries": [_parent(t, "captive_id", "captives"), _search_entry(t)],
        # A setting of the whole file, or one captive's custody maximum ("captive:UID").
        "case_settings": [f"({t}.scope NOT LIKE 'captive:%' OR EXISTS (SELECT 1 FROM "
                          f"public.captives c WHERE 'captive:' || c.uid = {t}.scope))"],
    }
    for child in ("identity_documents", "detention_places", "welfare_contacts",
                  "notes", "prosecutions", "international_proceedings", "detention_facts"):
        conditions[child] = [_own(t), VISIBLE_OF_CAPTIVE.format(t=t)]
    conditions["status_changes"] = [_own(t), STATUS_OF_CAPTIVE.format(t=t)]
    if table in INTERNAL_ONLY:
        return "false"
    if table in NO_POLICY:
        return None
    found = conditions.get(table)
    if found is None:  # a table added later without a rule here: internal until it has one
        return "false"
    return " AND ".join(found)


def masked_captives_view() -> str:
    table: Table = Base.metadata.tables["captives"]
    columns = []
    for column in table.columns:
        name = column.name
        if name in CAPTIVE_ALWAYS:
            columns.append(f"c.{name}")
        else:
            columns.append(
                f"CASE WHEN {SCHEMA}.field_rank(c.field_levels, '{name}', c.sensitivity) "
                f"<= {SCHEMA}.clearance() THEN c.{name} ELSE {team_writes.blank(column)} END AS {name}")
    return (f"CREATE VIEW {SCHEMA}.captives WITH (security_barrier = true) AS SELECT "
            + ", ".join(columns)
            + f" FROM public.captives c WHERE {SCHEMA}.level_rank(c.sensitivity) "
              f"<= {SCHEMA}.clearance() AND {team_2fa.VIEW_CONDITION}")


def _q(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote_identifier(name))


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_role(database: str, clearance: Sensitivity) -> str:
    """The group role of one clearance in one database: :func:`role_name`."""
    return role_name(database, clearance.value)


def calendar_role(database: str) -> str:
    """The role that owns the calendar's functions (:mod:`caseapp.db.team_calendar`)."""
    return role_name(database, team_calendar.ROLE_SUFFIX)


def role_name(database: str, suffix: str) -> str:
    """The name of a role of one database, ``suffix`` its part (a clearance's group, the
    calendar's role; roles are the server's, databases many: the name says which database
    it is for). A name that would not fit in PostgreSQL's 63 bytes keeps as much of the
    database's name as fits with a digest of the whole name, so that no two databases share
    a role (an Armenian letter takes 2 bytes)."""
    longest = f"_{Sensitivity.SHAREABLE.value}"  # all named alike, or none (the longest)
    if len(database) <= LEGACY_PREFIX and len(f"{database}{longest}".encode()) <= NAMEDATALEN:
        return f"{database}_{suffix}"
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:8]
    room = NAMEDATALEN - len(f"_{digest}{longest}")
    prefix = database.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return f"{prefix}_{digest}_{suffix}"


def _legacy_group_role(database: str, clearance: Sensitivity) -> str:
    """The name :func:`group_role` gave before it made long names fit (cut to 48 letters)."""
    return f"{database[:LEGACY_PREFIX]}_{clearance.value}"


def _rename_legacy_groups(conn: Connection, database: str, groups: dict[Sensitivity, str],
                          existing: set[str]) -> set[str]:
    """A team set up before on a database of more than 48 letters: its groups get the names
    :func:`group_role` gives now (with their members). Returns the groups that exist now."""
    for clearance, name in groups.items():
        legacy = _legacy_group_role(database, clearance)
        if name in existing or legacy == name or not conn.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %(r)s) AND "
                "has_database_privilege(%(r)s, current_database(), 'CONNECT')",
                {"r": legacy}).scalar():
            continue
        conn.exec_driver_sql(f"ALTER ROLE {_q(conn, legacy)} RENAME TO {_q(conn, name)}")
        existing = existing | {name}
    return existing


def _rank_of(groups: dict[Sensitivity, str], role: str) -> str:
    return " ".join(f"WHEN pg_has_role({role}, {_literal(groups[c])}, 'MEMBER') "
                    f"THEN {RANK[c]}" for c in CLEARANCES)


def _follows(field: str) -> str:
    """The field whose level ``field`` also takes (``LEVEL_FOLLOWS``), as SQL (NULL: none)."""
    cases = " ".join(f"WHEN {_literal(k)} THEN {_literal(v)}" for k, v in LEVEL_FOLLOWS.items())
    return f"CASE {field} {cases} END"


def functions(groups: dict[Sensitivity, str], calendar: str) -> list[str]:
    """``clearance()``: the rank of the current role; inside the calendar's functions (run
    as ``calendar``, the role that owns them) the rank of the login that called them."""
    rank_of = (f"WHEN current_user = {_literal(calendar)} THEN (CASE "
               f"{_rank_of(groups, 'session_user')} ELSE -1 END) "
               + _rank_of(groups, "current_user"))
    return [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.level_rank(level text) RETURNS integer "
        "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE level WHEN 'public' THEN 0 "
        "WHEN 'shareable' THEN 1 ELSE 2 END $$",
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.field_rank(levels json, field text, "
        "record_level text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest("
        f"{SCHEMA}.level_rank(record_level), "
        f"{SCHEMA}.level_rank(coalesce(levels ->> field, record_level)), "
        f"{SCHEMA}.level_rank(coalesce(levels ->> ({_follows('field')}), record_level))) $$",
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.clearance() RETURNS integer LANGUAGE sql STABLE "
        f"AS $$ SELECT CASE {rank_of} ELSE -1 END $$",
        *team_writes.function_statements(_rank_of(groups, "session_user")),
        *(_linked_captives_function(link, column) for link, column in LINKED_CAPTIVES.values()),
    ]


def _linked_captives_function(link: str, column: str) -> str:
    """``caseapp_team.<link>_seen(id)``: whether the record ``id`` concerns no captive, or at
    least one the calling login may read (its clearance: ``session_user``'s, as inside the
    calendar's functions; the second factor is the record's own policy's to ask). It reads the
    links past their policy, which asks the record's: no recursion."""
    return (f"CREATE OR REPLACE FUNCTION {SCHEMA}.{link}_seen(p_id integer) RETURNS boolean "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ "
            f"SELECT NOT EXISTS (SELECT 1 FROM public.{link} l WHERE l.{column} = p_id) "
            f"OR EXISTS (SELECT 1 FROM public.{link} l JOIN public.captives c "
            f"ON c.id = l.captive_id WHERE l.{column} = p_id AND "
            f"{SCHEMA}.level_rank(c.sensitivity) <= {SCHEMA}.session_clearance()) $$")


def drop_masked_view(conn: Connection) -> None:
    """Before a revision changes the captives or deadlines table on a server: the masked
    views, which name their columns, go; they are made again with the policies once the
    upgrade reaches the head (:func:`schema_state`, caseapp.services.team.upgrade_server)."""
    if conn.dialect.name == "postgresql":
        for view in MASKED_VIEWS:
            conn.exec_driver_sql(f"DROP VIEW IF EXISTS {SCHEMA}.{view}")


def schema_state(conn: Connection) -> tuple[bool, bool]:
    """On a server: whether the team schema exists, and whether its policies are to be made
    again: an upgrade dropped the masked view of captives, or they predate writes below
    internal clearance (no ``append_audit`` function) or the server's dating of them, or deadlines from rules applied by
    hand (their policy does not name them), or a captive's status or category kept back read
    as "not shown" (the masked view's definition does not name it), or the calendar's
    functions are missing (:mod:`caseapp.db.team_calendar`), or the masked view of deadlines
    (:mod:`caseapp.db.team_deadlines`)."""
    if conn.dialect.name != "postgresql":
        return False, False
    row = conn.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = %(s)s), "
        "EXISTS (SELECT 1 FROM pg_views WHERE schemaname = %(s)s AND viewname = 'captives' "
        "AND definition LIKE %(withheld)s), "
        "EXISTS (SELECT 1 FROM pg_views WHERE schemaname = %(s)s AND viewname = 'deadlines'), "
        "EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = %(s)s AND p.proname = 'append_audit' "
        "AND p.prosrc LIKE %(server_time)s), "
        "EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = %(s)s AND p.proname = 'calendar_deletions'), "
        "EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'deadlines' "
        "AND policyname = 'team_rows' AND qual LIKE %(by_hand)s)",
        {"s": SCHEMA, "by_hand": f"%'{RULE_APPLIED_BY_HAND}'%",
         "server_time": f"%{team_writes.SERVER_TIME}%",
         "withheld": f"%'{CaptiveStatus.WITHHELD.value}'%"}).one()
    return bool(row[0]), bool(row[0]) and not all(row[1:])


def _make_calendar_role(conn: Connection, name: str) -> None:
    """The calendar's role: no login, no rights past the policies, no member but the owner
    while it gives it its functions (:func:`apply` ends that). A role of that name that is
    anything else is refused."""
    row = conn.exec_driver_sql(
        "SELECT rolcanlogin OR rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb "
        "OR rolreplication FROM pg_roles WHERE rolname = %(r)s", {"r": name}).first()
    if row is None:
        conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN NOINHERIT")
    elif row[0]:
        raise CaseFileError(msg(
            "The server has a role named {name} that may sign in or has rights of its own: "
            "CaseApp keeps that name for the calendar's functions. Rename that role, then "
            "try again. Nothing was changed.", name=name), bad_input=True)
    for (member,) in conn.exec_driver_sql(
            "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = %(r)s "
            "AND m.rolname <> current_user", {"r": name}):
        conn.exec_driver_sql(f"REVOKE {_q(conn, name)} FROM {_q(conn, member)}")
    conn.exec_driver_sql(f"GRANT {_q(conn, name)} TO current_user")


def apply(conn: Connection, database: str) -> dict[Sensitivity, str]:
    """Create (or bring up to date) the group roles, functions, view, privileges and policies
    of ``database``, on the connection of its owner. Idempotent: run again after every
    schema upgrade. Returns the group role of each clearance."""
    groups = {c: group_role(database, c) for c in CLEARANCES}
    existing = {r[0] for r in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(names)s)",
        {"names": list(groups.values())})}
    existing = _rename_legacy_groups(conn, database, groups, existing)
    for name in groups.values():
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    calendar = calendar_role(database)
    _make_calendar_role(conn, calendar)
    g = {c: _q(conn, n) for c, n in groups.items()}
    cal = _q(conn, calendar)
    everyone = ", ".join(g.values())
    below = f"{g[Sensitivity.SHAREABLE]}, {g[Sensitivity.PUBLIC]}"
    statements = [
        f"REVOKE ALL ON DATABASE {_q(conn, database)} FROM PUBLIC",
        # Nobody but the owner creates objects (PostgreSQL 15's default; older clusters and
        # upgraded ones let everyone create in public, e.g. a function to shadow one here).
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {_q(conn, database)} TO {everyone}",
        *functions(groups, calendar),
        *team_2fa.setup_statements(conn),  # two-factor sign-in, which the policies require
        *(f"DROP VIEW IF EXISTS {SCHEMA}.{view}" for view in MASKED_VIEWS),
        # (while the views, which name their tables' columns, are gone)
        *team_statistics.statements(
            conn, [t for t in Base.metadata.tables if visibility(t) is not None]),
        masked_captives_view(),
        *team_writes.captive_trigger_statements(),
        *team_deadlines.function_statements(),
        team_deadlines.view_statement(),
        *team_deadlines.trigger_statements(),
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"GRANT USAGE ON SCHEMA public, {SCHEMA} TO {everyone}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
        f"TO {g[Sensitivity.INTERNAL]}",
        f"REVOKE UPDATE, DELETE ON audit_entries FROM {g[Sensitivity.INTERNAL]}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {g[Sensitivity.INTERNAL]}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {g[Sensitivity.INTERNAL]}",
        f"GRANT SELECT ON {SCHEMA}.captives TO {everyone}",
    ]
    tables = [t for t in Base.metadata.tables if t != "captives"] + ["alembic_version"]
    statements.append(f"GRANT SELECT ON {', '.join(tables)} TO {below}")
    statements.append(f"GRANT SELECT ({', '.join(CAPTIVE_KEYS)}) ON public.captives TO {below}")
    statements += team_writes.grant_statements(below)  # writes at or below their clearance
    for table in [*Base.metadata.tables]:
        condition = visibility(table)
        statements.append(f"DROP POLICY IF EXISTS audit_names_login ON {table}")
        if condition is None:
            statements.append(f"DROP POLICY IF EXISTS team_read ON {table}")
            statements.append(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            continue
        statements.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        statements += team_writes.policy_statements(table, condition)
        statements += team_2fa.policy_statements(table)
    statements.append(
        "CREATE POLICY audit_names_login ON audit_entries AS RESTRICTIVE FOR INSERT "
        "WITH CHECK (actor = session_user::text)")
    # The calendar's functions, owned by their role (which needs CREATE on the schema only
    # while it is given them), readable by it: what the policies ask, and its audit columns.
    statements += [f"GRANT CREATE ON SCHEMA {SCHEMA} TO {cal}",
                   *team_calendar.function_statements(cal),
                   *team_deadlines.owned_statements(cal),
                   f"REVOKE CREATE ON SCHEMA {SCHEMA} FROM {cal}",
                   f"GRANT SELECT ({', '.join(CAPTIVE_KEYS)}) ON public.captives TO {cal}",
                   *team_calendar.grant_statements(
                       cal, everyone, [t for t in tables if t not in INTERNAL_ONLY]),
                   # the owner was a member only to give it its functions
                   f"REVOKE {cal} FROM current_user",
                   *team_deadlines.grant_statements(below)]
    for statement in statements:
        conn.exec_driver_sql(statement.replace("%", "%%"))
    return groups
