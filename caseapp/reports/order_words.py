"""How an order's standing reads under it wherever the orders are listed in a document or on
the command line (the dossier's orders table, `captives show`): in force, expired (it ran
its term), or replaced by a later order before its expiry (named by its start, and by its decision day
when another order starts that day)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from caseapp.domain.order_standing import Standing
from caseapp.reports.texts import t


def standing_words(order: Any, standing: Standing | None, orders: Sequence[Any], today: date,
                   lang: str, day: Callable[[date], str]) -> str:
    """The words for ``order`` (one of ``orders``), its dates written by ``day``; "" when
    there is nothing to say (custody over, or the status not shown)."""
    if standing is None:
        return ""
    if standing.in_force:  # expired with no later order listed: not said to be in force
        return t("order_in_force" if order.expires_on >= today else "order_expired", lang)
    by = standing.replaced_by
    if by is None:  # ran its term (extended on its expiry or not), or custody is over
        return t("order_expired", lang) if order.expires_on <= today else ""
    if by.decided_on is not None and any(
            o.id != by.id and o.start_date == by.start_date for o in orders):
        return t("order_replaced_decided", lang, date=day(by.start_date),
                 decided=day(by.decided_on))
    return t("order_replaced", lang, date=day(by.start_date))
