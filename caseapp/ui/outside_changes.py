"""What other programs write to the open case file, noticed without F5.

A spreadsheet imported on the command line, a scheduled import, a second window on the same
file, a colleague on the team's server: the window showed what it had read until the
lawyer pressed F5. :class:`OutsideChanges` looks every short while, and when the
application is used again, whether anyone else wrote to the file since it last looked
(:class:`~caseapp.services.outside_writes.OutsideWrites`: one small read in the background,
nothing more when nothing changed; the window's own saves do not count). When someone did,
every view reads again as after F5 (an :data:`~caseapp.ui.signals.OUTSIDE` change on the
bus: the view shown now, the others when next shown; each keeps its chosen row, its scroll
position, the captive whose file is open), the reminders look again, and the status bar
says so. Dialogs are left as they are, unsaved edits included: a save that would overwrite
what someone else saved meanwhile is refused as always (:mod:`caseapp.ui.dialogs.conflict`).

A check that cannot read the file says nothing (a file replaced under the window, a lost
connection to the server): the next command that reads or writes says why, as before.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from caseapp.services.outside_writes import OutsideWrites
from caseapp.ui.formats import time_text
from caseapp.ui.signals import OUTSIDE

if TYPE_CHECKING:
    from collections.abc import Callable

    from caseapp.services.casefile import CaseFile
    from caseapp.ui.signals import ChangesBus
    from caseapp.ui.worker import Runner

OUTSIDE_EVERY_MS = 20 * 1000

log = logging.getLogger(__name__)


class OutsideChanges(QObject):
    """The open file's check for other programs' writes (owned by the session: its
    ``runner`` reads, its ``bus`` is told, ``say`` goes to the status bar, nothing is looked
    at while ``locked()``)."""

    checked = Signal(bool)  # after each check: whether someone else had written

    def __init__(self, runner: Runner, bus: ChangesBus, say: Callable[[str], None],
                 locked: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.runner, self.bus, self.say, self.locked = runner, bus, say, locked
        self.timer = QTimer(self, interval=OUTSIDE_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._writes: OutsideWrites | None = None
        self._checking: OutsideWrites | None = None  # the check on its way, if one is
        self._again = False  # asked for while one was on its way: once more after it

    def start(self, case_file: CaseFile) -> None:
        """Look from now on at ``case_file``, just opened (before its views read it: a write
        made between this look and their reads is read again once, never missed)."""
        writes = self._writes = OutsideWrites(case_file)
        self._checking = None
        if case_file.db.path is not None:
            try:  # one small read on a connection of its own: before the views' reads
                writes.start()
            except Exception as exc:  # noqa: BLE001 - the views' own reads say what is wrong
                self._quiet(exc)
        else:  # a team server: over the network, so in the background
            self.runner.submit(writes.start, None, self._quiet)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._writes = self._checking = None
        self._again = False

    @property
    def looking(self) -> bool:
        """Whether a check is on its way."""
        return self._checking is not None and self._checking is self._writes

    def check(self) -> None:
        """Look now (in the background); when a look is already on its way (it may have read
        before what is to be found now), once more after it."""
        writes = self._writes
        if writes is None or self.locked():
            return
        if self._checking is writes:
            self._again = True
            return
        self._checking = writes
        self.runner.submit(writes.check, lambda changed: self._checked(writes, changed),
                           lambda exc: self._failed(writes, exc))

    def _checked(self, writes: OutsideWrites, changed: bool) -> None:
        if writes is not self._writes:  # the file was closed or locked meanwhile
            return
        self._done()
        if changed:
            from caseapp.domain.dto import Changes
            from caseapp.domain.enums import AuditAction

            self.bus.publish(Changes(OUTSIDE, AuditAction.UPDATE, ()))
            self.say(
                self.tr("Updated with changes made outside this window at %1.")
                .replace("%1", time_text(datetime.now())))
        self.checked.emit(changed)

    def _failed(self, writes: OutsideWrites, exc: BaseException) -> None:
        if writes is self._writes:
            self._done()
        self._quiet(exc)

    def _done(self) -> None:
        self._checking = None
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.check)  # after this one's news is out

    def _quiet(self, exc: BaseException) -> None:
        # (the kind of error only: its message may name the file)
        log.info("other programs' writes not looked for: %s", type(exc).__name__)
