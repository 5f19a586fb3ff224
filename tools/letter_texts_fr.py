"""The fixed text of the shipped letter templates in French, block by block (see
``tools/make_templates.py`` for the kinds of block). Placeholders are those of
``caseapp.reports.letter_values.PLACEHOLDERS``; each translation uses the same set as its English
original (tests/reports/test_template_languages.py checks it).

French is the working language of the Registry in Strasbourg, of the ICRC and of the Working
Group on Arbitrary Detention in Geneva. Terms as in docs/glossary.md (requête, mesure
provisoire, article 39 du règlement de la Cour, Gouvernement défendeur, affaire pénale).
The register is that of a formal French letter: « Madame, Monsieur, » (the salutation the
catalogue gives a French letter), « Je vous prie d’agréer, Madame, Monsieur, l’expression de
ma haute considération. » French typography: a no-break space (U+00A0) before « : ; ? ! »,
the typographic apostrophe « ’ » (U+2019) in the letter's own words.
Where French makes a word agree with the captive (« mon client » / « ma cliente »,
« né » / « née »), the letter chooses it with ``{% if captive_is_woman %}`` (see :func:`_of`)."""

from __future__ import annotations

from typing import Any

from letter_texts_en import UNLESS, beside  # (tools/ is on the path of make_templates.py)

Block = tuple[str, Any]

NB = "\u00a0"  # before « : ; ? ! »
CLOSE = ("Je vous prie d’agréer, Madame, Monsieur, l’expression de ma haute "
         "considération.")


def _of(her: str, him: str) -> str:
    """The words said of a woman, else of a man (or when the sex is not recorded)."""
    return "{% if captive_is_woman %}" + her + "{% else %}" + him + "{% endif %}"


FR_FACTS = [("Nom", "{{ captive_name }}"),
            ("Autres graphies", "{{ captive_names_other }}", "captive_names_other"),
            ("Date de naissance", "{{ captive_birth_date }}"),
            ("Nationalité", "{{ captive_citizenship }}"),
            ("Date et lieu de la capture", "{{ capture_date }}, {{ capture_place }}"),
            ("Capture par", "{{ capturing_authority }}"),
            ("Dernier lieu de détention connu", "{{ detention_place }}"),
            ("Dernières nouvelles confirmées", "{{ last_contact_date }}")]

ICRC_FR: list[Block] = [
    ("subject", f"Objet{NB}: demande de visite et de recherche{NB}– {{{{ captive_name }}}}"),
    ("p", "{{ salutation }}"),
    ("p", "Je représente la personne désignée ci-dessous et sollicite l’aide du Comité "
          "international de la Croix-Rouge."),
    ("facts", FR_FACTS),
    ("p", f"Je prie respectueusement le CICR{NB}:"),
    ("list", ["de rendre visite à " + _of("ma cliente", "mon client")
              + f" sur son lieu de détention et d’évaluer ses conditions de détention et son "
              f"état de santé{NB};",
              "si le lieu où " + _of("elle", "il") + " se trouve ne peut être confirmé, "
              f"d’ouvrir ou de poursuivre une demande de recherche et d’en informer la "
              f"famille{NB};",
              "de faciliter l’échange de messages Croix-Rouge entre "
              + _of("ma cliente", "mon client") + " et sa famille."]),
    ("p", "Je vous remercie par avance de bien vouloir m’informer des démarches entreprises, "
          "à l’adresse indiquée ci-dessus."),
    ("close", CLOSE),
]

OMBUDSMAN_FR: list[Block] = [
    ("subject", f"Objet{NB}: visite confidentielle de l’avocat et soins médicaux{NB}– "
                "{{ captive_name }}"),
    ("p", "{{ salutation }}"),
    ("p", "Je m’adresse à vous en qualité d’avocat de la défense de la personne désignée "
          "ci-dessous."),
    ("facts", [("Nom", "{{ captive_name }}"), ("Date de naissance", "{{ captive_birth_date }}"),
               ("Lieu de détention", "{{ detention_place }}, {{ detention_address }}"),
               ("Affaire pénale", "n°\u00a0{{ case_number }}"),
               ("État de santé", "{{ health }}")]),
    ("p", "Malgré mes demandes, je n’ai pas pu m’entretenir en privé avec "
          + _of("ma cliente", "mon client") + ". Le droit de communiquer en toute "
          "confidentialité avec le défenseur de son choix est garanti par l’article 14 du Pacte "
          "international relatif aux droits civils et politiques, l’article 6 de la Convention "
          "européenne des droits de l’homme et la règle 61 de l’Ensemble de règles minima des "
          "Nations Unies pour le traitement des détenus (Règles Nelson Mandela). Les soins de "
          "santé des détenus relèvent de la responsabilité de l’État (règles 24 à 27 du même "
          "Ensemble)."),
    ("p", f"Je vous prie en conséquence{NB}:"),
    ("list", ["de veiller à ce que je puisse rendre visite à " + _of("ma cliente", "mon client")
              + " sur son lieu de détention, en privé et pendant le temps nécessaire à la "
              f"préparation de la défense{NB};",
              "de veiller à ce que " + _of("ma cliente", "mon client") + " soit "
              + _of("examinée", "examiné") + " sans délai par un médecin indépendant et "
              "reçoive le traitement prescrit, et à ce que son avocat reçoive une copie des "
              f"conclusions médicales{NB};",
              "de m’informer des mesures prises."]),
    ("close", CLOSE),
]

RULE39_FR: list[Block] = [
    ("banner", "URGENT\u00a0: DEMANDE DE MESURE PROVISOIRE AU TITRE DE L’ARTICLE 39 DU "
               "RÈGLEMENT DE LA COUR"),
    ("subject", "{{ captive_name_latin }} c. {{ respondent_state }}, requête "
                "n°\u00a0{{ echr_reference }}"),
    ("p", "{{ salutation }}"),
    ("p", "Au nom " + _of("de la requérante", "du requérant") + ", {{ captive_name }}, "
          + _of("née", "né") + " le {{ captive_birth_date }}, "
          + _of("détenue", "détenu") + " à {{ detention_place }}, je prie la Cour d’indiquer "
          "au Gouvernement défendeur ({{ respondent_state }}) une mesure provisoire au titre "
          "de l’article 39 du règlement de la Cour."),
    ("p", f"La mesure sollicitée{NB}: {{{{ current_asks }}}}"),
    ("p", "La situation actuelle " + _of("de la requérante", "du requérant")
          + f"{NB}: {{{{ captive_status|lower }}}}, {{{{ days_in_custody }}}} jours de détention "
          f"depuis la capture ({{{{ capture_date }}}}). État de santé{NB}: {{{{ health }}}}"),
    ("p", "La demande, exposant les motifs de son urgence et accompagnée des pièces "
          "justificatives, est jointe à la présente. Je reste à la disposition du Greffe au "
          "numéro de téléphone et à l’adresse électronique indiqués ci-dessus, y compris en "
          "dehors des heures de bureau."),
    ("close", CLOSE),
]

WGAD_FR: list[Block] = [
    ("subject", "Communication concernant {{ captive_name_latin }} ({{ respondent_state }})"),
    ("p", "{{ salutation }}"),
    ("p", "Conformément à ses méthodes de travail, je soumets au Groupe de travail sur la "
          "détention arbitraire une communication concernant la privation de liberté de la "
          "personne désignée ci-dessous, et je prie le Groupe de travail de rendre un avis à "
          "son sujet."),
    # captive_name is the Latin name in a French letter, as in the English one
    ("facts", [("Nom", "{{ captive_name }}"),
               ("Autres graphies", "{{ captive_names_other_than_latin }}",
                "captive_names_other_than_latin"),
               ("Date de naissance", "{{ captive_birth_date }}"),
               ("Nationalité", "{{ captive_citizenship }}"),
               ("Privation de liberté", "{{ capture_date }}, {{ capture_place }}, par "
                                        "{{ capturing_authority }}"),
               ("Lieu de détention", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Affaire pénale", "{{ case_number }}, {{ court }}"),
                 ("Chefs d’accusation", "{{ charges }}")],
                ("Affaire pénale", "Aucune affaire pénale ni accusation n’est connue.")),
               ("Situation", "{{ captive_status }}")]),
    ("p", "Les faits et les raisons pour lesquelles la détention est arbitraire sont exposés "
          "dans le questionnaire ci-joint et ses annexes. La source consent à ce que la "
          "communication soit transmise au Gouvernement."),
    ("close", CLOSE),
]

EMBASSY_FR: list[Block] = [
    ("subject", f"Note d’information{NB}: {{{{ captive_name }}}}, {{{{ days_in_custody }}}} "
                "jours de détention"),
    ("p", "{{ salutation }}"),
    ("p", "En vue de vos échanges avec les autorités, veuillez trouver ci-dessous une brève "
          "note sur la situation de " + _of("ma cliente", "mon client") + "."),
    ("facts", [("Nom", beside("captive_name_latin", "captive_name_native")),
               ("Catégorie", "{{ captive_category }}"), ("Situation", "{{ captive_status }}"),
               ("Date et lieu de la capture", "{{ capture_date }}, {{ capture_place }}"),
               ("Jours de détention", "{{ days_in_custody }}"),
               ("Lieu de détention", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Affaire pénale", "{{ case_number }}, {{ court }}"),
                 ("Chefs d’accusation", "{{ charges }}")],
                ("Affaire pénale", "Aucune affaire pénale ni accusation n’est connue.")),
               ("Prochaine audience", "{{ next_hearing }}")]),
    ("p", f"Faits essentiels{NB}: {{{{ key_facts }}}}"),
    ("p", "Nous vous serions reconnaissants de bien vouloir faire en sorte que votre "
          f"Gouvernement évoque cette affaire et soutienne ce qui suit{NB}: "
          "{{ current_asks }}"),
    ("p", "Je reste à votre disposition pour tout renseignement complémentaire."),
    ("close", CLOSE),
]

POA_FR: list[Block] = [
    ("title", "PROCURATION"),
    ("p", "Je soussigné" + _of("e", "") + ", " + beside("captive_name", "captive_name_native") + ", "
          + _of("née", "né") + " le {{ captive_birth_date }} à {{ captive_birth_place }}, "
          "de nationalité {{ captive_citizenship }},"),
    ("p", "donne pouvoir à Maître {{ lawyer_name }}, avocat, numéro d’inscription au barreau "
          "{{ lawyer_bar_number }}, {{ lawyer_address }},"),
    ("p", "de me représenter et d’agir en mon nom devant la Cour européenne des droits de "
          "l’homme, les organes des Nations Unies, le Comité international de la Croix-Rouge, "
          "les institutions nationales des droits de l’homme ainsi que les autorités et les "
          "juridictions de tout État, pour toute question relative à ma privation de liberté, "
          "notamment d’introduire des requêtes, communications et demandes, de recevoir des "
          "documents et de la correspondance, et d’avoir accès aux dossiers me concernant."),
    ("p", "La présente procuration est valable jusqu’à sa révocation par écrit."),
    ("signature", [f"Fait à{NB}______________________, le{NB}______________________",
                   "Signature " + _of("de la mandante", "du mandant")
                   + f" ({{{{ captive_name_latin }}}}){NB}: ______________________",
                   f"Pour acceptation, le mandataire{NB}: ______________________________"]),
]

PRESS_FR: list[Block] = [
    ("title", "COMMUNIQUÉ DE PRESSE"),
    ("right", "Pour diffusion immédiate · {{ today }}"),
    ("subject", f"{{{{ captive_name }}}}{NB}: {{{{ days_in_custody }}}} jours de détention"),
    ("p", beside("captive_name_latin", "captive_name_native") + " a été "
          + _of("capturée", "capturé") + " le {{ capture_date }} à {{ capture_place }} et "
          "compte à ce jour {{ days_in_custody }} jours de détention. Situation "
          f"actuelle{NB}: {{{{ captive_status|lower }}}}."),
    ("p", "{{ key_facts }}"),
    ("p", f"Nos demandes{NB}: {{{{ current_asks }}}}"),
    ("p", f"Contact presse{NB}: {{{{ lawyer_name }}}}, {{{{ lawyer_email }}}}, "
          "{{ lawyer_phone }}."),
]

# the template's name without its language -> its blocks
LETTERS: dict[str, list[Block]] = {
    "icrc_request": ICRC_FR,
    "echr_rule39_cover": RULE39_FR,
    "wgad_communication": WGAD_FR,
    "ombudsman_visit_medical": OMBUDSMAN_FR,
    "embassy_brief": EMBASSY_FR,
    "power_of_attorney": POA_FR,
    "press_statement": PRESS_FR,
}
