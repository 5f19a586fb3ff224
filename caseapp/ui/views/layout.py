"""Column widths and splitter positions kept between sessions (``views/<name>/<key>`` in
the per-user settings), and the empty state every list shows when it has no row."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.ui.session import UiContext
from caseapp.ui.widgets.fitted_columns import KeptWidths
from caseapp.ui.widgets.watching import still_watching, watched


def restore_layout(ui: UiContext, name: str, widgets: Mapping[str, QSplitter | QTableView]) -> None:
    """Put back the column widths and splitter positions saved under ``views/<name>/``; a
    column saved narrower than its title in the interface's language (widths saved under
    English, titles longer in Armenian and Russian) is made as wide as its title. The widths
    the lawyer gave columns by hand come back too, kept by the table's fits (:class:`KeptWidths`)."""
    if ui.settings is None:
        return
    for key, widget in widgets.items():
        kept = ui.settings.value(f"views/{name}/{key}_kept")
        if isinstance(widget, QTableView) and isinstance(kept, str):
            KeptWidths.of(widget).read(kept)
        state = ui.settings.value(f"views/{name}/{key}")
        if isinstance(state, QByteArray):
            target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
            target.restoreState(state)
            if isinstance(target, QHeaderView):
                _titles_whole(target)


def _titles_whole(header: QHeaderView) -> None:
    for column in range(header.count()):
        if not header.isSectionHidden(column) and header.sectionSize(column) < header.sectionSizeHint(column):
            header.resizeSection(column, header.sectionSizeHint(column))


def save_layout(settings: QSettings, name: str, widgets: Mapping[str, QSplitter | QTableView]) -> None:
    for key, widget in widgets.items():
        target = widget.horizontalHeader() if isinstance(widget, QTableView) else widget
        settings.setValue(f"views/{name}/{key}", target.saveState())
        kept = widget.findChild(KeptWidths, "kept_widths") if isinstance(widget, QTableView) else None
        if isinstance(kept, KeptWidths):  # a table fitted to its rows (FittedColumns)
            settings.setValue(f"views/{name}/{key}_kept", kept.text())


@dataclass(frozen=True)
class EmptyMessage:
    """What an empty list says, and the button that does the next thing (if any)."""

    text: str
    action_text: str = ""
    action: Callable[[], object] | None = None


class EmptyState(QWidget):
    """What to do next, centred over a list or table while it shows no row: a sentence and,
    when given, a button that does it ("No interventions are recorded yet." [Add…]).

    ``state`` is asked each time the rows change, so a view can say "nothing matches the
    filter" (with a button that clears it) apart from "nothing recorded yet" (with one that
    adds); None shows nothing. The widget lies on the view's viewport and follows its size:
    the view's own layout is untouched."""

    def __init__(self, view: QAbstractItemView, state: Callable[[], EmptyMessage | None], *,
                 name: str = "", after_first_reset: bool = False):
        """``after_first_reset``: say nothing until the model is first filled (reset), so
        that a list still loading never claims that nothing is recorded."""
        super().__init__(view.viewport())
        self._ready = not after_first_reset
        self.setObjectName(name or f"empty_{view.objectName() or 'list'}")
        self.state = state
        self._action: Callable[[], object] | None = None
        self.label = QLabel(self)
        self.label.setObjectName("empty_text")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("font-size: 11pt;")
        self.button = QPushButton(self)
        self.button.setObjectName("empty_action")
        self.button.clicked.connect(self._act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._filled)
            for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.refresh)
        self.refresh()

    def _filled(self) -> None:
        self._ready = True
        self.refresh()

    def _act(self) -> None:
        if self._action is not None:
            self._action()

    @property
    def view(self) -> QAbstractItemView:
        """The list it lies over: its parent's (the viewport's) parent
        (:mod:`caseapp.ui.widgets.watching`)."""
        return watched(watched(self, QWidget), QAbstractItemView)

    def eventFilter(self, watched_object: QObject, event: QEvent) -> bool:
        if not still_watching(self, "state"):
            return False
        if watched_object is self.parent() and isinstance(watched_object, QWidget) \
                and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched_object.rect())  # the viewport's
        return False

    def refresh(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        message = self.state() if self._ready and empty else None
        self._action = message.action if message is not None else None
        if message is None:
            self.hide()
            return
        self.label.setText(message.text)
        self.button.setText(message.action_text)
        self.button.setVisible(bool(message.action_text and message.action))
        self.setGeometry(self.view.viewport().rect())
        self.show()
        self.raise_()
