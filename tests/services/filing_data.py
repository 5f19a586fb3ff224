"""Test data for the filing packs: PDFs made here (text, scanned-looking, large) and a
captive with the records an ECHR application is drafted from."""

from __future__ import annotations

import io
import random
import subprocess
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.domain.lawyer import LawyerProfile
from caseapp.reports.fonts import SANS, register_fonts
from caseapp.services.casefile import CaseFile

LAWYER = LawyerProfile(name="Anna Example", organisation="Example Law Office",
                       phone="+374 10 123456", email="anna@example.org", city="Yerevan")


def text_pdf(*pages: str) -> bytes:
    """A PDF with a text layer: one page per string (Armenian and Cyrillic letters drawn in
    the bundled font)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for text in pages:
        canvas.setFont(SANS, 11)
        for i, line in enumerate(text.split("\n")):
            canvas.drawString(60, 780 - 14 * i, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanned_pdf(pages: int = 1) -> bytes:
    """A PDF like a scan without OCR: drawn strokes, no text at all."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for _ in range(pages):
        for i in range(40):
            canvas.line(50, 100 + 15 * i, 500, 110 + 15 * i)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def bulky_pdf(pages: int, *, seed: int = 7) -> bytes:
    """A text PDF (a standard font, nothing embedded) whose pages each carry 4,500 random
    letters and digits that do not compress well, page N starting with "PAGE-MARK-N"."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 7)
        canvas.drawString(40, 800, f"PAGE-MARK-{n}")
        for i in range(50):
            canvas.drawString(40, 785 - 14 * i, "".join(
                rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(90)))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def pdf_text_of(data: bytes, tmp: Path, name: str = "x.pdf") -> str:
    path = tmp / name
    path.write_bytes(data)
    return pdftotext(path)


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def captive_with_case(cf: CaseFile, *, name: str = "Գևորգ Սահակյան",
                      latin: str = "Gevorg Sahakyan", publicity: bool = False) -> int:
    """A captive held since 12 March 2024, charged, with detention orders, decided hearings
    (the cassation of 31 October 2024 is the final domestic decision) and ECHR and WGAD
    proceedings."""
    c = cf.captives.create(
        names=[dict(full_name=name, is_primary=True),
               dict(full_name=latin, language="en"), dict(full_name="Геворг Саакян", language="ru")],
        status="convicted", category="civilian", citizenship="Armenia", birth="1971-05-02",
        capture="2024-03-12", capture_place="Lachin corridor checkpoint",
        capturing_authority="State Border Service", consent_publicity=publicity,
        health="Diabetic; insulin withheld since October 2026.")
    case = cf.prosecutions.create(captive_id=c.id, case_number="CASE-77/2024",
                                  investigating_body="State Security Service")
    cf.charges.create(prosecution_id=case.id, code="Criminal Code", article="279", part="1",
                      title="Illegal armed groups")
    cf.detention_orders.create(captive_id=c.id, prosecution_id=case.id,
                               ordering_court="Nasimi District Court", start_date="2024-03-14",
                               decided_on="2024-03-14", term_months=4,
                               appeal_filed_on="2024-03-18", appeal_outcome="Appeal dismissed")
    cf.hearings.create(captive_ids=[c.id], starts_at="2024-08-20 10:00", timezone="Asia/Baku",
                       court="Baku Grave Crimes Court", kind="verdict", outcome="Guilty: 8 years")
    cf.hearings.create(captive_ids=[c.id], starts_at="2024-10-31 10:00", timezone="Asia/Baku",
                       court="Supreme Court", kind="cassation", outcome="Cassation appeal dismissed")
    cf.international_proceedings.create(captive_id=c.id, body="echr", kind="application",
                                        status="draft", convention_articles="3, 5 § 1; 6")
    cf.international_proceedings.create(captive_id=c.id, body="wgad", kind="communication",
                                        reference="WGAD-REF-12", lodged_on="2025-01-15",
                                        status="pending")
    return c.id
