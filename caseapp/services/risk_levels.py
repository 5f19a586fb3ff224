"""Special risk and independent proof of life of many captives at an output's level, in a fixed
number of queries: what the status report counts and the dossier prints.

A reason is shown only where the level allows where it comes from: the lawyer's reasons
(health, disability, hunger strike) follow the level of the captive's facts record, the age
reason follows the level of the birth date; an independent contact counts only if its own
level allows it. Each also says which captives the level hides a source from (a facts record,
a recorded birth date, a welfare contact above it), so that an output never prints "none"
where the truth is "not shown at this level"."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection

from caseapp.db.models import Captive, DetentionFacts, WelfareContact
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision, Sensitivity
from caseapp.domain.proof_of_life import is_independent
from caseapp.domain.special_risk import RiskReason, risk_reasons
from caseapp.services.levels import LevelMap


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


class RisksAtLevel(NamedTuple):
    reasons: dict[int, tuple[RiskReason, ...]]  # captive -> the reasons the level shows
    hidden: frozenset[int]  # captives whose facts record or birth date is above the level


class IndependentAtLevel(NamedTuple):
    last: dict[int, date]  # captive -> last independent proof of life the level shows
    hidden: frozenset[int]  # captives with a welfare contact above the level


def risks_at_level(conn: Connection, levels: LevelMap, level: Sensitivity,
                   captive_ids: Iterable[int], today: date) -> RisksAtLevel:
    ids = list(captive_ids)
    if not ids:
        return RisksAtLevel({}, frozenset())
    facts = {row.captive_id: row for row in conn.execute(
        select(DetentionFacts.captive_id, DetentionFacts.risk_health,
               DetentionFacts.risk_disability, DetentionFacts.risk_hunger_strike,
               _raw(DetentionFacts.sensitivity).label("level"))
        .where(DetentionFacts.captive_id.in_(ids)))}
    births = {cid: (born, precision) for cid, born, precision in conn.execute(
        select(Captive.id, Captive.birth_date, _raw(Captive.birth_date_precision))
        .where(Captive.id.in_(ids)))}
    found: dict[int, tuple[RiskReason, ...]] = {}
    hidden = set()
    for cid in ids:
        f = facts.get(cid)
        record = levels.captives.get(cid, Sensitivity.INTERNAL)
        own = f is not None and level.allows(Sensitivity(f.level)) and level.allows(record)
        born, precision = births.get(cid, (None, None))
        birth_shown = level.allows(levels.captive_field(cid, "birth_date"))
        if (f is not None and not own) or (born and not birth_shown):
            hidden.add(cid)
        birth = (PartialDate(born, DatePrecision(precision or "exact"))
                 if born and birth_shown else None)
        reasons = risk_reasons(health=own and bool(f.risk_health),  # type: ignore[union-attr]
                               disability=own and bool(f.risk_disability),  # type: ignore[union-attr]
                               hunger_strike=own and bool(f.risk_hunger_strike),  # type: ignore[union-attr]
                               birth=birth, today=today)
        if reasons:
            found[cid] = reasons
    return RisksAtLevel(found, frozenset(hidden))


def independent_at_level(conn: Connection, level: Sensitivity,
                         captive_ids: Iterable[int]) -> IndependentAtLevel:
    """Each captive's last independent proof of life among the contacts the level allows."""
    ids = list(captive_ids)
    allowed = {s.value for s in Sensitivity if level.allows(s)}
    found: dict[int, date] = {}
    hidden = set()
    for cid, on, kind, confirmed, independent, own_level in conn.execute(
            select(WelfareContact.captive_id, WelfareContact.contact_on, WelfareContact.kind,
                   WelfareContact.confirmed, WelfareContact.independent,
                   _raw(WelfareContact.sensitivity))
            .where(WelfareContact.captive_id.in_(ids))):
        if own_level not in allowed:
            hidden.add(cid)
        elif is_independent(kind, confirmed=confirmed, override=independent):
            if cid not in found or on > found[cid]:
                found[cid] = on
    return IndependentAtLevel(found, frozenset(hidden))
