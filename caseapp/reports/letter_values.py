"""The values a letter is filled with: the placeholders every template may use
(:data:`PLACEHOLDERS`, with what they hold, also listed in docs/letter-placeholders.md, which a
test keeps in step) and their values for one captive from a dossier built at the template's
level (:func:`letter_context`), the greeting among them (:func:`salutation`).
"""

from __future__ import annotations

from datetime import date

from caseapp.domain.captive_rows import About, AtLeast
from caseapp.domain.cldr import format_time_zone
from caseapp.domain.clean_text import blank
from caseapp.domain.dto import ContactDTO, OrganisationDTO
from caseapp.domain.enums import NameKind, Script, Sex
from caseapp.domain.hearing_days import hearing_ahead
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import msg
from caseapp.domain.moot_hearings import custody_over, moot
from caseapp.domain.reports import DossierDTO
from caseapp.domain.stays import held_there_now
from caseapp.reports.texts import format_date, format_number, format_partial, label, status_label, t

# name -> what it holds. Every value is text; dates are written in the letter's language.
PLACEHOLDERS: dict[str, str] = {
    "today": "today's date, in the letter's language",
    "captive_name": "the captive's name in the letter's script (Armenian for hy, Cyrillic for "
                    "ru, Latin otherwise)",
    "captive_name_latin": "the captive's name in Latin letters",
    "captive_name_native": "the captive's primary (native) name",
    "captive_names_all": "every spelling of the captive's name, separated by semicolons",
    "captive_names_other": "every spelling of the captive's name other than the one "
                           "captive_name gives, separated by semicolons (may be empty: show it "
                           "under {%tr if captive_names_other %})",
    "captive_names_other_than_latin": "every spelling of the captive's name other than the one "
                                      "captive_name_latin gives, separated by semicolons (may "
                                      "be empty, like captive_names_other)",
    "captive_birth_date": "date of birth (to the precision known)",
    "captive_birth_place": "place of birth",
    "captive_citizenship": "citizenship",
    "captive_category": "civilian, serviceman / prisoner of war, former official",
    "captive_status": "current status (missing, detained pre-trial, convicted…); a woman's "
                      "in the feminine where the language marks it (Russian «Осуждена»)",
    "captive_is_woman": "“yes” in the letter's language when the captive is recorded as a "
                        "woman, else empty: under {% if captive_is_woman %} a template says "
                        "her in the feminine (Russian «моей доверительницы»)",
    "capture_date": "date of capture (to the precision known)",
    "capture_place": "place of capture",
    "capturing_authority": "authority that captured or arrested the captive",
    "capture_circumstances": "circumstances of the capture",
    "days_in_custody": ("whole days in custody since the capture (since the first detention "
                        "order when the capture date is unknown), a release up to a re-arrest "
                        "not counted; counted from what the letter's level shows; “at least …” "
                        "when the capture date is known only to its month or year, or unknown"),
    "detention_place": "current place of detention (facility)",
    "detention_address": "address for letters of the current place of detention",
    "case_number": "number(s) of the criminal case(s)",
    "investigating_body": "investigating body of the criminal case(s)",
    "court": "court of the criminal case(s)",
    "charges": "charges, article by article",
    "no_proceedings_known": "“yes” in the letter's language when the case file records no "
                            "criminal case of the captive, at any level, and the captive is "
                            "missing or held with no charge known; else empty: under "
                            "{%tr if not no_proceedings_known %} a template shows the case, the "
                            "court and the charges (asked for only then), else says none is known",
    "next_hearing": "date and time of the next hearing",
    "last_contact_date": "date of the last confirmed contact (proof of life)",
    "health": "health and treatment",
    "current_asks": "what is asked for the captive now",
    "key_facts": "key facts of the case",
    "echr_reference": "ECHR application number(s)",
    "wgad_reference": "reference(s) of the communication(s) to the UN WGAD",
    "respondent_state": "the State an application or communication is directed against "
                        "(not in the case file: give it with --set)",
    "recipient_name": "the addressee (contact, else organisation)",
    "salutation": "the greeting line in the letter's language: the contact by name, or the "
                  "organisation's staff when the letter is addressed to an organisation alone "
                  "(\"Dear Sir or Madam,\", \"Уважаемые господа!\")",
    "recipient_block": "the addressee's name, role, organisation and address, over several lines",
    "recipient_email": "the addressee's e-mail",
    "lawyer_name": "the lawyer's name, in Armenian letters for hy and Cyrillic for ru letters "
                   "when recorded (settings: CASEAPP_LAWYER_NAME, CASEAPP_LAWYER_NAME_HY, "
                   "CASEAPP_LAWYER_NAME_RU)",
    "lawyer_organisation": "the lawyer's firm or organisation (CASEAPP_LAWYER_ORGANISATION)",
    "lawyer_address": "the lawyer's postal address on one line (CASEAPP_LAWYER_ADDRESS)",
    "lawyer_bar_number": "the lawyer's bar registration number (CASEAPP_LAWYER_BAR_NUMBER)",
    "lawyer_phone": "the lawyer's phone (CASEAPP_LAWYER_PHONE)",
    "lawyer_email": "the lawyer's e-mail (CASEAPP_LAWYER_EMAIL)",
    "lawyer_city": "the city the lawyer signs in (CASEAPP_LAWYER_CITY)",
    "lawyer_block": "the lawyer's name, organisation, address, bar number, phone and e-mail, "
                    "over several lines",
}


def _name_in(dossier: DossierDTO, lang: str) -> str:
    """Armenian for hy and Cyrillic for ru letters when recorded; otherwise the one Latin
    headline name (:func:`caseapp.domain.name_display.latin_display_name`)."""
    c = dossier.captive
    script = {"hy": Script.ARMENIAN, "ru": Script.CYRILLIC}.get(lang)
    for n in c.names:
        if script is not None and n.script is script and n.kind is not NameKind.ALIAS:
            return n.full_name
    return c.latin_name or c.primary_name


def _spellings_other_than(dossier: DossierDTO, shown: str) -> str:
    """The captive's recorded spellings other than ``shown`` (and each only once)."""
    def key(name: str) -> str:
        return " ".join(name.split()).casefold()

    seen = {key(shown)}
    others = []
    for n in dossier.captive.names:
        if n.full_name.strip() and key(n.full_name) not in seen:
            seen.add(key(n.full_name))
            others.append(n.full_name.strip())
    return "; ".join(others)


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def salutation(lang: str, *, person: str, organisation: str) -> str:
    """The letter's greeting: a person by name; an organisation alone is greeted as its staff
    (a ministry cannot be "Уважаемый(-ая)"); "" with no addressee, so that the letter asks
    for one (also for a name or an organisation that shows nothing: "Dear ," asks nothing)."""
    if not blank(person):
        return t("salutation_person", lang, name=person.strip())
    return t("salutation_organisation", lang) if not blank(organisation) else ""


def letter_context(dossier: DossierDTO, *, lang: str, lawyer: LawyerProfile, today: date,
                   recipient: ContactDTO | None = None,
                   organisation: OrganisationDTO | None = None,
                   no_proceedings: bool = False) -> dict[str, str]:
    """The values of :data:`PLACEHOLDERS` for one captive, from a dossier built at the
    template's level (so nothing above it can reach the letter). ``no_proceedings``: the whole
    case file knows of no criminal case of the captive (``no_proceedings_known``)."""
    c = dossier.captive
    open_places = [p for p in dossier.detention_places if p.to_date is None]
    # the current place: none once custody is over, even with a stay left open
    place = open_places[-1] if open_places and held_there_now(c.status) else None
    ps = dossier.prosecutions

    def joined(values: list[str]) -> str:
        return "; ".join(dict.fromkeys(v for v in values if v))

    charges = []
    for p in ps:
        for ch in p.charges:
            art = t("article", lang, a=ch.article + (f"({ch.part})" if ch.part else ""))
            charges.append(" ".join(x for x in (ch.code, art) if x)
                           + (f" ({ch.title})" if ch.title else ""))
    over = custody_over(c.status, c.status_since)  # a custody hearing after it is moot
    upcoming = [h for h in dossier.hearings if hearing_ahead(h.starts_at, today)
                and not moot(h.kind, h.starts_at.date(), over, state=h.state)]
    next_hearing = ""
    if upcoming:
        h = upcoming[0]
        next_hearing = f"{format_date(h.starts_at, lang)}, {format_time_zone(h.starts_at, lang)}"
    filings = dossier.international_proceedings
    org = organisation
    recipient_name = recipient.name if recipient else org.name if org else ""
    return {
        "today": format_date(today, lang),
        "captive_name": _name_in(dossier, lang),
        "captive_name_latin": c.latin_name,
        "captive_name_native": c.primary_name,
        "captive_names_all": "; ".join(n.full_name for n in c.names),
        "captive_names_other": _spellings_other_than(dossier, _name_in(dossier, lang)),
        "captive_names_other_than_latin": _spellings_other_than(dossier, c.latin_name),
        "captive_birth_date": format_partial(c.birth, lang),
        "captive_birth_place": c.birth_place,
        "captive_citizenship": c.citizenship,
        "captive_category": label(c.category, lang) if c.category else "",
        "captive_status": status_label(c.status, lang, c.sex) if c.status else "",
        "captive_is_woman": msg("yes").render(lang) if c.sex is Sex.FEMALE else "",
        "capture_date": format_partial(c.capture, lang),
        "capture_place": c.capture_place,
        "capturing_authority": c.capturing_authority,
        "capture_circumstances": c.capture_circumstances,
        "days_in_custody": ("" if c.days_in_custody is None
                            # a capture known to its month or year (its last day), or none
                            else t("at_least", lang, n=format_number(c.days_in_custody, lang))
                            if isinstance(c.days_in_custody, AtLeast)
                            # a capture known only approximately
                            else t("about_n", lang, n=format_number(c.days_in_custody, lang))
                            if isinstance(c.days_in_custody, About)
                            else format_number(c.days_in_custody, lang)),
        "detention_place": place.facility if place else "",
        "detention_address": place.address if place else "",
        "case_number": joined([p.case_number for p in ps]),
        "investigating_body": joined([p.investigating_body for p in ps]),
        "court": joined([p.court for p in ps]),
        "charges": "; ".join(charges),
        "no_proceedings_known": msg("yes").render(lang) if no_proceedings and not ps else "",
        "next_hearing": next_hearing,
        "last_contact_date": format_date(dossier.last_contact, lang),
        "health": c.health,
        "current_asks": c.current_asks,
        "key_facts": c.summary,
        "echr_reference": joined([f.reference for f in filings if f.body.value == "echr"]),
        "wgad_reference": joined([f.reference for f in filings if f.body.value == "wgad"]),
        "respondent_state": "",
        "recipient_name": recipient_name,
        "salutation": salutation(lang, person=recipient.name if recipient else "",
                                 organisation=org.name if org else ""),
        "recipient_block": _lines(
            recipient.name + (f", {recipient.role}" if recipient.role else "") if recipient else "",
            org.name if org else "",
            (recipient.address if recipient and recipient.address else org.address if org else "")),
        "recipient_email": (recipient.email if recipient and recipient.email
                            else org.email if org else ""),
        "lawyer_name": lawyer.name_for(lang),
        "lawyer_organisation": lawyer.organisation,
        "lawyer_address": ", ".join(x.strip() for x in lawyer.address.splitlines() if x.strip()),
        "lawyer_bar_number": lawyer.bar_number,
        "lawyer_phone": lawyer.phone,
        "lawyer_email": lawyer.email,
        "lawyer_city": lawyer.city,
        "lawyer_block": _lines(lawyer.name_for(lang), lawyer.organisation, lawyer.address,
                               t("bar_no", lang, n=lawyer.bar_number) if lawyer.bar_number else "",
                               " · ".join(x for x in (lawyer.phone, lawyer.email) if x)),
    }
