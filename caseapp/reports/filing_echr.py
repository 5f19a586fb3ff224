"""The ECHR application draft (the substance of the Court's form, sections A to I) as a
:class:`~caseapp.reports.filing_doc.Draft`, written as PDF and .docx, in English or in French
(``lang``): one function per section writes both, its words from
:mod:`caseapp.reports.filing_words` (the French ones: the sections as the French form names
them, « le requérant » or « la requérante », French dates, the Convention's articles under
their French titles). What the case file records is printed as recorded.

Sections E–G stand on their own (the Court reads them without the annexes), with a length
count against the form's space; section I numbers the annexes in chronological order with
their pages in the bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveStatus, HearingKind, HearingState
from caseapp.domain.filing import EchrApplication
from caseapp.domain.moot_hearings import CALLED_OFF, CustodyOver, custody_over, moot
from caseapp.domain.reports import ChronologyEntry, DossierDTO
from caseapp.domain.stays import held_there_now
from caseapp.domain.strasbourg import FORM_SECTIONS, LengthCount, length_count
from caseapp.reports.filing_doc import Draft
from caseapp.reports.filing_words import Words, day_words, on_words
from caseapp.reports.texts import format_number, label

_ORDER_HEARINGS = (HearingKind.DETENTION_EXTENSION, HearingKind.OTHER)


def held_now(c: CaptiveDTO) -> str:
    """Where the applicant is held now: the open stay's place while in custody; nothing
    once custody is over, even with that stay left open (:mod:`caseapp.domain.stays`)."""
    return c.current_place if held_there_now(c.status) else ""


def name_of(d: DossierDTO) -> str:
    return d.captive.latin_name or d.captive.primary_name


def sentence(text: str) -> str:
    """``text`` ending with one full stop."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _woman(d: DossierDTO) -> bool:
    sex = d.captive.sex
    return sex is not None and str(getattr(sex, "value", sex)) == "female"


def words_for(d: DossierDTO, lang: str) -> Words:
    return Words(lang, woman=_woman(d))


def _event(w: Words, e: ChronologyEntry) -> str:
    detail = e.detail.strip().rstrip(".")
    event = getattr(e.event, "value", e.event)
    if e.kind == "capture":
        return w("ev_captured", at=w("at_place", place=detail) if detail else "")
    if e.kind == "status":
        text = (label(e.event, w.lang) if isinstance(e.event, Enum)
                else str(event) if w.french else str(event).replace("_", " "))
        return w("ev_status", status=text.lower(), detail=f" ({detail})" if detail else "")
    if e.kind == "custody":
        place = detail or w("a_place")
        return w("ev_moved_to" if event == "moved_to" else "ev_left", place=place)
    if e.kind == "order":
        return w("ev_ordered" if event == "initial" else "ev_extended",
                 by=w("by_whom", whom=detail) if detail else "",
                 until=w("until_day", day=w.day(e.until)) if e.until else "")
    if e.kind == "hearing":
        return (w.hearing_words(e.event) + (w("ev_detail", detail=detail) if detail else "")
                + ".")
    if w.french:
        body = label(e.body, "fr") if e.body else ""
        text = (label(e.event, "fr") if isinstance(e.event, Enum)
                else str(event).replace("_", " ")).lower()
    else:
        body = e.body.value.upper().replace("_", " ") if e.body else ""
        text = label(e.event, "en") if isinstance(e.event, Enum) else str(event).replace("_", " ")
    return f"{body} {text} {detail}".strip() + "."


def _scheduled(w: Words, e: ChronologyEntry) -> str:
    """A hearing still to come, as a fact the Court can rely on: scheduled, not held."""
    before = e.detail.strip().rstrip(".")
    what = w.hearing_words(e.event)
    return w("scheduled", article=w.article(what), hearing=what, day=w.day(e.on),
             before=w("before_court", court=before) if before else "")


def _called_off(w: Words, e: ChronologyEntry) -> str:
    """A hearing adjourned or cancelled: the sitting set for that day did not take place."""
    before = e.detail.strip().rstrip(".")
    values = dict(hearing=w.hearing_words(e.event), day=w.day(e.on),
                  before=w("before_court", court=before) if before else "")
    if e.state == HearingState.CANCELLED:
        return w("cancelled", **values)
    return w("adjourned", to=w("to_day", day=w.day(e.next_on)) if e.next_on else "", **values)


def _held(w: Words, status: object, over: CustodyOver | None, state: str) -> str:
    """Where the applicant is, as the status at the level says: held, believed held (missing),
    or held until custody ended (released, repatriated, dead)."""
    if over is not None:
        return w("held_until", state=state,
                 until=w("until_day", day=w.day(over.since)) if over.since else "")
    if status == CaptiveStatus.MISSING:
        return w("held_missing", state=state)
    return w("held_now", state=state)


def _charge(w: Words, ch: object) -> str:
    """"Article 279 part 1 of the Criminal Code (title)" / « article 279, partie 1, Criminal
    Code (title) »."""
    part, code, title = getattr(ch, "part", ""), getattr(ch, "code", ""), getattr(ch, "title", "")
    return (w("charge", article=getattr(ch, "article", ""))
            + (w("charge_part", part=part) if part else "")
            + (w("charge_code", code=code) if code else "") + (f" ({title})" if title else ""))


def facts(a: EchrApplication, lang: str = "en") -> list[str]:
    """Section E: numbered paragraphs, self-contained."""
    d = a.dossier
    c = d.captive
    w = words_for(d, lang)
    who = ", ".join(x for x in (w.category(c.category),
                                w("born", on=w.on(c.birth)) if c.birth else "",
                                w("born_in", place=c.birth_place) if c.birth_place else "",
                                w("national_of", country=c.citizenship) if c.citizenship else "")
                    if x)
    over = custody_over(c.status, c.status_since)
    out = [w("intro", name=name_of(d), who=f", {who}" if who else "",
             held=_held(w, c.status, over, a.respondent_state))]
    if c.capture is not None:
        out.append(w("captured", on=w.on(c.capture),
                     at=w("at_place", place=c.capture_place) if c.capture_place else "",
                     by=w("by_whom", whom=c.capturing_authority) if c.capturing_authority
                     else ""))
        if c.capture_circumstances:
            out.append(sentence(c.capture_circumstances))
    for p in d.prosecutions:
        charges = w("charge_separator").join(_charge(w, ch) for ch in p.charges)
        if charges or p.case_number:
            out.append(w("proceedings",
                         case=w("in_case", number=p.case_number) if p.case_number else "",
                         by=w("by_whom", whom=p.investigating_body) if p.investigating_body
                         else "",
                         charges=w("charges_under", charges=charges) if charges
                         else w("full_stop")))
    for how, e in stated_events(d, over):  # the same events in every language
        out.append(_called_off(w, e) if how == "called off" else _scheduled(w, e)
                   if how == "to come" else w("on_day_event", day=w.day(e.on),
                                               event=_event(w, e)))
    if c.health.strip():
        out.append(sentence(w("health", health=c.health.strip())))
    return out


def stated_events(d: DossierDTO, over: CustodyOver | None) -> list[tuple[str, ChronologyEntry]]:
    """The events of the chronology section E states, in every language's draft, each with
    how: "called off" (a hearing adjourned or cancelled, whether its day has come or not),
    "to come" (a hearing not held yet that custody ending has not made moot) or "held"
    (what happened). Left out: the capture and the filings (said elsewhere), a hearing
    whose detention order of the same day says it, a moot one to come."""
    chronology = d.extras.chronology if d.extras else ()
    ordered_on = {e.on for e in chronology if e.kind == "order"}
    out: list[tuple[str, ChronologyEntry]] = []
    for e in chronology:
        if e.kind in ("capture", "filing"):
            continue
        if e.kind == "hearing" and e.on in ordered_on and e.event in _ORDER_HEARINGS:
            continue  # the order of that day says it
        if e.kind == "hearing" and e.state in CALLED_OFF:
            out.append(("called off", e))
        elif e.kind == "hearing" and e.on > d.generated_on:
            # a custody hearing after the release, or one held already: none to come
            if not moot(e.event, e.on, over, state=e.state):
                out.append(("to come", e))
        else:
            out.append(("held", e))
    return out


def violations(a: EchrApplication, lang: str = "en") -> list[str]:
    """Section F: one paragraph per article recorded on the proceedings."""
    w = words_for(a.dossier, lang)
    out = []
    for article in a.articles:
        right = w.right(article)
        out.append(w("violation", article=article, right=f" ({right})" if right else ""))
    return out


def admissibility(a: EchrApplication, lang: str = "en") -> list[str]:
    """Section G: the decisions relied on (said in ``lang`` by the service) and the time
    limit."""
    w = words_for(a.dossier, lang)
    colon = "\u00a0: " if w.french else ": "
    out = []
    for x in a.decisions:
        out.append(sentence(w("decision", what=x.what,
                              court=w("decision_court", court=x.court) if x.court else "",
                              day=w.day(x.on), outcome=f"{colon}{x.outcome}" if x.outcome
                              else "")))
    t = a.time_limit
    if t is not None:
        key = "in_time" if t.due_on >= a.dossier.generated_on else "out_of_time"
        out.append(w(key + ("_uncertain" if t.known_to else ""),
                     trigger=w.day(t.known_to or t.trigger), due=w.day(t.due_on)))
    return out


def _numbered(draft: Draft, paragraphs: Sequence[str], start: int) -> int:
    for i, text in enumerate(paragraphs, start):
        draft.para(f"{i}. {text}")
    return start + len(paragraphs)


def counts(a: EchrApplication, lang: str = "en") -> list[LengthCount]:
    texts = {"E": "\n".join(facts(a, lang)), "F": "\n".join(violations(a, lang)),
             "G": "\n".join(admissibility(a, lang))}
    return [length_count(s, texts[s.section]) for s in FORM_SECTIONS]


def application_draft(a: EchrApplication, warnings: Sequence[str], lang: str = "en") -> Draft:
    """The draft in ``lang`` ("en" or "fr"), ``warnings`` already in that language."""
    d = a.dossier
    c = d.captive
    w = words_for(d, lang)
    state = w.state(a.respondent_state)
    case = w("case", name=name_of(d), state=state)
    draft = Draft(title=w("echr_title"),
                  subtitle=w("echr_subtitle", case=case, day=w.day(d.generated_on)),
                  level=d.level, header=case, lang=w.lang)
    field, value = w("field"), w("value")
    draft.h1(w("sec_applicant"))
    names = ", ".join(n.full_name for n in c.names if n.full_name != name_of(d))
    sex = "" if not c.sex or c.sex.value == "unknown" else (
        label(c.sex, "fr").lower() if w.french else c.sex.value)
    draft.grid((field, value), [(k, v) for k, v in (
        (w("name_latin"), name_of(d)), (w("other_spellings"), names), (w("sex"), sex),
        (w("birth_date"), w.day(c.birth)), (w("birth_place"), c.birth_place),
        (w("nationality"), c.citizenship), (w("place_now"), held_now(c)),
    ) if v] or [(field, w("nothing_at_level"))], (0.32, 0.68))
    draft.h1(w("sec_representative"))
    r = d.extras.representative if d.extras else None
    if r is None:
        draft.para(w("no_lawyer"), muted=True)
    else:
        draft.grid((field, value), [(k, v) for k, v in (
            (w("name"), r.name), (w("organisation"), r.organisation), (w("address"), r.address),
            (w("bar_number"), r.bar_number), (w("telephone"), r.phone),
            (w("email"), r.email)) if v], (0.32, 0.68))
    draft.h1(w("sec_state"))
    draft.para(state)
    draft.h1(w("sec_facts"))
    number = _numbered(draft, facts(a, w.lang), 1)
    draft.h1(w("sec_violations"))
    if not a.articles:
        draft.para(w("no_articles"), muted=True)
    number = _numbered(draft, violations(a, w.lang), number)
    draft.h1(w("sec_admissibility"))
    draft.h2(w("exhaustion"))
    number = _numbered(draft, admissibility(a, w.lang), number)
    draft.h2(w("time_limit"))
    t = a.time_limit
    if t is None:
        draft.para(a.time_limit_note, muted=True)
    else:
        draft.para(w("time_limit_line", trigger=w.day(t.known_to or t.trigger), due=w.day(t.due_on),
                     rule=t.rule_id, note=a.time_limit_note), bold=True)
        draft.bullets(list(t.steps))
        draft.para(w("source", source=t.source), muted=True)
    draft.h2(w("length"))
    draft.grid((w("col_section"), w("col_words"), w("col_characters"), w("col_pages")),
               [(x.section, format_number(x.words, w.lang), format_number(x.characters, w.lang),
                 f"{w.decimal(x.estimated_pages)} / {x.pages_allowed}"
                 f"{w('over') if x.over else ''}")
                for x in counts(a, w.lang)], (0.16, 0.18, 0.22, 0.44))
    draft.para(w("form_notes"), muted=True)
    draft.h1(w("sec_other"))
    if a.other_international:
        draft.grid((w("col_body"), w("col_reference"), w("col_lodged"), w("col_status"),
                    w("col_outcome")),
                   [(w.value_name(p.body, body=True), p.reference,
                     w.short_date(p.lodged_on) if p.lodged_on else "",
                     w.value_name(p.status), p.outcome)
                    for p in a.other_international], (0.16, 0.18, 0.16, 0.14, 0.36))
    else:
        draft.para(w("none_recorded"), muted=True)
    previous = ", ".join(p.reference for p in a.previous_applications)
    draft.para(w("previous", previous=previous or w("previous_none")))
    draft.h1(w("sec_documents"))
    if a.annexes:
        draft.grid((w("col_no"), w("col_date"), w("col_document"), w("pages_col"),
                    w("col_file")),
                   [(str(x.number), w.short_date(x.on) if x.on else "",
                     x.document.title or x.document.filename,
                     f"{x.first_page}–{x.last_page}" if x.pages > 1 else str(x.first_page),
                     ", ".join(x.files)) for x in a.annexes],
                   (0.07, 0.14, 0.33, 0.11, 0.35))
    else:
        draft.para(w("no_document"), muted=True)
    if warnings:
        draft.h1(w("checks"))
        draft.bullets(list(warnings))
    return draft


__all__ = ["admissibility", "application_draft", "counts", "day_words", "facts", "held_now",
           "name_of", "on_words", "sentence", "stated_events", "violations"]
