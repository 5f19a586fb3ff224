"""The filing packs: the ECHR application draft with its annex bundle, the Rule 39 request
with its fax cover, the WGAD communication and the WGEID case — each a draft as PDF and
.docx, read at a level in one snapshot, with the warnings a lawyer must read before filing,
and written into a folder all at once or not at all (:func:`save_pack`). Called the same way
by the command line and the desktop app.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.domain.clean_text import one_line, several_lines
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.filing import BundleFile
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n, text_of
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.strasbourg import ANNEX_PAGE_LIMIT, ECOMMS_MAX_BYTES, ascii_file_stem
from caseapp.fileio import atomic_path
from caseapp.reports.docx_properties import edited_since_made
from caseapp.reports.filing_doc import Draft, render_docx, render_pdf
from caseapp.reports.filing_echr import application_draft
from caseapp.reports.filing_echr import counts as echr_counts
from caseapp.reports.filing_forms import (
    FILING_LANGUAGES,
    fax_cover_draft,
    rule39_request_draft,
    wgad_draft,
    wgeid_draft,
)
from caseapp.services import filing_echr, filing_forms
from caseapp.services.file_stem_namesakes import name_shared
from caseapp.services.outputs_written import note_written

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

__all__ = ["ANNEXES", "ECHR_LANGUAGES", "PACK_NAMES", "Pack", "echr_pack", "rule39_pack", "save_pack", "un_draft",
           "un_pack"]

ANNEXES = "Annexes"  # the folder of an ECHR pack's annex bundle
# The languages of the ECHR application draft: the Court's official languages (the form itself
# is English or French; the Court accepts an application in a State's language too).
ECHR_LANGUAGES = ("en", "fr")
# What each draft's files are called in each language, before the applicant and the day: the
# eComms portal takes file names in (extended) ASCII only (strasbourg.ECOMMS_SOURCE), so the
# French « Requête CEDH » is written without its accent, as every name of a pack is. The UN
# working groups' French initials are theirs (GTDA: détention arbitraire; GTDFI: disparitions
# forcées ou involontaires).
DRAFT_NAMES = {
    "echr": {"en": "ECHR_application", "fr": "Requete_CEDH"},
    "rule39": {"en": "Rule39_request", "fr": "Demande_article_39"},
    "fax": {"en": "Rule39_fax_cover", "fr": "Page_de_garde_article_39"},
    "wgad": {"en": "WGAD_communication", "fr": "GTDA_communication"},
    "wgeid": {"en": "WGEID_case", "fr": "GTDFI_cas"},
}
PACK_NAMES = {
    "ECHR application": msg("the ECHR application pack"), "Rule 39 request": msg("the Rule 39 pack"),
    "WGAD submission": msg("the WGAD submission pack"), "WGEID submission": msg("the WGEID submission pack"),
}


@dataclass(frozen=True)
class Pack:
    """Several files made together (a draft as PDF and .docx, the annex bundle), with the
    warnings a lawyer must read before filing. Names are relative to the pack's folder."""

    kind: str  # "ECHR application", "Rule 39 request", "WGAD submission", "WGEID submission"
    files: tuple[BundleFile, ...]
    warnings: tuple[str | Message, ...]  # shown in the user's language (str(w))
    level: Sensitivity
    left_out: OmissionSummary
    captive_id: int
    record: Any = None  # EchrApplication, Rule39Request or UnSubmission
    saved_to: Path | None = None

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.files]


def _draft_files(stem: str, draft: Draft, author: str) -> list[BundleFile]:
    author = one_line(author)
    return [BundleFile(f"{stem}.pdf", render_pdf(draft, author=author)),
            BundleFile(f"{stem}.docx", render_docx(draft, author=author))]


def _state(state: str | None) -> str | None:
    """The respondent State as given (a name: one line, no control characters)."""
    return None if state is None else one_line(state, what=msg("The respondent State"))


def _stem(cf: CaseFile, kind: str, dossier: Any) -> str:
    """``WGAD_communication_Aram_Petrosyan_2026-12-07``: the draft, the captive's name in plain
    ASCII and the day; with the record number (``…_Aram_Petrosyan_ID12_…``) when another captive
    of the case file has a name that reads the same there, so that two namesakes' packs made
    into one folder never write over each other's drafts."""
    c = dossier.captive
    full = c.latin_name or c.primary_name
    name = ascii_file_stem(full, limit=40)
    if name_shared(cf.ctx, c.id, full, level=Sensitivity(dossier.level)):
        name = f"{name}_ID{c.id}"
    return f"{kind}_{name}_{dossier.generated_on.isoformat()}"


def _check_pack_folder(cf: CaseFile, folder: Path | str, what: Message) -> None:
    """The folder itself and what goes in it may not be the case file, a side file of it or
    in the backups folder (checked before anything is read)."""
    cf.output_guard.check(folder, what=what, folder=True)
    cf.output_guard.check(Path(folder) / ANNEXES, what=what, folder=True, new_folder=True)


def _check_language(lang: str) -> None:
    """The Rule 39 and UN drafts are written in the Court's and the UN bodies' languages."""
    if lang not in FILING_LANGUAGES:
        raise ValidationError(msg("The draft is written in English or French, the languages the "
                                  "Court and the UN bodies work in, not in “{lang}”.", lang=lang),
                              field="lang")


def _deliver_pack(cf: CaseFile, pack: Pack, folder: Path | str | None) -> Pack:
    return save_pack(cf, pack, folder) if folder is not None else pack


def echr_pack(cf: CaseFile, captive_id: int, *, level: Sensitivity | str, author: str,
              lawyer: LawyerProfile, state: str | None = None,
              final_decision: date | PartialDate | None = None, document_ids: Sequence[int] | None = None,
              max_bytes: int = ECOMMS_MAX_BYTES, page_limit: int = ANNEX_PAGE_LIMIT,
              folder: Path | str | None = None, lang: str = "en") -> Pack:
    """The ECHR application draft (PDF and .docx) and its annex bundle (``Annexes/``), read
    at ``level`` in one snapshot, in English or in French (``lang`` "fr": the draft, its
    checks before filing and the annexes' page stamps). The folder is checked before
    anything is read."""
    if lang not in ECHR_LANGUAGES:
        raise ValidationError(msg("The ECHR application draft is written in English or French, "
                                  "not in “{lang}”.", lang=lang), field="lang")
    if folder is not None:
        _check_pack_folder(cf, folder, msg("the ECHR application pack"))
    application, bundle, warnings, left_out = filing_echr.echr_application(
        cf, captive_id, level=level, lawyer=lawyer, state=_state(state), final_decision=final_decision,
        document_ids=document_ids, max_bytes=max_bytes, page_limit=page_limit, lang=lang)
    counted = [c.line() for c in echr_counts(application, lang) if c.over]
    every: tuple[str | Message, ...] = (*warnings, *counted)
    draft = application_draft(application, [text_of(w, lang) for w in every], lang)
    files = _draft_files(_stem(cf, DRAFT_NAMES["echr"][lang], application.dossier), draft, author)
    files += [BundleFile(f"{ANNEXES}/{f.name}", f.data) for f in bundle]
    pack = Pack("ECHR application", tuple(files), every, application.level, left_out,
                captive_id, application)
    return _deliver_pack(cf, pack, folder)


def rule39_pack(cf: CaseFile, captive_id: int, *, level: Sensitivity | str, author: str,
                lawyer: LawyerProfile, sent_at: datetime, risk: str = "", asked: str = "",
                contact_person: str = "", contact_phone: str = "", contact_fax: str = "",
                state: str | None = None, folder: Path | str | None = None,
                lang: str = "en") -> Pack:
    """The Rule 39 request and its fax cover (PDF and .docx each), in English or in French
    (``lang``), with a warning when it reaches the Court outside its office hours for interim
    measures."""
    _check_language(lang)
    if folder is not None:
        _check_pack_folder(cf, folder, msg("the Rule 39 pack"))
    request, left_out = filing_forms.rule39_request(
        cf, captive_id, level=str(level), lawyer=lawyer, sent_at=sent_at,
        risk=several_lines(risk), asked=several_lines(asked),
        contact_person=one_line(contact_person), contact_phone=one_line(contact_phone),
        contact_fax=one_line(contact_fax), state=_state(state))
    files = _draft_files(_stem(cf, DRAFT_NAMES["rule39"][lang], request.dossier),
                         rule39_request_draft(request, lang), author)
    files += _draft_files(_stem(cf, DRAFT_NAMES["fax"][lang], request.dossier),
                          fax_cover_draft(request, lang), author)
    pack = Pack("Rule 39 request", tuple(files), (request.warning,) if request.warning else (),
                request.dossier.level, left_out, captive_id, request)
    return _deliver_pack(cf, pack, folder)


def un_draft(body: str) -> Message:
    """The draft for the UN ``body`` ("wgad", "wgeid") as a sentence names it."""
    return msg("the WGAD draft") if body == "wgad" else msg("the WGEID draft")


def un_pack(cf: CaseFile, captive_id: int, *, body: str, level: Sensitivity | str, author: str,
            lawyer: LawyerProfile, state: str | None = None,
            folder: Path | str | None = None, lang: str = "en") -> Pack:
    """The WGAD communication or the WGEID case as a draft (PDF and .docx), in English or in
    French (``lang``); a WGEID draft is refused without the family's consent recorded."""
    _check_language(lang)
    if folder is not None:
        _check_pack_folder(cf, folder, un_draft(body))
    submission, left_out = filing_forms.un_submission(cf, captive_id, body=body,
                                                      level=str(level), lawyer=lawyer,
                                                      state=_state(state))
    draft = (wgad_draft if body == "wgad" else wgeid_draft)(submission, lang)
    stem = _stem(cf, DRAFT_NAMES[body][lang], submission.dossier)
    pack = Pack(f"{body.upper()} submission", tuple(_draft_files(stem, draft, author)), (),
                submission.dossier.level, left_out, captive_id, submission)
    return _deliver_pack(cf, pack, folder)


def save_pack(cf: CaseFile, pack: Pack, folder: Path | str) -> Pack:
    """Write every file of ``pack`` into ``folder`` (made if missing), each checked first:
    all of them or none. Each is written to a temporary file beside its place and renamed
    only once all are written, so a full disk leaves no partial pack (and the folders made
    for it are removed again)."""
    base = Path(folder)
    what = PACK_NAMES.get(pack.kind, msg("the files"))
    _check_pack_folder(cf, base, what)
    cf.output_guard.check_folder(base, pack.names, what=what)
    _check_annexes_folder(base, pack, what)
    _check_edited_drafts(base, pack)
    made = _missing_folders([base / f.name for f in pack.files])
    try:
        with ExitStack() as written:
            for f in pack.files:
                target = base / f.name
                target.parent.mkdir(parents=True, exist_ok=True)
                written.enter_context(atomic_path(target)).write_bytes(f.data)
    except BaseException:
        for folder_made in made:  # the deepest first
            with suppress(OSError):  # not empty: something else is in it
                folder_made.rmdir()
        raise
    note_written(cf, base, pack.level)
    return replace(pack, saved_to=base)


def _check_edited_drafts(base: Path, pack: Pack) -> None:
    """A draft to edit (.docx) of the same name already in the folder (the same pack made
    again the same day) is written over only as the app made it: one the lawyer has edited
    since, or a file that is no draft, is refused."""
    for f in pack.files:
        target = base / f.name
        if edited_since_made(target):
            raise ValidationError(msg(
                "{file} was edited after CaseApp wrote it: making the pack again would write "
                "over the changes. Move it out or choose another folder; nothing was written.",
                file=target), field="folder")


def _check_annexes_folder(base: Path, pack: Pack, what: Message) -> None:
    """The annex folder of an ECHR pack is filed as it is: files an earlier pack left there (at
    another level, of other documents, numbered otherwise) would be filed with this one. They
    are refused, never deleted; so is a file in the folder's place."""
    if pack.kind != "ECHR application":
        return
    folder = base / ANNEXES
    if folder.exists() and not folder.is_dir():
        raise ValidationError(msg("{file} is a file, not a folder: {what} is a folder of files.",
                                  file=folder, what=what), field="folder")
    try:
        present = sorted(p.name for p in folder.iterdir())
    except OSError:  # no such folder (or it cannot be read: the write says why)
        return
    ours = {Path(name).name for name in pack.names if name.startswith(f"{ANNEXES}/")}
    others = [name for name in present if name not in ours]
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise ValidationError(msg_n(
            "{folder} already holds {count} file this pack does not write ({names}): it would "
            "be filed with the annexes. Move it out or choose an empty folder; nothing was "
            "written.",
            "{folder} already holds {count} files this pack does not write ({names}): they "
            "would be filed with the annexes. Move them out or choose an empty folder; nothing "
            "was written.", len(others), folder=folder, names=shown), field="folder")


def _missing_folders(files: list[Path]) -> list[Path]:
    """The folders that writing ``files`` would make, the deepest first."""
    missing = {folder for f in files for folder in f.parents if not folder.exists()}
    return sorted(missing, key=lambda folder: -len(folder.parts))
