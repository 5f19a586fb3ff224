"""One use case per output — dossier, status report, letter, calendar, JSON export — called
the same way by the command line and the desktop app, so that neither composes them itself.

Each use case, in this order:

1. checks the target, when one is given, against the case file's :class:`OutputGuard`
   (never the case file, its side files or a backup) *before anything is read*;
2. builds the record at the level from one consistent read (one snapshot) and works out
   what the level leaves out (an :class:`OmissionSummary`);
3. renders it to bytes (``caseapp.reports``);
4. writes them atomically to the target, if one is given, and keeps a copy among the case
   file's documents, if asked.

It returns an :class:`Output`: the bytes, what was left out, and where it went. A front end
that previews first (the GUI) calls the use case without a target, then :func:`save` and
:func:`keep` with the same :class:`Output`.

The lawyer's details and the documents' author are arguments: where they come from (the
environment, the settings) is the front end's business.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.domain import file_names
from caseapp.domain.clean_text import one_line, several_lines
from caseapp.domain.deadline_steps import deadline_in
from caseapp.domain.dto import DocumentDTO, InterventionDTO
from caseapp.domain.enums import CaptiveStatus, Channel, InterventionStatus, Sensitivity
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.file_names import FileName
from caseapp.domain.filing import BundleFile
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n, text_of
from caseapp.domain.names import name_in_every_language
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.rule_names import titles_of
from caseapp.domain.strasbourg import ANNEX_PAGE_LIMIT, ECOMMS_MAX_BYTES, ascii_file_stem
from caseapp.fileio import atomic_path, atomic_write_bytes
from caseapp.reports.calendar import build_calendar
from caseapp.reports.daily_log import render_daily_log
from caseapp.reports.dossier import render_dossier
from caseapp.reports.exposure import render_exposure
from caseapp.reports.filing_doc import Draft, render_docx, render_pdf
from caseapp.reports.filing_echr import application_draft
from caseapp.reports.filing_echr import counts as echr_counts
from caseapp.reports.filing_forms import (
    fax_cover_draft,
    rule39_request_draft,
    wgad_draft,
    wgeid_draft,
)
from caseapp.reports.letters import LetterTemplate
from caseapp.reports.status_report import render_status_pdf, render_status_xlsx
from caseapp.reports.texts import DOCUMENT_LANGUAGES
from caseapp.services import deadline_log, filing_echr, filing_forms, interchange
from caseapp.services import exposure as exposure_data
from caseapp.services.base import output_level
from caseapp.services.interchange_export import export_reading_level
from caseapp.services.labels import level_label
from caseapp.services.letter_data import generate_letter, letter_missing_fields, letter_preview
from caseapp.services.output_guard import OutputGuard, OutputRefused
from caseapp.services.report_data import (
    build_status_report,
    dossier_and_omissions,
    dossier_preview,
    status_report_omissions,
    status_report_preview,
)
from caseapp.services.sheet_export import SheetExport, export_sheet, mapping_path_for
from caseapp.services.sheet_preview import SheetPreview
from caseapp.services.travel_copy import TravelCopyMade, make_travel_copy

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

REPORT_FORMATS = ("pdf", "xlsx")

__all__ = [
    "REPORT_FORMATS", "KeptRecord", "Output", "calendar", "calendar_left_out", "captives_sheet",
    "daily_log", "dossier", "dossier_left_out", "echr_pack", "export_json", "exposure", "keep",
    "keep_generated", "letter", "letter_left_out", "letter_missing_fields", "rule39_pack",
    "save", "save_pack", "status_report", "status_report_left_out",
    "travel_copy", "un_pack",
]


@dataclass(frozen=True)
class KeptRecord:
    document: DocumentDTO
    intervention: InterventionDTO | None  # the draft logged when the file is addressed to someone


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
ANNEXES = "Annexes"  # the folder of an ECHR pack's annex bundle
PACK_NAMES = {
    "ECHR application": msg("the ECHR application pack"), "Rule 39 request": msg("the Rule 39 pack"),
    "WGAD submission": msg("the WGAD submission pack"), "WGEID submission": msg("the WGEID submission pack"),
}


def _check(cf: CaseFile, target: Path | str | None, what: Message) -> None:
    if target is not None:
        cf.output_guard.check(target, what=what)


def _check_language(lang: str) -> None:
    if lang not in DOCUMENT_LANGUAGES:
        raise ValidationError(msg("Documents cannot be printed in “{lang}”: choose one of {choices}.",
                                  lang=lang, choices=", ".join(DOCUMENT_LANGUAGES)), field="lang")


def _deliver(cf: CaseFile, output: Output, target: Path | str | None, keep_copy: bool) -> Output:
    if target is not None:
        output = save(cf, output, target)
    if keep_copy:
        output = replace(output, kept=keep(cf, output))
    return output


# ---- the dossier -------------------------------------------------------------------------

def dossier_left_out(cf: CaseFile, captive_id: int, *, level: Sensitivity | str
                     ) -> OmissionSummary:
    """What the dossier at ``level`` would leave out (a refusal says why it cannot be made)."""
    return dossier_preview(cf, captive_id, level=level)


def dossier(cf: CaseFile, captive_id: int, *, level: Sensitivity | str, author: str,
            lawyer: LawyerProfile, lang: str = "en", statutory_max_days: int | None = None,
            target: Path | str | None = None, keep_copy: bool = False) -> Output:
    """The dossier of one captive at ``level`` as PDF, read in one snapshot.

    Raises :class:`ValidationError` when it cannot be made at the level (the captive's record
    above it, no consent to publicity), :class:`NotFound` for an unknown captive and
    :class:`OutputRefused` for a protected target (before anything is read)."""
    _check(cf, target, msg("the dossier"))
    _check_language(lang)
    record, left_out = dossier_and_omissions(cf, captive_id, level=level, lawyer=lawyer,
                                             statutory_max_days=statutory_max_days)
    record = replace(  # the rules' titles in the dossier's language
        record,
        domestic_deadlines=tuple(deadline_in(d, cf.rule_set, lang)
                                 for d in record.domestic_deadlines),
        international_deadlines=tuple(deadline_in(d, cf.rule_set, lang)
                                      for d in record.international_deadlines))
    name = name_in_every_language(record.captive)
    level = record.level
    output = Output(
        kind="dossier", data=render_dossier(record, author=one_line(author), lang=lang),
        name=file_names.dossier(name, level, cf.ctx.today()), lang=lang,
        title=msg("Dossier of {name} ({level})", name=name,  # in the document's language
                  level=level_label(level)).render(lang), level=level, left_out=left_out,
        record=record, captive_id=captive_id)
    return _deliver(cf, output, target, keep_copy)


# ---- the status report -------------------------------------------------------------------

def status_report_left_out(cf: CaseFile, *, level: Sensitivity | str,
                           status: CaptiveStatus | str | None = None, tag: str | None = None,
                           hearing_days: int = 30) -> OmissionSummary:
    return status_report_preview(cf, level=level, status=status, tag=tag,
                                 hearing_days=hearing_days)


def status_report(cf: CaseFile, *, level: Sensitivity | str, author: str, fmt: str = "pdf",
                  status: CaptiveStatus | str | None = None, tag: str | None = None,
                  hearing_days: int = 30, lang: str = "en", target: Path | str | None = None,
                  keep_copy: bool = False) -> Output:
    """The status report on every captive allowed at ``level`` (of one status, with one
    tag), as PDF or XLSX in ``lang``, read in one snapshot."""
    if fmt not in REPORT_FORMATS:
        raise ValidationError(msg("“{value}” is not a report format: choose pdf or xlsx.", value=fmt),
                              field="format")
    _check(cf, target, msg("the report"))
    _check_language(lang)
    with cf.ctx.snapshot():
        record = build_status_report(cf, level=level, status=status, tag=tag,
                                     hearing_days=hearing_days)
        left_out = status_report_omissions(cf, record, tag=tag)
    record = replace(record, rows=tuple(  # the rules' titles in the report's language
        replace(r, next_deadline_title=cf.rule_set.title_in(r.next_deadline_title, lang))
        for r in record.rows))
    render = render_status_xlsx if fmt == "xlsx" else render_status_pdf
    level = record.level
    output = Output(
        kind="status report", data=render(record, author=one_line(author), lang=lang),
        name=file_names.status_report(level, cf.ctx.today(), f".{fmt}"), lang=lang,
        title=msg("Status report ({level})", level=level_label(level)).render(lang), level=level,
        left_out=left_out, record=record)
    return _deliver(cf, output, target, keep_copy)


# ---- letters -----------------------------------------------------------------------------

def letter_left_out(cf: CaseFile, template: LetterTemplate, captive_id: int, *,
                    contact_id: int | None = None,
                    organisation_id: int | None = None) -> OmissionSummary:
    return letter_preview(cf, _within(cf, template), captive_id, contact_id=contact_id,
                          organisation_id=organisation_id)


def _within(cf: CaseFile, template: LetterTemplate) -> LetterTemplate:
    """The template at its level, or at the login's clearance when that is lower."""
    return replace(template, level=output_level(cf.ctx, template.level))


def letter(cf: CaseFile, template: LetterTemplate, captive_id: int, *, lawyer: LawyerProfile,
           contact_id: int | None = None, organisation_id: int | None = None,
           extra: Mapping[str, str] | None = None, target: Path | str | None = None,
           keep_copy: bool = False) -> Output:
    """``template`` filled for one captive (.docx), read in one snapshot at the template's
    level. Raises :class:`~caseapp.reports.letters.MissingFields` naming what the case file
    does not give; kept with ``keep_copy``, a letter to someone is logged as a draft
    intervention."""
    _check(cf, target, msg("the letter"))
    template = _within(cf, template)
    with cf.ctx.snapshot():
        left_out = letter_preview(cf, template, captive_id, contact_id=contact_id,
                                  organisation_id=organisation_id)
        data = generate_letter(cf, template, captive_id, lawyer=lawyer, contact_id=contact_id,
                               organisation_id=organisation_id, extra=extra)
        captive = cf.captives.get(captive_id)
    name = name_in_every_language(captive).render(template.language)
    output = Output(
        kind="letter", data=data, name=file_names.letter(template.title, name, cf.ctx.today()),
        lang=template.language, title=f"{template.title}: {name}", level=template.level, left_out=left_out,
        captive_id=captive_id, contact_id=contact_id, organisation_id=organisation_id)
    return _deliver(cf, output, target, keep_copy)


# ---- the calendar ------------------------------------------------------------------------

def calendar_left_out(cf: CaseFile, *, level: Sensitivity | str, within_days: int = 365
                      ) -> OmissionSummary:
    return cf.reminders.calendar_preview(within_days, level=level)


def calendar(cf: CaseFile, *, level: Sensitivity | str, within_days: int = 365,
             target: Path | str | None = None, lang: str = "en") -> Output:
    """Open deadlines (overdue included) and hearings within ``within_days`` allowed at
    ``level``, as an iCalendar file whose event UIDs stay the same from one export to the
    next, the rules' titles and the deadlines' steps in ``lang``. ``record`` is the
    :class:`CalendarEvents` written."""
    _check_language(lang)
    if within_days < 0:
        raise ValidationError(msg("The calendar's window must be zero or more days."),
                              field="within_days")
    _check(cf, target, msg("the calendar"))
    events = cf.reminders.calendar(within_days, level=level)
    deadlines = [deadline_in(d, cf.rule_set, lang) for d in events.deadlines]
    rules = {d.rule_id for d in deadlines if d.rule_id and d.rule_id in cf.rule_set}
    data = build_calendar([*deadlines, *events.hearings], lead_days=events.lead_days,
                          names=events.names, level=events.level, lang=lang,
                          rule_titles={r: cf.rule_set.get(r).text("title", lang)
                                       for r in rules},
                          sequences=events.sequences,
                          closed=[deadline_in(d, cf.rule_set, lang)
                                  for d in events.closed],
                          deleted=events.deleted, snoozed=events.snoozed).to_ical()
    output = Output(
        kind="calendar", data=data, name=file_names.calendar(events.level), lang=lang,
        title=msg("Deadlines and hearings ({level})",
                  level=level_label(events.level)).render(lang), level=events.level,
        left_out=OmissionSummary(msg("calendar"), events.level, events.omitted), record=events)
    return _deliver(cf, output, target, False)


def cancels_deleted(count: int) -> Message:
    """What a calendar written says besides its events: how many hearings and deadlines
    deleted lately it cancels (:mod:`caseapp.services.calendar_deletions`)."""
    return msg_n("The file also cancels {count} hearing or deadline deleted lately.",
                 "The file also cancels {count} hearings or deadlines deleted lately.", count)


def cancels_closed(count: int) -> Message:
    """What a calendar written says of the deadlines closed lately (done or dismissed) it
    writes cancelled, so that a phone holding one open stops reminding of it."""
    return msg_n("The file also cancels {count} deadline closed lately (done or dismissed).",
                 "The file also cancels {count} deadlines closed lately (done or dismissed).",
                 count)


# ---- the daily log of deadline control ------------------------------------------------

def daily_log(cf: CaseFile, *, day: date, level: Sensitivity | str = Sensitivity.INTERNAL,
              author: str = "", zone: tzinfo | None = None,
              target: Path | str | None = None, lang: str = "en") -> Output:
    """The deadlines entered, changed, snoozed, done, dismissed, reopened and deleted on
    ``day`` (in ``zone``, by default the computer's), with who, when and why, as PDF at
    ``level`` (internal by default), in ``lang`` (the rules' titles too). ``record`` is the
    :class:`DailyLog` printed."""
    _check_language(lang)
    if cf.login.restricted:  # the audit log is closed to it: the log would say "nothing"
        raise CaseFileError(msg(
            "The daily log of deadline control is read from the audit log: it needs internal "
            "clearance, and {login} has {clearance}.", login=cf.login.login,
            clearance=level_label(cf.login.clearance or Sensitivity.PUBLIC)), bad_input=True)
    _check(cf, target, msg("the daily log"))
    title_in = cf.rule_set.title_in  # the rules' titles in the log's language, changed ones too
    record = deadline_log.daily_log(cf.ctx, day, level=level, zone=zone,
                                    title_in=cf.rule_set.title_everywhere,
                                    rule_titles=titles_of(cf.rule_set))
    record = replace(record, entries=tuple(replace(
        e, title=title_in(e.title, lang), changes=tuple(
            replace(c, old=title_in(c.old, lang), new=title_in(c.new, lang))
            if c.field == "title" else c for c in e.changes)) for e in record.entries))
    output = Output(
        kind="daily log", data=render_daily_log(record, author=one_line(author), lang=lang),
        name=file_names.daily_log(day), lang=lang,
        title=msg("Deadline control: daily log of {day} ({level})", day=day,
                  level=level_label(record.level)).render(lang),
        level=record.level, left_out=OmissionSummary(msg("daily log"), record.level, record.omitted),
        record=record)
    return _deliver(cf, output, target, False)


# ---- the travel copy ----------------------------------------------------------------------

def travel_copy(cf: CaseFile, target: Path | str, *, level: Sensitivity | str, passphrase: str,
                repeat: str | None = None, captive_ids: list[int] | None = None
                ) -> TravelCopyMade:
    """A new encrypted case file at ``target`` holding only what is at or below ``level`` for
    ``captive_ids`` (:func:`caseapp.services.travel_copy.make_travel_copy`: the target is
    checked before anything is read)."""
    return make_travel_copy(cf, target, level=level, passphrase=passphrase, repeat=repeat,
                            captive_ids=captive_ids)


# ---- the seizure exposure report ----------------------------------------------------------

def exposure(cf: CaseFile | None, *, backup: Path | str | None = None,
             passphrase: str | None = None, as_of: date | None = None, author: str = "",
             lang: str = "en", actor: str = "", target: Path | str | None = None,
             guard: OutputGuard | None = None) -> Output:
    """What a seized or lost device held — from ``backup`` (opened read-only with
    ``passphrase``) or from the audit trail of ``cf`` as of the end of ``as_of`` — as PDF at
    the internal level. ``guard`` checks the target when no case file is open (a backup read
    on its own); the backup itself is never a target."""
    if (backup is None) == (as_of is None):
        raise ValidationError(msg("Give either the backup the device held or the day it was "
                              "seized, not both."), field="basis")
    if as_of is not None and cf is None:
        raise ValidationError(msg("The report as of a day is read from the case file's audit "
                              "trail: open the case file."), field="as_of")
    _check_language(lang)
    if target is not None:
        (cf.output_guard if cf is not None else guard or OutputGuard(None, None)).check(
            target, what=msg("the exposure report"))
        if backup is not None:
            OutputGuard(Path(backup), None).check(target, what=msg("the exposure report"))
    if backup is not None:
        record = exposure_data.since_backup(backup, passphrase, actor=actor or "exposure")
    else:
        assert cf is not None and as_of is not None
        record = exposure_data.as_of(cf, as_of)
    output = Output(
        kind="exposure report", data=render_exposure(record, author=one_line(author), lang=lang),
        name=file_names.exposure_report(record.day), lang=lang,
        title=msg("Seizure exposure report ({source})", source=record.source).render(lang),
        level=record.level,
        left_out=OmissionSummary(msg("exposure report"), record.level), record=record)
    if target is not None:
        atomic_write_bytes(target, output.data)
        output = replace(output, saved_to=Path(target))
    return output


# ---- the JSON export ---------------------------------------------------------------------

def captives_sheet(cf: CaseFile, target: Path | str, *,
                   level: Sensitivity | str) -> SheetExport:
    """The captives list at ``level`` as .xlsx or .csv, with beside it the mapping that
    reads it back unchanged (``import-sheet --mapping``): ``export-sheet`` and the GUI."""
    _check(cf, target, msg("the captives list"))
    _check(cf, mapping_path_for(Path(target)), msg("the mapping of the captives list"))
    return export_sheet(cf, target, level=level)


def check_sheet_mapping_target(cf: CaseFile, target: Path | str, sheet: Path | str) -> Path:
    """Where ``import-sheet --save-mapping`` may write the mapping: never the case file, its
    side files or a backup (the output guard), nor the spreadsheet being imported."""
    _check(cf, target, msg("the mapping"))
    try:
        same = os.path.samefile(Path(target).expanduser(), sheet)  # through links too
    except OSError:  # the target does not exist yet
        same = False
    if same:
        raise OutputRefused(msg("{target} is the spreadsheet being imported: the mapping was not "
                                "written and nothing was changed. Choose another file name.",
                                target=target))
    return Path(target)


def save_sheet_mapping(cf: CaseFile, preview: SheetPreview, target: Path | str) -> Path:
    """The mapping ``preview`` used written to ``target`` (checked first; atomically, readable
    by the owner only), to import the next spreadsheet of its kind with ``--mapping``."""
    path = check_sheet_mapping_target(cf, target, preview.path)
    atomic_write_bytes(path, preview.mapping(path.stem).to_toml().encode("utf-8"))
    return path


def export_json(cf: CaseFile, target: Path | str) -> dict[str, int]:
    """The whole case file as JSON at ``target`` (checked first, written atomically, read in
    one transaction); returns the number of records of each table."""
    _check(cf, target, msg("the export"))
    return interchange.export_json(cf.ctx, target)


def export_left_out(cf: CaseFile) -> Message | None:
    """What an export of ``cf`` says it leaves out: read at a level (a travel copy, a team
    member below internal), it is no whole copy of the case file (None: it is)."""
    level = export_reading_level(cf.ctx)
    if level is None:
        return None
    return msg("It holds only what the {level} level reads: records and fields above it are "
               "not in it, so it is not a whole copy of the case file.", level=LEVEL_NAMES[level])


# ---- saving and keeping ------------------------------------------------------------------

def save(cf: CaseFile, output: Output, target: Path | str) -> Output:
    """Write ``output`` atomically to ``target`` (checked first); ``saved_to`` says where."""
    _check(cf, target, OUTPUT_NAMES.get(output.kind, msg("the file")))
    atomic_write_bytes(target, output.data)
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
            received_on=cf.ctx.today(), reliability="confirmed", sensitivity=level)
    return KeptRecord(document, intervention)


# ---- filing packs (ECHR application and annexes, Rule 39, UN working groups) -------------

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


def _stem(kind: str, dossier: Any) -> str:
    name = dossier.captive.latin_name or dossier.captive.primary_name
    return f"{kind}_{ascii_file_stem(name, limit=40)}_{dossier.generated_on.isoformat()}"


def _check_pack_folder(cf: CaseFile, folder: Path | str, what: Message) -> None:
    """The folder itself and what goes in it may not be the case file, a side file of it or
    in the backups folder (checked before anything is read)."""
    cf.output_guard.check(folder, what=what, folder=True)
    cf.output_guard.check(Path(folder) / ANNEXES, what=what, folder=True, new_folder=True)


def _deliver_pack(cf: CaseFile, pack: Pack, folder: Path | str | None) -> Pack:
    return save_pack(cf, pack, folder) if folder is not None else pack


def echr_pack(cf: CaseFile, captive_id: int, *, level: Sensitivity | str, author: str,
              lawyer: LawyerProfile, state: str | None = None,
              final_decision: date | None = None, document_ids: Sequence[int] | None = None,
              max_bytes: int = ECOMMS_MAX_BYTES, page_limit: int = ANNEX_PAGE_LIMIT,
              folder: Path | str | None = None) -> Pack:
    """The ECHR application draft (PDF and .docx) and its annex bundle (``Annexes/``), read
    at ``level`` in one snapshot. The folder is checked before anything is read."""
    if folder is not None:
        _check_pack_folder(cf, folder, msg("the ECHR application pack"))
    application, bundle, warnings, left_out = filing_echr.echr_application(
        cf, captive_id, level=level, lawyer=lawyer, state=_state(state), final_decision=final_decision,
        document_ids=document_ids, max_bytes=max_bytes, page_limit=page_limit)
    counted = [c.line() for c in echr_counts(application) if c.over]
    every: tuple[str | Message, ...] = (*warnings, *counted)
    draft = application_draft(application, [text_of(w, "en") for w in every])  # an English draft
    files = _draft_files(_stem("ECHR_application", application.dossier), draft, author)
    files += [BundleFile(f"{ANNEXES}/{f.name}", f.data) for f in bundle]
    pack = Pack("ECHR application", tuple(files), every, application.level, left_out,
                captive_id, application)
    return _deliver_pack(cf, pack, folder)


def rule39_pack(cf: CaseFile, captive_id: int, *, level: Sensitivity | str, author: str,
                lawyer: LawyerProfile, sent_at: datetime, risk: str = "", asked: str = "",
                contact_person: str = "", contact_phone: str = "", contact_fax: str = "",
                state: str | None = None, folder: Path | str | None = None) -> Pack:
    """The Rule 39 request and its fax cover (PDF and .docx each), with a warning when it
    reaches the Court outside its office hours for interim measures."""
    if folder is not None:
        _check_pack_folder(cf, folder, msg("the Rule 39 pack"))
    request, left_out = filing_forms.rule39_request(
        cf, captive_id, level=str(level), lawyer=lawyer, sent_at=sent_at,
        risk=several_lines(risk), asked=several_lines(asked),
        contact_person=one_line(contact_person), contact_phone=one_line(contact_phone),
        contact_fax=one_line(contact_fax), state=_state(state))
    files = _draft_files(_stem("Rule39_request", request.dossier),
                         rule39_request_draft(request), author)
    files += _draft_files(_stem("Rule39_fax_cover", request.dossier), fax_cover_draft(request),
                          author)
    pack = Pack("Rule 39 request", tuple(files), (request.warning,) if request.warning else (),
                request.dossier.level, left_out, captive_id, request)
    return _deliver_pack(cf, pack, folder)


def un_draft(body: str) -> Message:
    """The draft for the UN ``body`` ("wgad", "wgeid") as a sentence names it."""
    return msg("the WGAD draft") if body == "wgad" else msg("the WGEID draft")


def un_pack(cf: CaseFile, captive_id: int, *, body: str, level: Sensitivity | str, author: str,
            lawyer: LawyerProfile, state: str | None = None,
            folder: Path | str | None = None) -> Pack:
    """The WGAD communication or the WGEID case as a draft (PDF and .docx); a WGEID draft is
    refused without the family's consent recorded."""
    if folder is not None:
        _check_pack_folder(cf, folder, un_draft(body))
    submission, left_out = filing_forms.un_submission(cf, captive_id, body=body,
                                                      level=str(level), lawyer=lawyer,
                                                      state=_state(state))
    draft = wgad_draft(submission) if body == "wgad" else wgeid_draft(submission)
    stem = _stem("WGAD_communication" if body == "wgad" else "WGEID_case", submission.dossier)
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
    return replace(pack, saved_to=base)


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
