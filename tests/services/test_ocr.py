"""Searchable scans: a scanned page (made here, Armenian text, no text layer) is OCR'd with
OCRmyPDF and Tesseract; its words are then found by the app's search, the text PDF is kept
beside the original, and the original and its SHA-256 stay as they were."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import set_language
from caseapp.services import ocr
from caseapp.services.casefile import CaseFile
from tests.services.scan_pages import scanned_pdf, scanned_png

needs_ocr = pytest.mark.skipif(not ocr.readiness().ready, reason=ocr.readiness().message)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_ocr
def test_an_armenian_scan_becomes_searchable_and_the_original_is_kept(
        case_file: CaseFile, tmp_path: Path) -> None:
    captive = case_file.captives.create(names=["Սարգսյան Արամ"], capture="2020-11-10")
    scan = scanned_pdf()
    doc = case_file.documents.create(captive_id=captive.id, title="Baku court decision",
                                     filename="decision.pdf", content=scan)
    # Before OCR: an image-only PDF, nothing to find and no text copy.
    assert case_file.search.everything("կալանքը") == []
    assert case_file.documents.text_pdf(doc.id, tmp_path) is None

    result = case_file.ocr.make_searchable(doc.id)

    hits = case_file.search.everything("կալանքը")
    assert [(h.entity, h.record_id) for h in hits] == [("documents", doc.id)]
    assert hits[0].captive_ids == (captive.id,)
    # A word of another line, by its first letters (the search matches prefixes).
    assert [h.record_id for h in case_file.search.everything("երկարաձգ")] == [doc.id]
    # The original bytes and their hash are unchanged; the copy has its own hash.
    assert case_file.documents.content(doc.id) == scan
    assert case_file.documents.get(doc.id).sha256 == hashlib.sha256(scan).hexdigest()
    assert result.original_sha256 == hashlib.sha256(scan).hexdigest()
    path = case_file.documents.text_pdf(doc.id, tmp_path)
    assert path is not None and path.parent == tmp_path
    assert hashlib.sha256(path.read_bytes()).hexdigest() == result.text_pdf_sha256
    assert "Դատարանը" in pdftotext(path)  # a text PDF: the words can be extracted
    assert result.languages == "hye+rus+eng+aze"
    # The audit trail says a searchable copy was made.
    entries = [e for e in case_file.audit.for_record(doc.uid) if e.field == "text_pdf_sha256"]
    assert [e.new_value for e in entries] == [result.text_pdf_sha256]


@needs_ocr
def test_a_scanned_image_is_read_too_and_a_new_file_drops_the_old_copy(
        case_file: CaseFile, tmp_path: Path) -> None:
    # A photo of a Russian and Azerbaijani decision from Baku.
    page = ("ПОСТАНОВЛЕНИЕ", "о продлении срока содержания под стражей",
            "Qərar: həbs müddəti uzadılsın")
    doc = case_file.documents.create(title="Photo of the decision", filename="decision.png",
                                     content=scanned_png(page))
    case_file.ocr.make_searchable(doc.id)
    assert [h.record_id for h in case_file.search.everything("продлении")] == [doc.id]
    assert [h.record_id for h in case_file.search.everything("müddəti")] == [doc.id]
    # Replacing the file: the copy made from the old one no longer fits and goes.
    case_file.documents.update(doc.id, content=b"%PDF-1.4 other")
    assert case_file.documents.text_pdf(doc.id, tmp_path) is None
    assert case_file.search.everything("продлении") == []


def test_without_ocrmypdf_a_clear_message_and_nothing_changes(
        case_file: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = case_file.documents.create(title="Scan", filename="scan.pdf", content=scanned_pdf())
    real_which = shutil.which
    monkeypatch.setattr(ocr.shutil, "which",
                        lambda name: None if name == "ocrmypdf" else real_which(name))
    with pytest.raises(ocr.OcrUnavailable) as err:
        case_file.ocr.make_searchable(doc.id)
    message = str(err.value)
    assert "ocrmypdf not installed" in message and "apt-get install" in message
    assert "\n" not in message
    assert case_file.documents.text_pdf_bytes(doc.id) is None


def test_a_missing_language_is_named_with_its_debian_package(
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Listed:
        stdout = "List of available languages (2):\neng\nrus\n"

    monkeypatch.setattr(ocr.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(ocr.subprocess, "run", lambda *a, **k: Listed())
    found = ocr.readiness()
    assert not found.ready
    assert found.missing == ("hye", "aze")
    assert "tesseract-ocr-aze tesseract-ocr-hye" in found.message
    try:  # in the lawyer's language, the Debian names as they are
        set_language("ru")
        russian = ocr.readiness().message
        set_language("hy")
        armenian = ocr.readiness().message
    finally:
        set_language("en")
    assert "Scans cannot" not in russian and "tesseract-ocr-aze tesseract-ocr-hye" in russian
    assert "Scans cannot" not in armenian and "hye, aze" in armenian


def test_only_scans_are_read_and_ocr_columns_cannot_be_set_by_hand(
        case_file: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    doc = case_file.documents.create(title="Notes", filename="notes.docx", content=b"PK\x03\x04")
    with pytest.raises(ValidationError) as err:
        case_file.ocr.make_searchable(doc.id)
    assert err.value.field == "media_type" and "only PDF, PNG, JPEG and TIFF" in str(err.value)
    for field in ("text_pdf", "text_layer", "text_pdf_sha256", "ocr_languages"):
        with pytest.raises(ValidationError) as err:
            case_file.documents.update(doc.id, **{field: "x"})
        assert err.value.field == field


@needs_ocr
def test_a_damaged_or_locked_scan_is_refused_saying_why(case_file: CaseFile) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    from tests.services.filing_data import text_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("LOCKED scan"))))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = io.BytesIO()
    writer.write(locked)
    for content, why in ((b"%PDF-1.4\n garbage garbage \n%%EOF", "it is damaged"),
                         (locked.getvalue(), "the PDF is protected by a password")):
        doc = case_file.documents.create(title="Scan", filename="scan.pdf", content=content)
        with pytest.raises(ValidationError) as err:
            case_file.ocr.make_searchable(doc.id)
        assert err.value.field == "ocr" and f"OCR cannot read this file: {why}" in str(err.value)
        assert "InputFileError" not in str(err.value)
        assert case_file.documents.text_pdf_bytes(doc.id) is None  # nothing kept


@pytest.mark.parametrize("lang", ["ru", "hy"])
@pytest.mark.parametrize("stderr", ["", "ERROR - Tesseract failed: out of memory\n"])
def test_a_failed_ocr_is_said_in_her_language_before_ocrmypdfs_own_words(
        monkeypatch: pytest.MonkeyPatch, lang: str, stderr: str) -> None:
    """OCRmyPDF's last line is English: a Russian- or Armenian-speaking lawyer first reads,
    in her language, that OCR failed and the document is as it was; its words only quoted."""
    import re

    from caseapp.domain.messages import text_of

    class Failed:
        returncode = 15
        stdout = ""

    Failed.stderr = stderr
    monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)
    monkeypatch.setattr(ocr, "_run", lambda *a, **k: Failed())
    with pytest.raises(ValidationError) as err:
        ocr.run_ocr(scanned_pdf(), "application/pdf")
    said = text_of(err.value.message, lang)
    sentence, quoted, words = said.partition("«")
    assert not re.findall(r"[A-Za-z]{3,}", sentence.replace("OCRmyPDF", "").replace("OCR", "")), said
    assert "15" in sentence and "no message" not in said
    assert (words == "ERROR - Tesseract failed: out of memory»") if stderr else not quoted, said


def test_a_one_page_scan_is_read_by_one_worker_and_a_longer_one_by_the_pool(monkeypatch) -> None:
    """OCRmyPDF's pool of workers cost a one-page scan five times the CPU; a scan of several
    pages keeps it (its pages read side by side), and so does a PDF that cannot be counted."""
    import io

    from pypdf import PdfWriter

    def pdf(pages: int) -> bytes:
        writer, out = PdfWriter(), io.BytesIO()
        for _ in range(pages):
            writer.add_blank_page(width=595, height=842)
        writer.write(out)
        return out.getvalue()

    commands: list[list[str]] = []

    def run(command, **_kwargs):  # type: ignore[no-untyped-def]
        commands.append(command)
        return subprocess.CompletedProcess(command, 2, "", "")  # "damaged": refused

    monkeypatch.setattr(ocr, "_run", run)
    monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)
    cases = [(scanned_png(("a",)), "image/png"), (pdf(1), "application/pdf"),
             (pdf(3), "application/pdf"), (b"%PDF-1.4 cut", "application/pdf"),
             (b"II*\x00", "image/tiff")]
    for content, media_type in cases:
        with pytest.raises(ValidationError):
            ocr.run_ocr(content, media_type)
    assert [("--jobs" in c) for c in commands] == [True, True, False, False, False]
    assert all(c[c.index("--jobs") + 1] == "1" for c in commands if "--jobs" in c)


def _pdf_with_text(*pages: str, user_password: str | None = None,
                   owner_password: str | None = None) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    from tests.services.filing_data import text_pdf

    writer = PdfWriter()
    for words in pages:
        writer.append(PdfReader(io.BytesIO(text_pdf(words))))
    if owner_password is not None:
        writer.encrypt(user_password=user_password or "", owner_password=owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fake_ocrmypdf(monkeypatch: pytest.MonkeyPatch, seen: list[bytes]) -> None:
    """OCRmyPDF as it treats a PDF that has a text layer already (``--skip-text``): the pages
    copied as they are, and in the sidecar only its placeholder, no words."""
    def run(command, **_kwargs):  # type: ignore[no-untyped-def]
        source, target = Path(command[-2]), Path(command[-1])
        sidecar = Path(command[command.index("--sidecar") + 1])
        seen.append(source.read_bytes())
        target.write_bytes(source.read_bytes())
        sidecar.write_text("[OCR skipped on page(s) 1-2]\n", encoding="utf-8")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)
    monkeypatch.setattr(ocr, "_run", run)


def test_a_pdf_with_a_text_layer_keeps_its_own_words_not_ocrmypdfs_placeholder(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """OCRmyPDF leaves a page that has text alone and writes "[OCR skipped on page(s) 1-2]"
    in the sidecar: that was stored as the document's text (every such PDF found by
    "skipped", none by its own words)."""
    _fake_ocrmypdf(monkeypatch, [])
    pdf, text = ocr.run_ocr(_pdf_with_text("Verdict of the Baku court", "Приговор суда"),
                            "application/pdf")
    assert "OCR skipped" not in text
    assert "Verdict of the Baku court" in text and "Приговор суда" in text
    assert pdf.startswith(b"%PDF")


def test_a_pdf_locked_only_against_changes_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF with only an owner password opens in any viewer without one; OCRmyPDF refuses
    every encrypted PDF, and the lawyer was told to remove a password she was never asked
    for. OCR now reads an unlocked copy; the original is not changed."""
    import io

    from pypdf import PdfReader

    seen: list[bytes] = []
    _fake_ocrmypdf(monkeypatch, seen)
    locked = _pdf_with_text("Decision on detention", owner_password="owner")
    assert PdfReader(io.BytesIO(locked)).is_encrypted
    _pdf, text = ocr.run_ocr(locked, "application/pdf")
    assert not PdfReader(io.BytesIO(seen[0])).is_encrypted
    assert "Decision on detention" in text


def test_a_pdf_that_asks_for_a_password_is_still_refused_saying_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []
    _fake_ocrmypdf(monkeypatch, seen)
    locked = _pdf_with_text("Secret", user_password="secret", owner_password="owner")
    monkeypatch.setattr(ocr, "_run", lambda command, **_k: subprocess.CompletedProcess(
        command, 8, "", ""))
    with pytest.raises(ValidationError) as err:
        ocr.run_ocr(locked, "application/pdf")
    assert "protected by a password" in str(err.value)


def test_ocr_stopped_at_its_time_limit_leaves_no_worker_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a hostile file OCR is stopped at the time limit, said in one line; its workers
    (Tesseract, started by OCRmyPDF) went on reading, orphaned, after OCRmyPDF was killed."""
    import os
    import time

    pid_file = tmp_path / "worker.pid"
    fake = tmp_path / "bin" / "ocrmypdf"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\nsleep 120 &\necho $! > '{pid_file}'\nsleep 120\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "_hash_seed", lambda order: None)
    monkeypatch.setattr(ocr, "TIMEOUT_SECONDS", 1)
    started = time.monotonic()
    with pytest.raises(ValidationError) as err:
        ocr.run_ocr(scanned_pdf(), "application/pdf")
    assert time.monotonic() - started < 30
    assert err.value.field == "ocr" and "\n" not in str(err.value)
    assert "stopped" in str(err.value)
    worker = int(pid_file.read_text())
    for _ in range(50):  # the worker is gone (or only waits to be reaped)
        try:
            state = Path(f"/proc/{worker}/stat").read_text().split(") ")[1][0]
        except (FileNotFoundError, ProcessLookupError):
            break
        if state in "ZX":
            break
        time.sleep(0.1)
    else:
        os.kill(worker, 9)
        pytest.fail("an OCR worker was left running after the time limit")


@needs_ocr
def test_a_pdf_part_text_part_scan_is_found_by_the_words_of_both(case_file: CaseFile) -> None:
    """A typed cover letter with a scanned decision behind it: the letter's own text layer is
    kept (not OCR'd again, not doubled) and found by the search, as is the scan's."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in (_pdf_with_text("Cover letter to the Ombudsman"), scanned_pdf()):
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    doc = case_file.documents.create(title="Letter and decision", filename="letter.pdf",
                                     content=out.getvalue())
    case_file.ocr.make_searchable(doc.id)
    assert [h.record_id for h in case_file.search.everything("Ombudsman")] == [doc.id]
    assert [h.record_id for h in case_file.search.everything("կալանքը")] == [doc.id]
    assert case_file.search.everything("skipped") == []
    text_pdf = case_file.documents.text_pdf_bytes(doc.id)
    assert text_pdf is not None
    first = PdfReader(io.BytesIO(text_pdf)).pages[0].extract_text()
    assert first.count("Cover letter to the Ombudsman") == 1


@needs_ocr
def test_tesseract_loads_every_language_of_a_scan(tmp_path: Path) -> None:
    """Debian's Tesseract 5.3.0 given hye+rus+aze+eng looked for a fourth language named by
    garbled bytes and read without English, every run, saying so only on its stderr (an
    Azerbaijani name beside English words came out in Cyrillic nonsense: Мэттоэдом)."""
    image = tmp_path / "page.png"
    image.write_bytes(scanned_png(("The applicant was detained on 12 March 2024",)))
    done = subprocess.run(["tesseract", str(image), "-", "-l", "+".join(ocr.LANGUAGES)],
                          capture_output=True, text=True, errors="replace", check=False)
    assert done.returncode == 0 and "Failed loading" not in done.stderr, done.stderr
    assert "detained" in done.stdout

