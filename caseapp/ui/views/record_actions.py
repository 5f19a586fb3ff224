"""What the views' buttons do with a record: the add / edit dialog and the delete, both
operations (:mod:`caseapp.ui.ops`), and the buttons and questions around them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.ui.dialogs.clearance_levels import delete_refused
from caseapp.ui.dialogs.conflict import VersionedSave
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.formats import long_date
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.undo_words import dropped_text
from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.focus_order import tab_before

CTX = "ViewsCommon"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, disambiguation, n)


def describe_as(noun: str) -> Callable[[Any], str]:
    """How a record of this kind reads in a question: the noun and its title or date."""
    def describe(dto: Any) -> str:
        for attr in ("title", "name", "subject", "starts_at", "due_on", "made_on"):
            value = getattr(dto, attr, None)
            if isinstance(value, date):
                return f"{noun} {long_date(value)}"
            if value:
                return f"{noun} “{value}”"
        return noun
    return describe


def edit_dialog(ui: UiContext, *, title: str, fields: Sequence[Field], service: str,
                noun: str, record_id: int | None = None, values: dict[str, Any] | None = None,
                linked: Sequence[Sequence[str]] = (),
                shown: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
                parent: QWidget | None = None, also_undone: Sequence[str] = ()) -> RecordDialog:
    """A RecordDialog that creates (``record_id`` None) or updates a record stored by the
    case file's ``service`` as an operation (:mod:`caseapp.ui.ops`: undoable, run on the
    serial worker while the dialog waits); the undo step is named by ``title``, a whole
    phrase ("Add hearing"), never glued from a verb and ``noun``. ``linked`` names fields that are only meaningful
    together (a time and its zone): when one changes, both are saved. ``shown`` turns the
    record's stored values into those the form shows (a rule's title in the reader's
    language), for ``values`` and for the record read again after a conflict: a value left
    as shown is not written, so what the app stored stays as it was. ``also_undone`` names
    what the service sets besides the fields (a deadline's date marked as set by hand): an
    undo of the edit puts it back too."""
    dialog: RecordDialog
    describe = describe_as(noun)
    keys = tuple(f.name for f in fields)

    def read_fresh() -> tuple[dict[str, Any], int]:
        def read(cf: Any) -> tuple[Any, int]:
            svc = getattr(cf, service)
            return svc.get(record_id), svc.version(record_id)

        dto, version = ui.ops.write(read)
        fresh = {k: getattr(dto, k) for k in keys if hasattr(dto, k)}
        return (shown(fresh) if shown is not None else fresh), version

    # The version the form's values were read at: a save over a newer one asks what to do.
    versions = VersionedSave(read_fresh, None if record_id is None else ui.ops.write(
        lambda cf: getattr(cf, service).version(record_id)))

    def save(vals: dict[str, Any]) -> Any:
        if record_id is None:
            return ui.ops.create(service, vals, action=title, describe=describe, keys=keys)
        return versions.save(update, vals)

    def update(vals: dict[str, Any], version: int | None) -> Any:
        assert record_id is not None
        initial = dialog.initial
        changed = {k for k, v in vals.items() if initial.get(k) != v}
        for group in linked:
            if changed & set(group):
                changed |= set(group)
        if not changed:
            return ui.ops.write(lambda cf: getattr(cf, service).get(record_id))
        return ui.ops.update(service, record_id, {k: vals[k] for k in changed},
                             action=title, describe=describe, keys=(*keys, *also_undone),
                             expected_version=version)

    if shown is not None and values is not None:
        values = shown(values)
    dialog = RecordDialog(title, fields, save, values, parent)
    versions.form = dialog
    return dialog


def run_dialog(dialog: RecordDialog) -> Any:
    """Show ``dialog``; what it saved, or None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_value


def delete_record(view: Any, service: str, record_id: int, *, title: str, question: str,
                  done: str) -> bool:
    """Ask, then delete through the case file's ``service`` (an operation; the undo steps
    about the record are dropped); tell the status bar, or the user what failed. A login that
    may not delete is told so at once, not asked."""
    refused = delete_refused(view.ui)
    if refused:
        QMessageBox.information(view, title, literal(refused))
        return False
    if not confirm(view, title, question):
        return False
    try:
        dropped = view.ui.ops.delete(service, record_id, announce=False)
    except CaseAppError as exc:
        view.report_error(exc)
        return False
    view.message.emit(f"{done} {dropped_text(dropped)}" if dropped else done)
    return True


def push_button(parent: QWidget, text: str, slot: Callable[[], Any], name: str,
                tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    if tip:
        button.setToolTip(tip)
    return button


def delete_key(widget: QWidget, slot: Callable[[], Any]) -> QShortcut:
    """Delete pressed in ``widget`` calls ``slot``: the widget's shortcut, not the window's,
    so that two lists shown at once each delete their own record (two shortcuts of one
    window on one key are ambiguous: neither works). The context is set after the shortcut
    is made: PySide6 drops a ``context=`` given along with the slot."""
    shortcut = QShortcut(QKeySequence.StandardKey.Delete, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def buttons_over(table: QWidget, buttons: Sequence[QWidget]) -> QVBoxLayout:
    """A table with its buttons in a row over it, on the right (on two lines if need be): at
    1024 px the table has the whole width for its columns, which a column of buttons beside it
    (some 200 px in Russian) would take. Tab reaches the buttons before the table, as they
    are read (made after it, they came after it)."""
    actions = FlowLayout(align_right=True)
    for button in buttons:
        actions.addWidget(button)
        tab_before(table, button)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addLayout(actions)
    column.addWidget(table, 1)
    return column


def titled_buttons_over(title: str | QLabel, table: QWidget,
                        buttons: Sequence[QWidget]) -> QVBoxLayout:
    """A table under one line that holds its bold title (or a label as it is: a count) on
    the left and its buttons on the right (on more lines if need be): the rows keep the
    height a framed box's caption and a row of buttons of its own would take."""
    if isinstance(title, QLabel):
        caption = title
    else:
        caption = QLabel(title)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
    caption.setMinimumHeight(QPushButton().sizeHint().height())  # level with the buttons
    caption.setBuddy(table)  # a screen reader names the table by its title
    actions = FlowLayout(align_right=True)
    for button in buttons:
        actions.addWidget(button)
        tab_before(table, button)  # read before the table (made after it, they came after)
    line = QHBoxLayout()
    line.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
    line.addLayout(actions, 1)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addLayout(line)
    column.addWidget(table, 1)
    return column


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, literal(text),  # it may quote a lawyer's words
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
