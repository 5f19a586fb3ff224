"""Deadline rules as data a lawyer can read and edit.

Each rule lives in a TOML file: the files shipped in ``resources/rules/`` (one per
jurisdiction or body) and, optionally, a folder of the lawyer's own files whose rules
add to or replace the shipped ones by id. A rule says what starts the clock (the
trigger), how much time is added or taken away, whether the date moves off weekends and
holidays, which calendar of holidays counts, when reminders fall, which further
deadlines it sets off, where it comes from (the source) and whether anyone has checked
it against that source (``verified``: the period; ``counting_verified``: how the text in
force counts it, i.e. whether a last day off moves to the next working day and whether
the trigger day counts). The engine never moves a date later than the plain computation
for a rule whose counting is not verified, whatever its ``roll`` says.

An offset longer than about a hundred years (e.g. 10**12 days, a typo of the lawyer's)
is refused when the file is read, so that no computation can overflow or run for ever.

A file or rule that cannot be read is reported as a :class:`RuleProblem` (file, rule id,
what is wrong) and left out; every other rule still loads. The format is described in
the comments at the top of ``resources/rules/generic.toml``; the files are read by
:mod:`caseapp.domain.rule_files` (this module is the rules as data).

What a rule says to the lawyer is in English and in each language of
:data:`TRANSLATED_LANGUAGES`: ``title_hy``/``title_ru``/``title_fr`` and ``notes_hy``… beside
``title`` and ``notes``, ``label_hy``… beside a parameter's ``label``, ``name_hy``… beside a
closure's ``name``, ``body_hy``… beside the ``body`` of a file or a rule, ``source_hy``…
beside the ``source`` of a rule or a calendar (the citation as a lawyer of that language cites
it, every article number as in the English). Armenian and Russian are languages of the
interface and of the documents, French of the documents only (a French dossier, status report
or letter prints the rules' titles and sources in French). ``Rule.text("title", "ru")`` gives the
Russian title, the English one only where the file has no Russian (a lawyer's own file
without ``source_ru`` shows its source as written); ``RuleSet.title_in``
shows a stored deadline's title in a language (a title the lawyer changed stays as written).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from functools import cached_property
from typing import Any

from caseapp.domain.errors import NotFound
from caseapp.domain.messages import Message, Translated, msg, quoted


class Unit(StrEnum):
    """How an offset counts time."""

    HOURS = "hours"  # real elapsed hours, across clock changes
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"  # days off of the rule's calendar are not counted
    WEEKS = "weeks"
    MONTHS = "months"  # same day number N months later (see month_end_clamp)


# The longest offset a rule (or a parameter at compute time) may give, per unit: about a
# hundred years. Anything longer is a typo, and would overflow the calendar.
MAX_AMOUNT = {Unit.HOURS: 24 * 36_600, Unit.CALENDAR_DAYS: 36_600, Unit.WORKING_DAYS: 26_100,
              Unit.WEEKS: 5_220, Unit.MONTHS: 1_200}
# A unit named after such a number, beyond the limit ("36600 calendar days"): the form a
# language takes after a large number (Russian "календарных дней").
LARGE_UNIT_NAMES = {
    Unit.HOURS: msg("hours", context="after a large number"),
    Unit.CALENDAR_DAYS: msg("calendar days", context="after a large number"),
    Unit.WORKING_DAYS: msg("working days", context="after a large number"),
    Unit.WEEKS: msg("weeks", context="after a large number"),
    Unit.MONTHS: msg("months", context="after a large number"),
}


class Roll(StrEnum):
    """What happens when the deadline falls on a day that is not a working day."""

    NONE = "none"  # the date stands (e.g. the ECHR's time limit: Sabri Güneş v. Turkey)
    NEXT_WORKING_DAY = "next_working_day"
    PREVIOUS_WORKING_DAY = "previous_working_day"


# The languages a rule file may give its texts in besides English (``title_hy``…): those of the
# interface and of the documents (French is a language of the documents only).
TRANSLATED_LANGUAGES = ("hy", "ru", "fr")
TRANSLATED_FIELDS = ("title", "notes", "body", "source")
Translations = tuple[tuple[str, str], ...]  # ("title_hy", "…"), kept hashable


def in_language(texts: Translations, key: str, lang: str | None, english: str) -> str:
    """The text of ``key`` in ``lang`` among a rule file's ``texts`` (``("source_ru", "…")``),
    the ``english`` one where the file gives none in that language."""
    if lang is None:
        from caseapp.domain.messages import current_language
        lang = current_language()
    if lang == "en" or not english:
        return english
    return next((value for name, value in texts if name == f"{key}_{lang}"), english)


@dataclass(frozen=True)
class OffsetPart:
    """One step of the offset: ``amount`` units, or the value of parameter ``param``."""

    unit: Unit
    amount: int = 0
    param: str | None = None


@dataclass(frozen=True)
class Parameter:
    """A value given when the deadline is computed, e.g. the term set in a detention order.

    With no ``default`` the lawyer must give it: the rule makes no assumption.
    """

    name: str
    label: str
    default: int | None = None
    labels: Translations = field(default=(), compare=False)  # ("label_ru", "…")

    @property
    def label_text(self) -> Translated:
        """The label in each language the file gives, for a message."""
        return Translated((("en", self.label),
                           *((k.removeprefix("label_"), v) for k, v in self.labels)))

    def label_in(self, lang: str | None = None) -> str:
        """The label in ``lang`` (the interface's language by default), else in English."""
        return in_language(self.labels, "label", lang, self.label)


@dataclass(frozen=True)
class Closure:
    """Extra days off of a body or court: a yearly month-day range and/or explicit dates."""

    name: str
    start: tuple[int, int] | None = None  # (month, day), inclusive
    end: tuple[int, int] | None = None  # (month, day), inclusive; may wrap over New Year
    dates: frozenset[date] = frozenset()
    names: Translations = field(default=(), compare=False)  # ("name_hy", "…")

    def name_in(self, lang: str | None = None) -> str:
        return in_language(self.names, "name", lang, self.name)

    def covers(self, day: date) -> bool:
        if day in self.dates or self.start is None or self.end is None:
            return day in self.dates
        md = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= md <= self.end
        return md >= self.start or md <= self.end  # e.g. 24 December to 1 January


@dataclass(frozen=True)
class Calendar:
    """Which days are working days for a rule: Monday to Friday, less the public holidays
    of ``country`` (as the ``holidays`` package knows them, including days off moved by
    decree and Saturdays made working days in exchange), less the named closures.
    The engine (``caseapp.domain.non_working_days.non_working_reason``) answers for a given day."""

    name: str = "weekends"
    country: str | None = None
    subdivision: str | None = None
    closures: tuple[Closure, ...] = ()
    source: str = ""  # where the list of days off comes from
    sources: Translations = field(default=(), compare=False)  # ("source_ru", "…")

    def source_in(self, lang: str | None = None) -> str:
        """Where the days off come from, in ``lang`` (English where the file gives none)."""
        return in_language(self.sources, "source", lang, self.source)


WEEKENDS_ONLY = Calendar()


@dataclass(frozen=True)
class Condition:
    """The rule applies only to triggers within [applies_from, applies_until]; otherwise
    ``else_rule`` is used instead (e.g. the ECHR's 6-month limit before 1 February 2022)."""

    applies_from: date | None = None
    applies_until: date | None = None
    else_rule: str | None = None

    def applies(self, day: date) -> bool:
        if self.applies_from is not None and day < self.applies_from:
            return False
        return self.applies_until is None or day <= self.applies_until

    def describe(self) -> Message:
        """The trigger dates the rule applies to ("on or after 1 Mar 2024"), as a message."""
        if self.applies_from and self.applies_until:
            return msg("on or after {start} and on or before {end}",
                       start=self.applies_from, end=self.applies_until)
        if self.applies_from:
            return msg("on or after {start}", start=self.applies_from)
        return msg("on or before {end}", end=self.applies_until)


@dataclass(frozen=True)
class Rule:
    """One deadline rule. See the shipped TOML files for the meaning of each field."""

    id: str
    version: str
    title: str
    trigger: str  # event type that starts the clock, e.g. "detention_order", "verdict"
    offset: tuple[OffsetPart, ...]
    source: str
    verified: bool = False  # the period was checked against the source
    counting_verified: bool = False  # so was the way of counting (roll, trigger day)
    body: str = ""  # court, body or jurisdiction, e.g. "ECHR", "Azerbaijan"
    month_end_clamp: bool = True
    roll: Roll = Roll.NONE
    calendar: Calendar = WEEKENDS_ONLY
    timezone: str | None = None
    cutoff: time | None = None  # filings after this local time count from the next day
    opens: time | None = None  # start of the body's working hours (information only)
    reminders: tuple[int, ...] = ()  # days before the deadline
    derives: tuple[str, ...] = ()  # rules whose trigger is this rule's deadline
    condition: Condition | None = None
    parameters: tuple[Parameter, ...] = ()
    notes: str = ""
    origin: str = field(default="", compare=False)  # file the rule was read from
    texts: Translations = field(default=(), compare=False)  # ("title_ru", "…"), ("notes_hy", …)

    def text(self, name: str, lang: str | None = None) -> str:
        """The rule's ``title``, ``notes``, ``body`` or ``source`` in ``lang`` (the interface's
        language by default); the English text where the file gives none in that language."""
        return in_language(self.texts, name, lang, str(getattr(self, name)))

    def missing_translations(self) -> list[str]:
        """The keys a rule file should give and does not (``title_hy``, ``label_ru`` of a
        parameter…), for the check that every shipped rule speaks every language."""
        given = {name for name, _ in self.texts}
        missing = [f"{f}_{lang}" for f in TRANSLATED_FIELDS for lang in TRANSLATED_LANGUAGES
                   if getattr(self, f) and f"{f}_{lang}" not in given]
        for p in self.parameters:
            labels = {name for name, _ in p.labels}
            missing += [f"parameter {p.name}: label_{lang}" for lang in TRANSLATED_LANGUAGES
                        if f"label_{lang}" not in labels]
        sources = {name for name, _ in self.calendar.sources}
        missing += [f"calendar {self.calendar.name}: source_{lang}" for lang in TRANSLATED_LANGUAGES
                    if self.calendar.source and f"source_{lang}" not in sources]
        for c in self.calendar.closures:
            names = {name for name, _ in c.names}
            missing += [f"closure “{c.name}”: name_{lang}" for lang in TRANSLATED_LANGUAGES
                        if f"name_{lang}" not in names]
        return missing

    @property
    def may_move_later(self) -> bool:
        """Whether the engine may give a date later than the plain computation (roll to the
        next working day, a filing after the cut-off counted from the next day): only when
        both the period and the way of counting were checked against the text in force."""
        return self.verified and self.counting_verified

    def counts_working_days(self, amount: int) -> bool:
        """Whether ``amount`` working days are counted as working days: a count back always
        (it reaches earlier than as many calendar days), a count forward only for a rule the
        engine may move later; else as calendar days, never later when unsure."""
        return amount < 0 or self.may_move_later

    @cached_property
    def clamps_month_end(self) -> bool:
        """Whether a month that has no day N ends the count on its last day (else on the first
        day of the next month): always for a rule the engine may not move later (the next
        month's first day is later), whatever its ``month_end_clamp`` asks."""
        return self.month_end_clamp or not self.may_move_later

    @cached_property
    def counts_hours(self) -> bool:  # asked for at every computation: worked out once
        return any(part.unit is Unit.HOURS for part in self.offset)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


@dataclass(frozen=True)
class RuleProblem:
    """A rule (or a whole file, then ``rule_id`` is None) that could not be loaded."""

    file: str
    rule_id: str | None
    message: str | Message

    def __str__(self) -> str:
        return str(self.said)

    @property
    def said(self) -> Message:
        """The problem with the file (and rule) it is in, in the user's language."""
        if self.rule_id:
            return msg("{file}, rule “{rule}”: {problem}", file=self.file, rule=self.rule_id,
                       problem=self.message)
        return msg("{file}: {problem}", file=self.file, problem=self.message)


@dataclass(frozen=True)
class RuleSet:
    """The rules in force: shipped rules, then the lawyer's own (later folders win)."""

    rules: Mapping[str, Rule]
    calendars: Mapping[str, Calendar] = field(default_factory=dict)
    problems: tuple[RuleProblem, ...] = ()
    # What the deadline engine computed with these rules (caseapp.domain.deadlines.compute):
    # the same rule, trigger, values and day always give the same deadlines.
    computed: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def get(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise NotFound(msg("There is no deadline rule “{rule}”.", rule=rule_id)) from None

    def title_in(self, title: str, lang: str | None = None, rule_id: str = "") -> str:
        """A deadline's stored ``title`` in ``lang``: the rule's title in that language when
        the title is the one the rule gave (its English title), else the title as stored
        (written or changed by the lawyer). ``rule_id`` is the deadline's rule, if any."""
        rule = self.rules.get(rule_id) if rule_id else None
        if rule is None or rule.title != title:
            rule = self._by_title().get(title)
        return rule.text("title", lang) if rule is not None else title

    def quoted_title(self, rule_id: str) -> Translated:
        """The rule's title in every language, in each one's quotation marks: how a sentence
        names the rule (never by its id)."""
        rule = self.get(rule_id)
        return quoted(Translated(tuple((lang, rule.text("title", lang))
                                       for lang in ("en", *TRANSLATED_LANGUAGES))))

    def title_everywhere(self, title: str, rule_id: str = "") -> Translated:
        """:meth:`title_in` in every language, for a message read later in any of them (what
        an output left out, named in the user's language)."""
        return Translated(tuple((lang, self.title_in(title, lang, rule_id))
                                for lang in ("en", *TRANSLATED_LANGUAGES)))

    def source_everywhere(self, rule_id: str) -> Translated | None:
        """The source of the rule ``rule_id`` in every language (None for a rule no longer
        defined): what a document prints under a deadline, in the document's language."""
        rule = self.rules.get(rule_id) if rule_id else None
        if rule is None:
            return None
        return Translated(tuple((lang, rule.text("source", lang))
                                for lang in ("en", *TRANSLATED_LANGUAGES)))

    def _by_title(self) -> dict[str, Rule]:
        found = self.computed.get("titles")
        if found is None:
            found = self.computed["titles"] = {r.title: r for r in self.rules.values()}
        return found

    def for_trigger(self, trigger: str) -> list[Rule]:
        """Rules started by an event type, e.g. ``"detention_order"`` (sorted by id)."""
        index = self.computed.get("by_trigger")
        if index is None:  # made once per rule set (kept with its computations)
            by_trigger: dict[str, list[Rule]] = {}
            for rule in sorted(self.rules.values(), key=lambda r: r.id):
                by_trigger.setdefault(rule.trigger, []).append(rule)
            index = self.computed["by_trigger"] = {k: tuple(v) for k, v in by_trigger.items()}
        return list(index.get(trigger, ()))

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self.rules.values(), key=lambda r: r.id))

    def reminder_days(self) -> dict[str, tuple[int, ...]]:
        """How many days ahead each rule's deadlines are reminded of, by rule id (a calendar's
        alarms, the tray's reminders: see :func:`lead_days_of`)."""
        return {r.id: tuple(r.reminders) for r in self}

    def __len__(self) -> int:
        return len(self.rules)


# The reminder days of a deadline entered by hand, or of a rule that gives none: the day before.
DEFAULT_REMINDER_DAYS = (1,)


def lead_days_of(rule_id: str | None, reminder_days: dict[str, tuple[int, ...]]
                 ) -> tuple[int, ...]:
    """The days before a deadline of ``rule_id`` its reminders fall on (``reminder_days``: the
    rule set's :meth:`RuleSet.reminder_days`), the calendar's alarms and the window's alike."""
    return reminder_days.get(rule_id or "", ()) or DEFAULT_REMINDER_DAYS
