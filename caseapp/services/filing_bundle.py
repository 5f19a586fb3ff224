"""The annex bundle of an ECHR application: the selected documents in chronological order,
each a text PDF with its pages numbered through the bundle, named in ASCII
(``01_2024-05-19_Detention_order.pdf``) and split into parts under the portal's size limit.

A document that cannot go in as it is stays out, with a warning that says why: not a PDF, a
PDF that cannot be read, or a scan without a text layer ("needs OCR"). When the case file can
give a document's OCR'd text PDF (``documents.text_pdf_bytes``), that one
is used instead of the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from caseapp.domain.dto import DocumentDTO
from caseapp.domain.filing import AnnexEntry, BundleFile
from caseapp.domain.messages import Message, msg
from caseapp.domain.strasbourg import ANNEX_PAGE_LIMIT, ECOMMS_MAX_BYTES, annex_file_name
from caseapp.reports.filing_bundle import (
    PasswordProtected,
    UnreadablePdf,
    has_text_layer,
    page_count,
    split_by_size,
    stamp_pages,
)
from caseapp.services.ocr import IMAGE_TYPES

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


# The words stamped at the foot of every page of an annex, in the draft's language.
STAMPS = {"en": "Annex {annex} – page {page}", "fr": "Annexe {annex} – page {page}"}


def chronological(documents: Sequence[DocumentDTO]) -> list[DocumentDTO]:
    return sorted(documents, key=lambda d: (d.received_on or date.min, d.id))


def _is_pdf(document: DocumentDTO, data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF") or (
        document.media_type == "application/pdf" and data[:5] == b"%PDF-")


def _pdf_of(cf: CaseFile, document: DocumentDTO) -> tuple[bytes, bool]:
    """The document's text PDF when OCR made one (:mod:`caseapp.services.ocr`), else its own
    bytes; and whether it is OCR's."""
    made = cf.documents.text_pdf_bytes(document.id)
    return (made, True) if made else (cf.documents.content(document.id), False)


def _not_a_pdf(document: DocumentDTO, title: str) -> Message:
    if document.media_type in IMAGE_TYPES:
        return msg("Document {record_id} “{title}” is an image ({media_type}): left out of the "
                   "bundle; make it searchable (OCR) to file it as a text PDF.",
                   record_id=document.id, title=title, media_type=document.media_type)
    if document.media_type:
        return msg("Document {record_id} “{title}” is not a PDF ({media_type}): left out of "
                   "the bundle; convert it to a text PDF and add it.", record_id=document.id,
                   title=title, media_type=document.media_type)
    return msg("Document {record_id} “{title}” is not a PDF (unknown type): left out of the "
               "bundle; convert it to a text PDF and add it.", record_id=document.id, title=title)


def _no_text(document: DocumentDTO, title: str, by_ocr: bool) -> Message:
    if by_ocr:
        return msg("Document {record_id} “{title}” was made searchable, but OCR read no text "
                   "from it: left out of the bundle; check the scan (its resolution, its "
                   "language) and make it searchable again.", record_id=document.id,
                   title=title)
    return msg("Document {record_id} “{title}” is a scan without a text layer: needs OCR "
               "before filing (the Court's portal takes text PDFs only); left out of the "
               "bundle.", record_id=document.id, title=title)


def build_bundle(cf: CaseFile, documents: Sequence[DocumentDTO], *,
                 max_bytes: int = ECOMMS_MAX_BYTES, page_limit: int = ANNEX_PAGE_LIMIT,
                 lang: str = "en"
                 ) -> tuple[tuple[AnnexEntry, ...], tuple[BundleFile, ...], tuple[Message, ...]]:
    """The annexes (for section I), the bundle's files and the warnings; each page stamped in
    ``lang`` ("Annex 2 – page 5", « Annexe 2 – page 5 »)."""
    if max_bytes < 1:
        raise ValueError("the split size must be positive")
    ordered = chronological(documents)
    width = max(2, len(str(len(ordered))))
    entries: list[AnnexEntry] = []
    files: list[BundleFile] = []
    warnings: list[Message] = []
    next_page = 1
    for document in ordered:
        title = document.title or document.filename
        data, by_ocr = _pdf_of(cf, document)
        if not _is_pdf(document, data):
            warnings.append(_not_a_pdf(document, title))
            continue
        try:
            if not has_text_layer(data):
                warnings.append(_no_text(document, title, by_ocr))
                continue
            pages = page_count(data)
            number = len(entries) + 1
            stamped = stamp_pages(data, annex=number, first_page=next_page,
                                  stamp=STAMPS.get(lang, STAMPS["en"]))
            parts = split_by_size(stamped, max_bytes)
        except PasswordProtected:
            warnings.append(msg("Document {record_id} “{title}” is protected by a password: left out "
                                "of the bundle; save it without the password (the Court's portal "
                                "cannot open it) and add it.", record_id=document.id, title=title))
            continue
        except UnreadablePdf:  # (the PDF reader's own words are English and say nothing to do)
            warnings.append(msg("Document {record_id} “{title}” cannot be read as a PDF (damaged or "
                                "incomplete): left out of the bundle; ask for a new copy of it.",
                                record_id=document.id, title=title))
            continue
        if len(parts) == 1:
            names = [annex_file_name(number, document.received_on, document.title
                                     or document.filename, width=width, lang=lang)]
        else:
            names = [annex_file_name(number, document.received_on, document.title
                                     or document.filename, part=i, parts=len(parts),
                                     width=width, lang=lang)
                     for i in range(1, len(parts) + 1)]
        for name, part in zip(names, parts, strict=True):
            if len(part) > max_bytes:
                size, limit = format(len(part), ","), format(max_bytes, ",")
                warnings.append(msg("{name} is {size} bytes, over the limit of {limit} even as a single "
                                    "page: reduce its resolution before filing.", name=name,
                                    size=size, limit=limit))
            files.append(BundleFile(name, part))
        entries.append(AnnexEntry(number, document, document.received_on, tuple(names),
                                  next_page, next_page + pages - 1))
        next_page += pages
    total = next_page - 1
    if total > page_limit:
        warnings.append(msg(
            "The annexes run to {total} pages, over the limit of {limit} pages set for this pack (the "
            "Court's Notes cap an additional statement at 20 pages; decisions and evidence are not "
            "counted in it but should be limited to what sections E–G refer to).", total=total,
            limit=page_limit))
    return tuple(entries), tuple(files), tuple(warnings)


__all__ = ["build_bundle", "chronological"]
