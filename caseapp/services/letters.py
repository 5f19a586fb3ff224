"""Filling a letter template for one captive: the case file read at the template's level,
the addressee from the contacts, the lawyer from the settings, and values the user typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.reports import LawyerProfile, parse_level
from caseapp.reports.letters import (
    PLACEHOLDERS,
    LetterTemplate,
    find_template,
    letter_context,
    missing_fields,
    render_letter,
)
from caseapp.services.reports import build_dossier

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


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
    dossier = build_dossier(cf, captive_id, level=template.level)
    if template.needs_publicity_consent and not dossier.captive.consent_publicity:
        raise ValidationError(
            f"{dossier.captive.latin_name or dossier.captive.primary_name} has not consented to "
            "publicity (or the consent is not public): no press statement can be made.",
            field="consent_publicity")
    recipient: ContactDTO | None = cf.contacts.get(contact_id) if contact_id is not None else None
    org_id = organisation_id if organisation_id is not None else (
        recipient.organisation_id if recipient else None)
    organisation: OrganisationDTO | None = (cf.organisations.get(org_id)
                                            if org_id is not None else None)
    context = letter_context(dossier, lang=template.language, lawyer=lawyer,
                             today=cf.ctx.today(), recipient=recipient, organisation=organisation)
    for name, value in (extra or {}).items():
        if not name.isidentifier():
            raise ValidationError(f"“{name}” cannot be a placeholder name (letters, digits and "
                                  "underscores only).", field="extra")
        context[name] = value
    return context


def letter_missing_fields(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                          lawyer: LawyerProfile, contact_id: int | None = None,
                          organisation_id: int | None = None,
                          extra: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """What the user must still give (name, description) before the letter can be made."""
    context = prepare_letter(case_file, template, captive_id, lawyer=lawyer,
                             contact_id=contact_id, organisation_id=organisation_id, extra=extra)
    return [(f, PLACEHOLDERS.get(f, "a field of your own template"))
            for f in missing_fields(template, context)]


def generate_letter(case_file: CaseFile, template: LetterTemplate, captive_id: int, *,
                    lawyer: LawyerProfile, contact_id: int | None = None,
                    organisation_id: int | None = None,
                    extra: Mapping[str, str] | None = None) -> bytes:
    """The filled .docx bytes. Raises :class:`~caseapp.reports.letters.MissingFields` listing
    the fields to ask for."""
    context = prepare_letter(case_file, template, captive_id, lawyer=lawyer,
                             contact_id=contact_id, organisation_id=organisation_id, extra=extra)
    return render_letter(template, context)
