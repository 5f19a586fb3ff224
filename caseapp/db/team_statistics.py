"""No planner statistics of what a team member may not read.

PostgreSQL's ``ANALYZE`` (the app's, after an import or a restore, and autovacuum's) keeps for
each column its most common values and a histogram of the others, read from every row, those
row-level security hides included. The planner uses them for a member's statements whenever
the comparison is *leakproof*, and ``=``, ``<`` and ``>`` on text, dates, timestamps and bytes
are. So a member with a database client could read hidden values back from ``EXPLAIN``'s row
estimates: ``EXPLAIN SELECT * FROM notes WHERE body < 'm'`` gives more rows as the bound passes
each value of the histogram, one internal note's text among them, letter by letter; the same
for a hidden hearing's court and date, an audit entry's old and new values, a search entry's
words. (``pg_stats`` itself shows a member nothing of these tables; the estimates did.)

Here every column of a table with row-level security keeps no statistics (``SET STATISTICS
0``), and those already made are removed (changing the column to its own type is the one way
a database's owner who is not a superuser has to remove them), except:

- the keys and references (``id``, ``…_id``), whose values tell no fact of the case, only
  which record hangs on which, and which the planner needs to join; and
- the columns the policies read (a record's level, its uid, a deadline's trigger, a search
  entry's record…): their statistics tell how many records of each level there are, no
  content, and the policies' own statements are planned with them. A column a policy reads
  cannot change its type anyway.

Run by :func:`caseapp.db.team_policies.apply` while the masked view of captives (which names
the captives' columns) is dropped, so it holds after every upgrade (a new column gets no
statistics either). On a server whose tables have none yet it only sets the targets.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.engine import Connection

# Columns the policies (team_policies, team_calendar, the audit log's) read, besides the keys.
POLICY_COLUMNS = ("uid", "sensitivity", "field_levels", "trigger_uid", "trigger_kind", "entity",
                  "scope", "actor")


def kept(column: str) -> bool:
    """Whether ``column`` keeps its statistics in a table with row-level security."""
    return column == "id" or column.endswith("_id") or column in POLICY_COLUMNS


def statements(conn: Connection, tables: Iterable[str]) -> list[str]:
    """What removes the statistics of ``tables``' columns but :func:`kept` ones (and those a
    policy reads) and makes no more of them; run by the tables' owner."""
    rows = conn.exec_driver_sql(
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
        "coalesce(a.attstattarget, -1) <> 0, "
        "EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = 'public' "
        "AND s.tablename = c.relname AND s.attname = a.attname), "
        "EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_policy'::regclass "
        "AND d.refobjid = c.oid AND d.refobjsubid = a.attnum) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY(%(tables)s) "
        "ORDER BY c.relname, a.attnum", {"tables": list(tables)}).all()
    out = []
    for table, column, type_sql, targeted, analysed, in_policy in rows:
        if kept(column) or in_policy:
            continue
        quoted = conn.dialect.identifier_preparer.quote_identifier(column)
        if targeted:
            out.append(f"ALTER TABLE public.{table} ALTER COLUMN {quoted} SET STATISTICS 0")
        if analysed:  # the same type: no rewrite, but the column's statistics are dropped
            out.append(f"ALTER TABLE public.{table} ALTER COLUMN {quoted} TYPE {type_sql}")
    return out
