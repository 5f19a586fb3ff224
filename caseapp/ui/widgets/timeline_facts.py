"""What the custody timeline shows, apart from how it is drawn: the span of days it covers,
the orders in force, the words and colour of the current order's expiry, and an order's term.

:class:`TimelineFacts` is mixed into :class:`~caseapp.ui.widgets.timeline.CustodyTimeline`,
which holds the data (``set_data``) and paints it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from caseapp.domain.clock import current_order, running_orders
from caseapp.domain.dto import DetentionOrderDTO, HearingDTO
from caseapp.domain.moot_hearings import CustodyOver
from caseapp.ui.formats import date_text
from caseapp.ui.i18n import plural

# lupdate reads every translate("Context", "source") call: the widget's context is kept
translate = QCoreApplication.translate

ALERT = QColor("#e0443a")  # today, expired or imminent expiry: readable on light and dark
WARN_DAYS = 14  # an expiry this close is drawn in the alert colour


def term_text(order: DetentionOrderDTO) -> str:
    parts = []
    if order.term_months:
        n = order.term_months
        parts.append(plural(translate("CustodyTimeline", "%n month(s)", "", n), n))
    if order.term_days:
        days = order.term_days
        parts.append(plural(translate("CustodyTimeline", "%n day(s)", "", days), days))
    return " ".join(parts)


def short_term_text(order: DetentionOrderDTO) -> str:
    months = translate("CustodyTimeline", "%1m").replace("%1", str(order.term_months)) \
        if order.term_months else ""
    days = translate("CustodyTimeline", "%1d").replace("%1", str(order.term_days)) \
        if order.term_days else ""
    return " ".join(p for p in (months, days) if p)


class TimelineFacts:
    """The timeline's facts, read from the data its widget was given."""

    orders: list[DetentionOrderDTO]
    released: tuple[date, ...]  # the days custody ended
    hearings: list[HearingDTO]
    today: date
    over: CustodyOver | None
    expiry_alert: bool
    capture: date | None

    def date_range(self) -> tuple[date, date]:
        days = [self.today]
        for o in self.orders:
            days += [o.start_date, o.expires_on]
        days += [h.starts_at.date() for h in self.hearings]
        if self.capture:
            days.append(self.capture)
        start, end = min(days), max(days)
        span = max((end - start).days, 60)
        pad = max(12, span // 30)
        start -= timedelta(days=pad)
        end = start + timedelta(days=span + 2 * pad)
        return start, end

    def in_force(self) -> set[int]:
        """The ids of the orders drawn as in force today: those the detention clock says custody
        runs under (:func:`running_orders`), from their start to their expiry day included
        (the day the header says the order "expires today"); none once custody has ended."""
        if self.over is not None:
            return set()
        return {o.id for o in running_orders(self.orders, self.today, self.released)
                if o.start_date <= self.today <= o.expires_on}

    def expiry_caption(self) -> str:
        """The words written under the current order's end ("" without orders); once custody
        has ended, the day it ended, written there instead of an expiry still to come."""
        order = current_order(self.orders, self.today, self.released)
        if order is None:
            return ""
        if self.over is not None:
            ended = self.over.since
            return translate("CustodyTimeline", "Custody ended %1").replace("%1", date_text(ended)) \
                if ended is not None else translate("CustodyTimeline", "Custody ended")
        left = (order.expires_on - self.today).days
        if left < 0:
            return translate("CustodyTimeline", "Expired %1").replace("%1", date_text(order.expires_on))
        if left == 0:
            return translate("CustodyTimeline", "Expires today")
        return plural(translate("CustodyTimeline", "Expires %1 (in %Ln day(s))", "", left), left).replace(
            "%1", date_text(order.expires_on))

    def expiry_colour(self, text: QColor) -> QColor:
        """The colour of the current order's expiry mark and caption: red when it is near or
        passed and still the end of the captive's custody; else the text's."""
        order = current_order(self.orders, self.today, self.released)
        if order is None or self.over is not None or not self.expiry_alert:
            return text
        return ALERT if (order.expires_on - self.today).days <= WARN_DAYS else text
