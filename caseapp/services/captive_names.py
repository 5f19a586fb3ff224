"""Captives named as a reader of one language expects, for any output that lists records
by captive (the calendar, the deadlines, deliveries and search on the command line): the
spelling in that language's script, else the Latin display name. One read for many."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from caseapp.db.captive_rows import headline_name
from caseapp.db.models import CaptiveName
from caseapp.domain.messages import Translated
from caseapp.domain.name_display import NameRow, names_in_languages
from caseapp.services.base import ServiceContext


def names_everywhere(ctx: ServiceContext, ids: Iterable[int]) -> dict[int, Translated]:
    """Each captive of ``ids`` named in every language (what a synced phone's calendar
    shows); a captive without a name is left out. The caller has checked the level."""
    by_captive: dict[int, list[Any]] = defaultdict(list)
    n = CaptiveName
    with ctx.read() as s:  # (rows, not records: a calendar may name thousands)
        for row in s.execute(select(n.captive_id, n.full_name, n.script, n.language, n.kind,
                                    n.is_primary).where(n.captive_id.in_(set(ids)))
                             .order_by(n.is_primary.desc(), n.id)):
            by_captive[row[0]].append(tuple(row))
    return {cid: names_in_languages([NameRow(r[1], r[2], r[3], r[4], bool(r[5]))
                                     for r in rows], headline_name(rows), rows[0][1])
            for cid, rows in by_captive.items()}
