"""How long making a five-page scan searchable takes (:func:`caseapp.services.ocr.read_upright`:
each page turned upright, then OCRmyPDF):
five A4 pages at 300 dpi, each a dozen lines of Armenian, Russian and Azerbaijani drawn with
the bundled DejaVu font, kept as an image-only PDF as a scanner writes it; once with every
page upright, once with pages 2–5 turned 90°, 180°, 270° and 90° (``--turned``).

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
    seconds = []
    for _ in range(args.runs):
        started = time.perf_counter()
        _pdf, text, unsure = ocr.read_upright(content, "application/pdf")
        seconds.append(time.perf_counter() - started)
        print(f"{seconds[-1]:.1f} s, {len(text)} characters read, pages unsure: {unsure}")
    print(f"median {statistics.median(seconds):.1f} s over {args.runs} runs "
          f"({'pages 2–5 turned' if args.turned else 'upright'})")


if __name__ == "__main__":
    main()
