"""Small valid files for the demo's documents and photos, made without a library: a PNG
silhouette and a one-page PDF of a few lines of text."""

from __future__ import annotations

import struct
import zlib


def silhouette_png(size: int = 16) -> bytes:
    """A tiny valid PNG: a grey silhouette on a light background."""
    def pixel(x: int, y: int) -> bytes:
        head = (x - size / 2) ** 2 + (y - size * 0.35) ** 2 < (size * 0.18) ** 2
        body = y > size * 0.6 and abs(x - size / 2) < size * 0.3
        return bytes((110, 110, 120) if head or body else (225, 228, 235))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc
    raw = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(size)) for y in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF written by hand (ASCII text in Helvetica), with a correct xref table."""
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for ln in lines]
    stream = ("BT /F1 11 Tf 56 780 Td 16 TL " + " ".join(f"({t}) '" for t in esc) + " ET").encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref, size = len(out), len(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)
