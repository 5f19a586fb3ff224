"""One dialog for adding and editing any record, built from a list of fields.

The dialog hands the values to a service call. When the service refuses them, its
message appears under the field it names, the field gets the focus, and everything
typed stays in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError, ValidationError
from caseapp.ui.dialogs.discard import may_discard
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.captive_picker import CaptivePicker
from caseapp.ui.widgets.fields import (
    DateField,
    EnumCombo,
    LanguageCombo,
    MultiRefList,
    RefCombo,
    ZoneCombo,
    name_from_caption,
)

CAPTION_WIDTH = 240  # pixels: a field's label longer than this goes on more lines
COMMON_ZONES = ("Asia/Baku", "Asia/Yerevan", "Europe/Paris", "Europe/Moscow", "Europe/London", "UTC")


@dataclass(frozen=True)
class Field:
    """One input. ``kind``: text, multiline, date, partial_date, datetime, int, enum, bool,
    ref (one record of ``choices``), refs (several), timezone, language (a code), captive / captives (one or
    several captives, searched by name through ``source``, a
    :class:`~caseapp.ui.widgets.captive_picker.CaptiveSource`).

    A ref field with ``narrow_by`` offers only the choices whose entry in ``groups`` is the
    value of that other field (the people of the organisation chosen), all when it is empty."""

    name: str
    label: str
    kind: str = "text"
    enum: type[Enum] | None = None
    choices: Sequence[tuple[str, int]] = field(default_factory=tuple)
    required: bool = False
    help: str = ""
    maximum: int = 10_000
    aliases: tuple[str, ...] = ()  # other names the services may use for this field in errors
    source: Any = None  # where a captive picker searches (kinds captive, captives)
    narrow_by: str = ""
    groups: Mapping[int, Any] = field(default_factory=dict)


class _DateTimeField(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.date = DateField(self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(10, 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.time)
        self.setFocusProxy(self.date)

    def value(self) -> str | None:
        d = self.date.value()
        if d is None:
            return None
        return f"{d}T{self.time.time().toString('HH:mm')}"

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.date.set_value(None)
            return
        self.date.set_value(value.date())
        self.time.setTime(QTime(value.hour, value.minute))


class _TextField(QPlainTextEdit):
    """A multiline field. ``short``: the height it asks for when the dialog opens (a note
    kept short so that the dialog fits a small screen); it still takes the room a taller
    dialog has, so that the fields stay together and no empty band opens between them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.short: int | None = None

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.short is not None:
            hint.setHeight(min(hint.height(), max(self.short, self.minimumHeight())))
        return hint


# The signal each kind of field sends when the user changes it, in the order looked for.
_EDIT_SIGNALS = ("edited", "textEdited", "textChanged", "currentIndexChanged", "toggled",
                 "valueChanged", "itemSelectionChanged")


def when_edited(widget: QWidget, call: Callable[[], None]) -> None:
    """Call ``call`` whenever the user changes ``widget``'s value."""
    if isinstance(widget, _DateTimeField):
        widget = widget.date
    for name in _EDIT_SIGNALS:
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(lambda *_args: call())
            return


class RecordDialog(QDialog):
    """``save(values) -> result`` is called on OK; a raised ValidationError keeps it open."""

    def __init__(self, title: str, fields: Sequence[Field], save: Callable[[dict[str, Any]], Any],
                 values: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("RecordDialog")
        self.fields = list(fields)
        self._save = save
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.boxes: dict[str, QVBoxLayout] = {}
        # Values held beside the fields (a field's level chooser): name -> (read, write).
        self.held: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self.initial: dict[str, Any] = {}
        self._height_before_errors: int | None = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.fields:
            widget = self._make(f)
            widget.setObjectName(f"field_{f.name}")
            if f.help:
                widget.setToolTip(f.help)
            error = QLabel(self)
            error.setObjectName(f"error_{f.name}")
            error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(self._caption(f, widget), box)
            self.widgets[f.name] = widget
            self.errors[f.name] = error
            self.boxes[f.name] = box
            when_edited(widget, error.hide)  # a message about what is no longer there goes
        self._narrow_choices()
        self.general_error = QLabel(self)
        self.general_error.setObjectName("error_general")
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a title
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if values:
            self.set_values(values)
        self.initial = self.values()

    # -- widgets --
    def _caption(self, f: Field, widget: QWidget) -> QLabel:
        """The field's label, on as many lines as it needs in a column at most
        ``CAPTION_WIDTH`` wide: a long one (a consent's whole sentence in Russian) is read
        whole, never cut at the dialog's edge nor widening it past a small screen."""
        caption = QLabel(f.label + (" *" if f.required else ""), self)
        caption.setObjectName(f"label_{f.name}")
        if caption.fontMetrics().horizontalAdvance(caption.text()) > CAPTION_WIDTH:
            caption.setWordWrap(True)
            caption.setFixedWidth(CAPTION_WIDTH)  # its height follows, for the form to give
        caption.setBuddy(widget)
        name_from_caption(widget, f.label)
        if isinstance(widget, _DateTimeField) and not widget.time.accessibleName():
            widget.time.setAccessibleName(self.tr("%1: time").replace("%1", f.label))
        return caption

    def _make(self, f: Field) -> QWidget:
        if f.kind == "multiline":
            w = _TextField(self)
            w.setTabChangesFocus(True)
            w.setMinimumHeight(80)
            return w
        if f.kind in ("date", "partial_date"):
            return DateField(self, partial=f.kind == "partial_date")
        if f.kind == "datetime":
            return _DateTimeField(self)
        if f.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(0, f.maximum)
            return spin
        if f.kind in ("enum", "optional_enum"):  # optional: a "—" choice for none
            assert f.enum is not None
            return EnumCombo(f.enum, self, optional=f.kind == "optional_enum")
        if f.kind == "bool":
            return QCheckBox(self)
        if f.kind == "ref":
            return RefCombo(f.choices, self, optional=not f.required)
        if f.kind == "refs":
            return MultiRefList(f.choices, self)
        if f.kind in ("captive", "captives"):
            return CaptivePicker(f.source, self, multi=f.kind == "captives",
                                 optional=not f.required)
        if f.kind == "language":
            return LanguageCombo(self)
        if f.kind == "timezone":
            return ZoneCombo(COMMON_ZONES, sorted(z for z in available_timezones()
                                                  if z not in COMMON_ZONES), self)
        return QLineEdit(self)

    def shorten(self, name: str, low: int = 56, high: int = 90) -> None:
        """Open the multiline field ``name`` between ``low`` and ``high`` pixels tall (a
        dialog of many fields fits a small screen); a taller dialog gives it the rest."""
        widget = self.widgets.get(name)
        if isinstance(widget, _TextField):
            widget.setMinimumHeight(low)
            widget.short = high
            widget.updateGeometry()

    def beside(self, name: str, extra: QWidget) -> None:
        """Show ``extra`` on the line of the field ``name``, at its right."""
        box, widget = self.boxes[name], self.widgets[name]
        line = QHBoxLayout()
        box.removeWidget(widget)
        line.addWidget(widget, 1)
        line.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
        box.insertLayout(0, line)

    def hold(self, name: str, read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        """A value of the dialog that is no field of its own (read by :meth:`values`, written
        by :meth:`set_values` under ``name``)."""
        self.held[name] = (read, write)

    def _narrow_choices(self) -> None:
        """A field narrowed by another follows its value (the people of an organisation)."""
        for f in self.fields:
            by = self.widgets.get(f.narrow_by)
            target = self.widgets[f.name]
            if not f.narrow_by or not isinstance(by, RefCombo) or not isinstance(target, RefCombo):
                continue

            def follow(_index: int, f: Field = f, by: RefCombo = by,
                       target: RefCombo = target) -> None:
                group = by.value()
                target.narrow(None if group is None else
                              {i for i, g in f.groups.items() if g == group})

            by.currentIndexChanged.connect(follow)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.widgets[f.name]
            if isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText().strip()
            elif isinstance(w, QLineEdit):
                out[f.name] = w.text().strip()
            elif isinstance(w, QSpinBox):
                out[f.name] = w.value()
            elif isinstance(w, QCheckBox):
                out[f.name] = w.isChecked()
            else:
                out[f.name] = w.value()  # type: ignore[attr-defined]
        for name, (read, _write) in self.held.items():
            out[name] = read()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        for f in self.fields:
            if f.name not in values:
                continue
            value = values[f.name]
            w = self.widgets[f.name]
            if isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
                w.setCursorPosition(0)  # its start in sight, not the end of a long value
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            else:
                w.set_value(value)  # type: ignore[attr-defined]
                if isinstance(w, QComboBox) and (line := w.lineEdit()) is not None:  # a zone, a language
                    line.setCursorPosition(0)
        for name, (_read, write) in self.held.items():
            if name in values:
                write(values[name])

    def changed_values(self) -> dict[str, Any]:
        now = self.values()
        return {k: v for k, v in now.items() if self.initial.get(k) != v}

    # -- saving --
    def show_error(self, message: str, field_name: str | None) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        target = None
        if field_name:
            for f in self.fields:
                if field_name == f.name or field_name in f.aliases:
                    target = f.name
        if target is not None:
            self._show_whole(self.errors[target], message, self.widgets[target].width())
            self.widgets[target].setFocus()
        else:
            self._show_whole(self.general_error, message, self.width())

    def _show_whole(self, label: QLabel, message: str, width: int) -> None:
        """Show ``message`` in ``label`` on as many lines as it needs at ``width`` (a wrapped
        label in a form is otherwise given one line and cut), the dialog growing to fit, and
        shrinking back when a shorter message replaces a longer one (the height a three-line
        message had grown it to stood as a blank band above the next, one-line message)."""
        if self._height_before_errors is None:  # (read before the layout grows it)
            self._height_before_errors = self.height()
        label.setText(message)
        label.setMinimumHeight(label.heightForWidth(max(width, 100)))
        label.show()
        if (layout := self.layout()) is not None:  # (always: the dialog's column)
            layout.activate()
        wanted = max(self.sizeHint().height(), self._height_before_errors)
        if wanted != self.height():
            self.resize(self.width(), wanted)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: what was typed is thrown away only
        when the user says so."""
        if self.changed_values() and not may_discard(self):
            return
        super().reject()

    def try_save(self) -> None:
        for f in self.fields:  # a day typed in no form a date field reads: said here, by name
            widget = self.widgets[f.name]
            field = widget.date if isinstance(widget, _DateTimeField) else widget
            problem = field.problem() if isinstance(field, DateField) else None
            if problem:
                self.show_error(problem, f.name)
                return
        try:
            self.result_value = self._save(self.values())
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except CaseAppError as exc:
            self.show_error(str(exc), None)
            return
        self.accept()


def zone_of(value: datetime | None) -> str:
    if value is not None and isinstance(value.tzinfo, ZoneInfo):
        return value.tzinfo.key
    return "UTC"


