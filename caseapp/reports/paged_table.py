"""A table of many rows laid out a page at a time.

reportlab splits a table at the end of a page by building a new table of every row left, and
measures rows again in each new table: a table of N rows over P pages costs about N × P (the
10,000 captives of a status report took 16 s), and a dossier's cells were each wrapped three
to five times. :class:`PagedTable` keeps the rows itself, hands reportlab a table of only as
many of them as the page can hold, lets reportlab choose where the page ends, and remembers
every row's height once measured: each cell is measured about once and drawn once. The pages
are reportlab's own (the same rows on each, the header row repeated, the stripes starting
again on each page), except that on a continued page the header's rule is no longer
overdrawn by the thin rule reportlab carried over from the row above the page break.

A row taller than a page (a note pasted whole from a long report), which reportlab cannot
place (the document failed), is split between its lines where it begins and goes on under
the header on the next pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, Table, TableStyle

# Rows handed to reportlab at first; doubled while they do not fill the space left, and on
# the next page half as many again as fitted on this one.
FIRST_WINDOW = 40
TALLER_THAN_ANY_PAGE = 2000.0  # points (A4 is 842 high, A3 1191)


class PagedTable(Flowable):
    """``header`` rows (repeated on every page) and ``rows``, in reportlab tables (LongTable:
    measured only as far as the page) with ``col_widths`` and the style ``commands``. Row
    numbers in the commands count the header rows and every row of the whole table, negative
    ones from its end, as for a single table; on each page a command applies to the rows of
    it that are there. ``keep_whole``: a short table (a few label/value lines) goes whole to
    the next page rather than be split between its rows, unless it is taller than a page."""

    def __init__(self, header: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
                 col_widths: Sequence[float], commands: Sequence[tuple[Any, ...]] = (), *,
                 keep_whole: bool = False):
        super().__init__()
        self.header = [list(r) for r in header]
        self.rows = rows
        self.col_widths = list(col_widths)
        self.commands = list(commands)
        self.hAlign = "LEFT"
        self.keep_whole = keep_whole
        self.first = 0  # the first of ``rows`` still to be laid out
        # Row heights once measured, by row number in the whole table (the widths never change).
        self._heights: dict[int, float] = {}
        self._built: Table | None = None
        self._stop = 0  # the rows of ``_built`` end before this one
        self._wrapped: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._window = FIRST_WINDOW

    @property
    def rows_left(self) -> int:
        return len(self.rows) - self.first

    def setStyle(self, style: TableStyle | Sequence[tuple[Any, ...]]) -> None:  # noqa: N802 - reportlab's name
        """Add style commands (as :meth:`Table.setStyle` takes them)."""
        self.commands += list(style.getCommands() if isinstance(style, TableStyle) else style)

    def _numbers(self, stop: int) -> list[int]:
        """The numbers (in the whole table) of the rows of the table of ``rows[first:stop]``."""
        heads = len(self.header)
        return [*range(heads), *range(heads + self.first, heads + stop)]

    def _table(self, stop: int) -> Table:
        """The table of the header and ``rows[first:stop]``, with the heights known."""
        data = [*self.header, *(list(r) for r in self.rows[self.first:stop])]
        heights = [self._heights.get(n) for n in self._numbers(stop)]
        table = LongTable(data, colWidths=self.col_widths, repeatRows=len(self.header),
                          hAlign=self.hAlign, rowHeights=heights)
        table.setStyle(TableStyle(self._local_commands(stop)))
        return table

    def _remember_heights(self, table: Table, stop: int) -> None:
        for number, height in zip(self._numbers(stop), table._rowHeights, strict=False):
            if height is not None:
                self._heights[number] = height

    def _local_commands(self, stop: int) -> list[tuple[Any, ...]]:
        """The commands on the rows of the table of ``rows[first:stop]``."""
        heads, total = len(self.header), len(self.header) + len(self.rows)
        low, high = heads + self.first, heads + stop - 1  # rows here, as counted in the whole
        local = []
        for command in self.commands:
            (sc, sr), (ec, er) = command[1], command[2]
            sr, er = sr + total if sr < 0 else sr, er + total if er < 0 else er
            rest = tuple(command[3:])
            if sr < heads:  # the header rows, on every page
                local.append((command[0], (sc, sr), (ec, min(er, heads - 1)), *rest))
            start, end = max(sr, low), min(er, high)
            if start <= end:
                shift = self.first
                local.append((command[0], (sc, start - shift), (ec, end - shift), *rest))
        return local

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        if self._wrapped is not None and self._wrapped[0] == (availWidth, availHeight):
            return self._wrapped[1]  # (asked again for the same space: the frame, the split)
        # Measured in unlimited space (reportlab's KeepTogether asks so), rows are laid out
        # until they are taller than any page: enough to know they do not fit one.
        room = min(availHeight, TALLER_THAN_ANY_PAGE)
        canvas = getattr(self, "canv", None)  # (none when asked before it is placed)
        while True:
            stop = min(len(self.rows), self.first + self._window)
            self._built, self._stop = self._table(stop), stop
            width, height = (self._built.wrap(availWidth, availHeight) if canvas is None
                             else self._built.wrapOn(canvas, availWidth, availHeight))
            self._remember_heights(self._built, stop)
            if height > room or stop == len(self.rows):
                self._wrapped = ((availWidth, availHeight), (width, height))
                return width, height
            self._window *= 2

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        if self.keep_whole and not self._taller_than_a_page(availWidth):
            return []
        self.wrap(availWidth, availHeight)
        # reportlab chooses the page end, on a table given the heights just measured (a
        # table's split measures its rows again when it is not given them)
        parts = self._table(self._stop).split(availWidth, availHeight)
        taken = len(parts[0]._cellvalues) - len(self.header) if parts else 0
        if self._taller_than_the_frame(self.first + taken):
            in_row = self._split_in_row(availWidth, availHeight, self.first + taken)
            if in_row:
                return in_row
        if taken <= 0:
            return []
        if self.first + taken >= len(self.rows):
            return [parts[0]]
        rest = self._rest(self.rows, self.first + taken, self._heights)
        rest._window = max(FIRST_WINDOW // 4, taken + taken // 2)  # (a page like this one)
        return [parts[0], rest]  # (its rows' heights given: not measured again)

    def _rest(self, rows: Sequence[Sequence[Any]], first: int,
              heights: dict[int, float]) -> PagedTable:
        rest = PagedTable(self.header, rows, self.col_widths, self.commands,
                          keep_whole=self.keep_whole)
        rest.first, rest._heights = first, heights
        return rest

    def _taller_than_the_frame(self, index: int) -> bool:
        """Whether ``rows[index]`` (measured), under the header, is taller than the whole
        frame asking: it can never be placed whole."""
        frame = getattr(self, "_frame", None)  # (set by the frame asking)
        heads = len(self.header)
        height = self._heights.get(heads + index)
        if frame is None or index >= len(self.rows) or height is None:
            return False
        return bool(sum(self._heights.get(n, 0.0) for n in range(heads)) + height > frame._aH)

    def _split_in_row(self, availWidth: float, availHeight: float, index: int) -> list[Any]:  # noqa: N803
        """The rows from ``first`` that fit here, then ``rows[index]``, taller than a page
        (a note pasted whole from a long report), split between its lines: what does not fit
        goes on to the next page (under the header again). Empty when not even its first
        lines fit here."""
        heads = len(self.header)
        data = [*self.header, *(list(r) for r in self.rows[self.first:index + 1])]
        # (between its lines first, not before it; the row measured again by the split)
        table = LongTable(
            data, colWidths=self.col_widths, repeatRows=heads, hAlign=self.hAlign,
            rowHeights=[*(self._heights.get(n) for n in self._numbers(index)), None],
            splitByRow=0, splitInRow=1)
        table.setStyle(TableStyle(self._local_commands(index + 1)))
        parts = table.split(availWidth, availHeight)
        if len(parts) != 2 or len(parts[0]._cellvalues) != len(data):
            return []
        rows = list(self.rows)
        rows[index] = parts[1]._cellvalues[heads]  # what is left of the row
        return [parts[0], self._rest(rows, index, {n: h for n, h in self._heights.items()
                                                   if n != heads + index})]

    def _taller_than_a_page(self, availWidth: float) -> bool:  # noqa: N803
        """Whether the rows left are taller than the frame asking (unknown: not)."""
        frame = getattr(self, "_frame", None)
        if frame is None:
            return False
        table = self._table(len(self.rows))
        height = table.wrap(availWidth, frame._aH)[1]
        self._remember_heights(table, len(self.rows))
        return bool(height > frame._aH)

    def draw(self) -> None:
        assert self._built is not None and self._wrapped is not None
        if self._stop < len(self.rows):  # placed whole where a page's worth was measured
            self._built = self._table(len(self.rows))
            self._built.wrapOn(self.canv, *self._wrapped[0])
        self._built.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802
        return 0.0
