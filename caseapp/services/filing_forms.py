"""The Rule 39 request and the UN working groups' submissions, built at a level from the
captive's dossier (one snapshot; nothing above the level).

A Rule 39 request reaching the Court outside its office hours for interim measures (Monday to
Friday 08:00–16:00 Strasbourg time, not on its closing days) gets a warning naming when it
will be dealt with, from the deadline rule ``echr.rule39``; the warning moves no deadline.

The WGEID submission is refused unless the family's consent to it is recorded on the captive
(``consent_family_wgeid``): the Working Group acts for the family, and the draft names the
missing person and the circumstances of the disappearance.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from caseapp.domain.errors import ValidationError
from caseapp.domain.filing import Rule39Request, UnSubmission
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.name_display import name_in_every_language
from caseapp.domain.redaction import OmissionSummary
from caseapp.domain.strasbourg import rule39_arrival
from caseapp.services.base import output_level
from caseapp.services.dossier_data import dossier_and_omissions
from caseapp.services.filing_echr import respondent_state
from caseapp.services.labels import level_label

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile

UN_BODIES = ("wgad", "wgeid")
# A Rule 39 request is read in minutes: its free texts are kept short.
MAX_TEXT = 6000
ARRIVAL_YEARS = range(1990, 2200)


def _short(text: str, what: Message, field: str) -> str:
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(msg_n("{what} runs to {count} character: a Rule 39 request must be short, at "
                                    "most {most}.",
                                    "{what} runs to {count} characters: a Rule 39 request must be short, at "
                                    "most {most}.", len(text), what=what, most=MAX_TEXT), field=field)
    return text


def rule39_request(cf: CaseFile, captive_id: int, *, level: str, lawyer: LawyerProfile,
                   sent_at: datetime, risk: str = "", asked: str = "",
                   contact_person: str = "", contact_phone: str = "", contact_fax: str = "",
                   state: str | None = None) -> tuple[Rule39Request, OmissionSummary]:
    """The request and its fax cover's record; ``sent_at`` (aware) is when it reaches the
    Court. Raises :class:`ValidationError` without the facts of imminent risk."""
    if sent_at.tzinfo is None:
        raise ValidationError(msg("The time the request reaches the Court needs its time zone "
                              "(e.g. 2026-12-04T15:30+01:00)."), field="sent_at")
    if sent_at.year not in ARRIVAL_YEARS:
        raise ValidationError(msg("{value} is not a time a request can reach the Court.",
                                  value=sent_at.isoformat()[:25]), field="sent_at")
    risk = _short(risk, msg("The facts of the risk"), "risk")
    asked = _short(asked, msg("The measure asked for"), "asked")
    parsed = output_level(cf.ctx, level)
    with cf.ctx.snapshot():
        dossier, left_out = dossier_and_omissions(cf, captive_id, level=parsed, lawyer=lawyer,
                                                  output=msg("Rule 39 request"))
        country = respondent_state(cf, state)
    c = dossier.captive
    name = name_in_every_language(c)  # as the reader's language heads the captive
    risk = risk.strip() or c.health.strip()
    if not risk:
        raise ValidationError(
            msg("The request needs the facts of the imminent risk to {name}: give them, or "
                "record the captive's health at the {level} level.", name=name,
                level=level_label(parsed)), field="risk")
    contact_person = contact_person.strip() or lawyer.name
    contact_phone = contact_phone.strip() or lawyer.phone
    if not contact_person or not (contact_phone or contact_fax.strip()):
        raise ValidationError(
            msg("A Rule 39 request needs a contact person the Registry can reach by telephone or "
                "fax: give one with a telephone or fax number, or set the lawyer's name and "
                "telephone in the case settings."), field="contact_person")
    arrival = rule39_arrival(cf.rule_set, sent_at)
    request = Rule39Request(
        dossier=dossier, respondent_state=country,
        contact_person=contact_person, contact_phone=contact_phone,
        contact_fax=contact_fax.strip(),
        risk=risk, asked=asked, sent_at=arrival.arrives, warning=arrival.warning,
        handled_from=arrival.handled_from)
    return request, left_out


def un_submission(cf: CaseFile, captive_id: int, *, body: str, level: str,
                  lawyer: LawyerProfile, state: str | None = None
                  ) -> tuple[UnSubmission, OmissionSummary]:
    """The WGAD or WGEID draft. Raises :class:`ValidationError` for a WGEID draft without
    the family's consent recorded."""
    if body not in UN_BODIES:
        raise ValidationError(msg("“{body}” is not a UN working group CaseApp drafts for: choose wgad "
                                  "or wgeid.", body=body), field="body")
    parsed = output_level(cf.ctx, level)
    with cf.ctx.snapshot():
        if body == "wgeid":
            captive = cf.captives.get(captive_id)
            if not captive.consent_family_wgeid:
                name = name_in_every_language(captive)
                raise ValidationError(
                    msg("The family of {name} has not consented to a submission to the Working Group on "
                        "Enforced or Involuntary Disappearances: record their consent on the captive "
                        "(summary, asks and consent) before drafting it.", name=name),
                    field="consent_family_wgeid")
        dossier, left_out = dossier_and_omissions(cf, captive_id, level=parsed, lawyer=lawyer,
                                                  output=msg("WGAD submission") if body == "wgad"
                                                  else msg("WGEID submission"))
        country = respondent_state(cf, state)
    c = dossier.captive
    source = ", ".join(x for x in (lawyer.name, lawyer.organisation) if x)
    return UnSubmission(body, dossier, country, source, c.consent_power_of_attorney,
                        c.consent_notes.strip()), left_out


__all__ = ["UN_BODIES", "rule39_request", "un_submission"]
