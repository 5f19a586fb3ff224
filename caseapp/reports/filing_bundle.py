"""PDF handling for an annex bundle: does a PDF carry a text layer, how many pages it has,
page numbers stamped on every page (continuous through the bundle), and a split into parts
under a size limit (the eComms portal takes files of at most 50 MB).

Pure bytes in, bytes out (pypdf, with reportlab drawing the stamps in the bundled font).
"""

from __future__ import annotations

import io
import logging
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject
from reportlab.pdfgen.canvas import Canvas

from caseapp.reports.fonts import SANS, register_fonts

# pypdf tells on its logger what it repairs in a damaged PDF ("EOF marker not found"), which
# Python writes on the terminal when nothing else listens: a line in English the user cannot
# act on. The pack's own warning names the document left out and why.
_PYPDF = logging.getLogger("pypdf")
_PYPDF.addHandler(logging.NullHandler())
_PYPDF.propagate = False

# A page with fewer letters and digits than this is taken for a scan: a page number or a
# scanner's short imprint alone does not make a text PDF.
MIN_TEXT_CHARS = 12


class UnreadablePdf(ValueError):
    """The bytes are not a PDF pypdf can read (damaged, encrypted with a password)."""


class PasswordProtected(UnreadablePdf):
    """The PDF cannot be opened without a password."""


def _reader(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PasswordProtected("the PDF is protected by a password")
        _ = len(reader.pages)
    except PasswordProtected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadablePdf(str(exc) or type(exc).__name__) from None
    return reader


def page_count(data: bytes) -> int:
    return len(_reader(data).pages)


def has_text_layer(data: bytes) -> bool:
    """Whether the PDF carries text a machine can read on at least half of its pages (a
    scanned decision without OCR has none)."""
    reader = _reader(data)
    pages = len(reader.pages)
    if pages == 0:
        return False
    with_text = 0
    for page in reader.pages:
        try:
            letters = sum(ch.isalnum() for ch in page.extract_text() or "")
        except (PyPdfError, ValueError, KeyError, TypeError):
            letters = 0
        with_text += letters >= MIN_TEXT_CHARS
    return with_text * 2 >= pages


# The stamps are in the bundled font, embedded, as in every PDF the app writes (a standard
# font is drawn with whatever the reader substitutes). They are drawn as the pages of one
# PDF, so that the bundle carries one copy of the font, not one per page (the portal's size
# limit counts).
STAMP_SIZE = 9


def _stamp_pages(pages: list[tuple[float, float, str]]) -> PdfReader:
    """One page per (width, height, label): the label at the foot, on the right."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=SANS)
    for width, height, label in pages:
        canvas.setPageSize((width, height))
        canvas.setFont(SANS, STAMP_SIZE)
        text_width = canvas.stringWidth(label, SANS, STAMP_SIZE)
        x, y = width - text_width - 28, 14
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x - 3, y - 3, text_width + 6, 13, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(x, y, label)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


# What a document may carry besides its pages, which the bundle leaves out: what runs when it
# is opened (/OpenAction, /AA), scripts and attached files (the /Names trees; named
# destinations are kept), a form (its XFA may hold scripts), metadata no viewer shows (XMP;
# /Info is dropped apart), a document-level base URI.
_CATALOGUE_KEYS = ("/OpenAction", "/AA", "/AcroForm", "/Metadata", "/URI", "/Collection",
                   "/Threads", "/SpiderInfo", "/Perms", "/Legal", "/PieceInfo")
# Annotations that carry a file, a sound, a film or a program of their own.
_ACTIVE_ANNOTATIONS = ("/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D")
# A link may go to a web page or within the document: it does nothing until clicked, and a
# decision's own references are part of it. Any other action (a script, a program launched,
# a form sent, another file opened) is taken off.
_INERT_ACTIONS = ("/URI", "/GoTo")


def _inert_action(holder: Any) -> None:
    """``holder``'s action (/A: a link's, a bookmark's) kept only when it goes somewhere
    (:data:`_INERT_ACTIONS`), without an action chained after it."""
    action = holder.get("/A")
    if action is None:
        return
    if action.get_object().get("/S") not in _INERT_ACTIONS:
        holder.pop(NameObject("/A"))
    else:
        action.get_object().pop(NameObject("/Next"), None)


def _inert(writer: PdfWriter) -> None:
    """``writer``'s document reduced to its pages and bookmarks: no script, launched
    program, attached file, form or metadata (:data:`_CATALOGUE_KEYS`); its links and
    bookmarks kept when they only go somewhere; the objects no longer reached from the
    document dropped, so that they are not written."""
    root = writer.root_object
    for key in _CATALOGUE_KEYS:
        root.pop(NameObject(key), None)
    names = root.get("/Names")
    if names is not None:
        dests = names.get_object().get("/Dests")
        if dests is None:
            root.pop(NameObject("/Names"))
        else:
            root[NameObject("/Names")] = DictionaryObject({NameObject("/Dests"): dests})
    writer.metadata = None  # the trailer's /Info: author, title, the path it was saved from
    for page in writer.pages:
        for key in ("/AA", "/PieceInfo", "/Metadata"):
            page.pop(NameObject(key), None)
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = []
        for ref in annotations.get_object():
            annotation = ref.get_object()
            if annotation.get("/Subtype") in _ACTIVE_ANNOTATIONS:
                continue
            annotation.pop(NameObject("/AA"), None)
            _inert_action(annotation)
            kept.append(ref)
        if kept:
            annotations.get_object()[:] = kept
        else:
            page.pop(NameObject("/Annots"))
    outlines = root.get("/Outlines")
    item = outlines.get_object().get("/First") if outlines is not None else None
    stack = [item] if item is not None else []
    while stack:  # every bookmark, nested ones included
        entry = stack.pop().get_object()
        _inert_action(entry)
        stack += [entry[k] for k in ("/First", "/Next") if entry.get(k) is not None]
    _drop_unreached(writer)


def _drop_unreached(writer: PdfWriter) -> None:
    """Every object of ``writer`` that the document no longer reaches (a script, an attached
    file taken off above) set to None, which the writer does not write: pypdf's own
    ``compress_identical_objects`` drops only the objects nothing refers to, not those
    still referred to by other dropped ones."""
    reached: set[int] = set()
    todo: list[Any] = [writer.root_object]
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            if obj.pdf is not writer or obj.idnum in reached:
                continue
            reached.add(obj.idnum)
            todo.append(obj.get_object())
        elif isinstance(obj, DictionaryObject):  # a stream is one too
            todo += obj.values()
        elif isinstance(obj, ArrayObject):
            todo += obj
    root_ref = writer.root_object.indirect_reference
    if root_ref is not None:
        reached.add(root_ref.idnum)
    for index in range(len(writer._objects)):
        if index + 1 not in reached:
            writer._objects[index] = None


def stamp_pages(data: bytes, *, annex: int, first_page: int,
                stamp: str = "Annex {annex} – page {page}") -> bytes:
    """Every page stamped at its foot "Annex N – page P" (``stamp``, in the draft's language),
    P counted through the bundle from ``first_page``; the document reduced to its pages
    (:func:`_inert`)."""
    writer = PdfWriter(clone_from=_reader(data))
    _inert(writer)
    for page in writer.pages:
        if page.rotation % 360:  # a landscape scan shown turned: stamp the foot as seen
            page.transfer_rotation_to_content()
    stamps = _stamp_pages([(float(page.mediabox.width), float(page.mediabox.height),
                            stamp.format(annex=annex, page=first_page + offset))
                           for offset, page in enumerate(writer.pages)])
    for page, overlay in zip(writer.pages, stamps.pages, strict=True):
        box = page.mediabox
        page.merge_translated_page(overlay, float(box.left), float(box.bottom), over=True)
    writer.compress_identical_objects()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _written(reader: PdfReader, pages: range) -> bytes:
    writer = PdfWriter()
    for i in pages:
        writer.add_page(reader.pages[i])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def split_by_size(data: bytes, max_bytes: int) -> list[bytes]:
    """``data`` whole when it is at most ``max_bytes``; otherwise parts of consecutive pages,
    each at most ``max_bytes`` where a page allows (a single page larger than the limit is a
    part of its own, over it: the caller warns).

    Each part is the longest run of pages from its first that fits, found by halving (a
    part grows with its pages): a few writes per part, not one per page, so that a scan of
    a thousand pages is split in seconds."""
    if len(data) <= max_bytes:
        return [data]
    reader = _reader(data)
    parts: list[bytes] = []
    start = 0
    total = len(reader.pages)
    while start < total:
        end, best = start + 1, _written(reader, range(start, start + 1))
        high = total  # the longest run still possible
        while end < high:
            middle = (end + high + 1) // 2
            candidate = _written(reader, range(start, middle))
            if len(candidate) <= max_bytes:
                end, best = middle, candidate
            else:
                high = middle - 1
        parts.append(best)
        start = end
    return parts


__all__ = ["PasswordProtected", "UnreadablePdf", "has_text_layer", "page_count", "split_by_size",
           "stamp_pages"]
