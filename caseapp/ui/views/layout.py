"""Column widths and splitter positions kept between sessions (``views/<name>/<key>`` in
the per-user settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView, QWidget

from caseapp.ui.session import UiContext


def restore_layout(ui: UiContext, name: str, widgets: dict[str, QWidget]) -> None:
    """Put back the column widths and splitter positions saved under ``views/<name>/``."""
    if ui.settings is None:
        return
    for key, widget in widgets.items():
        state = ui.settings.value(f"views/{name}/{key}")
        if isinstance(state, QByteArray):
            target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
            target.restoreState(state)  # type: ignore[attr-defined]


def save_layout(settings: QSettings, name: str, widgets: dict[str, QWidget]) -> None:
    for key, widget in widgets.items():
        target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
        settings.setValue(f"views/{name}/{key}", target.saveState())  # type: ignore[attr-defined]
