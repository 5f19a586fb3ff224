"""Documents and evidence: the bytes live in the case file; size and SHA-256 are computed
when the bytes are stored and cannot be set by hand."""

from __future__ import annotations

import hashlib
import mimetypes
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from caseapp.db.models import Captive, Document, Hearing, Intervention, Prosecution
from caseapp.db.models.advocacy import intervention_captives
from caseapp.db.models.proceedings import hearing_captives
from caseapp.domain.clean_text import printable
from caseapp.domain.content_types import content_type
from caseapp.domain.dto import DocumentDTO
from caseapp.domain.errors import CaseAppError, ValidationError
from caseapp.domain.messages import msg
from caseapp.domain.scan_pages import page_numbers
from caseapp.services.records import RecordService
from caseapp.services.values import require_past
from caseapp.write_errors import os_reason

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024



def _of_the_captive(s: Session, obj: Document) -> None:
    """A captive's document attached to a prosecution, hearing or intervention: it must be
    one of that captive's, or the document would be listed (and printed in the annex) in the
    file of every other captive it concerns."""
    if obj.prosecution_id is not None and s.scalar(
            select(Prosecution.captive_id).where(Prosecution.id == obj.prosecution_id)
    ) != obj.captive_id:
        raise ValidationError(msg("That prosecution belongs to another captive."),
                              field="prosecution_id")
    if obj.hearing_id is not None and s.scalar(select(hearing_captives.c.captive_id).where(
            hearing_captives.c.hearing_id == obj.hearing_id,
            hearing_captives.c.captive_id == obj.captive_id)) is None:
        raise ValidationError(msg("That hearing does not concern this captive."),
                              field="hearing_id")
    if obj.intervention_id is not None and s.scalar(
            select(intervention_captives.c.captive_id).where(
                intervention_captives.c.intervention_id == obj.intervention_id,
                intervention_captives.c.captive_id == obj.captive_id)) is None:
        raise ValidationError(msg("That intervention does not concern this captive."),
                              field="intervention_id")


class DocumentService(RecordService[Document, DocumentDTO]):
    model = Document
    dto = DocumentDTO
    noun = msg("document")
    required = ("title",)
    audited_out = ("content", "text_pdf", "text_layer")
    # Written only by OCR (caseapp.services.ocr), never by hand.
    ocr_made = ("text_pdf", "text_pdf_sha256", "text_layer", "ocr_languages",
                "ocr_unsure_pages", "ocr_unchecked_pages")
    pages_to_check = ("ocr_unsure_pages", "ocr_unchecked_pages")

    def summary(self, obj: Document) -> str:
        return obj.title

    def to_dto(self, s: Session, obj: Document) -> DocumentDTO:
        return self.make_dto(obj, **{name: page_numbers(getattr(obj, name)) or ()
                                     for name in self.pages_to_check})

    def captive_ids(self, obj: Document) -> tuple[int, ...]:
        """The captive of the document, or of the prosecution, hearing or intervention it
        is attached to (a joint hearing's notes concern every co-defendant)."""
        if obj.captive_id:
            return (obj.captive_id,)
        s = object_session(obj)
        if s is None:
            return ()
        ids: set[int] = set()
        if obj.prosecution_id is not None:
            ids |= set(s.scalars(select(Prosecution.captive_id)
                                 .where(Prosecution.id == obj.prosecution_id)))
        if obj.hearing_id is not None:
            ids |= set(s.scalars(select(hearing_captives.c.captive_id)
                                 .where(hearing_captives.c.hearing_id == obj.hearing_id)))
        if obj.intervention_id is not None:
            ids |= set(s.scalars(select(intervention_captives.c.captive_id).where(
                intervention_captives.c.intervention_id == obj.intervention_id)))
        return tuple(sorted(ids))

    def for_captive(self, captive_id: int) -> list[DocumentDTO]:
        """Every document about the captive: their own, and those attached to one of their
        prosecutions, hearings or interventions (oldest received first)."""
        hearings = select(hearing_captives.c.hearing_id).where(
            hearing_captives.c.captive_id == captive_id)
        interventions = select(intervention_captives.c.intervention_id).where(
            intervention_captives.c.captive_id == captive_id)
        prosecutions = select(Prosecution.id).where(Prosecution.captive_id == captive_id)
        with self.ctx.read() as s:
            stmt = select(Document).where(or_(
                Document.captive_id == captive_id, Document.hearing_id.in_(hearings),
                Document.intervention_id.in_(interventions),
                Document.prosecution_id.in_(prosecutions))).order_by(Document.id)
            return [self.to_dto(s, d) for d in s.scalars(stmt)]

    def apply(self, s: Session, obj: Document, fields: dict[str, Any]) -> None:
        fields = dict(fields)
        for computed in ("sha256", "size"):
            if computed in fields:
                raise ValidationError(
                    msg("The checksum of a document is computed from its content.")
                    if computed == "sha256" else
                    msg("The size of a document is computed from its content."), field=computed)
        for made in self.ocr_made:
            if made in fields:
                raise ValidationError(msg("A document's searchable copy is made by OCR, not set by "
                                      "hand."), field=made)
        content = fields.pop("content", None)
        super().apply(s, obj, fields)
        if content is not None:
            if not isinstance(content, bytes | bytearray):
                raise ValidationError(msg("A document's content must be bytes."), field="content")
            if not content:
                raise ValidationError(msg("The file is empty (0 bytes): nothing was stored."),
                                      field="content")
            if len(content) > MAX_DOCUMENT_BYTES:
                raise ValidationError(msg("The file is larger than 200 MB."), field="content")
            if obj.sha256 and obj.text_pdf_sha256:  # a new file: the old copy no longer fits
                obj.text_pdf, obj.text_pdf_sha256, obj.text_layer, obj.ocr_languages = (
                    None, "", "", "")
                obj.ocr_unsure_pages, obj.ocr_unchecked_pages = [], []
            obj.content = bytes(content)
            obj.size = len(content)
            obj.sha256 = hashlib.sha256(content).hexdigest()
        if obj.filename and (not obj.media_type or obj.media_type == "application/octet-stream"):
            obj.media_type = mimetypes.guess_type(obj.filename)[0] or "application/octet-stream"
        if content is not None and obj.media_type:  # what the bytes are, not what the name says
            obj.media_type = content_type(obj.content, obj.media_type)
        if not obj.title and obj.filename:
            obj.title = Path(obj.filename).stem

    def validate(self, s: Session, obj: Document) -> None:
        if obj.sha256 is None:
            raise ValidationError(msg("A document needs its file content."), field="content")
        require_past(obj.received_on, self.ctx.today(), field="received_on", what=msg("The date received"))
        for model, name, kind in ((Captive, "captive_id", msg("captive")),
                                  (Prosecution, "prosecution_id", msg("prosecution")),
                                  (Hearing, "hearing_id", msg("hearing")),
                                  (Intervention, "intervention_id", msg("intervention"))):
            ref = getattr(obj, name)
            if ref is not None and s.get(model, ref) is None:
                raise ValidationError(msg("There is no {kind} with ID {record_id}.", kind=kind,
                                          record_id=ref), field=name)
        if obj.captive_id is not None:
            _of_the_captive(s, obj)
        for name in self.pages_to_check:  # OCR's own, or an import's
            if page_numbers(getattr(obj, name)) is None:
                raise ValidationError(msg("The pages to check are not page numbers (whole "
                                          "numbers from 1, in order, each once): {value}.",
                                          value=repr(getattr(obj, name))[:80]), field=name)

    def add_file(self, path: Path | str, **fields: Any) -> DocumentDTO:
        """Store the file at ``path`` (read whole; the path itself is not kept). Refused,
        naming the file: what is not a regular file (a pipe would be waited on for ever), an
        empty file, one over the size limit (before it is read), and a file already stored
        with the same SHA-256 for the same captive, hearing, case or intervention."""
        path = Path(path)
        named = printable(str(path))  # a right-to-left override in a name shown, not obeyed
        try:
            found = path.stat()
            if not stat.S_ISREG(found.st_mode):
                raise ValidationError(msg("{path} is not a regular file (a folder, a pipe or a "
                                          "device): nothing was stored.", path=named),
                                      field="content")
            if found.st_size == 0:
                raise ValidationError(msg("{path} is empty (0 bytes): nothing was stored.",
                                          path=named), field="content")
            if found.st_size > MAX_DOCUMENT_BYTES:
                raise ValidationError(msg("{path} is larger than 200 MB: nothing was stored.",
                                          path=named), field="content")
            content = path.read_bytes()
        except OSError as exc:
            raise ValidationError(msg("Cannot read {path}: {reason}.", path=named,
                                      reason=os_reason(exc)), field="content") from None
        if not content:  # emptied since it was looked at
            raise ValidationError(msg("{path} is empty (0 bytes): nothing was stored.",
                                      path=named), field="content")
        same = self._same_file(hashlib.sha256(content).hexdigest(), fields)
        if same is not None:
            raise ValidationError(msg("{path} is already stored here as “{title}” (document "
                                      "{record_id}, the same SHA-256): nothing was added.",
                                      path=named, title=same[1], record_id=same[0]),
                                  field="content")
        fields.setdefault("filename", path.name)
        fields.setdefault("title", path.stem)
        return self.create(content=content, **fields)

    def _same_file(self, sha256: str, fields: dict[str, Any]) -> tuple[int, str] | None:
        """A document with these bytes attached where ``fields`` attach the new one."""
        where = [getattr(Document, name) == fields.get(name) if fields.get(name) is not None
                 else getattr(Document, name).is_(None)
                 for name in ("captive_id", "prosecution_id", "hearing_id", "intervention_id")]
        with self.ctx.read() as s:
            row = s.execute(select(Document.id, Document.title)
                            .where(Document.sha256 == sha256, *where)
                            .order_by(Document.id).limit(1)).first()
        return (row[0], row[1]) if row is not None else None

    def content(self, document_id: int) -> bytes:
        with self.ctx.read() as s:
            return self._load(s, document_id).content

    def save_copy(self, document_id: int, path: Path | str) -> int:
        """Write the document's bytes to ``path`` (not encrypted) after checking them against
        the SHA-256 recorded when they were stored; whole or not at all, so a program watching
        the folder never sees a half-written copy. The folder must exist. Returns the number
        of bytes written."""
        from caseapp.fileio import atomic_write_bytes

        path = Path(path)
        with self.ctx.read() as s:
            doc = self._load(s, document_id)
            content, title, sha256 = doc.content, doc.title, doc.sha256
        if hashlib.sha256(content).hexdigest() != sha256:
            raise CaseAppError(msg("The stored content of “{title}” no longer matches its "
                                   "SHA-256; no copy was written.", title=title))
        if not path.parent.is_dir():
            raise FileNotFoundError(2, "No such folder", str(path.parent))
        atomic_write_bytes(path, content)
        return len(content)

    def text_pdf_bytes(self, document_id: int) -> bytes | None:
        """The searchable copy OCR made of the document (None: not made)."""
        with self.ctx.read() as s:
            return self._load(s, document_id).text_pdf

    def text_pdf(self, document_id: int, directory: Path | str) -> Path | None:
        """The document's text PDF written to a file in ``directory`` (a folder the caller
        chose: never a temporary one of ours, where a copy in clear would outlive the app), or
        None if OCR has not made one (see caseapp.services.ocr). The original file and its
        SHA-256 are unchanged either way."""
        data = self.text_pdf_bytes(document_id)
        if data is None:
            return None
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"document-{document_id}-text.pdf"
        path.write_bytes(data)
        return path
