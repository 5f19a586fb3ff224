"""An error no code expected, raised in the window, is said to the lawyer in one line (and
still goes to the support log's hook): a click whose handler failed did nothing at all, and a
save that failed so said nothing."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.ui.unexpected_errors import UnexpectedErrors


def test_an_unexpected_error_is_said_once_while_its_box_is_open(  # type: ignore[no-untyped-def]
        qtbot, russian, monkeypatch: pytest.MonkeyPatch) -> None:
    logged: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: logged.append(kind))
    window = QWidget()
    qtbot.addWidget(window)
    errors = UnexpectedErrors(window)
    assert sys.excepthook == errors.hook
    try:
        raise ImportError("cannot import name 'error_style'")
    except ImportError as exc:
        errors.hook(type(exc), exc, exc.__traceback__)
    errors.hook(KeyError, KeyError("x"), None)  # the same failure again, the box still open
    qtbot.waitUntil(lambda: errors.box is not None and errors.box.isVisible())
    box = errors.box
    assert box is not None
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes == [box] and logged == [ImportError, KeyError]
    text = box.text()
    assert text.startswith("CaseApp не удалось") and "Справка → Открыть папку журнала" in text
    box.accept()
    errors.hook(KeyboardInterrupt, KeyboardInterrupt(), None)  # Ctrl+C: logged, not said
    qtbot.wait(50)
    assert not box.isVisible() and logged[-1] is KeyboardInterrupt
