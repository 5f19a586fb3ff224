"""The annex stamp "Annex N – page P" reads upright at the foot of the page as it is seen,
a landscape scan turned by the PDF's /Rotate included."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from caseapp.reports.filing_bundle import stamp_pages
from tests.services.filing_data import text_pdf

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">Annex</word>')


def _stamp_boxes(data: bytes, tmp: Path) -> list[tuple[float, float, float, float, float, float]]:
    """Per page: the word "Annex"'s box (from the top left, as shown) and the page's size."""
    path = tmp / "stamped.pdf"
    path.write_bytes(data)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    sizes = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">', html)
    boxes = WORD.findall(html)
    return [(*map(float, b), float(w), float(h)) for b, (w, h) in zip(boxes, sizes, strict=True)]


def test_a_turned_page_is_stamped_upright_at_its_foot(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(
        text_pdf("A landscape scan of the verdict", "An upright page of the verdict"))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    stamped = stamp_pages(buffer.getvalue(), annex=3, first_page=7)
    for x0, y0, x1, y1, width, height in _stamp_boxes(stamped, tmp_path):
        assert x1 - x0 > y1 - y0  # written across the page, not up its side
        assert y0 > height * 0.9 and x0 > width * 0.6  # at the foot, on the right
    assert "Annex 3 – page 7" in subprocess.run(
        ["pdftotext", str(tmp_path / "stamped.pdf"), "-"], capture_output=True, text=True,
        check=True, timeout=60).stdout
