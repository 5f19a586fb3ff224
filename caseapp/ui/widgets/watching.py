"""A helper object that watches a widget (its events, its model's signals) reads the widget
as its Qt parent, never from an attribute of its own.

Holding the widget in an attribute made a reference cycle (the widget's wrapper keeps its
children's, the helper kept the widget's). When a window let go of such a widget (a dialog
closed, a page dropped), the garbage collector emptied the helper's attributes while the
widget, deleted after it, still sent it events: each raised an AttributeError ("'FittedColumns'
object has no attribute 'table'"). Read as the parent there is no cycle, and the widget goes
with its last reference. :func:`still_watching` tells an event filter whose attributes a
collected cycle emptied (one its owner made) to let the event pass."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def watched(helper: QObject, kind: type[W]) -> W:
    """``helper``'s parent, the widget it watches, as a ``kind``."""
    parent = helper.parent()
    assert isinstance(parent, kind), f"{type(helper).__name__} watches no {kind.__name__}"
    return parent


def still_watching(helper: QObject, attribute: str) -> bool:
    """Whether ``helper`` still has its ``attribute`` (set in its ``__init__``): not once a
    collected cycle has emptied its attributes, its Qt object still filtering events."""
    return attribute in helper.__dict__
