"""Reading the deadline rules from their TOML files into a
:class:`~caseapp.domain.rules.RuleSet`.

The files shipped in ``resources/rules/`` (one per jurisdiction or body) are read first,
then, optionally, a folder of the lawyer's own files whose rules add to or replace the
shipped ones by id. An offset longer than about a hundred years (e.g. 10**12 days, a typo
of the lawyer's) is refused when the file is read, so that no computation can overflow or
run for ever. A file or rule that cannot be read is reported as a
:class:`~caseapp.domain.rules.RuleProblem` (file, rule id, what is wrong) and left out;
every other rule still loads. The format is described in the comments at the top of
``resources/rules/generic.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.holiday_countries import holidays
from caseapp.domain.messages import Message, current_language, msg, quoted_each
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
from caseapp.domain.rules import (
    LARGE_UNIT_NAMES,
    MAX_AMOUNT,
    TRANSLATED_FIELDS,
    TRANSLATED_LANGUAGES,
    WEEKENDS_ONLY,
    Calendar,
    Closure,
    Condition,
    OffsetPart,
    Parameter,
    Roll,
    Rule,
    RuleProblem,
    RuleSet,
    Translations,
    Unit,
)

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
        """The file's rules; its calendars and problems join the loader's. A file read before
        with the same bytes is not parsed again: every case file opened reads the same shipped
        files, and parsing them was most of opening one."""
        try:
            content = path.read_bytes()
        except OSError:
            return self._read_file(path)
        part = _file_part(str(path), content, current_language())
        self.calendars.update(part.calendars)
        self.problems.extend(part.problems)
        return list(part.rules)

    def _read_file(self, path: Path, content: bytes | None = None
                   ) -> list[tuple[Rule, str | None]]:
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8") if content is None
                                else content.decode("utf-8"))
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


@dataclass(frozen=True)
class _FilePart:
    """What one rule file gives, kept for the next loader that reads it unchanged."""

    rules: tuple[tuple[Rule, str | None], ...]
    calendars: Mapping[str, Calendar]
    problems: tuple[RuleProblem, ...]


@lru_cache(maxsize=64)
def _file_part(path: str, content: bytes, language: str) -> _FilePart:
    """One file read by a loader of its own. The key holds the file's bytes (a rule file the
    lawyer edits is read again, however soon) and the language (a rule without an id is
    named in it in its problem). Rules and calendars are frozen, so loaders share them."""
    del language  # the cache's key only
    loader = _Loader()
    loader.calendars.clear()
    rules = tuple(loader._read_file(Path(path), content))
    return _FilePart(rules, MappingProxyType(dict(loader.calendars)), tuple(loader.problems))


# -- reading one rule ---------------------------------------------------------------------

def _rule(raw: Any, file_body: str, origin: str, file_bodies: Translations = ()
          ) -> tuple[Rule, str | None]:
    table = _table(raw, "rule")
    missing = [k for k in _REQUIRED if k not in table]
    if missing:
        raise _Bad(msg("missing {keys}.", keys=quoted_each(missing)))
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
                       "{most} {unit}).", what=what, amount=amount, unit=LARGE_UNIT_NAMES[unit],
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
    if default is not None and _int(default, "default") < 0:  # as a value typed would be
        raise _Bad(msg("the default of “{name}” cannot be negative ({value}): a parameter "
                       "is an amount of time, counted in the offset's direction.",
                       name=table.get("name", "?"), value=default))
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
    _known(table, {"country", "subdivision", "closures", "source",
                   *(f"source_{lang}" for lang in TRANSLATED_LANGUAGES)}, msg("calendar setting"))
    country, subdivision = _optional_text(table, "country"), _optional_text(table, "subdivision")
    if country is not None and not _has_calendar(country, subdivision):
        where = " / ".join(x for x in (country, subdivision) if x)
        raise _Bad(msg("the holidays package has no calendar for “{country}”.", country=where))
    closures = tuple(_closure(c) for c in _list(table, "closures"))
    return Calendar(name=name, country=country, subdivision=subdivision, closures=closures,
                    source=_optional_text(table, "source") or "",
                    sources=_translations(table, ("source",)))


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
