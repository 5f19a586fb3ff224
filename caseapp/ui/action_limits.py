"""Commands of the main window disabled for the open case file, each with the reason as its
tip, and given back (with the tip it had) when another file is opened: used for a team
login below internal clearance (:mod:`caseapp.ui.team_connect`) and for a case file open
read-only (:mod:`caseapp.ui.read_only_state`). Each user marks its own actions with a
property name of its own, so that one never gives back what the other disabled."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction


def give_back(actions: Iterable[QAction], mark: str) -> None:
    """Enable again the ``actions`` disabled under ``mark``, with the tips they had."""
    for action in actions:
        if action.property(mark) is None:
            continue
        action.setToolTip(str(action.property(mark)))
        action.setStatusTip(str(action.property(mark)))
        action.setProperty(mark, None)
        action.setEnabled(True)


def disable(actions: Iterable[QAction], mark: str, reason: str) -> None:
    """Disable the enabled ``actions`` under ``mark``, ``reason`` as their tip."""
    for action in actions:
        if not action.isEnabled():
            continue
        action.setProperty(mark, action.toolTip())
        action.setToolTip(reason)
        action.setStatusTip(reason)
        action.setEnabled(False)
