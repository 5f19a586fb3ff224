"""How the command line lays out a table (:func:`caseapp.cli.common.print_table`).

Written to a pipe or a file, each row is one line, for scripts and ``grep``: every column
as wide as its widest cell, at most :data:`WIDEST` terminal columns (a longer text cut with
"…"), but the last, which nothing follows, and a column of names (below), written whole.

Written to a terminal, the table fits its width (``COLUMNS``, else the terminal's own, as
:func:`shutil.get_terminal_size` reads them) when it would not as one line a row: the last
column wraps under itself at word boundaries and loses nothing; the other columns wrap at
their words too, the widest first, down to their longest word; only when the last column
would still have fewer than :data:`LAST_AT_LEAST` columns are the widest of them cut with
"…", down to :data:`CUT_TO` columns. Where the last column would still be narrower than
:data:`LAST_BELOW` beside the others, it is written under its row instead, indented two
columns into the second (where no column starts), as wide as the terminal: a deadline's
title read two words a line otherwise.

A table may give its columns priorities: a column of a higher priority (a captive's name,
which a lawyer reads the list to find) is cut only once every column of a lower one is at
its least, so that at 80 columns a name is not cut while a place of detention takes as much
room; a name longer than :data:`WIDEST` wraps whole on a terminal rather than being cut at
it first. A short word (at most :data:`SHORT` characters: "В", "и", "և", "№") is kept with
the word after it, never left alone at the end of a line when another follows it.

A column of numbers and days is never wrapped or cut. Widths are counted as a terminal
shows the text (:func:`shown_width`): wide characters and emoji take two columns, accents
typed apart from their letter none.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator, Sequence
from typing import TextIO

WIDEST = 40  # a column's width at most, but the last's
LAST_AT_LEAST = 16  # the last column's width before the others are cut
CUT_TO = 8  # a cut column keeps at least this many
LAST_BELOW = 30  # a last column narrower than this beside the others goes under its row
GAP = "  "
SHORT = 2  # a word of at most this many characters goes on the line of the word after it

# Spaces a line may break at: not a no-break space, which keeps "6 Dec 2026" on one line.
_BREAKS = re.compile(r"[^\S\xa0\u2007\u202f]+")


def shown_width(text: str) -> int:
    """How many columns of a terminal ``text`` takes: a Chinese character or an emoji two, an
    accent typed apart from its letter (NFD), a Devanagari vowel sign or an invisible
    character none. Counted by characters, a column after such a name stood out of line."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def terminal_width(out: TextIO) -> int | None:
    """The width of the terminal ``out`` writes to, None when it writes to a pipe or a file
    (a row is then one whole line, whatever ``COLUMNS`` says)."""
    try:
        if not out.isatty():
            return None
    except (AttributeError, OSError, ValueError):  # a closed or odd stream: no terminal
        return None
    return shutil.get_terminal_size().columns


def table_lines(cells: Sequence[Sequence[str]], whole: Sequence[bool],
                width: int | None, *, below: bool = True,
                priority: Sequence[int] | None = None) -> Iterator[str]:
    """The lines of a table whose first row of ``cells`` is the headings (a line of dashes
    follows it), to fit ``width`` (None: one line a row). ``whole[i]`` says that column ``i``
    holds numbers or days, never wrapped or cut; ``priority[i]`` (0 for every column unless
    given) how late column ``i`` is cut: only once every column of a lower priority is
    at its least."""
    priority = [0] * len(cells[0]) if priority is None else priority
    natural = [max(shown_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    if width is None:  # a name's column as wide as its longest name: grep finds it whole
        yield from _one_line_a_row(cells, [n if p else min(WIDEST, n)
                                           for n, p in zip(natural, priority, strict=True)])
        return
    widths = [min(WIDEST, w) for w in natural]
    longer_name = any(p and n > WIDEST for p, n in zip(priority[:-1], natural, strict=False))
    if (sum(widths[:-1]) + natural[-1] + len(GAP) * (len(widths) - 1) <= width
            and not longer_name):  # (a name longer than a pipe's column wraps)
        yield from _one_line_a_row(cells, widths)
        return
    widths = _fitted(cells, whole, natural, width, priority)
    if below and len(widths) > 2 and widths[-1] < min(natural[-1], LAST_BELOW):
        yield from _last_below(cells, whole, width, priority)
        return
    for n, row in enumerate(cells):
        yield from _row_lines(row, widths, priority)
        if n == 0:
            yield GAP.join("-" * w for w in widths)


def _one_line_a_row(cells: Sequence[Sequence[str]], widths: Sequence[int]) -> Iterator[str]:
    """Each row on one line, its cells cut to ``widths`` but the last, written whole."""
    for n, row in enumerate(cells):
        yield GAP.join(_pad(_cut(c, w) if i < len(row) - 1 else c, w)
                       for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip()
        if n == 0:
            yield GAP.join("-" * w for w in widths)


def _row_lines(row: Sequence[str], widths: Sequence[int], priority: Sequence[int], *,
               last_whole: bool = True) -> Iterator[str]:
    """One row in columns ``widths`` wide: each cell wrapped at its words (the last whole
    when ``last_whole``, the others cut at :data:`WIDEST` first, as on one line, but a
    name, which wraps whole and has its words cut only to its column), as many lines as its
    tallest cell."""
    whole = len(row) - 1 if last_whole else len(row)
    wrapped = [_wrap(_cut(c, WIDEST) if i < whole and not priority[i] else c, w,
                     cut=i < whole)
               for i, (c, w) in enumerate(zip(row, widths, strict=True))]
    for k in range(max(len(lines) for lines in wrapped)):
        yield GAP.join(_pad(lines[k] if k < len(lines) else "", w)
                       for lines, w in zip(wrapped, widths, strict=True)).rstrip()


def _last_below(cells: Sequence[Sequence[str]], whole: Sequence[bool],
                width: int, priority: Sequence[int]) -> Iterator[str]:
    """The table with its last column (a deadline's title, a rule's source) written under
    each row, indented, in lines as wide as the terminal, the other columns fitted above
    it: squeezed beside them it took a line for every two words."""
    head = [row[:-1] for row in cells]
    natural = [max(shown_width(row[i]) for row in head) for i in range(len(head[0]))]
    widths = _fitted(head, whole[:-1], natural, width, priority[:-1])
    # two columns into the second: where no column starts, so that it is read as no
    # column's (a column's text starts where its column does)
    indent = " " * (widths[0] + len(GAP) + 2)
    room = max(width - len(indent), 1)
    for n, row in enumerate(cells):
        yield from _row_lines(row[:-1], widths, priority, last_whole=False)  # (as above)
        yield from (indent + line for line in _wrap(row[-1], room, cut=False) if line)
        if n == 0:
            yield GAP.join("-" * w for w in widths)


def written_lines(text: str, width: int | None, *, indent: str = "",
                  then: str | None = None) -> list[str]:
    """``text`` after ``indent`` as lines of a terminal ``width`` columns wide, broken at
    its words, each line after the first indented by ``then`` (``indent`` unless given);
    one line, as it is, when it fits or when ``width`` is None (a pipe, a file)."""
    then = indent if then is None else then
    if width is None or shown_width(indent + text) <= width:
        return [indent + text]
    room = max(width - max(shown_width(indent), shown_width(then)), 1)
    return [(then if n else indent) + line
            for n, line in enumerate(_wrap(text, room, cut=False))]


def indented_lines(line: str, width: int | None) -> list[str]:
    """A line of an indented list as lines of a terminal ``width`` columns wide
    (:func:`written_lines`), each after the first indented two spaces further."""
    text = line.lstrip(" ")
    indent = line[:len(line) - len(text)]
    return written_lines(text, width, indent=indent, then=indent + "  ")


def _fitted(cells: Sequence[Sequence[str]], whole: Sequence[bool], natural: list[int],
            width: int, priority: Sequence[int]) -> list[int]:
    """The columns' widths in a terminal ``width`` columns wide (see the module's text)."""
    last = len(natural) - 1
    room = width - len(GAP) * last
    widths = [w if priority[i] else min(WIDEST, w) for i, w in enumerate(natural[:last])]
    words = [min(widths[i], max(_longest_word(row[i]) for row in cells)) for i in range(last)]
    # numbers and days: as wide as the widest, the heading wrapped at its words at most
    kept = [min(widths[i], max([_longest_word(cells[0][i])]
                               + [shown_width(row[i]) for row in cells[1:]]))
            for i in range(last)]
    wrapped = [kept[i] if whole[i] else words[i] for i in range(last)]
    cut = [kept[i] if whole[i] else min(words[i], CUT_TO) for i in range(last)]

    def narrow(limits: list[int], target: int, up_to: int) -> None:
        """The widest column of a priority up to ``up_to`` that may be narrower made so, a
        column at a time, until the last has ``target`` columns."""
        while room - sum(widths) < target:
            narrower = [i for i in range(last) if widths[i] > limits[i] and priority[i] <= up_to]
            if not narrower:
                return
            widths[max(narrower, key=lambda i: widths[i])] -= 1

    target = min(natural[last], LAST_AT_LEAST)
    narrow(wrapped, target, max(priority[:last], default=0))  # nothing lost
    for up_to in sorted(set(priority[:last])):  # a name last
        narrow(cut, target, up_to)
    # what is left, down to CUT_TO where the others can give no more (beyond the edge the
    # terminal would wrap the line under the first column)
    return [*widths, max(min(room - sum(widths), natural[last]), min(target, CUT_TO))]


def _longest_word(text: str) -> int:
    return max((shown_width(word) for word in _words(text)), default=0)


def _words(text: str) -> list[str]:
    """The words of ``text`` a line may break between: each short word (at most
    :data:`SHORT` characters, a preposition or a conjunction, "№" before its number) with
    the word after it, as one; only that one ("4 օր" and "ժամկետանց" apart: "4 օր
    ժամկետանց" held as one was cut where its last word alone fitted)."""
    words: list[str] = []
    for word in _BREAKS.split(text.strip()):
        if words and " " not in words[-1] and _short(words[-1]):
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def _short(word: str) -> bool:
    return sum(1 for ch in word if _char_width(ch)) <= SHORT


def _wrap(text: str, width: int, *, cut: bool) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken between its words
    (:func:`_words`); a longer word is cut with "…" (``cut``) or broken across lines (a
    short word then parted from the word after it)."""
    lines, line = [], ""
    for word in _words(text):
        if cut:
            # a short word and the next too wide together go apart where the next then fits
            # whole ("may" "be recorded" in 8 columns: "may be" "recorded", not "be reco…")
            parts = word.split(" ", 1)
            if len(parts) == 1 or shown_width(word) <= width or shown_width(parts[1]) > width:
                parts = [word]
            pieces = [_cut(part, width).replace(" …", "…") for part in parts]
        elif shown_width(word) <= width:
            pieces = [word]
        else:
            pieces = [p for w in word.split(" ") for p in _pieces(w, width)]
        for piece in pieces:
            if line and shown_width(line) + 1 + shown_width(piece) <= width:
                line += " " + piece
            else:
                if line:
                    lines.append(line)
                line = piece
    return [*lines, line]


def _pieces(word: str, width: int) -> Iterator[str]:
    """``word`` in pieces of at most ``width`` columns, each letter with its accents."""
    piece, used = "", 0
    for ch in word:
        w = _char_width(ch)
        if piece and w and used + w > width:
            yield piece
            piece, used = "", 0
        piece, used = piece + ch, used + w
    yield piece


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns with "…", a letter never parted from its accent."""
    if shown_width(text) <= width:
        return text
    cut = text
    while cut and shown_width(cut) > width - 1:
        cut = cut[:-1]
    while cut and unicodedata.combining(text[len(cut)]):  # a letter goes with its accent
        cut = cut[:-1]
    return cut + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - shown_width(text))


__all__ = ["indented_lines", "shown_width", "table_lines", "terminal_width", "written_lines"]
