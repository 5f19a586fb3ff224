"""Fonts that show every script of the case file, and palettes that follow the system."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from caseapp.resources import FONT_FILES, resource

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
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.ColorRole.Mid, QColor(110, 110, 115))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def apply_palette(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Light or dark, as the system says (Fusion draws both the same way everywhere)."""
    app.setStyle("Fusion")
    scheme = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())


def follow_system_palette(app: QApplication) -> None:
    apply_palette(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: apply_palette(app, scheme))
