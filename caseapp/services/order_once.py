"""A detention order is recorded once. The same order of a captive entered again (typed from
the court's letter after a spreadsheet brought it in, entered by a colleague, on both sides
of a travel copy) doubled its expiry deadline and its three extension steps, each reminded
twice, and the custody tab listed it twice.

The same order: the same captive, start and expiry, in the same criminal case (or either
given none). Another criminal case's order of the same days is not."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, DetentionOrder
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.name_display import latin_display_name, names_in_languages

# The fields that make an order the one it is: a save that writes none of them (its notes,
# its appeal) is not refused for a twin an earlier version let in.
ORDER_FIELDS = frozenset({"captive_id", "start_date", "term_months", "term_days",
                          "expires_on", "expiry_source", "prosecution_id"})


def same_order(start: Any, expiry: Any, case: Any, other_start: Any, other_expiry: Any,
               other_case: Any) -> bool:
    """Whether two orders of one captive are the same order (dates as dates or ISO text,
    criminal cases as ids or uids, None for none)."""
    if None not in (case, other_case) and case != other_case:
        return False
    return (str(start), str(expiry)) == (str(other_start), str(other_expiry))


def check_order_once(s: Session, obj: DetentionOrder) -> None:
    """Refuse ``obj`` when the captive has the same order recorded already."""
    if obj.start_date is None or obj.expires_on is None or obj.captive_id is None:
        return
    with s.no_autoflush:
        found = s.execute(
            select(DetentionOrder.prosecution_id)
            .where(DetentionOrder.captive_id == obj.captive_id,
                   DetentionOrder.start_date == obj.start_date,
                   DetentionOrder.expires_on == obj.expires_on,
                   DetentionOrder.id != obj.id if obj.id is not None else true())).all()
        if not any(same_order(obj.start_date, obj.expires_on, obj.prosecution_id,
                              obj.start_date, obj.expires_on, case) for (case,) in found):
            return
        captive = s.get(Captive, obj.captive_id)
    names = captive.names if captive is not None else []
    name = names_in_languages(names, latin_display_name(names),
                              names[0].full_name if names else "")
    start: date = obj.start_date
    raise ValidationError(msg(
        "{name} already has this detention order recorded: from {start} to {end}. Correct "
        "that order rather than entering it again.",
        name=name, start=start, end=obj.expires_on), field="start_date")


__all__ = ["ORDER_FIELDS", "check_order_once", "same_order"]
