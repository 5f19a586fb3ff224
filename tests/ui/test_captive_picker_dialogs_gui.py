"""Every dialog that holds a captives picker (Add hearing, the intervention, the letter, the
dossier, the calculator…), over the Armenian demo at 1024×768: it opens at the height it
keeps. Its captives were counted and its chosen named after it showed, the dialog then
growing by the list's lines or the hint's (66 pixels in Russian) under the lawyer's eyes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from caseapp.ui.widgets.captive_picker import CaptivePicker
from tests.conftest import copy_of
from tests.ui.every_dialog import close, every_dialog
from tests.ui.small_screen import main_window


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_no_dialog_holding_a_captives_picker_changes_size_once_shown(
        lang: str, qtbot, tmp_path: Path, armenian_demo_template: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 768))
    window = main_window(qtbot, tmp_path, lang)
    assert window.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    cf = window.session.ui.case_file
    orders = {c.id: len(cf.detention_orders.list(captive_id=c.id)) for c in cf.captives.list()}
    captive_id = max(orders, key=lambda c: orders[c])
    other_id = next(c for c in orders if c != captive_id)

    changed, with_picker = [], []
    for name, build in every_dialog(window, captive_id, other_id, tmp_path):
        dialog = build()
        opened = dialog.size()
        if dialog.findChild(CaptivePicker) is not None:
            with_picker.append(name)
            qtbot.waitUntil(lambda: window.runner.active == 0)
            qtbot.wait(50)  # settled: what it reads read, its queued fitting done
            if dialog.size() != opened:
                changed.append(f"{name}: opened {opened.width()}×{opened.height()}, "
                               f"now {dialog.width()}×{dialog.height()}")
        close(dialog)
    assert {"record HEARING", "record INTERVENTION"} <= set(with_picker)
    assert changed == []
    window.set_case_file(None, backup_previous=False)
    window.close()
