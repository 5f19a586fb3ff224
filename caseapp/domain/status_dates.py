"""The "no date" a captive's status may have, told apart from a date not given.

``status_since=NO_STATUS_DATE``: the status has no date, as a captive made with no status
date had (undo writes it back so). ``None`` stays "not given": today for a new status, as a
sheet import or a merge set it. (A module of its own, so the window's operations name it
without importing the services, which would bring SQLAlchemy into the window's start.)
"""

from __future__ import annotations


class _NoStatusDate:
    """The type of :data:`NO_STATUS_DATE`."""

    def __repr__(self) -> str:
        return "NO_STATUS_DATE"


NO_STATUS_DATE = _NoStatusDate()
