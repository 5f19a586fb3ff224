"""The words of the filing drafts (the ECHR application, the Rule 39 request and its fax
cover, the UN working groups' drafts) in the two languages the Court and the UN bodies work
in: English and French (:data:`WORDS`, one entry per key in each; the ECHR application's in
:mod:`caseapp.reports.filing_words_echr`), and the dates, times and names as each of them
writes them.

One module writes each draft in both languages (:mod:`caseapp.reports.filing_echr`,
:mod:`caseapp.reports.filing_forms`) and asks here for its words; a test keeps the two
languages' keys and placeholders the same. These words are kept
apart from the documents' catalogue (:mod:`caseapp.reports.texts`) and the messages'
(``resources/translations/messages``) because both of those hold every entry in Armenian and
Russian too, and these drafts are never written in either: the Court and the UN bodies take
them in English or French only.

French as docs/glossary.md says it: *mesure provisoire*, *article 39 du règlement de la Cour*,
*requérant* / *requérante* (agreeing with the applicant), *Gouvernement défendeur*, the UN
working groups' French names and questionnaire headings (A/HRC/36/38, A/HRC/WGEID/102/2). The
French terms await a French-speaking lawyer's review (docs/glossary.md): a draft is a draft.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from caseapp.domain.cldr import format_date_full
from caseapp.domain.enums import CaptiveCategory, DatePrecision
from caseapp.domain.filing import right_of
from caseapp.domain.strasbourg import long_day
from caseapp.reports import filing_words_echr as echr
from caseapp.reports.texts import format_date, format_date_short, format_month_year, label

FILING_LANGUAGES = ("en", "fr")
NB = "\u00a0"  # French puts a no-break space before « : ; » and inside « guillemets »

EN: dict[str, str] = {
    "not_recorded": "Not recorded in the case file at this level.",
    "field": "Field", "answer": "Answer",
    # Rule 39
    "rule39": "Rule 39 – Urgent",
    "rule39_subtitle": "Request for an interim measure: {case} · to reach the Court on {when}",
    "case": "{name} v. {state}",
    "at_strasbourg_time": "{day} at {time} Strasbourg time",
    "by_fax": "By fax or post, not by e-mail. Telephone the Registry in advance where the risk "
              "is imminent.",
    "r39_parties": "1. The applicant and the representative",
    "applicant": "Applicant", "respondent_state": "Respondent State",
    "place_now": "Current place of detention", "echr_application": "ECHR application",
    "contact_person": "Contact person", "telephone": "Telephone", "fax": "Fax",
    "r39_risk": "2. The imminent risk of irreparable harm",
    "held_since": "The applicant has been held since {day}.",
    "held_since_at": "The applicant has been held since {day}, now at {place}.",
    "last_contact": "The last confirmed contact with the applicant was on {day}.",
    "r39_measure": "3. The measure asked for",
    "r39_steps": "4. Domestic decisions and steps taken (latest)",
    "r39_documents": "5. Documents enclosed",
    "default_ask": "The applicant asks the Court to indicate to the Government of {state}, under "
                   "Rule 39 of the Rules of Court, that the applicant be given adequate medical "
                   "care, that {own} lawyer and the ICRC be given access, and that the "
                   "Government inform the Court of the applicant's whereabouts and state of "
                   "health.",
    "own_male": "his", "own_female": "her", "own_unknown": "his or her",
    "present_asks": "The applicant's present requests: {asks}",
    # the fax cover
    "fax_cover": "Fax cover sheet",
    "to": "To", "to_court": "European Court of Human Rights, Registry — Interim measures "
                            "(Rule 39)",
    "from": "From", "contact_now": "Contact person (reachable now)",
    "sender_fax": "Fax of the sender", "sent": "Sent", "concerning": "Concerning",
    "pages": "Pages (this one included)", "number": "________",  # filled in by hand
    "what_asked": "What is asked", "why_urgent": "Why it is urgent",
    # the domestic steps
    "appeal_step": "Appeal against the detention order of {order} lodged on {day}",
    "hearing_step": "{hearing} of {day}",
    "hearing": "Hearing",
    "step_to": " to {addressee}",
    "earlier_one": "(1 earlier step is in the case file.)",
    "earlier_other": "({count} earlier steps are in the case file.)",
    "place_from_to": "{place} (from {start} to {end})",
    "place_current": "{place} (from {start}, current)",
    "place_from": "{place} (from {start})",  # left open once custody ended on a day not known
    "order": "{court}, {day} (until {until})", "a_court": "a court",
    "charge": "Article {article}", "charge_part": " part {part}", "charge_code": " of the {code}",
    # the UN drafts: identity
    "full_name": "Full name (Latin script)", "all_names": "Names in every script",
    "sex": "Sex", "birth_date": "Date of birth", "birth_place": "Place of birth",
    "nationality": "Nationality", "identity_documents": "Identity documents",
    "category": "Category",
    # WGAD
    "wgad_title": "Working Group on Arbitrary Detention — communication (draft)",
    "wgad_subtitle": "{name} · {state} · model questionnaire", "wgad_header": "WGAD · {name}",
    "wgad_identity": "I. Identity", "residence": "Address of usual residence",
    "wgad_arrest": "II. Arrest", "arrest_date": "Date of arrest", "arrest_place": "Place of arrest",
    "arrest_forces": "Forces who carried out the arrest", "warrant": "Warrant or decision shown",
    "warrant_authority": "Authority who issued it", "legislation": "Legislation applied",
    "wgad_detention": "III. Detention", "detention_date": "Date of detention",
    "duration": "Duration of detention", "days_on_one": "1 day on {day}",
    "days_on_other": "{count} days on {day}",
    "days_on_at_least": "at least {count} days on {day} (the date of arrest is known only "
                        "as {known})",
    "days_on_about": "about {count} days on {day} (the date of arrest is approximate)",
    "holding_forces": "Forces holding the detainee",
    "places": "Places of detention (transfers, present place)",
    "ordering_authorities": "Authorities that ordered the detention",
    "reasons": "Reasons given by the authorities",
    "wgad_circumstances": "IV. Circumstances of the arrest and detention",
    "wgad_arbitrary": "V. Why the deprivation of liberty is arbitrary",
    "wgad_categories": "[State under which of the Working Group's categories (I–V) the "
                       "deprivation of liberty falls, and why.]",
    "wgad_remedies": "VI. Domestic remedies and other steps taken",
    "wgad_source_heading": "Person or organisation submitting the information",
    "submitted_by": "Submitted by", "consent": "Consent",
    "power_of_attorney": "power of attorney on file",
    "family_consents": "the family consents to this submission",
    "wgad_source": "WGAD, model questionnaire to be completed by persons alleging arbitrary "
                   "arrest or detention (annexed to its methods of work, A/HRC/36/38): sections "
                   "I–VI and the source.",
    # WGEID
    "wgeid_title": "Working Group on Enforced or Involuntary Disappearances — case (draft)",
    "wgeid_subtitle": "{name} · {state}", "wgeid_header": "WGEID · {name}",
    "wgeid_a": "(a) The missing person", "wgeid_b": "(b) Date of the disappearance",
    "wgeid_c": "(c) Place of arrest or abduction, or where last seen",
    "places_reported": "Places of detention reported: {places}.",
    "wgeid_d": "(d) Persons believed to be responsible",
    "wgeid_e": "(e) Steps taken to locate the person",
    "last_contact_short": "Last confirmed contact: {day}.",
    "wgeid_f": "(f) Source of the information",
    "family_consent": "Consent of the family", "confidentiality": "Confidentiality",
    "confidentiality_note": "[say whether the source's identity is to be kept confidential]",
    "wgeid_source": "WGEID, methods of work (A/HRC/WGEID/102/2): the minimum elements a case "
                    "needs — (a) full name, (b) date of disappearance, (c) place, (d) the "
                    "persons believed to be responsible, (e) the steps taken to locate the "
                    "person, (f) the source; submitted by the family or with its consent.",
}

FR: dict[str, str] = {
    "not_recorded": "Non enregistré dans le dossier à ce niveau.",
    "field": "Rubrique", "answer": "Réponse",
    # l'article 39 (la Cour demande la mention « Article 39 – Urgent » en français)
    "rule39": "Article 39 – Urgent",
    "rule39_subtitle": f"Demande de mesure provisoire{NB}: {{case}} · parvenant à la Cour le "
                       "{when}",
    "case": "{name} c. {state}",
    "at_strasbourg_time": "{day} à {time}, heure de Strasbourg",
    "by_fax": "Par télécopie ou par courrier, non par courriel. Prévenir le greffe par "
              "téléphone lorsque le risque est imminent.",
    "r39_parties": "1. {applicant_cap} et son représentant",
    "applicant": "{applicant_cap}", "respondent_state": "État défendeur",
    "place_now": "Lieu de détention actuel", "echr_application": "Requête devant la Cour",
    "contact_person": "Personne à contacter", "telephone": "Téléphone", "fax": "Télécopie",
    "r39_risk": "2. Le risque imminent de dommage irréparable",
    "held_since": "{applicant_cap} est détenu{e} depuis le {day}.",
    "held_since_at": "{applicant_cap} est détenu{e} depuis le {day}, actuellement à {place}.",
    "last_contact": "Le dernier contact confirmé avec {applicant} date du {day}.",
    "r39_measure": "3. La mesure demandée",
    "r39_steps": "4. Décisions internes et démarches entreprises (les plus récentes)",
    "r39_documents": "5. Documents joints",
    "default_ask": "{applicant_cap} demande à la Cour d’indiquer au Gouvernement défendeur "
                   "({state}), en vertu de l’article 39 du règlement de la Cour, que "
                   "{applicant} reçoive des soins médicaux appropriés, que {own} avocat et le "
                   "CICR puissent {pronoun} rencontrer, et que le Gouvernement informe la Cour "
                   "du lieu où se trouve {applicant} et de son état de santé.",
    "own_male": "son", "own_female": "son", "own_unknown": "son",
    "present_asks": f"Demandes actuelles {{of_applicant}}{NB}: {{asks}}",
    # le bordereau de télécopie
    "fax_cover": "Page de garde de télécopie",
    "to": "Destinataire", "to_court": "Cour européenne des droits de l’homme, greffe — "
                                      "Mesures provisoires (article 39)",
    "from": "Expéditeur", "contact_now": "Personne à contacter (joignable immédiatement)",
    "sender_fax": "Télécopie de l’expéditeur", "sent": "Envoi", "concerning": "Objet",
    "pages": "Nombre de pages (celle-ci comprise)", "number": "________",  # rempli à la main
    "what_asked": "Ce qui est demandé", "why_urgent": "Motifs de l’urgence",
    # les démarches internes
    "appeal_step": "Appel contre l’ordonnance de détention du {order} formé le {day}",
    "hearing_step": "{hearing} du {day}",
    "hearing": "Audience",
    "step_to": " ({addressee})",
    "earlier_one": "(1 démarche antérieure figure au dossier.)",
    "earlier_other": "({count} démarches antérieures figurent au dossier.)",
    "place_from_to": "{place} (du {start} au {end})",
    "place_current": "{place} (depuis le {start}, lieu actuel)",
    "place_from": "{place} (à partir du {start})",
    "order": "{court}, {day} (jusqu’au {until})", "a_court": "un tribunal",
    "charge": "article {article}", "charge_part": ", partie {part}", "charge_code": ", {code}",
    # l'identité
    "full_name": "Nom complet (écriture latine)", "all_names": "Noms dans toutes les écritures",
    "sex": "Sexe", "birth_date": "Date de naissance", "birth_place": "Lieu de naissance",
    "nationality": "Nationalité", "identity_documents": "Pièces d’identité",
    "category": "Catégorie",
    # le Groupe de travail sur la détention arbitraire
    "wgad_title": "Groupe de travail sur la détention arbitraire — communication (projet)",
    "wgad_subtitle": "{name} · {state} · questionnaire type", "wgad_header": "GTDA · {name}",
    "wgad_identity": "I. Identité", "residence": "Adresse du domicile habituel",
    "wgad_arrest": "II. Arrestation", "arrest_date": "Date de l’arrestation",
    "arrest_place": "Lieu de l’arrestation",
    "arrest_forces": "Forces ayant procédé à l’arrestation",
    "warrant": "Mandat ou décision présenté", "warrant_authority": "Autorité qui l’a délivré",
    "legislation": "Législation appliquée",
    "wgad_detention": "III. Détention", "detention_date": "Date de la détention",
    "duration": "Durée de la détention", "days_on_one": "1 jour au {day}",
    "days_on_other": "{count} jours au {day}",
    "days_on_at_least": "au moins {count} jours au {day} (la date de l’arrestation n’est connue "
                        "que comme {known})",
    "days_on_about": "environ {count} jours au {day} (la date de l’arrestation est "
                     "approximative)",
    "holding_forces": "Forces qui détiennent la personne",
    "places": "Lieux de détention (transferts, lieu actuel)",
    "ordering_authorities": "Autorités ayant ordonné la détention",
    "reasons": "Motifs invoqués par les autorités",
    "wgad_circumstances": "IV. Circonstances de l’arrestation et de la détention",
    "wgad_arbitrary": "V. Raisons pour lesquelles la privation de liberté est arbitraire",
    "wgad_categories": "[Indiquer de quelle catégorie (I à V) du Groupe de travail relève la "
                       "privation de liberté, et pourquoi.]",
    "wgad_remedies": "VI. Recours internes et autres démarches entreprises",
    "wgad_source_heading": "Personne ou organisation qui soumet les informations",
    "submitted_by": "Soumis par", "consent": "Consentement",
    "power_of_attorney": "procuration au dossier",
    "family_consents": "la famille consent à cette communication",
    "wgad_source": f"GTDA, questionnaire type à remplir par les personnes alléguant une "
                   f"arrestation ou une détention arbitraire (annexé à ses méthodes de travail, "
                   f"A/HRC/36/38){NB}: sections I à VI et la source.",
    # le Groupe de travail sur les disparitions forcées ou involontaires
    "wgeid_title": "Groupe de travail sur les disparitions forcées ou involontaires — cas "
                   "(projet)",
    "wgeid_subtitle": "{name} · {state}", "wgeid_header": "GTDFI · {name}",
    "wgeid_a": f"a){NB}La personne disparue", "wgeid_b": f"b){NB}Date de la disparition",
    "wgeid_c": f"c){NB}Lieu de l’arrestation ou de l’enlèvement, ou lieu où la personne a été "
               "vue pour la dernière fois",
    "places_reported": f"Lieux de détention signalés{NB}: {{places}}.",
    "wgeid_d": f"d){NB}Personnes présumées responsables",
    "wgeid_e": f"e){NB}Mesures prises pour retrouver la personne",
    "last_contact_short": f"Dernier contact confirmé{NB}: {{day}}.",
    "wgeid_f": f"f){NB}Source des informations",
    "family_consent": "Consentement de la famille", "confidentiality": "Confidentialité",
    "confidentiality_note": "[indiquer si l’identité de la source doit rester confidentielle]",
    "wgeid_source": f"GTDFI, méthodes de travail (A/HRC/WGEID/102/2){NB}: les éléments "
                    f"minimaux d’un cas — a){NB}nom complet, b){NB}date de la disparition, "
                    f"c){NB}lieu, d){NB}personnes présumées responsables, e){NB}mesures prises "
                    f"pour retrouver la personne, f){NB}source{NB}; soumis par la famille ou avec "
                    "son consentement.",
}

assert not set(EN) & set(echr.EN), set(EN) & set(echr.EN)
WORDS = {"en": {**EN, **echr.EN}, "fr": {**FR, **echr.FR}}
# Placeholders French fills that English does not need: the applicant as French names them,
# agreeing with the applicant (« le requérant », « la requérante », « détenue »).
FRENCH_ONLY = {"applicant", "applicant_cap", "of_applicant", "e", "pronoun"}
LEFT_OUT_IN_FRENCH = echr.LEFT_OUT_IN_FRENCH
CATEGORY_KEYS = {CaptiveCategory.CIVILIAN: "cat_civilian",
                 CaptiveCategory.SERVICEMAN: "cat_serviceman",
                 CaptiveCategory.FORMER_OFFICIAL: "cat_former_official"}


def day_words(value: object, lang: str = "en") -> str:
    """A date, or a partial one, in words: "12 March 2024", "March 2024", "2024", "about
    12 March 2024"; in French « 12 mars 2024 », « mars 2024 », « 2024 », « vers le 12 mars
    2024 »."""
    if value is None:
        return ""
    precision = getattr(value, "precision", None)
    day: date = getattr(value, "value", value)  # type: ignore[arg-type]
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if lang == "fr":
        if precision is DatePrecision.MONTH:
            return format_month_year(day, "fr")
        text = format_date(day, "fr")
        return f"vers le {text}" if precision is DatePrecision.APPROXIMATE else text
    if precision is DatePrecision.MONTH:
        return long_day(day).split(" ", 2)[2]
    prefix = "about " if precision is DatePrecision.APPROXIMATE else ""
    return f"{prefix}{long_day(day).split(' ', 1)[1]}"


def on_words(value: object, lang: str = "en") -> str:
    """"on 12 March 2024", "in March 2024", "in 2024", "on or about 12 March 2024" (the
    pleading's words for a day not known for certain); in French « le 12 mars 2024 »,
    « en mars 2024 », « en 2024 », « vers le 12 mars 2024 »."""
    precision = getattr(value, "precision", None)
    vague = precision in (DatePrecision.YEAR, DatePrecision.MONTH)
    if lang == "fr":
        if precision is DatePrecision.APPROXIMATE:
            return day_words(value, lang)
        return f"{'en' if vague else 'le'} {day_words(value, lang)}"
    if precision is DatePrecision.APPROXIMATE:
        return f"on or {day_words(value)}"
    return f"{'in' if vague else 'on'} {day_words(value)}"


class Words:
    """The drafts' words in ``lang`` ("en" or "fr"), said of the applicant ``woman`` or not."""

    def __init__(self, lang: str, *, woman: bool = False) -> None:
        self.lang = lang if lang in WORDS else "en"
        self.woman = woman
        self.french = self.lang == "fr"

    def __call__(self, key: str, **values: object) -> str:
        text = WORDS[self.lang][key]
        if self.french and self.woman:
            text = echr.FR_OF_A_WOMAN.get(key, text)
        if self.french:
            who = "la requérante" if self.woman else "le requérant"
            values = {"applicant": who, "applicant_cap": who[:1].upper() + who[1:],
                      "of_applicant": "de la requérante" if self.woman else "du requérant",
                      "e": "e" if self.woman else "", "pronoun": "la" if self.woman else "le",
                      **values}
        return text.format(**values)

    def day(self, value: object) -> str:
        """A date or a partial one in words: "12 March 2024" / « 12 mars 2024 »."""
        return day_words(value, self.lang)

    def on(self, value: object) -> str:
        """"on 12 March 2024" / « le 12 mars 2024 », "in 2024" / « en 2024 »."""
        return on_words(value, self.lang)

    def when(self, moment: datetime) -> str:
        """When a request reaches the Court: "Thursday 3 December 2026 at 11:00 Strasbourg
        time" / « jeudi 3 décembre 2026 à 11 h 00, heure de Strasbourg »."""
        if self.french:
            return self("at_strasbourg_time", day=format_date_full(moment.date(), "fr"),
                        time=f"{moment:%H} h {moment:%M}")
        return self("at_strasbourg_time", day=long_day(moment.date()), time=f"{moment:%H:%M}")

    def state(self, state: str) -> str:
        """The respondent State in the draft's language (« Azerbaïdjan »)."""
        return echr.STATES_FR.get(state, state) if self.french else state

    def category(self, category: Enum | None) -> str:
        """"a civilian" / « civil », « civile »; nothing for another category."""
        key = CATEGORY_KEYS.get(category) if isinstance(category, CaptiveCategory) else None
        return self(key) if key else ""

    def right(self, article: str) -> str:
        """The right an article of the Convention guarantees, as the language titles it."""
        if self.french:
            return echr.RIGHTS_FR.get(article.split("§")[0].strip(), "")
        return right_of(article)

    def hearing_words(self, event: object) -> str:
        """A hearing of a kind in the middle of a sentence: "detention extension hearing"
        ("hearing" said once) / « audience (prolongation de la détention) »."""
        if self.french:
            kind = label(event, "fr") if isinstance(event, Enum) else str(event).replace("_", " ")
            kind = kind[:1].lower() + kind[1:]
            return kind if kind.startswith("audience") else f"audience ({kind})"
        kind = (label(event, "en") if isinstance(event, Enum)
                else str(getattr(event, "value", event)).replace("_", " "))
        return (kind if kind.lower().endswith("hearing") else f"{kind} hearing").lower()

    def article(self, hearing: str) -> str:
        """The indefinite article before a hearing's words: "A", "An" / « Une » (audience)."""
        if self.french:
            return "Une"
        return "An" if hearing[:1] in "aeiou" else "A"

    @property
    def separator(self) -> str:
        """Between the items of a list: "; ", in French with a no-break space before the
        semicolon (« Chouchi ; Bakou », never « Chouchi; Bakou »)."""
        return f"{NB}; " if self.french else "; "

    def decimal(self, value: float) -> str:
        """« 0,9 » in French (a decimal comma), "0.9" in English."""
        return f"{value:.1f}".replace(".", ",") if self.french else str(value)

    def short_date(self, value: date) -> str:
        """A date in a table column: 2024-06-01 / « 01/06/2024 »."""
        return format_date_short(value, "fr") if self.french else value.isoformat()

    def value_name(self, value: Enum, *, body: bool = False) -> str:
        """A proceeding's body or status in a table: "UN HRC", "pending" / as French labels
        it."""
        if self.french:
            return label(value, "fr")
        return str(value.value).upper().replace("_", " ") if body else str(value.value)


__all__ = ["FILING_LANGUAGES", "FRENCH_ONLY", "LEFT_OUT_IN_FRENCH", "WORDS", "Words", "day_words",
           "on_words"]
