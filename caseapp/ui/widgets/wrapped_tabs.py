"""A tab widget whose titles go on as many lines as the width needs: at 1024 pixels in
Armenian or Russian the ten parts of a captive's file did not fit one line, and Qt's tab bar
then scrolls, the last title cut under its arrows. Here every title is read whole, none
moves when another is chosen, and the tab widget's own calls (``addTab``, ``setTabText``,
``setCurrentIndex``, ``currentChanged``, Ctrl+Tab) work as before."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QStackedWidget, QTabWidget, QToolButton, QWidget

from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.focus_order import tab_before


class WrappedTabs(QTabWidget):
    """A :class:`QTabWidget` without its one-line tab bar: its titles are buttons in
    :attr:`strip`, a widget of their own that the owner puts above the tabs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.tabBar().hide()
        # the hidden bar took the focus given to the tabs (Ctrl+Tab, shortcuts): the tabs
        # take it themselves now; Tab reaches the titles in the strip
        self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes None (no proxy): the stub does not
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip = QWidget(parent)
        self.strip.setObjectName("tab_titles")
        self._flow = FlowLayout(self.strip, spacing=2)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.setCurrentIndex)
        self.currentChanged.connect(self._check)

    def button(self, index: int) -> QToolButton:
        """The title the lawyer clicks to show tab ``index``."""
        found = self._group.button(index)
        assert isinstance(found, QToolButton)
        return found

    def minimumSizeHint(self) -> QSize:
        """Its pages' least size: Qt adds its hidden tab bar's."""
        return self._pages(super().minimumSizeHint(), QWidget.minimumSizeHint)

    def sizeHint(self) -> QSize:
        return self._pages(super().sizeHint(), QWidget.sizeHint)

    def _pages(self, qt: QSize, measure: object) -> QSize:
        stack = self.findChild(QStackedWidget)
        if stack is None:
            return qt
        size = QSize(0, 0)
        for index in range(self.count()):
            page = self.widget(index)
            if page is None:
                continue
            size = size.expandedTo(page.minimumSizeHint() if measure is QWidget.minimumSizeHint
                                   else page.sizeHint())
        return QSize(qt.width(), size.height())

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._rebuild()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self._rebuild()

    def setTabText(self, index: int, text: str) -> None:
        super().setTabText(index, text)
        if self._group.button(index) is not None:
            self.button(index).setText(text)

    def setTabToolTip(self, index: int, tip: str) -> None:
        super().setTabToolTip(index, tip)
        if self._group.button(index) is not None:
            self.button(index).setToolTip(tip)

    def _rebuild(self) -> None:
        for old in self._group.buttons():
            self._group.removeButton(old)
            self._flow.removeWidget(old)
            old.deleteLater()
        for index in range(self.count()):
            button = QToolButton(self.strip)
            button.setObjectName(f"tab_title_{index}")
            button.setText(self.tabText(index))
            button.setToolTip(self.tabToolTip(index))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._group.addButton(button, index)
            self._flow.addWidget(button)
            # Tab reaches the titles before the page they show, as they read (made after the
            # pages, they came after all of a page: the header, the page, then the titles)
            tab_before(self, button)
        self._check(self.currentIndex())

    def _check(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)
        # Tab stops at the title of the tab shown, as on a tab bar (it stopped at the first
        # title, "Profile", whichever tab was shown); the arrows go to the others
        for title in self._group.buttons():
            title.setFocusPolicy(Qt.FocusPolicy.TabFocus if title is button
                                 else Qt.FocusPolicy.NoFocus)
