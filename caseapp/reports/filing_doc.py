"""One simple document model for the filing drafts (ECHR application, Rule 39 request and fax
cover, WGAD and WGEID submissions), written both as PDF (reportlab, the bundled DejaVu fonts,
the level on every page) and as .docx for editing (python-docx, the level in the header).

A filing module builds a :class:`Draft` of blocks; this module only lays them out. Text is
plain (no markup): it is escaped for reportlab here.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.platypus import PageBreak, Paragraph, Spacer

from caseapp.domain.clean_text import contained
from caseapp.domain.enums import Sensitivity
from caseapp.reports.docx_properties import stamp_properties
from caseapp.reports.pdfkit import Heading, ReportDocument, make_styles, para, table
from caseapp.reports.pdfkit import text as text_markup
from caseapp.reports.texts import level_line, t

NOT_RECORDED = "Not recorded in the case file at this level."


@dataclass(frozen=True)
class Heading1:
    text: str


@dataclass(frozen=True)
class Heading2:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    muted: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Grid:
    """A table: a header row and rows of plain text; ``widths`` are fractions of the page."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class NewPage:
    pass


Block = Heading1 | Heading2 | Para | Bullets | Grid | NewPage


@dataclass
class Draft:
    title: str
    subtitle: str
    level: Sensitivity
    header: str  # the running header's left side (the captive, the body)
    blocks: list[Block] = field(default_factory=list)
    lang: str = "en"  # of the level line and the page numbers on every page

    def h1(self, text: str) -> None:
        self.blocks.append(Heading1(text))

    def h2(self, text: str) -> None:
        self.blocks.append(Heading2(text))

    def para(self, text: str, *, muted: bool = False, bold: bool = False) -> None:
        for chunk in (text or "").split("\n\n"):
            if chunk.strip():
                self.blocks.append(Para(chunk.strip(), muted=muted, bold=bold))

    def bullets(self, items: Sequence[str]) -> None:
        if items:
            self.blocks.append(Bullets(tuple(items)))

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
             widths: Sequence[float]) -> None:
        self.blocks.append(Grid(tuple(headers), tuple(tuple(r) for r in rows), tuple(widths)))

    def page_break(self) -> None:
        self.blocks.append(NewPage())

    def plain_text(self) -> str:
        """Every word of the draft, in order (for tests and length counts)."""
        out: list[str] = [self.title, self.subtitle]
        for b in self.blocks:
            if isinstance(b, Heading1 | Heading2 | Para):
                out.append(b.text)
            elif isinstance(b, Bullets):
                out.extend(b.items)
            elif isinstance(b, Grid):
                out.extend(" | ".join(r) for r in (b.headers, *b.rows))
        return "\n".join(out)


# A paragraph sign and the number it cites ("Article 5 § 4", « article 47 § 1 d) ») are not
# parted at the end of a line: "5 §" on one line and "4" on the next reads as another article.
_SECTION_SIGN = re.compile(r"(?<=\d) (?=§)|(?<=§) (?=\d)")


def _bound(text: str) -> str:
    """``text`` with a no-break space on each side of a paragraph sign between numbers ("5 §
    4"; "§§ 58–65")."""
    return _SECTION_SIGN.sub("\u00a0", text) if "§" in text else text


def _markup(text: str) -> str:
    """Text for a reportlab Paragraph as the other PDFs set it (:func:`pdfkit.text`: escaped,
    line breaks kept, right-to-left letters joined and in drawing order, a character the
    fonts lack shown as such). A word too long for a line is split by reportlab where the
    line ends, and nothing is put inside it: a web address in a filing copies whole."""
    return text_markup(_bound(text))


def render_pdf(draft: Draft, *, author: str) -> bytes:
    styles = make_styles()
    buffer = io.BytesIO()
    doc = ReportDocument(buffer, header_left=draft.header, header_right=draft.title,
                         level=draft.level, title=draft.title, author=author,
                         subject=draft.subtitle, lang=draft.lang)
    story: list[object] = [Paragraph(_markup(draft.title), styles.title)]
    if draft.subtitle:
        story.append(Paragraph(_markup(draft.subtitle), styles.subtitle))
    outline = 0  # a level-2 heading nests in the bookmarks only under a level-1 one
    for b in draft.blocks:
        if isinstance(b, Heading1):
            story.append(Heading(_bound(b.text), styles.h1, level=0))
            outline = 1
        elif isinstance(b, Heading2):
            story.append(Heading(_bound(b.text), styles.h2, level=outline))
        elif isinstance(b, Para) and not b.bold:
            # a paragraph that wraps keeps its right-to-left lines in reading order
            story.append(para(_bound(b.text), styles.muted if b.muted else styles.body))
        elif isinstance(b, Para):
            story.append(Paragraph(f"<b>{_markup(b.text)}</b>",
                                   styles.muted if b.muted else styles.body))
        elif isinstance(b, Bullets):
            for item in b.items:
                story.append(Paragraph(_markup(item), styles.body, bulletText="•"))
        elif isinstance(b, Grid):
            rows = [[_bound(v) for v in r] for r in b.rows]
            story.append(table(styles, b.headers, rows, b.widths, total_width=doc.width))
            story.append(Spacer(1, 4))
        elif isinstance(b, NewPage):
            story.append(PageBreak())
    doc.render(story)
    return buffer.getvalue()


def render_docx(draft: Draft, *, author: str) -> bytes:
    document = Document()
    stamp_properties(document.core_properties, title=draft.title, subject=draft.subtitle,
                     author=author)
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10)
    marking = document.sections[0].header.paragraphs[0]
    run = marking.add_run(f"{draft.header} — {level_line(draft.level, draft.lang)}")
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0xA3, 0x21, 0x1B)
    _page_numbers(document.sections[0].footer.paragraphs[0], draft.lang)
    document.add_heading(draft.title, level=0)
    if draft.subtitle:
        document.add_paragraph(draft.subtitle).runs[0].italic = True
    for b in draft.blocks:
        if isinstance(b, Heading1):
            document.add_heading(contained(_bound(b.text)), level=1)
        elif isinstance(b, Heading2):
            document.add_heading(contained(_bound(b.text)), level=2)
        elif isinstance(b, Para):
            paragraph = document.add_paragraph()
            r = paragraph.add_run(contained(_bound(b.text)))
            r.bold = b.bold
            if b.muted:
                r.font.color.rgb = RGBColor(0x5B, 0x65, 0x73)
        elif isinstance(b, Bullets):
            for item in b.items:
                document.add_paragraph(contained(_bound(item)), style="List Bullet")
        elif isinstance(b, Grid):
            tbl = document.add_table(rows=1, cols=len(b.headers))
            tbl.style = "Table Grid"
            for cell, text in zip(tbl.rows[0].cells, b.headers, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            # the header row again at the top of each page the table runs onto
            tbl.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for row in b.rows:
                cells = tbl.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = contained(_bound(text))
            _column_widths(tbl, b.widths, document.sections[0])
            document.add_paragraph()
        elif isinstance(b, NewPage):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# Stand-ins for the page fields in the phrase "Page {page} of {pages}" of the draft's language
_FIELDS = {"\x00PAGE\x00": "PAGE", "\x00NUMPAGES\x00": "NUMPAGES"}


def _page_numbers(footer: DocxParagraph, lang: str) -> None:
    """"Page 2 of 5" at the right of each page's footer, the numbers as Word's page fields
    (PAGE, NUMPAGES), which the word processor counts as it lays out the pages."""
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    phrase = t("page_of", lang, page="\x00PAGE\x00", pages="\x00NUMPAGES\x00")
    for part in re.split("(\x00[A-Z]+\x00)", phrase):
        if part in _FIELDS:
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), f" {_FIELDS[part]} ")
            shown = OxmlElement("w:r")  # what shows before the fields are counted
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "16")  # 8 pt, as the words around it
            shown.append(OxmlElement("w:rPr"))
            shown[0].append(size)
            number = OxmlElement("w:t")
            number.text = "1"
            shown.append(number)
            simple.append(shown)
            footer._p.append(simple)
        elif part:
            footer.add_run(part).font.size = Pt(8)


def _column_widths(tbl: Table, widths: Sequence[float], section: Section) -> None:
    """The columns as the PDF sets them: ``widths`` are fractions of the text's width."""
    page = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    total = sum(widths)
    tbl.autofit = False
    for column, fraction in zip(tbl.columns, widths, strict=True):
        width = Emu(int(page * fraction / total))
        column.width = width
        for cell in column.cells:
            cell.width = width


__all__ = ["NOT_RECORDED", "Block", "Bullets", "Draft", "Grid", "Heading1", "Heading2", "NewPage", "Para",
           "render_docx", "render_pdf"]
