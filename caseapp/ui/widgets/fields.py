"""Input widgets that give back what the services take (ISO dates as text, ids, enums).

The record pickers are in :mod:`record_pickers`, a field's screen-reader name and whole
example text in :mod:`field_texts`; they are imported here for the dialogs that take them
from this module."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from caseapp.domain.dates import PartialDate
from caseapp.ui.formats import date_text, fill, language_text, typed_date, typed_form, zone_label
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label
from caseapp.ui.widgets.field_texts import (
    name_from_caption,
    name_from_form,
    name_from_placeholder,
    placeholder_whole,
    special_text_whole,
)
from caseapp.ui.widgets.record_pickers import MultiRefList, RefCombo

__all__ = [
    "DateField", "EnumCombo", "LanguageCombo", "MultiRefList", "RefCombo", "ZoneCombo",
    "name_from_caption", "name_from_form", "name_from_placeholder", "placeholder_whole",
    "special_text_whole",
]

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
        known = typed_date(typed, partial=True)
        if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", known):  # "06.2026": a month, a year
            first = date.fromisoformat(known + "-01" * (3 - known.count("-") - 1))
            return fill(self.tr("“%1” gives only a month or a year: a day is needed here. Give "
                                "the first day known, such as %2."), typed, date_text(first))
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
