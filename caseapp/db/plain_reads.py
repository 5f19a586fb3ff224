"""Small reads of a case file with plain SQL on a DB-API connection, for what the window's
start shows before SQLAlchemy is imported (the services read the same rows through these
where they are the same fact: :func:`newest_mark_detail`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from caseapp.domain.enums import ENDED_PROCEEDING_STATUSES
from caseapp.domain.travel_mark import TRAVEL_MARK


def read_setting_rows(conn: Any) -> list[tuple[str, str, Any]]:
    """The stored case settings as ``(key, scope, value)`` in key and scope order, read on a
    SQLite case file's DB-API connection (the value as SQLAlchemy's JSON column gives it:
    the JSON text decoded; a number comes back as a number already, the column's affinity
    being numeric); what :func:`caseapp.services.setting_values.settings_from_rows`
    turns into the case settings."""
    return [(key, scope, json.loads(value) if isinstance(value, str) else value)
            for key, scope, value in conn.execute(
                "SELECT key, scope, value FROM case_settings ORDER BY key, scope")]


def newest_mark_detail(conn: Any, *, qmark: bool = True) -> str | None:
    """The detail of the newest travel mark (None: not a travel copy), on a DB-API
    connection (``qmark``: the driver's parameters are ``?``, else ``%s``)."""
    mark = "?" if qmark else "%s"
    row = conn.execute(
        f"SELECT detail FROM file_events WHERE kind = {mark} ORDER BY id DESC LIMIT 1",
        (TRAVEL_MARK,)).fetchone()
    return None if row is None else row[0]


def session_mark_detail(session: Any) -> str | None:
    """:func:`newest_mark_detail` read in a SQLAlchemy session (its transaction)."""
    connection = session.connection()
    return newest_mark_detail(connection.connection.driver_connection,
                              qmark=connection.dialect.paramstyle == "qmark")


NEWEST_AUDIT_HASH = "SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1"


def newest_audit_hash(conn: Any) -> str:
    """The hash of the newest audit entry ("" when there is none), on a DB-API connection:
    it changes with every write to the case file (each writes the audit log)."""
    row = conn.execute(NEWEST_AUDIT_HASH).fetchone()
    return "" if row is None else str(row[0] or "")


# Detention orders whose stored computed expiry is later than the earlier of a term of months
# and days counted months first and days first (caseapp.domain.dates.add_term_earlier): the
# orders an earlier version counted the later way. The database counts both (a month added to
# a day past the next month's end is that month's last day, as add_term adds it), so that an
# opening reads only those to count again, not every order of such a term (tens of thousands
# in a large file); the services count each again with the domain's rule. A term beyond the
# engine's longest (1,200 months, 36,600 days) is read as it is, for the domain to judge.
# First the cheap test of a day number: the two counts can differ only when the start's day
# plus the days runs past the 28th (up to it, both stay in the month every month has: 10
# January + 1 month 10 days is 20 February either way), so no date is counted for the others.
_CANDIDATES = ("FROM detention_orders WHERE expiry_source = 'computed' AND term_months > 0 "
               "AND term_days > 0 AND {day} + term_days > 28")
_COLUMNS = "id, start_date, term_months, term_days, expires_on"
_BEYOND = "term_months > 1200 OR term_days > 36600"
_SQLITE_DAY = "CAST(substr(start_date, 9, 2) AS INTEGER)"  # of "2027-01-29"
_SERVER_DAY = "date_part('day', start_date)"


def _sqlite_months(day: str, months: str) -> str:
    """SQLite: ``day`` plus ``months``, a day past the month's end clamped to it (SQLite's own
    "+N months" runs over into the next month: 31 January + 1 month is 3 March)."""
    return (f"min(date({day}, 'start of month', '+' || ({months}) || ' months', "
            f"'+' || (CAST(strftime('%d', {day}) AS INTEGER) - 1) || ' days'), "
            f"date({day}, 'start of month', '+' || ({months} + 1) || ' months', '-1 day'))")


COMPUTED_TERMS_OF_MONTHS_AND_DAYS = (  # SQLite (dates as ISO text, compared as text)
    f"SELECT {_COLUMNS} FROM (SELECT {_COLUMNS}, date(start_date, '+' || term_days || "
    f"' days') AS days_first {_CANDIDATES.format(day=_SQLITE_DAY)}) WHERE CASE WHEN "
    f"{_BEYOND} THEN 1 ELSE "
    f"expires_on > min(date({_sqlite_months('start_date', 'term_months')}, '+' || term_days "
    f"|| ' days'), {_sqlite_months('days_first', 'term_months')}) END ORDER BY id")
COMPUTED_TERMS_OF_MONTHS_AND_DAYS_SERVER = (  # PostgreSQL (a month added clamps at its end)
    f"SELECT {_COLUMNS} {_CANDIDATES.format(day=_SERVER_DAY)} AND CASE "
    f"WHEN {_BEYOND} THEN true ELSE expires_on > "
    "LEAST(CAST(start_date + make_interval(months => term_months) AS date) + term_days, "
    "CAST((start_date + term_days) + make_interval(months => term_months) AS date)) END "
    "ORDER BY id")


def computed_terms_of_months_and_days(conn: Any, *, server: bool = False
                                      ) -> list[tuple[int, date, int, int, date]]:
    """The computed expiries of terms of months and days stored later than this version
    counts them (:data:`COMPUTED_TERMS_OF_MONTHS_AND_DAYS`, ``server``: on PostgreSQL) on a
    DB-API connection (SQLite gives its dates as text, a server as dates), each as ``(id,
    start, months, days, expiry)``."""
    def day(value: Any) -> date:
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    query = COMPUTED_TERMS_OF_MONTHS_AND_DAYS_SERVER if server \
        else COMPUTED_TERMS_OF_MONTHS_AND_DAYS
    return [(int(i), day(start), int(months), int(days), day(expires))
            for i, start, months, days, expires in conn.execute(query).fetchall()
            if start is not None and expires is not None]


# The deadlines of rules applied by hand (the rule calculator's): those a term of months and
# days may have been counted for the way an earlier version counted it (the later day). Few
# in a file, found by the index on the trigger's kind ({kind}: the redaction module's
# RULE_APPLIED_BY_HAND, read when the query runs: that module is not needed at a file's
# opening otherwise, which this query is part of).
RULES_APPLIED_BY_HAND = (
    "SELECT id, rule_id, captive_id, trigger_uid, trigger_date, status, overridden, explanation "
    "FROM deadlines WHERE trigger_kind = '{kind}' AND rule_id <> '' ORDER BY id")


def rules_applied_by_hand(conn: Any) -> list[tuple[int, str, int | None, str, date | None, str,
                                                    bool, list[Any]]]:
    """:data:`RULES_APPLIED_BY_HAND` on a DB-API connection, each as ``(id, rule, captive,
    trigger uid, trigger day, status, set by hand, steps)`` (SQLite gives the steps as JSON text and
    its dates as text, a server decoded)."""
    from caseapp.domain.redaction import RULE_APPLIED_BY_HAND

    def day(value: Any) -> date | None:
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(str(value)[:10])

    def steps(value: Any) -> list[Any]:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return []
        return value if isinstance(value, list) else []
    return [(int(i), str(rule), None if captive is None else int(captive), str(uid),
             day(trigger), str(status), bool(overridden), steps(explanation))
            for i, rule, captive, uid, trigger, status, overridden, explanation in conn.execute(
                RULES_APPLIED_BY_HAND.format(kind=RULE_APPLIED_BY_HAND)).fetchall()]


# The rules of open whole-day deadlines and the court's zones they keep ("" for none: written
# before deadlines kept one), read through the index of the status; and the detail of the
# newest file event of a kind (caseapp.services.court_zone_fill).
WHOLE_DAYS_BY_RULE = (
    "SELECT DISTINCT rule_id, timezone FROM deadlines WHERE status = 'open' "
    "AND due_time IS NULL AND rule_id <> ''")
NEWEST_EVENT = "SELECT detail FROM file_events WHERE kind = '{kind}' ORDER BY id DESC LIMIT 1"


def zones_of_whole_days(conn: Any) -> set[tuple[str, str]]:
    """:data:`WHOLE_DAYS_BY_RULE` on a DB-API connection: (rule, zone) pairs."""
    return {(str(rule), str(zone or "")) for rule, zone in conn.execute(
        WHOLE_DAYS_BY_RULE).fetchall()}


def open_due_days(conn: Any) -> set[date]:
    """The days open deadlines not set by hand fall due on, on a DB-API connection."""
    rows = conn.execute("SELECT DISTINCT due_on FROM deadlines WHERE status = 'open' "
                        "AND overridden = false").fetchall()
    return {d if isinstance(d, date) else date.fromisoformat(str(d)[:10]) for (d,) in rows}


def newest_event_detail(conn: Any, kind: str) -> str | None:
    """The detail of the newest file event of ``kind`` (a constant of CaseApp's) on a DB-API
    connection; None when there is none."""
    row = conn.execute(NEWEST_EVENT.format(kind=kind)).fetchone()
    return None if row is None else str(row[0] or "")


# Prisoners of war whose capture is known to its month or year and who have no deadline of
# their capture (recorded before such a capture set off its card: caseapp.services.
# capture_estimates), unless a file event says the file was looked at for them before.
CAPTURES_WITHOUT_CARD = (
    "SELECT c.id FROM captives c WHERE c.category = 'serviceman' "
    "AND c.capture_date IS NOT NULL AND c.capture_date_precision IN ('month', 'year') "
    "AND NOT EXISTS (SELECT 1 FROM deadlines d WHERE d.trigger_kind = 'captive' "
    "AND d.trigger_uid = c.uid) "
    "AND NOT EXISTS (SELECT 1 FROM file_events e WHERE e.kind = '{mark}') ORDER BY c.id")


def captures_without_card(conn: Any, mark: str) -> list[int]:
    """:data:`CAPTURES_WITHOUT_CARD` on a DB-API connection (``mark``: the file event's
    kind)."""
    return [int(i) for (i,) in conn.execute(CAPTURES_WITHOUT_CARD.format(mark=mark)).fetchall()]


def ended_proceedings_with_open_deadlines(conn: Any) -> bool:
    """Whether a proceeding recorded as ended, or with a Chamber judgment, still has an open
    deadline it set off (trigger kind as ``deadline_writes.TRIGGER_KINDS`` stores it): what
    :mod:`caseapp.services.ended_on_open` closes, looked for without SQLAlchemy (the open of
    a file with nothing to do builds no engine)."""
    ended = ", ".join(f"'{status.value}'" for status in sorted(ENDED_PROCEEDING_STATUSES))
    row = conn.execute(
        "SELECT 1 FROM international_proceedings p JOIN deadlines d ON d.trigger_uid = p.uid "
        "WHERE d.trigger_kind = 'international_proceeding' AND d.status = 'open' "
        f"AND (p.status IN ({ended}) OR p.judgment_on IS NOT NULL) LIMIT 1").fetchone()
    return row is not None
