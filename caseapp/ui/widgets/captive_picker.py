"""Picking captives by typing part of a name, in any script, in a file of any size.

:class:`CaptivePicker` is a search field over a short list of matches, fed by the case
file's cross-script search (``Vardanian`` finds ``Վարդանյան`` and ``Варданян``) off the UI
thread; it never lists more than ``limit`` people, so a file of 100,000 captives opens as
fast as one of ten. The people chosen stand above the field, each with a button that removes
them (several for co-defendants, one where a single captive is picked).

Keys: type to search; Up / Down move in the matches without leaving the field; Enter takes
the highlighted match (and selects the typed text, ready for the next name); with an empty
field Enter is the dialog's as usual. The mouse: a double click takes a match; where one
captive is picked, so does a single click; where several are, their boxes tick them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.services.search import CaptiveMatch, CaptiveMatches
from caseapp.ui.formats import number
from caseapp.ui.i18n import plural
from caseapp.ui.literal_text import literal
from caseapp.ui.widgets.captive_picker_parts import (
    CaptiveSource,
    ChosenCaptive,
    PickerKeys,
    in_shown_order,
    match_label,
    match_tooltip,
    suggested_for,
)
from caseapp.ui.widgets.focus_order import tab_before
from caseapp.ui.widgets.screen_room import keep_on_screen, room_for

ID_ROLE = Qt.ItemDataRole.UserRole
SPACING = 3  # pixels between the chosen, the field, the list and the hint


translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call

__all__ = ["CaptivePicker", "CaptiveSource", "match_label", "match_tooltip", "suggested_for"]


class CaptivePicker(QWidget):
    """Choose one captive (``multi=False``) or several. ``value()`` is the id (or None) or
    the list of ids, in the order they were chosen; ``changed`` fires on every change."""

    changed = Signal()
    searched = Signal()  # matches shown for the latest text (tests wait on it)

    def __init__(self, source: CaptiveSource, parent: QWidget | None = None, *,
                 multi: bool = True, limit: int = 50, optional: bool = True):
        super().__init__(parent)
        self.setObjectName("captive_picker")
        self.source = source
        self.multi = multi
        self.optional = optional
        self.limit = limit
        self.chosen: dict[int, CaptiveMatch | None] = {}  # None: name still being read
        self.total: int | None = None  # captives matching the latest search
        self._suggested: list[CaptiveMatch] = []
        self._key = f"captive_picker_{id(self)}"

        self.chosen_box = QWidget(self)
        self.chosen_box.setObjectName("captives_chosen")
        self.chosen_layout = QVBoxLayout(self.chosen_box)
        self.chosen_layout.setContentsMargins(0, 0, 0, 0)
        self.chosen_layout.setSpacing(0)
        self.none_label = QLabel(translate("CaptivePicker", "No one chosen yet.") if multi
                                 else translate("CaptivePicker", "No captive chosen."),
                                 self.chosen_box)
        self.none_label.setStyleSheet("color: palette(placeholder-text);")
        self.chosen_layout.addWidget(self.none_label)
        self.search = QLineEdit(self)
        self.search.setObjectName("captive_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("CaptivePicker", "Type part of a name, in any script"))
        self.search.textChanged.connect(self._typed)
        self._keys = PickerKeys(self, self)
        self.search.installEventFilter(self._keys)
        self.results = QListWidget(self)
        self.results.setObjectName("captive_results")
        self.results.setAccessibleName(translate("CaptivePicker", "Captives matching the search"))
        self.results.setUniformItemSizes(True)
        self.results.setMaximumHeight(150)
        # Five matches at least, whatever room the dialog has (its minimum follows, so the
        # list never overlaps what is below it); a long name is elided, whole in its tooltip.
        self.results.setMinimumHeight(min(150, self.results.fontMetrics().lineSpacing() * 5
                                          + 2 * self.results.frameWidth() + 4))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(self._activated)
        self.results.installEventFilter(self._keys)
        self.results.itemChanged.connect(self._ticked)
        self._clicked: CaptiveMatch | None = None
        self._click = QTimer(self, singleShot=True)
        self._click.timeout.connect(self._take_clicked)
        if not multi:
            self.results.itemClicked.connect(self._clicked_once)
        self.hint = QLabel(self)
        self.hint.setObjectName("captive_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.chosen_box)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        # As tall as their contents, never taller: a dialog's spare height went to the empty
        # hint and the chosen names, a blank band between the list and the next field.
        for part in (self.chosen_box, self.hint):
            policy = part.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
            part.setSizePolicy(policy)
        self.setFocusProxy(self.search)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._run_search)
        self._filling = False
        self._first_read()

    # -- value --
    def value(self) -> list[int] | int | None:
        ids = list(self.chosen)
        if self.multi:
            return ids
        return ids[0] if ids else None

    def set_value(self, value: Sequence[int] | int | None) -> None:
        ids = [value] if isinstance(value, int) else list(value or ())
        if not self.multi:
            ids = ids[:1]
        self.chosen = {i: None for i in ids}
        if ids:
            self._name_chosen(ids)
        self._show_chosen()
        self._mark_results()

    def add(self, match: CaptiveMatch) -> None:
        if not self.multi:
            self.chosen.clear()
        self.chosen[match.id] = match
        self._show_chosen()
        self._mark_results()
        self.changed.emit()

    def remove(self, captive_id: int) -> None:
        if self.chosen.pop(captive_id, "absent") == "absent":
            return
        self._show_chosen()
        self._mark_results()
        self.changed.emit()
        self.search.setFocus()

    # -- reading: the first read here, the searches in the background --
    def _first_read(self) -> None:
        """What the picker offers before anything is typed, read as it is built (a count and
        at most ``limit`` names): the dialog opens laid out with its hint's final text, or
        with none, and does not grow once shown (read later, the hint grew it by lines)."""
        try:
            if self.source.suggested:
                self._suggested = self.source.by_id(self.source.suggested)
            found = self.source.find("", self.limit)
        except Exception as exc:  # noqa: BLE001 - said as a failed search says it
            self.hint.setText(str(exc))
            self._show_results()
            return
        self._show_matches(found)

    def _name_chosen(self, ids: Sequence[int]) -> None:
        """The names of the chosen, read now: shown whole as the dialog opens."""
        try:
            found = self.source.by_id(ids)
        except Exception:  # noqa: BLE001 - the chosen stay "Captive <id>"
            return
        for m in found:
            if m.id in self.chosen and self.chosen[m.id] is None:
                self.chosen[m.id] = m

    def _typed(self, _text: str) -> None:
        self._show_results()
        self._timer.start()

    def _run_search(self) -> None:
        query, source, limit = self.search.text(), self.source, self.limit

        def done(found: CaptiveMatches) -> None:
            if shiboken6.isValid(self):
                self._show_matches(found)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.results.clear()
                self.hint.setText(str(exc))
                self._show_results()

        self.source.ui.runner.submit(lambda: source.find(query, limit), done, failed,
                                     key=self._key)

    def _show_matches(self, found: CaptiveMatches) -> None:
        self.total = total = found.total  # (lupdate reads only a plain name as a count)
        if not found.query.strip():
            if found.total > self.limit:
                self._fill(self._suggested)
                self.hint.setText(plural(translate("CaptivePicker", "Type part of a name to find one of the %Ln "
                                            "captive(s) of this case file.", "", total), total))
            else:
                self._fill(in_shown_order(found.captives))
                self.hint.setText(translate("CaptivePicker", "No captives in this case file yet.") if not found.total
                                  else "")
        elif not found.captives:
            self._fill([])
            self.hint.setText(translate("CaptivePicker", "No captive's name matches “%1”.").replace("%1", found.query))
        else:
            self._fill(in_shown_order(found.captives), found.query)
            shown = len(found.captives)
            self.hint.setText("" if shown >= found.total else plural(
                translate("CaptivePicker", "The first %1 of %Ln match(es): type more of the name.", "", total),
                found.total).replace("%1", number(shown)))
        self._show_results()  # the hint may take more lines
        self.searched.emit()

    # -- the matches --
    def _fill(self, matches: Iterable[CaptiveMatch], query: str = "") -> None:
        self._filling = True
        self.results.clear()
        for m in matches:
            item = QListWidgetItem(match_label(m, query), self.results)
            item.setData(ID_ROLE, m.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, m)
            item.setToolTip(literal(match_tooltip(m)))
            if self.multi:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self._filling = False
        self._mark_results()
        if self.results.count():
            self.results.setCurrentRow(0)

    def _mark_results(self) -> None:
        if not self.multi:
            return
        self._filling = True
        for i in range(self.results.count()):
            item = self.results.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in self.chosen
                               else Qt.CheckState.Unchecked)
        self._filling = False

    def _match_of(self, item: QListWidgetItem) -> CaptiveMatch:
        return item.data(Qt.ItemDataRole.UserRole + 1)

    def _clicked_once(self, item: QListWidgetItem) -> None:
        """One captive to pick: a click on a match takes it (the highlighted first match
        looked chosen while "No captive chosen" stood above it). Taken once a double click's
        time has passed: the list then hides, and a double click's second click would land on
        whatever moved up under the pointer."""
        match = self._match_of(item)
        if match.id in self.chosen:  # (a double click's second release clicks it again)
            return
        self._clicked = match
        self._click.start(QApplication.doubleClickInterval())

    def _take_clicked(self) -> None:
        if self._clicked is not None:
            self.add(self._clicked)
            self._clicked = None

    def _activated(self, item: QListWidgetItem) -> None:
        self._click.stop()  # a double click (or a style's single-click activation) takes it now
        self._clicked = None
        match = self._match_of(item)
        if self.multi and match.id in self.chosen:
            self.remove(match.id)
        else:
            self.add(match)

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling or not self.multi:
            return
        match = self._match_of(item)
        if item.checkState() == Qt.CheckState.Checked and match.id not in self.chosen:
            self.add(match)
        elif item.checkState() != Qt.CheckState.Checked and match.id in self.chosen:
            self.remove(match.id)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        count = self.results.count()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
            step = 1 if key == Qt.Key.Key_Down else -1
            row = min(count - 1, max(0, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
            item = self.results.currentItem()
            if item is not None:
                match = self._match_of(item)
                if match.id not in self.chosen or not self.multi:
                    self.add(match)
                if self.multi:
                    self.search.selectAll()  # ready for the next name
                else:
                    self.search.clear()
            return True
        return False

    # -- the chosen --
    def _show_chosen(self) -> None:
        while self.chosen_layout.count() > 1:
            item = self.chosen_layout.takeAt(1)
            row = item.widget() if item is not None else None
            if row is not None:
                row.hide()
                row.deleteLater()
        for cid, match in self.chosen.items():
            text = match_label(match) if match else translate("CaptivePicker", "Captive %1").replace("%1", str(cid))
            tip = match_tooltip(match) if match else ""
            row = ChosenCaptive(self, self, cid, text, tip)
            row.remove.setVisible(self.multi or self.optional)
            self.chosen_layout.addWidget(row)
            # Tab reaches its Remove where it is seen, above the search (it came after the
            # dialog's Save and Cancel, made after them)
            tab_before(self.search, row.remove)
        self.none_label.setVisible(not self.chosen)
        self._show_results()

    def _show_results(self) -> None:
        """One captive to pick and one chosen: the matches show only while searching."""
        searching = bool(self.search.text().strip())
        self.results.setVisible(self.multi or searching or not self.chosen)
        # with nothing to say the hint takes no line: no blank band under the list
        self.hint.setVisible((self.multi or searching or not self.chosen) and bool(self.hint.text()))
        QTimer.singleShot(0, self, self._fit_window)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # As its window is shown, laid out but not yet on the screen: it opens with the list
        # at the height it likes (as the room allows) and the names whole, the height it keeps.
        self._fit_window(self.heightForWidth(self.width()))

    def _fit_window(self, wanted: int | None = None) -> None:
        """Grow the dialog by what the picker lacks of ``wanted`` (as it opens), or later of
        its least, when the names or the hint wrap onto more lines: Qt sizes a window by its
        layout's minimum, which leaves wrapped text out, so the list would overlap the hint
        or the fields below."""
        window = self.window()
        if window is self or not self.isVisible():
            return
        # Only what the window's other contents cannot give up: a letter's window 720 pixels
        # tall, its fields' box stretching, grew by a line whenever a captive was chosen
        # (the picker not yet laid out again), to 734 pixels in Russian and taller.
        spare = max(0, window.height() - window.minimumSizeHint().height())
        lacking = (wanted or self._least_height()) - self.height() - spare
        self.updateGeometry()
        if lacking > 0:
            room = room_for(window)  # with its title bar, on the screen
            tallest = room.height() if room is not None else 0
            window.resize(window.width(), min(window.height() + lacking,
                                              max(tallest, window.height())))
            keep_on_screen(window)  # grown downwards past the screen's foot: moved up

    def _least_height(self) -> int:
        """The height the picker cannot do without at its width: the chosen names and the
        hint on all their lines, the field, the list at its least (not at the 150 pixels it
        would like: a dialog opened at its least grew by them once shown)."""
        parts = [p for p in (self.chosen_box, self.search, self.results, self.hint) if not p.isHidden()]
        width = self.width()
        return sum(p.heightForWidth(width) if p.hasHeightForWidth()
                   else max(p.minimumHeight(), p.minimumSizeHint().height()) for p in parts) \
            + SPACING * max(0, len(parts) - 1)

    def chosen_names(self) -> list[str]:
        """The chosen as they read above the field (for tests and accessibility)."""
        items = (self.chosen_layout.itemAt(i) for i in range(1, self.chosen_layout.count()))
        rows = [item.widget() for item in items if item is not None]
        return [r.label.text() for r in rows if isinstance(r, ChosenCaptive)]
