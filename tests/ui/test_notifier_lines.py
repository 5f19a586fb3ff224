"""The reminders write only the lines they show (the banner's tooltip, a tray message), yet
an alert not announced before is found however far down the list it falls."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from caseapp.ui.announced_alerts import alert_captives, alert_count, alert_key
from caseapp.ui.notifier import Notifier, ReminderBanner

WAIT = 10000


def test_a_new_alert_far_down_the_list_is_announced_and_named(qtbot, ui) -> None:
    cf = ui.case_file
    silent = []
    for k in range(14):  # news 149 down to 136 days old (1 July 2026 + k → 27 November)
        cid = cf.captives.create(names=[f"Առաքելյան Հայկ {k}"], status="missing").id
        cf.welfare_contacts.create(captive_id=cid, kind="family_call",
                                   contact_on=(date(2026, 7, 1) + timedelta(days=k)).isoformat())
        silent.append(cid)
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    window.show()
    notifier.start(ui)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    tooltip = banner.text.toolTip().split("\n")
    assert len(tooltip) == 13 and tooltip[-1] == "…"  # twelve lines, then more
    assert "No confirmed news of" in banner.text.toolTip() or "deadline" in banner.text.text()
    # Everything was announced: only the first twelve lines' captives are named.
    assert len(alert_captives(cf.reminders.alerts(), notifier.announced)) <= 12

    banner.hide()
    # 27 October → 27 November: 31 days, over the threshold of 30 but fewer than the 136
    # to 149 days above: listed after the fourteen, beyond the twelve lines of the tooltip.
    late = cf.captives.create(names=["Петросян Арам"], status="pre_trial").id
    cf.welfare_contacts.create(captive_id=late, kind="family_call", contact_on="2026-10-27")
    alerts = cf.reminders.alerts()
    keys = [alert_key(alerts, n) for n in range(alert_count(alerts))]
    assert all(keys.index(("welfare", late, "")) > keys.index(("welfare", c, "")) for c in silent)
    assert keys.index(("welfare", late, "")) >= 14
    assert late in alert_captives(alerts, notifier.announced)  # the tray's line names them
    notifier.check()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)  # something new: the banner again
    # its spellings were read with the alerts: the interface's Latin form, not the primary
    line = notifier.welfare_line(*next(a for a in alerts.welfare if a[0] == late))
    assert line == "No confirmed news of Aram Petrosyan for 31 days"
    notifier.start(None)
