"""The main window's sidebar: the list of views. A title longer than the sidebar is wide
(Armenian and Russian titles are longer than English ones) goes on to a second line rather
than being cut, and the sidebar never scrolls sideways.

In a narrow window (a small laptop's 1024 pixels) the sidebar folds to a column of icons,
each view's name in its tooltip and read out as before: its 240 pixels go to the view (a
deadline's title had two or three words). View → Names of the Case File's Parts shows the
names again (also the sidebar's context menu); that choice is kept and wins over the width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QListWidget,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

NARROWEST, WIDEST = 235, 300
ICON = 20
FOLDED = ICON + 2 * 13  # the width of the column of icons
FOLD_BELOW = 1200  # a window narrower than this folds the sidebar (unless the lawyer chose)
NAMES_KEY = "window/view_names"  # "shown" or "hidden" once chosen; unset: by the width


def make_sidebar(parent: QWidget) -> QListWidget:
    nav = QListWidget(parent)
    nav.setObjectName("navigation")
    nav.setMinimumWidth(NARROWEST)
    nav.setMaximumWidth(WIDEST)
    nav.setIconSize(QSize(ICON, ICON))
    nav.setWordWrap(True)
    nav.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again at each new width
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setStyleSheet(style_sheet(folded=False))
    return nav


def style_sheet(*, folded: bool) -> str:
    """The sidebar's look: its names at 11 points; folded, each icon in the middle."""
    padding = "7px 0px" if folded else "7px 0px 7px 6px"
    return ("QListWidget#navigation { font-size: 11pt; border: none; "
            "background: palette(window); }"
            f"QListWidget#navigation::item {{ padding: {padding}; }}")


class IconsOnly(QStyledItemDelegate):
    """A view's row drawn as its icon alone, centred; its name is in its tooltip (the
    item's text is kept: a screen reader reads it, and Ctrl+1 … Ctrl+7 still follow it)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The row's background (chosen, under the mouse) as the style draws it, then its
        icon in the middle: no text, no focus frame round an empty text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        icon = QIcon(opt.icon)
        opt.text, opt.icon = "", QIcon()
        opt.features &= ~(QStyleOptionViewItem.ViewItemFeature.HasDisplay
                          | QStyleOptionViewItem.ViewItemFeature.HasDecoration)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        place = QRect(0, 0, ICON, ICON)
        place.moveCenter(opt.rect.center())
        icon.paint(painter, place, Qt.AlignmentFlag.AlignCenter,
                   QIcon.Mode.Selected if selected else QIcon.Mode.Normal)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(FOLDED, ICON + 16)  # (not the height of the name wrapped in the width)


class SidebarFolding(QObject):
    """Folds ``nav`` (the left pane of ``splitter``) to its icons while ``window`` is
    narrower than :data:`FOLD_BELOW`, or always or never once the lawyer chose with
    :attr:`action` (kept in ``settings``)."""

    def __init__(self, window: QWidget, nav: QListWidget, splitter: QSplitter, settings: QSettings):
        super().__init__(window)
        self.window, self.nav, self.splitter, self.settings = window, nav, splitter, settings
        self.names_width = 240  # the sidebar's width while its names show
        self._icons = IconsOnly(nav)
        self._plain = nav.itemDelegate()
        self.action = QAction(self.tr("&Names of the Case File's Parts"), window)
        self.action.setObjectName("view_names")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show each part of the case file by its name beside its "
                                       "icon, or by its icon alone: its name shows when the "
                                       "pointer rests on it"))
        self.action.setChecked(True)
        self.action.triggered.connect(self._chosen)
        nav.addAction(self.action)  # its context menu
        nav.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        splitter.installEventFilter(self)  # resized after the window: its sizes are the new ones

    @property
    def folded(self) -> bool:
        return not self.action.isChecked()

    def _chosen(self, shown: bool) -> None:
        self.settings.setValue(NAMES_KEY, "shown" if shown else "hidden")
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        """Fold or unfold as chosen, else as the window's width asks."""
        chosen = self.settings.value(NAMES_KEY)
        fold = chosen == "hidden" if chosen in ("shown", "hidden") \
            else self.window.width() < FOLD_BELOW
        if fold == (self.nav.itemDelegate() is self._icons):
            self.action.setChecked(not fold)
            return
        self.action.setChecked(not fold)
        sizes = self.splitter.sizes()
        if fold:
            if sizes and sizes[0] > 0:
                self.names_width = sizes[0]
            self.nav.setItemDelegate(self._icons)
            self.nav.setStyleSheet(style_sheet(folded=True))
            self.nav.setMinimumWidth(FOLDED)
            self.nav.setMaximumWidth(FOLDED)
            width = FOLDED
        else:
            self.nav.setItemDelegate(self._plain)
            self.nav.setStyleSheet(style_sheet(folded=False))
            self.nav.setMinimumWidth(NARROWEST)
            self.nav.setMaximumWidth(WIDEST)
            width = max(NARROWEST, min(WIDEST, self.names_width))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setToolTip(item.text() if fold else "")
        if len(sizes) == 2:
            self.splitter.setSizes([width, sizes[0] + sizes[1] - width])
        self.nav.doItemsLayout()

    def set_tooltips(self) -> None:
        """The names in the tooltips of the items just added, while folded."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setToolTip(item.text() if self.folded else "")
