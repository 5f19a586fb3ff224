"""The custody timeline of one captive, painted from DTOs.

Detention orders are bars (the initial order solid, extensions lighter, the order in force
outlined), the expiry ending custody now (of the current order, as the detention clock names
it) is written under its end, hearings are markers whose shape tells the kind (hollow while
still to come), and a red line marks today. The
time axis adapts its ticks to the width. Colours come from the palette, so the widget reads
the same in light and dark themes; only "today" and an expired or imminent expiry use a
fixed red that stays readable on both. What it shows (the span of days, the orders in force,
the expiry's words and colour) is read in :mod:`timeline_facts`; this module draws it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from caseapp.domain.clock import current_order
from caseapp.domain.dto import DetentionOrderDTO, HearingDTO
from caseapp.domain.enums import DetentionOrderKind, HearingKind
from caseapp.domain.moot_hearings import CALLED_OFF, CustodyOver, moot
from caseapp.domain.order_sequence import sequence_keys
from caseapp.domain.order_standing import standings
from caseapp.ui.formats import long_date, time_text
from caseapp.ui.hearing_state import hearing_state_text
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label
from caseapp.ui.order_names import replaced_by_text
from caseapp.ui.widgets.timeline_facts import ALERT, TimelineFacts, short_term_text, term_text
from caseapp.ui.widgets.timeline_marks import SLIVER, marker, replaced_mark

_SHAPES = {  # hearing kind -> marker shape
    HearingKind.DETENTION_EXTENSION: "diamond",
    HearingKind.PRELIMINARY: "circle",
    HearingKind.TRIAL_SESSION: "circle",
    HearingKind.VERDICT: "square",
    HearingKind.APPEAL: "triangle",
    HearingKind.CASSATION: "triangle",
    HearingKind.OTHER: "dot",
}


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1)."""
    def channel(x: int, y: int) -> int:
        return round(x + (y - x) * t)

    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()))


@dataclass
class _Hit:
    shape: QRectF
    text: str


class CustodyTimeline(QWidget, TimelineFacts):
    """``set_data(orders, hearings, today)`` and it paints; hover for details."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("custody_timeline")
        self.setMinimumHeight(140)
        self.setMinimumWidth(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.orders: list[DetentionOrderDTO] = []
        self.released: tuple[date, ...] = ()  # the days custody ended
        self.replaced_by: dict[int, DetentionOrderDTO] = {}  # order id -> the one replacing it
        self.hearings: list[HearingDTO] = []
        self.today = date.today()
        self.over: CustodyOver | None = None
        self.expiry_alert = True  # see set_data
        self.capture: date | None = None
        self._hits: list[_Hit] = []
        self.setToolTip("")  # tooltips come from event()

    def sizeHint(self) -> QSize:
        return QSize(800, self._natural_height() + 12)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        return small

    def _natural_height(self) -> int:
        line = QFontMetrics(self._small_font()).height()
        return 6 + line + 10 + 16 + 6 + 26 + 4 + line + 6 + 4 + 2 * line + 6

    def set_data(self, orders: Sequence[DetentionOrderDTO], hearings: Sequence[HearingDTO],
                 today: date, *, capture: date | None = None,
                 released: Sequence[date] = (), over: CustodyOver | None = None,
                 expiry_alert: bool = True) -> None:
        """``released``: the days custody ended (see :func:`current_order`); ``over``: the
        captive's custody has ended (no order is in force, nor its expiry to come, and the
        custody hearings after it are moot); ``expiry_alert``: the current order's expiry is
        the end of the captive's custody (:func:`caseapp.domain.clock.expiry_is_custodys`),
        marked red when near or passed; a convicted captive's pre-trial order's is not."""
        self.expiry_alert = expiry_alert
        key = sequence_keys(orders)  # as custody ran under them (a later decision last)
        self.orders = sorted(orders, key=lambda o: key[o.id])
        self.released = tuple(released)
        self.replaced_by = {oid: st.replaced_by for oid, st in standings(
            self.orders, today, self.released).items() if st.replaced_by is not None}
        self.over = over
        self.hearings = sorted(hearings, key=lambda h: h.starts_at)
        self.today = today
        self.capture = capture
        self.update()

    # -- geometry --
    def _x(self, d: date, plot: QRectF, start: date, end: date) -> float:
        total = max(1, (end - start).days)
        return plot.left() + (d - start).days / total * plot.width()

    def _geometry(self, fm: QFontMetrics) -> tuple[float, float, float, float, float, QRectF]:
        """Where the legend, the hearings' lane, the orders' bars and the axis lie: legend_y,
        lane_y, bar_top, bar_h, axis_y and the plot's rectangle."""
        line = fm.height()
        extra = max(0, self.height() - self._natural_height())
        left, right = 14.0, self.width() - 14.0
        legend_y = 6.0
        lane_y = legend_y + line + 10 + 8  # centre of the hearing markers
        bar_top = lane_y + 8 + 6
        bar_h = 26.0 + min(extra, 18)
        axis_y = bar_top + bar_h + 4 + line + 6 + max(0, extra - 18)
        plot = QRectF(left, lane_y - 10, right - left, axis_y - lane_y + 10)
        return legend_y, lane_y, bar_top, bar_h, axis_y, plot

    def year_labels(self) -> list[tuple[str, QRectF]]:
        """The years written under the axis and where (the widget's coordinates): at each
        January's tick, the first year at the left when no January is near it. A year whose
        January lies near the right edge is written left of its tick, never cut by the edge."""
        fm = QFontMetrics(self._small_font())
        *_, axis_y, plot = self._geometry(fm)
        start, end = self.date_range()
        baseline = axis_y + 3 + fm.height() + fm.ascent()
        edge = self.width() - 4.0  # inside the rounded frame
        labels: list[tuple[str, QRectF]] = []

        def place(text: str, x: float) -> None:
            width = fm.horizontalAdvance(text)
            if x + width > edge:
                x = edge - width
            labels.append((text, QRectF(x, baseline - fm.ascent(), width, fm.height())))

        d = date(start.year + 1, 1, 1)
        while d <= end:
            x = self._x(d, plot, start, end)
            if x >= plot.left():
                place(str(d.year), x + 3)
            d = date(d.year + 1, 1, 1)
        if start.month == 1 and start.day == 1:
            place(str(start.year), self._x(start, plot, start, end) + 3)
        # The first year, when no January lies in view.
        elif start.year == end.year or date(start.year + 1, 1, 1) > end or \
                self._x(date(start.year + 1, 1, 1), plot, start, end) - plot.left() > 40:
            place(str(start.year), plot.left())
        return labels

    # -- painting --
    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        faint = pal.color(QPalette.ColorRole.PlaceholderText)
        base = pal.color(QPalette.ColorRole.Base)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(base)
        p.drawRoundedRect(frame, 6, 6)
        self._hits = []
        small = self._small_font()
        p.setFont(small)
        fm = QFontMetrics(small)
        if not self.orders and not self.hearings:
            p.setPen(faint)
            p.drawText(frame, Qt.AlignmentFlag.AlignCenter,
                       self.tr("No detention orders or hearings recorded yet."))
            return
        left, right = 14.0, self.width() - 14.0
        legend_y, lane_y, bar_top, bar_h, axis_y, plot = self._geometry(fm)
        start, end = self.date_range()
        self._paint_legend(p, fm, legend_y, left, right, text)
        self._paint_axis(p, fm, plot, axis_y, start, end, text, faint)
        self._paint_orders(p, fm, plot, bar_top, bar_h, start, end, text, base)
        self._paint_hearings(p, fm, plot, lane_y, start, end, text)
        self._paint_today(p, fm, plot, lane_y, axis_y, start, end)

    def _paint_legend(self, p: QPainter, fm: QFontMetrics, y: float, left: float, right: float,
                      text: QColor) -> None:
        hl = self.palette().color(QPalette.ColorRole.Highlight)
        base = self.palette().color(QPalette.ColorRole.Base)
        entries: list[tuple[str, str, QColor]] = [
            ("bar", self.tr("Initial order"), hl),
            ("bar", self.tr("Extension"), _mix(hl, base, 0.55)),
            ("diamond", label(HearingKind.DETENTION_EXTENSION), text),
            ("circle", self.tr("Preliminary / trial"), text),
            ("square", label(HearingKind.VERDICT), text),
            ("triangle", self.tr("Appeal / cassation"), text),
            ("hollow", self.tr("Scheduled"), text),
            ("today", self.tr("Today"), ALERT),
        ]
        x = left
        cy = y + fm.height() / 2
        for kind, caption, colour in entries:
            width = 14 + 4 + fm.horizontalAdvance(caption) + 14
            if x + width - 14 > right:
                break
            if kind == "bar":
                p.setPen(QPen(hl, 1))
                p.setBrush(colour)
                p.drawRect(QRectF(x, cy - 5, 14, 10))
            elif kind == "today":
                p.setPen(QPen(ALERT, 2))
                p.drawLine(QPointF(x + 7, cy - 6), QPointF(x + 7, cy + 6))
            else:
                marker(p, "circle" if kind == "hollow" else kind, QPointF(x + 7, cy), 5,
                       colour, base, filled=kind != "hollow")
            p.setPen(text)
            p.drawText(QPointF(x + 18, cy + fm.ascent() / 2 - 1), caption)
            x += width

    def _paint_axis(self, p: QPainter, fm: QFontMetrics, plot: QRectF, axis_y: float,
                    start: date, end: date, text: QColor, faint: QColor) -> None:
        grid = _mix(self.palette().color(QPalette.ColorRole.Base), text, 0.12)
        p.setPen(QPen(faint, 1))
        p.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        months = max(1, (end - start).days / 30.44)
        per_month = plot.width() / months
        label_every = 1 if per_month >= fm.horizontalAdvance("Mmm") + 10 else \
            3 if per_month * 3 >= fm.horizontalAdvance("Mmm") + 10 else 0
        locale = QLocale()
        d = date(start.year, start.month, 1)
        last_label_right = -1e9
        while d <= end:
            x = self._x(d, plot, start, end)
            if x >= plot.left():
                if d.month == 1:
                    p.setPen(QPen(grid, 1))
                    p.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y))
                    p.setPen(QPen(text, 1))
                    p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 6))
                elif per_month >= 3 or d.month % 3 == 1:
                    p.setPen(QPen(faint, 1))
                    p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 3))
                if label_every and (d.month - 1) % label_every == 0:
                    name = locale.monthName(d.month, QLocale.FormatType.ShortFormat)
                    width = fm.horizontalAdvance(name)
                    lx = x + (per_month - width) / 2 if label_every == 1 else x + 2
                    if lx > last_label_right + 4 and lx + width < plot.right() + 10:
                        p.setPen(faint)
                        p.drawText(QPointF(lx, axis_y + 3 + fm.ascent()), name)
                        last_label_right = lx + width
            d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        p.setPen(text)
        for year, rect in self.year_labels():
            p.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), year)

    def _paint_orders(self, p: QPainter, fm: QFontMetrics, plot: QRectF, top: float, height: float,
                      start: date, end: date, text: QColor, base: QColor) -> None:
        hl = self.palette().color(QPalette.ColorRole.Highlight)
        hl_text = self.palette().color(QPalette.ColorRole.HighlightedText)
        # The expiry drawn under the orders is the one ending custody now: the same order
        # and date the header's detention clock names (an extension decided in advance
        # carries custody to its own expiry).
        latest = current_order(self.orders, self.today, self.released)
        running = self.in_force()
        slivers: list[tuple[float, str]] = []  # replaced orders too short to be seen
        for order in self.orders:
            # a replaced order's custody ended when the order replacing it started: its bar
            # stops there, not drawn on past it as if custody ran on under it
            by = self.replaced_by.get(order.id)
            until = order.expires_on if by is None else min(order.expires_on, by.start_date)
            x0 = self._x(order.start_date, plot, start, end)
            x1 = max(x0 + 2, self._x(until, plot, start, end))
            rect = QRectF(x0, top, x1 - x0, height)
            initial = order.kind is DetentionOrderKind.INITIAL
            shade = hl if initial else _mix(hl, base, 0.55)
            in_force = order.id in running
            p.setPen(QPen(base, 1))
            p.setBrush(shade)
            p.drawRect(rect)
            if in_force:
                p.setPen(QPen(text, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            caption = short_term_text(order)
            if caption and fm.horizontalAdvance(caption) + 6 < rect.width():
                p.setPen(hl_text if initial else text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, caption)
            kind = label(order.kind)
            tip = [self.tr("%1 detention order").replace("%1", kind),
                   f"{long_date(order.start_date)} → {long_date(order.expires_on)}"
                   + (f" ({term_text(order)})" if term_text(order) else "")]
            if order.ordering_court:
                tip.append(order.ordering_court)
            if order.decided_on:
                tip.append(self.tr("Decided on %1").replace("%1", long_date(order.decided_on)))
            if by is not None:
                tip.append(replaced_by_text(by, self.orders, long_date))
            if order.appeal_filed_on:
                appeal = long_date(order.appeal_filed_on)
                tip.append(self.tr("Appeal filed on %1").replace("%1", appeal)
                           + (f": {order.appeal_outcome}" if order.appeal_outcome else ""))
            self._hits.append(_Hit(rect, "\n".join(tip)))
            if by is not None and rect.width() < SLIVER:
                slivers.append((x0, "\n".join(tip)))
        for x, tip_text in slivers:  # over the bars, where the order replacing it starts
            self._hits.append(_Hit(replaced_mark(p, x, top, height, text, base), tip_text))
        if latest is not None:
            self._paint_expiry(p, fm, plot, top + height, latest, start, end, text)

    def _paint_expiry(self, p: QPainter, fm: QFontMetrics, plot: QRectF, bottom: float,
                      order: DetentionOrderDTO, start: date, end: date, text: QColor) -> None:
        over = self.over.since if self.over is not None else None
        x = self._x(over or order.expires_on, plot, start, end)
        caption = self.expiry_caption()
        colour = self.expiry_colour(text)
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(x, bottom - 4), QPointF(x, bottom + 4))
        bold = QFont(p.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(caption)
        lx = min(max(plot.left(), x - width / 2), plot.right() - width)
        p.save()
        p.setFont(bold)
        p.drawText(QPointF(lx, bottom + 4 + fm.ascent()), caption)
        p.restore()

    def _paint_hearings(self, p: QPainter, fm: QFontMetrics, plot: QRectF, y: float, start: date,
                        end: date, text: QColor) -> None:
        for hearing in self.hearings:
            d = hearing.starts_at.date()
            x = self._x(d, plot, start, end)
            future = d >= self.today
            shape = _SHAPES.get(hearing.kind, "dot")
            called_off = hearing.state in CALLED_OFF
            # drawn faint: adjourned or cancelled, or a custody hearing after custody ended
            mooted = future and moot(hearing.kind, d, self.over, state=None)
            marker(p, shape, QPointF(x, y), 6, self.palette().color(
                QPalette.ColorRole.PlaceholderText) if mooted or called_off else text,
                self.palette().color(QPalette.ColorRole.Base), filled=not future)
            tip = [self.tr("%1 hearing").replace("%1", label(hearing.kind)),
                   f"{long_date(hearing.starts_at.date())} {time_text(hearing.starts_at)} ({hearing.timezone})"]
            if called_off:
                tip.append(hearing_state_text(hearing.state, hearing.next_date))
            elif mooted:
                tip.append(self.tr("Custody has ended: this hearing on detention is not "
                                   "shown as the next hearing."))
            if hearing.court:
                tip.append(hearing.court)
            if hearing.judge:
                tip.append(hearing.judge)
            if hearing.outcome:
                tip.append(self.tr("Outcome: %1").replace("%1", hearing.outcome))
            if len(hearing.captive_ids) > 1:
                others = len(hearing.captive_ids) - 1
                tip.append(plural(self.tr("%n co-defendant(s)", "", others), others))
            self._hits.append(_Hit(QRectF(x - 7, y - 7, 14, 14), "\n".join(tip)))

    def _paint_today(self, p: QPainter, fm: QFontMetrics, plot: QRectF, lane_y: float,
                     axis_y: float, start: date, end: date) -> None:
        x = self._x(self.today, plot, start, end)
        pen = QPen(ALERT, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, lane_y - 9), QPointF(x, axis_y + 4))
        self._hits.append(_Hit(QRectF(x - 4, lane_y - 9, 8, axis_y - lane_y + 13),
                               self.tr("Today, %1").replace("%1", long_date(self.today))))
        if self.capture is not None:
            cx = self._x(self.capture, plot, start, end)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(cx, lane_y - 9), QPointF(cx, axis_y))
            self._hits.append(_Hit(QRectF(cx - 4, lane_y - 9, 8, axis_y - lane_y + 9),
                                   self.tr("Captured %1").replace("%1", long_date(self.capture))))

    # -- tooltips --
    def tooltip_at(self, pos: QPointF) -> str:
        texts = [hit.text for hit in self._hits if hit.shape.contains(pos)]
        return "\n\n".join(texts[-2:])  # the top-most (markers and today are added last)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
