"""A window locked after some idle minutes said nothing when a deadline's cut-off passed
(the lawyer working in another program): the file is closed, nothing of it can be read. It
now keeps the moments the file's reminders would speak, read before it closed, and at each
says on the lock page and through the tray that reminders wait in the locked file, naming
nothing of it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from caseapp.ui.main_window import MainWindow
from tests.ui.test_session import window  # noqa: F401 (the fixture)

WAITING = "Reminders are waiting in the case file: unlock it to see them."


def test_a_cut_off_passing_while_locked_is_told_without_a_word_of_the_file(
        qtbot, window: MainWindow, demo_copy: Path, monkeypatch) -> None:  # noqa: F811
    told: list[bool] = []
    monkeypatch.setattr(window.notifier, "tell_locked", lambda: told.append(True))
    window.locker.reminders_waiting.disconnect()
    window.locker.reminders_waiting.connect(window.notifier.tell_locked)
    assert window.open_path(demo_copy)
    cf = window.case_file
    cid = cf.captives.list()[0].id
    soon = cf.ctx.now() + timedelta(hours=2)
    cf.deadlines.create(captive_id=cid, title="Qwxz cut-off", due_on=soon.date().isoformat(),
                        due_time=soon.strftime("%H:%M"), timezone="UTC")
    with qtbot.waitSignal(window.session.locked):
        assert window.locker.lock()
    reminders = window.locker.reminders
    assert soon.replace(second=0, microsecond=0) in reminders.moments  # the cut-off kept
    page = window.locker.page
    assert page.waiting.isHidden()
    reminders.clock = lambda: soon + timedelta(minutes=1)  # the cut-off has passed
    reminders.check()
    assert not page.waiting.isHidden() and page.waiting.text() == WAITING and told == [True]
    reminders.check()  # once a moment
    assert told == [True]

    with qtbot.waitSignal(window.session.unlocked, timeout=20000):
        page.unlock_button.click()
    assert reminders.moments == () and not reminders.timer.isActive()
    with qtbot.waitSignal(window.session.locked):  # locked again: nothing said yet
        assert window.locker.lock()
    assert page.waiting.isHidden()
