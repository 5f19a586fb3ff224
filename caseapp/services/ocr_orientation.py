"""Which way up each page of a scan is, and the scan turned upright before OCR reads it.

A page fed into the scanner sideways or upside down was read as nonsense ("VA ичнноипвииэцу…")
and its words were never found by the search. Each page without a text layer of its own is
looked at first:

1. Tesseract's orientation detection (``tesseract - - --psm 0 -l osd``). Its answer is taken
   as it is only when it is sure (:data:`OSD_SURE`): on Cyrillic and Latin pages it is (a
   confidence of 20–35 measured), on Armenian, a script its data does not know, it is not
   (under 5), and then it is wrong as often as right, upside down for upright.
2. Otherwise a sample of the page is read both ways up, as OSD turned it and half a turn
   more, with the scan's languages, and the way whose words Tesseract is sure of wins, if it
   wins clearly (:data:`READ_SURE`, :data:`READ_MARGIN`: measured 85–95 the right way up,
   45–55 upside down). Tesseract reads lines running up or down the page by itself, so these
   two ways cover the four quarter turns.
3. Where neither tells (a photo, a page with a word or two), the page is kept as it is, read
   all the same, and named among :attr:`Upright.unsure_pages`; an empty page is not named.
4. Pages are looked at for five minutes in all (:data:`TIME_CAP`), one page for a minute at
   most (:data:`PAGE_CAP`): a page not looked at by then, in a scan of hundreds of pages or
   one that holds Tesseract, is kept as it is, read all the same, and named among
   :attr:`Upright.unchecked_pages`, never passed over in silence.

The stored scan is never changed (its SHA-256 is the evidence of what arrived): the copy
handed to OCRmyPDF is turned. For a PDF the page's ``/Rotate`` is turned (its pixels not
touched), so the text copy a lawyer opens shows every page upright; an image is turned and
handed over as a PNG (a TIFF of several pages as a TIFF), its EXIF orientation applied first.

OCRmyPDF's own ``--rotate-pages`` is not used: with Debian's Tesseract 5.3.0 and four languages
it sometimes lost the words of an upright page, and its ``--deskew`` crashed.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from caseapp.services.scan_folders import scan_folder

# Tesseract's orientation confidence from which its answer is taken without a second look.
OSD_SURE = 15.0
# A way up is told by reading only if its words' mean confidence reaches READ_SURE and beats
# the other way's by READ_MARGIN.
READ_SURE = 60.0
READ_MARGIN = 15.0
# The resolution pages are looked at (a PDF's pages drawn at it), and the sample read both
# ways: the middle of the page's ink turned as OSD says, SAMPLE_WIDTH by SAMPLE_HEIGHT pixels
# at SAMPLE_DPI, wide enough for whole words (lines cut short read as well upside down, in
# Armenian, whose letters look alike both ways up: 84 against 94 measured, not 53 against 97).
RENDER_DPI = 300
SAMPLE_DPI = 150
SAMPLE_WIDTH, SAMPLE_HEIGHT = 800, 240
# A page with less dark ink than this share of its surface is empty: nothing on it to miss.
BLANK_INK = 0.0005
STEP_TIMEOUT = 300  # seconds, for one page's look (a Tesseract or Ghostscript run)
# How long the pages of one scan are looked at, in all, and one page at most, before OCRmyPDF
# reads them: a page not looked at by then (a very long scan, a page that holds Tesseract) is
# read as it is and named among Upright.unchecked_pages. Measured on the shared 2-core machine
# (benchmarks/ocr_orientation.py, 10 pages each): 0.7–1.0 pages/s of pages in Armenian, Russian
# and Azerbaijani, upright or turned; 0.3–0.5 pages/s of pages in Armenian alone, which are read
# both ways up; 0.2 pages/s of either while other work held the cores. So five minutes look at
# 60–300 pages (a court decision of 30 pages whole even then), and a page takes 2–8 s of a
# core, well under its minute.
TIME_CAP = 300.0
PAGE_CAP = 60.0
_now = time.monotonic  # (a test's clock stands in for it)


class _OutOfTime(Exception):
    """The time to look at a page ran out (TIME_CAP or PAGE_CAP): it is not checked."""

_ROTATE = re.compile(r"^Rotate:\s*(\d+)\s*$", re.MULTILINE)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([0-9.]+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Orientation:
    turn: int  # degrees clockwise that make the page upright: 0, 90, 180 or 270
    sure: bool  # False: which way up could not be told, the page kept as it was
    checked: bool = True  # False: not looked at, the time for it ran out (kept as it was)


UNCHECKED = Orientation(0, False, checked=False)


@dataclass(frozen=True)
class Upright:
    """The scan to hand to OCR (turned where a page needed it) and what could not be told."""

    content: bytes
    media_type: str
    turned_pages: tuple[int, ...]  # 1-based
    unsure_pages: tuple[int, ...]  # 1-based
    # 1-based: not looked at, the time for it having run out (TIME_CAP), kept as they were
    unchecked_pages: tuple[int, ...] = ()


def _env() -> dict[str, str]:
    # One thread each: the pages are looked at side by side, one Tesseract per core.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _png(image: Image.Image, dpi: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _time_left(until: float | None) -> float:
    """Seconds a step may take: STEP_TIMEOUT, or less when the page's time ends sooner."""
    if until is None:
        return STEP_TIMEOUT
    left = until - _now()
    if left <= 0:
        raise _OutOfTime
    return min(STEP_TIMEOUT, left)


def _tesseract(image: Image.Image, dpi: int, *options: str,
               until: float | None = None) -> str | None:
    timeout = _time_left(until)
    try:
        done = subprocess.run(["tesseract", "-", "-", "--dpi", str(dpi), *options],
                              input=_png(image, dpi), capture_output=True, env=_env(),
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        if until is not None:
            raise _OutOfTime from None  # stopped at the page's time: not checked
        return None
    except (OSError, subprocess.SubprocessError):
        return None
    # Its messages may hold bytes that are not UTF-8 (a language name it garbled): not read.
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def _detected(image: Image.Image, dpi: int, until: float | None = None
              ) -> tuple[int, float] | None:
    """Tesseract's orientation detection: the clockwise turn that makes the page upright and
    how sure it is; None where it cannot tell (too few letters, its data missing)."""
    said = _tesseract(image, dpi, "--psm", "0", "-l", "osd", until=until)
    turn, confidence = (_ROTATE.search(said or ""), _CONFIDENCE.search(said or ""))
    if turn is None or confidence is None or int(turn.group(1)) % 90:
        return None
    return int(turn.group(1)) % 360, float(confidence.group(1))


def _reading_confidence(image: Image.Image, languages: str, until: float | None = None
                        ) -> float:
    """The mean confidence of the words Tesseract reads in the image, by their letters."""
    said = _tesseract(image, SAMPLE_DPI, "-l", languages, "--psm", "3", "tsv",
                      until=until) or ""
    total = weight = 0.0
    for row in said.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence >= 0:
            total += confidence * len(cells[11].strip())
            weight += len(cells[11].strip())
    return total / weight if weight else 0.0


def _turned(image: Image.Image, turn: int) -> Image.Image:
    return image.rotate(-turn, expand=True) if turn % 360 else image  # rotate(): anticlockwise


def _inked(gray: Image.Image) -> Image.Image:
    """The page cut to its ink: orientation detection takes half the time on the printed
    part of a page as on the whole sheet, margins and empty lower half included."""
    box = ImageOps.invert(gray).point(lambda v: 255 if v > 96 else 0).getbbox()
    if box is None:
        return gray
    margin = 20
    return gray.crop((max(0, box[0] - margin), max(0, box[1] - margin),
                      min(gray.width, box[2] + margin), min(gray.height, box[3] + margin)))


def _blank(gray: Image.Image) -> bool:
    histogram = gray.histogram()
    return sum(histogram[:128]) < BLANK_INK * gray.width * gray.height


def _sample(gray: Image.Image, dpi: int, turn: int) -> Image.Image:
    """The middle of the page's ink turned by ``turn``, at SAMPLE_DPI, at most SAMPLE_WIDTH by
    SAMPLE_HEIGHT pixels."""
    scale = SAMPLE_DPI / dpi
    small = _turned(gray.resize((max(1, round(gray.width * scale)),
                                 max(1, round(gray.height * scale)))), turn)
    box = ImageOps.invert(small).point(lambda v: 255 if v > 96 else 0).getbbox()
    if box:
        small = small.crop(box)
    cx, cy = small.width // 2, small.height // 2
    w, h = SAMPLE_WIDTH // 2, SAMPLE_HEIGHT // 2
    return small.crop((max(0, cx - w), max(0, cy - h), min(small.width, cx + w),
                       min(small.height, cy + h)))


def reading_languages(languages: Sequence[str]) -> str:
    """The languages the sample is read in: the scan's, English left out when there are more
    than three (Azerbaijani's Latin letters read its words; fewer models, a quicker read of
    a sample read twice)."""
    kept = [code for code in languages if code != "eng"] if len(languages) > 3 else list(languages)
    return "+".join(kept or languages)


def page_orientation(image: Image.Image, dpi: int, languages: Sequence[str], *,
                     until: float | None = None) -> Orientation:
    """Which way up the page is (see the module's description); :data:`UNCHECKED` if it
    cannot be told by ``until`` (a :func:`time.monotonic` time; None: no end)."""
    try:
        return _orientation(image, dpi, languages, until)
    except _OutOfTime:
        return UNCHECKED


def _orientation(image: Image.Image, dpi: int, languages: Sequence[str],
                 until: float | None) -> Orientation:
    gray = image.convert("L")
    if _blank(gray):
        return Orientation(0, True)
    detected = _detected(_inked(gray), dpi, until)
    if detected is not None and detected[1] >= OSD_SURE:
        return Orientation(detected[0], True)
    first = detected[0] if detected is not None else 0
    sample, words = _sample(gray, dpi, first), reading_languages(languages)
    one = _reading_confidence(sample, words, until)
    other = _reading_confidence(_turned(sample, 180), words, until)
    best, second, turn = (one, other, first) if one >= other else (other, one, (first + 180) % 360)
    if best >= READ_SURE and best - second >= READ_MARGIN:
        return Orientation(turn, True)
    return Orientation(0, False)


def _side_by_side(count: int, look: Callable[[int, float], Orientation | None],
                  stopped: Callable[[], bool] | None = None) -> list[Orientation | None]:
    """Each page looked at (``look(number, until)``), side by side, one per core; once
    TIME_CAP has run out from the start, the pages not begun are :data:`UNCHECKED`, and a page
    begun has until the cap or PAGE_CAP from its own start, whichever comes first. Once
    ``stopped()`` (the case file closed), the pages not begun are left too."""
    end = _now() + TIME_CAP

    def timed(number: int) -> Orientation | None:
        begun = _now()
        if begun >= end or (stopped is not None and stopped()):
            return UNCHECKED
        return look(number, min(end, begun + PAGE_CAP))

    if count <= 1:
        return [timed(n) for n in range(count)]
    with ThreadPoolExecutor(max_workers=max(1, min(count, os.cpu_count() or 1))) as pool:
        return list(pool.map(timed, range(count)))


def _pages(found: Sequence[Orientation | None]) -> tuple[tuple[int, ...], ...]:
    """The pages (1-based) turned, those whose way up could not be told, those not checked."""
    def numbers(which: Callable[[Orientation], bool]) -> tuple[int, ...]:
        return tuple(n + 1 for n, o in enumerate(found) if o is not None and which(o))

    return (numbers(lambda o: bool(o.turn)), numbers(lambda o: o.checked and not o.sure),
            numbers(lambda o: not o.checked))


def _rendered(pdf: Path, number: int, until: float | None = None) -> Image.Image | None:
    """Page ``number`` (1-based) of the PDF as Ghostscript draws it (``/Rotate`` applied)."""
    timeout = _time_left(until)
    try:
        done = subprocess.run(
            ["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pnggray",
             f"-r{RENDER_DPI}", f"-dFirstPage={number}", f"-dLastPage={number}",
             "-sOutputFile=-", str(pdf)],
            capture_output=True, timeout=timeout, check=False)
        if done.returncode != 0 or not done.stdout:
            return None
        image = Image.open(io.BytesIO(done.stdout))
        image.load()
        return image
    except subprocess.TimeoutExpired:
        if until is not None:
            raise _OutOfTime from None
        return None
    except (OSError, subprocess.SubprocessError, Image.DecompressionBombError):
        return None


def _pdf_upright(content: bytes, languages: Sequence[str],
                 stopped: Callable[[], bool] | None = None) -> Upright:
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(content))
        pages = list(reader.pages)
    except Exception:  # noqa: BLE001 — a PDF that cannot be read: OCRmyPDF says what is wrong
        return Upright(content, "application/pdf", (), ())

    def has_text(number: int) -> bool:
        try:
            return bool((pages[number].extract_text() or "").strip())
        except Exception:  # noqa: BLE001 — its text cannot be had: looked at as a scan
            return False

    with scan_folder("turn") as tmp:
        source = tmp / "in.pdf"
        source.write_bytes(content)

        def look(number: int, until: float) -> Orientation | None:
            if has_text(number):  # OCRmyPDF keeps its own text (--skip-text)
                return None
            try:
                image = _rendered(source, number + 1, until)
            except _OutOfTime:
                return UNCHECKED
            return (page_orientation(image, RENDER_DPI, languages, until=until)
                    if image is not None else Orientation(0, False))

        found = _side_by_side(len(pages), look, stopped)
    turned, unsure, unchecked = _pages(found)
    if not turned:
        return Upright(content, "application/pdf", (), unsure, unchecked)
    writer = PdfWriter(clone_from=reader)
    for number in turned:
        orientation = found[number - 1]
        assert orientation is not None
        page = writer.pages[number - 1]
        page.rotation = (page.rotation + orientation.turn) % 360  # /Rotate: clockwise
    out = io.BytesIO()
    writer.write(out)
    return Upright(out.getvalue(), "application/pdf", turned, unsure, unchecked)


def _storable(image: Image.Image) -> Image.Image:
    """The image in a mode a PNG holds (a CMYK or YCbCr JPEG as RGB)."""
    return image if image.mode in {"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"} else (
        image.convert("RGB"))


def _image_upright(content: bytes, media_type: str, default_dpi: int,
                   languages: Sequence[str], stopped: Callable[[], bool] | None = None
                   ) -> Upright:
    try:
        image = Image.open(io.BytesIO(content))
        frames = [ImageOps.exif_transpose(frame.copy()) or frame.copy()
                  for frame in ImageSequence.Iterator(image)]
        exif_turned = image.getexif().get(0x0112, 1) not in (0, 1)
        dpi = image.info.get("dpi", (default_dpi, default_dpi))[0] or default_dpi
    except Exception:  # noqa: BLE001 — an image that cannot be read: OCRmyPDF says so
        return Upright(content, media_type, (), ())
    resolution = round(float(dpi)) if float(dpi) >= 50 else default_dpi
    found = _side_by_side(len(frames), lambda n, until: page_orientation(
        frames[n], resolution, languages, until=until), stopped)
    turned, unsure, unchecked = _pages(found)
    if not turned and not exif_turned:
        return Upright(content, media_type, (), unsure, unchecked)
    upright = [_turned(_storable(frame), o.turn if o is not None else 0)
               for frame, o in zip(frames, found, strict=True)]
    out = io.BytesIO()
    if len(upright) == 1:
        upright[0].save(out, format="PNG", dpi=(resolution, resolution))
        return Upright(out.getvalue(), "image/png", turned, unsure, unchecked)
    upright[0].save(out, format="TIFF", dpi=(resolution, resolution), save_all=True,
                    append_images=upright[1:], compression="tiff_deflate")
    return Upright(out.getvalue(), "image/tiff", turned, unsure, unchecked)


def upright(content: bytes, media_type: str, languages: Sequence[str], *,
            image_dpi: int, stopped: Callable[[], bool] | None = None) -> Upright:
    """The scan with each page turned upright, for OCR (the stored scan is not changed); the
    pages not begun when ``stopped()`` turns true are left as they are."""
    if media_type == "application/pdf":
        return _pdf_upright(content, languages, stopped)
    return _image_upright(content, media_type, image_dpi, languages, stopped)
