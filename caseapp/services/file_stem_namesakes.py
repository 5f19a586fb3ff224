"""Whether another captive's name reads the same as a file name: two namesakes' outputs named by
the name alone would write over each other in one folder."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from caseapp.db.captive_rows import headline_name
from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import publicity_refused
from caseapp.domain.strasbourg import ascii_file_stem
from caseapp.services.base import ServiceContext
from caseapp.services.search import matching_captive_ids


def name_shared(ctx: ServiceContext, captive_id: int, name: str, *, level: Sensitivity,
                limit: int = 40) -> bool:
    """Whether a captive other than ``captive_id`` that an output at ``level`` may name has a
    headline name (its Latin spelling, else its first name) whose :func:`ascii_file_stem` of
    ``limit`` is that of ``name``. The candidates are the captives the name search finds for
    ``name`` (in any script), each then compared exactly. A captive above the level (or, at
    the public level, without consent to publicity) is not one: the output's file name would
    tell that the case file holds a namesake it may not mention."""
    stem = ascii_file_stem(name, limit=limit)
    with ctx.read() as s:
        others = [i for i in matching_captive_ids(s, name, names_only=True) if i != captive_id]
        if others:
            others = [i for i, own, consent in s.execute(
                select(Captive.id, Captive.sensitivity, Captive.consent_publicity)
                .where(Captive.id.in_(others)))
                if level.allows(Sensitivity(own)) and not publicity_refused(level, bool(consent))]
        if not others:
            return False
        rows: dict[int, list[Any]] = defaultdict(list)
        n = CaptiveName
        for row in s.execute(select(n.captive_id, n.full_name, n.script, n.language, n.kind,
                                    n.is_primary).where(n.captive_id.in_(others))
                             .order_by(n.captive_id, n.is_primary.desc(), n.id)):
            rows[row[0]].append(tuple(row))
    return any(ascii_file_stem(headline_name(names) or names[0][1], limit=limit) == stem
               for names in rows.values())


__all__ = ["name_shared"]
