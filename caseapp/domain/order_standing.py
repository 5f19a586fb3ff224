"""Where each of a captive's detention orders stands today, as every list of the orders says
it: in force (custody runs under it, :func:`caseapp.domain.clock.running_orders`), replaced
by a later order of its criminal case before its expiry (the next one in the orders'
sequence, :mod:`caseapp.domain.order_sequence`: on appeal, or decided the same day), or
neither (it ran its term — extended on its expiry or not —, or custody is over). The
captive's orders table, the dossier and `captives show` read it here, so that an order that
no longer governs is never shown as the one expiring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic

from caseapp.domain.clock import PRE_TRIAL, OrderT, running_orders
from caseapp.domain.custody_periods import Change, releases
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.order_sequence import same_case, sequence_keys


@dataclass(frozen=True, slots=True)
class Standing(Generic[OrderT]):
    in_force: bool  # custody runs under it today (an expired one: no later order recorded)
    # the later order of its criminal case that took over before it expired, when not in
    # force (not the extension that follows an order on its expiry: that one ran its term)
    replaced_by: OrderT | None


def standings(orders: Sequence[OrderT], today: date, released: Sequence[date] = (), *,
              custody_over: bool = False) -> dict[int, Standing[OrderT]]:
    """Each order's standing by its id. ``custody_over``: the captive was released (or
    custody ended otherwise): no order is in force."""
    running = set() if custody_over else {o.id for o in running_orders(orders, today, released)}
    key = sequence_keys(orders)
    by_sequence = sorted(orders, key=lambda o: key[o.id])
    out: dict[int, Standing[OrderT]] = {}
    for n, o in enumerate(by_sequence):
        if o.id in running:
            out[o.id] = Standing(True, None)
            continue
        later = next((p for p in by_sequence[n + 1:] if same_case(o, p)), None)
        taken_over = later is not None and later.start_date < o.expires_on
        out[o.id] = Standing(False, later if taken_over else None)
    return out


def standings_at(orders: Sequence[OrderT], today: date, status: CaptiveStatus | None,
                 status_since: date | None, history: Sequence[Change]
                 ) -> dict[int, Standing[OrderT]]:
    """:func:`standings` of the orders of a captive whose status is ``status`` (since
    ``status_since``; None: withheld at the output's level) and whose status history is
    ``history``. Custody runs under an order for a captive held pre-trial, and, convicted,
    under one made since the verdict only (as the captive's file states the expiry:
    :func:`caseapp.domain.clock.expiry_is_custodys`). The status withheld, no order is said
    to be in force (that would tell the status), only which replaced which (the papers)."""
    out = standings(orders, today, releases(history),
                    custody_over=status is None or (status not in PRE_TRIAL
                                                    and status is not CaptiveStatus.CONVICTED))
    if status is CaptiveStatus.CONVICTED:
        started = {o.id: o.start_date for o in orders}
        out = {oid: Standing(False, st.replaced_by) if st.in_force and (
            status_since is None or started[oid] < status_since) else st
            for oid, st in out.items()}
    return out
