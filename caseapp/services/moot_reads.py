"""The hearings still to come of each captive, the moot ones left out: a release (or a
repatriation, a death) makes the custody hearings after it moot for that captive (the rule:
:mod:`caseapp.domain.moot_hearings`). The dashboard, the reminders and the calendar read
hearings of many captives at once; this reads the captives' custody in one query."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from caseapp.db.models import Captive
from caseapp.domain.dto import HearingDTO
from caseapp.domain.enums import CaptiveStatus, HearingState
from caseapp.domain.moot_hearings import CustodyOver, moot
from caseapp.services.deadline_prefetch import chunks


def custody_ended(s: Session, captive_ids: Iterable[int]) -> dict[int, CustodyOver]:
    """Of ``captive_ids``, those whose custody has ended, and since when."""
    ended = [m.value for m in CaptiveStatus if m.ended]
    out: dict[int, CustodyOver] = {}
    for part in chunks(sorted(set(captive_ids))):
        for cid, since in s.execute(select(Captive.id, Captive.status_since).where(
                Captive.id.in_(part), type_coerce(Captive.status, String).in_(ended))):
            out[cid] = CustodyOver(since)
    return out


def made_moot(hearings: Iterable[HearingDTO], going: Iterable[HearingDTO]) -> list[HearingDTO]:
    """Of ``hearings`` still scheduled, those :func:`without_moot` left out (``going``): moot
    for every captive they concern, their custody over. A calendar that held one from an
    earlier export cancels it rather than keep reminding of a sitting that will not be."""
    kept = {h.id for h in going}
    return [h for h in hearings if h.state is HearingState.SCHEDULED and h.id not in kept]


def without_moot(hearings: Iterable[HearingDTO],
                 over: Mapping[int, CustodyOver]) -> list[HearingDTO]:
    """``hearings`` each without the captives for whom it is moot; a hearing moot for every
    captive it concerns (or no longer scheduled: held, adjourned, cancelled) is left out (one
    concerning none stays, if scheduled: nothing made it moot)."""
    out = []
    for h in hearings:
        day = h.starts_at.date()
        if moot(h.kind, day, None, state=h.state):
            continue
        kept = tuple(c for c in h.captive_ids if not moot(h.kind, day, over.get(c), state=h.state))
        if kept == h.captive_ids:
            out.append(h)
        elif kept:
            out.append(dataclasses.replace(h, captive_ids=kept))
    return out
