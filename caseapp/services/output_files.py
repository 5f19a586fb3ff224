"""One generated file (:class:`Output`) and what every output use case does with it: check
its target against the case file's :class:`~caseapp.services.output_guard.OutputGuard` before
anything is read, write it atomically (:func:`save`) and keep a copy among the case file's
documents (:func:`keep`), a letter to someone logged as a draft intervention too.

The use cases themselves are in :mod:`caseapp.services.outputs` (dossier, status report,
letter, calendar, daily log, exposure report), :mod:`caseapp.services.filing_packs` (the
ECHR, Rule 39 and UN packs) and :mod:`caseapp.services.data_exports` (JSON, the captives
list, the travel copy).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from caseapp.db.models import Contact, Organisation
from caseapp.domain.dto import DocumentDTO, InterventionDTO
from caseapp.domain.enums import Channel, InterventionStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.file_names import FileName
from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import OmissionSummary, strictest
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.docx_properties import edited_since_made
from caseapp.reports.texts import DOCUMENT_LANGUAGES
from caseapp.services.base import output_level
from caseapp.services.labels import level_label
from caseapp.services.output_guard import check_suffix
from caseapp.services.outputs_written import note_written

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

__all__ = ["OUTPUT_NAMES", "KeptRecord", "Output", "check_language", "check_target", "deliver",
           "keep", "keep_generated", "save"]


@dataclass(frozen=True)
class KeptRecord:
    document: DocumentDTO
    intervention: InterventionDTO | None  # the draft logged when the file is addressed to someone
    # Said when the copy is kept above the level it was made at (it names an addressee above it)
    notice: Message | None = None


@dataclass(frozen=True)
class Output:
    """One generated file: its bytes, what its level left out, and where it went."""

    kind: str  # "dossier", "status report", "letter", "calendar"
    data: bytes
    name: FileName  # the file's name in every language
    title: str  # the title it is kept under in the case file
    level: Sensitivity
    left_out: OmissionSummary
    lang: str = "en"  # the document's language
    record: Any = None  # what was printed: DossierDTO, StatusReportDTO or CalendarEvents
    captive_id: int | None = None
    contact_id: int | None = None
    organisation_id: int | None = None
    saved_to: Path | None = None
    kept: KeptRecord | None = None

    @property
    def filename(self) -> str:
        """The file's name in the document's language, with its suffix (what it is kept
        under in the case file unless saved under another)."""
        return self.name.text(self.lang)

    @property
    def suffix(self) -> str:
        return self.name.suffix.lower()


OUTPUT_NAMES = {  # what an Output.kind is called in a refusal ("… the dossier was not written")
    "dossier": msg("the dossier"), "status report": msg("the status report"), "letter": msg("the letter"),
    "calendar": msg("the calendar"), "daily log": msg("the daily log"),
    "exposure report": msg("the exposure report"),
}


def check_target(cf: CaseFile, target: Path | str | None, what: Message) -> None:
    """Refuse ``target``, when one is given, if the output guard protects it (``what`` names
    the output in the refusal)."""
    if target is not None:
        cf.output_guard.check(target, what=what)


def check_language(lang: str) -> None:
    """Refuse a language documents are not printed in."""
    if lang not in DOCUMENT_LANGUAGES:
        raise ValidationError(msg("Documents cannot be printed in “{lang}”: choose one of {choices}.",
                                  lang=lang, choices=", ".join(DOCUMENT_LANGUAGES)), field="lang")


def deliver(cf: CaseFile, output: Output, target: Path | str | None, keep_copy: bool) -> Output:
    """``output`` saved to ``target`` if one is given and kept in the case file if asked."""
    if target is not None:
        output = save(cf, output, target)
    if keep_copy:
        output = replace(output, kept=keep(cf, output))
    return output


# ---- saving and keeping ------------------------------------------------------------------

def save(cf: CaseFile, output: Output, target: Path | str, *,
         replace_edited: bool = False) -> Output:
    """Write ``output`` atomically to ``target`` (checked first); ``saved_to`` says where. A
    .docx there that the lawyer edited since CaseApp wrote it (a letter made again to the same
    file) is refused unless ``replace_edited`` (the window's save dialog asked her)."""
    what = OUTPUT_NAMES.get(output.kind, msg("the file"))
    check_target(cf, target, what)
    check_suffix(target, output.suffix, what)
    if not replace_edited and edited_since_made(Path(target).expanduser()):
        raise ValidationError(msg(
            "{file} was edited after CaseApp wrote it: writing {what} again would write over "
            "the changes. Move it out or choose another name; nothing was written.",
            file=target, what=what), field="target")
    atomic_write_bytes(target, output.data)
    note_written(cf, target, output.level)
    return replace(output, saved_to=Path(target))


def keep(cf: CaseFile, output: Output) -> KeptRecord:
    """Keep ``output`` among the case file's documents at its level (under the name it was
    saved as, else the suggested one); a letter to someone is logged as a draft
    intervention too."""
    filename = output.saved_to.name if output.saved_to is not None else output.filename
    return keep_generated(cf, output.data, filename=filename, title=output.title,
                          level=output.level, captive_id=output.captive_id,
                          contact_id=output.contact_id, organisation_id=output.organisation_id)


def keep_generated(case_file: CaseFile, content: bytes, *, filename: str, title: str,
                   level: Sensitivity | str, captive_id: int | None = None,
                   contact_id: int | None = None, organisation_id: int | None = None,
                   subject: str = "", request: str = "", channel: Channel | str = Channel.LETTER,
                   source: str = "Generated by CaseApp") -> KeptRecord:
    """Store a generated dossier, report or letter among the captive's documents (its SHA-256
    computed from the bytes), at the level it was generated at. When it is addressed to a
    contact or an organisation, log a draft intervention too and link the document to it.
    Both are written in one transaction."""
    level = output_level(case_file.ctx, level)
    cf = case_file
    with cf.ctx.transaction() as s:
        # A letter names the addressee chosen, whatever their level: its copy is kept at the
        # strictest of its own level and theirs, so that no output at its level carries them.
        kept_at = strictest(level, *addressee_levels(s, contact_id, organisation_id))
        intervention = None
        if contact_id is not None or organisation_id is not None:
            intervention = cf.interventions.create_in(
                s, made_on=cf.ctx.today(), contact_id=contact_id, organisation_id=organisation_id,
                channel=channel, subject=(subject or title)[:300], request=request,
                status=InterventionStatus.DRAFT,
                captive_ids=[captive_id] if captive_id is not None else [])
        document = cf.documents.create_in(
            s, content=content, filename=filename, title=title[:300], captive_id=captive_id,
            intervention_id=intervention.id if intervention else None, source=source,
            received_on=cf.ctx.today(), reliability="confirmed", sensitivity=kept_at)
    notice = None if kept_at is level else msg(
        "The copy is kept at the {kept} level, not the letter's {level} level: it names an "
        "addressee marked {kept}.", kept=level_label(kept_at), level=level_label(level))
    return KeptRecord(document, intervention, notice)


def addressee_levels(s: Session, contact_id: int | None,
                     organisation_id: int | None) -> list[Sensitivity]:
    """The levels of the contact and the organisation a letter is addressed to (the contact's
    own organisation when none is given): what the letter names by the lawyer's choice."""
    contact = s.get(Contact, contact_id) if contact_id is not None else None
    org_id = organisation_id if organisation_id is not None else (
        contact.organisation_id if contact is not None else None)
    organisation = s.get(Organisation, org_id) if org_id is not None else None
    return [r.sensitivity for r in (contact, organisation) if r is not None]

