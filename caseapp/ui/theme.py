"""Fonts that show every script of the case file, and palettes that follow the system."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus
from caseapp.resources import FONT_FILES, resource

# The colours of statuses, checked to meet WCAG AA (4.5:1 for text) by a test
# (tests/ui/test_theme.py): dark tones on the light palette's backgrounds, and as the fill
# of a badge under white text in both palettes; light tones as text on the dark palette.
STATUS_ON_LIGHT: dict[CaptiveStatus, str] = {
    CaptiveStatus.MISSING: "#8e44ad",
    CaptiveStatus.HELD: "#c0392b",
    CaptiveStatus.PRE_TRIAL: "#b54800",
    CaptiveStatus.ON_TRIAL: "#945f0b",
    CaptiveStatus.CONVICTED: "#922b21",
    CaptiveStatus.RELEASED: "#1c7943",
    CaptiveStatus.REPATRIATED: "#117863",
    CaptiveStatus.DECEASED: "#566573",
    CaptiveStatus.WITHHELD: "#5d6d7e",
}
STATUS_ON_DARK: dict[CaptiveStatus, str] = {
    CaptiveStatus.MISSING: "#c39bd8",
    CaptiveStatus.HELD: "#ff8a73",
    CaptiveStatus.PRE_TRIAL: "#ff9a4d",
    CaptiveStatus.ON_TRIAL: "#e3a33b",
    CaptiveStatus.CONVICTED: "#f48fb1",
    CaptiveStatus.RELEASED: "#4cc47f",
    CaptiveStatus.REPATRIATED: "#3cc2a5",
    CaptiveStatus.DECEASED: "#a3b0bb",
    CaptiveStatus.WITHHELD: "#aab7b8",
}


# Urgency as text (overdue, due today, due this week), AA on either palette's backgrounds.
URGENCY_ON_LIGHT = {"overdue": "#c0392b", "today": "#b54800", "week": "#7d6608"}
URGENCY_ON_DARK = {"overdue": "#ff8a73", "today": "#ff9a4d", "week": "#e0c341"}
# Confirmed (a document's reliability), AA likewise.
CONFIRMED_ON_LIGHT, CONFIRMED_ON_DARK = "#196f3d", "#4cc47f"
# A hearing day in the calendar, AA likewise.
HEARING_DAY_ON_LIGHT, HEARING_DAY_ON_DARK = "#2e6da4", "#8cb8e8"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black … 1 white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio (1 … 21); AA asks 4.5 for text, 3 for large text and marks."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(colour: QColor) -> bool:
    return relative_luminance(colour) < 0.18


def status_text_colour(status: CaptiveStatus, background: QColor | None = None) -> QColor:
    """The status's colour readable on ``background`` (default: the application's base)."""
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor((STATUS_ON_DARK if is_dark(background) else STATUS_ON_LIGHT)[status])


def urgency_colour(kind: str, background: QColor | None = None) -> QColor:
    """Text colour of "overdue", "today" or "week" readable on ``background`` (default: the
    application's window colour)."""
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return QColor((URGENCY_ON_DARK if is_dark(background) else URGENCY_ON_LIGHT)[kind])


def error_colour(background: QColor | None = None) -> QColor:
    """Text colour of an error or a warning readable on ``background`` (default: the
    application's window colour): the overdue red of the palette's kind."""
    return urgency_colour("overdue", background)


def caution_text() -> str:
    """The colour of text that asks to look again (pages OCR may not have read): the due-today
    orange of the palette in use."""
    return urgency_colour("today").name()


def palette_tone(on_light: str, on_dark: str) -> str:
    """Of a colour's two tones, the one for the palette in use (by its window's colour)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return on_dark if is_dark(window) else on_light


def confirmed_text() -> str:
    """The colour of text that says a thing is confirmed, in the palette in use."""
    return palette_tone(CONFIRMED_ON_LIGHT, CONFIRMED_ON_DARK)


def hearing_day_text() -> str:
    """The colour of a hearing day's number in the calendar, in the palette in use (the
    badge's fill stays the light palette's blue, under white text, in both)."""
    return palette_tone(HEARING_DAY_ON_LIGHT, HEARING_DAY_ON_DARK)


def alert_text() -> str:
    """The colour (as a style sheet's or a cell's) of text that warns: an order expiring, a
    long silence, an overdue follow-up; the overdue red of the palette in use."""
    return error_colour().name()


def error_style() -> str:
    """A label's style sheet for an error or a warning, in the palette in use when it is set."""
    return f"color: {error_colour().name()};"


# Secondary text (a hint under a field, a note, a file's path): the palette's placeholder
# colour, which both palettes give at WCAG AA on their window and base (palette(mid) is a
# border's grey: 1.6:1 on the light window).
QUIET_STYLE = "color: palette(placeholder-text);"
QUIET_ON_LIGHT = QColor("#595959")


def status_badge_colour(status: CaptiveStatus) -> QColor:
    """The fill of a status badge whose text is white (the same in both palettes)."""
    return QColor(STATUS_ON_LIGHT[status])

WRITING_SYSTEMS = (QFontDatabase.WritingSystem.Armenian, QFontDatabase.WritingSystem.Cyrillic,
                   QFontDatabase.WritingSystem.Latin)


def ensure_fonts() -> list[str]:
    """Load the bundled DejaVu fonts when the system lacks a font for any of our scripts.

    Returns the families loaded (empty when the system had all it needed).
    """
    if all(QFontDatabase.families(ws) for ws in WRITING_SYSTEMS):
        return []
    loaded: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            loaded += QFontDatabase.applicationFontFamilies(font_id)
    if loaded:
        app_font = QFont("DejaVu Sans")
        app_font.setPointSize(max(QApplication.font().pointSize(), 10))
        QApplication.setFont(app_font)
    return sorted(set(loaded))


def monospace_font() -> QFont:
    """A fixed-pitch font for hashes and case numbers: the system's, else bundled DejaVu Sans Mono."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if QFontInfo(font).fixedPitch():
        return font
    QFontDatabase.addApplicationFont(str(resource("fonts", "DejaVuSansMono.ttf")))
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def light_palette() -> QPalette:
    """Fusion's light palette, its placeholder text an opaque grey at WCAG AA on the window,
    the base and the alternate rows (Fusion's own, black at half opacity, is 4:1 on the
    window)."""
    p = QStyleFactory.create("Fusion").standardPalette()
    p.setColor(QPalette.ColorRole.PlaceholderText, QUIET_ON_LIGHT)
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(52, 52, 56))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(90, 160, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(38, 110, 190))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))
    p.setColor(QPalette.ColorRole.Mid, QColor(110, 110, 115))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


_ARROW = QStyleOptionHeader.SortIndicator
_FLIPPED = {_ARROW.SortUp: _ARROW.SortDown, _ARROW.SortDown: _ARROW.SortUp}


class SortArrows(QProxyStyle):
    """Fusion, with a column's sort arrow pointing up while the column is sorted ascending
    (A to Z, the earliest day first) and down while descending (the newest first), as file
    managers and spreadsheets show it. Qt gives the style the opposite arrow (an ascending
    column reads as "descending": the advocacy log, newest first, showed ▲)."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow \
                and isinstance(option, QStyleOptionHeader) and option.sortIndicator in _FLIPPED:
            option = QStyleOptionHeader(option)
            option.sortIndicator = _FLIPPED[option.sortIndicator]
        super().drawPrimitive(element, option, painter, widget)


def apply_palette(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark, as the system says (Fusion draws both the same way everywhere)."""
    if not isinstance(app.style(), SortArrows):
        app.setStyle(SortArrows("Fusion"))
    scheme = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())


def follow_system_palette(app: QApplication) -> None:
    apply_palette(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: apply_palette(app, scheme))
