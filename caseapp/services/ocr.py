"""Searchable scans: OCR a scanned PDF or image of the case file with OCRmyPDF and Tesseract
(Armenian, Russian, Azerbaijani and English), keep the text PDF beside the original, and put
its text in the search index.

The original file and its SHA-256 are never changed: the text PDF is a second copy with its
own SHA-256 (``documents.text_pdf``, ``text_pdf_sha256``), its words in ``text_layer`` (indexed
with the document's other text), the languages read in ``ocr_languages``. OCRmyPDF is called as
the installed command (Debian's ``ocrmypdf`` package), so nothing is imported at start-up;
where it or a language's data is missing, :meth:`OcrService.readiness` says what to install
and :meth:`OcrService.make_searchable` refuses with that message, changing nothing.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import re
import shutil
import subprocess
from contextlib import nullcontext
from dataclasses import dataclass

from caseapp.db.models import Document
from caseapp.domain.dto import Changes, DocumentDTO
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import ConflictError, ValidationError
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.scan_pages import page_ranges
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce
from caseapp.services.documents import DocumentService
from caseapp.services.ocr_orientation import upright
from caseapp.services.scan_folders import scan_folder
from caseapp.services.scan_readings import Readings, kill_group
from caseapp.write_errors import os_reason

# pypdf tells on its logger what it repairs in a damaged PDF ("EOF marker not found"), which
# Python writes on the terminal when nothing else listens: lines in English before the one a
# lawyer is told (OCRmyPDF's verdict on the file, in her language). As the filing pack does
# (caseapp.reports.filing_bundle), they are not passed on.
_PYPDF = logging.getLogger("pypdf")
_PYPDF.addHandler(logging.NullHandler())
_PYPDF.propagate = False

# Tesseract's codes: Armenian, Russian, English, Azerbaijani (Latin script). Azerbaijani
# last: Debian's Tesseract 5.3.0 looks for any language named after it by garbled bytes
# (hye+rus+aze+eng read without English, saying so only on its stderr).
LANGUAGES = ("hye", "rus", "eng", "aze")
DEBIAN_PACKAGES = {"hye": "tesseract-ocr-hye", "rus": "tesseract-ocr-rus",
                   "aze": "tesseract-ocr-aze", "eng": "tesseract-ocr-eng"}
IMAGE_TYPES = {"image/png", "image/jpeg", "image/tiff"}
OCR_TYPES = {"application/pdf", *IMAGE_TYPES}
# An image without a resolution of its own is read as a 300-dpi scan.
IMAGE_DPI = 300
TIMEOUT_SECONDS = 1800


class OcrUnavailable(ValidationError):
    """OCRmyPDF, Tesseract or a language's data is not installed."""


@dataclass(frozen=True)
class OcrReadiness:
    ready: bool
    missing: tuple[str, ...]  # what is not installed: "ocrmypdf", "tesseract", "hye", ...
    message: str  # one line for the lawyer, in her language ("" when ready)


@dataclass(frozen=True)
class OcrResult:
    document_id: int
    original_sha256: str
    text_pdf_sha256: str
    languages: str  # "hye+rus+eng+aze"
    characters: int  # of text found
    # Pages (1-based) whose way up could not be told: read as they are, maybe unreadable.
    unsure_pages: tuple[int, ...] = ()
    # Pages (1-based) not checked for their way up (the time for it ran out): read as they are.
    unchecked_pages: tuple[int, ...] = ()


def readiness(languages: tuple[str, ...] = LANGUAGES) -> OcrReadiness:
    """Whether OCR can run here, and if not, what to install."""
    missing = [tool for tool in ("ocrmypdf", "tesseract") if shutil.which(tool) is None]
    if "tesseract" not in missing:
        try:
            listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True,
                                    text=True, timeout=60, check=False).stdout.split()
        except (OSError, subprocess.SubprocessError):
            listed = []
        missing += [code for code in languages if code not in listed]
    if not missing:
        return OcrReadiness(True, (), "")
    packages = sorted({DEBIAN_PACKAGES.get(m, "tesseract-ocr" if m == "tesseract" else m)
                       for m in missing})
    return OcrReadiness(False, tuple(missing), str(msg(  # in the lawyer's language
        "Scans cannot be made searchable: {missing} not installed. Install the Debian packages "
        "{packages} (apt-get install).", missing=", ".join(missing), packages=" ".join(packages))))


@dataclass(frozen=True)
class ReadScan:
    """What OCR read from one document, not stored yet."""

    document_id: int
    original_sha256: str
    pdf: bytes
    text: str
    languages: str
    unsure_pages: tuple[int, ...] = ()  # see OcrResult
    unchecked_pages: tuple[int, ...] = ()  # see OcrResult


@dataclass(frozen=True)
class ScanText:
    """A scan read (:func:`read_upright`): its text PDF and text, and the pages it may not
    have read (see OcrResult)."""

    pdf: bytes
    text: str
    unsure_pages: tuple[int, ...] = ()
    unchecked_pages: tuple[int, ...] = ()


def unsure_message(title: str, pages: tuple[int, ...]) -> Message:
    """The one line telling the lawyer which pages of a scan may be unreadable in its text
    copy (their way up could not be told), and what that means for her search."""
    return msg_n("Page {pages} of “{title}” may be unreadable in its text copy: which way up "
                 "it is could not be told, so a search may miss its words.",
                 "Pages {pages} of “{title}” may be unreadable in its text copy: which way up "
                 "they are could not be told, so a search may miss their words.",
                 len(pages), pages=page_ranges(pages), title=title)


def unchecked_message(title: str, pages: tuple[int, ...]) -> Message:
    """The one line telling the lawyer which pages of a scan were not checked for their way up
    (the time for it ran out: :data:`caseapp.services.ocr_orientation.TIME_CAP`)."""
    return msg_n("Page {pages} of “{title}” was not checked for which way up it is: the time "
                 "for it ran out, and it was read as it is, so a search may miss its words if "
                 "it lies sideways or upside down.",
                 "Pages {pages} of “{title}” were not checked for which way up they are: the "
                 "time for it ran out, and they were read as they are, so a search may miss "
                 "the words of any of them lying sideways or upside down.",
                 len(pages), pages=page_ranges(pages), title=title)


class OcrService:
    def __init__(self, ctx: ServiceContext, documents: DocumentService):
        self.ctx = ctx
        self.documents = documents
        self.readings = Readings()

    def stop(self) -> None:
        """Stop the scans being read now (the case file closes): each reading then fails
        saying so, storing nothing (:mod:`caseapp.services.scan_readings`)."""
        self.readings.stop()

    def stop_those_begun(self) -> None:
        """Stop the scans being read now, not those asked for later (the window that asked
        for them is built again): each fails saying it was stopped, storing nothing."""
        self.readings.cancel_each()

    def readiness(self) -> OcrReadiness:
        return readiness()

    def can_read(self, media_type: str) -> bool:
        return media_type in OCR_TYPES

    def make_searchable(self, document_id: int, *,
                        languages: tuple[str, ...] = LANGUAGES) -> OcrResult:
        """OCR the document and keep its text PDF beside it (replacing an earlier one).

        Runs outside any transaction (OCR takes minutes); the result is stored only if the
        original is still the one read. Raises OcrUnavailable, ValidationError (not a scan
        OCR can read, or OCR failed) or ConflictError (the file changed meanwhile)."""
        return self.store(self.read(document_id, languages=languages))

    def reading(self) -> Readings:
        """A reading to hand to :meth:`read`, to stop it alone (:meth:`Readings.cancel`)."""
        return self.readings.one()

    def read(self, document_id: int, *, languages: tuple[str, ...] = LANGUAGES,
             reading: Readings | None = None) -> ReadScan:
        """OCR the document without writing anything (the slow half, for a worker thread);
        :meth:`store` keeps the result. ``reading`` (:meth:`reading`) stops it alone."""
        readings = reading if reading is not None else self.readings.one()
        readings.check()
        ready = readiness(languages)
        if not ready.ready:
            raise OcrUnavailable(ready.message, field="ocr")
        doc = self.scan(document_id)
        content = self.documents.content(document_id)
        read = read_upright(content, doc.media_type, languages, readings=readings)
        return ReadScan(document_id, hashlib.sha256(content).hexdigest(), read.pdf, read.text,
                        "+".join(languages), read.unsure_pages, read.unchecked_pages)

    def scan(self, document_id: int) -> DocumentDTO:
        """The document, if it is a scan OCR can read; else refused in one line (before a
        command reads any of several: an unknown ID, a Word file)."""
        doc = self.documents.get(document_id)
        if not self.can_read(doc.media_type):
            raise ValidationError(msg("“{title}” is {media_type}: only PDF, PNG, JPEG and TIFF scans can be read by "
                                      "OCR.",
                                      title=doc.title, media_type=doc.media_type) if doc.media_type else
                                  msg("“{title}” is of an unknown type: only PDF, PNG, JPEG and TIFF scans "
                                      "can be read by OCR.", title=doc.title),
                                  field="media_type")
        return doc

    def store(self, scan: ReadScan) -> OcrResult:
        """Keep a scan's text PDF and text beside the original it was read from."""
        document_id, original_sha, pdf, text, languages = (
            scan.document_id, scan.original_sha256, scan.pdf, scan.text, scan.languages)
        with self.ctx.transaction() as s:
            obj = s.get(Document, document_id)
            if obj is None or obj.sha256 != original_sha:
                raise ConflictError(msg("The document was changed or deleted while it was being "
                                    "read: nothing was stored; make it searchable again."))
            before = obj.text_pdf_sha256
            obj.text_pdf = pdf
            obj.text_pdf_sha256 = hashlib.sha256(pdf).hexdigest()
            obj.text_layer = text
            obj.ocr_languages = languages
            # A new reading's pages to check replace the last one's.
            obj.ocr_unsure_pages = list(scan.unsure_pages)
            obj.ocr_unchecked_pages = list(scan.unchecked_pages)
            s.flush()
            audit(s, self.ctx, AuditAction.UPDATE, obj, summary=obj.title,
                  captive_uid=self.documents.captive_uid(s, obj), field="text_pdf_sha256",
                  old=before or None, new=obj.text_pdf_sha256)
            announce(s, Changes("documents", AuditAction.UPDATE, (obj.id,),
                                self.documents.captive_ids(obj)))
            return OcrResult(obj.id, obj.sha256, obj.text_pdf_sha256, languages,
                             len(text) if text.strip() else 0,
                             scan.unsure_pages, scan.unchecked_pages)


@functools.cache
def _hash_seed(order: tuple[str, ...]) -> str | None:
    """A PYTHONHASHSEED under which OCRmyPDF hands Tesseract the languages in ``order``.

    OCRmyPDF 14 (Debian 12) keeps the languages in a set, so the order Tesseract receives
    them, and with it the primary language, changes from run to run; with Russian first an
    Armenian page comes out as Cyrillic nonsense. Its interpreter is asked which seed gives
    the order wanted (the whole order, else at least the first language); None if it
    cannot be asked (the default order then)."""
    script = shutil.which("ocrmypdf")
    try:
        with open(script or "", "rb") as f:
            first = f.readline().decode("utf-8", "replace")
    except OSError:
        return None
    interpreter = first[2:].strip().split() if first.startswith("#!") else []
    if not interpreter:
        return None
    probe = "s = set(); s.update({!r}.split('+')); print('+'.join(s))".format("+".join(order))
    fallback = None
    for seed in range(64):
        try:
            got = subprocess.run([*interpreter, "-c", probe], capture_output=True, text=True,
                                 timeout=30, check=False,
                                 env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        found = tuple(got.strip().split("+"))
        if found == order:
            return str(seed)
        if fallback is None and found[:1] == order[:1]:
            fallback = str(seed)
    return fallback


# OCRmyPDF's exit codes for a file it cannot read, in words the lawyer can act on (its own
# last line is "InputFileError" or a qpdf command).
_EXIT_REASONS = {
    2: msg("it is damaged, or not the PDF or image it is said to be"),
    8: msg("the PDF is protected by a password; save it without the password first"),
}


def _one_page(content: bytes, media_type: str) -> bool:
    """Whether the scan is a single page: OCRmyPDF then gets one worker. Its pool of workers,
    started for any number of pages, cost a one-page scan five times the CPU (about 4 s
    more on a 2-core machine) for nothing to share out; a longer scan keeps the pool, its
    pages read side by side. A PNG or JPEG is one page and a PDF is counted; a TIFF (which
    may hold many) and a PDF that cannot be counted keep the pool (OCRmyPDF then says what
    is wrong with it)."""
    if media_type in {"image/png", "image/jpeg"}:
        return True
    if media_type != "application/pdf":
        return False
    from pypdf import PdfReader  # only when a PDF is read

    try:
        return len(PdfReader(io.BytesIO(content)).pages) == 1
    except Exception:  # noqa: BLE001 — any unreadable PDF: left to OCRmyPDF's own check
        return False


def _unlocked(content: bytes) -> bytes:
    """A PDF locked only against changes (an owner password, no password to open it) as an
    unlocked copy, which OCRmyPDF reads (it refuses any encrypted PDF, and the lawyer would be
    told to remove a password no viewer ever asked her for); any other content as it is."""
    from pypdf import PasswordType, PdfReader, PdfWriter  # only when a PDF is read

    try:
        reader = PdfReader(io.BytesIO(content))
        if not reader.is_encrypted or reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            return content  # a password to open it: OCRmyPDF says so
        out = io.BytesIO()
        PdfWriter(clone_from=reader).write(out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 — any unreadable PDF: left to OCRmyPDF's own check
        return content


_SKIPPED = re.compile(r"\[OCR skipped on page\(s\) ([0-9][0-9, \-]*)\]")


def _page_numbers(ranges: str) -> list[int]:
    numbers: list[int] = []
    for part in ranges.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first.isdigit() and (not last or last.isdigit()):
            numbers += range(int(first), int(last or first) + 1)
    return numbers


def _words(sidecar: str, pdf: bytes) -> str:
    """The text of the scan: what OCR read, and for each page OCRmyPDF left alone because it
    has a text layer already (``--skip-text``; its sidecar then says only "[OCR skipped on
    page(s) 1-2]"), that page's own words, taken from the text PDF."""
    if not _SKIPPED.search(sidecar):
        return sidecar.replace("\f", "\n").strip()
    from pypdf import PdfReader  # only when a PDF had text

    try:
        pages = PdfReader(io.BytesIO(pdf)).pages
    except Exception:  # noqa: BLE001 — its pages' words cannot be had: OCR's own only
        pages = None

    def page_text(number: int) -> str:
        try:
            return (pages[number - 1].extract_text() or "") if pages is not None else ""
        except Exception:  # noqa: BLE001 — one page that cannot be read: no words from it
            return ""

    return "\n".join(
        _SKIPPED.sub(lambda m: "\n".join(page_text(n) for n in _page_numbers(m.group(1))),
                     chunk) for chunk in sidecar.split("\f")).strip()


def _run(command: list[str], *, env: dict[str, str], timeout: float,
         readings: Readings | None = None) -> subprocess.CompletedProcess[str]:
    """Run OCRmyPDF in a process group of its own: at the time limit (or when the caller is
    interrupted) the whole group is killed, the Tesseract workers OCRmyPDF started included;
    killing OCRmyPDF alone left them reading a hostile file, orphaned, for as long as it
    took."""
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env, start_new_session=True) as process:
        with readings.running(process) if readings is not None else nullcontext():
            try:
                out, err = process.communicate(timeout=timeout)
            except BaseException:
                kill_group(process)
                process.communicate()
                raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def read_upright(content: bytes, media_type: str, languages: tuple[str, ...] = LANGUAGES, *,
                 readings: Readings | None = None) -> ScanText:
    """The text PDF of a scan, the text read, and the pages whose way up could not be told or
    was not checked: each page turned upright first (:mod:`caseapp.services.ocr_orientation`),
    the scan given left as it is."""
    source = _unlocked(content) if media_type == "application/pdf" else content
    turned = upright(source, media_type, languages, image_dpi=IMAGE_DPI,
                     stopped=(lambda: readings.stopped) if readings is not None else None)
    pdf, text = run_ocr(turned.content, turned.media_type, languages, readings=readings)
    return ScanText(pdf, text, turned.unsure_pages, turned.unchecked_pages)


def run_ocr(content: bytes, media_type: str, languages: tuple[str, ...] = LANGUAGES, *,
            readings: Readings | None = None) -> tuple[bytes, str]:
    """The text PDF of a scan and the text read, by the ``ocrmypdf`` command (stopped with
    ``readings``)."""
    if readings is not None:
        readings.check()
    suffix = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif"}.get(
        media_type, ".pdf")
    with scan_folder("ocr") as tmp:
        source, target, sidecar = tmp / f"in{suffix}", tmp / "out.pdf", tmp / "out.txt"
        source.write_bytes(_unlocked(content) if media_type == "application/pdf" else content)
        command = ["ocrmypdf", "-l", "+".join(languages), "--output-type", "pdf",
                   "--skip-text", "--sidecar", str(sidecar), "--quiet"]
        if media_type in IMAGE_TYPES:
            command += ["--image-dpi", str(IMAGE_DPI)]
        if _one_page(content, media_type):
            command += ["--jobs", "1"]
        command += [str(source), str(target)]
        # OCRmyPDF's working files (each page as an image, its words) inside ours, removed
        # with it however the reading ends; in its own folder in $TMPDIR they were left
        # behind when it was killed (the time limit, Ctrl+C).
        env = {**os.environ, "TMPDIR": str(tmp)}
        seed = _hash_seed(tuple(languages))
        if seed is not None:
            env["PYTHONHASHSEED"] = seed
        try:
            done = _run(command, env=env, timeout=TIMEOUT_SECONDS, readings=readings)
        except subprocess.TimeoutExpired:
            raise ValidationError(msg_n("OCR took longer than {count} minute and was stopped.",
                                        "OCR took longer than {count} minutes and was stopped.",
                                        TIMEOUT_SECONDS // 60), field="ocr") from None
        except OSError as exc:
            raise OcrUnavailable(msg("OCRmyPDF could not be started: {reason}.", reason=os_reason(exc)),
                                 field="ocr") from None
        if readings is not None:
            readings.check()  # killed because the case file closed: not OCRmyPDF's failure
        if done.returncode in _EXIT_REASONS:
            raise ValidationError(msg("OCR cannot read this file: {reason}.",
                                      reason=_EXIT_REASONS[done.returncode]), field="ocr")
        if done.returncode != 0 or not target.exists():
            lines = done.stderr.strip().splitlines()
            # Said in the lawyer's language first; OCRmyPDF's own (English) words only quoted.
            raise ValidationError(
                msg("OCR failed (OCRmyPDF exit code {code}): the document was not changed. "
                    "OCRmyPDF said: “{reason}”", code=done.returncode, reason=lines[-1])
                if lines else
                msg("OCR failed (OCRmyPDF exit code {code}, without a message): the document "
                    "was not changed.", code=done.returncode),
                field="ocr")
        text = sidecar.read_text(encoding="utf-8", errors="replace") if sidecar.exists() else ""
        pdf = target.read_bytes()
        return pdf, _words(text, pdf)
