"""Copying case data to the clipboard, and taking it back.

What CaseApp copies with :func:`copy_sensitive` is removed from the clipboard after a set
time (setting: ``security/clipboard_seconds``, default 30 s) and when the app locks or
quits, unless something else was copied in the meantime: what another program (or the
user, elsewhere) put there is never touched. Clipboard managers of the desktop may keep
their own history; that is outside CaseApp's reach.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_SECONDS = 30


class ClipboardGuard(QObject):
    """Holds what the app copied and clears it after ``seconds``."""

    def __init__(self, parent: QObject | None = None, *, seconds: int = DEFAULT_SECONDS):
        super().__init__(parent)
        self.seconds: float = seconds
        self._copied: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear)

    @property
    def pending(self) -> bool:
        return self._copied is not None

    def copy(self, text: str, seconds: float | None = None) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():  # X11: leave no copy in the middle-click selection
            clipboard.setText("", QClipboard.Mode.Selection)
        self._copied = text
        seconds = self.seconds if seconds is None else seconds
        if seconds > 0:
            self._timer.start(round(seconds * 1000))
        else:
            self._timer.stop()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what the app copied."""
        self._timer.stop()
        copied, self._copied = self._copied, None
        if copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == copied:
            clipboard.clear(QClipboard.Mode.Clipboard)


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's one guard (made on first use, owned by the application)."""
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(QGuiApplication.instance())
    return _guard


def copy_sensitive(text: str, seconds: float | None = None) -> None:
    """Put ``text`` on the clipboard and remove it again after ``seconds`` (the setting)."""
    guard().copy(text, seconds)


def clear_sensitive() -> None:
    """Remove now what :func:`copy_sensitive` put on the clipboard (lock, quit)."""
    if _guard is not None:
        _guard.clear()
