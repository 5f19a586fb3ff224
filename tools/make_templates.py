"""Write the shipped letter templates (resources/templates/*.docx) with python-docx.

Run ``uv run python tools/make_templates.py`` after changing a text below, and commit the
.docx files it writes: lawyers edit those in Word or LibreOffice. Every ``{{ name }}`` is a
placeholder of ``caseapp.reports.letter_values.PLACEHOLDERS``; each one is written inside a single
run so that docxtpl finds it whole.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates"

# Fonts that show the letter's script in Word on Windows and macOS; LibreOffice substitutes
# a metric-compatible or a DejaVu face where they are missing.
FONTS = {"en": "Times New Roman", "ru": "Times New Roman", "hy": "Sylfaen",
         "fr": "Times New Roman"}

Block = tuple[str, Any]

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the texts beside this script
import letter_texts_en  # noqa: E402
import letter_texts_fr  # noqa: E402
import letter_texts_hy  # noqa: E402
import letter_texts_ru  # noqa: E402

TEXTS = {"en": letter_texts_en.LETTERS, "hy": letter_texts_hy.LETTERS,
         "ru": letter_texts_ru.LETTERS, "fr": letter_texts_fr.LETTERS}
# "icrc_request_hy" -> ("hy", its blocks): every letter in each language.
TEMPLATES: dict[str, tuple[str, list[Block]]] = {
    f"{base}_{lang}": (lang, letters[base]) for lang, letters in TEXTS.items() for base in letters}
# Letters open with the lawyer, the addressee and the date; a power of attorney and a press
# statement do not.
HEADED = {k for k in TEMPLATES if not k.startswith(("power_of_attorney", "press_statement"))}


def _font(doc: Any, name: str, lang: str) -> None:
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(11.5)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    lang_el = style.element.get_or_add_rPr().find(qn("w:lang"))
    if lang_el is None:
        lang_el = style.element.get_or_add_rPr().makeelement(qn("w:lang"), {})
        style.element.get_or_add_rPr().append(lang_el)
    lang_el.set(qn("w:val"), {"en": "en-GB", "ru": "ru-RU", "hy": "hy-AM", "fr": "fr-FR"}[lang])
    style.paragraph_format.space_after = Pt(6)
    style.paragraph_format.line_spacing = 1.12


PAGE_OF = {"en": ("Page ", " of "), "ru": ("Стр. ", " из "), "hy": ("Էջ ", " / "),
           "fr": ("Page ", " sur ")}
CREATED = datetime(2026, 12, 1, tzinfo=UTC)  # when these templates were last rewritten


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out."""
    run = paragraph.add_run()
    for tag, attrs, text in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                             ("w:instrText", {"xml:space": "preserve"}, f" {instruction} "),
                             ("w:fldChar", {"w:fldCharType": "separate"}, None)):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)
    paragraph.add_run("1")  # shown until the field is updated
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _page_numbers(doc: Any, lang: str) -> None:
    before, between = PAGE_OF[lang]
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(before)
        _field(p, "PAGE")
        p.add_run(between)
        _field(p, "NUMPAGES")
        for run in p.runs:
            run.font.size = Pt(8.5)


def _metadata(doc: Any, key: str) -> None:
    """The file's properties: its title, not python-docx's defaults (a 2013 date, no title).
    CaseApp sets the title, author and dates again when it fills a letter."""
    sys.path.insert(0, str(ROOT))
    from caseapp.reports.letter_templates import shipped_templates

    titles = {t.key: t.title for t in shipped_templates()}
    props = doc.core_properties
    props.title = titles.get(key, key.replace("_", " "))
    props.subject = "CaseApp letter template"
    props.author = props.last_modified_by = "CaseApp"
    props.created = props.modified = CREATED
    props.revision = 1
    props.comments = "Placeholders: see docs/letter-placeholders.md"
    props.keywords = ""
    props.category = ""


def _keep_with_next(paragraph: Any) -> None:
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.keep_together = True


def _facts(doc: Any, rows: list[tuple[str, ...]]) -> None:
    """A table of (label, text) rows. A row (label, text, name) is shown only when the
    placeholder ``name`` is not empty: docxtpl's ``{%tr if name %}`` and ``{%tr endif %}``
    rows around it (each replaced by its tag when the letter is filled). An entry
    ``(UNLESS, name, rows, row)`` shows the rows unless ``name`` has a value, else the row."""
    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(label: str, text: str, *, bold: bool = True) -> None:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(5.2), Cm(10.8)
        cells[0].paragraphs[0].add_run(label).bold = bold
        cells[1].paragraphs[0].add_run(text)

    for entry in rows:
        if entry[0] == letter_texts_en.UNLESS:  # (UNLESS, NAME, rows, row): a docxtpl else
            _unless, name, shown, instead = entry
            row(f"{{%tr if not {name} %}}", "", bold=False)
            for label, text in shown:
                row(label, text)
            row("{%tr else %}", "", bold=False)
            row(*instead)
            row("{%tr endif %}", "", bold=False)
            continue
        label, text, *shown_if = entry
        if shown_if:
            row(f"{{%tr if {shown_if[0]} %}}", "", bold=False)
        row(label, text)
        if shown_if:
            row("{%tr endif %}", "", bold=False)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def build(key: str) -> bytes:
    lang, blocks = TEMPLATES[key]
    doc = Document()
    _font(doc, FONTS[lang], lang)
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    _metadata(doc, key)
    _page_numbers(doc, lang)
    if key in HEADED:
        p = doc.add_paragraph("{{ lawyer_block }}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.runs[0].font.size = Pt(9.5)
        doc.add_paragraph("{{ recipient_block }}").paragraph_format.space_before = Pt(18)
        p = doc.add_paragraph("{{ today }}")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_before = Pt(12)
    for kind, value in blocks:
        if kind == "p":
            doc.add_paragraph(value)  # ragged right: multi-line values must not stretch
        elif kind == "subject":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(12)
            p.add_run(value).bold = True
        elif kind in ("title", "banner"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(14)
            run = p.add_run(value)
            run.bold = True
            run.font.size = Pt(15 if kind == "title" else 11.5)
        elif kind == "right":
            doc.add_paragraph(value).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "facts":
            _facts(doc, value)
        elif kind == "list":
            for item in value:
                doc.add_paragraph(item, style="List Number")
        elif kind == "close":
            _keep_with_next(doc.paragraphs[-1])  # the signature never stands alone on a page
            p = doc.add_paragraph(value)
            p.paragraph_format.space_before = Pt(12)
            _keep_with_next(p)
            p = doc.add_paragraph("{{ lawyer_name }}")
            p.paragraph_format.space_before = Pt(30)
        elif kind == "signature":
            _keep_with_next(doc.paragraphs[-1])
            for line in value:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_before = Pt(24)
                _keep_with_next(p)
            p.paragraph_format.keep_with_next = False
        else:
            raise ValueError(f"unknown block {kind!r}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from caseapp.fileio import atomic_write_bytes

    for key in TEMPLATES:
        atomic_write_bytes(OUT / f"{key}.docx", build(key))
        print(OUT / f"{key}.docx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
