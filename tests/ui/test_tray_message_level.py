"""The system's notifications are kept by the system, outside the encrypted case file and its
lock: in its notification history and on the lock screen, readable without the passphrase.
The tray named the captive and quoted the deadline's title and the intervention's subject,
whatever their level; it now says the counts only, and the window's banner (locked with the
window) the rest."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from caseapp.ui.notifier import Notifier, ReminderBanner

WAIT = 10000


def test_the_tray_says_counts_and_nothing_of_the_case_file(qtbot, ui,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, *args: shown.append(tuple(map(str, args))))
    cf = ui.case_file
    captive = cf.captives.create(names=["Իշխան QNAMEINTZ"], status="pre_trial",
                                 sensitivity="internal").id
    cf.deadlines.create(captive_id=captive, title="QDLTITLEINTZ", due_on="2026-11-20",
                        sensitivity="internal")
    cf.interventions.create(made_on="2026-10-01", subject="QINVSUBJECTINTZ",
                            captive_ids=[captive], follow_up_on="2026-11-01",
                            sensitivity="internal")
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner)
    assert notifier.uses_tray
    window.show()
    notifier.start(ui)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    [(title, body, *_)] = shown
    said = f"{title}\n{body}"
    assert [m for m in ("QNAMEINTZ", "QDLTITLEINTZ", "QINVSUBJECTINTZ") if m in said] == []
    assert "overdue" in title  # the counts: what is due is still announced
    assert body == "Open CaseApp to see which."
    # the window's banner, locked with the window, names them
    assert "QDLTITLEINTZ" in banner.text.toolTip() or "QDLTITLEINTZ" in banner.text.text()
    notifier.start(None)
