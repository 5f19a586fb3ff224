"""What the dossier and the status report share: the page frame (running header, the level
line, "page X of Y"), bookmarks for headings, styles, and tables whose cells wrap."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)

from caseapp.domain.enums import Sensitivity
from caseapp.reports.bidi_text import (
    for_drawing,
    has_right_to_left,
    in_drawing_order,
    joined,
    starts_right_to_left,
)
from caseapp.reports.fonts import MONO, SANS, SANS_BOLD, drawable, register_fonts
from caseapp.reports.paged_table import PagedTable
from caseapp.reports.texts import level_line, t

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f3f66")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#b8c0cc")
HEADER_FILL = colors.HexColor("#e4e9f0")
ZEBRA = colors.HexColor("#f6f8fa")
LEVEL_COLOURS = {Sensitivity.PUBLIC: colors.HexColor("#2e6b34"),
                 Sensitivity.SHAREABLE: colors.HexColor("#8a5a00"),
                 Sensitivity.INTERNAL: colors.HexColor("#a3211b")}

MARGIN = 20 * mm
PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    intro: ParagraphStyle  # muted words introducing what follows: kept with its start
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_mono: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle

    def cells_scaled(self, factor: float) -> Styles:
        """The same styles with the table cells' text (and line spacing) ``factor`` times."""
        def scaled(st: ParagraphStyle) -> ParagraphStyle:
            return ParagraphStyle(f"{st.name}_scaled", parent=st, fontSize=st.fontSize * factor,
                                  leading=st.leading * factor)
        return replace(self, cell=scaled(self.cell), cell_head=scaled(self.cell_head),
                       cell_mono=scaled(self.cell_mono))


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, bulletFontName=SANS, fontSize=9.5, leading=13,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.3, leading=10.4, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        intro=ParagraphStyle("intro", parent=body, fontSize=8.5, leading=11, textColor=MUTED,
                             keepWithNext=1),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=SANS_BOLD, textColor=INK),
        cell_mono=ParagraphStyle("cell_mono", parent=cell, fontName=MONO, fontSize=6.9,
                                 leading=8.6),
        label=ParagraphStyle("label", parent=cell, fontName=SANS_BOLD, textColor=MUTED),
        h1=ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=13.5, leading=17,
                          textColor=ACCENT, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=10.5, leading=13.5,
                          textColor=INK, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        title=ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=22, leading=27,
                             textColor=ACCENT, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=15, leading=19,
                                textColor=INK, spaceAfter=10),
    )


def text(value: Any) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept, a character the
    fonts cannot draw shown as such (:func:`caseapp.reports.fonts.drawable`), each line of
    right-to-left text in the order reportlab draws it (:mod:`caseapp.reports.bidi_text`)."""
    lines = drawable("" if value is None else str(value)).split("\n")
    return "<br/>".join(escape(for_drawing(line)) for line in lines)


class _RightToLeft(Paragraph):
    """A paragraph holding right-to-left text: broken into lines in reading order at the
    width it is given, each line then put in drawing order (reportlab would break the
    already reordered text, and its lines would come bottom first). Set flush right when
    it wraps and its first strong letter is right-to-left (a name on one line stays where its
    column's others start)."""

    def __init__(self, value: str | None, style: ParagraphStyle, **laid: Any):
        # ``laid``: a part of a paragraph split across pages (reportlab makes it with
        # ``frags``): already broken into lines, it is not laid out again.
        self.logical, self.width_laid, self.given_style = value, -1.0, style
        super().__init__(value if laid else text(value), style, **laid)
        if laid:
            self.logical = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.logical is not None and availWidth != self.width_laid:
            given = self.given_style
            room = availWidth - given.leftIndent - given.rightIndent
            lines = [drawn for line in self.logical.split("\n")
                     for drawn in (wrapped_lines(line, given.fontName, given.fontSize, room)
                                   or [""])]
            style = self.given_style
            if len(lines) > 1 and starts_right_to_left(self.logical):
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), style)
            self.width_laid = availWidth
        return super().wrap(availWidth, availHeight)


def para(value: Any, style: ParagraphStyle) -> Paragraph:
    """User text as a Paragraph (:func:`text`); right-to-left text laid out line by line."""
    shown = drawable("" if value is None else str(value))
    return _RightToLeft(shown, style) if has_right_to_left(shown) else Paragraph(text(shown), style)


class Heading(Paragraph):
    """A section heading that gets a PDF bookmark (outline entry) at ``level``."""

    def __init__(self, title: str, style: ParagraphStyle, *, level: int = 0):
        super().__init__(text(title), style)
        self.outline_title = title
        self.outline_level = level


class Bookmark(Flowable):
    """An invisible outline entry, for a heading that sits inside a table (the name beside
    the photo on a dossier's cover), where the document never sees the heading itself."""

    def __init__(self, title: str, *, level: int = 0):
        super().__init__()
        self.outline_title = title
        self.outline_level = level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def wrapped_lines(value: str, font: str, size: float, width: float) -> list[str]:
    """``value`` broken into lines of at most ``width`` points: between words, and a word
    longer than the line (a name typed without spaces, a long reference) between its
    letters. Right-to-left text is broken in logical order, then each line is put in the
    order it is drawn."""
    lines: list[str] = []
    for line in simpleSplit(joined(drawable(value)), font, size, width):
        if stringWidth(line, font, size) <= width:
            lines.append(line)
            continue
        start, used = 0, 0.0
        for i, char in enumerate(line):
            char_width = stringWidth(char, font, size)
            if used + char_width > width and i > start:
                lines.append(line[start:i])
                start, used = i, 0.0
            used += char_width
        lines.append(line[start:])
    return [in_drawing_order(line) for line in lines]


def fit_text(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with an ellipsis so that it fits ``width`` points on one line."""
    if stringWidth(value, font, size) <= width:
        return value
    cut = value
    while cut and stringWidth(cut.rstrip() + "…", font, size) > width:
        cut = cut[:-1]
    return cut.rstrip() + "…"


class KeepHeadingWithStart(KeepTogether):
    """What ``keepWithNext`` makes of a heading and what follows: kept together with the
    *start* of the next flowable (a few table rows), not the whole of it, so that a long table
    after a heading does not leave half a page blank before it."""

    START = 60  # points of the following flowable that must fit below the heading
    MAX_NEED = 400  # points: less than the frame of a landscape A4 page

    def split(self, aW: float, aH: float) -> list[Any]:
        for f in self._content:  # handled here: must not be grouped again
            f.__dict__["keepWithNext"] = 0
        need = 0.0
        for f in self._content[:-1]:
            need += f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        last = self._content[-1]
        height = last.wrap(aW, aH)[1] + last.getSpaceBefore()
        if height <= aH - need:
            splittable = True  # it all fits
        elif isinstance(last, Table):
            splittable = len(last._cellvalues) > 2  # splits between rows
        elif isinstance(last, PagedTable):
            splittable = last.rows_left > 1 and not last.keep_whole
        else:
            splittable = bool(last.split(aW, max(aH - need, 0)))
        need += min(height, self.START) if splittable else height
        # Never ask for more than a page holds, or the break would repeat on every page.
        return [CondPageBreak(min(need, self.MAX_NEED)), *self._content]


class ReportDocument(BaseDocTemplate):
    """A4 pages with a running header, the level line, and bookmarks for :class:`Heading`."""

    def __init__(self, target: Any, *, header_left: str, header_right: str,
                 level: Sensitivity, title: str, author: str, subject: str, lang: str = "en",
                 landscape: bool = False):
        size = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
        register_fonts()
        super().__init__(target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 4 * mm, title=title,
                         author=author, subject=subject, creator="CaseApp",
                         producer="CaseApp (reportlab)", lang=lang,
                         # reportlab opens every page in Helvetica, a standard font it does
                         # not embed: the bundled font instead, as everywhere in the PDF.
                         initialFontName=SANS)
        self.header_left, self.header_right = header_left, header_right
        self.level, self.lang = level, lang
        self._bookmarks = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        self.keepTogetherClass = KeepHeadingWithStart

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        top = h - MARGIN + 1 * mm
        room = w - 2 * MARGIN - stringWidth(self.header_right, SANS, 8) - 6 * mm
        canvas.drawString(MARGIN, top, for_drawing(fit_text(drawable(self.header_left), SANS, 8, room)))
        canvas.drawRightString(w - MARGIN, top, self.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.2 * mm, w - MARGIN, top - 2.2 * mm)
        canvas.line(MARGIN, MARGIN + 1 * mm, w - MARGIN, MARGIN + 1 * mm)
        canvas.setFillColor(LEVEL_COLOURS[self.level])
        page_room = stringWidth(t("page_of", self.lang, page=999, pages=999), SANS, 7.5) + 4 * mm
        size, lines = footer_lines(level_line(self.level, self.lang), w - 2 * MARGIN - page_room)
        canvas.setFont(SANS_BOLD, size)
        for i, line in enumerate(lines):
            canvas.drawString(MARGIN, MARGIN - 3 * mm - i * size * 1.2, line)
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, (Heading, Bookmark)):
            self._bookmarks += 1
            key = f"s{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level,
                                      closed=False)

    def render(self, story: list[Any]) -> None:
        self.build(story, canvasmaker=_page_counting_canvas(self.lang))


def footer_lines(value: str, width: float, *, size: float = 7.5,
                 smallest: float = 6.0) -> tuple[float, list[str]]:
    """The level line at the foot of every page, whole: at ``size`` if it fits ``width``, else
    in a smaller font down to ``smallest``, else over two lines or more at that size. Never cut:
    what the level means ("not for publication") is the point of the line."""
    wide = stringWidth(value, SANS_BOLD, size)
    if wide <= width:
        return size, [value]
    fitted = size * width / wide * 0.999  # stringWidth grows with the size, in proportion
    if fitted >= smallest:
        return fitted, [value]
    return smallest, wrapped_lines(value, SANS_BOLD, smallest, width)


def _page_counting_canvas(lang: str) -> Callable[..., Canvas]:
    """A canvas that holds the pages back until the end, to print "Page X of Y" on each."""

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(SANS, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 3 * mm,
                                     t("page_of", lang, page=number, pages=total))
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return PageCountingCanvas


def table(styles: Styles, headers: Sequence[str], rows: Sequence[Sequence[Any]],
          widths: Sequence[float], *, total_width: float,
          mono: Sequence[int] = ()) -> PagedTable:
    """A table whose cells wrap (each one a Paragraph), header row repeated on every page
    (laid out a page at a time: :mod:`caseapp.reports.paged_table`).

    ``widths`` are fractions of ``total_width``; a cell may be a str or a ready flowable.
    Columns widen to their longest word (:func:`keep_words_whole`); when the longest words
    together are wider than the page (six columns of Armenian words), the table's text is set
    smaller, down to :data:`SMALLEST_CELLS` of its size, rather than words broken mid-way."""
    needs = [max([_longest_word(h, styles.cell_head),
                  *(_longest_word(r[i], styles.cell_mono if i in mono else styles.cell)
                    for r in rows)])
             for i, h in enumerate(headers)]
    room = total_width - (_CELL_PADDING + _SLACK) * len(headers)
    if sum(needs) > room > 0:
        factor = max(SMALLEST_CELLS, room / sum(needs))
        styles = styles.cells_scaled(factor)
        needs = [n * factor for n in needs]  # a word's width grows with its font's size

    def cell(value: Any, col: int) -> Any:
        if hasattr(value, "wrapOn"):
            return value
        return para(value, styles.cell_mono if col in mono else styles.cell)

    head = [Paragraph(text(h), styles.cell_head) for h in headers]
    body = [[cell(v, i) for i, v in enumerate(r)] for r in rows]
    col_widths = keep_words_whole([w * total_width for w in widths], needs,
                                  padding=_CELL_PADDING + _SLACK)
    return PagedTable([head], body, col_widths, [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


#: Left plus right padding of a table cell, in points.
_CELL_PADDING = 8
#: Room left beside a column's longest word: a word measured exactly as wide as its cell is
#: still broken by the paragraph's line breaking.
_SLACK = 1.0
#: The smallest a table's text is set to keep its words whole, as a share of its size.
SMALLEST_CELLS = 0.8


#: Where a paragraph's line may break: any white space but the no-break space, which holds a
#: date ("20 Aug 2024"), a number ("1 435") or French punctuation to its word, as reportlab's
#: line breaking does (str.split() would split there too, and size a column for "2024,"
#: while "20 Aug 2024," is printed broken between its letters).
_BREAKS = re.compile(r"[^\S\u00a0]+")


def _longest_word(value: Any, style: ParagraphStyle) -> float:
    """Width of the longest unbreakable word of a cell's text (0 for a ready flowable)."""
    if hasattr(value, "wrapOn") or value is None:
        return 0.0
    words = _BREAKS.split(str(value))
    return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)


def keep_words_whole(widths: Sequence[float], needs: Sequence[float], *,
                     padding: float) -> list[float]:
    """Column widths (same total) in which each column is at least as wide as its longest
    word, as far as the total allows: a date, a case number or a name is never broken in the
    middle. Width is taken from the columns with the most to spare. A word wider than the
    table can give (a SHA-256 written whole) still wraps."""
    total = sum(widths)
    want = [min(n + padding, total * 0.6) for n in needs]
    out = list(widths)
    for _ in range(len(out) * 2):
        short = [i for i in range(len(out)) if out[i] + 0.01 < want[i]]
        if not short:
            break
        i = max(short, key=lambda k: want[k] - out[k])
        spare = {k: out[k] - max(want[k], 0) for k in range(len(out)) if k != i}
        spare = {k: v for k, v in spare.items() if v > 0.5}
        if not spare:
            break
        missing = want[i] - out[i]
        pool = sum(spare.values())
        take = min(missing, pool)
        for k, v in spare.items():
            out[k] -= take * v / pool
        out[i] += take
    return out


def facts(styles: Styles, pairs: Sequence[tuple[str, Any]], *, total_width: float,
          label_width: float = 0.3) -> PagedTable | None:
    """Label/value lines (those with an empty value left out); None when nothing is left.
    A few lines are kept on one page; a value taller than a page (a long account of the
    capture) goes on over the next."""
    data = [[Paragraph(text(k), styles.label),
             v if hasattr(v, "wrapOn") else para(v, styles.cell)]
            for k, v in pairs if v not in (None, "", ())]
    if not data:
        return None
    return PagedTable([], data, [label_width * total_width, (1 - label_width) * total_width], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ], keep_whole=len(data) <= 14)
