"""How long making a five-page scan searchable takes (:func:`caseapp.services.ocr.read_upright`:
each page turned upright, then OCRmyPDF):
five A4 pages at 300 dpi, each a dozen lines of Armenian, Russian and Azerbaijani drawn with
the bundled DejaVu font, kept as an image-only PDF as a scanner writes it; once with every
page upright, once with pages 2–5 turned 90°, 180°, 270° and 90° (``--turned``); OCR alone (as
a scan was read before) and the whole reading now, taken in turns.

    uv run python benchmarks/ocr_scan.py [--runs 2] [--turned]

Prints figures (seconds per run, the median); asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from caseapp.resources import resource
from caseapp.services import ocr

LINES = (
    "Դատարանը որոշեց երկարաձգել կալանքը մինչև մարտի 10-ը",
    "Суд постановил продлить срок содержания под стражей",
    "Qərar: həbs müddəti üç ay uzadılsın, Bakı şəhəri",
    "Հայաստանի Հանրապետության քաղաքացի Սարգսյան Արամ",
)


def page(number: int, turn: int) -> Image.Image:
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 42)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    for n in range(12):
        draw.text((200, 250 + 90 * n), f"{number}.{n + 1} {LINES[n % len(LINES)]}", font=font,
                  fill=0)
    return image.rotate(turn, expand=True)


def scan(turned: bool) -> bytes:
    turns = (0, 90, 180, 270, 90) if turned else (0,) * 5
    pages = [page(n + 1, turn) for n, turn in enumerate(turns)]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=300, save_all=True, append_images=pages[1:])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--turned", action="store_true")
    args = parser.parse_args()
    content = scan(args.turned)
    # Taken in turns, so that both feel the same load on a shared machine: OCR alone (as it
    # was read before pages were turned upright) and the whole reading now.
    seconds: dict[str, list[float]] = {"OCR alone (before)": [], "turned upright, then OCR": []}
    for _ in range(args.runs):
        for name in seconds:
            started = time.perf_counter()
            if name.startswith("OCR alone"):
                _pdf, text = ocr.run_ocr(content, "application/pdf")
                unsure: tuple[int, ...] = ()
            else:
                read = ocr.read_upright(content, "application/pdf")
                text, unsure = read.text, read.unsure_pages + read.unchecked_pages
            seconds[name].append(time.perf_counter() - started)
            print(f"{name}: {seconds[name][-1]:.1f} s, {len(text)} characters read, "
                  f"pages unsure: {unsure}", flush=True)
    before, after = (statistics.median(v) for v in seconds.values())
    print(f"median over {args.runs} runs ({'pages 2–5 turned' if args.turned else 'upright'}): "
          f"{before:.1f} s before, {after:.1f} s now, ×{after / before:.2f}")


if __name__ == "__main__":
    main()
