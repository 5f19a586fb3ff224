"""What to do when a save is refused because someone saved the record after it was read
(:class:`caseapp.services.records.StaleRecord`).

The conflict dialog shows both versions side by side, field by field: every field where
the form (yours) and the record as saved now (theirs) differ, which of you changed it, and
a choice per field. **Keep mine** saves the fields you changed over theirs (the fields
you did not touch keep their values); **Keep theirs** puts their version in the form and
saves nothing; **Merge** saves what you chose field by field; **Cancel** goes back to the
form. :class:`VersionedSave` is the whole flow for a record dialog: it notes the version
the form was read at, passes it with every save, and on a refusal reads their version and
asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.services.records import StaleRecord
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.formats import datetime_text, fill, number
from caseapp.ui.value_text import value_text
from caseapp.ui.widgets.focus_order import no_stop_around_fields, tab_stop_on_checked

SHOWN_CHARS = 60  # of a long text, in its choice (the tooltip shows it whole)


class Resolution(Enum):
    RELOAD = "reload"  # keep theirs: their version goes into the form, nothing is saved
    KEEP_MINE = "keep_mine"
    MERGE = "merge"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Difference:
    """One field where the two versions differ."""

    field: Field
    mine: Any
    theirs: Any
    changed_by_me: bool  # the form's value is not the one it was opened with
    changed_by_them: bool  # the saved value is not the one the form was opened with


def differences(fields: list[Field], initial: dict[str, Any], mine: dict[str, Any],
                theirs: dict[str, Any]) -> list[Difference]:
    return [Difference(f, mine.get(f.name), theirs.get(f.name),
                       mine.get(f.name) != initial.get(f.name),
                       theirs.get(f.name) != initial.get(f.name))
            for f in fields if mine.get(f.name) != theirs.get(f.name)]


def shown(f: Field, value: Any) -> str:
    """A field's value as the form shows it, in words."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, int) and not isinstance(value, bool) and not f.choices:
        return number(value)  # a count or a term, grouped as the locale does
    names = {v: text for text, v in f.choices}
    if isinstance(value, (list, tuple)):
        return ", ".join(names.get(v, str(v)) for v in value)
    return names[value] if value in names else value_text(value)


def saved_at(at: datetime) -> str:
    """When the other save was made, in this computer's time and the interface's language
    (the audit trail keeps UTC; a time without a zone is UTC)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return datetime_text(aware.astimezone())


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, conflict: StaleRecord, rows: list[Difference]):
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(620)
        self.rows = rows
        self.resolution = Resolution.CANCEL
        who = conflict.by or self.tr("Someone else")
        when = saved_at(conflict.at) if conflict.at is not None else self.tr("meanwhile")
        self.text = QLabel(fill(self.tr("%1 saved this record (%2) after you opened it. Your changes "
                                   "are not saved yet."), who, when), self)
        self.text.setObjectName("conflict_text")
        self.text.setWordWrap(True)
        info = QLabel(self.tr("Choose, field by field, which version to keep. Keep mine saves "
                              "the fields you changed; Keep theirs shows their version in the "
                              "form and saves nothing."), self)
        info.setWordWrap(True)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        for column, title in enumerate((self.tr("Field"), self.tr("Your version"),
                                        self.tr("Their version"))):
            heading = QLabel(f"<b>{title}</b>", grid_host)
            grid.addWidget(heading, 0, column)
        self.choice: dict[str, QButtonGroup] = {}
        for row, diff in enumerate(rows, start=1):
            name = diff.field.name
            grid.addWidget(QLabel(diff.field.label, grid_host), row, 0)
            mine = QRadioButton(grid_host)
            mine.setObjectName(f"mine_{name}")
            theirs = QRadioButton(grid_host)
            theirs.setObjectName(f"theirs_{name}")
            for choice, value in ((mine, diff.mine), (theirs, diff.theirs)):
                whole = shown(diff.field, value)
                choice.setText(whole if len(whole) <= SHOWN_CHARS
                               else whole[:SHOWN_CHARS - 1].rstrip() + "…")
                choice.setToolTip(whole)  # a long text whole
            mine.setAccessibleName(self.tr("Your version of %1").replace("%1", diff.field.label))
            theirs.setAccessibleName(self.tr("Their version of %1").replace("%1", diff.field.label))
            group = QButtonGroup(self)
            group.addButton(mine, 1)
            group.addButton(theirs, 0)
            (mine if diff.changed_by_me else theirs).setChecked(True)
            tab_stop_on_checked(group)  # Tab stops on the version chosen, the arrows switch
            self.choice[name] = group
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(rows) + 1, 1)  # the rows at the top, however few
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        no_stop_around_fields(scroll)  # (made after the choices, it was a stop after them)
        buttons = QDialogButtonBox(self)
        for text, name, resolution in (
                (self.tr("Keep mine"), "conflict_keep_mine", Resolution.KEEP_MINE),
                (self.tr("Keep theirs"), "conflict_reload", Resolution.RELOAD),
                (self.tr("Merge as chosen"), "conflict_merge", Resolution.MERGE)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, r=resolution: self._choose(r))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("conflict_cancel")
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(info)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def keeps_mine(self, name: str) -> bool:
        """Whether the field's own choice is your version."""
        return self.choice[name].checkedId() == 1

    def merged(self, mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
        """The values to save: theirs, with yours where the choice says so (Keep mine: where
        you changed the field; Merge: as chosen row by row)."""
        out = dict(theirs)
        for diff in self.rows:
            name = diff.field.name
            keep = diff.changed_by_me if self.resolution is Resolution.KEEP_MINE \
                else self.keeps_mine(name)
            if keep:
                out[name] = mine.get(name)
        return out


def ask(parent: QWidget | None, conflict: StaleRecord, rows: list[Difference]
        ) -> ConflictDialog:
    dialog = ConflictDialog(parent, conflict, rows)
    dialog.exec()
    return dialog


Write = Callable[[dict[str, Any], int | None], Any]


class VersionedSave:
    """A form's saves with the version it was read at. ``write(values, expected_version)``
    saves the fields of ``values`` that differ from ``form.initial`` (and raises
    :class:`StaleRecord` when the record is no longer at that version);
    ``read_fresh()`` reads the record now as the form's values, and its version."""

    def __init__(self, read_fresh: Callable[[], tuple[dict[str, Any], int]], version: int | None):
        self.read_fresh = read_fresh
        self.version = version
        self.form: RecordDialog | None = None

    def save(self, write: Write, values: dict[str, Any]) -> Any:
        try:
            return write(values, self.version)
        except StaleRecord as conflict:
            form = self.form
            assert form is not None
            fresh, version = self.read_fresh()
            theirs = _as_form(form, fresh, values)
            rows = differences(form.fields, form.initial, values, theirs)
            dialog = ask(form, conflict, rows)
            if dialog.resolution is Resolution.CANCEL:
                raise
            self.version = version
            if dialog.resolution is Resolution.RELOAD:
                form.set_values(theirs)
                form.initial = form.values()
                raise
            merged = dialog.merged(values, theirs)
            form.set_values(merged)
            form.initial = theirs
            return self.save(write, form.values())


def _as_form(form: RecordDialog, values: dict[str, Any], mine: dict[str, Any]) -> dict[str, Any]:
    """``values`` as the form would give them back (the same types as its own values): put
    in the form, read back, and the form's own values put back."""
    form.set_values({k: list(v) if isinstance(v, tuple) else v for k, v in values.items()})
    theirs = form.values()
    form.set_values(mine)
    return theirs
