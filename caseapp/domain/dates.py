"""Dates with a precision, and date arithmetic the case file relies on."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from caseapp.domain.enums import DatePrecision, ExpirySource
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import LANGUAGES, Message, Translated, msg


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known to a precision: ``value`` is the first day of the known period.

    ``PartialDate(date(1990, 5, 1), MONTH)`` means "May 1990".
    """

    value: date
    precision: DatePrecision = DatePrecision.EXACT

    def __post_init__(self) -> None:
        object.__setattr__(self, "precision", DatePrecision(self.precision))
        if self.precision is DatePrecision.MONTH and self.value.day != 1:
            object.__setattr__(self, "value", self.value.replace(day=1))
        elif self.precision is DatePrecision.YEAR and (self.value.month, self.value.day) != (1, 1):
            object.__setattr__(self, "value", self.value.replace(month=1, day=1))

    @property
    def earliest(self) -> date:
        return self.value

    @property
    def latest(self) -> date:
        """The last day the date could be (used when checking the order of events)."""
        v = self.value
        if self.precision is DatePrecision.MONTH:
            return v.replace(day=calendar.monthrange(v.year, v.month)[1])
        if self.precision is DatePrecision.YEAR:
            return v.replace(month=12, day=31)
        return v

    def iso(self) -> str:
        """ISO 8601 form at the known precision: ``1990``, ``1990-05``, ``1990-05-17``, ``~1990-05-17``."""
        if self.precision is DatePrecision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        if self.precision is DatePrecision.APPROXIMATE:
            return "~" + self.value.isoformat()
        return self.value.isoformat()

    def shown(self) -> date | Message | Translated:
        """As a message shows it, written as each language writes a date in a sentence: an
        exact day as a date (09.11.2020), a month as 11.2020 (Nov 2020 in English), a year as
        the year (2020 թ. in Armenian), an approximate day as "about" the day."""
        if self.precision is DatePrecision.EXACT:
            return self.value
        if self.precision is DatePrecision.APPROXIMATE:
            return msg("about {day}", context="a date", day=self.value)
        from caseapp.domain.cldr import format_month_year_short, format_year  # Babel when shown

        write = format_year if self.precision is DatePrecision.YEAR else format_month_year_short
        return Translated(tuple((lang, write(self.value, lang)) for lang in LANGUAGES))

    @classmethod
    def parse(cls, text: str, *, field: str | None = None) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``~YYYY-MM-DD`` (approximate)."""
        raw = text.strip()
        approximate = raw.startswith("~")
        body = raw.lstrip("~").strip()
        try:
            parts = [int(p) for p in body.split("-")]
            while len(parts) > 1 and parts[-1] == 0 and not approximate:
                parts.pop()  # "1990-02-00", as registers write a day not known: the month
            if len(parts) == 1:
                pd = cls(date(parts[0], 1, 1), DatePrecision.YEAR)
            elif len(parts) == 2:
                pd = cls(date(parts[0], parts[1], 1), DatePrecision.MONTH)
            elif len(parts) == 3:
                pd = cls(date(*parts), DatePrecision.EXACT)
            else:
                raise ValueError
        except ValueError:
            raise ValidationError(
                msg("“{text}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY "
                    "(or ~YYYY-MM-DD if approximate).", text=text),
                field=field,
            ) from None
        if approximate and pd.precision is not DatePrecision.EXACT:
            # "~1990" would become "about 1 January 1990": only a day is marked approximate.
            raise ValidationError(
                msg("“{text}”: only a day can be marked approximate (~); a month or a year "
                    "already says that the day is not known. Write {plain}.", text=text,
                    plain=body), field=field)
        if approximate:
            pd = cls(pd.value, DatePrecision.APPROXIMATE)
        return pd

    def __str__(self) -> str:
        return self.iso()


def partial_date(day: date | None, precision: DatePrecision) -> PartialDate | None:
    """``day`` known to ``precision`` (a record's date and its precision column); None
    when the record has no day."""
    return PartialDate(day, precision) if day is not None else None


def iso_day(text: str) -> date:
    """A day written YYYY-MM-DD, read as :meth:`date.fromisoformat` reads it but for an ISO
    week ("2026-W01", "2026-W01-1"), which it would take as a day of that week (29 December
    2025), one nobody typed: :class:`ValueError` for it, as for any text that is no day."""
    if "w" in text.lower():
        raise ValueError(text)
    return date.fromisoformat(text)


def iso_moment(text: str) -> datetime:
    """A date and time as :meth:`datetime.fromisoformat` reads it, an ISO week refused as
    :func:`iso_day` refuses it."""
    if "w" in text.lower():
        raise ValueError(text)
    return datetime.fromisoformat(text)


def parse_date(text: str, *, field: str | None = None) -> date:
    try:
        return iso_day(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(msg("“{text}” is not a date: write YYYY-MM-DD.", text=text),
                              field=field) from None


def add_term(start: date, *, months: int = 0, days: int = 0) -> date:
    """``start`` plus a term in months and days; a day past the month's end is clamped to it.

    31 October + 4 months = 28 (or 29) February. The months are added first, then the days.
    This is the one place the case file adds months: the rule engine's month offsets use it,
    and a term of months and days is counted both ways with it by :func:`add_term_earlier`
    (a detention order's computed expiry, its preview in the order dialog).
    """
    if months:  # as dateutil's relativedelta adds months (tests/domain/test_dates.py)
        total = start.month - 1 + months
        year, month = start.year + total // 12, total % 12 + 1
        start = start.replace(year=year, month=month,
                              day=min(start.day, calendar.monthrange(year, month)[1]))
    return start + timedelta(days=days) if days else start


def add_term_earlier(start: date, *, months: int = 0, days: int = 0) -> date:
    """``start`` plus a term of months and days, counted the way that ends it earlier.

    Adding the months first and adding the days first can end on different days at a
    month's end (29 January + 1 month 1 day: 1 March months first, 28 February days first;
    28 February + 1 month 1 day: 29 March months first, 1 April days first). No verified
    source says which the Azerbaijani code means, and a date is never moved later when
    unsure: the earlier of the two.
    """
    months_first = add_term(start, months=months, days=days)
    if not (months and days):
        return months_first
    return min(months_first, add_term(start + timedelta(days=days), months=months))


def computed_expiry(start: date | None, months: int | None, days: int | None) -> date | None:
    """A detention order's expiry from its start and term (start + term, month-end clamped,
    the earlier of months first and days first, :func:`add_term_earlier`: the order is in
    force until that day); None without a start or a term. A start or term
    that ends outside the calendar (a mistyped year 9999, a term of a million months) is
    refused with a message, never a ``ValueError`` from the arithmetic."""
    if start is None or not (months or days):
        return None
    try:
        return add_term_earlier(start, months=months or 0, days=days or 0)
    except (ValueError, OverflowError):  # past the year 9999 (or before the year 1)
        raise ValidationError(msg("An order starting on {start} with this term would end "
                                  "outside the calendar: check the start and the term.",
                                  start=start), field="term_months") from None


def earlier_expiry(start: date | None, months: int | None, days: int | None,
                   stored: date | None) -> date | None:
    """The expiry this version computes for an order whose stored computed expiry is
    ``stored``, when it is earlier than that (an earlier version counted a term of months and
    days months first where the days first end earlier); None when the stored day stands.
    Never a later day: a stored day earlier than the count, or a start and term outside the
    calendar, is left as it is (the case file's check names it)."""
    try:
        counted = computed_expiry(start, months, days)
    except ValidationError:
        return None
    if counted is None or stored is None or counted >= stored:
        return None
    return counted


def expiry_source_of_older(start: date | None, months: int | None, days: int | None,
                           expires_on: date | None) -> ExpirySource:
    """:func:`expiry_source_of` for an order written by a version that did not say where its
    expiry came from (a JSON export from before orders carried ``expiry_source``): those
    versions computed a term of months and days months first (:func:`add_term`), so an
    expiry equal to that count is computed too (and is then counted again, the earlier day),
    as the revision that gave older case files the flag decides."""
    if expiry_source_of(start, months, days, expires_on) is ExpirySource.COMPUTED:
        return ExpirySource.COMPUTED
    try:
        months_first = (add_term(start, months=months or 0, days=days or 0)
                        if start is not None and (months or days) else None)
    except (ValueError, OverflowError):
        return ExpirySource.STATED
    if months_first is not None and expires_on == months_first:
        return ExpirySource.COMPUTED
    return ExpirySource.STATED


def expiry_source_of(start: date | None, months: int | None, days: int | None,
                     expires_on: date | None) -> ExpirySource:
    """Whether a given expiry is the computed one (start + term) or one the order states:
    stated when there is no term or it differs from start + term."""
    try:
        computed = computed_expiry(start, months, days)
    except ValidationError:  # start + term is no date: the expiry given is the order's own
        return ExpirySource.STATED
    if computed is not None and expires_on in (None, computed):
        return ExpirySource.COMPUTED
    return ExpirySource.STATED


def is_overdue(day: date, today: date) -> bool:
    """Whether an open deadline due on ``day`` (the day it falls due here) is overdue by its
    day: part of :func:`deadline_overdue`, the one rule of the lists, the dashboard, the
    reminders, the status report and the dossier, which also calls one due at an hour
    overdue once that hour has passed."""
    return day < today


def today() -> date:
    return date.today()


# Zones across the world are at most 26 hours apart: a deadline due at an hour in one falls
# due here at most two days before or after its own day.
MOST_DAYS_APART = 2


def due_day_here(due_on: date, due_time: time | None, zone: str,
                 here: tzinfo | None = None) -> date:
    """The day a deadline falls due on this computer's clock (``here``: the computer's time
    zone, whose day is the lawyer's today): for one due at an hour in a zone (a court's, the
    Court's cut-off), the day that moment is here (02:00 in Baku on the 28th is 17:00 on the
    27th in New York), at the offset of that day (summer time or not), but never a day
    after its own (16:00 in Strasbourg on the 27th is 05:00 on the 28th in Kiritimati: there
    it stays due on the 27th, "today" that evening, not "tomorrow", which would tell the
    lawyer she has a day she has not: a deadline shown early costs a day, one shown late
    the case). For a whole day in a court's zone, the day its last moment there is here,
    never after its own; for a whole day of no zone, a time without a zone or a zone not
    known, its own day. The day the lists, the reminders and "Needs attention" count a
    deadline overdue, due today or ahead by; the deadline is still shown with its own day,
    time and zone."""
    moment = due_moment(due_on, due_time, zone)
    if moment is None:
        return due_on
    if due_time is None:  # the end of the day there: its last moment is still that day
        moment -= timedelta(microseconds=1)
    try:  # without ``here``: the system's rules for that moment, not today's offset
        local = (moment.astimezone(here) if here is not None else moment.astimezone()).date()
    except OverflowError:  # at the very ends of the calendar
        return due_on
    return min(local, due_on)


def due_moment(due_on: date, due_time: time | None, zone: str) -> datetime | None:
    """The moment (in UTC) a deadline in a zone falls due: one due at an hour, that hour
    there (16:00 in Strasbourg on the 27th is 15:00 UTC in winter); a whole day in a court's
    zone, the end of that day there (the end of 10 December in Baku is 20:00 UTC). None for
    a whole day of no zone (due by the end of the lawyer's own day), a time without a zone
    or a zone not known (such a deadline falls due with its day)."""
    if not zone:
        return None
    from zoneinfo import ZoneInfo

    try:
        there = ZoneInfo(zone)
    except (KeyError, ValueError, OSError):  # not known (ZoneInfoNotFoundError), malformed
        return None
    try:
        if due_time is None:  # the next day's midnight there
            return datetime.combine(due_on + timedelta(days=1), time(), there).astimezone(UTC)
        return datetime.combine(due_on, due_time, there).astimezone(UTC)
    except OverflowError:  # at the very ends of the calendar
        return None


def deadline_overdue(due_on: date, due_time: time | None, zone: str, *, today: date,
                     now: datetime, here: tzinfo | None = None) -> bool:
    """Whether an open deadline is overdue now: the one rule of the lists, the dashboard,
    "Needs attention", the reminders, the command line and the status report. One due at an
    hour in a zone is overdue once that moment has passed (``now``, aware: the ECHR's 16:00
    Strasbourg cut-off is overdue at 16:00 Paris time that day, not at midnight), and not
    before, whatever day it is here (23:00 in New York on the 26th, 08:00 on the 27th in
    Baku, is still open at 07:00 there); at the very moment, overdue: what is due by 16:00
    can no longer be done at 16:00. A whole day in a court's zone is overdue once that day
    has ended there or here, whichever comes first (an Azerbaijani appeal due on 10 December
    is overdue at 21:00 that day in Paris, when the day is over in Baku; in Tokyo at its own
    midnight, before Baku's): never later than the lawyer's own midnight. A whole day of no
    zone is overdue once the day it falls due here (:func:`due_day_here`) is before
    ``today``."""
    moment = due_moment(due_on, due_time, zone)
    if moment is not None and due_time is not None:
        return now >= moment
    if moment is not None and now >= moment:
        return True
    return is_overdue(due_day_here(due_on, due_time, zone, here), today)


def due_order(due_on: date, due_time: time | None, zone: str) -> tuple[date, int, datetime]:
    """A sort key putting open deadlines in the order they fall due: by day, and on one day
    those due at a moment first, by it (10:00 in New York is 16:00 in Paris, after 12:00 in
    Paris; a whole day in Baku ends at 21:00 in Paris, before 23:00 in Paris), then the whole
    day's of no zone (due by the end of the lawyer's own day). A time without a zone (or in a
    zone not known) counts at that hour on this computer's clock."""
    moment = due_moment(due_on, due_time, zone)
    if moment is None and due_time is not None:
        moment = datetime.combine(due_on, due_time, local_zone())
    return (due_on, 1, datetime.min.replace(tzinfo=UTC)) if moment is None else (due_on, 0, moment)


def open_day_here(due_on: date, due_time: time | None, zone: str, *, today: date,
                  overdue: bool) -> date:
    """The day an open deadline is counted by here ("today", "in 3 days", "2 days overdue"):
    the day it falls due here (:func:`due_day_here`: never later than its own day), but
    today while one due at an hour is not yet overdue (:func:`deadline_overdue`) though that
    day is past here (23:00 in New York on the 26th is 05:00 on the 27th in Paris: "today" at
    04:00), and, once overdue, the day its moment was here (then "passed at 23:00", not "1
    day overdue" a second after); a whole day in a court's zone, once overdue, is counted
    from its own day (ended in Baku at 21:00 in Paris: overdue, "1 day overdue" the next
    day)."""
    day = due_day_here(due_on, due_time, zone)
    if not overdue:
        return max(day, today)
    moment = due_moment(due_on, due_time, zone) if due_time is not None else None
    if moment is None:
        return day
    try:
        return moment.astimezone().date()
    except OverflowError:  # at the very ends of the calendar
        return day


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def now_on(day: date) -> datetime:
    """The moment it is (aware, in UTC) on the lawyer's ``day``: now, when ``day`` is today
    on this computer's clock; else noon on ``day`` (a clock set to another day, as the
    tests set it: the day and the moment never disagree, and what is due at an hour that
    day reads the same whenever the tests run)."""
    here = local_zone()
    real = datetime.now(here).replace(microsecond=0)
    if real.date() != day:
        real = datetime.combine(day, time(12), here)
    return real.astimezone(UTC)


def local_zone() -> tzinfo:
    """The computer's time zone (the lawyer's, as the clock on the screen shows it), with its
    rules: a day in summer is at the summer offset though today is in winter. Its IANA name
    where the system gives one (``TZ``, else the zone ``/etc/localtime`` links to), else the
    system's own rules (``dateutil.tz.tzlocal``); never the offset of today alone, which put
    a July day's midnight at 01:00 in Paris in December."""
    import os

    name = os.environ.get("TZ")
    key = name.lstrip(":") if name else ""
    if name is None:
        key = os.path.realpath("/etc/localtime")
    elif not key:
        key = "UTC"  # an empty TZ is UTC
    if os.path.isabs(key):  # a zone's file: its name is the path under zoneinfo/
        key = key.partition("/zoneinfo/")[2]
    if key:
        from zoneinfo import ZoneInfo

        try:
            return ZoneInfo(key)
        except (KeyError, ValueError, OSError):  # not a zone's name (a POSIX rule, a file)
            pass
    from dateutil.tz import tzlocal

    return tzlocal()


def zone_name(zone: tzinfo, day: date) -> str:
    """A zone as a reader knows it: its identifier ("Asia/Yerevan"), else its abbreviation
    on ``day``."""
    key = getattr(zone, "key", None)
    return str(key) if key else (zone.tzname(datetime.combine(day, time())) or "UTC")


def skipped_local_time(local: datetime, zone: tzinfo) -> datetime | None:
    """When the wall-clock time ``local`` (naive) never happens in ``zone`` (the hour
    skipped when the clocks go forward), the time the clocks show at that moment instead
    (02:30 → 03:30); None for a time that exists."""
    placed = local.replace(tzinfo=zone, fold=0)
    shown = placed.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return shown if shown != local.replace(fold=0) else None
