"""The words of the ECHR application draft in English and French (merged into
:data:`caseapp.reports.filing_words.WORDS`), and the French data it needs: the Convention's
articles under their French titles, the respondent States' French names, the French form's
notes.

French as docs/glossary.md says it: *requérant* (*requérante* of a woman), *État défendeur*,
*épuisement des voies de recours internes*, *délai* (Article 35 § 1). The French terms await a
French-speaking lawyer's review (docs/glossary.md): the draft is a draft.
"""

from __future__ import annotations

from caseapp.domain.strasbourg import FORM_NOTES, FORM_SPACE_SOURCE

NB = "\u00a0"

# The rights of the Convention and its Protocols, as the French text of the Convention
# titles its articles (the English ones: caseapp.domain.filing.CONVENTION_RIGHTS).
RIGHTS_FR = {
    "2": "droit à la vie",
    "3": "interdiction de la torture et des peines ou traitements inhumains ou dégradants",
    "5": "droit à la liberté et à la sûreté", "6": "droit à un procès équitable",
    "7": "pas de peine sans loi", "8": "droit au respect de la vie privée et familiale",
    "9": "liberté de pensée, de conscience et de religion", "10": "liberté d’expression",
    "13": "droit à un recours effectif", "14": "interdiction de discrimination",
    "18": "limitation de l’usage des restrictions aux droits", "34": "requêtes individuelles",
    "38": "examen contradictoire de l’affaire", "P1-1": "protection de la propriété",
    "P1-2": "droit à l’instruction", "P7-4": "droit à ne pas être jugé ou puni deux fois",
}
# The respondent States the case settings name (services.setting_values.PROCEDURES), in French;
# a State the lawyer typed is printed as typed.
STATES_FR = {"Azerbaijan": "Azerbaïdjan", "Armenia": "Arménie"}
FORM_NOTES_FR = ("CEDH, Notice pour remplir le formulaire de requête (2022/1), §§ 58 à 65\u00a0: "
                 "les faits, les griefs et le respect des critères de recevabilité doivent être "
                 "exposés dans l’espace prévu aux sections E, F et G, de sorte que la Cour puisse "
                 "statuer sur la requête sans consulter d’autres documents\u00a0; un document "
                 "complémentaire peut les développer sur 20 pages au plus (décisions et documents "
                 "joints non compris). Règlement de la Cour, article 47 § 1 d) à f) et § 2 a).")
FORM_SPACE_SOURCE_FR = ("L’espace du formulaire\u00a0: trois pages pour la section E, deux pour "
                        "la F et une pour la G, selon A. Tymofeyeva (dir.), European Court of "
                        "Human Rights in Action (2016), «\u00a0Common mistakes in filling in the "
                        "application form\u00a0». Vérifiez les cases du formulaire en vigueur "
                        "avant l’introduction.")

EN: dict[str, str] = {
    # section A and the draft's head
    "echr_title": "Application to the European Court of Human Rights — draft",
    "echr_subtitle": "{case} · prepared on {day} for the Court's official form (sections E–G "
                     "go on the form itself)",
    "sec_applicant": "A. The applicant",
    "value": "Value",
    "name_latin": "Name (Latin script)", "other_spellings": "Other spellings",
    "nothing_at_level": "nothing recorded at this level",
    # section C
    "sec_representative": "C. Representative",
    "no_lawyer": ("No lawyer's details are recorded in this case file: enter them in CaseApp "
                  "(Reports → Lawyer's Details…) and make the draft again."),
    "name": "Name", "organisation": "Organisation", "address": "Address",
    "bar_number": "Bar number", "email": "E-mail",
    # sections D to G
    "sec_state": "D. State against which the application is directed",
    "sec_facts": "E. Statement of the facts",
    "sec_violations": "F. Statement of alleged violation(s) of the Convention and relevant "
                      "arguments",
    "no_articles": "No Convention article is recorded on the ECHR proceedings.",
    "sec_admissibility": "G. Compliance with admissibility criteria",
    "exhaustion": "Exhaustion of domestic remedies",
    "time_limit": "The time limit (Article 35 § 1)",
    "time_limit_line": "Final domestic decision: {trigger}. Last day to lodge: {due} "
                       "(rule {rule}). {note}",
    "source": "Source: {source}",
    "length": "Length against the form's space",
    "col_section": "Section", "col_words": "Words", "col_characters": "Characters",
    "col_pages": "Form pages (estimate) / allowed", "over": " — over",
    "form_notes": f"{FORM_NOTES} {FORM_SPACE_SOURCE}",
    # sections H and I
    "sec_other": "H. Other international proceedings",
    "col_body": "Body", "col_reference": "Reference", "col_lodged": "Lodged",
    "col_status": "Status", "col_outcome": "Outcome",
    "none_recorded": "None recorded.",
    "previous": "Previous or pending applications before the Court: {previous}.",
    "previous_none": "none recorded",
    "sec_documents": "I. List of accompanying documents",
    "col_no": "No.", "col_date": "Date", "col_document": "Document", "pages_col": "Pages",
    "col_file": "File",
    "no_document": "No document in the bundle.",
    "checks": "Checks before filing",
    # section E: the facts
    "cat_civilian": "a civilian", "cat_serviceman": "a serviceman (prisoner of war)",
    "cat_former_official": "a former official",
    "born": "born {on}", "born_in": "in {place}", "national_of": "a national of {country}",
    "intro": "The applicant, {name}{who}, {held}.",
    "held_until": "was held by the authorities of {state}{until}",
    "held_missing": "has been missing since the capture and is believed to be held by the "
                    "authorities of {state}",
    "held_now": "is held by the authorities of {state}",
    "until_day": " until {day}",
    "captured": "The applicant was captured {on}{at}{by}.",
    "at_place": " at {place}", "by_whom": " by {whom}",
    "proceedings": "Criminal proceedings were brought against the applicant{case}{by}{charges}",
    "in_case": " in case no. {number}", "charges_under": ": charges under {charges}.",
    "full_stop": ".", "charge_separator": "; ",
    "on_day_event": "On {day}, {event}",
    "ev_captured": "the applicant was captured{at}.",
    "ev_status": "the applicant's status became “{status}”{detail}.",
    "ev_moved_to": "the applicant was taken to {place}.", "ev_left": "the applicant left {place}.",
    "a_place": "a place of detention",
    "ev_ordered": "the applicant's detention was ordered{by}{until}.",
    "ev_extended": "the applicant's detention was extended{by}{until}.",
    "ev_detail": ": {detail}",
    "scheduled": "{article} {hearing} is scheduled for {day}{before}.",
    "before_court": " before {court}",
    "cancelled": "The {hearing}{before} set for {day} was cancelled.",
    "adjourned": "The {hearing}{before} set for {day} was adjourned{to}.",
    "to_day": " to {day}",
    "health": "The applicant's health: {health}",
    # sections F and G
    "violation": "Article {article} of the Convention{right}: [state how the facts in section "
                 "E breach this provision].",
    "decision": "{what}{court}, {day}{outcome}", "decision_court": " of {court}",
    "in_time": "The final domestic decision was given on {trigger}. The application is lodged "
               "within the time limit of Article 35 § 1 of the Convention, which ends on {due}.",
    "out_of_time": "The final domestic decision was given on {trigger}; the time limit counted "
                   "from it ended on {due}. [Explain why the application is nonetheless in "
                   "time: a continuing situation, or a later final decision.]",
    # A final decision known only to its month or year: the earliest end of its days.
    "in_time_uncertain": "The final domestic decision was given in {trigger}; its day is not "
                         "known. The time limit of Article 35 § 1 of the Convention ends on "
                         "{due} at the earliest: the application is lodged by then.",
    "out_of_time_uncertain": "The final domestic decision was given in {trigger}; its day is "
                             "not known. The time limit counted from it ended on {due} at the "
                             "earliest. [Establish the day, or explain why the application is "
                             "nonetheless in time: a continuing situation, or a later final "
                             "decision.]",
    # The domestic decisions listed (services.filing_echr.domestic_decisions).
    "decided_detention_extension": "Decision extending the detention",
    "decided_verdict": "Verdict", "decided_appeal": "Appellate decision",
    "decided_cassation": "Cassation decision (final)",
    "order_initial_until": "Detention order (until {day})",
    "order_extension_until": "Order extending the detention (until {day})",
    "appeal_against_order": "Appeal lodged against the order of {day}",
}

FR: dict[str, str] = {
    "echr_title": "Requête devant la Cour européenne des droits de l’homme — projet",
    "echr_subtitle": "{case} · établi le {day} pour le formulaire officiel de la Cour (les "
                     "sections E à G se reportent sur le formulaire lui-même)",
    "sec_applicant": "A. {applicant_cap}",
    "value": "Contenu",
    "name_latin": "Nom (écriture latine)", "other_spellings": "Autres graphies",
    "nothing_at_level": "rien n’est enregistré à ce niveau",
    "sec_representative": "C. Représentant",
    "no_lawyer": ("Aucune coordonnée d’avocat n’est enregistrée dans ce dossier : "
                  "saisissez les coordonnées de l’avocat dans CaseApp, puis refaites le "
                  "projet."),
    "name": "Nom", "organisation": "Organisation", "address": "Adresse",
    "bar_number": "Numéro d’inscription au barreau", "email": "Courriel",
    "sec_state": "D. État contre lequel la requête est dirigée",
    "sec_facts": "E. Exposé des faits",
    "sec_violations": "F. Exposé de la ou des violation(s) alléguée(s) de la Convention et des "
                      "arguments pertinents",
    "no_articles": "Aucun article de la Convention n’est enregistré sur la procédure devant la "
                   "CEDH.",
    "sec_admissibility": "G. Respect des critères de recevabilité",
    "exhaustion": "Épuisement des voies de recours internes",
    "time_limit": "Le délai (article 35 § 1)",
    "time_limit_line": f"Décision interne définitive{NB}: {{trigger}}. Dernier jour pour "
                       f"introduire la requête{NB}: {{due}} (règle {{rule}}). {{note}}",
    "source": f"Source{NB}: {{source}}",
    "length": "Longueur au regard de l’espace du formulaire",
    "col_section": "Section", "col_words": "Mots", "col_characters": "Caractères",
    "col_pages": "Pages du formulaire (estimation) / prévues", "over": " — dépassement",
    "form_notes": f"{FORM_NOTES_FR} {FORM_SPACE_SOURCE_FR}",
    "sec_other": "H. Informations concernant d’autres procédures internationales",
    "col_body": "Organe", "col_reference": "Référence", "col_lodged": "Introduite le",
    "col_status": "Situation", "col_outcome": "Issue",
    "none_recorded": "Aucune n’est enregistrée.",
    "previous": f"Requêtes antérieures ou pendantes devant la Cour{NB}: {{previous}}.",
    "previous_none": "aucune n’est enregistrée",
    "sec_documents": "I. Liste des documents joints",
    "col_no": "N°", "col_date": "Date", "col_document": "Document", "pages_col": "Pages",
    "col_file": "Fichier",
    "no_document": "Aucun document dans le bordereau des annexes.",
    "checks": "Vérifications avant l’introduction",
    "cat_civilian": "civil", "cat_serviceman": "militaire (prisonnier de guerre)",
    "cat_former_official": "ancien responsable public",
    "born": "né{e} {on}", "born_in": "à {place}", "national_of": "de nationalité {country}",
    "intro": "{applicant_cap}, {name}{who}, {held}.",
    "held_until": "a été détenu{e} par les autorités de l’État défendeur{until}",
    "held_missing": "a disparu depuis sa capture et serait détenu{e} par les autorités de "
                    "l’État défendeur",
    "held_now": "est détenu{e} par les autorités de l’État défendeur",
    "until_day": " jusqu’au {day}",
    "captured": "{applicant_cap} a été capturé{e} {on}{at}{by}.",
    "at_place": " à {place}", "by_whom": " par {whom}",
    "proceedings": "Une procédure pénale a été engagée contre {applicant}{case}{by}{charges}",
    "in_case": " dans l’affaire n° {number}",
    "charges_under": f"{NB}: chefs d’accusation au titre de l’{{charges}}.",
    "full_stop": ".", "charge_separator": f"{NB}; ",
    "on_day_event": "Le {day}, {event}",
    "ev_captured": "{applicant} a été capturé{e}{at}.",
    "ev_status": f"la situation {{of_applicant}} est devenue «{NB}{{status}}{NB}»{{detail}}.",
    "ev_moved_to": "{applicant} a été conduit{e} à {place}.",
    "ev_left": "{applicant} a quitté {place}.",
    "a_place": "un lieu de détention",
    "ev_ordered": "la détention {of_applicant} a été ordonnée{by}{until}.",
    "ev_extended": "la détention {of_applicant} a été prolongée{by}{until}.",
    "ev_detail": f"{NB}: {{detail}}",
    "scheduled": "{article} {hearing} est prévue le {day}{before}.",
    "before_court": " devant {court}",
    "cancelled": "L’{hearing}{before} prévue le {day} a été annulée.",
    "adjourned": "L’{hearing}{before} prévue le {day} a été renvoyée{to}.",
    "to_day": " au {day}",
    "health": f"État de santé {{of_applicant}}{NB}: {{health}}",
    "violation": f"Article {{article}} de la Convention{{right}}{NB}: [exposer en quoi les "
                 "faits décrits à la section E violent cette disposition].",
    "decision": "{what}{court}, {day}{outcome}", "decision_court": ", {court}",
    "in_time": "La décision interne définitive a été rendue le {trigger}. La requête est "
               "introduite dans le délai prévu à l’article 35 § 1 de la Convention, qui expire "
               "le {due}.",
    "out_of_time": f"La décision interne définitive a été rendue le {{trigger}}{NB}; le délai "
                   "calculé à partir de celle-ci a expiré le {due}. [Expliquer pourquoi la "
                   "requête est néanmoins introduite dans le délai\u00a0: situation continue, ou "
                   "décision définitive ultérieure.]",
    "in_time_uncertain": f"La décision interne définitive a été rendue en {{trigger}}{NB}; son "
                         "jour n’est pas connu. Le délai prévu à l’article 35 § 1 de la "
                         f"Convention expire au plus tôt le {{due}}{NB}: la requête est "
                         "introduite avant cette date.",
    "out_of_time_uncertain": f"La décision interne définitive a été rendue en {{trigger}}{NB}; "
                             "son jour n’est pas connu. Le délai calculé à partir de celle-ci a "
                             "expiré au plus tôt le {due}. "
                             "[Établir le jour, ou expliquer pourquoi la requête est néanmoins "
                             f"introduite dans le délai{NB}: situation continue, ou décision "
                             "définitive ultérieure.]",
    # (docs/glossary.md: prolongation, jugement, appel, cassation)
    "decided_detention_extension": "Décision de prolongation de la détention",
    "decided_verdict": "Jugement", "decided_appeal": "Arrêt d’appel",
    "decided_cassation": "Arrêt de cassation (définitif)",
    "order_initial_until": "Ordonnance de placement en détention (jusqu’au {day})",
    "order_extension_until": "Ordonnance de prolongation de la détention (jusqu’au {day})",
    "appeal_against_order": "Appel formé contre l’ordonnance du {day}",
}

# What French says otherwise of a woman (the English is the same of anyone).
FR_OF_A_WOMAN: dict[str, str] = {
    "cat_civilian": "civile", "cat_serviceman": "militaire (prisonnière de guerre)",
    "cat_former_official": "ancienne responsable publique",
}
# Placeholders English fills that French leaves out: French says « l'État défendeur » where
# English names the State.
LEFT_OUT_IN_FRENCH = {"held_until": {"state"}, "held_missing": {"state"}, "held_now": {"state"}}

__all__ = ["EN", "FR", "FR_OF_A_WOMAN", "LEFT_OUT_IN_FRENCH", "RIGHTS_FR", "STATES_FR"]
