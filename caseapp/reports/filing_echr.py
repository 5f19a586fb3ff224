"""The ECHR application draft (the substance of the Court's form, sections A to I) as a
:class:`~caseapp.reports.filing_doc.Draft`, written as PDF and .docx.

Sections E–G stand on their own (the Court reads them without the annexes), with a length
count against the form's space; section I numbers the annexes in chronological order with
their pages in the bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, HearingKind, HearingState
from caseapp.domain.filing import EchrApplication, right_of
from caseapp.domain.moot_hearings import CALLED_OFF, CustodyOver, custody_over, moot
from caseapp.domain.reports import ChronologyEntry, DossierDTO
from caseapp.domain.stays import held_there_now
from caseapp.domain.strasbourg import (
    FORM_NOTES,
    FORM_SECTIONS,
    FORM_SPACE_SOURCE,
    LengthCount,
    length_count,
    long_day,
)
from caseapp.reports.filing_doc import Draft
from caseapp.reports.texts import label

_ORDER_HEARINGS = (HearingKind.DETENTION_EXTENSION, HearingKind.OTHER)
CATEGORY = {CaptiveCategory.CIVILIAN: "a civilian", CaptiveCategory.SERVICEMAN:
            "a serviceman (prisoner of war)", CaptiveCategory.FORMER_OFFICIAL:
            "a former official", CaptiveCategory.OTHER: ""}



def held_now(c: CaptiveDTO) -> str:
    """Where the applicant is held now: the open stay's place while in custody; nothing
    once custody is over, even with that stay left open (:mod:`caseapp.domain.stays`)."""
    return c.current_place if held_there_now(c.status) else ""

def day_words(value: object) -> str:
    """A date, or a partial one, in words: "12 March 2024", "March 2024", "2024", "about
    12 March 2024"."""
    if value is None:
        return ""
    precision = getattr(value, "precision", None)
    day: date = getattr(value, "value", value)  # type: ignore[arg-type]
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if precision is DatePrecision.MONTH:
        return long_day(day).split(" ", 2)[2]
    prefix = "about " if precision is DatePrecision.APPROXIMATE else ""
    return f"{prefix}{long_day(day).split(' ', 1)[1]}"


def on_words(value: object) -> str:
    """"on 12 March 2024", "in March 2024", "in 2024", "on or about 12 March 2024" (the
    pleading's words for a day not known for certain)."""
    precision = getattr(value, "precision", None)
    if precision is DatePrecision.APPROXIMATE:
        return f"on or {day_words(value)}"
    return f"{'in' if precision in (DatePrecision.YEAR, DatePrecision.MONTH) else 'on'} {day_words(value)}"


def name_of(d: DossierDTO) -> str:
    return d.captive.latin_name or d.captive.primary_name


def sentence(text: str) -> str:
    """``text`` ending with one full stop."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _event_words(e: ChronologyEntry) -> str:
    """The event's kind in English words ("detention extension", "moved to")."""
    event = getattr(e.event, "value", e.event)
    return label(e.event, "en") if isinstance(e.event, Enum) else str(event).replace("_", " ")


def _event(e: ChronologyEntry) -> str:
    detail = e.detail.strip().rstrip(".")
    event = getattr(e.event, "value", e.event)
    text = _event_words(e)
    if e.kind == "capture":
        return f"the applicant was captured{f' at {detail}' if detail else ''}."
    if e.kind == "status":
        return f"the applicant's status became “{text.lower()}”{f' ({detail})' if detail else ''}."
    if e.kind == "custody":
        verb = "was taken to" if event == "moved_to" else "left"
        return f"the applicant {verb} {detail or 'a place of detention'}."
    if e.kind == "order":
        court = f" by {detail}" if detail else ""
        until = f" until {day_words(e.until)}" if e.until else ""
        what = "ordered" if event == "initial" else "extended"
        return f"the applicant's detention was {what}{court}{until}."
    if e.kind == "hearing":
        return f"{_hearing_words(text)}{f': {detail}' if detail else ''}."
    body = (e.body.value.upper().replace("_", " ") if e.body else "")
    return f"{body} {text} {detail}".strip() + "."


def _hearing_words(kind_label: str) -> str:
    """"detention extension hearing" from the kind's label, with "hearing" said once."""
    return (kind_label if kind_label.lower().endswith("hearing")
            else f"{kind_label} hearing").lower()


def _scheduled(e: ChronologyEntry) -> str:
    """A hearing still to come, as a fact the Court can rely on: scheduled, not held."""
    kind = _event_words(e)
    before = e.detail.strip().rstrip(".")
    what = _hearing_words(kind)
    return (f"{'An' if what[:1] in 'aeiou' else 'A'} {what} is scheduled for {day_words(e.on)}"
            f"{f' before {before}' if before else ''}.")


def _called_off(e: ChronologyEntry) -> str:
    """A hearing adjourned or cancelled: the sitting set for that day did not take place."""
    what = _hearing_words(_event_words(e))
    before = e.detail.strip().rstrip(".")
    court = f" before {before}" if before else ""
    if e.state == HearingState.CANCELLED:
        return f"The {what}{court} set for {day_words(e.on)} was cancelled."
    to = f" to {day_words(e.next_on)}" if e.next_on else ""
    return f"The {what}{court} set for {day_words(e.on)} was adjourned{to}."


def _held(status: object, over: CustodyOver | None, state: str) -> str:
    """Where the applicant is, as the status at the level says: held, believed held (missing),
    or held until custody ended (released, repatriated, dead)."""
    if over is not None:
        until = f" until {day_words(over.since)}" if over.since else ""
        return f"was held by the authorities of {state}{until}"
    if status == CaptiveStatus.MISSING:
        return f"has been missing since the capture and is believed to be held by the " \
               f"authorities of {state}"
    return f"is held by the authorities of {state}"


def facts(a: EchrApplication) -> list[str]:
    """Section E: numbered paragraphs, self-contained."""
    d = a.dossier
    c = d.captive
    who = ", ".join(x for x in (CATEGORY.get(c.category, "") if c.category else "",
                                f"born {on_words(c.birth)}" if c.birth else "",
                                f"in {c.birth_place}" if c.birth_place else "",
                                f"a national of {c.citizenship}" if c.citizenship else "") if x)
    over = custody_over(c.status, c.status_since)
    out = [f"The applicant, {name_of(d)}{f', {who}' if who else ''}, "
           f"{_held(c.status, over, a.respondent_state)}."]
    if c.capture is not None:
        by = f" by {c.capturing_authority}" if c.capturing_authority else ""
        at = f" at {c.capture_place}" if c.capture_place else ""
        out.append(f"The applicant was captured {on_words(c.capture)}{at}{by}.")
        if c.capture_circumstances:
            out.append(sentence(c.capture_circumstances))
    for p in d.prosecutions:
        charges = "; ".join(
            " ".join(x for x in (f"Article {ch.article}", f"part {ch.part}" if ch.part else "",
                                 f"of the {ch.code}" if ch.code else "",
                                 f"({ch.title})" if ch.title else "") if x)
            for ch in p.charges)
        if charges or p.case_number:
            case = f" in case no. {p.case_number}" if p.case_number else ""
            body = f" by {p.investigating_body}" if p.investigating_body else ""
            out.append(f"Criminal proceedings were brought against the applicant{case}{body}"
                       + (f": charges under {charges}." if charges else "."))
    for how, e in stated_events(d, over):
        out.append(_called_off(e) if how == "called off" else _scheduled(e)
                   if how == "to come" else f"On {day_words(e.on)}, {_event(e)}")
    if c.health.strip():
        out.append(sentence(f"The applicant's health: {c.health.strip()}"))
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


def violations(a: EchrApplication) -> list[str]:
    """Section F: one paragraph per article recorded on the proceedings."""
    out = []
    for article in a.articles:
        right = right_of(article)
        out.append(f"Article {article} of the Convention{f' ({right})' if right else ''}: "
                   "[state how the facts in section E breach this provision].")
    return out


def admissibility(a: EchrApplication) -> list[str]:
    """Section G: the decisions relied on and the time limit."""
    out = []
    for x in a.decisions:
        court = f" of {x.court}" if x.court else ""
        outcome = f": {x.outcome}" if x.outcome else ""
        out.append(sentence(f"{x.what}{court}, {day_words(x.on)}{outcome}"))
    t = a.time_limit
    if t is not None and t.due_on >= a.dossier.generated_on:
        out.append(f"The final domestic decision was given on {day_words(t.trigger)}. The "
                   f"application is lodged within the time limit of Article 35 § 1 of the "
                   f"Convention, which ends on {day_words(t.due_on)}.")
    elif t is not None:
        out.append(f"The final domestic decision was given on {day_words(t.trigger)}; the time "
                   f"limit counted from it ended on {day_words(t.due_on)}. [Explain why the "
                   "application is nonetheless in time: a continuing situation, or a later "
                   "final decision.]")
    return out


def _numbered(draft: Draft, paragraphs: Sequence[str], start: int) -> int:
    for i, text in enumerate(paragraphs, start):
        draft.para(f"{i}. {text}")
    return start + len(paragraphs)


def counts(a: EchrApplication) -> list[LengthCount]:
    texts = {"E": "\n".join(facts(a)), "F": "\n".join(violations(a)),
             "G": "\n".join(admissibility(a))}
    return [length_count(s, texts[s.section]) for s in FORM_SECTIONS]


def application_draft(a: EchrApplication, warnings: Sequence[str]) -> Draft:
    d = a.dossier
    c = d.captive
    draft = Draft(
        title="Application to the European Court of Human Rights — draft",
        subtitle=(f"{name_of(d)} v. {a.respondent_state} · prepared on {day_words(d.generated_on)} "
                  "for the Court's official form (sections E–G go on the form itself)"),
        level=d.level, header=f"{name_of(d)} v. {a.respondent_state}")
    draft.h1("A. The applicant")
    names = ", ".join(n.full_name for n in c.names if n.full_name != name_of(d))
    draft.grid(("Field", "Value"), [(k, v) for k, v in (
        ("Name (Latin script)", name_of(d)), ("Other spellings", names),
        ("Sex", c.sex.value if c.sex and c.sex.value != "unknown" else ""),
        ("Date of birth", day_words(c.birth)), ("Place of birth", c.birth_place),
        ("Nationality", c.citizenship), ("Current place of detention", held_now(c)),
    ) if v] or [("Field", "nothing recorded at this level")], (0.32, 0.68))
    draft.h1("C. Representative")
    r = d.extras.representative if d.extras else None
    if r is None:
        draft.para("No lawyer's details in the case settings (lawyer_name and the rest).",
                   muted=True)
    else:
        draft.grid(("Field", "Value"), [(k, v) for k, v in (
            ("Name", r.name), ("Organisation", r.organisation), ("Address", r.address),
            ("Bar number", r.bar_number), ("Telephone", r.phone), ("E-mail", r.email)) if v],
            (0.32, 0.68))
    draft.h1("D. State against which the application is directed")
    draft.para(a.respondent_state)
    draft.h1("E. Statement of the facts")
    number = _numbered(draft, facts(a), 1)
    draft.h1("F. Statement of alleged violation(s) of the Convention and relevant arguments")
    if not a.articles:
        draft.para("No Convention article is recorded on the ECHR proceedings.", muted=True)
    number = _numbered(draft, violations(a), number)
    draft.h1("G. Compliance with admissibility criteria")
    draft.h2("Exhaustion of domestic remedies")
    number = _numbered(draft, admissibility(a), number)
    draft.h2("The time limit (Article 35 § 1)")
    t = a.time_limit
    if t is None:
        draft.para(a.time_limit_note, muted=True)
    else:
        draft.para(f"Final domestic decision: {day_words(t.trigger)}. Last day to lodge: "
                   f"{day_words(t.due_on)} (rule {t.rule_id}). {a.time_limit_note}", bold=True)
        draft.bullets(list(t.steps))
        draft.para(f"Source: {t.source}", muted=True)
    draft.h2("Length against the form's space")
    draft.grid(("Section", "Words", "Characters", "Form pages (estimate) / allowed"),
               [(x.section, str(x.words), str(x.characters),
                 f"{x.estimated_pages} / {x.pages_allowed}{' — over' if x.over else ''}")
                for x in counts(a)], (0.16, 0.18, 0.22, 0.44))
    draft.para(f"{FORM_NOTES} {FORM_SPACE_SOURCE}", muted=True)
    draft.h1("H. Other international proceedings")
    if a.other_international:
        draft.grid(("Body", "Reference", "Lodged", "Status", "Outcome"),
                   [(p.body.value.upper().replace("_", " "), p.reference,
                     p.lodged_on.isoformat() if p.lodged_on else "", p.status.value, p.outcome)
                    for p in a.other_international], (0.16, 0.18, 0.16, 0.14, 0.36))
    else:
        draft.para("None recorded.", muted=True)
    previous = ", ".join(p.reference for p in a.previous_applications)
    draft.para(f"Previous or pending applications before the Court: {previous or 'none recorded'}.")
    draft.h1("I. List of accompanying documents")
    if a.annexes:
        draft.grid(("No.", "Date", "Document", "Pages", "File"),
                   [(str(x.number), x.on.isoformat() if x.on else "",
                     x.document.title or x.document.filename,
                     f"{x.first_page}–{x.last_page}" if x.pages > 1 else str(x.first_page),
                     ", ".join(x.files)) for x in a.annexes],
                   (0.07, 0.14, 0.33, 0.11, 0.35))
    else:
        draft.para("No document in the bundle.", muted=True)
    if warnings:
        draft.h1("Checks before filing")
        draft.bullets(list(warnings))
    return draft


__all__ = ["admissibility", "application_draft", "counts", "facts", "violations"]
