"""Previews of a filled letter before it is saved: the .docx rendered to PDF by LibreOffice
when it is installed, else the letter's text.

LibreOffice only converts files, so the letter is written for the conversion into a private
temporary folder (readable by the user alone) with a LibreOffice profile of its own, and the
folder is deleted at once: nothing of the letter stays on disk, not even in LibreOffice's
list of recent documents and its thumbnails.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.table import Table

from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import msg, msg_n
from caseapp.write_errors import os_reason

CONVERT_TIMEOUT = 120  # seconds: a first start of LibreOffice with a new profile is slow


class PreviewFailed(CaseAppError):
    """LibreOffice could not turn the letter into a PDF (the text preview remains)."""


def find_soffice() -> str | None:
    """LibreOffice's command, if it is installed (``soffice``, else ``libreoffice``)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(data: bytes, soffice: str, *, timeout: float = CONVERT_TIMEOUT,
                cancelled: Callable[[], bool] = lambda: False) -> bytes:
    """The PDF of a .docx, made by LibreOffice (``soffice``) in a private temporary folder.
    Raises :class:`PreviewFailed` saying why when it makes none; LibreOffice is stopped
    when ``cancelled()`` turns true (the preview was closed)."""
    with tempfile.TemporaryDirectory(prefix="caseapp-preview-") as tmp:
        folder = Path(tmp)
        source = folder / "letter.docx"
        source.write_bytes(data)
        source.chmod(0o600)
        command = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf",
                   "--outdir", str(folder), str(source)]
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                       stderr=subprocess.STDOUT)
        except OSError as exc:
            raise PreviewFailed(msg("LibreOffice could not be started: {reason}.", reason=os_reason(exc))
                                ) from None
        waited = 0.0
        try:
            while True:
                try:
                    output, _ = process.communicate(timeout=0.25)
                    break
                except subprocess.TimeoutExpired:
                    waited += 0.25
                    if cancelled():
                        raise PreviewFailed(msg("The preview was cancelled.")) from None
                    if waited >= timeout:
                        raise PreviewFailed(msg_n("LibreOffice did not make the preview within {count} second.",
                                                  "LibreOffice did not make the preview within {count} seconds.",
                                                  round(timeout))) from None
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        pdf = folder / "letter.pdf"
        if not pdf.is_file():
            said = (output or b"").decode("utf-8", "replace").strip().splitlines()
            raise PreviewFailed(msg("LibreOffice made no PDF of the letter: {reason}", reason=said[-1])
                                if said else msg("LibreOffice made no PDF of the letter."))
        return pdf.read_bytes()


def docx_text(data: bytes) -> str:
    """The text of a .docx as it reads: headers, then the body's paragraphs and tables in
    order (a table's cells separated by tabs), then footers."""
    doc = Document(io.BytesIO(data))
    lines: list[str] = []

    def add_block(block: object) -> None:
        if isinstance(block, Table):
            for row in block.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))
                lines.append("\t".join(c for c in cells if c))
        else:
            lines.append(getattr(block, "text", ""))

    section = doc.sections[0] if doc.sections else None
    if section is not None and not section.header.is_linked_to_previous:
        lines.extend(p.text for p in section.header.paragraphs if p.text.strip())
    for block in doc.iter_inner_content():
        add_block(block)
    if section is not None and not section.footer.is_linked_to_previous:
        lines.extend(p.text for p in section.footer.paragraphs if p.text.strip())
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()
