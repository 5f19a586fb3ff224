"""Case settings: what the case file means, kept in the file and owned here.

Every key is declared once in :data:`REGISTRY` (its type, default, description and check).
The domestic procedure, the warning periods, the custody maxima, the default level of new
records and the lawyer's details in documents live here, so that every front end (desktop,
command line, demo builder, import) gives the same deadlines and the same documents. The
desktop app's own preferences (window layout, recent files, language) stay in QSettings.

A custody maximum is looked up for a captive, not for the file: an override for the captive
wins, else the shortest maximum set for one of their charges (by article and part: "279"
covers every part of article 279, "214.2" part 2 of article 214 with its points, 2.1
included), else the one set for their stage (held, pre-trial, on trial), else the file's.
The shortest, because a warning given too early costs a day and one given too late can cost
the case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, CaseSetting, Charge, Prosecution
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, CaptiveStatus, Sensitivity
from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import msg
from caseapp.domain.name_display import latin_display_name, names_in_languages
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce
from caseapp.services.labels import value_label
from caseapp.services.session_info import DEFAULT_LEVEL_READ
from caseapp.services.setting_summary import setting_summary
from caseapp.services.setting_values import (  # the registry and values, without SQLAlchemy
    LAWYER_FIELDS,
    MAX_DAYS,
    PROCEDURES,
    REGISTRY,
    SCOPE_KINDS,
    STAGES,
    BadValue,
    CaseSettings,
    CustodyMaximum,
    Setting,
    SettingEntry,
    _one_line,
    charge_designation,
    charge_scope,
    parse_value,
    setting,
    settings_from_rows,
)
from caseapp.services.setting_words import shown_value


def read_settings(s: Session) -> CaseSettings:
    """The case settings as the session sees them (in a writer's transaction: as written)."""
    return settings_from_rows(s.execute(
        select(CaseSetting.key, CaseSetting.scope, CaseSetting.value)
        .order_by(CaseSetting.key, CaseSetting.scope)).all())


def custody_maxima(s: Session, settings: CaseSettings,
                   captive_ids: Iterable[int] | None = None) -> dict[int, int | None]:
    """The custody maximum of each captive that has one other than the file's (two queries;
    none when no override is set)."""
    if not settings.custody_overrides:
        return {}
    ids = None if captive_ids is None else list(captive_ids)
    stmt = select(Captive.id, Captive.uid, Captive.status)
    charges = select(Prosecution.captive_id, Charge.article, Charge.part).join(
        Charge, Charge.prosecution_id == Prosecution.id)
    if ids is not None:
        stmt = stmt.where(Captive.id.in_(ids))
        charges = charges.where(Prosecution.captive_id.in_(ids))
    articles: dict[int, list[str]] = {}
    for cid, article, part in s.execute(charges):
        articles.setdefault(cid, []).append(charge_designation(article, part))
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

    def entries(self, *, codes: bool = True) -> list[SettingEntry]:
        """Every setting with its value (defaults included), then each override, named by
        :func:`_scope_label` (``codes``: with the stage's code that ``--stage`` takes, for the
        command line; the window names the stage alone)."""
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
                        out.append(SettingEntry(key, _scope_label(s, o.scope, codes), o.days, False,
                                                str(st.description)))
            return out

    def set(self, key: str, value: Any, *, captive_id: int | None = None,
            charge: str | None = None, stage: str | None = None) -> CaseSettings:
        """Set one setting (``None``: back to its default, or remove the override)."""
        return self.set_many({key: value}, captive_id=captive_id, charge=charge, stage=stage)

    def set_many(self, values: Mapping[str, Any], *, captive_id: int | None = None,
                 charge: str | None = None, stage: str | None = None,
                 was: Mapping[str, Any] | None = None) -> CaseSettings:
        """Set several settings all or nothing (e.g. the fields of a dialog). With ``was``
        (the value each key had when the caller read it), refused with a ConflictError if
        one of them was changed since by someone else (another window, a command)."""
        scoped = any(x is not None for x in (captive_id, charge, stage))
        for key, value in values.items():  # the key and the value first, then what they are for
            if scoped:
                _check_scoped(setting(key))
            if value is not None:
                parse_value(key, value)
        with self.ctx.transaction() as s:
            scope = self._scope(s, captive_id=captive_id, charge=charge, stage=stage)
            if was:
                _refuse_changed_since(read_settings(s), was)
            self.write_in(s, [(key, scope, value) for key, value in values.items()])
            return read_settings(s)

    def set_lawyer(self, profile: LawyerProfile, *, was: LawyerProfile | None = None
                   ) -> CaseSettings:
        """Set the lawyer's details; with ``was`` (the details as the caller read them), only
        those the caller changed, refused if one of them was changed since by someone else."""
        if was is None:
            return self.set_many({f"lawyer_{f}": getattr(profile, f) for f in LAWYER_FIELDS})
        changed = [f for f in LAWYER_FIELDS if getattr(profile, f) != getattr(was, f)]
        return self.set_many({f"lawyer_{f}": getattr(profile, f) for f in changed},
                             was={f"lawyer_{f}": getattr(was, f) for f in changed})

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
        summary = setting_summary(s, st.key, scope)
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
            article = charge_scope(charge)
            if article is None:
                raise ValidationError(msg(
                    "“{value}” can never match a charge: give its article, then its part after "
                    "a dot (214, 214.2 or 214(2)), at most 20 characters.",
                    value=_one_line(charge)), field="charge")
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


def _refuse_changed_since(current: CaseSettings, was: Mapping[str, Any]) -> None:
    for key, value in was.items():
        now = _value_of(current, key)
        if now != (value.value if isinstance(value, Sensitivity) else value):
            raise ConflictError(msg(
                "A setting you changed here was changed by someone else (another window or a "
                "command) while this window was open; it is now {value}. Nothing was saved: "
                "close this window and open it again to see the settings as they are now.",
                value=shown_value(key, now)))


def _value_of(current: CaseSettings, key: str) -> Any:
    if key.startswith("lawyer_"):
        return getattr(current.lawyer, key.removeprefix("lawyer_"))
    value = getattr(current, key)
    return value.value if isinstance(value, Sensitivity) else value


def _scope_label(s: Session, scope: str, codes: bool = True) -> str:
    """What an override is for, as the lawyer reads it: a captive by name and by the ID that
    ``--captive`` takes (a number alone, "captive 6", told her nothing in the window), an
    article, a stage by its name (and, with ``codes``, the code ``--stage`` takes)."""
    kind, _, target = scope.partition(":")
    if kind == "captive":
        captive = s.scalar(select(Captive).where(Captive.uid == target))
        if captive is None:
            return str(msg("a captive no longer in the file"))
        if not captive.names:
            return str(msg("captive {id}", id=captive.id))
        # in the reader's script where the captive has a spelling in it, as the window and
        # the documents name a captive (caseapp.domain.name_display)
        name = names_in_languages(captive.names, latin_display_name(captive.names),
                                  captive.names[0].full_name)
        return str(msg("{name} (captive {id})", name=name, id=captive.id))
    if kind == "charge":
        return str(msg("charges under article {article}", article=target))
    if kind == "stage" and target in STAGES:
        name = value_label(CaptiveStatus(target))
        return f"{name} ({target})" if codes else str(name)
    return f"{kind} {target}"


def _captive_ids(s: Session, uid: str) -> tuple[int, ...]:
    if not uid:
        return ()
    cid = s.scalar(select(Captive.id).where(Captive.uid == uid))
    return (cid,) if cid is not None else ()


__all__ = [
    "LAWYER_FIELDS",
    "MAX_DAYS",
    "PROCEDURES",
    "REGISTRY",
    "SCOPE_KINDS",
    "STAGES",
    "BadValue",
    "CaseSettings",
    "CaseSettingsService",
    "CustodyMaximum",
    "Setting",
    "SettingEntry",
    "custody_maxima",
    "parse_value",
    "read_settings",
    "setting",
    "settings_from_rows",
]
