"""A table's columns kept within the table's width: the stretching column (a subject) keeps
a readable least width, columns whose text is whole in a tooltip give up width first (their
text elided), and one column also listed elsewhere is hidden only when even that is not
enough. Shown again, as wide as before, when the table is wider."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class SqueezedColumns(QObject):
    """Fits ``table``'s columns each time it is resized. ``squeeze``: the columns that may be
    narrowed (first the first), no narrower than ``least_chars`` characters nor their
    title; ``hide``: the column (one of ``squeeze``) hidden when the others would not fit;
    ``stretch``: the column that takes what is left, at least ``stretch_chars`` wide."""

    def __init__(self, table: QTableView, *, stretch: int, squeeze: Sequence[int], hide: int,
                 least_chars: int = 10, stretch_chars: int = 16):
        super().__init__(table)
        self.table, self.stretch, self.squeeze, self.hide = table, stretch, tuple(squeeze), hide
        self.least_chars, self.stretch_chars = least_chars, stretch_chars
        header = table.horizontalHeader()
        self.wanted = {c: header.sectionSize(c) or header.defaultSectionSize() for c in self.squeeze}
        self._fitting = False
        header.sectionResized.connect(self._resized_by_user)
        table.installEventFilter(self)

    def _resized_by_user(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self.wanted and new > 0:
            self.wanted[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        # as if the vertical scroll bar were there: rows may come after the resize
        available = table.contentsRect().width() - table.verticalScrollBar().sizeHint().width()
        fixed = sum(header.sectionSize(c) for c in range(header.count())
                    if c != self.stretch and c not in self.squeeze and not header.isSectionHidden(c))
        room = available - fixed - char * self.stretch_chars
        least = {c: min(self.wanted[c], max(char * self.least_chars, header.sectionSizeHint(c)))
                 for c in self.squeeze}
        hidden = sum(least.values()) > room
        widths = {c: self.wanted[c] for c in self.squeeze if not (hidden and c == self.hide)}
        for column in widths:  # narrowed in turn, each down to its least width
            excess = sum(widths.values()) - room
            if excess <= 0:
                break
            widths[column] = max(least[column], widths[column] - excess)
        self._fitting = True
        try:
            header.setSectionHidden(self.hide, hidden)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
