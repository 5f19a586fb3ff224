"""How many pages a second are turned upright before OCR reads them
(:func:`caseapp.services.ocr_orientation.upright`, without OCRmyPDF), the figure its time cap
(``TIME_CAP``, ``PAGE_CAP``) is set from: A4 pages at 300 dpi as benchmarks/ocr_scan.py draws
them, an image-only PDF of ``--pages`` pages each way:

- mixed: a dozen lines of Armenian, Russian and Azerbaijani, upright;
- mixed, turned: the same, turned 90°, 180°, 270° in turn;
- Armenian: Armenian lines only, every other page upside down (Tesseract's orientation
  detection does not know the script: a sample is read both ways up, the slow way).

    uv run python -m benchmarks.ocr_orientation [--pages 10]

Prints seconds and pages a second for each; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import time

from PIL import Image

from benchmarks import ocr_scan
from caseapp.services import ocr, ocr_orientation

ARMENIAN = ("Դատարանը որոշեց երկարաձգել կալանքը մինչև մարտի 10-ը",
            "Հայաստանի Հանրապետության քաղաքացի Սարգսյան Արամ")


def pdf(images: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    n = args.pages
    mixed = ocr_scan.LINES
    for name, lines, turns in (
            ("mixed, upright", mixed, [0] * n),
            ("mixed, turned 90/180/270", mixed, [(90, 180, 270)[i % 3] for i in range(n)]),
            ("Armenian, every other page upside down", ARMENIAN, [(0, 180)[i % 2]
                                                                  for i in range(n)])):
        ocr_scan.LINES = lines
        content = pdf([ocr_scan.page(i + 1, turn) for i, turn in enumerate(turns)])
        started = time.monotonic()
        done = ocr_orientation.upright(content, "application/pdf", ocr.LANGUAGES, image_dpi=300)
        seconds = time.monotonic() - started
        print(f"{name}: {n} pages in {seconds:.1f} s, {n / seconds:.2f} pages/s "
              f"(turned {len(done.turned_pages)}, unsure {len(done.unsure_pages)}, "
              f"unchecked {len(done.unchecked_pages)})", flush=True)


if __name__ == "__main__":
    main()
