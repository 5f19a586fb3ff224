"""Moving about the main window as in a browser: a short history of the places visited
(views and captive files) for Alt+Left / Alt+Right, search boxes that lead into their
results with Down or Enter, the stack of views that scrolls a view on a small screen, and
the views themselves, each built the first time it is wanted."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from caseapp.ui.widgets.focus_order import no_stop_around_fields

HISTORY_LIMIT = 50
ViewT = TypeVar("ViewT", bound=QWidget)


@dataclass(frozen=True)
class Place:
    """A view of the main window, or the file of one captive (view "captive")."""

    view: str
    captive_id: int | None = None


class History:
    """Places visited, oldest first, and where in them the window is. Visiting a new place
    drops the places ahead (as a browser does); going back or forward records nothing."""

    def __init__(self, limit: int = HISTORY_LIMIT):
        self.limit = limit
        self.places: list[Place] = []
        self.index = -1

    @property
    def current(self) -> Place | None:
        return self.places[self.index] if self.places else None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        del self.places[self.index + 1:]
        self.places.append(place)
        if len(self.places) > self.limit:
            del self.places[0]
        self.index = len(self.places) - 1

    def can_go_back(self) -> bool:
        return self.index > 0

    def can_go_forward(self) -> bool:
        return self.index < len(self.places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self.index -= 1
        return self.places[self.index]

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self.index += 1
        return self.places[self.index]

    def forget(self, captive_id: int) -> None:
        """Drop a deleted captive's file from the history."""
        current = self.current
        self.places = [p for p in self.places if p.captive_id != captive_id]
        merged: list[Place] = []
        for p in self.places:  # two views that the deleted file separated are one step now
            if not merged or merged[-1] != p:
                merged.append(p)
        self.places = merged
        if current in merged:
            self.index = merged.index(current)
        else:
            self.index = len(merged) - 1

    def clear(self) -> None:
        self.places.clear()
        self.index = -1


class SearchLeadsToResults(QObject):
    """Down or Enter in a search box moves the focus into its results list (selecting the
    first result when none is); there, Enter opens the result as the list itself does."""

    def __init__(self, search: QLineEdit, results: QAbstractItemView):
        super().__init__(search)
        self.search = search
        self.results = results
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier)):
                self.enter_results()
                return True
        return False

    def enter_results(self) -> None:
        model = self.results.model()
        if model is None:
            return
        self.results.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.results.currentIndex().isValid() and model.rowCount():
            self.results.setCurrentIndex(model.index(0, 0))
            self.results.selectionModel().select(
                model.index(0, 0), self.results.selectionModel().SelectionFlag.ClearAndSelect
                | self.results.selectionModel().SelectionFlag.Rows)


def focus_into(view: QWidget) -> None:
    """The keyboard goes into a view just shown: its search box, its list, else its first
    control that takes the keyboard."""
    for name in ("search", "table"):
        target = getattr(view, name, None)
        if isinstance(target, QWidget) and target.isVisible() and target.isEnabled():
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
    for child in view.findChildren(QWidget):
        if (child.focusPolicy() & Qt.FocusPolicy.TabFocus) and child.isVisible() \
                and child.isEnabled():
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
    view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def lead_search_to_results(view: QObject) -> SearchLeadsToResults | None:
    """Wire a view whose search box is ``view.search`` and whose results are
    ``view.search_results`` or ``view.table`` (the captives list, the advocacy log, the
    contacts, the documents…); None when it has no such pair."""
    search = getattr(view, "search", None)
    results = getattr(view, "search_results", None) or getattr(view, "table", None)
    if isinstance(search, QLineEdit) and isinstance(results, QAbstractItemView):
        return SearchLeadsToResults(search, results)
    return None


class ViewStack(QStackedWidget):
    """The views, one shown at a time, each inside a scroll area of its own: a view that
    needs more room than a small screen gives (1024×600) scrolls instead of forcing the
    window to stay larger than the screen. Callers deal in views, never in the areas."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._areas: dict[QWidget, QScrollArea] = {}

    def addWidget(self, view: QWidget) -> int:
        area = QScrollArea(self)
        area.setObjectName(f"scroll_{view.objectName() or 'view'}")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        no_stop_around_fields(area)  # (it was a stop before each view's first field)
        area.setWidget(view)
        self._areas[view] = area
        return super().addWidget(area)

    def removeWidget(self, view: QWidget) -> None:
        area = self._areas.pop(view, None)
        if area is None:
            super().removeWidget(view)
            return
        super().removeWidget(area)
        area.takeWidget()
        area.deleteLater()

    def setCurrentWidget(self, view: QWidget) -> None:
        super().setCurrentWidget(self._areas.get(view, view))

    def currentWidget(self) -> QWidget | None:
        return self._unwrap(super().currentWidget())

    def widget(self, index: int) -> QWidget | None:
        return self._unwrap(super().widget(index))

    def indexOf(self, view: QWidget) -> int:
        return super().indexOf(self._areas.get(view, view))

    def area_of(self, view: QWidget) -> QScrollArea | None:
        return self._areas.get(view)

    def _unwrap(self, widget: QWidget | None) -> QWidget | None:
        if isinstance(widget, QScrollArea) and widget.widget() in self._areas:
            return widget.widget()
        return widget


class LazyViews(Mapping[str, ViewT]):
    """The main window's views by id, in the sidebar's order, each built by ``build`` the
    first time it is looked up: a file opens showing one view, not seven. ``in``, ``len``
    and iteration name every view without building any; :meth:`built` gives those that
    exist (the ones to save, close or mark out of date)."""

    def __init__(self, build: Callable[[str], ViewT]):
        self._build = build
        self._ids: list[str] = []
        self._built: dict[str, ViewT] = {}

    def register(self, view_ids: list[str]) -> None:
        self._ids = list(view_ids)

    def __getitem__(self, view_id: str) -> ViewT:
        view = self._built.get(view_id)
        if view is None:
            if view_id not in self._ids:
                raise KeyError(view_id)
            view = self._built[view_id] = self._build(view_id)
        return view

    def __contains__(self, view_id: object) -> bool:
        return view_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def is_built(self, view_id: str) -> bool:
        return view_id in self._built

    def built(self) -> dict[str, ViewT]:
        """The views built so far, in the sidebar's order."""
        return {vid: self._built[vid] for vid in self._ids if vid in self._built}

    def clear(self) -> None:
        self._ids.clear()
        self._built.clear()
