"""The ECHR application draft in French (:mod:`caseapp.reports.filing_echr` writes it in
English): the same sections A to I of the Court's form, as its French version names them,
the same facts, complaints and admissibility paragraphs said in French, French dates
(« 6 décembre 2026 », « 1er mars 2024 »), the annex list in French.

French as docs/glossary.md says it: *requérant* (*requérante* of a woman), *État défendeur*,
*épuisement des voies de recours internes*, *délai* (Article 35 § 1); the Convention's
articles under their French titles. What the case file records (a court's name, a charge's
title, a place) is printed as recorded. The French terms await a French-speaking lawyer's
review (docs/glossary.md): the draft is a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, HearingState
from caseapp.domain.filing import EchrApplication
from caseapp.domain.moot_hearings import CustodyOver, custody_over
from caseapp.domain.reports import ChronologyEntry, DossierDTO
from caseapp.domain.strasbourg import FORM_SECTIONS, LengthCount, length_count
from caseapp.reports.filing_doc import Draft
from caseapp.reports.filing_echr import held_now, name_of, sentence, stated_events
from caseapp.reports.texts import (
    format_date,
    format_date_short,
    format_month_year,
    label,
)

NB = "\u00a0"
# The rights of the Convention and its Protocols, as the French text of the Convention
# titles its articles.
RIGHTS = {
    "2": "droit à la vie",
    "3": "interdiction de la torture et des peines ou traitements inhumains ou dégradants",
    "5": "droit à la liberté et à la sûreté", "6": "droit à un procès équitable",
    "7": "pas de peine sans loi", "8": "droit au respect de la vie privée et familiale",
    "9": "liberté de pensée, de conscience et de religion", "10": "liberté d'expression",
    "13": "droit à un recours effectif", "14": "interdiction de discrimination",
    "18": "limitation de l'usage des restrictions aux droits", "34": "requêtes individuelles",
    "38": "examen contradictoire de l'affaire", "P1-1": "protection de la propriété",
    "P1-2": "droit à l'instruction", "P7-4": "droit à ne pas être jugé ou puni deux fois",
}
# The respondent States the case settings name (services.setting_values.PROCEDURES), in French;
# a State the lawyer typed is printed as typed.
STATES = {"Azerbaijan": "Azerbaïdjan", "Armenia": "Arménie"}
CATEGORY = {CaptiveCategory.CIVILIAN: ("civil", "civile"),
            CaptiveCategory.SERVICEMAN: ("militaire (prisonnier de guerre)",
                                         "militaire (prisonnière de guerre)"),
            CaptiveCategory.FORMER_OFFICIAL: ("ancien responsable public",
                                              "ancienne responsable publique")}
FORM_TITLES = {"E": "Exposé des faits",
               "F": "Exposé de la ou des violation(s) alléguée(s) de la Convention et des "
                    "arguments pertinents",
               "G": "Respect des critères de recevabilité"}
FORM_NOTES = ("CEDH, Notice pour remplir le formulaire de requête (2022/1), §§ 58 à 65\u00a0: "
              "les faits, les griefs et le respect des critères de recevabilité doivent être "
              "exposés dans l'espace prévu aux sections E, F et G, de sorte que la Cour puisse "
              "statuer sur la requête sans consulter d'autres documents\u00a0; un document "
              "complémentaire peut les développer sur 20 pages au plus (décisions et documents "
              "joints non compris). Règlement de la Cour, article 47 § 1 d) à f) et § 2 a).")
FORM_SPACE_SOURCE = ("L'espace du formulaire\u00a0: trois pages pour la section E, deux pour la F "
                     "et une pour la G, selon A. Tymofeyeva (dir.), European Court of Human "
                     "Rights in Action (2016), «\u00a0Common mistakes in filling in the "
                     "application form\u00a0». Vérifiez les cases du formulaire en vigueur avant "
                     "l'introduction.")


def format_decimal(value: float) -> str:
    """« 0,9 »: a number with its tenths, as French writes it (a decimal comma)."""
    return f"{value:.1f}".replace(".", ",")


def state_name(state: str) -> str:
    """The respondent State in French (« Azerbaïdjan »), else as given."""
    return STATES.get(state, state)


def _woman(d: DossierDTO) -> bool:
    sex = d.captive.sex
    return sex is not None and str(getattr(sex, "value", sex)) == "female"


def _e(d: DossierDTO) -> str:
    """The ending a participle takes when said of the applicant (« capturée »)."""
    return "e" if _woman(d) else ""


def applicant(d: DossierDTO, *, capital: bool = False) -> str:
    word = "la requérante" if _woman(d) else "le requérant"
    return word[:1].upper() + word[1:] if capital else word


def of_applicant(d: DossierDTO) -> str:
    return "de la requérante" if _woman(d) else "du requérant"


def day_words(value: object) -> str:
    """A date, or a partial one, in French words: « 12 mars 2024 », « mars 2024 », « 2024 »,
    « vers le 12 mars 2024 »."""
    if value is None:
        return ""
    precision = getattr(value, "precision", None)
    day: date = getattr(value, "value", value)  # type: ignore[arg-type]
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if precision is DatePrecision.MONTH:
        return format_month_year(day, "fr")
    text = format_date(day, "fr")
    return f"vers le {text}" if precision is DatePrecision.APPROXIMATE else text


def on_words(value: object) -> str:
    """« le 12 mars 2024 », « en mars 2024 », « en 2024 », « vers le 12 mars 2024 »."""
    precision = getattr(value, "precision", None)
    if precision is DatePrecision.APPROXIMATE:
        return day_words(value)
    if precision in (DatePrecision.YEAR, DatePrecision.MONTH):
        return f"en {day_words(value)}"
    return f"le {day_words(value)}"


def _hearing_words(e: ChronologyEntry) -> str:
    """« audience (prolongation de la détention) », « audience de jugement »."""
    kind = label(e.event, "fr") if isinstance(e.event, Enum) else str(e.event).replace("_", " ")
    kind = kind[:1].lower() + kind[1:]
    return kind if kind.startswith("audience") else f"audience ({kind})"


def _event(e: ChronologyEntry, d: DossierDTO) -> str:
    detail = e.detail.strip().rstrip(".")
    event = getattr(e.event, "value", e.event)
    who, of_who = applicant(d), of_applicant(d)
    if e.kind == "capture":
        return f"{who} a été capturé{_e(d)}{f' à {detail}' if detail else ''}."
    if e.kind == "status":
        text = label(e.event, "fr") if isinstance(e.event, Enum) else str(event)
        return (f"la situation {of_who} est devenue «{NB}{text.lower()}{NB}»"
                f"{f' ({detail})' if detail else ''}.")
    if e.kind == "custody":
        place = detail or "un lieu de détention"
        if event == "moved_to":
            return f"{who} a été conduit{_e(d)} à {place}."
        return f"{who} a quitté {place}."
    if e.kind == "order":
        court = f" par {detail}" if detail else ""
        until = f" jusqu'au {day_words(e.until)}" if e.until else ""
        what = "ordonnée" if event == "initial" else "prolongée"
        return f"la détention {of_who} a été {what}{court}{until}."
    if e.kind == "hearing":
        return f"{_hearing_words(e)}{f'{NB}: {detail}' if detail else ''}."
    body = label(e.body, "fr") if e.body else ""
    text = label(e.event, "fr") if isinstance(e.event, Enum) else str(event).replace("_", " ")
    return f"{body} {text.lower()} {detail}".strip() + "."


def _scheduled(e: ChronologyEntry) -> str:
    before = e.detail.strip().rstrip(".")
    return (f"Une {_hearing_words(e)} est prévue le {day_words(e.on)}"
            f"{f' devant {before}' if before else ''}.")


def _called_off(e: ChronologyEntry) -> str:
    before = e.detail.strip().rstrip(".")
    court = f" devant {before}" if before else ""
    what = _hearing_words(e)
    if e.state == HearingState.CANCELLED:
        return f"L'{what}{court} prévue le {day_words(e.on)} a été annulée."
    to = f" au {day_words(e.next_on)}" if e.next_on else ""
    return f"L'{what}{court} prévue le {day_words(e.on)} a été renvoyée{to}."


def _held(d: DossierDTO, over: CustodyOver | None) -> str:
    e = _e(d)
    if over is not None:
        until = f" jusqu'au {day_words(over.since)}" if over.since else ""
        return f"a été détenu{e} par les autorités de l'État défendeur{until}"
    if d.captive.status == CaptiveStatus.MISSING:
        return (f"a disparu depuis sa capture et serait détenu{e} par les autorités de l'État "
                "défendeur")
    return f"est détenu{e} par les autorités de l'État défendeur"


def _charge(ch: object) -> str:
    article, part = getattr(ch, "article", ""), getattr(ch, "part", "")
    code, title = getattr(ch, "code", ""), getattr(ch, "title", "")
    return (f"article {article}{f', partie {part}' if part else ''}"
            f"{f', {code}' if code else ''}{f' ({title})' if title else ''}")


def facts(a: EchrApplication) -> list[str]:
    """Section E in French: numbered paragraphs, self-contained."""
    d = a.dossier
    c = d.captive
    woman = _woman(d)
    category = CATEGORY.get(c.category, ("", ""))[woman] if c.category else ""
    who = ", ".join(x for x in (category, f"né{_e(d)} {on_words(c.birth)}" if c.birth else "",
                                f"à {c.birth_place}" if c.birth_place else "",
                                f"de nationalité {c.citizenship}" if c.citizenship else "") if x)
    over = custody_over(c.status, c.status_since)
    out = [f"{applicant(d, capital=True)}, {name_of(d)}{f', {who}' if who else ''}, "
           f"{_held(d, over)}."]
    if c.capture is not None:
        by = f" par {c.capturing_authority}" if c.capturing_authority else ""
        at = f" à {c.capture_place}" if c.capture_place else ""
        out.append(f"{applicant(d, capital=True)} a été capturé{_e(d)} {on_words(c.capture)}"
                   f"{at}{by}.")
        if c.capture_circumstances:
            out.append(sentence(c.capture_circumstances))
    for p in d.prosecutions:
        charges = "\u00a0; ".join(_charge(ch) for ch in p.charges)
        if charges or p.case_number:
            case = f" dans l'affaire n° {p.case_number}" if p.case_number else ""
            body = f" par {p.investigating_body}" if p.investigating_body else ""
            out.append(f"Une procédure pénale a été engagée contre {applicant(d)}{case}{body}"
                       + (f"{NB}: chefs d'accusation au titre de l'{charges}." if charges
                          else "."))
    for how, e in stated_events(d, over):  # the same events as the English draft's
        out.append(_called_off(e) if how == "called off" else _scheduled(e)
                   if how == "to come" else f"Le {day_words(e.on)}, {_event(e, d)}")
    if c.health.strip():
        out.append(sentence(f"État de santé {of_applicant(d)}{NB}: {c.health.strip()}"))
    return out


def violations(a: EchrApplication) -> list[str]:
    """Section F in French: one paragraph per article recorded on the proceedings."""
    out = []
    for article in a.articles:
        right = RIGHTS.get(article.split("§")[0].strip(), "")
        out.append(f"Article {article} de la Convention{f' ({right})' if right else ''}{NB}: "
                   "[exposer en quoi les faits décrits à la section E violent cette "
                   "disposition].")
    return out


def admissibility(a: EchrApplication) -> list[str]:
    """Section G in French: the decisions relied on and the time limit."""
    out = []
    for x in a.decisions:
        court = f", {x.court}" if x.court else ""
        outcome = f"{NB}: {x.outcome}" if x.outcome else ""
        out.append(sentence(f"{x.what}{court}, {day_words(x.on)}{outcome}"))
    t = a.time_limit
    if t is not None and t.due_on >= a.dossier.generated_on:
        out.append(f"La décision interne définitive a été rendue le {day_words(t.trigger)}. La "
                   "requête est introduite dans le délai prévu à l'article 35 § 1 de la "
                   f"Convention, qui expire le {day_words(t.due_on)}.")
    elif t is not None:
        out.append(f"La décision interne définitive a été rendue le {day_words(t.trigger)}{NB}; "
                   f"le délai calculé à partir de celle-ci a expiré le {day_words(t.due_on)}. "
                   "[Expliquer pourquoi la requête est néanmoins introduite dans le délai\u00a0: "
                   "situation continue, ou décision définitive ultérieure.]")
    return out


def counts(a: EchrApplication) -> list[LengthCount]:
    texts = {"E": "\n".join(facts(a)), "F": "\n".join(violations(a)),
             "G": "\n".join(admissibility(a))}
    return [length_count(s, texts[s.section]) for s in FORM_SECTIONS]


def _numbered(draft: Draft, paragraphs: Sequence[str], start: int) -> int:
    for i, text in enumerate(paragraphs, start):
        draft.para(f"{i}. {text}")
    return start + len(paragraphs)


def application_draft(a: EchrApplication, warnings: Sequence[str]) -> Draft:
    """The draft in French, ``warnings`` already in French."""
    d = a.dossier
    c = d.captive
    state = state_name(a.respondent_state)
    case = f"{name_of(d)} c. {state}"
    draft = Draft(
        title="Requête devant la Cour européenne des droits de l'homme — projet",
        subtitle=(f"{case} · établi le {day_words(d.generated_on)} pour le formulaire officiel "
                  "de la Cour (les sections E à G se reportent sur le formulaire lui-même)"),
        level=d.level, header=case, lang="fr")
    draft.h1("A. La requérante" if _woman(d) else "A. Le requérant")
    names = ", ".join(n.full_name for n in c.names if n.full_name != name_of(d))
    sex = label(c.sex, "fr").lower() if c.sex and c.sex.value != "unknown" else ""
    draft.grid(("Rubrique", "Contenu"), [(k, v) for k, v in (
        ("Nom (écriture latine)", name_of(d)), ("Autres graphies", names), ("Sexe", sex),
        ("Date de naissance", day_words(c.birth)), ("Lieu de naissance", c.birth_place),
        ("Nationalité", c.citizenship), ("Lieu de détention actuel", held_now(c)),
    ) if v] or [("Rubrique", "rien n'est enregistré à ce niveau")], (0.32, 0.68))
    draft.h1("C. Représentant")
    r = d.extras.representative if d.extras else None
    if r is None:
        draft.para("Aucune coordonnée d'avocat dans les réglages du dossier (lawyer_name et les "
                   "suivants).", muted=True)
    else:
        draft.grid(("Rubrique", "Contenu"), [(k, v) for k, v in (
            ("Nom", r.name), ("Organisation", r.organisation), ("Adresse", r.address),
            ("Numéro d'inscription au barreau", r.bar_number), ("Téléphone", r.phone),
            ("Courriel", r.email)) if v], (0.32, 0.68))
    draft.h1("D. État contre lequel la requête est dirigée")
    draft.para(state)
    draft.h1(f"E. {FORM_TITLES['E']}")
    number = _numbered(draft, facts(a), 1)
    draft.h1(f"F. {FORM_TITLES['F']}")
    if not a.articles:
        draft.para("Aucun article de la Convention n'est enregistré sur la procédure devant la "
                   "CEDH.", muted=True)
    number = _numbered(draft, violations(a), number)
    draft.h1(f"G. {FORM_TITLES['G']}")
    draft.h2("Épuisement des voies de recours internes")
    number = _numbered(draft, admissibility(a), number)
    draft.h2("Le délai (article 35 § 1)")
    t = a.time_limit
    if t is None:
        draft.para(a.time_limit_note, muted=True)
    else:
        draft.para(f"Décision interne définitive{NB}: {day_words(t.trigger)}. Dernier jour pour "
                   f"introduire la requête{NB}: {day_words(t.due_on)} (règle {t.rule_id}). "
                   f"{a.time_limit_note}", bold=True)
        draft.bullets(list(t.steps))
        draft.para(f"Source{NB}: {t.source}", muted=True)
    draft.h2("Longueur au regard de l'espace du formulaire")
    draft.grid(("Section", "Mots", "Caractères", "Pages du formulaire (estimation) / prévues"),
               [(x.section, str(x.words), str(x.characters),
                 f"{format_decimal(x.estimated_pages)} / {x.pages_allowed}"
                 f"{' — dépassement' if x.over else ''}")
                for x in counts(a)], (0.16, 0.18, 0.22, 0.44))
    draft.para(f"{FORM_NOTES} {FORM_SPACE_SOURCE}", muted=True)
    draft.h1("H. Informations concernant d'autres procédures internationales")
    if a.other_international:
        draft.grid(("Organe", "Référence", "Introduite le", "Situation", "Issue"),
                   [(label(p.body, "fr"), p.reference,
                     format_date_short(p.lodged_on, "fr") if p.lodged_on else "",
                     label(p.status, "fr"), p.outcome)
                    for p in a.other_international], (0.16, 0.18, 0.16, 0.14, 0.36))
    else:
        draft.para("Aucune n'est enregistrée.", muted=True)
    previous = ", ".join(p.reference for p in a.previous_applications)
    draft.para("Requêtes antérieures ou pendantes devant la Cour\u00a0: "
               + (previous or "aucune n'est enregistrée") + ".")
    draft.h1("I. Liste des documents joints")
    if a.annexes:
        draft.grid(("N°", "Date", "Document", "Pages", "Fichier"),
                   [(str(x.number), format_date_short(x.on, "fr") if x.on else "",
                     x.document.title or x.document.filename,
                     f"{x.first_page}–{x.last_page}" if x.pages > 1 else str(x.first_page),
                     ", ".join(x.files)) for x in a.annexes],
                   (0.07, 0.14, 0.33, 0.11, 0.35))
    else:
        draft.para("Aucun document dans le bordereau des annexes.", muted=True)
    if warnings:
        draft.h1("Vérifications avant l'introduction")
        draft.bullets(list(warnings))
    return draft


__all__ = ["admissibility", "application_draft", "counts", "day_words", "facts", "state_name",
           "violations"]
