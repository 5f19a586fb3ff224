"""The bridge from service notifications (any thread) to the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from caseapp.domain.dto import Changes


# The entity of the change the session publishes when the day changes (past midnight, or
# the laptop woken on another day): nothing in the file changed, but every "today", "in N
# days", "overdue" and day count a view shows did; every view reads again.
NEW_DAY = "new_day"


class ChangesBus(QObject):
    """Re-emits every committed :class:`Changes` on the UI thread (queued across threads)."""

    changed = Signal(object)

    def publish(self, change: Changes) -> None:  # called from worker threads too
        self.changed.emit(change)
