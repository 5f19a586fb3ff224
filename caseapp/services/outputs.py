"""One use case per printed output — dossier, status report, letter, calendar, daily log,
exposure report — called the same way by the command line and the desktop app, so that
neither composes them itself. The filing packs are in :mod:`caseapp.services.filing_packs`,
the JSON export, the captives list and the travel copy in :mod:`caseapp.services.data_exports`.

Each use case, in this order:

1. checks the target, when one is given, against the case file's :class:`OutputGuard`
   (never the case file, its side files or a backup) *before anything is read*;
2. builds the record at the level from one consistent read (one snapshot) and works out
   what the level leaves out (an :class:`OmissionSummary`);
3. renders it to bytes (``caseapp.reports``);
4. writes them atomically to the target, if one is given, and keeps a copy among the case
   file's documents, if asked.

It returns an :class:`~caseapp.services.output_files.Output`: the bytes, what was left out,
and where it went. A front end that previews first (the GUI) calls the use case without a
target, then :func:`~caseapp.services.output_files.save` and
:func:`~caseapp.services.output_files.keep` with the same ``Output``.

The lawyer's details and the documents' author are arguments: where they come from (the
environment, the settings) is the front end's business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain import file_names
from caseapp.domain.clean_text import one_line
from caseapp.domain.deadline_steps import deadline_in, estimated_title
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import CaseFileError, ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.reports import StatusRow
from caseapp.domain.rule_names import titles_of
from caseapp.fileio import atomic_write_bytes
from caseapp.reports.calendar import build_calendar
from caseapp.reports.daily_log import render_daily_log
from caseapp.reports.dossier import render_dossier
from caseapp.reports.exposure import render_exposure
from caseapp.reports.letter_templates import LetterTemplate
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.reports.template_titles import letter_title, title_phrase
from caseapp.services import deadline_log
from caseapp.services import exposure as exposure_data
from caseapp.services.base import output_level
from caseapp.services.dossier_data import dossier_and_omissions, dossier_preview
from caseapp.services.identity import Owner, this_case_file
from caseapp.services.labels import document_text, level_label
from caseapp.services.letter_data import generate_letter, letter_missing_fields, letter_preview
from caseapp.services.output_files import Output, check_language, check_target, deliver
from caseapp.services.output_guard import OutputGuard
from caseapp.services.status_report_data import (
    build_status_report,
    status_report_omissions,
    status_report_preview,
)

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

REPORT_FORMATS = ("pdf", "xlsx")
# The reports' titles as their first pages print them, in every language: their files' names
# and the titles they are kept under say the same (the documents' catalogue is their one place).
REPORT_TITLE = document_text("report_title")
EXPOSURE_TITLE = document_text("exp_title")

__all__ = [
    "EXPOSURE_TITLE", "REPORT_FORMATS", "REPORT_TITLE", "calendar", "calendar_left_out",
    "cancels_closed", "cancels_deleted", "daily_log", "dossier", "dossier_left_out", "exposure",
    "letter", "letter_left_out", "letter_missing_fields", "status_report", "status_report_left_out",
]


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
    check_target(cf, target, msg("the dossier"))
    check_language(lang)
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
    return deliver(cf, output, target, keep_copy)


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
    check_target(cf, target, msg("the report"))
    check_language(lang)
    with cf.ctx.snapshot():
        record = build_status_report(cf, level=level, status=status, tag=tag,
                                     hearing_days=hearing_days)
        left_out = status_report_omissions(cf, record, tag=tag)
    record = replace(record, rows=tuple(  # the rules' titles in the report's language
        replace(r, next_deadline_title=_title_in(cf, r, lang)) for r in record.rows))
    render = render_status_xlsx if fmt == "xlsx" else render_status_pdf
    level = record.level
    output = Output(
        kind="status report", data=render(record, author=one_line(author), lang=lang),
        name=file_names.status_report(REPORT_TITLE, level, cf.ctx.today(), f".{fmt}"), lang=lang,
        title=msg("{title} ({level})", context="document title", title=REPORT_TITLE,
                  level=level_label(level)).render(lang), level=level,
        left_out=left_out, record=record)
    return deliver(cf, output, target, keep_copy)


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
    check_target(cf, target, msg("the letter"))
    template = _within(cf, template)
    with cf.ctx.snapshot():
        left_out = letter_preview(cf, template, captive_id, contact_id=contact_id,
                                  organisation_id=organisation_id)
        data = generate_letter(cf, template, captive_id, lawyer=lawyer, contact_id=contact_id,
                               organisation_id=organisation_id, extra=extra)
        captive = cf.captives.get(captive_id)
    name = name_in_every_language(captive)  # in the script of the letter's language
    output = Output(
        kind="letter", data=data,
        name=file_names.letter(title_phrase(template), name, cf.ctx.today()),
        lang=template.language, level=template.level, left_out=left_out,
        title=letter_title(template, name.render(template.language), template.language),
        captive_id=captive_id, contact_id=contact_id, organisation_id=organisation_id)
    return deliver(cf, output, target, keep_copy)


# ---- the calendar ------------------------------------------------------------------------

def _title_in(cf: CaseFile, row: StatusRow, lang: str) -> str:
    """A row's next deadline's title in ``lang``, marked when its date is an estimate."""
    title = cf.rule_set.title_in(row.next_deadline_title, lang)
    return estimated_title(title).render(lang) if row.next_deadline_estimated else title


def calendar_left_out(cf: CaseFile, *, level: Sensitivity | str, within_days: int = 365
                      ) -> OmissionSummary:
    return cf.reminders.calendar_preview(within_days, level=level)


def calendar(cf: CaseFile, *, level: Sensitivity | str, within_days: int = 365,
             target: Path | str | None = None, lang: str = "en") -> Output:
    """Open deadlines (overdue included) and hearings within ``within_days`` allowed at
    ``level``, as an iCalendar file whose event UIDs stay the same from one export to the
    next, the rules' titles and the deadlines' steps in ``lang``. ``record`` is the
    :class:`CalendarEvents` written."""
    check_language(lang)
    if within_days < 0:
        raise ValidationError(msg("The calendar's window must be zero or more days."),
                              field="within_days")
    check_target(cf, target, msg("the calendar"))
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
                          deleted=events.deleted, snoozed=events.snoozed,
                          custody_ended=events.custody_ended).to_ical()
    output = Output(
        kind="calendar", data=data, name=file_names.calendar(events.level), lang=lang,
        title=msg("Deadlines and hearings ({level})",
                  level=level_label(events.level)).render(lang), level=events.level,
        left_out=OmissionSummary(msg("calendar"), events.level, events.omitted), record=events)
    return deliver(cf, output, target, False)


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
    check_language(lang)
    if cf.login.restricted:  # the audit log is closed to it: the log would say "nothing"
        raise CaseFileError(msg(
            "The daily log of deadline control is read from the audit log: it needs internal "
            "clearance, and {login} has {clearance}.", login=cf.login.login,
            clearance=level_label(cf.login.clearance or Sensitivity.PUBLIC)), bad_input=True)
    check_target(cf, target, msg("the daily log"))
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
    return deliver(cf, output, target, False)


# ---- the seizure exposure report ----------------------------------------------------------

def exposure(cf: CaseFile | None, *, backup: Path | str | None = None,
             passphrase: str | None = None, as_of: date | None = None, author: str = "",
             lang: str = "en", actor: str = "", target: Path | str | None = None,
             guard: OutputGuard | None = None, belongs_to: Owner | None = None,
             other_case_file: bool = False) -> Output:
    """What a seized or lost device held — from ``backup`` (opened read-only with
    ``passphrase``) or from the audit trail of ``cf`` as of the end of ``as_of`` — as PDF at
    the internal level. ``guard`` checks the target when no case file is open (a backup read
    on its own); the backup itself is never a target. A backup of another case file than
    ``cf`` (or ``belongs_to``, with no case file open) is refused unless ``other_case_file``."""
    if (backup is None) == (as_of is None):
        raise ValidationError(msg("Give either the backup the device held or the day it was "
                              "seized, not both."), field="basis")
    if as_of is not None and cf is None:
        raise ValidationError(msg("The report as of a day is read from the case file's audit "
                              "trail: open the case file."), field="as_of")
    if as_of is not None and cf is not None and cf.login.restricted:
        # the audit log and the file's events are closed to it: what was deleted since the
        # day, and who wrote in the file, would be left out unsaid
        raise CaseFileError(msg(
            "The exposure report as of a day is read from the audit log: it needs internal "
            "clearance, and {login} has {clearance}. Nothing was written.", login=cf.login.login,
            clearance=level_label(cf.login.clearance or Sensitivity.PUBLIC)), bad_input=True)
    check_language(lang)
    if target is not None:
        (cf.output_guard if cf is not None else guard or OutputGuard(None, None)).check(
            target, what=msg("the exposure report"))
        if backup is not None:
            OutputGuard(Path(backup), None).check(target, what=msg("the exposure report"))
    if backup is not None:
        if cf is not None:
            belongs_to = Owner(cf.label, this_case_file(cf.ctx))
        record = exposure_data.since_backup(backup, passphrase, actor=actor or "exposure",
                                            belongs_to=belongs_to,
                                            other_case_file=other_case_file)
    else:
        assert cf is not None and as_of is not None
        record = exposure_data.as_of(cf, as_of)
    output = Output(
        kind="exposure report", data=render_exposure(record, author=one_line(author), lang=lang),
        name=file_names.exposure_report(EXPOSURE_TITLE, record.day), lang=lang,
        title=msg("{title} ({source})", context="document title", title=EXPOSURE_TITLE,
                  source=record.source).render(lang),
        level=record.level,
        left_out=OmissionSummary(msg("exposure report"), record.level), record=record)
    if target is not None:
        atomic_write_bytes(target, output.data)
        output = replace(output, saved_to=Path(target))
    return output
