"""The Rule 39 request and fax cover, and the drafts for the UN Working Group on Arbitrary
Detention (its model questionnaire) and the Working Group on Enforced or Involuntary
Disappearances (its minimum elements), as :class:`~caseapp.reports.filing_doc.Draft`s, in
English or in French (``lang``): one function per draft writes both, its words from
:mod:`caseapp.reports.filing_words`; what the case file records is printed as recorded."""

from __future__ import annotations

from datetime import date
from enum import Enum

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import HearingKind
from caseapp.domain.filing import Rule39Request, UnSubmission
from caseapp.domain.reports import DossierDTO
from caseapp.domain.stays import held_there_now, open_stay_until
from caseapp.reports.filing_doc import Draft
from caseapp.reports.filing_echr import held_now, name_of
from caseapp.reports.filing_words import FILING_LANGUAGES, Words
from caseapp.reports.texts import format_number, label


def _woman(c: CaptiveDTO) -> bool:
    return c.sex is not None and str(getattr(c.sex, "value", c.sex)) == "female"


def words_for(d: DossierDTO, lang: str) -> Words:
    return Words(lang, woman=_woman(d.captive))


def _or_blank(w: Words, value: str) -> str:
    return value.strip() if value and value.strip() else w("not_recorded")


def _table(w: Words, draft: Draft, rows: list[tuple[str, str]]) -> None:
    draft.grid((w("field"), w("answer")), [(k, _or_blank(w, v)) for k, v in rows], (0.38, 0.62))


def _label(w: Words, value: Enum | None) -> str:
    """A stored value's label in the draft's language, lower-case in the middle of a French
    sentence as in an English one it is printed as labelled."""
    return label(value, w.lang) if value is not None else ""


def _channel(w: Words, channel: Enum) -> str:
    """How an intervention was made, where the log gives no subject ("letter" / « lettre »)."""
    return label(channel, "fr").lower() if w.french else str(channel.value)


def _places(w: Words, d: DossierDTO) -> str:
    """Each stay from its arrival to its departure; a stay left open is the current place
    only while the captive is held: once custody is over it ends the day custody ended
    (:mod:`caseapp.domain.stays`), or is said with its arrival alone when that day is not
    known."""
    c = d.captive

    def said(facility: str, start: date, end: date | None) -> str:
        if end is None and not held_there_now(c.status):
            end = open_stay_until(c.status, c.status_since, start)
            if end is None:
                return w("place_from", place=facility, start=w.day(start))
        if end is None:
            return w("place_current", place=facility, start=w.day(start))
        return w("place_from_to", place=facility, start=w.day(start), end=w.day(end))

    return w.separator.join(said(p.facility, p.from_date, p.to_date)
                            for p in d.detention_places)


def _orders(w: Words, d: DossierDTO) -> str:
    return w.separator.join(w("order", court=o.ordering_court or w("a_court"),
                       day=w.day(o.decided_on or o.start_date), until=w.day(o.expires_on))
                     for o in d.detention_orders)


def _charges(w: Words, d: DossierDTO) -> str:
    return w.separator.join(
        w("charge", article=ch.article) + (w("charge_part", part=ch.part) if ch.part else "")
        + (w("charge_code", code=ch.code) if ch.code else "") + (f" ({ch.title})" if ch.title else "")
        for p in d.prosecutions for ch in p.charges)


def _hearing(w: Words, kind: HearingKind) -> str:
    if kind is HearingKind.OTHER:
        return w("hearing")
    text = label(kind, w.lang)
    if w.french and not text.lower().startswith("audience"):
        return f"Audience ({text[:1].lower()}{text[1:]})"  # « Audience (appel) »
    return text


def _remedies(w: Words, d: DossierDTO, *, latest: int | None = None,
              advocacy: bool = True) -> str:
    """The domestic steps (and, with ``advocacy``, the interventions logged), oldest first
    (the ``latest`` ones only, if given)."""
    colon = "\u00a0: " if w.french else ": "
    steps = [(o.appeal_filed_on, w("appeal_step", order=w.day(o.decided_on or o.start_date),
                                   day=w.day(o.appeal_filed_on))
              + (f"{colon}{o.appeal_outcome}" if o.appeal_outcome else ""))
             for o in d.detention_orders if o.appeal_filed_on]
    steps += [(h.starts_at.date(), w("hearing_step", hearing=_hearing(w, h.kind),
                                     day=w.day(h.starts_at.date()))
               + (f" ({h.court})" if h.court else "") + f"{colon}{h.outcome}")
              for h in d.hearings if h.outcome.strip()]
    steps += [(i.intervention.made_on, f"{w.day(i.intervention.made_on)}{colon}"
               f"{i.intervention.subject or _channel(w, i.intervention.channel)}"
               + (w("step_to", addressee=i.addressee) if i.addressee else "")
               + (f" — {i.intervention.response}" if i.intervention.response else ""))
              for i in d.communications if advocacy]
    ordered = [text for _, text in sorted(steps, key=lambda x: x[0])]
    if latest is not None and len(ordered) > latest:
        earlier = len(ordered) - latest
        ordered = [w("earlier_one") if earlier == 1 else w("earlier_other", count=earlier),
                   *ordered[-latest:]]
    return "\n".join(ordered)


def _identity(w: Words, d: DossierDTO) -> list[tuple[str, str]]:
    c = d.captive
    names = ", ".join(n.full_name for n in c.names)
    ids = w.separator.join(f"{x.kind} {x.number}".strip() for x in d.identity_documents)
    sex = _label(w, c.sex) if c.sex and c.sex.value != "unknown" else ""
    return [(w("full_name"), name_of(d)), (w("all_names"), names),
            (w("sex"), sex.lower() if w.french else (c.sex.value if sex else "")),
            (w("birth_date"), w.day(c.birth)), (w("birth_place"), c.birth_place),
            (w("nationality"), c.citizenship), (w("identity_documents"), ids),
            (w("category"), _label(w, c.category) if c.category else "")]


# ---- Rule 39 -----------------------------------------------------------------------------

def asked_for(r: Rule39Request, lang: str = "en") -> str:
    """The measure asked for: the lawyer's words, else the usual one (medical care, access for
    the lawyer and the ICRC, news of the applicant) and the captive's present asks."""
    if r.asked.strip():
        return r.asked
    c = r.dossier.captive
    w = words_for(r.dossier, lang)
    own = {"male": "own_male", "female": "own_female"}.get(c.sex.value if c.sex else "",
                                                          "own_unknown")
    asked = w("default_ask", state=w.state(r.respondent_state), own=w(own))
    if c.current_asks.strip():
        asked += "\n\n" + w("present_asks", asks=c.current_asks.strip())
    return asked


def rule39_request_draft(r: Rule39Request, lang: str = "en") -> Draft:
    d = r.dossier
    w = words_for(d, lang)
    case = w("case", name=name_of(d), state=w.state(r.respondent_state))
    draft = Draft(title=w("rule39"), subtitle=w("rule39_subtitle", case=case,
                                                when=w.when(r.sent_at)),
                  level=d.level, header=f"{w('rule39')} · {case}", lang=w.lang)
    draft.para(w("by_fax"), muted=True)
    draft.h1(w("r39_parties"))
    _table(w, draft, [(w("applicant"), name_of(d)),
                      (w("respondent_state"), w.state(r.respondent_state)),
                      (w("place_now"), held_now(d.captive)),
                      (w("echr_application"), ", ".join(d.extras.echr.application_numbers)
                       if d.extras and d.extras.echr else ""),
                      (w("contact_person"), r.contact_person), (w("telephone"), r.contact_phone),
                      # no fax: no line (it is no record of the case file to say "not recorded")
                      *([(w("fax"), r.contact_fax)] if r.contact_fax.strip() else [])])
    draft.h1(w("r39_risk"))
    draft.para(r.risk)
    if d.captive.capture is not None:
        place = held_now(d.captive)
        draft.para(w("held_since_at", day=w.day(d.captive.capture), place=place) if place
                   else w("held_since", day=w.day(d.captive.capture)))
    if d.last_contact is not None:
        draft.para(w("last_contact", day=w.day(d.last_contact)))
    draft.h1(w("r39_measure"))
    draft.para(asked_for(r, w.lang))
    draft.h1(w("r39_steps"))
    draft.para(_remedies(w, d, latest=6, advocacy=False) or w("not_recorded"))
    draft.h1(w("r39_documents"))
    colon = "\u00a0: " if w.french else ": "
    draft.bullets([f"{w.day(doc.received_on) + colon if doc.received_on else ''}"
                   f"{doc.title or doc.filename}" for doc in d.annex] or [w("not_recorded")])
    return draft


def fax_cover_draft(r: Rule39Request, lang: str = "en") -> Draft:
    d = r.dossier
    w = words_for(d, lang)
    name = name_of(d)
    draft = Draft(title=w("rule39"), subtitle=w("fax_cover"), level=d.level,
                  header=f"{w('rule39')} · {name}", lang=w.lang)
    # The Court's fax number is not in the case file: no line for it, rather than a
    # bracketed placeholder faxed as it is; the sender's telephone and fax only when given.
    _table(w, draft, [
        (w("to"), w("to_court")),
        (w("from"), r.contact_person), (w("contact_now"), r.contact_person),
        *[(k, v) for k, v in ((w("telephone"), r.contact_phone),
                              (w("sender_fax"), r.contact_fax)) if v.strip()],
        (w("sent"), w.when(r.sent_at)),
        (w("concerning"), w("case", name=name, state=w.state(r.respondent_state))),
        (w("pages"), w("number"))])
    draft.h2(w("what_asked"))
    draft.para(asked_for(r, w.lang))
    draft.h2(w("why_urgent"))
    draft.para(r.risk.split("\n\n")[0])
    return draft


# ---- the UN working groups ---------------------------------------------------------------

def _consent(w: Words, u: UnSubmission) -> str:
    return w.separator.join(x for x in (
        w("power_of_attorney") if u.power_of_attorney else "",
        w("family_consents") if u.body == "wgeid" else "", u.consent_notes.strip()) if x)


def wgad_draft(u: UnSubmission, lang: str = "en") -> Draft:
    d = u.dossier
    c = d.captive
    w = words_for(d, lang)
    name = name_of(d)
    draft = Draft(title=w("wgad_title"), subtitle=w("wgad_subtitle", name=name,
                                                    state=w.state(u.state)),
                  level=d.level, header=w("wgad_header", name=name), lang=w.lang)
    draft.h1(w("wgad_identity"))
    _table(w, draft, [*_identity(w, d), (w("residence"), "")])
    draft.h1(w("wgad_arrest"))
    _table(w, draft, [(w("arrest_date"), w.day(c.capture)), (w("arrest_place"), c.capture_place),
                      (w("arrest_forces"), c.capturing_authority), (w("warrant"), ""),
                      (w("warrant_authority"), ""), (w("legislation"), _charges(w, d))])
    draft.h1(w("wgad_detention"))
    first_order = min((o.start_date for o in d.detention_orders), default=None)
    days = c.days_in_custody
    count = None if days is None else format_number(days, "fr") if w.french else days
    # counted to the day custody ended (a release, a repatriation, a death), else to today's
    on = w.day(c.status_since if c.status is not None and c.status.ended and c.status_since
               else d.generated_on)
    duration = ("" if days is None else
                # a capture known to its month or year: counted from its last day
                w("days_on_at_least", count=count, day=on,
                  known=w.day(c.capture)) if isinstance(days, AtLeast) and c.capture
                # a capture known only approximately: about so many
                else w("days_on_about", count=count, day=on) if isinstance(days, About)
                # (from the first order, the detention date the form gives: counted from it)
                else w("days_on_one", day=on) if days == 1
                else w("days_on_other", count=count, day=on))
    _table(w, draft, [(w("detention_date"), w.day(first_order) or w.day(c.capture)),
                      (w("duration"), duration),
                      (w("holding_forces"), c.capturing_authority),
                      (w("places"), _places(w, d)),
                      (w("ordering_authorities"), _orders(w, d)),
                      (w("reasons"), _charges(w, d)), (w("legislation"), _charges(w, d))])
    draft.h1(w("wgad_circumstances"))
    draft.para(c.capture_circumstances or w("not_recorded"))
    draft.h1(w("wgad_arbitrary"))
    draft.para(w("wgad_categories"), muted=True)
    draft.h1(w("wgad_remedies"))
    draft.para(_remedies(w, d) or w("not_recorded"))
    draft.h1(w("wgad_source_heading"))
    _table(w, draft, [(w("submitted_by"), u.source_name), (w("consent"), _consent(w, u))])
    draft.para(w("wgad_source"), muted=True)
    return draft


def wgeid_draft(u: UnSubmission, lang: str = "en") -> Draft:
    d = u.dossier
    c = d.captive
    w = words_for(d, lang)
    name = name_of(d)
    draft = Draft(title=w("wgeid_title"), subtitle=w("wgeid_subtitle", name=name,
                                                     state=w.state(u.state)),
                  level=d.level, header=w("wgeid_header", name=name), lang=w.lang)
    draft.h1(w("wgeid_a"))
    _table(w, draft, _identity(w, d))
    draft.h1(w("wgeid_b"))
    when = w.on(c.capture) if c.capture else ""
    draft.para(f"{when[:1].upper()}{when[1:]}." if when else w("not_recorded"))
    draft.h1(w("wgeid_c"))
    draft.para(_or_blank(w, c.capture_place))
    if d.detention_places:
        draft.para(w("places_reported", places=_places(w, d)))
    draft.h1(w("wgeid_d"))
    draft.para(_or_blank(w, c.capturing_authority))
    if c.capture_circumstances:
        draft.para(c.capture_circumstances)
    draft.h1(w("wgeid_e"))
    draft.para(_remedies(w, d) or w("not_recorded"))
    if d.last_contact is not None:
        draft.para(w("last_contact_short", day=w.day(d.last_contact)))
    draft.h1(w("wgeid_f"))
    _table(w, draft, [(w("submitted_by"), u.source_name), (w("family_consent"), _consent(w, u)),
                      (w("confidentiality"), w("confidentiality_note"))])
    draft.para(w("wgeid_source"), muted=True)
    return draft


__all__ = ["FILING_LANGUAGES", "asked_for", "fax_cover_draft", "rule39_request_draft",
           "wgad_draft", "wgeid_draft"]
