"""A hearing is announced through the tray the day before and on its day (the counts only:
the system keeps its notifications outside the case file), and the banner names it with the
court's hour and city; the tray said nothing of hearings at all."""

from __future__ import annotations

from caseapp.ui.notifier import Notifier, ReminderBanner
from tests.services.test_deadline_hour_passed import clock_at
from tests.ui.test_reminders_again_gui import WAIT, _check, _notifier, session, tray  # noqa: F401


def test_a_hearing_is_announced_the_day_before_and_on_its_day(
        qtbot, in_paris, session, tray) -> None:  # noqa: F811
    cf = session.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="released").id
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-28T09:00", timezone="Asia/Baku",
                       court="QCOURTNAME", kind="appeal", judge="QJUDGENAME")
    notifier, banner = _notifier(qtbot, session)
    assert isinstance(notifier, Notifier) and isinstance(banner, ReminderBanner)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    assert tray[0][0] == "CaseApp: 1 hearing tomorrow"
    said = " ".join(tray[0])
    assert "QCOURTNAME" not in said and "QJUDGENAME" not in said and "Armen" not in said
    assert "28 Nov 09:00 Baku · Hearing: Appeal — Armen Vardanyan" in banner.text.toolTip()
    _check(qtbot, notifier, session)
    assert len(tray) == 1  # said once

    clock_at(cf, "2026-11-28 05:30")  # 08:30 in Baku: not yet begun
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 2, timeout=WAIT)
    assert tray[1][0] == "CaseApp: 1 hearing today"
    clock_at(cf, "2026-11-28 06:00")  # 09:00 in Baku: begun: nothing more to remind of
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)
    assert len(tray) == 2
    notifier.start(None)


def test_hearings_announced_alone_lead_to_the_hearings_not_the_deadlines(
        qtbot, in_paris, session, tray) -> None:  # noqa: F811
    """The banner's "Show deadlines" (and a click on the tray's message) opened the Deadlines
    view, which does not list hearings, when a hearing tomorrow was all it announced."""
    cf = session.case_file
    cid = cf.captives.create(names=["Վարդանյան Արմեն"], status="released").id
    cf.hearings.create(captive_ids=[cid], starts_at="2026-11-28T09:00", timezone="Asia/Baku")
    notifier, banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    assert banner.show_button.isHidden() and not banner.hearings_button.isHidden()
    with qtbot.waitSignal(banner.hearings_requested):
        banner.open_announced()  # the tray's message clicked
    with qtbot.waitSignal(banner.hearings_requested):
        banner.hearings_button.click()
    # a deadline due as well: the deadlines first, the Deadlines view behind the tray's message
    cf.deadlines.create(captive_id=cid, title="Letter", due_on="2026-11-27")
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: not banner.show_button.isHidden(), timeout=WAIT)
    assert banner.hearings_button.isHidden()
    with qtbot.waitSignal(banner.show_requested):
        banner.open_announced()
    notifier.start(None)


def test_the_window_opens_its_hearings_from_the_banner(qtbot, tmp_path, demo_copy) -> None:
    from PySide6.QtCore import QSettings

    from caseapp.services.casefile import open_case_file
    from caseapp.ui.main_window import MainWindow
    from tests.conftest import TODAY

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, lambda location, **kw: open_case_file(
        location, today=lambda: TODAY, **kw), demo_builder=lambda p: None,
        demo_path=tmp_path / "none.db")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_copy)
    window.banner.hearings_requested.emit()
    assert window.current_view_id() == "hearings"
    window.close()
