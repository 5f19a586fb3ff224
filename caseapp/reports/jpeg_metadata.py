"""A JPEG's picture without what a camera or a phone writes beside it.

A photo from a phone carries where it was taken (GPS), when, by which device (its serial
number, its owner's name), a description, comments, a thumbnail of the picture before it was
cropped (EXIF, XMP, IPTC, JFIF and JFXX thumbnails: the APPn segments and COM) and, after
its end, other pictures (a depth map, a larger preview, a short film). reportlab puts a
JPEG's bytes into a PDF as they are, so a dossier would carry all of that at whatever level
it is printed, where no viewer shows it and anyone can read it. What is kept: the segments
that make the picture (tables, frame, scans) and the Adobe segment saying how its colours are
coded. The picture's data is not decoded or re-encoded: not a pixel changes.
"""

from __future__ import annotations

_SOI, _EOI, _SOS, _COM, _TEM = 0xD8, 0xD9, 0xDA, 0xFE, 0x01
_APP0, _APP14, _APP15 = 0xE0, 0xEE, 0xEF


def _standalone(marker: int) -> bool:
    return marker == _TEM or 0xD0 <= marker <= 0xD7  # TEM, RST0–7: no length follows


def jpeg_without_metadata(data: bytes) -> bytes | None:
    """``data`` without its metadata when it is a JPEG; as it is when it is not one (another
    format, which reportlab decodes and writes anew, leaving its metadata behind); None when
    it is a JPEG too damaged to tell its parts apart (printed without a photo rather than
    with what it holds)."""
    if data[:2] != b"\xff\xd8":
        return data
    out = bytearray(data[:2])
    i, size = 2, len(data)
    while i + 1 < size:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # a fill byte before a marker
            i += 1
            continue
        if _standalone(marker):
            out += data[i:i + 2]
            i += 2
            continue
        if marker in (_SOI, _EOI):
            return None  # a second start, or an end before any picture
        if i + 4 > size:
            return None
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if length < 2 or i + 2 + length > size:
            return None
        if marker == _SOS:
            # The scans to the end of the picture. Their coded data never holds 0xFF 0xD9
            # (a 0xFF in it is followed by 0 or a restart marker), so the first is the end;
            # what follows it (another picture, a film) is left out.
            end = data.find(b"\xff\xd9", i + 2 + length)
            if end < 0:
                return None
            out += data[i:end + 2]
            return bytes(out)
        segment = data[i:i + 2 + length]
        metadata = marker == _COM or (_APP0 <= marker <= _APP15 and not (
            marker == _APP14 and segment[4:9] == b"Adobe"))
        if not metadata:
            out += segment
        i += 2 + length
    return None


__all__ = ["jpeg_without_metadata"]
