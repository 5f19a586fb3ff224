"""The photo on a dossier's cover is the picture and nothing else: a JPEG from a phone or a
camera carries, beside its pixels, where it was taken (GPS), when, by which device (its serial
number, its owner's name), a description, a comment and a thumbnail of the picture before it
was cropped. reportlab puts a JPEG's bytes into the PDF as they are, so all of it went into
every dossier, at every level, where no viewer shows it and anyone can read it."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import StreamObject

from caseapp.reports.dossier import render_dossier
from caseapp.reports.jpeg_metadata import jpeg_without_metadata
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier

HIDDEN = (b"QEXIFDESCZ", b"QEXIFARTISTZ", b"QJPEGCOMZ", b"QXMPZ", b"Exif", b"JFXX")


def _thumbnail() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (255, 0, 0)).save(buf, format="JPEG")
    return buf.getvalue()


def photo_with_metadata() -> bytes:
    """A JPEG with EXIF (a description, an artist, a GPS position), an XMP packet, a comment
    and a JFXX-like second APP0."""
    exif = Image.Exif()
    exif[0x010E] = "QEXIFDESCZ"  # ImageDescription
    exif[0x013B] = "QEXIFARTISTZ"  # Artist
    exif[0x8825] = {1: "N", 2: (40.0, 10.0, 5.0), 3: "E", 4: (44.0, 30.0, 1.0)}  # GPS
    buf = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 120, 40)).save(buf, format="JPEG", exif=exif,
                                                   comment=b"QJPEGCOMZ")
    data = buf.getvalue()
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>QXMPZ</x:xmpmeta>"
    app1 = b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp
    jfxx = b"JFXX\x00\x10" + _thumbnail()
    app0 = b"\xff\xe0" + (len(jfxx) + 2).to_bytes(2, "big") + jfxx
    return data[:2] + app1 + app0 + data[2:]


def _images_in(pdf: bytes) -> list[bytes]:
    """Every image of the PDF as its stream holds it, its ASCII85 and Flate layers undone (a
    JPEG is left as it is: DCT)."""
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - a number the file does not use
            continue
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
            out.append(obj.get_data())
    return out


def test_a_dossier_holds_the_photo_without_its_metadata(case_file: CaseFile) -> None:
    photo = photo_with_metadata()
    assert all(marker in photo for marker in HIDDEN)  # the test's own premise
    c = case_file.captives.create(names=[dict(full_name="Մարիամ Ավագյան", is_primary=True)],
                                  photo=photo, photo_media_type="image/jpeg",
                                  consent_publicity=True, sensitivity="public")
    pdf = render_dossier(build_dossier(case_file, c.id, level="public"))
    images = _images_in(pdf)
    assert len(images) == 1 and images[0][:2] == b"\xff\xd8"  # the photo, still a JPEG
    assert [m for m in HIDDEN if m in images[0] or m in pdf] == []
    shown = Image.open(io.BytesIO(images[0]))
    assert shown.size == (60, 80) and shown.getpixel((30, 40))[0] > 150  # the same picture


def test_the_photo_keeps_its_picture_data_as_it_was() -> None:
    photo = photo_with_metadata()
    clean = jpeg_without_metadata(photo)
    assert [m for m in HIDDEN if m in clean] == []
    assert clean.endswith(photo[photo.rindex(b"\xff\xda"):])  # the picture's data untouched
    assert jpeg_without_metadata(clean) == clean
    # what is not a JPEG, or a JPEG cut short, is left to the dossier's own handling
    assert jpeg_without_metadata(b"\x89PNG\r\n") == b"\x89PNG\r\n"
    assert jpeg_without_metadata(photo[:40]) is None
