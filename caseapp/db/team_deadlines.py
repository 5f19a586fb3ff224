"""What a team member below internal clearance reads of the deadlines: nothing that tells a
captive's status she may not read.

CaseApp writes two things on the steps of a detention order that tell the captive's status
(:mod:`caseapp.domain.custody_step_lines`): the note on a convicted captive's open pre-trial
steps, and the reason the steps of a released, repatriated or dead captive are closed with.
An output whose level withholds the status prints neither; on a server, PostgreSQL keeps
them from such a login itself, through psql as through the app:

- the view ``caseapp_team.deadlines`` (first on her ``search_path``, so the app reads and
  writes it as ``deadlines``) shows a step's ``notes`` without the note's line and its
  ``status_reason`` blank when it is the custody-ended reason, where the captive's status
  field is above her clearance; every other column, and every other step, as stored;
- in ``public.deadlines`` she may read every column but those two (column privileges);
- the view belongs to the calendar's role (:mod:`caseapp.db.team_calendar`), which does not
  bypass row-level security: the table's policies apply to the view's rows as to her own
  queries, with her clearance;
- her writes go through the view's ``INSTEAD OF`` triggers, run with her own rights and the
  table's policies: an update sets only the columns that changed (a blank she was shown
  never overwrites the reason it hides; a changed status writes its reason with it) and
  names the version it read, as the captives' view does;
- a trigger of the table (``keep_status_lines``, before she changes a step's notes whose
  captive's status is withheld from her) keeps the note's line she was not shown, after her
  own lines: the trigger reads the stored notes, she never does.

Below internal, the app takes a captive whose status reads withheld for neither convicted
nor released: with the note and the reason out of its sight, it neither writes the note off
nor opens the closed steps again.
"""

from __future__ import annotations

from sqlalchemy import Table

from caseapp.db.base import Base
from caseapp.db.team_writes import changed
from caseapp.domain.custody_step_lines import conviction_note_forms, custody_ended_said
from caseapp.domain.redaction import STATUS_FIELD

SCHEMA = "caseapp_team"
TABLE = "deadlines"
MASKED = ("notes", "status_reason")  # the columns the view masks
FIXED = ("id", "uid", "created_at")  # never changed after creation


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _columns() -> list[str]:
    table: Table = Base.metadata.tables[TABLE]
    return [c.name for c in table.columns]


def status_hidden(captive_id: str) -> str:
    """Whether the status of the captive ``captive_id`` (SQL) is above the clearance."""
    return (f"EXISTS (SELECT 1 FROM public.captives c WHERE c.id = {captive_id} AND "
            f"{SCHEMA}.field_rank(c.field_levels, '{STATUS_FIELD}', c.sensitivity) "
            f"> {SCHEMA}.clearance())")


def _is_status_line(line: str) -> str:
    starts, frames = conviction_note_forms()
    stored = " OR ".join(f"starts_with({line}, {_literal(s)})" for s in starts)
    written = " OR ".join(
        f"(starts_with({line}, {_literal(before)}) AND right({line}, {len(after)}) = "
        f"{_literal(after)} AND length({line}) > {len(before) + len(after)})"
        for before, after in frames)
    return f"({stored} OR {written})"


def _lines(notes: str, keep: str) -> str:
    """The lines of ``notes`` for which ``keep`` (SQL on ``l``) holds, in order."""
    return (f"array_to_string(ARRAY(SELECT l FROM unnest(string_to_array({notes}, E'\\n')) "
            f"WITH ORDINALITY AS u(l, o) WHERE {keep} ORDER BY o), E'\\n')")


def function_statements() -> list[str]:
    """``status_line(text)``: whether a line of a step's notes is the conviction note
    (recognised as :func:`caseapp.domain.custody_step_lines.is_conviction_note` does);
    ``without_status_lines(text)``: the notes without it; the table's trigger that keeps
    that line when a login who was not shown it changes the notes."""
    s = SCHEMA
    plain = "LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp"
    # The lines of the stored notes she was not shown, unless she wrote them again herself.
    written = "string_to_array(coalesce(NEW.notes, ''), E'\\n')"
    kept = _lines("OLD.notes", f"{s}.status_line(l) AND NOT (l = ANY ({written}))")
    return [
        f"CREATE OR REPLACE FUNCTION {s}.status_line(l text) RETURNS boolean {plain} AS $$ "
        f"SELECT {_is_status_line('l')} $$",
        f"CREATE OR REPLACE FUNCTION {s}.without_status_lines(notes text) RETURNS text {plain} "
        f"AS $$ SELECT CASE WHEN notes IS NULL THEN NULL ELSE "
        f"{_lines('notes', f'NOT {s}.status_line(l)')} END $$",
        # clearance() is -1 for the owner, 2 for internal logins: their notes as written.
        f"CREATE OR REPLACE FUNCTION {s}.keep_status_lines() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, pg_temp AS $$ DECLARE kept text; BEGIN "
        f"IF {s}.clearance() NOT IN (0, 1) OR NOT {status_hidden('NEW.captive_id')} THEN "
        f"RETURN NEW; END IF; kept := {kept}; "
        "NEW.notes := concat_ws(E'\\n', nullif(NEW.notes, ''), nullif(kept, '')); "
        "RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS keep_status_lines ON public.{TABLE}",
        f"CREATE TRIGGER keep_status_lines BEFORE UPDATE OF notes ON public.{TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.keep_status_lines()",
    ]


def view_statement() -> str:
    """The masked view (made by the owner while no view of that name exists)."""
    reasons = ", ".join(_literal(r) for r in sorted(custody_ended_said()))
    hidden = status_hidden("d.captive_id")
    columns = []
    for name in _columns():
        if name == "notes":
            columns.append(f"CASE WHEN {hidden} THEN {SCHEMA}.without_status_lines(d.notes) "
                           "ELSE d.notes END AS notes")
        elif name == "status_reason":
            columns.append(f"CASE WHEN d.status_reason IN ({reasons}) AND {hidden} THEN '' "
                           "ELSE d.status_reason END AS status_reason")
        else:
            columns.append(f"d.{name}")
    return (f"CREATE VIEW {SCHEMA}.{TABLE} WITH (security_barrier = true) AS SELECT "
            + ", ".join(columns) + f" FROM public.{TABLE} d")


def owned_statements(role_sql: str) -> list[str]:
    """The view given to the calendar's role ``role_sql`` (while the owner may act as it),
    with no right on the view itself: it only reads the table, within the policies."""
    return [f"ALTER VIEW {SCHEMA}.{TABLE} OWNER TO {role_sql}",
            f"REVOKE ALL ON {SCHEMA}.{TABLE} FROM {role_sql}"]


def grant_statements(below: str) -> list[str]:
    """Who reads what of the deadlines below internal clearance (``below``: the groups)."""
    shown = [c for c in _columns() if c not in MASKED]
    return [
        f"REVOKE SELECT ON public.{TABLE} FROM {below}",
        f"GRANT SELECT ({', '.join(shown)}) ON public.{TABLE} TO {below}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {SCHEMA}.{TABLE} TO {below}",
    ]


def _changed(name: str) -> str:
    table: Table = Base.metadata.tables[TABLE]
    return changed(table.c[name])


def trigger_statements() -> list[str]:
    """The view's ``INSTEAD OF`` triggers (after the view is made)."""
    s = SCHEMA
    invoker = "SET search_path = pg_catalog, pg_temp"
    columns = _columns()
    sets = []
    for name in columns:
        if name in FIXED:
            sets.append(f"IF {_changed(name)} THEN RAISE EXCEPTION USING ERRCODE = '42501', "
                        f"MESSAGE = 'A deadline''s {name} cannot be changed.'; END IF;")
            continue
        # a changed status is written with its reason (a blank shown, or the one given)
        changed = (f"{_changed(name)} OR {_changed('status')}" if name == "status_reason"
                   else _changed(name))
        sets.append(f"IF {changed} THEN "
                    f"sets := sets || format('%I = ($1).%I', '{name}', '{name}'); END IF;")
    inserted = [c for c in columns if c != "id"]
    return [
        f"CREATE OR REPLACE FUNCTION {s}.deadlines_update() RETURNS trigger LANGUAGE plpgsql "
        f"{invoker} AS $$ DECLARE sets text[] := '{{}}'; n integer; BEGIN "
        + " ".join(sets)
        + " IF cardinality(sets) = 0 THEN RETURN NEW; END IF; "
        f"EXECUTE 'UPDATE public.{TABLE} SET ' || array_to_string(sets, ', ') || "
        "' WHERE id = $2 AND row_version = $3' USING NEW, OLD.id, OLD.row_version; "
        "GET DIAGNOSTICS n = ROW_COUNT; "
        "IF n = 0 THEN RETURN NULL; END IF; "  # saved by someone else meanwhile: stale
        "RETURN NEW; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.deadlines_insert() RETURNS trigger LANGUAGE plpgsql "
        f"{invoker} AS $$ BEGIN INSERT INTO public.{TABLE} ({', '.join(inserted)}) VALUES "
        f"({', '.join('NEW.' + n for n in inserted)}) RETURNING id INTO NEW.id; "
        "RETURN NEW; END $$",
        f"CREATE OR REPLACE FUNCTION {s}.deadlines_delete() RETURNS trigger LANGUAGE plpgsql "
        f"{invoker} AS $$ BEGIN DELETE FROM public.{TABLE} WHERE id = OLD.id; "
        "IF NOT FOUND THEN RETURN NULL; END IF; RETURN OLD; END $$",
        *(stmt for event in ("update", "insert", "delete") for stmt in (
            f"DROP TRIGGER IF EXISTS deadlines_{event} ON {s}.{TABLE}",
            f"CREATE TRIGGER deadlines_{event} INSTEAD OF {event.upper()} ON {s}.{TABLE} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.deadlines_{event}()")),
    ]
