"""The window's words for the order that replaced another (the orders table's and the custody
timeline's tooltips), named as the dossier names it (:mod:`caseapp.domain.order_names`): by
its start, its decision day when it has one, and, when another order starts that day without
a decision day telling them apart, by its court or its expiry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.order_names import telling
from caseapp.ui.formats import fill

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def replaced_by_text(by: Any, orders: Sequence[Any], day: Callable[[date], str]) -> str:
    """"Replaced by the order from …" naming ``by`` (one of ``orders``), dates by ``day``."""
    how = telling(by, orders)
    if how == "court":
        return fill(translate("CaptiveTabs", "Replaced by the order from %1 made by %2"),
                    day(by.start_date), " ".join(by.ordering_court.split()))
    if how == "expires":
        return fill(translate("CaptiveTabs", "Replaced by the order from %1 to %2"),
                    day(by.start_date), day(by.expires_on))
    if by.decided_on is not None:
        return fill(translate("CaptiveTabs", "Replaced by the order from %1, decided on %2"),
                    day(by.start_date), day(by.decided_on))
    return fill(translate("CaptiveTabs", "Replaced by the order from %1"), day(by.start_date))
