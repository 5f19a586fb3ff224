"""The case settings' registry and values: what each setting accepts and what a read of them
gives (:class:`CaseSettings`), from the stored rows. No SQLAlchemy here: the window's start
reads the welfare threshold with the captives' rows before it imports SQLAlchemy (the
service, :mod:`caseapp.services.settings`, reads and writes them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from caseapp.domain.clean_text import one_line, several_lines
from caseapp.domain.clock import (
    DEFAULT_EXPIRY_WARNING_DAYS,
    DEFAULT_WELFARE_THRESHOLD_DAYS,
    PRE_TRIAL,
    ClockSettings,
)
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.lawyer import LAWYER_ENV, LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.proof_of_life import DEFAULT_INDEPENDENT_PROOF_DAYS

# Countries whose criminal procedure the shipped rules encode, by the prefix of their ids.
PROCEDURES = {"az": "Azerbaijan", "am": "Armenia"}
LAWYER_FIELDS = tuple(LAWYER_ENV)  # name, organisation, address, …, city, name_hy, name_ru
MAX_DAYS = 3650
# The stages a custody maximum can be set for: the statuses in which the clock counts.
STAGES = tuple(s.value for s in CaptiveStatus if s in PRE_TRIAL)
SCOPE_KINDS = ("captive", "charge", "stage")


class BadValue(ValueError):
    """A value a setting refuses; the message says what it accepts."""


# ---- the registry --------------------------------------------------------------------------

@dataclass(frozen=True)
class Setting:
    key: str
    description: Message  # shown to the user: in her language
    default: Any
    parse: Callable[[Any], Any]  # the user's value (text or typed) → the stored value
    scoped: bool = False  # overrides per captive, charge or stage allowed
    changes_deadlines: bool = False  # a change recomputes the open computed deadlines


def _choice(choices: Mapping[str, Message]) -> Callable[[Any], str]:
    """A value among ``choices`` (value → its name in the user's language, said beside it
    where the two differ)."""
    def parse(value: Any) -> str:
        text = value.strip().lower() if isinstance(value, str) else ""
        if text not in choices:
            raise BadValue(msg("choose one of {choices}", choices=", ".join(
                k if str(v) == k else f"{k} ({v})" for k, v in choices.items())))
        return text
    return parse


def _days(*, optional: bool = False, low: int = 0) -> Callable[[Any], int | None]:
    def parse(value: Any) -> int | None:
        if optional and (value is None or (isinstance(value, str)
                                           and value.strip().lower() in ("", "none", "not set"))):
            return None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, int):
            number = value
        else:
            text = str(value).strip()
            # (a number of more digits than MAX_DAYS is out of range: not converted, as one of
            # thousands of digits is refused by int() itself)
            number = (int(text) if text.isascii() and text.isdigit()
                      and len(text.lstrip("0")) <= len(str(MAX_DAYS)) else None)
        if number is None or not low <= number <= MAX_DAYS:
            raise BadValue(msg("give a whole number of days from {low} to {most} or “none” for not set",
                               low=low, most=MAX_DAYS) if optional else
                           msg("give a whole number of days from {low} to {most}", low=low, most=MAX_DAYS))
        return number
    return parse


def _text(limit: int, *, email: bool = False, lines: bool = False) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise BadValue(msg("give text"))
        text = value.strip().replace("\\n", "\n")
        try:  # one line but the address (caseapp.domain.clean_text)
            text = several_lines(text).strip() if lines else one_line(text)
        except ValidationError:
            raise BadValue(msg("give text (it holds a character that is not text)")) from None
        if len(text) > limit:
            raise BadValue(msg_n("at most {count} character", "at most {count} characters", limit))
        if email and text and ("@" not in text or any(c.isspace() for c in text)):
            raise BadValue(msg("give an e-mail address such as name@example.org"))
        return text
    return parse


_LEVELS = {level.value: LEVEL_NAMES[level] for level in (Sensitivity.PUBLIC, Sensitivity.SHAREABLE,
                                                         Sensitivity.INTERNAL)}
_PROCEDURE_NAMES = {"az": msg("Azerbaijan"), "am": msg("Armenia")}
_LAWYER_TEXT = {"name": msg("your name: author of dossiers and reports, signatory of letters"),
                "organisation": msg("your firm or organisation"),
                "address": msg("your postal address (a literal \\n starts a new line)"),
                "bar_number": msg("your bar number"),
                "phone": msg("your phone number"), "email": msg("your e-mail address"),
                "city": msg("the city where you sign letters"),
                "name_hy": msg("your name in Armenian letters: signs letters in Armenian"),
                "name_ru": msg("your name in Cyrillic letters: signs letters in Russian")}

REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("procedure", msg("whose criminal procedure the domestic deadlines follow: "
                             "az (Azerbaijan) or am (Armenia)"), "az", _choice(_PROCEDURE_NAMES),
            changes_deadlines=True),
    Setting("expiry_warning_days", msg("warn when a detention order ends within this many "
                                       "days and no hearing is recorded before"),
            DEFAULT_EXPIRY_WARNING_DAYS, _days()),
    Setting("welfare_threshold_days", msg("proof of life: warn after this many days without "
                                          "confirmed news"),
            DEFAULT_WELFARE_THRESHOLD_DAYS, _days()),
    Setting("independent_proof_days", msg(
        "independent proof of life (ICRC, consular or lawyer visit): warn after this many days "
        "without one; 90 by default, as such visits are rare and a shorter period would warn "
        "for nearly every captive"), DEFAULT_INDEPENDENT_PROOF_DAYS, _days()),
    Setting("custody_max_days", msg(
        "statutory maximum of pre-trial custody in days (none: not set, no warning); per "
        "captive, charge (article) or stage as the law differs"),
        None, _days(optional=True, low=1), scoped=True),
    Setting("default_level", msg("level of new records of facts (public, shareable, "
                                 "internal); notes, health, identity and contacts stay "
                                 "internal"), Sensitivity.SHAREABLE.value, _choice(_LEVELS)),
    *(Setting(f"lawyer_{f}", _LAWYER_TEXT[f], "", _text(500 if f == "address" else 200,
                                                          email=f == "email",
                                                          lines=f == "address"))
      for f in LAWYER_FIELDS),
)}


def setting(key: str) -> Setting:
    found = REGISTRY.get(key.strip() if isinstance(key, str) else key)
    if found is None:
        raise ValidationError(msg("There is no case setting “{key}”: the settings are {keys}.",
                                  key=_one_line(key), keys=", ".join(REGISTRY)), field="key")
    return found


def parse_value(key: str, value: Any) -> Any:
    """The stored form of ``value`` for ``key``; ValidationError in one line naming both."""
    s = setting(key)
    try:
        return s.parse(value)
    except BadValue as exc:
        shown = "" if value is None else _one_line(value)
        raise ValidationError(msg("Case setting “{key}” cannot be “{value}”: {reason}.", key=key, value=shown,
                                  reason=exc.args[0]),
                              field=key) from None


def _one_line(value: Any) -> str:
    """A value as a message may quote it: on one line, at most 60 characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


# ---- what reads return ---------------------------------------------------------------------

@dataclass(frozen=True)
class CustodyMaximum:
    """A custody maximum for part of the file: ``scope`` is ``captive:<uid>``,
    ``charge:<article>`` or ``stage:<status>``."""

    scope: str
    days: int

    @property
    def kind(self) -> str:
        return self.scope.partition(":")[0]

    @property
    def target(self) -> str:
        return self.scope.partition(":")[2]


@dataclass(frozen=True)
class CaseSettings:
    procedure: str = "az"
    expiry_warning_days: int = DEFAULT_EXPIRY_WARNING_DAYS
    welfare_threshold_days: int = DEFAULT_WELFARE_THRESHOLD_DAYS
    independent_proof_days: int = DEFAULT_INDEPENDENT_PROOF_DAYS
    custody_max_days: int | None = None  # the file's; see custody_max_for
    custody_overrides: tuple[CustodyMaximum, ...] = ()
    default_level: Sensitivity = Sensitivity.SHAREABLE
    lawyer: LawyerProfile = field(default_factory=LawyerProfile)
    stored: tuple[tuple[str, str, Any], ...] = ()  # (key, scope, value) of every stored row

    def clock(self, custody_max_days: int | None = None) -> ClockSettings:
        return ClockSettings(statutory_max_days=custody_max_days,
                             expiry_warning_days=self.expiry_warning_days,
                             welfare_threshold_days=self.welfare_threshold_days)

    def custody_max_for(self, *, captive_uid: str = "", articles: Iterable[str] = (),
                        status: CaptiveStatus | str | None = None) -> int | None:
        """The maximum that applies to one captive (see the module's description)."""
        by_kind: dict[str, dict[str, int]] = {k: {} for k in SCOPE_KINDS}
        for o in self.custody_overrides:
            by_kind.setdefault(o.kind, {})[o.target] = o.days
        if captive_uid in by_kind["captive"]:
            return by_kind["captive"][captive_uid]
        charged = [days for article in articles for target, days in by_kind["charge"].items()
                   if _covers(target, article)]
        if charged:
            return min(charged)
        stage = str(status.value if isinstance(status, CaptiveStatus) else status or "")
        return by_kind["stage"].get(stage, self.custody_max_days)


def _covers(target: str, article: str) -> bool:
    a = article.strip().casefold()
    return a == target or a.startswith(target + ".")


# An article of a charge as a custody maximum names it: numbers (letters and hyphens allowed,
# as in 214-1) joined by dots, the article first, then its part and the part's points.
_NUMBER = r"[^\W_]+(?:-[^\W_]+)*"
_DESIGNATION = re.compile(rf"{_NUMBER}(?:\.{_NUMBER})*")
# "214(2)" or "214 (2.1)": the article with its part in brackets, as charges are written.
_BRACKETED = re.compile(r"\s*([^()\s]+)\s*\(\s*([^()\s]+)\s*\)\s*")


def charge_designation(article: str, part: str = "") -> str:
    """A charge as the custody maxima name it: its article, then its part after a dot
    (article 214, part 2.1 → ``214.2.1``), lower-cased; brackets around the part dropped."""
    article = " ".join((article or "").split()).casefold()
    part = " ".join((part or "").split()).strip("()").strip().casefold()
    return f"{article}.{part}" if part else article


def charge_scope(spec: str) -> str | None:
    """The article (and part) a custody maximum is set for, as :func:`charge_designation`
    writes a charge: "214.2" (or "214(2)") covers every charge under article 214, part 2
    (part 2.1 included). None for a text that can never name a charge (empty, other
    brackets, a dot at an end or two in a row, spaces inside a number, more than 20
    characters)."""
    text = " ".join((spec or "").split())
    bracketed = _BRACKETED.fullmatch(text)
    found = (charge_designation(*bracketed.groups()) if bracketed
             else charge_designation(text))
    if not found or len(found) > 20 or not _DESIGNATION.fullmatch(found):
        return None
    return found


@dataclass(frozen=True)
class SettingEntry:
    """One line of ``caseapp settings show``."""

    key: str
    scope: str  # "" for the file; "captive 12", "charge 279", "stage pre_trial"
    value: Any
    is_default: bool
    description: str


def settings_from_rows(rows: Iterable[tuple[str, str, Any]]) -> CaseSettings:
    """The case settings that the stored ``(key, scope, value)`` rows give, in key and scope
    order (every setting not stored, or stored with a value written outside CaseApp that it
    refuses, at its default)."""
    rows = [tuple(r) for r in rows]
    values: dict[str, Any] = {k: st.default for k, st in REGISTRY.items()}
    overrides: list[CustodyMaximum] = []
    for key, scope, raw in rows:
        st = REGISTRY.get(key)
        if st is None:
            continue  # a key of a newer CaseApp: kept, not used
        try:
            value = st.parse(raw)
        except BadValue:
            continue  # written outside CaseApp; “caseapp settings show” shows the default
        if scope and st.key == "custody_max_days" and value is not None:
            overrides.append(CustodyMaximum(scope, value))
        elif not scope:
            values[key] = value
    return CaseSettings(
        procedure=values["procedure"], expiry_warning_days=values["expiry_warning_days"],
        welfare_threshold_days=values["welfare_threshold_days"],
        independent_proof_days=values["independent_proof_days"],
        custody_max_days=values["custody_max_days"], custody_overrides=tuple(overrides),
        default_level=Sensitivity(values["default_level"]),
        lawyer=LawyerProfile(**{f: values[f"lawyer_{f}"] for f in LAWYER_FIELDS}),
        stored=tuple((k, sc, v) for k, sc, v in rows))
