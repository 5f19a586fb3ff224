"""The case settings an import brings (procedure, warning periods, custody maxima, default
level, the lawyer's details): applied where the case file holds no value of its own; where
it does and they differ, or where the export's setting is unknown or refused, kept out and
said."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.messages import msg
from caseapp.services import row_validation as rv
from caseapp.services.base import ServiceContext
from caseapp.services.interchange_values import storable
from caseapp.services.setting_values import STAGES, charge_scope
from caseapp.services.settings import REGISTRY, CaseSettingsService, read_settings


def apply_settings(session: Session, ctx: ServiceContext, services: object | None,
                    items: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """The export's case settings, where this case file holds no value of its own (a new
    file takes the procedure and lawyer it was exported with); where it does and they
    differ, this file's value is kept and said. Returns ("key = value" applied, lines kept).
    A setting this CaseApp does not know or a value it refuses is kept out and said."""
    settings = getattr(services, "settings", None)
    if not isinstance(settings, CaseSettingsService):
        settings = CaseSettingsService(ctx)
    current = read_settings(session)
    stored = {(k, sc): v for k, sc, v in current.stored}
    apply: list[tuple[str, str, Any]] = []
    kept: list[str] = []
    for item in items:
        key, scope, value = item["key"], item.get("scope", ""), item.get("value")
        st = REGISTRY.get(key)
        if st is None or (scope and not st.scoped):
            kept.append(str(msg("the export's setting {key} is not known here; left out",
                                key=rv.quoted(key))))
            continue
        if not _scope_known(scope):
            kept.append(str(msg("the export's {key} for {scope} was left out (not a captive, "
                                "a charge's article or a stage)", key=key,
                                scope=rv.quoted(scope))))
            continue
        try:
            value = st.parse(value)
        except ValueError as exc:
            kept.append(str(msg("the export's {key} {value} was left out ({error})",
                                key=key, value=rv.short(value), error=str(exc))))
            continue
        if (key, scope) in stored:
            if stored[(key, scope)] != value:
                named = " ".join((key, *([f"({scope})"] if scope else [])))
                kept.append(str(msg(
                    "{key}: this case file keeps {kept}, the export has {value}", key=named,
                    kept=rv.short(stored[(key, scope)]), value=rv.short(value))))
            continue
        if value != (None if scope else st.default):
            apply.append((key, scope, value))
    settings.write_in(session, apply)
    return [f"{k}{f' ({sc})' if sc else ''} = {rv.short(v)}" for k, sc, v in apply], kept



def _scope_known(scope: str) -> bool:
    """Whether an export's setting scope is one CaseApp writes: none (the whole file),
    ``captive:<uid>``, ``charge:<article>`` as ``--charge`` writes it, or ``stage:<status>``
    (anything else was stored as it was, and a lone surrogate stopped the import)."""
    if not scope:
        return True
    kind, _, target = scope.partition(":")
    if not target or not storable(target):
        return False
    if kind == "charge":
        return charge_scope(target) == target
    return kind == "captive" or (kind == "stage" and target in STAGES)
