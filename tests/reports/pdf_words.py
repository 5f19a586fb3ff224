"""The words of a PDF as pdftotext reads them: one space between words, compatibility forms
folded (NFKC: the Arabic presentation forms a PDF draws back to their letters), without the
direction marks pdftotext puts around right-to-left runs."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

_MARKS = str.maketrans("", "", "\u202a\u202b\u202c\u200e\u200f")


def pdf_words(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", " ".join(out.translate(_MARKS).split()))


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The text pdftotext gives back, letter by letter as it came (no compatibility folding:
    a mathematical 𝔸 stays 𝔸, not A), one space between words."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.translate(_MARKS).split())
