"""An iCalendar (.ics) file of open deadlines and hearings, for the lawyer's calendar.

Pure: it takes DTOs and writes a file, nothing else. Each event's UID is the record's uid
(``<uid>@caseapp``), so importing a newer export into a calendar updates the events
instead of duplicating them; its SEQUENCE (given, read from the case file: see
``caseapp.services.calendar_sequences``) grows whenever the event changes, so that the
calendar takes the newer version. Deadlines without a time are all-day events; a deadline with
a time and a time zone, and every hearing, is written in that (the court's) time zone,
with the VTIMEZONE definitions the calendar needs. Each reminder lead day is a VALARM; a
snoozed deadline keeps only those that ring on or after the day its snooze ends, and one on
that day. A hearing or deadline deleted lately is written cancelled under its UID, saying
nothing but that it was deleted and when it was set (see
``caseapp.services.calendar_deletions``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from caseapp.domain.cldr import format_date, format_due_time, zone_city
from caseapp.domain.dates import due_moment
from caseapp.domain.dto import DeadlineDTO, DeletedEventDTO, HearingDTO
from caseapp.domain.enums import DeadlineStatus, Sensitivity
from caseapp.domain.hearing_days import HEARING_REMINDER_DAYS
from caseapp.domain.messages import Translated, msg, text_of
from caseapp.domain.rules import DEFAULT_REMINDER_DAYS, lead_days_of
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.hearing_words import state_words
from caseapp.reports.texts import label, t, tn

if TYPE_CHECKING:  # imported where used: icalendar costs every start that never writes one
    from icalendar import Calendar, Component, Event

PRODID = "-//CaseApp//Deadlines and hearings//EN"
# An all-day deadline's reminders ring at nine in the morning of their day (the calendar's own
# time), as calendars ring their own all-day reminders, not at its midnight: a phone woke the
# lawyer for "Appeal due in 3 days". So does the one rung as a snooze ends.
MORNING = timedelta(hours=9)
# deadlines entered by hand, or of a rule without reminders: lead_days_of's
DEFAULT_DEADLINE_LEAD_DAYS = DEFAULT_REMINDER_DAYS
DEFAULT_HEARING_LEAD_DAYS = HEARING_REMINDER_DAYS
HEARING_HOURS = 2  # a hearing's length is not recorded: shown as two hours


def event_uid(record_uid: str) -> str:
    return f"{record_uid}@caseapp"


def build_calendar(events: Iterable[DeadlineDTO | HearingDTO], *,
                   lead_days: Mapping[str, Sequence[int]] | None = None,
                   stamp: datetime | None = None, names: Mapping[int, str | Translated] | None = None,
                   level: Sensitivity | None = None, lang: str = "en",
                   rule_titles: Mapping[str, str] | None = None,
                   sequences: Mapping[str, int] | None = None,
                   closed: Iterable[DeadlineDTO] = (),
                   deleted: Iterable[DeletedEventDTO] = (),
                   snoozed: Mapping[str, date] | None = None,
                   custody_ended: Collection[str] = ()) -> Calendar:
    """The calendar of ``events``: open deadlines (done and dismissed ones are left out)
    and hearings. ``lead_days`` gives the reminder days of each rule id; ``names`` the name of
    each captive id (in each language: written in ``lang``), so each event says whom it concerns (a hearing's
    ``captive_ids`` are taken as the captives it may name). ``level`` is only announced in the
    calendar's name: the events given must already be the ones allowed at that level. A
    deadline's summary and steps are in ``lang`` (its title as given); ``rule_titles`` gives
    each rule id's title in ``lang``, for the line naming the deadline's rule (a rule id is
    never shown). ``sequences`` gives each event's SEQUENCE by its record's uid (0 if not
    given). ``closed`` deadlines (done or dismissed since an earlier export may have held
    them open) are written cancelled, saying so, with no reminder; so are the ``deleted``
    records, saying only that they were deleted. ``snoozed`` gives the day each snoozed
    deadline's snooze ends, by its uid: none of its reminders rings before that day. The
    hearings of ``custody_ended`` (uids: sittings on custody its captives' release made moot)
    are written cancelled, saying so, with no reminder."""
    leads_of: dict[str, tuple[int, ...]] = {rule: tuple(days)
                                            for rule, days in (lead_days or {}).items()}
    sequences = sequences or {}
    snoozed = snoozed or {}
    names_in: dict[int, str] = {c: n.render(lang) if isinstance(n, Translated) else n
                                for c, n in (names or {}).items()}
    rule_titles = rule_titles or {}
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", t("cal_name_level", lang, level=label(level, lang))
            if level is not None else t("cal_name", lang))
    cancelled = [d for d in closed if d.status != DeadlineStatus.OPEN]
    shut = {id(d) for d in cancelled}
    for item in [*events, *cancelled]:
        if isinstance(item, DeadlineDTO):
            if item.status != DeadlineStatus.OPEN and id(item) not in shut:
                continue
            leads = lead_days_of(item.rule_id, leads_of)
            who = names_in.get(item.captive_id, "") if item.captive_id is not None else ""
            event = _deadline_event(item, leads, stamp, who, lang,
                                    rule_titles.get(item.rule_id or "", ""),
                                    snoozed.get(item.uid))
        elif isinstance(item, HearingDTO):
            who = ", ".join(names_in[c] for c in item.captive_ids if names_in.get(c))
            event = _hearing_event(item, DEFAULT_HEARING_LEAD_DAYS, stamp, who, lang,
                                   moot=item.uid in custody_ended)
        else:
            raise TypeError(f"Cannot put a {type(item).__name__} in a calendar.")
        event.add("sequence", sequences.get(item.uid, 0))
        cal.add_component(event)
    for gone in deleted:
        event = _deleted_event(gone, stamp, lang)
        event.add("sequence", sequences.get(gone.uid, 0))
        cal.add_component(event)
    cal.add_missing_timezones()
    # The time zones in the order of their names: icalendar adds them in a set's order, which
    # changes from run to run, and the same calendar written twice would not be the same file.
    zones = sorted((c for c in cal.subcomponents if c.name == "VTIMEZONE"),
                   key=lambda zone: str(zone["TZID"]))
    for zone in zones:
        _one_date_per_rdate(zone)
    cal.subcomponents[:] = [*zones, *(c for c in cal.subcomponents if c.name != "VTIMEZONE")]
    return cal


def write_ics(events: Iterable[DeadlineDTO | HearingDTO], out_path: Path | str, *,
              lead_days: Mapping[str, Sequence[int]] | None = None,
              stamp: datetime | None = None, names: Mapping[int, str | Translated] | None = None,
              level: Sensitivity | None = None, lang: str = "en",
              rule_titles: Mapping[str, str] | None = None,
              sequences: Mapping[str, int] | None = None,
              deleted: Iterable[DeletedEventDTO] = (),
              snoozed: Mapping[str, date] | None = None,
              custody_ended: Collection[str] = ()) -> int:
    """Write the calendar atomically to ``out_path``; returns the number of events."""
    cal = build_calendar(events, lead_days=lead_days, stamp=stamp, names=names, level=level,
                         lang=lang, rule_titles=rule_titles, sequences=sequences,
                         deleted=deleted, snoozed=snoozed, custody_ended=custody_ended)
    atomic_write_bytes(out_path, cal.to_ical())
    return len(cal.walk("VEVENT"))


def _deadline_event(d: DeadlineDTO, leads: Sequence[int], stamp: datetime, who: str,
                    lang: str = "en", rule_title: str = "",
                    snoozed_until: date | None = None) -> Event:
    from icalendar import Event

    ev = Event()
    ev.add("uid", event_uid(d.uid))
    ev.add("dtstamp", stamp)
    summary = t("cal_deadline", lang, title=_whose(d.title, who))
    is_open = d.status == DeadlineStatus.OPEN
    if not is_open:  # done or dismissed: as the Deadlines view says it
        summary = t("cal_called_off", lang, state=label(d.status, lang), title=summary)
    ev.add("summary", summary)
    # RFC 5545 § 3.8.1.11: a calendar holding it open from an earlier export cancels it.
    ev.add("status", "CONFIRMED" if is_open else "CANCELLED")
    if d.due_time is not None and d.timezone:
        start = datetime.combine(d.due_on, d.due_time, ZoneInfo(d.timezone))
        ev.add("dtstart", start)
        ev.add("dtend", start)
    elif d.due_time is not None:  # a time with no zone: a floating local time
        start = datetime.combine(d.due_on, d.due_time)
        ev.add("dtstart", start)
        ev.add("dtend", start)
    else:
        ev.add("dtstart", d.due_on)
        ev.add("dtend", d.due_on + timedelta(days=1))
        ev.add("transp", "TRANSPARENT")
    lines = [t("cal_rule", lang, rule=rule_title, version=d.rule_version)] if rule_title else []
    if d.overridden and d.rule_id:  # the event's day is the lawyer's, not the steps' below
        lines.append(t("cal_by_hand", lang))
    ends = _day_end_line(d, lang) if is_open else ""  # the day's end in the court's zone
    if ends:
        lines.append(ends)
    lines += [text_of(step, lang) for step in d.explanation]
    if d.notes:
        lines.append(text_of(d.notes, lang))  # CaseApp's lines (a snooze) in the calendar's language
    if lines:
        ev.add("description", "\n".join(lines))
    ev.add("categories", ["CaseApp", t("deadline", lang)])  # the word a calendar shows
    if is_open:  # a reminder says whose deadline it is; none of a closed one
        title = _whose(d.title, who)
        if snoozed_until is None:
            _alarms(ev, leads, title, lang, at=MORNING if d.due_time is None else timedelta())
        else:
            _snoozed_alarms(ev, d.due_on, d.due_time, snoozed_until, leads, title, lang)
    return ev


def _day_end_line(d: DeadlineDTO, lang: str) -> str:
    """When a whole-day deadline in its court's zone falls due, as the Deadlines view says it
    but in UTC (a calendar file has no "your time zone"): "Due by the end of 10 December 2026
    in Baku (20:00 UTC)." (:func:`caseapp.domain.dates.due_moment`); "" for one due at an hour,
    of no zone or of a zone not known (due by the end of the lawyer's own day)."""
    moment = due_moment(d.due_on, None, d.timezone) if d.due_time is None else None
    if moment is None:
        return ""
    day, city = format_date(d.due_on, lang), zone_city(d.timezone, lang)
    hour = format_due_time(moment.time(), "", lang)
    if moment.date() == d.due_on:  # (east of UTC, Baku's and Yerevan's: the same day)
        line = msg("Due by the end of {day} in {city} ({hour} UTC).", day=day, city=city,
                   hour=hour)
    else:
        line = msg("Due by the end of {day} in {city} ({hour} UTC on {utc_day}).", day=day,
                   city=city, hour=hour, utc_day=format_date(moment.date(), lang))
    return text_of(line, lang)


def _deleted_event(gone: DeletedEventDTO, stamp: datetime, lang: str = "en") -> Event:
    """A deleted record's event, cancelled: nothing of what it said (its title, court or
    captives may be above the level its deletion is known at), only that it was deleted and
    when it was set (the day of its deletion if the audit entry did not say)."""
    from icalendar import Event

    ev = Event()
    ev.add("uid", event_uid(gone.uid))
    ev.add("dtstamp", stamp)
    hearing = gone.kind == "hearing"
    ev.add("summary", t("cal_deleted_hearing" if hearing else "cal_deleted_deadline", lang))
    ev.add("status", "CANCELLED")  # RFC 5545 § 3.8.1.11: a calendar holding it cancels it
    start = gone.starts if gone.starts is not None else gone.deleted_on
    ev.add("dtstart", start)
    if isinstance(start, datetime):
        ev.add("dtend", start + timedelta(hours=HEARING_HOURS) if hearing else start)
    else:
        ev.add("dtend", start + timedelta(days=1))
        ev.add("transp", "TRANSPARENT")
    ev.add("categories", ["CaseApp", t("hearing" if hearing else "deadline", lang)])
    return ev


def _hearing_event(h: HearingDTO, leads: Sequence[int], stamp: datetime, who: str,
                   lang: str = "en", *, moot: bool = False) -> Event:
    from icalendar import Event

    ev = Event()
    start = h.starts_at.astimezone(ZoneInfo(h.timezone)) if h.timezone else h.starts_at
    ev.add("uid", event_uid(h.uid))
    ev.add("dtstamp", stamp)
    kind = label(h.kind, lang)
    heading = (t("cal_hearing_at", lang, kind=kind, court=h.court) if h.court
               else t("cal_hearing", lang, kind=kind))
    # adjourned or cancelled, or moot (its captives no longer held): it will not sit
    said = t("hearing_custody_ended", lang) if moot else state_words(h.state, h.next_date, lang)
    if said:
        heading = t("cal_called_off", lang, state=said, title=heading)
    ev.add("summary", _whose(heading, who))
    # RFC 5545 § 3.8.1.11: a calendar that holds the event from an earlier export marks it
    # cancelled (struck through, or hidden) rather than keep it as going ahead.
    ev.add("status", "CANCELLED" if said else "CONFIRMED")
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(hours=HEARING_HOURS))
    if h.court:
        ev.add("location", h.court)
    details = [x for x in (t("cal_judge", lang, judge=h.judge) if h.judge else "", h.notes)
               if x]
    if details:
        ev.add("description", "\n".join(details))
    ev.add("categories", ["CaseApp", t("hearing", lang)])
    if not said:  # no reminder of a sitting that will not take place
        _alarms(ev, leads, _whose(t("cal_hearing", lang, kind=kind), who), lang)
    return ev


def _one_date_per_rdate(zone: Component) -> None:
    """Each change of a zone's clocks on a line of its own (``RDATE:20270328T030000``), not
    the dates of 60 years in one list as icalendar writes them: a list is valid iCalendar,
    but readers such as vobject then miss every change but the first, and put a hearing in
    Strasbourg in summer an hour off."""
    for part in zone.subcomponents:
        found = part.get("RDATE")
        if found is None:
            continue
        days = [day.dt for line in (found if isinstance(found, list) else [found])
                for day in line.dts]
        del part["RDATE"]
        for day in days:
            part.add("rdate", day)


def _whose(title: str, who: str) -> str:
    """``title`` with the names of the captives it concerns, if any: "Appeal (Armen Vardanyan)".
    The event's summary and each of its reminders say it, so that a reminder popping up among
    those of twenty captives says whose deadline or hearing it is."""
    return f"{title} ({who})" if who else title


def _snoozed_alarms(ev: Event, due: date, due_time: time | None, until: date,
                    leads: Sequence[int], title: str, lang: str = "en") -> None:
    """The reminders of a deadline snoozed until ``until``: the lead days that ring after
    that day begins, and one on that day's morning (:data:`MORNING`, relative to the
    deadline's start, as the others are: after it if the snooze ends after the deadline was
    due). A snooze quiets the reminders until its day; one rings then, so that the deadline is
    not left to its last reminder, or to none."""
    left = (due - until).days  # the days from the snooze's end to the due day
    at = timedelta(hours=due_time.hour, minutes=due_time.minute) if due_time else timedelta()
    # the morning of the day the snooze ends
    _alarm(ev, _reminder_text(left, title, lang), timedelta(days=-left) - at + MORNING)
    _alarms(ev, [days for days in leads if days < left], title, lang,  # the later ones
            at=MORNING if due_time is None else timedelta())


def _alarms(ev: Event, leads: Sequence[int], title: str, lang: str = "en",
            at: timedelta = timedelta()) -> None:
    """A reminder ``days`` before the event's start for each lead day, ``at`` after that
    moment (:data:`MORNING` for an all-day deadline: its start is its midnight)."""
    for days in sorted(set(leads), reverse=True):
        _alarm(ev, _reminder_text(days, title, lang), timedelta(days=-days) + at)


def _reminder_text(days: int, title: str, lang: str) -> str:
    """What a reminder ``days`` before the deadline says (after it, when negative)."""
    if days > 0:
        return tn("cal_alarm", days, lang, title=title)
    return t("cal_alarm_today", lang, title=title) if days == 0 else t("overdue_title", lang,
                                                                        title=title)


def _alarm(ev: Event, text: str, trigger: timedelta) -> None:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    ev.add_component(alarm)


__all__ = ["build_calendar", "event_uid", "write_ics"]
