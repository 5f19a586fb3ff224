"""Input widgets that give back what the services take (ISO dates as text, ids, enums)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from caseapp.domain.dates import PartialDate
from caseapp.domain.name_filter import Typed, a_name
from caseapp.domain.names import picker_keys, typed_key
from caseapp.ui.formats import date_text, fill, language_text, typed_date, typed_form, zone_label
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label
from caseapp.ui.widgets.screen_room import narrow_choice

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_form(value: str, *, partial: bool) -> bool:
    """Whether ``value`` is a day in ISO form (or, ``partial``, "~" and a day, a month, a
    year): what :func:`typed_date` gives for a text it read."""
    if partial and re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", value):
        return True
    try:
        date.fromisoformat(value[1:] if partial and value.startswith("~") else value)
    except ValueError:
        return False
    return ISO_DAY.fullmatch(value.lstrip("~")) is not None


class DateField(QWidget):
    """A date typed as the app shows dates ("30.06.1985" in Armenian and Russian, "30 Jun
    1985" in English) or as ISO (1985-06-30); where ``partial``, also a month (06.1985,
    1985-06), a year, or "~" before a day. A calendar to pick from. Empty means unknown;
    :meth:`value` gives ISO text, what the services take."""

    edited = Signal()
    SAMPLE, SAMPLE_MONTH, SAMPLE_YEAR = date(1985, 6, 30), "06.1985", "1985"  # as examples

    def __init__(self, parent: QWidget | None = None, *, partial: bool = False):
        super().__init__(parent)
        self.partial = partial
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("e.g. %1, %2 or %3").replace("%1", date_text(self.SAMPLE))
            .replace("%2", self.SAMPLE_MONTH).replace("%3", self.SAMPLE_YEAR) if partial
            else self.tr("e.g. %1").replace("%1", date_text(self.SAMPLE)))
        if partial:  # how to say "around": nothing else in the field shows it
            self.edit.setToolTip(
                self.tr("A day, a month or a year. For a day known only roughly, put ~ before "
                        "it: %1.").replace("%1", "~" + date_text(self.SAMPLE)))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.edited)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setAccessibleName(self.button.toolTip())  # "▾" says nothing read aloud
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Tab goes from field to field (a date typed after one Tab was typed into the
        # button, and lost); the calendar opens from the keyboard with Alt+Down or F4.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # this field's, not the window's
            shortcut.activated.connect(self.open_calendar)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day, as a click
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def open_calendar(self) -> None:
        """The calendar under the field, its day chosen with the arrows and Enter."""
        self.button.menu().popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _sync_calendar(self) -> None:
        try:
            d = date.fromisoformat((self.value() or "").lstrip("~"))
            self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        except ValueError:
            self.calendar.setSelectedDate(QDate.currentDate())
        QTimer.singleShot(0, self.calendar, self.calendar.setFocus)  # the arrows move from day to day

    def _picked(self, qdate: QDate) -> None:
        self.edit.setText(typed_form(date(qdate.year(), qdate.month(), qdate.day())))
        self.button.menu().hide()
        self.edited.emit()

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return typed_date(text, partial=self.partial) if text else None

    def problem(self) -> str | None:
        """What is wrong with the text typed, in the forms this field reads; None when it
        reads as a day (or, ``partial``, a month or a year) or is empty."""
        value = self.value()
        if value is None or _iso_form(value, partial=self.partial):
            return None
        typed = self.edit.text().strip()
        plain = typed[1:].strip()
        if self.partial and typed.startswith("~") and plain and not plain.startswith("~") \
                and _iso_form(typed_date(plain, partial=True), partial=True):
            # "~10.2020": a month (or a year) is as rough as it says; only a day takes "~".
            return (fill(self.tr("“%1”: only a day can be marked rough with ~; a month or a year "
                            "already says that the day is not known. Write %2."), typed, plain))
        if self.partial:
            return (fill(self.tr("“%1” is not a date: write a day as %2, a month as %3 or a year as %4."),
                         typed, date_text(self.SAMPLE), self.SAMPLE_MONTH, self.SAMPLE_YEAR))
        return (fill(self.tr("“%1” is not a date: write it as %2."), typed, date_text(self.SAMPLE)))

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.clear()
        elif isinstance(value, date | PartialDate):
            self.edit.setText(typed_form(value))
        elif isinstance(value, str) and ISO_DAY.fullmatch(value) and _iso_form(value, partial=False):
            self.edit.setText(typed_form(date.fromisoformat(value)))
        else:  # no such day ("2026-11-31"): shown as given, for the dialog to say so
            self.edit.setText(str(value))


class ZoneCombo(QComboBox):
    """A time zone: the ``common`` ones first, named in the interface's language with their
    identifier ("Ադրբեջանի ստանդարտ ժամանակ (Asia/Baku)"), then every other identifier; one
    may be typed. :meth:`value` gives the identifier."""

    def __init__(self, common: Sequence[str], others: Sequence[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        for name in common:
            self.addItem(zone_label(name), name)
        self.insertSeparator(len(common))
        for name in others:
            self.addItem(name, name)

    def value(self) -> str:
        typed = self.currentText().strip()
        index = self.findText(typed)
        return str(self.itemData(index)) if index >= 0 else typed

    def set_value(self, value: str | None) -> None:
        index = self.findData(value or "UTC")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(value or "UTC")


# The languages a captive's names, proceedings and contacts are mostly in, offered first.
COMMON_LANGUAGES = ("hy", "az", "ru", "en", "fr", "ka", "fa", "tr", "uk", "de", "ar", "he")


class LanguageCombo(QComboBox):
    """A language, named in the interface's language ("Armenian", "Армянский", "Հայերեն")
    and stored as its code ("hy"). A code or a language's name may be typed; what names no
    language is kept as typed. :meth:`value` gives the code, "" for none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code in COMMON_LANGUAGES:
            self.addItem(language_text(code), code)

    def value(self) -> str:
        typed = self.currentText().strip()
        for index in range(self.count()):
            if typed.casefold() in (self.itemText(index).casefold(),
                                    str(self.itemData(index)).casefold()):
                return str(self.itemData(index))
        if language_text(typed.lower()) != typed.lower():  # a code CLDR knows, "KU"
            return typed.lower()
        from caseapp.domain.cldr import language_code

        return language_code(typed, current_language()) or typed

    def set_value(self, value: str | None) -> None:
        code = value or ""
        if self.findData(code) < 0:
            self.addItem(language_text(code), code)
        self.setCurrentIndex(self.findData(code))


class EnumCombo(QComboBox):
    def __init__(self, enum: type[Enum], parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        self._enum = enum
        if optional:
            self.addItem("—", None)
        for member in enum:
            if getattr(member, "chosen", True):  # not a placeholder no one chooses
                self.addItem(label(member), member)

    def value(self) -> Enum | None:
        return self.currentData()

    def set_value(self, value: Enum | None) -> None:
        # (a placeholder, kept as it is; None is no member: the first choice, if one must be)
        if value is not None and self.findData(value) < 0 and value in self._enum:
            member = self._enum(value)
            self.addItem(label(member), member)
        self.setCurrentIndex(max(0, self.findData(value)))


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # the label and its search keys, for typing
# Whether a choice is offered for the text typed last: the mark of that typing, else "" (see
# RefCombo._complete; the completer offers the choices holding the mark).
OFFERED_ROLE = Qt.ItemDataRole.UserRole + 8


class _AnyPartCompleter(QCompleter):
    """Offers the choices :meth:`RefCombo._complete` marks as found by what is typed (any
    part of a choice's label or of its search keys, or a name in it by the search's rule);
    the label itself is what is written."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo.model(), combo)
        self.setCompletionRole(OFFERED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchExactly)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def pathFromIndex(self, index: Any) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class RefCombo(QComboBox):
    """Choose one record (or none) among ``choices`` of (label, id). Typing finds a choice
    by any part of its label, whatever the case or script (“red cross” finds “International
    Committee of the Red Cross”, “karmir” finds “Կարմիր Խաչ”); text that names no choice
    goes back to the choice made."""

    def __init__(self, choices: Sequence[tuple[str, int]], parent: QWidget | None = None,
                 *, optional: bool = True):
        super().__init__(parent)
        self._all = list(choices)
        self._optional = optional
        self._allowed: set[int] | None = None
        self._typings = 0  # the texts typed so far (each marks the choices it finds)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._line().setPlaceholderText(self.tr("Type part of the name"))
        self.setCompleter(_AnyPartCompleter(self))
        # After the line edit's own completion on the raw text, which would undo this one.
        self._line().textEdited.connect(
            lambda text: QTimer.singleShot(0, self, lambda: self._complete(text)))
        self._line().editingFinished.connect(self._settle)
        self._fill(None)
        # A long choice ("Leyla Nümunəova (Ադրբեջանի Հանրապետության մարդու իրավունքների
        # հանձնակատար…)") made the dialog wider than a 1024-pixel screen and cut its labels:
        # closed, it is as wide as 30 characters; open, its list shows every choice whole.
        narrow_choice(self, 30)

    def _fill(self, keep: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem(self.tr("(none)"), None)
        for text, record_id in self._all:
            if self._allowed is None or record_id in self._allowed or record_id == keep:
                self.addItem(text, record_id)
                self.setItemData(self.count() - 1, f"{text} {picker_keys(text)}", SEARCH_ROLE)
        self.setCurrentIndex(max(0, self.findData(keep)) if keep is not None else 0)
        self.blockSignals(False)

    def _line(self) -> QLineEdit:
        """The line typed in: there is one from ``__init__`` on (the combo is editable)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def _any_part(self) -> QCompleter:
        """The completer set in ``__init__`` (:class:`_AnyPartCompleter`)."""
        completer = self.completer()
        assert completer is not None
        return completer

    def set_choices(self, choices: Sequence[tuple[str, int]]) -> None:
        keep = self.value()
        self._all = list(choices)
        self._fill(keep)

    def narrow(self, allowed: set[int] | None) -> None:
        """Offer only the choices in ``allowed`` (all: None); the one chosen stays if it is
        among them, else none is chosen."""
        before = self.value()
        self._allowed = allowed
        self._fill(before if allowed is None or before in allowed else None)
        if self.value() != before:
            self.currentIndexChanged.emit(self.currentIndex())

    def _complete(self, text: str) -> None:
        if text != self._line().text():
            return  # typed on meanwhile: the newer text completes
        """Completion on the typed text's search key: the same spelling rules as the
        search (“Zvartnots” and “Զվարթնոց” both find “Զվարթնոցյան”), its words read as one
        (“Ter Petrosyan” finds “Terpetrosyan”, “Terpetrosyan” finds “Ter-Petrosyan”), or a
        name by the search's rule (“Kazaryan” finds “Ghazaryan”, “Mamedov” “Məmmədova”):
        the choices found are marked for the completer, a mark new at each typing."""
        self._typings += 1
        mark = str(self._typings)
        offered = set(self._offered(text))
        for i in range(self.count()):
            self.setItemData(i, mark if i in offered else "", OFFERED_ROLE)
        completer = self._any_part()
        completer.setCompletionPrefix(mark)
        if text.strip():
            completer.complete()

    def _offered(self, text: str) -> list[int]:
        """The choices found by ``text``: its search key in a choice's label or search keys,
        or the choice's label found by it as the search finds a name
        (:mod:`caseapp.domain.name_filter`)."""
        needle = (typed_key(text) or text).casefold()
        typed = Typed(text if a_name(text) else "")
        found = []
        for i in range(self.count()):
            keys = self.itemData(i, SEARCH_ROLE)
            if keys is None:
                continue  # (none)
            if (needle and needle in str(keys).casefold()) or typed.finds(self.itemText(i)):
                found.append(i)
        return found

    def _settle(self) -> None:
        """The typed text, once done: the choice it names, else back to the current one."""
        text = self._line().text().strip().casefold()
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        if 0 <= self.currentIndex() < len(labels) and text == labels[self.currentIndex()]:
            return
        exact = [i for i, t in enumerate(labels) if t == text]
        partial = self._offered(text) if typed_key(text) else []
        if exact or len(partial) == 1:
            self.setCurrentIndex((exact or partial)[0])
        elif not text and self._optional:
            self.setCurrentIndex(0)
        self._line().setText(self.currentText())

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        if value is not None and self.findData(value) < 0:
            self._fill(value)  # chosen earlier outside the narrowed choices: shown still
        self.setCurrentIndex(max(0, self.findData(value)))


class MultiRefList(QListWidget):
    """Tick several records (co-defendants of a hearing, captives of an intervention)."""

    def __init__(self, choices: Sequence[tuple[str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        for text, record_id in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMinimumHeight(120)

    def value(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, ids: Sequence[int] | None) -> None:
        wanted = set(ids or ())
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)


def name_from_caption(widget: QWidget, caption: str) -> None:
    """Give ``widget`` and the field inside it that takes the keyboard (its focus proxy, and
    that one's) ``caption`` as the name a screen reader says: a caption names only the
    widget it is the buddy of, and in a composite field (a date with its calendar, a date
    and a time, a captive picker) that is not the one the cursor is in: the date was read
    out as "edit, e.g. 30.06.1985"."""
    caption = caption.replace("&", "").rstrip(" *")
    target: QWidget | None = widget
    while target is not None:
        if not target.accessibleName():
            target.setAccessibleName(caption)
        target = target.focusProxy()


def name_from_form(form: QFormLayout) -> None:
    """Name by its row's caption each field of ``form`` a caption does not name: a box with
    a button beside it (a file and "Choose…", the row's field a layout) and a composite field
    (a date with its calendar). A screen reader said "edit" for the file of a travel copy,
    of a filing pack, of a seizure report."""
    for row in range(form.rowCount()):
        caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = caption.widget() if caption is not None else None
        if field is None or not isinstance(label, QLabel) or not label.text():
            continue
        target = field.widget()
        row_layout = field.layout()
        if target is None and row_layout is not None:
            items = (row_layout.itemAt(i) for i in range(row_layout.count()))
            target = next((w for w in (item.widget() for item in items if item is not None)
                           if w is not None), None)
        elif target is not None and target.focusProxy() is None:
            continue  # its caption is its buddy: read out already
        if target is not None:
            name_from_caption(target, label.text().rstrip(":՝ "))


def name_from_placeholder(edit: QLineEdit) -> None:
    """A search box with no caption but its example text ("Фильтр по пленному, сроку…") is
    read out by that text: it had no name at all for a screen reader."""
    if not edit.accessibleName():
        edit.setAccessibleName(edit.placeholderText().rstrip("…").strip())


# what a line edit's clear button takes from its text: the button (22 pixels under X11), 4
# pixels to the edge and a gap before the text
CLEAR_BUTTON = 28


def placeholder_whole(edit: QLineEdit) -> None:
    """``edit`` at least as wide as its example text (its placeholder), beside its frame, the
    2 pixels its text keeps on each side, its cursor and its clear button: beside a long
    caption in Armenian or Russian a form left it cut ("как в ваших докуме…"), and a layout
    short of room gave the deadlines' search box its least width, 150 pixels ("Фильтр по
    пленном…"). Call it again when the text changes (another language)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    metrics = edit.fontMetrics()
    text = metrics.horizontalAdvance(edit.placeholderText()) + 2 * 2 + 1
    if edit.isClearButtonEnabled():
        text += CLEAR_BUTTON
    margins = edit.textMargins()
    text += margins.left() + margins.right()
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                         QSize(text, metrics.height()), edit)
    edit.setMinimumWidth(size.width())


def special_text_whole(spin: QAbstractSpinBox, text: str) -> None:
    """Give ``spin`` ``text`` for its least value ("not set", "never") and room to show it
    whole: Qt sizes a spin box by its texts' advance, short of the 2 pixels its line edit
    keeps on each side and its cursor ("սահմանված չէ" lost its last letter)."""
    spin.setSpecialValueText(text)
    spin.setMinimumWidth(spin.sizeHint().width() + 2 * 2 + 1)
