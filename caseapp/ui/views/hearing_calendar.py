"""The month of the hearings view, in which the days with hearings are bold and carry a
badge with their number, and today is ringed."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolButton, QWidget

from caseapp.ui.theme import alert_text, hearing_day_text

MARK = "#2e6da4"  # a hearing day's badge, under white text (its number: theme.hearing_day_text)

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class HearingCalendar(QCalendarWidget):
    """A month in which hearing days are bold and carry a badge with their number."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.counts: dict[date, int] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        # Qt's arrows are pictures only: a screen reader said "button" for both
        for name, text in (("qt_calendar_prevmonth", translate("HearingsView", "Previous month")),
                           ("qt_calendar_nextmonth", translate("HearingsView", "Next month"))):
            arrow = self.findChild(QToolButton, name)
            if arrow is not None:
                arrow.setAccessibleName(text)
                arrow.setToolTip(text)
        days = self.findChild(QTableView, "qt_calendar_calendarview")  # where the cursor is
        if days is not None:
            days.setAccessibleName(translate("HearingsView", "Calendar of hearings"))

    def set_counts(self, counts: dict[date, int]) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every format
        self.counts = dict(counts)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QBrush(QColor(hearing_day_text())))
        for day in self.counts:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self.updateCells()

    def is_marked(self, day: date) -> bool:
        return self.counts.get(day, 0) > 0

    @staticmethod
    def badge_at(cell: QRect, number: QRect) -> QRect:
        """Where the count's badge goes in ``cell``: up to the right of the day's ``number``
        (as an exponent), never over it: it covered the number's last digit ("1‹1›"). As
        large as the room beside the number allows (12 to 16 pixels); in a cell too narrow
        for that, in its top right corner, over the least of the number."""
        size = max(12, min(16, cell.height() // 2, cell.right() - 2 - number.right()))
        left = min(number.right() + 2, cell.right() - size)
        top = max(cell.top() + 1, number.top() - size // 3)
        return QRect(left, top, size, size)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = cast(date, qdate.toPython())  # (PySide6's stub says object)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if day == self.today:
            painter.setPen(QPen(QColor(alert_text()), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        count = self.counts.get(day, 0)
        if count:
            font = QFont(painter.font())
            font.setBold(True)  # the day's number is bold on a hearing day
            badge = self.badge_at(rect, QFontMetrics(font).boundingRect(
                rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day())))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MARK))
            painter.drawEllipse(badge)
            font.setPixelSize(max(8, badge.height() - 5))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                             str(count) if count < 10 else "9+")
        painter.restore()

