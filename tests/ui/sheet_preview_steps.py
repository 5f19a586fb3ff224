"""The spreadsheet import's preview as a lawyer reaches it on a 1024×768 screen: the dialog
opened on a sheet in a language, steps 1 and 2 passed with Next, its rows read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QScreen

from caseapp.ui.dialogs.sheet_import import SheetImportDialog
from caseapp.ui.language import apply_language


def preview_at_1024(qtbot: Any, ui: Any, sheet: Path, lang: str, rows: int,
                    monkeypatch: pytest.MonkeyPatch) -> SheetImportDialog:
    """The dialog at its preview (step 2), ``rows`` rows read, in ``lang`` (put back after
    the test by the ``ui`` fixture)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 768))
    apply_language(QCoreApplication.instance(), lang)
    dialog = SheetImportDialog(ui, sheet, mappings_folder=sheet.parent / "maps")
    qtbot.addWidget(dialog)
    dialog.show()
    for step in (1, 2):
        qtbot.waitUntil(lambda: dialog.next.isEnabled() and dialog.next.isVisible(), timeout=10000)
        dialog.next.click()
        qtbot.waitUntil(lambda s=step: dialog.steps.currentIndex() == s, timeout=10000)
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == rows, timeout=10000)
    return dialog
