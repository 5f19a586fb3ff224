"""The captives list's rows, read with plain SQL on a DB-API connection: the one reader of
them (:meth:`caseapp.services.overview.OverviewService.captive_rows` and, before the window
shows them, :meth:`caseapp.services.casefile.CaseFile.captive_list` call it). No SQLAlchemy
is imported here: the start reads the rows on the connection the open verified, before
SQLAlchemy, the models and the services are imported.

Six queries whatever the number of captives (the list shows 100,000 rows); the captives
and their names are read as streams side by side, both in captive order, and each
captive's names are kept only while its row is made: the list holds one compact row per
captive, never every spelling of every captive at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import partial
from itertools import chain, groupby
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.captive_rows import CaptiveRow, days_in_custody
from caseapp.domain.custody_periods import Change
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, NameKind, Script, Sex
from caseapp.domain.hearing_days import hearing_ahead, hearing_days_span
from caseapp.domain.moot_hearings import (
    CUSTODY_HEARINGS,
    CustodyOver,
    custody_over,
    moot,
    to_come,
)
from caseapp.domain.name_display import PASSPORT_LANGUAGES, NameRow, latin_display_name

BATCH = 1000


def _in_batches(cursor: Any) -> Iterator[Any]:
    """The rows of ``cursor`` one by one, fetched a thousand at a time (neither the whole
    result in a list nor a call into the driver for each row; iterated in C)."""
    return chain.from_iterable(iter(partial(cursor.fetchmany, BATCH), []))


def _day(value: Any) -> date | None:
    """A date column's value: SQLite gives the ISO text, PostgreSQL a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


class _Days(dict[Any, "date | None"]):
    """A date column's values parsed (:func:`_day`), each once per list (the captives share
    a few thousand dates): looked up as a dict, parsed on a miss."""

    def __missing__(self, value: Any) -> date | None:
        parsed = self[value] = _day(value)
        return parsed


def _utc(value: Any) -> datetime:
    """A UTC time column's value (stored naive, in UTC): SQLite gives the text SQLAlchemy
    wrote ("2026-12-02 09:30:00.000000"), PostgreSQL a naive datetime."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)


def read_captive_rows(conn: Any, *, today: date, kept: frozenset[str],
                      qmark: bool = True) -> list[CaptiveRow]:
    """Every captive as a list row, read on the DB-API connection ``conn`` (in the caller's
    transaction). ``kept``: the scripts whose spellings each row keeps (see
    :func:`caseapp.domain.captive_rows.kept_scripts`); a hearing is the next from its day in
    the court's zone on, ``today`` included, as in the captive's file
    (:func:`caseapp.domain.hearing_days.hearing_ahead`); ``qmark``: the driver's parameters
    are ``?`` (sqlite3, sqlcipher3), else ``%s`` (psycopg)."""
    mark = "?" if qmark else "%s"
    # what the file stores (naive UTC: text in SQLite, a timestamp on a server): the first
    # instant a hearing on today's day in any zone can start
    from_today: Any = hearing_days_span(today, today)[0].replace(tzinfo=None)
    if qmark:
        from_today = from_today.strftime("%Y-%m-%d %H:%M:%S.%f")
    texts: dict[str, str] = {}  # one object for equal values ("Facility 3", "hy")
    dates: dict[date, date] = {}
    numbers: dict[int | None, int | None] = {}  # days: a few thousand values, 100,000 rows
    places = {cid: texts.setdefault(facility, facility) for cid, facility in conn.execute(
        "SELECT captive_id, facility FROM detention_places WHERE to_date IS NULL "
        "ORDER BY from_date")}
    # Earliest first: the first seen is the next, and the first of a kind custody does not
    # decide is the next once custody has ended (the custody hearings then are moot, and
    # a later one would be too: see caseapp.domain.moot_hearings).
    hearings: dict[int, tuple[datetime, str]] = {}
    of_case: dict[int, datetime] = {}
    for cid, starts, zone, kind, state in conn.execute(
            "SELECT hc.captive_id, h.starts_at, h.timezone, h.kind, h.state FROM hearing_captives "
            "hc JOIN hearings h ON h.id = hc.hearing_id "
            f"WHERE h.starts_at >= {mark} ORDER BY h.starts_at", (from_today,)):
        if not to_come(state):  # held, adjourned or cancelled: not the next
            continue
        if cid not in of_case and (cid not in hearings or kind not in CUSTODY_HEARINGS):
            local = _utc(starts).astimezone(ZoneInfo(zone))
            if not hearing_ahead(local, today):  # its day in the court's zone is over
                continue
            if cid not in hearings:
                hearings[cid] = local, kind
            if kind not in CUSTODY_HEARINGS:
                of_case[cid] = local
    contacts: dict[int, date] = {}
    for cid, newest in conn.execute(
            "SELECT captive_id, max(contact_on) FROM welfare_contacts "
            "WHERE confirmed IS TRUE GROUP BY captive_id"):
        last = _day(newest)
        assert last is not None  # max() of a group of non-null dates
        contacts[cid] = dates.setdefault(last, last)
    scripts = (Script.LATIN.value, Script.ARMENIAN.value, Script.CYRILLIC.value)
    names_of = groupby(_in_batches(conn.execute(  # what the headline rule looks at, by captive
        "SELECT captive_id, full_name, script, language, kind, is_primary FROM captive_names "
        f"WHERE is_primary OR script IN ({mark}, {mark}, {mark}) ORDER BY captive_id, id",
        scripts)), key=itemgetter(0))
    pending = next(names_of, None)  # the next captive's id and names
    statuses = {m.value: m for m in CaptiveStatus}
    categories = {m.value: m for m in CaptiveCategory}
    days = _Days()  # a date's text, parsed once
    ended = [m.value for m in CaptiveStatus if m.ended]
    histories: dict[int, list[Change]] = {}  # of the captives with a release recorded
    for cid, status_value, day in conn.execute(
            "SELECT captive_id, new_status, effective_on FROM status_changes "
            "WHERE captive_id IN (SELECT captive_id FROM status_changes "
            f"WHERE new_status IN ({', '.join(mark for _ in ended)})) ORDER BY id", ended):
        histories.setdefault(cid, []).append((statuses[status_value], days[day]))
    first_order = {cid: days[day] for cid, day in conn.execute(
        "SELECT captive_id, min(start_date) FROM detention_orders WHERE captive_id IN "
        "(SELECT id FROM captives WHERE capture_date IS NULL) GROUP BY captive_id")}
    rows = []
    known_to = {m.value: m for m in DatePrecision}
    for cid, status_value, category_value, capture, since, sex, precision in _in_batches(
            conn.execute("SELECT id, status, category, capture_date, status_since, sex, "
                         "capture_date_precision FROM captives ORDER BY id")):
        own: list[Any] = []  # the captive's names: (captive_id, full_name, script, …)
        while pending is not None and pending[0] < cid:  # of no captive (a reference broken)
            pending = next(names_of, None)
        if pending is not None and pending[0] == cid:
            own = list(pending[1])
            pending = next(names_of, None)
        status = statuses[status_value]
        last = contacts.get(cid)
        held = days_in_custody(status, days[capture], days[since], today,
                               histories.get(cid, ()), first_order.get(cid),
                               capture_known_to=known_to.get(precision, DatePrecision.EXACT))
        since_contact = (today - last).days if last else None
        first = hearings.get(cid)
        rows.append(CaptiveRow(
            cid, next((n[1] for n in reversed(own) if n[5]), ""),
            headline_name(own), status, categories[category_value],
            places.get(cid, ""), numbers.setdefault(held, held),
            None if first is None else _next_hearing(
                first, of_case.get(cid), custody_over(status, days[since])),
            last, numbers.setdefault(since_contact, since_contact),
            tuple(NameRow(n[1], texts.setdefault(n[2], n[2]), texts.setdefault(n[3], n[3]),
                          texts.setdefault(n[4], n[4]), bool(n[5]))
                  for n in own if n[2] in kept) if kept else (), sex == Sex.FEMALE.value))
    return rows


def _next_hearing(first: tuple[datetime, str], of_case: datetime | None,
                  over: CustodyOver | None) -> datetime | None:
    """The next hearing of a captive whose first hearing to come is ``first`` (its start and
    kind) and first not on custody ``of_case``: the first, unless custody is ``over`` and
    makes it moot."""
    return of_case if moot(first[1], first[0].date(), over, state=None) else first[0]  # (to come)


_LATIN, _ALIAS = Script.LATIN.value, NameKind.ALIAS.value


def headline_name(names: list[Any]) -> str:
    """:func:`caseapp.domain.name_display.latin_display_name` of a captive's names, given as rows
    (captive_id, full_name, script, language, kind, is_primary) in record order. The usual
    captive's answer, its first passport spelling (a Latin name, not an alias, tagged
    English, Armenian or untagged) in ASCII letters, is found here without a record made
    of each name; any other is the rule's own."""
    for _cid, name, script, language, kind, _primary in names:
        if script == _LATIN and kind != _ALIAS and name and \
                language.split("-")[0].lower() in PASSPORT_LANGUAGES:
            passport = name.strip()
            if not passport:
                continue  # the rule passes over a blank name
            if name.isascii():
                return passport
            break  # letters beyond ASCII: whether they are plain Latin, the rule says
    return latin_display_name([NameRow(n[1], n[2], n[3], n[4], bool(n[5])) for n in names])

