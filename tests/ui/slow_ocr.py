"""A Make searchable (OCR) that reads for two minutes, for tests of what stops it: an
``ocrmypdf`` that sleeps in a temporary folder of the test's own, OCR ready, and the message
boxes it would show recorded."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.services import ocr
from tests.services.test_ocr_temporary_files import _fake_ocrmypdf


def slow_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """The temporary folder OCR works in, and the texts of the boxes shown."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    _fake_ocrmypdf(tmp_path, monkeypatch, then="sleep 120")
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    boxes: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            staticmethod(lambda _p, _t, text, *a, **k: boxes.append(text)))
    return temporary, boxes
