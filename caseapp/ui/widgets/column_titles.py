"""A table's columns no narrower than their titles, in Armenian and Russian whose titles are
longer than the English ones; a long title on two lines so that its column needs half the
width (a table at 1024 pixels that would otherwise cut its titles)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations, pairwise

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

CELL_PADDING = 16  # a cell's margins around its text


def on_two_lines(title: str, longest: int = 12) -> str:
    """A column's title longer than ``longest`` characters on two lines, broken at the space
    nearest its middle: its column needs some half the width to show it whole."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if len(title) <= longest or not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(2 * i - len(title)))
    return title[:cut] + "\n" + title[cut + 1:]


def on_lines(title: str, most: int = 3, longest: int = 12) -> str:
    """A column's title on as few lines as keep each within ``longest`` characters, up to
    ``most`` (then the split with the shortest longest line), broken between words: a long
    title ("Ошибки и вероятные дубликаты") needs a third of its width on three lines, so
    that a table of many columns keeps them all whole within a window at 1024 pixels."""
    words = title.split(" ")
    if len(title) <= longest or len(words) < 2:
        return title
    best: list[str] = [title]
    for count in range(2, min(most, len(words)) + 1):
        splits = (_lines(words, cuts) for cuts in combinations(range(1, len(words)), count - 1))
        best = min(splits, key=lambda lines: max(len(line) for line in lines))
        if max(len(line) for line in best) <= longest:
            break
    return "\n".join(best)


def _lines(words: list[str], cuts: tuple[int, ...]) -> list[str]:
    bounds = (0, *cuts, len(words))
    return [" ".join(words[a:b]) for a, b in pairwise(bounds)]


def size_column(header: QHeaderView, column: int, width: int) -> None:
    """Make ``column`` ``width`` wide, or as wide as its title needs in the interface's
    language when that is wider (Armenian and Russian titles are longer than English ones)."""
    header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def widen_to_texts(table: QTableView, column: int, texts: Iterable[str], *, bold: bool = False,
                   widest: int | None = None) -> int:
    """Make ``column`` wide enough to show the widest of ``texts`` whole (in bold when some of
    its cells are: they need more room), and its title, but no wider than ``widest`` if given
    (a longer text is cut short, whole in its tooltip); never narrower than it is, so a width
    the user gave it or saved stays when it is wider. Returns the width it needs."""
    font = QFont(table.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING
    header = table.horizontalHeader()
    needed = max(needed, header.sectionSizeHint(column))
    if widest is not None:
        needed = min(needed, max(widest, header.sectionSizeHint(column)))
    if not header.isSectionHidden(column) and header.sectionSize(column) < needed:
        header.resizeSection(column, needed)
    return needed
