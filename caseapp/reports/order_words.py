"""How an order's standing reads under it wherever the orders are listed in a document or on
the command line (the dossier's orders table, `captives show`): in force, expired (it ran
its term), or replaced by a later order before its expiry (named by its start, and, when
another order starts that day, by what tells it apart: :mod:`caseapp.domain.order_names`).
The dossier names an order's notes the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from caseapp.domain.order_names import telling
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
    return named("order_replaced", by, orders, lang, day)


def named(key: str, order: Any, orders: Sequence[Any], lang: str,
          day: Callable[[date], str], **values: Any) -> str:
    """The text ``key`` naming ``order`` by its start ({date}), and, when another of
    ``orders`` starts that day, the text ``key``_decided ({decided}), _court ({court}) or
    _expires ({expires}) naming what tells it apart."""
    how = telling(order, orders)
    if how == "decided":
        values["decided"] = day(order.decided_on)
    elif how == "court":
        values["court"] = " ".join(order.ordering_court.split())
    elif how == "expires":
        values["expires"] = day(order.expires_on)
    return t(key if how == "start" else f"{key}_{how}", lang, date=day(order.start_date),
             **values)
