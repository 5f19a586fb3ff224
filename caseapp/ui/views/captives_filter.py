"""The captives list's filter bar: the search by name and notes in any script (run off the
UI thread, a moment after the last key), the status list and the count of captives shown.

The statuses read as the list's cells say them, short («Под стражей до суда», «Նախնական
կալանք»), each item's tooltip the whole status; they filter by the same status codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.found_by import FoundBy
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label, short_status_label
from caseapp.ui.session import UiContext
from caseapp.ui.views.formatters import number
from caseapp.ui.widgets.field_texts import name_from_placeholder, placeholder_whole

if TYPE_CHECKING:  # (the services and SQLAlchemy are imported once a file is open)
    from caseapp.services.search_why import FoundCaptives

SEARCH_DELAY_MS = 250
CUSTODY = "custody"  # the status list's choice of every status in custody

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


class CaptivesFilterBar(QWidget):
    """``changed`` fires when the status chosen or the captives found change: read them with
    :meth:`statuses` and ``matches`` (None: no search, every captive)."""

    changed = Signal()

    def __init__(self, ui: UiContext, report_error: Callable[[BaseException], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.report_error = report_error
        self.matches: list[int] | None = None
        # What the first captives found were found by, and the search that found them
        self.found_by: dict[int, FoundBy] = {}
        self.query = ""
        self.search = QLineEdit(self)
        self.search.setObjectName("captives_search")
        self.search.setPlaceholderText(translate("CaptivesView", "Search names and notes in any script (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        name_from_placeholder(self.search)
        placeholder_whole(self.search)  # the status list gives up width first
        self.status = QComboBox(self)
        self.status.setObjectName("captives_status")
        self.status.setAccessibleName(translate("CaptivesView", "Filter by status"))  # not its item
        self.status.addItem(translate("CaptivesView", "All statuses"), None)
        self.status.addItem(translate("CaptivesView", "In custody"), CUSTODY)
        for member in CaptiveStatus:  # as the cells say it, the whole status in the tooltip
            self.status.addItem(short_status_label(member, None), member)
            self.status.setItemData(self.status.count() - 1, label(member), Qt.ItemDataRole.ToolTipRole)
        # closed, as wide as 20 letters (its first choices whole), so that the search's
        # example keeps its room; open, every status whole
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(20)
        self.status.view().setMinimumWidth(self.status.view().sizeHintForColumn(0) + 24)
        self.count = QLabel(self)
        self.count.setObjectName("captives_count")
        # «2 (ընդամենը՝ 26)» beside the search and the statuses: on two lines where the row is
        # short, not cut at the window's edge with the list scrolled sideways
        self.count.setWordWrap(True)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumHeight(2 * self.count.fontMetrics().lineSpacing())
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def statuses(self) -> list[CaptiveStatus] | None:
        """The statuses chosen (None: every one)."""
        choice = self.status.currentData()
        if choice is None:
            return None
        if choice == CUSTODY:
            return [s for s in CaptiveStatus if s.in_custody]
        return [choice]

    def show_count(self, shown: int, total: int) -> None:
        if shown != total:
            text = translate("CaptivesView", "%1 of %2").replace("%1", number(shown)).replace("%2", number(total))
        else:
            text = plural(translate("CaptivesView", "%Ln captive(s)", "", total), total)
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def searching(self) -> bool:
        """Whether a search is typed (its rows, or its first results, shown or on the way)."""
        return bool(self.search.text().strip())

    def search_again(self) -> None:
        """Run the search typed again (a record changed: what it finds, and why, may too)."""
        if self.searching():
            self._run_search()

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self.matches, self.found_by, self.query = None, {}, ""
            self.changed.emit()
            return
        search = self.ui.case_file.search
        self.ui.runner.submit(lambda: (query, search.captives_found(query)), self._searched,
                              self.report_error, key="captive_search")

    def _searched(self, searched: tuple[str, FoundCaptives]) -> None:
        self.query, found = searched
        self.matches, self.found_by = found.ids, found.found_by
        self.changed.emit()
