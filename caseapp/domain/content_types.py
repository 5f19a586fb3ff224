"""What a file's bytes are, whatever its name says: a Word file or a note saved as ``.pdf``, a
PNG named ``.jpg``. Read from the signature at the start of the content (the "magic number"),
as ``file(1)`` does; pure Python, for the documents service."""

from __future__ import annotations

import io
import zipfile

OCTET = "application/octet-stream"
ZIP = "application/zip"
OLE = "application/x-ole-storage"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

# Signatures at the start of the content.
_PREFIXES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", ZIP),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", OLE),
    (b"{\\rtf", "application/rtf"),
)
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevm", b"hevs", b"mif1",
                b"msf1"}
# Types whose files always begin with a signature: content without one is not of the type.
SIGNED = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "image/gif",
          "image/webp", "image/heic", "image/heif", ZIP, DOCX, XLSX, PPTX,
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet", "application/epub+zip"}
# Zip-based and OLE-based formats: a name saying one of them is believed, the container
# matching.
_ZIP_BASED = {ZIP, DOCX, XLSX, PPTX, "application/vnd.oasis.opendocument.text",
              "application/vnd.oasis.opendocument.spreadsheet", "application/epub+zip",
              "application/java-archive", "application/x-zip-compressed"}
_OLE_BASED = {OLE, "application/msword", "application/vnd.ms-excel",
              "application/vnd.ms-powerpoint", "application/vnd.ms-outlook",
              "application/x-msi"}


def signature_type(content: bytes) -> str | None:
    """The type the content's signature names, or None when it has none known here."""
    head = content[:1024]
    if head.lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    for prefix, media_type in _PREFIXES:
        if head.startswith(prefix):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    return None


def _zip_kind(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared:
                    return declared
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return ZIP
    for folder, media_type in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
        if any(name.startswith(folder) for name in names):
            return media_type
    return ZIP


def looks_like_text(content: bytes) -> bool:
    head = content[:4096]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of the sample is fine
        return exc.start >= len(head) - 3 and len(head) == 4096
    return True


def content_type(content: bytes, claimed: str) -> str:
    """The media type to keep for ``content`` that its name (or the caller) says is
    ``claimed``: the claim where the content agrees or cannot tell, else what the content
    is (text, or bytes of no known kind)."""
    found = signature_type(content)
    if found is None:
        if claimed == "application/pdf" and b"%PDF-" in content[:1024]:
            return claimed  # a header after some bytes: readers allow it within 1024
        if claimed in SIGNED:
            return "text/plain" if looks_like_text(content) else OCTET
        return claimed
    if found == ZIP:
        return claimed if claimed in _ZIP_BASED and claimed != ZIP else _zip_kind(content)
    if found == OLE:
        return claimed if claimed in _OLE_BASED else OLE
    if found == "image/heic" and claimed in {"image/heic", "image/heif"}:
        return claimed
    return found


__all__ = ["SIGNED", "content_type", "looks_like_text", "signature_type"]
