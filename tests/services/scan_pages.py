"""Scanned pages made in the test: text drawn with the bundled DejaVu font onto a white image,
kept as an image (PNG) or wrapped as an image-only PDF (no text layer), as a scanner would."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from caseapp.resources import resource

LINES = (
    "ՈՐՈՇՈՒՄ",
    "Դատարանը որոշեց երկարաձգել կալանքը",
    "Բաքու 2024",
)


def page_image(lines: tuple[str, ...] = LINES) -> Image.Image:
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 56)
    image = Image.new("L", (1800, 120 + 110 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((80, 60 + 110 * n), line, font=font, fill=0)
    return image


def scanned_pdf(lines: tuple[str, ...] = LINES) -> bytes:
    out = io.BytesIO()
    page_image(lines).save(out, format="PDF", resolution=300)
    return out.getvalue()


def scanned_png(lines: tuple[str, ...] = LINES) -> bytes:
    out = io.BytesIO()
    page_image(lines).save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()
