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


def turned_pdf(*pages: tuple[tuple[str, ...], int]) -> bytes:
    """An image-only PDF whose pages were fed into the scanner turned: each page's lines drawn
    upright, then the image turned by its angle (degrees counter-clockwise, 90/180/270)."""
    images = [page_image(lines).rotate(angle, expand=True) for lines, angle in pages]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    return out.getvalue()


def picture() -> Image.Image:
    """A page with no words on it, as a photo of a person or a place is to OCR: shapes and
    shades, ink all over."""
    image = Image.new("L", (1200, 900), 235)
    draw = ImageDraw.Draw(image)
    for n in range(12):
        draw.ellipse((60 + 80 * n, 80 + 40 * n, 420 + 60 * n, 500 + 25 * n), outline=40,
                     fill=200 - 12 * n, width=6)
    draw.rectangle((100, 650, 1100, 860), fill=90)
    return image


def blank() -> Image.Image:
    """The empty back of a sheet."""
    return Image.new("L", (1800, 450), 255)


def pdf_of(*images: Image.Image) -> bytes:
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=300, save_all=True, append_images=list(images[1:]))
    return out.getvalue()
