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
# The entity of the change published when another program wrote to the open case file
# (caseapp.ui.outside_changes): what changed is not known, so every view reads again, as
# after F5.
OUTSIDE = "outside"
# The changes after which every view reads again, whatever it watches.
EVERY_VIEW = frozenset({NEW_DAY, OUTSIDE})


class ChangesBus(QObject):
    """Re-emits every committed :class:`Changes` on the UI thread (queued across threads)."""

    changed = Signal(object)

    def publish(self, change: Changes) -> None:  # called from worker threads too
        self.changed.emit(change)
