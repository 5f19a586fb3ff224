"""How a detention order is named in the history of changes (the audit log's summary): by
its start, and, when another order of the captive starts that day, by what tells it apart
(:mod:`caseapp.domain.order_names`: its decision day, its court or its expiry), so that the
history of two papers of one day says which one was changed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import object_session

from caseapp.db.models import DetentionOrder
from caseapp.domain.messages import Message, msg
from caseapp.domain.order_names import telling


def order_summary(obj: DetentionOrder) -> Message:
    s = object_session(obj)
    same_day = [] if s is None or obj.captive_id is None else list(s.scalars(
        select(DetentionOrder).where(DetentionOrder.captive_id == obj.captive_id,
                                     DetentionOrder.start_date == obj.start_date,
                                     DetentionOrder.id != obj.id)))
    how = telling(obj, [obj, *same_day])
    if how == "decided":
        return msg("detention order from {day}, decided on {decided}", day=obj.start_date,
                   decided=obj.decided_on)
    if how == "court":
        return msg("detention order from {day} made by {court}", day=obj.start_date,
                   court=" ".join(obj.ordering_court.split()))
    if how == "expires":
        return msg("detention order from {day} to {expires}", day=obj.start_date,
                   expires=obj.expires_on)
    return msg("detention order from {day}", day=obj.start_date)
