"""Where each of a captive's detention orders stands today, as every list of the orders says
it: in force (custody runs under it, :func:`caseapp.domain.clock.running_orders`), replaced
by a later order of its criminal case (the next one in the orders' sequence,
:mod:`caseapp.domain.order_sequence`), or neither (expired with no order after it, or custody
over). The captive's orders table, the dossier and `captives show` read it here, so that an
order that no longer governs is never shown as the one expiring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.domain.clock import OrderT, running_orders
from caseapp.domain.order_sequence import Sequenced, same_case, sequence_keys


@dataclass(frozen=True, slots=True)
class Standing:
    in_force: bool  # custody runs under it today (an expired one: no later order recorded)
    replaced_by: Sequenced | None  # the next order of its criminal case, when not in force


def standings(orders: Sequence[OrderT], today: date, released: Sequence[date] = (), *,
              custody_over: bool = False) -> dict[int, Standing]:
    """Each order's standing by its id. ``custody_over``: the captive was released (or
    custody ended otherwise): no order is in force."""
    running = set() if custody_over else {o.id for o in running_orders(orders, today, released)}
    key = sequence_keys(orders)
    by_sequence = sorted(orders, key=lambda o: key[o.id])
    out: dict[int, Standing] = {}
    for n, o in enumerate(by_sequence):
        if o.id in running:
            out[o.id] = Standing(True, None)
            continue
        later = next((p for p in by_sequence[n + 1:] if same_case(o, p)), None)
        out[o.id] = Standing(False, later)
    return out
