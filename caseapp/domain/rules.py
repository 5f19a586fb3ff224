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
the comments at the top of ``resources/rules/generic.toml``.

What a rule says to the lawyer is in English and in each language of
:data:`TRANSLATED_LANGUAGES`: ``title_hy``/``title_ru`` and ``notes_hy``/``notes_ru`` beside
``title`` and ``notes``, ``label_hy``/``label_ru`` beside a parameter's ``label``,
``name_hy``/``name_ru`` beside a closure's ``name``, ``body_hy``/``body_ru`` beside the
``body`` of a file or a rule. ``Rule.text("title", "ru")`` gives the
Russian title, the English one only where the file has no Russian; ``RuleSet.title_in``
shows a stored deadline's title in a language (a title the lawyer changed stays as written).
The ``source`` (a citation) stays in the language of the text it cites.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.errors import NotFound
from caseapp.domain.holiday_countries import holidays
from caseapp.domain.messages import Message, Translated, msg
from caseapp.domain.rule_values import Bad as _Bad
from caseapp.domain.rule_values import (  # the typed readers, named as this module uses them
    choice as _choice,
)
from caseapp.domain.rule_values import (
    known as _known,
)
from caseapp.domain.rule_values import (
    month_day as _month_day,
)
from caseapp.domain.rule_values import (
    optional_text as _optional_text,
)
from caseapp.domain.rule_values import (
    parse as _parse,
)
from caseapp.domain.rule_values import (
    read_bool as _bool,
)
from caseapp.domain.rule_values import (
    read_date as _date,
)
from caseapp.domain.rule_values import (
    read_int as _int,
)
from caseapp.domain.rule_values import (
    read_list as _list,
)
from caseapp.domain.rule_values import (
    read_time as _time,
)
from caseapp.domain.rule_values import (
    table as _table,
)
from caseapp.domain.rule_values import (
    text as _text,
)


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


class Roll(StrEnum):
    """What happens when the deadline falls on a day that is not a working day."""

    NONE = "none"  # the date stands (e.g. the ECHR's time limit: Sabri Güneş v. Turkey)
    NEXT_WORKING_DAY = "next_working_day"
    PREVIOUS_WORKING_DAY = "previous_working_day"


# The languages a rule file may give its texts in besides English (``title_hy``…).
TRANSLATED_LANGUAGES = ("hy", "ru")
TRANSLATED_FIELDS = ("title", "notes", "body")
Translations = tuple[tuple[str, str], ...]  # ("title_hy", "…"), kept hashable


def _in_language(texts: Translations, key: str, lang: str | None, english: str) -> str:
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
        return _in_language(self.labels, "label", lang, self.label)


@dataclass(frozen=True)
class Closure:
    """Extra days off of a body or court: a yearly month-day range and/or explicit dates."""

    name: str
    start: tuple[int, int] | None = None  # (month, day), inclusive
    end: tuple[int, int] | None = None  # (month, day), inclusive; may wrap over New Year
    dates: frozenset[date] = frozenset()
    names: Translations = field(default=(), compare=False)  # ("name_hy", "…")

    def name_in(self, lang: str | None = None) -> str:
        return _in_language(self.names, "name", lang, self.name)

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
    The engine (``caseapp.domain.deadlines.non_working_reason``) answers for a given day."""

    name: str = "weekends"
    country: str | None = None
    subdivision: str | None = None
    closures: tuple[Closure, ...] = ()
    source: str = ""  # where the list of days off comes from


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
        """The rule's ``title`` or ``notes`` in ``lang`` (the interface's language by
        default); the English text where the file gives none in that language."""
        return _in_language(self.texts, name, lang, str(getattr(self, name)))

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
        alarms, the tray's reminders)."""
        return {r.id: tuple(r.reminders) for r in self}

    def __len__(self) -> int:
        return len(self.rules)


# -- loading ------------------------------------------------------------------------------

def shipped_rules_dir() -> Path:
    from caseapp.resources import resource

    return resource("rules")


def load_rules(*folders: str | Path, shipped: bool = True) -> RuleSet:
    """Read the shipped rules (unless ``shipped=False``), then each folder in turn.

    Every ``*.toml`` file of a folder is read in name order. A rule with the id of a rule
    from an earlier folder replaces it; the same id twice within one folder is a problem.
    A folder that does not exist is skipped (the lawyer has no rules of their own yet).
    """
    loader = _Loader()
    for folder in ([shipped_rules_dir()] if shipped else []) + [Path(f) for f in folders]:
        if folder.is_dir():
            loader.load_folder(folder)
    return loader.finish()


_RULE_KEYS = {"id", "version", "title", "trigger", "offset", "source", "verified",
              "counting_verified", "body",
              "month_end_clamp", "roll", "calendar", "timezone", "cutoff", "opens",
              "reminders", "derives", "conditions", "parameters", "notes",
              *(f"{f}_{lang}" for f in TRANSLATED_FIELDS for lang in TRANSLATED_LANGUAGES)}
_REQUIRED = ("id", "version", "title", "trigger", "offset", "source")


class _Loader:
    def __init__(self) -> None:
        self.rules: dict[str, tuple[Rule, str | None]] = {}  # id -> rule, calendar name
        self.calendars: dict[str, Calendar] = {"weekends": WEEKENDS_ONLY}
        self.problems: list[RuleProblem] = []

    def problem(self, path: str | Path, rule_id: str | None, message: Message) -> None:
        self.problems.append(RuleProblem(str(path), rule_id, message))

    def load_folder(self, folder: Path) -> None:
        seen_here: dict[str, str] = {}
        for path in sorted(folder.glob("*.toml")):
            for rule, calendar_name in self.load_file(path):
                if rule.id in seen_here:
                    self.problem(path, rule.id, msg(
                        "the same id is already used in {file}; this second rule is ignored.",
                        file=seen_here[rule.id]))
                    continue
                seen_here[rule.id] = path.name
                self.rules[rule.id] = (rule, calendar_name)  # replaces an earlier folder's

    def load_file(self, path: Path) -> list[tuple[Rule, str | None]]:
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            self.problem(path, None, msg("the file cannot be read as TOML ({error}); none of "
                                         "its rules were loaded.", error=str(exc)))
            return []
        body_keys = {f"body_{lang}" for lang in TRANSLATED_LANGUAGES}
        for key in sorted(set(doc) - {"body", "description", "calendars", "rules", *body_keys}):
            self.problem(path, None, msg(
                "unknown setting “{key}” at the top of the file (ignored).", key=key))
        body = doc["body"] if isinstance(doc.get("body"), str) else ""
        bodies = tuple((k, v) for k, v in doc.items() if k in body_keys and isinstance(v, str))
        calendars = doc.get("calendars", {})
        for name, table in (calendars.items() if isinstance(calendars, dict) else []):
            try:
                self.calendars[name] = _calendar(_table(table, name), name)
            except _Bad as exc:
                self.problem(path, None, msg("calendar “{name}”: {problem} It was not loaded.",
                                             name=name, problem=exc.message))
        raw_rules = doc.get("rules", [])
        if not isinstance(raw_rules, list) or not isinstance(calendars, dict):
            self.problem(path, None, msg("write rules as [[rules]] and calendars as "
                                         "[calendars.NAME]; the file's rules were not loaded."))
            return []
        loaded = []
        for index, raw in enumerate(raw_rules, start=1):
            rule_id = raw.get("id") if isinstance(raw, dict) else None
            label = rule_id if isinstance(rule_id, str) and rule_id else str(
                msg("#{index} (no id)", index=index))
            try:
                loaded.append(_rule(raw, body, str(path), bodies))
            except _Bad as exc:
                self.problem(path, label, msg("{problem} The rule was not loaded.",
                                              problem=exc.message))
        return loaded

    def finish(self) -> RuleSet:
        """Attach named calendars and check that referred rules exist."""
        resolved: dict[str, Rule] = {}
        for rule_id, (rule, calendar_name) in self.rules.items():
            if calendar_name is not None and calendar_name not in self.calendars:
                self.problem(rule.origin, rule_id, msg(
                    "the calendar “{calendar}” is not defined in any rule file. The rule was not "
                    "loaded.", calendar=calendar_name))
                continue
            if calendar_name is not None:
                rule = replace(rule, calendar=self.calendars[calendar_name])
            resolved[rule_id] = rule
        for rule in resolved.values():
            for ref in [*rule.derives, *([rule.condition.else_rule] if rule.condition else [])]:
                if ref and ref not in resolved:
                    self.problem(rule.origin, rule.id, msg(
                        "it refers to the rule “{rule}”, which is not defined.", rule=ref))
        return RuleSet(MappingProxyType(resolved), MappingProxyType(dict(self.calendars)),
                       tuple(self.problems))


# -- reading one rule ---------------------------------------------------------------------

def _rule(raw: Any, file_body: str, origin: str, file_bodies: Translations = ()
          ) -> tuple[Rule, str | None]:
    table = _table(raw, "rule")
    missing = [k for k in _REQUIRED if k not in table]
    if missing:
        raise _Bad(msg("missing {keys}.", keys=", ".join(f"“{k}”" for k in missing)))
    _known(table, _RULE_KEYS, msg("setting"))
    rule_id = _text(table, "id")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]+", rule_id):
        raise _Bad(msg("the id may hold only letters, digits, “.”, “_” and “-”."))
    version = table["version"]
    if isinstance(version, bool) or not isinstance(version, (str, int)) or not str(version):
        raise _Bad(msg("“version” must be text such as \"1\" or \"2024-03\"."))
    parameters = tuple(_parameter(p) for p in _list(table, "parameters"))
    offset = _offset(table["offset"], {p.name for p in parameters})
    _check_defaults(parameters, offset)
    timezone = _optional_text(table, "timezone")
    if timezone is not None:
        _parse(ZoneInfo, timezone, msg("“{timezone}” is not a time zone such as "
                                       "\"Europe/Paris\".", timezone=timezone))
    cutoff, opens = _time(table, "cutoff"), _time(table, "opens")
    if (cutoff or opens or any(p.unit is Unit.HOURS for p in offset)) and timezone is None:
        raise _Bad(msg("rules counting hours or with a cut-off time need a “timezone”."))
    calendar, calendar_name = WEEKENDS_ONLY, None
    if isinstance(table.get("calendar"), str):
        calendar_name = table["calendar"]
    elif "calendar" in table:
        calendar = _calendar(_table(table["calendar"], "calendar"), f"{rule_id} calendar")
    reminders = sorted({_int(v, "reminders") for v in _list(table, "reminders")}, reverse=True)
    if any(r < 0 for r in reminders):
        raise _Bad(msg("“reminders” are days before the deadline and cannot be negative."))
    for days in reminders:
        _within_limit(days, Unit.CALENDAR_DAYS, msg("a reminder"))
    rule = Rule(
        id=rule_id, version=str(version), title=_text(table, "title"),
        trigger=_text(table, "trigger"), offset=offset, source=_text(table, "source"),
        verified=_bool(table, "verified", False),
        counting_verified=_bool(table, "counting_verified", False),
        body=_optional_text(table, "body") or file_body,
        month_end_clamp=_bool(table, "month_end_clamp", True),
        roll=_choice(table, "roll", Roll, Roll.NONE), calendar=calendar, timezone=timezone,
        cutoff=cutoff, opens=opens, reminders=tuple(reminders),
        derives=tuple(_text({"derives": v}, "derives") for v in _list(table, "derives")),
        condition=_condition(table.get("conditions")), parameters=parameters,
        notes=_optional_text(table, "notes") or "", origin=origin,
        texts=_translations(table, TRANSLATED_FIELDS)
        + (() if "body" in table else file_bodies))
    return rule, calendar_name


def _translations(table: dict, fields: tuple[str, ...]) -> Translations:
    """The ``FIELD_LANG`` texts a table gives, e.g. (("title_hy", "…"), ("title_ru", "…"))."""
    keys = (f"{f}_{lang}" for f in fields for lang in TRANSLATED_LANGUAGES)
    return tuple((key, _text(table, key)) for key in keys if key in table)


def _offset(value: Any, declared: set[str]) -> tuple[OffsetPart, ...]:
    parts = [_table(p, "offset") for p in (value if isinstance(value, list) else [value])]
    if not parts:
        raise _Bad(msg("“offset” is empty."))
    result = []
    for part in parts:
        _known(part, {"amount", "unit", "param"}, msg("offset setting"))
        if "unit" not in part:
            raise _Bad(msg("an offset has no “unit”."))
        if ("amount" in part) == ("param" in part):
            raise _Bad(msg("an offset needs either an “amount” or a “param”, not both."))
        param = _optional_text(part, "param")
        if param is not None and param not in declared:
            raise _Bad(msg("the offset uses the parameter “{param}”, which is not declared "
                           "under “parameters”.", param=param))
        amount = _int(part["amount"], "amount") if "amount" in part else 0
        unit = _choice(part, "unit", Unit, None)
        _within_limit(amount, unit, msg("the offset"))
        result.append(OffsetPart(unit=unit, amount=amount, param=param))
    if len(result) > 1 and any(p.unit is Unit.HOURS for p in result):
        raise _Bad(msg("an offset in hours cannot be combined with other units."))
    return tuple(result)


def _within_limit(amount: int, unit: Unit, what: Message) -> None:
    if abs(amount) > MAX_AMOUNT[unit]:
        raise _Bad(msg("{what} of {amount} {unit} is longer than a hundred years (at most "
                       "{most} {unit}).", what=what, amount=amount, unit=unit.value,
                       most=MAX_AMOUNT[unit]))


def _check_defaults(parameters: tuple[Parameter, ...], offset: tuple[OffsetPart, ...]) -> None:
    for part in offset:
        p = next((x for x in parameters if x.name == part.param), None)
        if p is not None and p.default is not None:
            _within_limit(p.default, part.unit, msg("the default of “{name}”", name=p.name))


def _parameter(raw: Any) -> Parameter:
    table = _table(raw, "parameters")
    _known(table, {"name", "label", "default",
                   *(f"label_{lang}" for lang in TRANSLATED_LANGUAGES)}, msg("parameter setting"))
    default = table.get("default")
    return Parameter(name=_text(table, "name"), label=_optional_text(table, "label") or
                     table["name"], default=None if default is None else _int(default, "default"),
                     labels=_translations(table, ("label",)))


def _condition(raw: Any) -> Condition | None:
    if raw is None:
        return None
    table = _table(raw, "conditions")
    _known(table, {"applies_from", "applies_until", "else_rule"}, msg("condition"))
    cond = Condition(applies_from=_date(table.get("applies_from"), "applies_from"),
                     applies_until=_date(table.get("applies_until"), "applies_until"),
                     else_rule=_optional_text(table, "else_rule"))
    if cond.applies_from is None and cond.applies_until is None:
        raise _Bad(msg("“conditions” needs “applies_from” or “applies_until”."))
    return cond


def _calendar(table: dict, name: str) -> Calendar:
    _known(table, {"country", "subdivision", "closures", "source"}, msg("calendar setting"))
    country, subdivision = _optional_text(table, "country"), _optional_text(table, "subdivision")
    if country is not None and not _has_calendar(country, subdivision):
        where = " / ".join(x for x in (country, subdivision) if x)
        raise _Bad(msg("the holidays package has no calendar for “{country}”.", country=where))
    closures = tuple(_closure(c) for c in _list(table, "closures"))
    return Calendar(name=name, country=country, subdivision=subdivision, closures=closures,
                    source=_optional_text(table, "source") or "")


def _has_calendar(country: str, subdivision: str | None) -> bool:
    """Whether the holidays package has this country (and subdivision): its registry of
    codes, then the one country's class (not every country's, as
    ``list_supported_countries`` would import)."""
    from holidays.registry import EntityLoader

    if country not in set(EntityLoader.get_country_codes()):
        return False
    return subdivision is None or subdivision in getattr(holidays, country).subdivisions


def _closure(raw: Any) -> Closure:
    table = _table(raw, "closures")
    _known(table, {"name", "from", "to", "dates",
                   *(f"name_{lang}" for lang in TRANSLATED_LANGUAGES)}, msg("closure setting"))
    name, has_range = _text(table, "name"), "from" in table or "to" in table
    if has_range and not ("from" in table and "to" in table):
        raise _Bad(msg("closure “{name}” needs both “from” and “to”.", name=name))
    read = (_date(d, "dates") for d in _list(table, "dates"))
    dates = frozenset(d for d in read if d is not None)
    if not has_range and not dates:
        raise _Bad(msg("closure “{name}” has neither “from”/“to” (MM-DD) nor “dates”.",
                       name=name))
    return Closure(name=name, start=_month_day(table["from"]) if has_range else None,
                   end=_month_day(table["to"]) if has_range else None, dates=dates,
                   names=_translations(table, ("name",)))
