"""A table's columns sized by what they hold, within the table's width: each as wide as its
longest value (up to ``widest``), the dates always whole, one column of free text taking what
is left, a width the lawyer gave a column by hand kept (:class:`KeptWidths`, until she asks
for the columns fitted again from the header's menu). Where the row is wider than the table
the columns give up width, none narrower than its title nor, where the room allows, its
longest word: with word wrap on, a long cell goes on more lines and no word ends in "…"; its
row is as tall as its lines and a margin (:class:`RoomyRows`). Columns also shown elsewhere
(``spare``) are hidden rather than words cut.

:func:`fit_columns` fits once (the captive's file fits each table when its rows come);
:class:`FittedColumns` fits a view's table again when its rows or its width change."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from caseapp.ui.literal_text import literal, within_a_tip
from caseapp.ui.widgets.rows_in_view import RowsInView
from caseapp.ui.widgets.watching import still_watching, watched

WORD_MARGIN = 8  # a cell's text margins (3 pixels a side), its grid line and a pixel more
PADDING = 8  # what a column is given beyond its contents' size hint
ROW_MARGIN = 3  # room above and below a cell's lines, so that no line meets the grid


class RoomyRows(QStyledItemDelegate):
    """Cells as the style draws them, each asking for ``ROW_MARGIN`` pixels above and below
    its text. The style's size hint for wrapped text is its lines' height and nothing more:
    a row of two lines was as tall as they are, the second line's descenders ("суд") on the
    grid line, where it read as cut. With ``lines`` a cell is never taller than that many
    lines: the style ends the last one in "…", and the cell's tooltip gives the whole text
    (a list of interventions at 1024 pixels went on five to nine lines a row).

    Over a model whose cells are text alone (``plain_cells``: no icon, no check box), a
    cell's size is kept by its text, font and width, and the screen's resolution the table
    is on (its logical DPI and device pixel ratio: a window moved to a screen of another
    scale lays its text out anew, and a size measured on the other screen would cut it): a
    table of wrapped rows measures every row again whenever a column is resized or a row
    selected, and the style's measure asks the model for seven roles each time.
    """

    wraps = True  # its cells go on more lines (the table's word wrap is on)
    KEPT = 20_000  # sizes kept before they are all forgotten

    def __init__(self, parent: QObject | None = None, *, lines: int | None = None):
        super().__init__(parent)
        self.lines = lines
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        key = self._size_key(option, index)
        kept = self._sizes.get(key) if key is not None else None
        if kept is not None:
            return QSize(kept)
        hint = super().sizeHint(option, index)
        if self.lines is not None:
            most = self.lines * QFontMetrics(option.font).lineSpacing()
            hint.setHeight(min(hint.height(), most))
        hint += QSize(0, 2 * ROW_MARGIN)
        if key is not None:
            if len(self._sizes) >= self.KEPT:
                self._sizes.clear()
            self._sizes[key] = QSize(hint)
        return hint

    @staticmethod
    def _size_key(option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> tuple[object, ...] | None:
        """What a text-only cell's size follows, or None where the model may draw more. The
        model is asked directly (``size_key``), not for two roles through its proxies."""
        model = index.model()
        while isinstance(model, QAbstractProxyModel) and isinstance(index, QModelIndex):
            index = model.mapToSource(index)
            model = index.model()
        key_of = getattr(model, "size_key", None)
        if not getattr(model, "plain_cells", False) or key_of is None or not index.isValid():
            return None
        text, font = key_of(index.row(), index.column())
        widget = option.widget  # (set by the view)
        screen = (widget.logicalDpiY(), widget.devicePixelRatioF()) if widget is not None else None
        return (text, (font or option.font).key(), option.rect.width(), screen)

    def cut_text(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> str:
        """The cell's whole text where it is cut in ``option.rect`` (else "")."""
        text = str(index.data() or "")
        if not text:
            return ""
        metrics = QFontMetrics(option.font)
        room = QRect(0, 0, max(1, option.rect.width() - WORD_MARGIN), 1 << 20)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap if self.wraps else 0, text)
        fits = needed.width() <= room.width() and needed.height() <= option.rect.height() - ROW_MARGIN
        return "" if fits else text

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = self.cut_text(option, index)
            if text:
                QToolTip.showText(event.globalPos(), literal(within_a_tip(text)), view)
                return True
        return super().helpEvent(event, view, option, index)


class OneLine(RoomyRows):
    """A column whose values never go on two lines (a phone number: "+000 00 000 / 0001"
    read as two numbers): as wide as its longest value where the room allows, else hidden
    (``spare``) or ending in "…", whole in its tooltip."""

    wraps = False

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class KeptWidths(QObject):
    """The widths the lawyer gave a table's columns by hand (column → pixels), which a fit
    keeps: one per table (:meth:`of`), for the session and, where the view saves its
    layout, across restarts (``views/<name>/<key>_kept``)."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.setObjectName("kept_widths")
        self.widths: dict[int, int] = {}

    @classmethod
    def of(cls, table: QTableView) -> KeptWidths:
        found = table.findChild(KeptWidths, "kept_widths",
                                Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, KeptWidths) else cls(table)

    def text(self) -> str:
        """As kept in the settings: "2:140,4:96"."""
        return ",".join(f"{c}:{w}" for c, w in sorted(self.widths.items()))

    def read(self, text: str) -> None:
        """From :meth:`text`; what does not read as a column and a width is left out."""
        self.widths = {}
        for pair in text.split(","):
            column, _, width = pair.partition(":")
            if column.strip().isdigit() and width.strip().isdigit() and int(width) > 0:
                self.widths[int(column)] = int(width)


def words_of(text: str) -> list[str]:
    """The words a wrapped cell keeps whole: a name's parts joined by hyphens count apart
    (the text goes on to a new line after a hyphen), an address, a file's name or a number
    with a hyphen (``info@fam-tad.example.org``, ``trial-notes.txt``) as one."""
    return [part for word in text.split()
            for part in (re.split(r"(?<=-)", word) if word.replace("-", "").isalpha() else [word])
            if part]


def longest_word(table: QTableView, column: int) -> int:
    """How wide the longest word of the column's cells is: a wrapped cell cuts no word when
    its column is at least this wide (plus its margins). A word joined by hyphens counts by
    its parts, as the text wraps after a hyphen (an 80-letter Տեր-…-… surname kept the whole
    width for itself, the Script beside it cut to «Հայա…»). A column drawn on one line
    (:class:`OneLine`) counts each value as one word."""
    model = table.model()
    metrics = table.fontMetrics()
    whole = isinstance(table.itemDelegateForColumn(column), OneLine)
    words = {w for row in range(model.rowCount())
             for text in (str(model.index(row, column).data() or ""),)
             for w in ([text] if whole else words_of(text))}
    return max((metrics.horizontalAdvance(w) for w in words), default=0)


# What the free text keeps, in average letters, before a column shown elsewhere is shown here.
FREE_TEXT_READ = 20


def fit_columns(table: QTableView, *, stretch: int, whole: Sequence[int] = (),
                widest: int = 260, spare: Sequence[int] = (),
                kept: Mapping[int, int] | None = None) -> None:
    """Size ``table``'s columns to its rows and width. ``stretch``: the free text, which
    takes the width left (its header in Stretch mode) and keeps a third of the room (what it
    needs when less), or less so that no word of the others is cut, down to its own longest
    word; ``whole``: columns always as wide as their values (ResizeToContents: dates);
    ``spare``: hidden, the first first, while the others' longest words cannot all be whole;
    ``kept``: widths the lawyer gave columns by hand, kept as they are (and shown), none
    narrower than its title."""
    header = table.horizontalHeader()
    kept = {c: max(w, header.sectionSizeHint(c))  # never narrower than its title (a width
            for c, w in (kept or {}).items()      # kept under English, titles longer in hy)
            if 0 <= c < header.count() and c != stretch and c not in whole}
    for column, size in kept.items():
        table.setColumnHidden(column, False)
        header.resizeSection(column, size)
    spare = [c for c in spare if c not in kept]
    columns = [c for c in range(header.count())
               if c != stretch and c not in whole and c not in kept]
    for column in spare:
        table.setColumnHidden(column, False)
    widths: dict[int, int] = {}
    titles: dict[int, int] = {}  # no column narrower than its title
    words: dict[int, int] = {}  # nor, where there is room, than its longest word
    for column in columns:
        if table.isColumnHidden(column):
            continue
        table.resizeColumnToContents(column)
        # (a title wider than ``widest`` whole too: «Խնդիրներ և հավանական» was cut at 200)
        widths[column] = max(min(header.sectionSize(column) + PADDING, widest),
                             header.sectionSizeHint(column))
        titles[column] = min(widths[column], max(header.minimumSectionSize(),
                                                 header.sectionSizeHint(column)))
        words[column] = min(widths[column], max(titles[column],
                                                longest_word(table, column) + WORD_MARGIN))
    free_text = min(max(table.sizeHintForColumn(stretch), header.sectionSizeHint(stretch))
                    + PADDING, 2 * widest)
    # as if the vertical scroll bar were there: rows may come, or grow, after the fit
    width = max(table.viewport().width() - (0 if table.verticalScrollBar().isVisible()
                                            else table.verticalScrollBar().sizeHint().width()),
                200)  # not yet laid out: fitted again once it is
    room = width - sum(header.sectionSize(c) for c in (*whole, *kept) if not table.isColumnHidden(c))
    free_word = longest_word(table, stretch) + WORD_MARGIN
    # a column shown elsewhere never leaves the free text fewer than FREE_TEXT_READ letters
    # (the documents' SHA-256 came back beside the folded list of views and left a title
    # of 104 pixels in Armenian)
    free_least = max(free_word, min(free_text, FREE_TEXT_READ * table.fontMetrics().averageCharWidth()))
    for column in spare:  # shown elsewhere: hidden rather than words cut
        if sum(words.values()) + free_least <= room:
            break
        table.setColumnHidden(column, True)
        for sizes in (widths, titles, words):
            sizes.pop(column, None)
    free_room = min(free_text, room // 3)
    if sum(words.values()) > room - free_room:
        free_room = max(room - sum(words.values()), free_word)
    others = room - max(free_room, free_word)
    if widths and sum(widths.values()) > others:
        # the longest words whole where they fit, else as near as the room allows
        above = sum(words.values()) - sum(titles.values())
        ratio = min(1.0, max(0.0, (others - sum(titles.values())) / above)) if above else 1.0
        floors = {c: titles[c] + int((words[c] - titles[c]) * ratio) for c in widths}
        # each its floor, and what is left shared in proportion to what each lacks
        lacking = {c: widths[c] - floors[c] for c in widths}
        left = max(0, others - sum(floors.values()))
        for column in widths:
            widths[column] = floors[column] + left * lacking[column] // max(1, sum(lacking.values()))
    for column, size in widths.items():
        header.resizeSection(column, size)


def wrap_rows(table: QTableView, *, lines: int | None = None) -> None:
    """A cell too long for its column goes on more lines, its row as tall as it needs (at
    most ``lines`` lines, the last ending in "…" and the whole text in its tooltip)."""
    table.setWordWrap(True)
    table.setItemDelegate(RoomyRows(table, lines=lines))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if table.findChild(RowsInView) is None:  # a long table: its rows measured as they are seen
        RowsInView(table)


class FittedColumns(QObject):
    """Fits a view's ``table`` (see :func:`fit_columns`) when its rows change and when its
    width does, on the next turn of the event loop (many changes, one fit). A width the user
    gives a column by dragging its edge is kept through every later fit (a refresh, a
    filter) until she chooses "Fit columns to contents" in the header's context menu. Long
    cells wrap; the stretching column's header is set to Stretch and the ``whole`` ones to
    ResizeToContents."""

    def __init__(self, table: QTableView, *, stretch: int, whole: Sequence[int] = (),
                 widest: int = 260, spare: Sequence[int] = (), one_line: Sequence[int] = (),
                 lines: int | None = None):
        """``one_line``: columns whose values never wrap (:class:`OneLine`); ``lines``: no
        row taller than that many lines (see :class:`RoomyRows`)."""
        super().__init__(table)
        self.stretch, self.whole = stretch, tuple(whole)
        self.widest, self.spare = widest, tuple(spare)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in self.whole:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(table, lines=lines)
        for column in one_line:
            table.setItemDelegateForColumn(column, OneLine(table, lines=lines))
        self.kept = KeptWidths.of(table)
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._width = -1  # the width fitted to; -1: fit when shown
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self._rows_changed)
        table.installEventFilter(self)

    @property
    def table(self) -> QTableView:
        """The table fitted: its parent (see :func:`caseapp.ui.widgets.watching.watched`)."""
        return watched(self, QTableView)

    def _rows_changed(self, *_args: object) -> None:
        self._width = -1
        self._later.start()

    def eventFilter(self, watched_object: QObject, event: QEvent) -> bool:
        table = self.parent()
        if not still_watching(self, "_width") or not isinstance(table, QTableView):
            return False  # (its table being taken apart)
        if watched_object is table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) \
                and table.width() != self._width:
            self._later.start()
        return False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        """A column resized outside a fit, by its edge (the only columns the user can drag
        are Interactive ones), is hers."""
        header = self.table.horizontalHeader()
        if not self._fitting and new > 0 and not header.isSectionHidden(column) \
                and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self.kept.widths[column] = new

    def header_menu(self) -> QMenu:
        """The header's context menu: "Fit columns to contents" (while a width is kept)."""
        menu = QMenu(self.table)
        action = menu.addAction(self.tr("Fit columns to contents"))
        action.setObjectName("fit_columns_to_contents")
        action.setToolTip(self.tr("Forget the widths you gave the columns and size each "
                                  "by what it holds"))
        action.setEnabled(bool(self.kept.widths))
        action.triggered.connect(self.reset)
        return menu

    def _header_menu(self, position: QPoint) -> None:
        menu = self.header_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def reset(self) -> None:
        """Forget the widths given by hand and fit every column to what it holds again."""
        self.kept.widths.clear()
        self._width = -1
        self.fit()

    def fit(self) -> None:
        if not self.table.isVisible():
            return  # fitted when shown (its width is -1): the width is known then
        self._width = self.table.width()
        self._fitting = True
        try:
            fit_columns(self.table, stretch=self.stretch, whole=self.whole, widest=self.widest,
                        spare=self.spare, kept=self.kept.widths)
        finally:
            self._fitting = False

