"""Text too long for its cell cut in the middle at word boundaries: its start and its end, what
tells one value from another, kept whole. A place of detention reads «Пенитенциарное … № 17»
(its kind and its number) rather than «Пенитенциар…ждение № 17»; a single word too long (a
hash) is cut between letters, «b031e9b0f7…623c2f84704a1», as Qt cuts it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ELLIPSIS = "…"
_CACHE_SIZE = 4096  # cuts remembered (a screen of rows, many widths as a column is dragged)


def middle_cut(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as it fits ``width`` pixels: whole, else its first words and its last ones
    around "…" (of the cuts that fit, the one that keeps the most words with a digit, what
    tells places apart: «№ 17», «Թիվ 17»; then the longest end, a city: «… г. Баку № 1»;
    then the most letters). Where no first word fits with the end, the end stays whole and
    the start is cut («Пенитенц… № 17»); one word too long (a hash), cut between letters."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    best, score = "", (-1, -1, -1)
    for head in range(1, len(words)):
        start = " ".join(words[:head])
        for tail in range(len(words) - head):  # at least one word left out
            end = " ".join(words[len(words) - tail:]) if tail else ""
            shown = f"{start} {ELLIPSIS} {end}" if end else f"{start} {ELLIPSIS}"
            if metrics.horizontalAdvance(shown) > width:
                break  # a longer end fits no better
            kept = words[:head] + words[len(words) - tail:]
            mine = (sum(_has_digit(w) for w in kept), tail, len(shown))
            if mine > score:
                best, score = shown, mine
    if best and (score[0] or not any(_has_digit(w) for w in words)) and score[1]:
        return best
    end_whole = _end_whole(words, metrics, width)
    if best and score[0] > sum(_has_digit(w) and w in words for w in end_whole.split()):
        return best  # «Բաքվի թիվ 1 …», not «Բաքվի թիվ… վայր»: the number tells places apart
    return end_whole or best or metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _end_whole(words: list[str], metrics: QFontMetrics, width: int) -> str:
    """The last word (with a short one before a number: «№ 17») whole, the start cut between
    letters before it; "" when that leaves fewer than four letters of the start."""
    tail = 2 if len(words) > 2 and _has_digit(words[-1]) and len(words[-2]) <= 3 else 1
    if len(words) <= tail:
        return ""
    end = " ".join(words[-tail:])
    room = width - metrics.horizontalAdvance(f" {end}")
    start = metrics.elidedText(" ".join(words[:-tail]), Qt.TextElideMode.ElideRight, room)
    return f"{start} {end}" if len(start.rstrip(ELLIPSIS).strip()) >= 4 else ""


class ElideMiddle(QStyledItemDelegate):
    """A column whose values differ at both ends keeps them, cut at words where it can (see
    :func:`middle_cut`); each cut is remembered by its text, width and font, so a list of
    100,000 rows paints its screen of them without measuring them again."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cuts: dict[tuple[str, int, str], str] = {}

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # (what no word cut fits)

    def shown_text(self, option: QStyleOptionViewItem) -> str:
        """The text as the cell of ``option`` (its rect, font, text) paints it."""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                     option.widget).width() - 2 * margin
        key = (option.text, width, option.font.key())
        cut = self._cuts.get(key)
        if cut is None:
            if len(self._cuts) >= _CACHE_SIZE:
                self._cuts.clear()
            cut = self._cuts[key] = middle_cut(option.text, option.fontMetrics, width)
        return cut

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        if shown.text:
            shown.text = self.shown_text(shown)
        style = shown.widget.style() if shown.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)
