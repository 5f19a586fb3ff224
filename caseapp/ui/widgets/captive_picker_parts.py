"""The parts of :mod:`caseapp.ui.widgets.captive_picker`: how a match reads, where the picker
finds captives, a chosen captive's row and the keys of the search field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QWidget,
)

from caseapp.domain.clean_text import BIDI_CONTROLS
from caseapp.domain.collation import name_sort_key
from caseapp.domain.name_filter import Typed
from caseapp.services.search import CaptiveMatch, CaptiveMatches
from caseapp.ui.captive_names import shown_names
from caseapp.ui.formats import fill
from caseapp.ui.i18n import current_language
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.wrapped_name import WrappedName

_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))  # (an alias's U+202E turned the row around)


class Picker(Protocol):
    """What the parts use of :class:`caseapp.ui.widgets.captive_picker.CaptivePicker`."""

    search: QLineEdit
    results: QListWidget

    def remove(self, captive_id: int) -> None: ...
    def _search_key(self, event: QKeyEvent) -> bool: ...
    def _activated(self, item: QListWidgetItem) -> None: ...

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def in_shown_order(matches: Iterable[CaptiveMatch]) -> list[CaptiveMatch]:
    """Matches the better first (:attr:`CaptiveMatch.rank`: the name typed whole, a name as
    written, then by sound), each rank in the alphabetical order of the interface's language
    by the name each shows first (:func:`match_label`), not by the Latin name the search
    orders them by: in Armenian Էդգար (Edgar) came before Գագիկ (Gagik), in Russian Айк
    (Hayk) after Гагик."""
    lang = current_language()
    return sorted(matches, key=lambda m: (m.rank, name_sort_key(shown_names(
        m.spellings, latin=m.latin_name, primary=m.primary_name, lang=lang)[0], lang)))


def match_label(m: CaptiveMatch, query: str = "") -> str:
    """“Name — other spelling (born 1985)”, the name in the interface's script first (see
    :func:`caseapp.ui.captive_names.shown_names`): the same person reads the same in every
    picker and list. Found by ``query`` in none of those two, the name it found after them
    (“Vardanyan Aram · also “Artashes Mkrtchian””): an alias typed listed a name with
    nothing of it."""
    first, second = shown_names(m.spellings, latin=m.latin_name, primary=m.primary_name)
    name = f"{first} — {second}" if second else first
    if m.birth_year is not None:
        # in one pass: a "%2" typed in the name is the name's, not the year's place
        name = fill(translate("CaptivePicker", "%1 (born %2)"), name, str(m.birth_year))
    typed = Typed(query) if query.strip() else None
    if typed and not any(typed.finds(n) for n in (first, second) if n):
        found = next((n for n in m.names if typed.finds(n)), "")
        if found:
            name = fill(translate("CaptivePicker", "%1 · also “%2”"), name,
                        " ".join(found.translate(_NO_BIDI).split()))
    return name


def match_tooltip(m: CaptiveMatch) -> str:
    lines = list(dict.fromkeys(m.names)) or [m.latin_name or m.primary_name]
    lines.append(translate("CaptivePicker", "ID %1").replace("%1", str(m.id)))
    return "\n".join(lines)


class CaptiveSource:
    """Where a picker finds captives: the open case file's search, run on the session's
    runner. ``suggested`` are offered before anything is typed (this captive and the
    co-defendants of their hearings)."""

    def __init__(self, ui: UiContext, *, suggested: Iterable[int] = ()):
        self.ui = ui
        self.suggested = tuple(dict.fromkeys(suggested))

    def find(self, query: str, limit: int) -> CaptiveMatches:
        return self.ui.case_file.search.find_captives(query, limit=limit)

    def by_id(self, ids: Sequence[int]) -> list[CaptiveMatch]:
        return self.ui.case_file.search.captives_by_id(ids)


class ChosenCaptive(QWidget):
    """One chosen captive: the name and a button that removes it."""

    def __init__(self, picker: Picker, parent: QWidget, captive_id: int, text: str, tip: str):
        super().__init__(parent)
        self.captive_id = captive_id
        # a long name in two scripts wraps, on three lines at most (a 200-letter one took
        # eleven), the last cut with "…": whole in the tooltip, for a screen reader and in
        # "Copy the name"
        self.label = WrappedName(self, heading=False)
        self.label.setText(text)
        self.label.set_tip(tip or text)
        self.remove = QToolButton(self)
        self.remove.setObjectName(f"remove_captive_{captive_id}")
        self.remove.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(literal(translate("CaptivePicker", "Remove %1").replace("%1", text)))
        self.remove.setAccessibleName(translate("CaptivePicker", "Remove %1").replace("%1", text))
        self.remove.clicked.connect(lambda: picker.remove(captive_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remove)
        layout.addWidget(self.label, 1)


class PickerKeys(QObject):
    """Up, Down and Enter in the search field act on the matches."""

    def __init__(self, picker: Picker, parent: QObject):
        super().__init__(parent)
        self.picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picker.results:
            return self._results_key(event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.picker._search_key(event)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.picker.search.text().strip():
            event.accept()  # Enter picks here; the dialog's default button waits
            return True
        return False


    def _results_key(self, event: QEvent) -> bool:
        """Enter on a match in the list takes (or drops) it and goes no further: a list view
        passes Enter on after activating the item, which would also save the dialog."""
        if not isinstance(event, QKeyEvent) or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            item = self.picker.results.currentItem()
            if item is not None:
                self.picker._activated(item)
            return True
        return False


def suggested_for(captive_id: int | None, hearings: Iterable[Any] = ()) -> list[int]:
    """This captive first, then the co-defendants of their hearings."""
    ids = [captive_id] if captive_id is not None else []
    ids += [i for h in hearings for i in h.captive_ids]
    return list(dict.fromkeys(ids))
