"""Case settings: what the case file means, kept in the file and owned here.

Every key is declared once in :data:`REGISTRY` (its type, default, description and check).
The domestic procedure, the warning periods, the custody maxima, the default level of new
records and the lawyer's details in documents live here, so that every front end (desktop,
command line, demo builder, import) gives the same deadlines and the same documents. The
desktop app's own preferences (window layout, recent files, language) stay in QSettings.

A custody maximum is looked up for a captive, not for the file: an override for the captive
wins, else the shortest maximum set for one of their charges (by article; "279" covers
"279.1"), else the one set for their stage (held, pre-trial, on trial), else the file's.
The shortest, because a warning given too early costs a day and one given too late can cost
the case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, CaseSetting, Charge, Prosecution
from caseapp.domain.clock import (
    DEFAULT_EXPIRY_WARNING_DAYS,
    DEFAULT_WELFARE_THRESHOLD_DAYS,
    PRE_TRIAL,
    ClockSettings,
)
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, CaptiveStatus, Sensitivity
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.proof_of_life import DEFAULT_INDEPENDENT_PROOF_DAYS
from caseapp.domain.reports import LAWYER_ENV, LawyerProfile
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce
from caseapp.services.session_info import DEFAULT_LEVEL_READ

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


def _choice(choices: Mapping[str, str]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = value.strip().lower() if isinstance(value, str) else ""
        if text not in choices:
            raise BadValue(msg("choose one of {choices}",
                               choices=", ".join(f"{k} ({v})" for k, v in choices.items())))
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
            number = int(text) if text.isascii() and text.isdigit() else None
        if number is None or not low <= number <= MAX_DAYS:
            raise BadValue(msg("give a whole number of days from {low} to {most} or “none” for not set",
                               low=low, most=MAX_DAYS) if optional else
                           msg("give a whole number of days from {low} to {most}", low=low, most=MAX_DAYS))
        return number
    return parse


def _text(limit: int, *, email: bool = False) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise BadValue(msg("give text"))
        text = value.strip().replace("\\n", "\n")
        if len(text) > limit:
            raise BadValue(msg_n("at most {count} character", "at most {count} characters", limit))
        if email and text and ("@" not in text or any(c.isspace() for c in text)):
            raise BadValue(msg("give an e-mail address such as name@example.org"))
        return text
    return parse


_LEVELS = {s.value: s.value for s in Sensitivity}
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
                             "az (Azerbaijan) or am (Armenia)"), "az", _choice(PROCEDURES),
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
                                                          email=f == "email"))
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

    @property
    def procedure_name(self) -> str:
        return PROCEDURES.get(self.procedure, self.procedure)

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


@dataclass(frozen=True)
class SettingEntry:
    """One line of ``caseapp settings show``."""

    key: str
    scope: str  # "" for the file; "captive 12", "charge 279", "stage pre_trial"
    value: Any
    is_default: bool
    description: str


def read_settings(s: Session) -> CaseSettings:
    """The case settings as the session sees them (in a writer's transaction: as written)."""
    rows = s.execute(select(CaseSetting.key, CaseSetting.scope, CaseSetting.value)
                     .order_by(CaseSetting.key, CaseSetting.scope)).all()
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


def custody_maxima(s: Session, settings: CaseSettings,
                   captive_ids: Iterable[int] | None = None) -> dict[int, int | None]:
    """The custody maximum of each captive that has one other than the file's (two queries;
    none when no override is set)."""
    if not settings.custody_overrides:
        return {}
    ids = None if captive_ids is None else list(captive_ids)
    stmt = select(Captive.id, Captive.uid, Captive.status)
    charges = select(Prosecution.captive_id, Charge.article).join(
        Charge, Charge.prosecution_id == Prosecution.id)
    if ids is not None:
        stmt = stmt.where(Captive.id.in_(ids))
        charges = charges.where(Prosecution.captive_id.in_(ids))
    articles: dict[int, list[str]] = {}
    for cid, article in s.execute(charges):
        articles.setdefault(cid, []).append(article or "")
    out: dict[int, int | None] = {}
    for cid, uid, status in s.execute(stmt):
        found = settings.custody_max_for(captive_uid=uid, articles=articles.get(cid, ()),
                                         status=status)
        if found != settings.custody_max_days:
            out[cid] = found
    return out


# ---- the service ---------------------------------------------------------------------------

Recompute = Callable[[Session], None]


class CaseSettingsService:
    """Reads and writes the case settings; one call, one transaction, audited.

    ``recompute`` (wired by the case file to the deadline engine) brings the open computed
    deadlines in step when a setting that changes them was changed, in the same transaction.
    """

    def __init__(self, ctx: ServiceContext, *, recompute: Recompute | None = None):
        self.ctx = ctx
        self.recompute = recompute

    def current(self) -> CaseSettings:
        with self.ctx.read() as s:
            return read_settings(s)

    def entries(self) -> list[SettingEntry]:
        """Every setting with its value (defaults included), then each override."""
        with self.ctx.read() as s:
            current = read_settings(s)
            stored = {(k, sc): v for k, sc, v in current.stored}
            out = []
            for key, st in REGISTRY.items():
                value = _value_of(current, key)
                out.append(SettingEntry(key, "", value, (key, "") not in stored,
                                        str(st.description)))
                if st.scoped:
                    for o in current.custody_overrides:
                        out.append(SettingEntry(key, _scope_label(s, o.scope), o.days, False,
                                                str(st.description)))
            return out

    def set(self, key: str, value: Any, *, captive_id: int | None = None,
            charge: str | None = None, stage: str | None = None) -> CaseSettings:
        """Set one setting (``None``: back to its default, or remove the override)."""
        return self.set_many({key: value}, captive_id=captive_id, charge=charge, stage=stage)

    def set_many(self, values: Mapping[str, Any], *, captive_id: int | None = None,
                 charge: str | None = None, stage: str | None = None) -> CaseSettings:
        """Set several settings all or nothing (e.g. the fields of a dialog)."""
        scoped = any(x is not None for x in (captive_id, charge, stage))
        for key, value in values.items():  # the key and the value first, then what they are for
            if scoped:
                _check_scoped(setting(key))
            if value is not None:
                parse_value(key, value)
        with self.ctx.transaction() as s:
            scope = self._scope(s, captive_id=captive_id, charge=charge, stage=stage)
            self.write_in(s, [(key, scope, value) for key, value in values.items()])
            return read_settings(s)

    def set_lawyer(self, profile: LawyerProfile) -> CaseSettings:
        return self.set_many({f"lawyer_{f}": getattr(profile, f) for f in LAWYER_FIELDS})

    def write_in(self, s: Session, items: Iterable[tuple[str, str, Any]]) -> list[str]:
        """Write ``(key, scope, value)`` items inside the caller's transaction; returns the
        keys that changed. Checks every value before writing any."""
        checked = []
        for key, scope, value in items:
            st = setting(key)
            if scope:
                _check_scoped(st)
            # None: back to the default (or no override), whatever the type.
            checked.append((st, scope, None if value is None else parse_value(key, value)))
        changed = []
        for st, scope, value in checked:
            if self._write(s, st, scope, value):
                changed.append(st.key)
        if self.recompute is not None and any(REGISTRY[k].changes_deadlines for k in changed):
            s.flush()
            self.recompute(s)
        return changed

    def _write(self, s: Session, st: Setting, scope: str, value: Any) -> bool:
        s.info.pop(DEFAULT_LEVEL_READ, None)  # read again after this write
        row = s.scalar(select(CaseSetting).where(CaseSetting.key == st.key,
                                                 CaseSetting.scope == scope))
        # No value (or empty text) is no row: the default, or no override. A value the lawyer
        # chose is kept even when it equals the default (an import then does not replace it).
        unset = value is None or value == ""
        old = row.value if row is not None else (None if scope else st.default)
        if unset and row is None:
            return False
        if row is not None and not unset and row.value == value:
            return False
        captive_uid = scope.partition(":")[2] if scope.startswith("captive:") else ""
        summary = (msg("Case setting {key} ({scope})", key=st.key, scope=scope) if scope
                   else msg("Case setting {key}", key=st.key))
        if unset:
            assert row is not None
            action = AuditAction.DELETE
            audit(s, self.ctx, action, row, summary=summary, captive_uid=captive_uid,
                  field=st.key, old=old, new=None if scope else st.default)
            s.delete(row)
            s.flush()
            row_id = row.id
        else:
            action = AuditAction.UPDATE if row is not None else AuditAction.CREATE
            if row is None:
                row = CaseSetting(key=st.key, scope=scope)
                s.add(row)
            row.value = value
            s.flush()
            audit(s, self.ctx, action, row, summary=summary, captive_uid=captive_uid,
                  field=st.key, old=old, new=value)
            row_id = row.id
        announce(s, Changes("case_settings", action, (row_id,), _captive_ids(s, captive_uid)))
        return True

    def _scope(self, s: Session, *, captive_id: int | None, charge: str | None,
               stage: str | None) -> str:
        given = [x for x in (captive_id, charge, stage) if x is not None]
        if len(given) > 1:
            raise ValidationError(msg("Give one of captive, charge or stage, not several."),
                                  field="scope")
        if captive_id is not None:
            uid = s.scalar(select(Captive.uid).where(Captive.id == captive_id))
            if uid is None:
                raise NotFound(msg("There is no captive with ID {record_id}.", record_id=captive_id))
            return f"captive:{uid}"
        if charge is not None:
            article = charge.strip().casefold()
            if not article or len(article) > 20 or not article.isprintable():
                raise ValidationError(msg("“{value}” is not an article of a charge (e.g. 279 or 279.1, at most 20 "
                                          "characters).", value=_one_line(charge)),
                                      field="charge")
            return f"charge:{article}"
        if stage is not None:
            if stage not in STAGES:
                raise ValidationError(msg("“{value}” is not a stage: choose one of {choices}.",
                                          value=_one_line(stage), choices=", ".join(STAGES)), field="stage")
            return f"stage:{stage}"
        return ""


def _check_scoped(st: Setting) -> None:
    if not st.scoped:
        raise ValidationError(msg("Case setting “{key}” applies to the whole case file, not to one captive, charge "
                                  "or stage.", key=st.key), field=st.key)


def _value_of(current: CaseSettings, key: str) -> Any:
    if key.startswith("lawyer_"):
        return getattr(current.lawyer, key.removeprefix("lawyer_"))
    value = getattr(current, key)
    return value.value if isinstance(value, Sensitivity) else value


def _scope_label(s: Session, scope: str) -> str:
    kind, _, target = scope.partition(":")
    if kind == "captive":
        cid = s.scalar(select(Captive.id).where(Captive.uid == target))
        return str(msg("captive {id}", id=cid) if cid is not None
                   else msg("a captive no longer in the file"))
    return f"{kind} {target}"


def _captive_ids(s: Session, uid: str) -> tuple[int, ...]:
    if not uid:
        return ()
    cid = s.scalar(select(Captive.id).where(Captive.uid == uid))
    return (cid,) if cid is not None else ()
