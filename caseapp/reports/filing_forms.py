"""The Rule 39 request and fax cover, and the drafts for the UN Working Group on Arbitrary
Detention (its model questionnaire) and the Working Group on Enforced or Involuntary
Disappearances (its minimum elements), as :class:`~caseapp.reports.filing_doc.Draft`s."""

from __future__ import annotations

from caseapp.domain.enums import HearingKind
from caseapp.domain.filing import Rule39Request, UnSubmission
from caseapp.domain.reports import DossierDTO
from caseapp.domain.strasbourg import long_day
from caseapp.reports.filing_doc import NOT_RECORDED, Draft
from caseapp.reports.filing_echr import day_words, held_now, name_of, on_words
from caseapp.reports.texts import label

WGAD_SOURCE = ("WGAD, model questionnaire to be completed by persons alleging arbitrary arrest "
               "or detention (annexed to its methods of work, A/HRC/36/38): sections I–VI and the source.")
WGEID_SOURCE = ("WGEID, methods of work (A/HRC/WGEID/102/2): the minimum elements a case "
                "needs — (a) full name, (b) date of disappearance, (c) place, (d) the persons "
                "believed to be responsible, (e) the steps taken to locate the person, (f) the "
                "source; submitted by the family or with its consent.")


def _or_blank(value: str) -> str:
    return value.strip() if value and value.strip() else NOT_RECORDED


def _table(draft: Draft, rows: list[tuple[str, str]]) -> None:
    draft.grid(("Field", "Answer"), [(k, _or_blank(v)) for k, v in rows], (0.38, 0.62))


def _places(d: DossierDTO) -> str:
    return "; ".join(f"{p.facility} (from {day_words(p.from_date)}"
                     + (f" to {day_words(p.to_date)})" if p.to_date else ", current)")
                     for p in d.detention_places)


def _orders(d: DossierDTO) -> str:
    return "; ".join(f"{o.ordering_court or 'a court'}, {day_words(o.decided_on or o.start_date)}"
                     f" (until {day_words(o.expires_on)})" for o in d.detention_orders)


def _charges(d: DossierDTO) -> str:
    return "; ".join(
        f"Article {ch.article}{f' part {ch.part}' if ch.part else ''}"
        f"{f' of the {ch.code}' if ch.code else ''}{f' ({ch.title})' if ch.title else ''}"
        for p in d.prosecutions for ch in p.charges)


def _hearing(kind: HearingKind) -> str:
    return "Hearing" if kind is HearingKind.OTHER else label(kind, "en")


def _remedies(d: DossierDTO, *, latest: int | None = None, advocacy: bool = True) -> str:
    """The domestic steps (and, with ``advocacy``, the interventions logged), oldest first
    (the ``latest`` ones only, if given)."""
    steps = [(o.appeal_filed_on, f"Appeal against the detention order of "
             f"{day_words(o.decided_on or o.start_date)} lodged on {day_words(o.appeal_filed_on)}"
             f"{f': {o.appeal_outcome}' if o.appeal_outcome else ''}")
             for o in d.detention_orders if o.appeal_filed_on]
    steps += [(h.starts_at.date(), f"{_hearing(h.kind)} of {day_words(h.starts_at.date())}"
               f"{f' ({h.court})' if h.court else ''}: {h.outcome}")
              for h in d.hearings if h.outcome.strip()]
    steps += [(i.intervention.made_on, f"{day_words(i.intervention.made_on)}: "
               f"{i.intervention.subject or i.intervention.channel.value}"
               f"{f' to {i.addressee}' if i.addressee else ''}"
               f"{f' — {i.intervention.response}' if i.intervention.response else ''}")
              for i in d.communications if advocacy]
    ordered = [text for _, text in sorted(steps, key=lambda x: x[0])]
    if latest is not None and len(ordered) > latest:
        ordered = [f"({len(ordered) - latest} earlier steps are in the case file.)",
                   *ordered[-latest:]]
    return "\n".join(ordered)


def _identity(d: DossierDTO) -> list[tuple[str, str]]:
    c = d.captive
    names = ", ".join(n.full_name for n in c.names)
    ids = "; ".join(f"{x.kind} {x.number}".strip() for x in d.identity_documents)
    return [("Full name (Latin script)", name_of(d)), ("Names in every script", names),
            ("Sex", c.sex.value if c.sex and c.sex.value != "unknown" else ""),
            ("Date of birth", day_words(c.birth)), ("Place of birth", c.birth_place),
            ("Nationality", c.citizenship), ("Identity documents", ids),
            ("Category", label(c.category, "en") if c.category else "")]


# ---- Rule 39 -----------------------------------------------------------------------------

def rule39_request_draft(r: Rule39Request) -> Draft:
    d = r.dossier
    name = name_of(d)
    draft = Draft(title="Rule 39 – Urgent", subtitle=(
        f"Request for an interim measure: {name} v. {r.respondent_state} · "
        f"to reach the Court on {long_day(r.sent_at.date())} at {r.sent_at:%H:%M} Strasbourg time"),
        level=d.level, header=f"Rule 39 – Urgent · {name} v. {r.respondent_state}")
    draft.para("By fax or post, not by e-mail. Telephone the Registry in advance where the risk "
               "is imminent.", muted=True)
    draft.h1("1. The applicant and the representative")
    _table(draft, [("Applicant", name), ("Respondent State", r.respondent_state),
                   ("Current place of detention", held_now(d.captive)),
                   ("ECHR application", ", ".join(d.extras.echr.application_numbers)
                    if d.extras and d.extras.echr else ""),
                   ("Contact person", r.contact_person), ("Telephone", r.contact_phone),
                   ("Fax", r.contact_fax)])
    draft.h1("2. The imminent risk of irreparable harm")
    draft.para(r.risk)
    if d.captive.capture is not None:
        draft.para(f"The applicant has been held since {day_words(d.captive.capture)}"
                   + (f", now at {held_now(d.captive)}." if held_now(d.captive) else "."))
    if d.last_contact is not None:
        draft.para(f"The last confirmed contact with the applicant was on {day_words(d.last_contact)}.")
    draft.h1("3. The measure asked for")
    draft.para(r.asked)
    draft.h1("4. Domestic decisions and steps taken (latest)")
    draft.para(_remedies(d, latest=6, advocacy=False) or NOT_RECORDED)
    draft.h1("5. Documents enclosed")
    draft.bullets([f"{day_words(doc.received_on) + ': ' if doc.received_on else ''}"
                   f"{doc.title or doc.filename}" for doc in d.annex] or [NOT_RECORDED])
    return draft


def fax_cover_draft(r: Rule39Request) -> Draft:
    d = r.dossier
    name = name_of(d)
    draft = Draft(title="Rule 39 – Urgent", subtitle="Fax cover sheet", level=d.level,
                  header=f"Rule 39 – Urgent · {name}")
    _table(draft, [
        ("To", "European Court of Human Rights, Registry — Interim measures (Rule 39)"),
        ("Fax", "[the Court's Rule 39 fax number, from its page on requests for interim "
                "measures]"),
        ("From", r.contact_person), ("Contact person (reachable now)", r.contact_person),
        *[(k, v) for k, v in (("Telephone", r.contact_phone), ("Fax of the sender",
                                                               r.contact_fax)) if v],
        ("Sent", f"{long_day(r.sent_at.date())} at {r.sent_at:%H:%M} Strasbourg time"),
        ("Concerning", f"{name} v. {r.respondent_state}"),
        ("Pages (this one included)", "[number]")])
    draft.h2("What is asked")
    draft.para(r.asked)
    draft.h2("Why it is urgent")
    draft.para(r.risk.split("\n\n")[0])
    return draft


# ---- the UN working groups ---------------------------------------------------------------

def wgad_draft(u: UnSubmission) -> Draft:
    d = u.dossier
    c = d.captive
    name = name_of(d)
    draft = Draft(title="Working Group on Arbitrary Detention — communication (draft)",
                  subtitle=f"{name} · {u.state} · model questionnaire", level=d.level,
                  header=f"WGAD · {name}")
    draft.h1("I. Identity")
    _table(draft, [*_identity(d), ("Address of usual residence", "")])
    draft.h1("II. Arrest")
    _table(draft, [("Date of arrest", day_words(c.capture)), ("Place of arrest", c.capture_place),
                   ("Forces who carried out the arrest", c.capturing_authority),
                   ("Warrant or decision shown", ""),
                   ("Authority who issued it", ""), ("Legislation applied", _charges(d))])
    draft.h1("III. Detention")
    first_order = min((o.start_date for o in d.detention_orders), default=None)
    _table(draft, [("Date of detention", day_words(first_order) or day_words(c.capture)),
                   ("Duration of detention", f"{c.days_in_custody} days on "
                    f"{day_words(d.generated_on)}" if c.days_in_custody is not None else ""),
                   ("Forces holding the detainee", c.capturing_authority),
                   ("Places of detention (transfers, present place)", _places(d)),
                   ("Authorities that ordered the detention", _orders(d)),
                   ("Reasons given by the authorities", _charges(d)),
                   ("Legislation applied", _charges(d))])
    draft.h1("IV. Circumstances of the arrest and detention")
    draft.para(c.capture_circumstances or NOT_RECORDED)
    draft.h1("V. Why the deprivation of liberty is arbitrary")
    draft.para("[State under which of the Working Group's categories (I–V) the deprivation of "
               "liberty falls, and why.]", muted=True)
    draft.h1("VI. Domestic remedies and other steps taken")
    draft.para(_remedies(d) or NOT_RECORDED)
    draft.h1("Person or organisation submitting the information")
    _table(draft, [("Submitted by", u.source_name), ("Consent", u.consent)])
    draft.para(WGAD_SOURCE, muted=True)
    return draft


def wgeid_draft(u: UnSubmission) -> Draft:
    d = u.dossier
    c = d.captive
    name = name_of(d)
    draft = Draft(title="Working Group on Enforced or Involuntary Disappearances — case (draft)",
                  subtitle=f"{name} · {u.state}", level=d.level, header=f"WGEID · {name}")
    draft.h1("(a) The missing person")
    _table(draft, _identity(d))
    draft.h1("(b) Date of the disappearance")
    when = on_words(c.capture) if c.capture else ""
    draft.para(f"{when[:1].upper()}{when[1:]}." if when else NOT_RECORDED)
    draft.h1("(c) Place of arrest or abduction, or where last seen")
    draft.para(_or_blank(c.capture_place))
    if d.detention_places:
        draft.para(f"Places of detention reported: {_places(d)}.")
    draft.h1("(d) Persons believed to be responsible")
    draft.para(_or_blank(c.capturing_authority))
    if c.capture_circumstances:
        draft.para(c.capture_circumstances)
    draft.h1("(e) Steps taken to locate the person")
    draft.para(_remedies(d) or NOT_RECORDED)
    if d.last_contact is not None:
        draft.para(f"Last confirmed contact: {day_words(d.last_contact)}.")
    draft.h1("(f) Source of the information")
    _table(draft, [("Submitted by", u.source_name), ("Consent of the family", u.consent),
                   ("Confidentiality", "[say whether the source's identity is to be kept "
                                       "confidential]")])
    draft.para(WGEID_SOURCE, muted=True)
    return draft


__all__ = ["fax_cover_draft", "rule39_request_draft", "wgad_draft", "wgeid_draft"]
