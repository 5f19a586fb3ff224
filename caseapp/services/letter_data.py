"""The values a letter template is filled with for one captive: the case file read at the
template's level (in one snapshot), the addressee from the contacts, the lawyer's details
given by the caller, and values the user typed. Writing and keeping the letter is the use
case :func:`caseapp.services.outputs.letter`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import OmissionSummary, consent_message
from caseapp.domain.reports import parse_level
from caseapp.reports.letter_templates import (
    LetterTemplate,
    find_template,
    required_placeholders,
    used_placeholders,
)
from caseapp.reports.letter_values import PLACEHOLDERS, letter_context, salutation
from caseapp.reports.letters import missing_fields, render_letter
from caseapp.services.dossier_data import build_dossier, dossier_preview, refuse_above_level
from caseapp.services.labels import level_label
from caseapp.services.letter_field_names import letter_field_name

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


# The statuses of a captive with no criminal case known: a letter may say none is known when
# the case file records none (on trial, convicted or released, one was, or may have been).
NO_CHARGE_KNOWN = frozenset({CaptiveStatus.MISSING, CaptiveStatus.HELD})


def resolve_template(template: LetterTemplate | str, *, level: Sensitivity | str | None = None,
                     user_dir: Path | None = None) -> LetterTemplate:
    """The template of that key (or the one given), read at ``level`` if one is given."""
    tpl = find_template(template, user_dir) if isinstance(template, str) else template
    if level is not None:
        tpl = replace(tpl, level=parse_level(level))
    return tpl


def prepare_letter(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                   lawyer: LawyerProfile, contact_id: int | None = None,
                   organisation_id: int | None = None,
                   extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The values to fill ``template`` with. ``extra`` (what the user typed) overrides and adds
    to what the case file gives. Raises ValidationError if the captive cannot be shown at the
    template's level, or has not consented to publicity for a press statement."""
    cf = case_file
    with cf.ctx.snapshot():
        _refuse_without_consent(cf, template, captive_id)
        dossier = build_dossier(cf, captive_id, level=template.level)
        recipient: ContactDTO | None = (cf.contacts.get(contact_id) if contact_id is not None
                                        else None)
        org_id = organisation_id if organisation_id is not None else (
            recipient.organisation_id if recipient else None)
        organisation: OrganisationDTO | None = (cf.organisations.get(org_id)
                                                if org_id is not None else None)
        # (the whole file's: a criminal case above the letter's level is not "none known")
        no_proceedings = (cf.captives.get(captive_id).status in NO_CHARGE_KNOWN
                          and not cf.prosecutions.list(captive_id=captive_id))
    context = letter_context(dossier, lang=template.language, lawyer=lawyer,
                             today=cf.ctx.today(), recipient=recipient, organisation=organisation,
                             no_proceedings=no_proceedings)
    for name, value in (extra or {}).items():
        if not name.isidentifier():
            raise ValidationError(msg("“{name}” cannot be a placeholder name (letters, digits and underscores only).",
                                      name=name), field="extra")
        context[name] = value
    if extra and "recipient_name" in extra and "salutation" not in extra:
        # An addressee typed by hand is greeted by the name typed.
        context["salutation"] = salutation(template.language,
                                           person=context.get("recipient_name", ""),
                                           organisation="")
    return context


def _refuse_without_consent(cf: CaseFile, template: LetterTemplate, captive_id: int) -> None:
    """A press statement (or any letter at the public level) about a captive who has not
    consented to publicity is refused, saying why. The consent is read as recorded, whatever
    the level of the consent field."""
    captive = cf.captives.get(captive_id)
    refuse_above_level(captive, template.level)  # the first thing to fix, if both
    if captive.consent_publicity:
        return
    if template.needs_publicity_consent or template.level is Sensitivity.PUBLIC:
        what = msg("press statement") if template.needs_publicity_consent else msg("letter")
        raise ValidationError(consent_message(captive, what), field="consent_publicity")


def addressee_notices(case_file: CaseFile, template: LetterTemplate, *,
                      contact_id: int | None = None,
                      organisation_id: int | None = None) -> tuple[str, ...]:
    """Addressees whose own record is above the letter's level: allowed (the lawyer chose
    them), but said."""
    cf = case_file
    notices = []
    recipient = cf.contacts.get(contact_id) if contact_id is not None else None
    org_id = organisation_id if organisation_id is not None else (
        recipient.organisation_id if recipient else None)
    org = cf.organisations.get(org_id) if org_id is not None else None
    # Rendered here: the summary's notices are text (shown in the language chosen now).
    if recipient is not None and not template.level.allows(recipient.sensitivity):
        notices.append(str(msg(
            "The addressee contact “{name}” is marked {marked}, above the letter's {level} level: the "
            "letter names them because you chose them.", name=recipient.name,
            marked=level_label(recipient.sensitivity), level=level_label(template.level))))
    if org is not None and not template.level.allows(org.sensitivity):
        notices.append(str(msg(
            "The addressee organisation “{name}” is marked {marked}, above the letter's {level} level: "
            "the letter names them because you chose them.", name=org.name,
            marked=level_label(org.sensitivity), level=level_label(template.level))))
    return tuple(notices)


def letter_preview(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                   contact_id: int | None = None,
                   organisation_id: int | None = None) -> OmissionSummary:
    """What the letter at its level leaves out of the case file, and which addressee is above
    the level; a letter that cannot be made says why in ``refusal``."""
    with case_file.ctx.snapshot():
        try:
            _refuse_without_consent(case_file, template, captive_id)
        except ValidationError as exc:
            return OmissionSummary(msg("letter"), template.level, refusal=exc.message)
        summary = dossier_preview(case_file, captive_id, level=template.level, output=msg("letter"))
        notices = addressee_notices(case_file, template, contact_id=contact_id,
                                    organisation_id=organisation_id)
    # A letter has no sections that print "Nothing to report".
    return replace(summary, empty_sections=(), notices=summary.notices + notices)


def letter_missing_fields(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                          lawyer: LawyerProfile, contact_id: int | None = None,
                          organisation_id: int | None = None,
                          extra: Mapping[str, str] | None = None) -> list[tuple[str, Message]]:
    """What the user must still give (name, description in the user's language) before the
    letter can be made."""
    context = prepare_letter(case_file, template, captive_id, lawyer=lawyer,
                             contact_id=contact_id, organisation_id=organisation_id, extra=extra)
    return [(f, letter_field_name(f)) for f in missing_fields(template, context)]


def generate_letter(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                    lawyer: LawyerProfile, contact_id: int | None = None,
                    organisation_id: int | None = None,
                    extra: Mapping[str, str] | None = None) -> bytes:
    """The filled .docx bytes. Raises :class:`~caseapp.reports.letters.MissingFields` listing
    the fields to ask for."""
    context = prepare_letter(case_file, template, captive_id, lawyer=lawyer,
                             contact_id=contact_id, organisation_id=organisation_id, extra=extra)
    return render_letter(template, context)


@dataclass(frozen=True)
class LetterField:
    """One field a template uses, as the letter dialog shows it before the letter is made.

    ``value`` is what the case file gives at the template's level ("" when nothing: the
    user must type it). ``withheld``: the case file has a value, but above the letter's level
    (the letter leaves it out unless the user types it). ``narrowed``: the letter's value
    differs from the whole file's, because something above its level is left out (the last
    contact that may be shared, not a later internal one). ``optional``: the template leaves
    out what shows the field when it is empty (the row of other spellings)."""

    name: str
    value: str
    withheld: bool = False
    narrowed: bool = False
    optional: bool = False

    @property
    def missing(self) -> bool:
        return not self.optional and not self.value.strip()


def letter_fields(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                  lawyer: LawyerProfile, contact_id: int | None = None,
                  organisation_id: int | None = None) -> list[LetterField]:
    """Every field ``template`` uses, with the value the case file gives at its level, in
    the order of :data:`PLACEHOLDERS` (the template's own fields last, by name). The file is
    read in one snapshot, at the letter's level and at the internal level, to say what the
    level holds back."""
    used = used_placeholders(template)
    order = [n for n in PLACEHOLDERS if n in used] + sorted(used - set(PLACEHOLDERS))
    with case_file.ctx.snapshot():
        at_level = prepare_letter(case_file, template, captive_id, lawyer=lawyer,
                                  contact_id=contact_id, organisation_id=organisation_id)
        whole = at_level
        if template.level is not Sensitivity.INTERNAL:
            whole = prepare_letter(case_file, replace(template, level=Sensitivity.INTERNAL),
                                   captive_id, lawyer=lawyer, contact_id=contact_id,
                                   organisation_id=organisation_id)
    required = required_placeholders(template, at_level)
    out = []
    for name in order:
        value = str(at_level.get(name) or "")
        full = str(whole.get(name) or "")
        out.append(LetterField(name, value, withheld=not value.strip() and bool(full.strip()),
                               narrowed=bool(value.strip()) and value != full,
                               optional=name not in required))
    return out
