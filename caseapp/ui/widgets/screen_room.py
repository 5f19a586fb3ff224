"""Windows that fit the screen they open on. A window opens at the size it was made for, or
at the room its screen gives when that is smaller: on a 1024×768 screen a dialog made for a
larger one opens whole, its buttons in sight, instead of running off the screen's edge. A
choice among long texts (a rule's or a letter's title) does not make its window wider than
the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QWidget

# The least a window manager adds around a window (borders, the title bar): Qt knows a
# window's own frame only once it is shown, so a window not yet shown counts this much, or
# the frame its parent window has, when larger.
DECORATION = QSize(8, 32)


def decoration(window: QWidget) -> QSize:
    """What the window manager adds around ``window``: its parent window's frame, at least
    :data:`DECORATION`."""
    parent = window.parentWidget()
    top = parent.window() if parent is not None else None
    if top is None or not top.isVisible():
        return QSize(DECORATION)
    frame, inner = top.frameGeometry(), top.geometry()
    return DECORATION.expandedTo(QSize(frame.width() - inner.width(), frame.height() - inner.height()))


def room_for(window: QWidget) -> QSize | None:
    """The largest ``window`` may be: its screen's free area (the panels and task bar left
    out) less its title bar and borders; None without a screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size() - decoration(window)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, no larger than :func:`room_for` gives;
    never smaller than its own minimum. (A window the size of the free area had its title
    bar, or its buttons at the bottom, under the panel.)"""
    room = room_for(window)
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


def narrow_choice(combo: QComboBox, characters: int) -> None:
    """The closed ``combo`` about ``characters`` wide whatever its longest text (the chosen
    one cut with "…", whole in the tooltip); the open list as wide as its longest text, up
    to the screen's width. Called once the items are in."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    view = combo.view()
    screen = combo.screen() or QGuiApplication.primaryScreen()
    widest = view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8
    view.setMinimumWidth(min(widest, screen.availableGeometry().width()) if screen else widest)

    def show_whole() -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(show_whole)
    show_whole()


def keep_on_screen(window: QWidget, area: QRect | None = None) -> None:
    """Shrink ``window`` to the room ``area`` (its screen's free area) leaves, and move it
    so that its frame, title bar and all, lies inside: a dialog centred on its parent, or
    grown by its contents, had its title bar above the top of a 1024×768 screen, where it
    cannot be moved back. A window not yet framed counts :data:`DECORATION`."""
    if area is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.height() <= 0:  # not framed yet: the least a window manager adds
        extra = QSize(DECORATION)
    room = area.size() - extra
    window.resize(max(min(window.width(), room.width()), window.minimumWidth()),
                  max(min(window.height(), room.height()), window.minimumHeight()))
    width, height = window.width() + extra.width(), window.height() + extra.height()
    # (pos() is where the frame begins, framed or not yet)
    x = max(area.left(), min(window.x(), area.left() + area.width() - width))
    y = max(area.top(), min(window.y(), area.top() + area.height() - height))
    window.move(x, y)


class _NeverCut(QObject):
    """The event filter of :func:`never_cut`, a child of the window it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.parent():
            window = self.parent()
            assert isinstance(window, QWidget)
            layout = window.layout()
            room = room_for(window)
            if layout is not None and event.type() == QEvent.Type.Show:
                wide = layout.totalMinimumSize().width()
                wide = wide if room is None else min(wide, room.width())
                if wide > window.minimumWidth():
                    window.setMinimumWidth(wide)
            if layout is not None and layout.hasHeightForWidth():
                need = layout.totalHeightForWidth(window.width())
                window.setMinimumHeight(need if room is None else min(need, room.height()))
        return False


def never_cut(window: QWidget) -> None:
    """Keep ``window`` at least as wide as its fields need and as tall as its wrapped
    sentences need at its width (up to the screen's room). Qt gives a window whose layout
    wraps text no least size once a least width is set on it: a dialog opened, or made,
    narrower than its fields (their right end cut off) or shorter than its lines (each
    sentence painted over the next)."""
    watcher = _NeverCut(window)
    window.installEventFilter(watcher)
    window.setProperty("never_cut", watcher)  # kept as long as the window
