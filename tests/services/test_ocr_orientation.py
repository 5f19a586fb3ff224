"""Scanned pages fed into the scanner sideways or upside down: each page is turned upright
before its text is read, so the words of a court decision scanned turned are found by the case
file's search; the stored scan is not changed (its SHA-256 is the evidence of what arrived),
the text copy shows each page upright; a page whose orientation cannot be told (a photo, a
page with hardly any text) is still read, and named as one that may be unreadable."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader

from caseapp.domain.messages import text_of
from caseapp.services import ocr
from caseapp.services.casefile import CaseFile
from tests.services.scan_pages import blank, page_image, pdf_of, picture, turned_pdf

needs_ocr = pytest.mark.skipif(not ocr.readiness().ready, reason=ocr.readiness().message)

ARMENIAN = ("ՈՐՈՇՈՒՄ", "Դատարանը որոշեց երկարաձգել կալանքը", "Բաքու 2024")
RUSSIAN = ("ПОСТАНОВЛЕНИЕ", "о продлении срока содержания под стражей", "Баку 2024")
LATIN = ("QƏRAR", "Həbs müddəti uzadılsın", "Bakı şəhəri 2024")


def found(case_file: CaseFile, word: str) -> list[int]:
    return [h.record_id for h in case_file.search.everything(word)]


@needs_ocr
def test_pages_scanned_sideways_or_upside_down_are_read_upright_and_found(
        case_file: CaseFile) -> None:
    captive = case_file.captives.create(names=["Սարգսյան Արամ"], capture="2020-11-10")
    # Page 1 turned a quarter left, page 2 upside down, page 3 a quarter right.
    scan = turned_pdf((ARMENIAN, 90), (RUSSIAN, 180), (LATIN, 270))
    doc = case_file.documents.create(captive_id=captive.id, title="Baku court decision",
                                     filename="decision.pdf", content=scan)

    result = case_file.ocr.make_searchable(doc.id)

    for word in ("կալանքը", "երկարաձգել", "продлении", "содержания", "müddəti", "uzadılsın"):
        assert found(case_file, word) == [doc.id], word
    assert result.unsure_pages == ()
    # The scan as it arrived is kept byte for byte; the text copy shows every page upright
    # (turned clockwise by 90°, 180°, 270°: what each needed).
    assert case_file.documents.content(doc.id) == scan
    assert case_file.documents.get(doc.id).sha256 == hashlib.sha256(scan).hexdigest()
    copy = case_file.documents.text_pdf_bytes(doc.id)
    assert copy is not None
    assert [p.rotation % 360 for p in PdfReader(io.BytesIO(copy)).pages] == [90, 180, 270]


@needs_ocr
def test_a_photo_of_a_page_held_upside_down_is_read(case_file: CaseFile) -> None:
    out = io.BytesIO()
    page_image(RUSSIAN).rotate(180).save(out, format="PNG", dpi=(300, 300))
    doc = case_file.documents.create(title="Photo of the decision", filename="decision.png",
                                     content=out.getvalue())
    result = case_file.ocr.make_searchable(doc.id)
    assert found(case_file, "продлении") == [doc.id]
    assert result.unsure_pages == ()
    assert case_file.documents.content(doc.id) == out.getvalue()


@needs_ocr
def test_a_page_whose_orientation_cannot_be_told_is_named_and_the_rest_is_read(
        case_file: CaseFile) -> None:
    """A photo among the pages: the text copy is still made, the decision's words are found,
    and the lawyer is told in one line which page may be unreadable; an empty back of a
    sheet is not named (there is nothing on it to miss)."""
    scan = pdf_of(page_image(RUSSIAN).rotate(180), picture(), blank())
    doc = case_file.documents.create(title="Decision with a photo", filename="decision.pdf",
                                     content=scan)
    result = case_file.ocr.make_searchable(doc.id)
    assert found(case_file, "продлении") == [doc.id]
    assert result.unsure_pages == (2,)
    line = ocr.unsure_message("Decision with a photo", result.unsure_pages)
    assert str(line) == ("Page 2 of “Decision with a photo” may be unreadable in its text "
                         "copy: which way up it is could not be told, so a search may miss its "
                         "words.")
    for lang in ("hy", "ru"):
        said = text_of(line, lang)
        assert "\n" not in said and "2" in said and "Page" not in said


def test_unsure_pages_are_named_together_in_one_line() -> None:
    line = str(ocr.unsure_message("Letter", (2, 5, 6)))
    assert line.startswith("Pages 2, 5, 6 of “Letter” may be unreadable") and "\n" not in line


@needs_ocr
def test_a_phone_photo_in_cmyk_turned_by_its_exif_is_handed_to_ocr_upright() -> None:
    """A JPEG whose EXIF says “turn me” is handed to OCR with its pixels turned (a PNG); one in
    CMYK, which PNG cannot hold, was refused by the image library mid-way."""
    from PIL import Image

    from caseapp.services import ocr_orientation

    exif = Image.Exif()
    exif[0x0112] = 3  # shown turned half round
    out = io.BytesIO()
    page_image(RUSSIAN).rotate(180).convert("CMYK").save(out, format="JPEG", exif=exif,
                                                          dpi=(300, 300))
    turned = ocr_orientation.upright(out.getvalue(), "image/jpeg", ocr.LANGUAGES, image_dpi=300)
    assert turned.media_type == "image/png" and turned.unsure_pages == ()
    shown = Image.open(io.BytesIO(turned.content))
    assert shown.size == (1800, 450)


@needs_ocr
def test_pages_left_when_the_time_to_turn_them_runs_out_are_read_as_they_are_and_named(
        case_file: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long scan: the time to look at the pages' way up runs out after the first page (the
    clock is the test's, so that it runs out there and nowhere else). The first page is
    turned upright; the others are read as they are, none passed over: the upright one's
    words are found, and they are named as not checked, kept with the document."""
    from caseapp.services import ocr_orientation

    monkeypatch.setattr(ocr_orientation.os, "cpu_count", lambda: 1)  # one page after another
    clock = [0.0]
    monkeypatch.setattr(ocr_orientation, "_now", lambda: clock[0])
    looked = ocr_orientation.page_orientation

    def look_then_time_up(*args: object, **kwargs: object) -> ocr_orientation.Orientation:
        done = looked(*args, **kwargs)  # type: ignore[arg-type]
        clock[0] = ocr_orientation.TIME_CAP  # the cap reached once this page is looked at
        return done

    monkeypatch.setattr(ocr_orientation, "page_orientation", look_then_time_up)
    scan = turned_pdf((RUSSIAN, 180), (ARMENIAN, 90), (LATIN, 0))
    doc = case_file.documents.create(title="Long indictment", filename="indictment.pdf",
                                     content=scan)

    result = case_file.ocr.make_searchable(doc.id)

    assert (result.unsure_pages, result.unchecked_pages) == ((), (2, 3))
    assert found(case_file, "продлении") == [doc.id]  # page 1, turned upright
    assert found(case_file, "uzadılsın") == [doc.id]  # page 3, upright, read as it is
    copy = case_file.documents.text_pdf_bytes(doc.id)
    assert copy is not None
    assert [p.rotation % 360 for p in PdfReader(io.BytesIO(copy)).pages] == [180, 0, 0]
    stored = case_file.documents.get(doc.id)
    assert (stored.ocr_unsure_pages, stored.ocr_unchecked_pages) == ((), (2, 3))
    assert case_file.documents.content(doc.id) == scan


@needs_ocr
def test_a_page_that_holds_tesseract_is_stopped_at_its_time_and_named(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A pathological page (here: every Tesseract run on the picture of page 2 never ends, as
    the test makes it) is stopped when its time is up, not after STEP_TIMEOUT each run; it is
    named as not checked, and the other pages are turned as they need."""
    import subprocess

    from PIL import Image, ImageStat

    from caseapp.services import ocr_orientation

    real_run = subprocess.run
    given: list[float] = []

    def run(command: list[str], *args: object, **kwargs: object) -> object:
        if command[0] == "tesseract":
            seen = Image.open(io.BytesIO(kwargs["input"]))  # type: ignore[arg-type]
            if ImageStat.Stat(seen.convert("L")).mean[0] < 200:  # the photo: grey all over
                given.append(float(kwargs["timeout"]))  # type: ignore[arg-type]
                raise subprocess.TimeoutExpired(command, float(kwargs["timeout"]))  # type: ignore[arg-type]
        return real_run(command, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(ocr_orientation.subprocess, "run", run)
    scan = pdf_of(page_image(RUSSIAN).rotate(180, expand=True), picture(),
                  page_image(LATIN).rotate(90, expand=True))
    turned = ocr_orientation.upright(scan, "application/pdf", ocr.LANGUAGES, image_dpi=300)
    assert (turned.turned_pages, turned.unsure_pages, turned.unchecked_pages) == (
        (1, 3), (), (2,))
    assert given and all(0 < seconds <= ocr_orientation.PAGE_CAP for seconds in given)
