"""Writes by logins below internal clearance on a team server, enforced by PostgreSQL.

An assistant (clearance *shareable*) or a press officer (*public*) may add and change
records at or below their clearance, and nothing else:

- **Rows**: each levelled table's policy ``team_rows`` has ``USING`` and ``WITH CHECK``
  both set to the table's visibility (:func:`caseapp.db.team_policies.visibility`). So such a
  login may insert or update only rows it could then read (own level within its clearance,
  every parent visible), may update only rows it can read now (it cannot raise or lower a
  row it cannot see), and cannot raise a row above its clearance. Below internal, logins get
  ``INSERT`` and ``UPDATE`` on the tables of :data:`WRITABLE`, ``DELETE`` only on the derived
  and linking rows of :data:`DELETABLE` (a record's ``ON DELETE CASCADE`` runs as the owner,
  past the policies, and could take an internal child with it).
- **Captives**: they read captives through the masked view ``caseapp_team.captives``. Its
  ``INSTEAD OF`` triggers (running with the login's own rights) write ``public.captives``:
  an update sets only the columns that changed, refuses a change of a field above the
  login's clearance (so a blank the login was shown never overwrites the value it hides),
  refuses a field level changed above the clearance or of a hidden field, and names the
  version it read (a concurrent save makes it change no row: :class:`StaleDataError`).
  No ``DELETE`` on captives below internal.
- **The audit log**: ``caseapp_team.append_audit(…)`` (``SECURITY DEFINER``) appends one
  entry: under the same advisory lock as every other append it reads the chain's tail,
  computes the entry's hash exactly as :func:`caseapp.db.audit_chain.entry_hash` does (the
  same canonical JSON), inserts it with ``actor = session_user``, dated by the server's
  clock (the time the caller gives is not used), and moves the anchor. The login never
  reads an entry, and the chain stays one line.
- **Search**: a captive's own search entry (its free-text fields) is internal. A write
  below internal adds the words of the fields it changed to that entry through
  ``caseapp_team.add_captive_words`` (``SECURITY DEFINER``); words of replaced text stay
  findable by internal logins until the entry is next written at internal clearance.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Table, text
from sqlalchemy.engine import Connection

from caseapp.db.base import Base
from caseapp.db.postgres import AUDIT_LOCK_KEY
from caseapp.db.withheld import blank_sql

SCHEMA = "caseapp_team"
# Tables whose records logins below internal may add and change (each row within policy).
WRITABLE = (
    "captive_names", "status_changes", "identity_documents", "detention_places",
    "welfare_contacts", "notes", "prosecutions", "charges", "detention_orders",
    "international_proceedings", "detention_facts", "hearings", "hearing_captives",
    "interventions", "intervention_captives", "organisations", "contacts", "documents",
    "deadlines", "court_deliveries", "search_entries",
)
# Rows they may also delete: derived ones (deadlines, search entries) and links.
DELETABLE = ("deadlines", "search_entries", "hearing_captives", "intervention_captives")
# Captive columns never changed after creation.
CAPTIVE_FIXED = ("id", "uid", "created_at")
# Captive columns visible whatever the field levels say (team_policies.CAPTIVE_ALWAYS).
CAPTIVE_OPEN = ("sensitivity", "field_levels", "updated_at", "row_version")
# The refusals stay in English here; the app recognises each text (caseapp.db.team_refusals)
# and says it in the user's language: change a text in both places.
_RAISE = "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = "
_INFO_KEY = "caseapp_writes_below_internal"
# When a member's audit entry was written: the server's clock, the transaction's time in UTC
# to the second, as the app's utcnow (its text also tells a server whose function predates
# it: team_policies.schema_state).
SERVER_TIME = "date_trunc('second', transaction_timestamp() AT TIME ZONE 'UTC')"


def policy_statements(table: str, condition: str) -> list[str]:
    """Who reads and writes rows of ``table``: internal clearance all, below it the rows the
    visibility ``condition`` allows, for reading and for the rows written alike."""
    rule = f"{SCHEMA}.clearance() >= 2 OR ({condition})"
    return [f"DROP POLICY IF EXISTS team_read ON {table}",
            f"DROP POLICY IF EXISTS team_rows ON {table}",
            f"CREATE POLICY team_rows ON {table} USING ({rule}) WITH CHECK ({rule})"]


def _captive_columns() -> list[Any]:
    table: Table = Base.metadata.tables["captives"]
    return list(table.columns)


def grant_statements(below: str) -> list[str]:
    """The privileges of the groups below internal (``below``: their quoted names)."""
    columns = [c.name for c in _captive_columns()]
    writable = [c for c in columns if c not in CAPTIVE_FIXED]
    return [
        f"GRANT INSERT, UPDATE ON {', '.join(WRITABLE)} TO {below}",
        f"GRANT DELETE ON {', '.join(DELETABLE)} TO {below}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {below}",
        # The view's triggers write the table with the login's rights: the columns they may
        # set, and row_version to name the version read.
        f"GRANT SELECT (row_version) ON public.captives TO {below}",
        f"GRANT INSERT ({', '.join(c for c in columns if c != 'id')}), "
        f"UPDATE ({', '.join(writable)}) ON public.captives TO {below}",
        f"GRANT INSERT, UPDATE ON {SCHEMA}.captives TO {below}",
        f"REVOKE ALL ON FUNCTION {SCHEMA}.append_audit(text, timestamp, text, text, text, text, "
        "text, text, text, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SCHEMA}.append_audit(text, timestamp, text, text, text, "
        f"text, text, text, text, text) TO {below}",
        f"REVOKE ALL ON FUNCTION {SCHEMA}.add_captive_words(integer, text, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SCHEMA}.add_captive_words(integer, text, text) TO {below}",
    ]


def _session_clearance(groups_sql: str) -> str:
    return (f"CREATE OR REPLACE FUNCTION {SCHEMA}.session_clearance() RETURNS integer "
            f"LANGUAGE sql STABLE AS $$ SELECT CASE {groups_sql} ELSE -1 END $$")


def function_statements(rank_by_session_user: str) -> list[str]:
    """The ``SECURITY DEFINER`` functions (made before the grants naming them).
    ``rank_by_session_user``: the ``WHEN … THEN rank`` list of clearance() for session_user."""
    s = SCHEMA
    definer = "SECURITY DEFINER SET search_path = pg_catalog, pg_temp"

    def j(value: str) -> str:  # one element of the canonical JSON (json.dumps, no spaces)
        return f"coalesce(to_json({value})::text, 'null')"

    hashed = ", ".join(j(v) for v in (
        "prev", "p_uid", "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')", "who", "p_action",
        "p_entity", "p_record_uid", "p_captive_uid", "p_summary", "p_field", "p_old", "p_new"))
    return [
        _session_clearance(rank_by_session_user),
        f"CREATE OR REPLACE FUNCTION {s}.append_audit(p_uid text, p_at timestamp, "
        "p_action text, p_entity text, p_record_uid text, p_captive_uid text, p_summary text, "
        f"p_field text, p_old text, p_new text) RETURNS text LANGUAGE plpgsql {definer} AS $$ "
        "DECLARE prev text; who text := session_user::text; digest text; new_id integer; "
        # The server's time (UTC, one per transaction as the app's), not the caller's: a
        # member could otherwise date her entries as she liked. (p_at is kept in the
        # signature the app calls.)
        f"at timestamp := {SERVER_TIME}; "
        "BEGIN "
        f"IF {s}.session_clearance() < 0 OR NOT {s}.second_factor_ok() THEN "
        f"{_RAISE} 'Only a member of the team may add to the audit log.'; END IF; "
        f"PERFORM pg_advisory_xact_lock({AUDIT_LOCK_KEY}); "
        "SELECT e.hash INTO prev FROM public.audit_entries e ORDER BY e.id DESC LIMIT 1; "
        "prev := coalesce(prev, ''); "
        f"digest := encode(sha256(convert_to('[' || concat_ws(',', {hashed}) || ']', 'UTF8')), "
        "'hex'); "
        "INSERT INTO public.audit_entries (uid, at, actor, action, entity, record_uid, "
        "captive_uid, summary, field, old_value, new_value, prev_hash, hash) VALUES (p_uid, "
        "at, who, p_action, p_entity, p_record_uid, p_captive_uid, p_summary, p_field, "
        "p_old, p_new, prev, digest) RETURNING id INTO new_id; "
        # The anchor (caseapp.db.audit_anchor.advance/seal), unless someone removed it.
        "UPDATE public.audit_anchor SET entry_count = entry_count + 1, head_id = new_id, "
        "head_hash = digest, seal = encode(sha256(convert_to(format("
        "'[\"caseapp-audit-anchor\",1,%s,%s,\"%s\"]', entry_count + 1, new_id, digest), "
        "'UTF8')), 'hex') WHERE id = 1; "
        "RETURN digest; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.add_captive_words(p_captive integer, p_keys text, "
        f"p_sounds text) RETURNS void LANGUAGE plpgsql {definer} AS $$ "
        "BEGIN "
        f"IF NOT {s}.second_factor_ok() OR NOT EXISTS (SELECT 1 FROM public.captives c "
        f"WHERE c.id = p_captive AND {s}.level_rank(c.sensitivity) <= "
        f"{s}.session_clearance()) THEN "
        f"{_RAISE} 'Your login may not change the search words of this captive.'; END IF; "
        "UPDATE public.search_entries e SET keys = concat_ws(' ', nullif(e.keys, ''), "
        f"{s}.new_words(e.keys, p_keys)), sounds = concat_ws(' ', nullif(e.sounds, ''), "
        f"{s}.new_words(e.sounds, p_sounds)) "
        "WHERE e.entity = 'captives' AND e.record_id = p_captive; "
        "IF NOT FOUND AND p_keys <> '' THEN INSERT INTO public.search_entries (entity, "
        "record_id, captive_id, is_name, keys, sounds) VALUES ('captives', p_captive, "
        "p_captive, false, p_keys, p_sounds); END IF; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.new_words(have text, add text) RETURNS text "
        "LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$ SELECT nullif(string_agg("
        "w, ' ' ORDER BY o), '') FROM (SELECT DISTINCT ON (w) w, o FROM unnest("
        "string_to_array(add, ' ')) WITH ORDINALITY AS a(w, o) WHERE w <> '' AND NOT "
        "(w = ANY (string_to_array(coalesce(have, ''), ' '))) ORDER BY w, o) x $$",
    ]


def blank(column: Any) -> str:
    """What a captive's field above the login's clearance reads as (an SQL literal): as in a
    travel copy, :func:`caseapp.db.withheld.blank_value`."""
    return blank_sql(column.table.name, column.name)


def changed(column: Any) -> str:
    """Whether a trigger's row changed ``column`` (SQL on ``NEW`` and ``OLD``)."""
    name = column.name
    if isinstance(column.type, JSON):  # json has no equality: compare as jsonb
        return f"NEW.{name}::jsonb IS DISTINCT FROM OLD.{name}::jsonb"
    return f"NEW.{name} IS DISTINCT FROM OLD.{name}"


def captive_trigger_statements() -> list[str]:
    """The masked view's ``INSTEAD OF`` triggers (after the view is made)."""
    s = SCHEMA
    invoker = "SET search_path = pg_catalog, pg_temp"
    columns = _captive_columns()
    checks = []
    for column in columns:
        name = column.name
        if name in CAPTIVE_FIXED:
            checks.append(f"IF {changed(column)} THEN {_RAISE} "
                          f"'A captive''s {name} cannot be changed.'; END IF;")
            continue
        hidden = "" if name in CAPTIVE_OPEN else (
            f"IF {s}.field_rank(OLD.field_levels, '{name}', OLD.sensitivity) > c THEN "
            f"{_RAISE} format('The captive''s field %s is above your clearance: it was not "
            f"changed, and nothing was saved.', '{name}'); END IF; ")
        checks.append(f"IF {changed(column)} THEN {hidden}"
                      f"sets := sets || format('%I = ($1).%I', '{name}', '{name}'); END IF;")
    levels = (
        "FOR k IN SELECT json_object_keys(coalesce(OLD.field_levels, '{}'::json)) UNION "
        "SELECT json_object_keys(coalesce(NEW.field_levels, '{}'::json)) LOOP "
        f"IF {s}.field_rank(OLD.field_levels, k, OLD.sensitivity) > c THEN "
        "IF (NEW.field_levels ->> k) IS DISTINCT FROM (OLD.field_levels ->> k) THEN "
        f"{_RAISE} format('The level of the captive''s field %s is above your clearance: "
        "it cannot be changed.', k); END IF; "
        f"ELSIF {s}.field_rank(NEW.field_levels, k, NEW.sensitivity) > c THEN "
        f"{_RAISE} format('The captive''s field %s cannot be put above your clearance.', k); "
        "END IF; END LOOP; ")
    # A new captive's field may be above the clearance only while it is blank (the levels a
    # new captive gets put health and consent notes at internal).
    new_levels = " ".join(
        f"IF {s}.field_rank(NEW.field_levels, '{c.name}', NEW.sensitivity) > c AND "
        f"NEW.{c.name} IS DISTINCT FROM {blank(c)} THEN {_RAISE} 'The captive''s field "
        f"{c.name} cannot be written above your clearance.'; END IF;"
        for c in columns if c.name not in (*CAPTIVE_FIXED, *CAPTIVE_OPEN)) + " "
    inserted = [c.name for c in columns if c.name != "id"]
    return [
        f"CREATE OR REPLACE FUNCTION {s}.captives_update() RETURNS trigger LANGUAGE plpgsql "
        f"{invoker} AS $$ DECLARE c integer := {s}.clearance(); sets text[] := '{{}}'; "
        "k text; n integer; BEGIN "
        + levels + " ".join(checks)
        + " IF cardinality(sets) = 0 THEN RETURN NEW; END IF; "
        "EXECUTE 'UPDATE public.captives SET ' || array_to_string(sets, ', ') || "
        "' WHERE id = $2 AND row_version = $3' USING NEW, OLD.id, OLD.row_version; "
        "GET DIAGNOSTICS n = ROW_COUNT; "
        "IF n = 0 THEN RETURN NULL; END IF; "  # saved by someone else meanwhile: stale
        "RETURN NEW; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.captives_insert() RETURNS trigger LANGUAGE plpgsql "
        f"{invoker} AS $$ DECLARE c integer := {s}.clearance(); BEGIN "
        + new_levels
        + f"INSERT INTO public.captives ({', '.join(inserted)}) VALUES "
        f"({', '.join('NEW.' + n for n in inserted)}) RETURNING id INTO NEW.id; "
        "RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS captives_update ON {s}.captives",
        f"CREATE TRIGGER captives_update INSTEAD OF UPDATE ON {s}.captives FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.captives_update()",
        f"DROP TRIGGER IF EXISTS captives_insert ON {s}.captives",
        f"CREATE TRIGGER captives_insert INSTEAD OF INSERT ON {s}.captives FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.captives_insert()",
    ]


# ---- what the app does as such a login ------------------------------------------------------

def writes_below_internal(conn: Connection) -> bool:
    """The connection's login is a team member below internal clearance (its audit entries
    and a captive's search words then go through the server's functions). Asked once per
    database connection."""
    if conn.dialect.name != "postgresql":
        return False
    info = conn.connection.info
    if _INFO_KEY not in info:
        ready = conn.execute(text(
            f"SELECT to_regprocedure('{SCHEMA}.append_audit(text, timestamp, text, text, text, "
            "text, text, text, text, text)') IS NOT NULL")).scalar()
        rank = conn.execute(text(f"SELECT {SCHEMA}.clearance()")).scalar() if ready else -1
        info[_INFO_KEY] = rank in (0, 1)
    return bool(info[_INFO_KEY])


def _text(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def append_audit(conn: Connection, values: Mapping[str, Any]) -> str:
    """Append one audit entry (its :data:`caseapp.db.audit_chain.FIELDS` in ``values``;
    the actor is the session's login, whatever ``values`` says). Returns its hash."""
    at = values["at"]
    if isinstance(at, datetime) and at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return str(conn.execute(text(
        f"SELECT {SCHEMA}.append_audit(:uid, :at, :action, :entity, :record_uid, "
        ":captive_uid, :summary, :field, :old_value, :new_value)"),
        {**{k: _text(v) for k, v in values.items() if k != "actor"}, "at": at}).scalar_one())


def add_captive_words(conn: Connection, entry: Mapping[str, Any]) -> None:
    """Add the words of a captive's search entry (written below internal clearance)."""
    conn.execute(text(f"SELECT {SCHEMA}.add_captive_words(:id, :keys, :sounds)"),
                 {"id": entry["record_id"], "keys": entry["keys"],
                  "sounds": entry.get("sounds", "")})
