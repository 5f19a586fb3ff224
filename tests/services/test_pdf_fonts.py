"""Every kind of PDF the app writes carries only the bundled DejaVu fonts, embedded: no
standard font (Helvetica) a reader draws with whatever it substitutes, no system font.
Checked with poppler's ``pdffonts`` on the dossier, the status report, the exposure report,
the daily log, the ECHR, Rule 39 and WGAD drafts and the annexes' page stamps."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.reports.fonts import SANS, register_fonts
from caseapp.services import filing_packs, outputs
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY
from tests.services.filing_data import LAWYER, captive_with_case

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                reason="pdffonts (poppler-utils) is not installed")


def bad_fonts(data: bytes, tmp_path: Path, name: str) -> list[str]:
    """The fonts of the PDF that are not embedded or not DejaVu, as pdffonts lists them."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                            check=True, timeout=60).stdout.splitlines()[2:]
    assert listed, f"{name}: no font at all"
    bad = []
    for line in listed:
        font, embedded = line.split()[0], line.split()[-5]  # name type enc emb sub uni id
        if embedded != "yes" or not font.split("+")[-1].startswith("DejaVu"):
            bad.append(f"{name}: {line.strip()}")
    return bad


def received_pdf() -> bytes:
    """A received decision with a text layer, in the bundled font (so that any other font in
    the annex is the stamp's)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    for text in ("The court decided to keep him in custody.", "Page two of the decision."):
        canvas.setFont(SANS, 11)
        canvas.drawString(72, 760, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def every_pdf(cf: CaseFile, cid: int) -> dict[str, bytes]:
    made = {
        "dossier": outputs.dossier(cf, cid, level="internal", author="A", lawyer=LAWYER,
                                   lang="hy").data,
        "status report": outputs.status_report(cf, level="internal", author="A",
                                               lang="ru").data,
        "exposure report": outputs.exposure(cf, as_of=TODAY, author="A").data,
        "daily log": outputs.daily_log(cf, day=TODAY, author="A").data,
    }
    packs = [
        filing_packs.echr_pack(cf, cid, level="internal", author="A", lawyer=LAWYER),
        filing_packs.rule39_pack(cf, cid, level="internal", author="A", lawyer=LAWYER,
                                 sent_at=datetime(2026, 11, 27, 10, tzinfo=UTC)),
        filing_packs.un_pack(cf, cid, body="wgad", level="internal", author="A", lawyer=LAWYER),
    ]
    for pack in packs:
        made.update({f.name: f.data for f in pack.files if f.name.endswith(".pdf")})
    return made


def test_every_pdf_the_app_writes_embeds_the_bundled_fonts_only(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    cid = captive_with_case(case_file)
    case_file.documents.create(captive_id=cid, title="Verdict", received_on="2024-08-20",
                               content=received_pdf())
    made = every_pdf(case_file, cid)
    assert any(name.startswith("Annexes/") for name in made)  # the stamped annex is among them
    assert sum("Rule39" in name for name in made) == 2 and any("WGAD" in n for n in made)
    bad = [line for i, (name, data) in enumerate(made.items())
           for line in bad_fonts(data, tmp_path, f"{i:02d}_{Path(name).stem}")]
    assert bad == [], "\n".join(bad)
