"""The fixed text of the shipped letter templates in English, block by block (see
``tools/make_templates.py`` for the kinds of block). Placeholders are those of
``caseapp.reports.letter_values.PLACEHOLDERS``; each translation uses the same set as its English
original (tests/reports/test_template_languages.py checks it)."""

from __future__ import annotations

from typing import Any

Block = tuple[str, Any]
# A facts entry (UNLESS, NAME, rows, row): the rows unless NAME has a value, else the row.
UNLESS = "unless"


def beside(shown: str, other: str) -> str:
    """The placeholder ``shown`` followed by ``other`` in brackets only where the two differ:
    a captive recorded with one spelling is not named beside himself ("Aram Petrosyan (Aram
    Petrosyan)")."""
    return (f"{{{{ {shown} }}}}{{% if {other} != {shown} %}} ({{{{ {other} }}}})"
            "{% endif %}")

EN_FACTS = [("Name", "{{ captive_name }}"),
            # shown only when there is another spelling than the name above
            ("Other spellings", "{{ captive_names_other }}", "captive_names_other"),
            ("Date of birth", "{{ captive_birth_date }}"),
            ("Citizenship", "{{ captive_citizenship }}"),
            ("Captured", "{{ capture_date }}, {{ capture_place }}"),
            ("Captured by", "{{ capturing_authority }}"),
            ("Last known place of detention", "{{ detention_place }}"),
            ("Last confirmed news", "{{ last_contact_date }}")]

ICRC_EN: list[Block] = [
    ("subject", "Request for a visit and for tracing: {{ captive_name }}"),
    ("p", "{{ salutation }}"),
    ("p", "I represent the person named below and write to ask for the help of the International "
          "Committee of the Red Cross."),
    ("facts", EN_FACTS),
    ("p", "I respectfully ask the ICRC:"),
    ("list", ["to visit my client at the place of detention and to assess the conditions of "
              "detention and the state of health;",
              "if the whereabouts cannot be confirmed, to open or pursue a tracing request and "
              "to inform the family of the outcome;",
              "to facilitate the exchange of Red Cross messages between my client and the "
              "family."]),
    ("p", "I would be grateful to be informed of the steps taken, at the address above."),
    ("close", "Yours sincerely,"),
]

OMBUDSMAN_EN: list[Block] = [
    ("subject", "Confidential lawyer visit and medical care: {{ captive_name }}"),
    ("p", "{{ salutation }}"),
    ("p", "I write as defence counsel of the person named below."),
    ("facts", [("Name", "{{ captive_name }}"), ("Date of birth", "{{ captive_birth_date }}"),
               ("Place of detention", "{{ detention_place }}, {{ detention_address }}"),
               ("Criminal case", "{{ case_number }}"),
               ("State of health", "{{ health }}")]),
    ("p", "Despite my requests, I have not been able to meet my client in private. The right "
          "to communicate in confidence with counsel of one's own choosing is guaranteed by "
          "Article 14 of the International Covenant on Civil and Political Rights, Article 6 of "
          "the European Convention on Human Rights and Rule 61 of the United Nations Standard "
          "Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules). Health care "
          "of prisoners is the responsibility of the State (Rules 24 to 27 of the same Rules)."),
    ("p", "I therefore ask you:"),
    ("list", ["to ensure that I can visit my client at the place of detention, in private and "
              "for a time sufficient to prepare the defence;",
              "to ensure that my client is examined without delay by an independent doctor and "
              "receives the treatment prescribed, and that counsel receives a copy of the "
              "medical findings;",
              "to inform me of the steps taken."]),
    ("close", "Yours sincerely,"),
]

RULE39_EN: list[Block] = [
    ("banner", "URGENT: REQUEST FOR AN INTERIM MEASURE UNDER RULE 39 OF THE RULES OF COURT"),
    ("subject", "{{ captive_name_latin }} v. {{ respondent_state }}, application "
                "{{ echr_reference }}"),
    ("p", "{{ salutation }}"),
    ("p", "On behalf of the applicant, {{ captive_name }}, born {{ captive_birth_date }}, "
          "held at {{ detention_place }}, I ask the Court to indicate to the Government of "
          "{{ respondent_state }} an interim measure under Rule 39 of the Rules of Court."),
    ("p", "The measure sought: {{ current_asks }}"),
    ("p", "The applicant's present situation: {{ captive_status }}, {{ days_in_custody }} days "
          "in custody since {{ capture_date }}. State of health: {{ health }}"),
    ("p", "The request, with the reasons for its urgency and the supporting documents, is "
          "enclosed. I remain available to the Registry at the telephone number and e-mail "
          "address above, including outside office hours."),
    ("close", "Yours faithfully,"),
]

WGAD_EN: list[Block] = [
    ("subject", "Communication concerning {{ captive_name_latin }} ({{ respondent_state }})"),
    ("p", "{{ salutation }}"),
    ("p", "I submit to the Working Group on Arbitrary Detention, under its methods of work, a "
          "communication concerning the deprivation of liberty of the person named below, and "
          "ask the Working Group to render an opinion on it."),
    # captive_name is the Latin name in an English letter, as captive_name_latin in the
    # Armenian and Russian ones: the other spellings are those besides it
    ("facts", [("Name", "{{ captive_name }}"),
               ("Other spellings", "{{ captive_names_other_than_latin }}",
                "captive_names_other_than_latin"),
               ("Date of birth", "{{ captive_birth_date }}"),
               ("Citizenship", "{{ captive_citizenship }}"),
               ("Deprived of liberty", "{{ capture_date }}, {{ capture_place }}, by "
                                       "{{ capturing_authority }}"),
               ("Place of detention", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Criminal case", "{{ case_number }}, {{ court }}"),
                 ("Charges", "{{ charges }}")],
                ("Criminal case", "No criminal case or charge is known.")),
               ("Status", "{{ captive_status }}")]),
    ("p", "The facts and the reasons why the detention is arbitrary are set out in the "
          "enclosed questionnaire, with its annexes. The source consents to the communication "
          "being transmitted to the Government."),
    ("close", "Yours faithfully,"),
]

EMBASSY_EN: list[Block] = [
    ("subject", "Brief: {{ captive_name }}, {{ days_in_custody }} days in custody"),
    ("p", "{{ salutation }}"),
    ("p", "Ahead of your contacts with the authorities, please find below a short brief on "
          "the situation of my client."),
    ("facts", [("Name", beside("captive_name_latin", "captive_name_native")),
               ("Category", "{{ captive_category }}"), ("Status", "{{ captive_status }}"),
               ("Captured", "{{ capture_date }}, {{ capture_place }}"),
               ("Days in custody", "{{ days_in_custody }}"),
               ("Place of detention", "{{ detention_place }}"),
               (UNLESS, "no_proceedings_known",
                [("Criminal case", "{{ case_number }}, {{ court }}"),
                 ("Charges", "{{ charges }}")],
                ("Criminal case", "No criminal case or charge is known.")),
               ("Next hearing", "{{ next_hearing }}")]),
    ("p", "Key facts: {{ key_facts }}"),
    ("p", "We would be grateful if your Government could raise the case and support the "
          "following: {{ current_asks }}"),
    ("p", "I remain at your disposal for any further information."),
    ("close", "Yours sincerely,"),
]

POA_EN: list[Block] = [
    ("title", "POWER OF ATTORNEY"),
    ("p", "I, the undersigned, " + beside("captive_name", "captive_name_native") + ", born "
          "{{ captive_birth_date }} in {{ captive_birth_place }}, citizen of "
          "{{ captive_citizenship }},"),
    ("p", "hereby authorise {{ lawyer_name }}, advocate, bar registration number "
          "{{ lawyer_bar_number }}, {{ lawyer_address }},"),
    ("p", "to represent me and to act on my behalf before the European Court of Human Rights, "
          "the bodies of the United Nations, the International Committee of the Red Cross, "
          "national human rights institutions and the authorities and courts of any State, in "
          "all matters concerning my deprivation of liberty, in particular to lodge "
          "applications, communications and requests, to receive documents and correspondence, "
          "and to have access to my case files."),
    ("p", "This power of attorney is valid until revoked in writing."),
    ("signature", ["Place and date: ______________________________",
                   "Signature of the principal ({{ captive_name_latin }}): "
                   "______________________",
                   "Accepted by the representative: ______________________________"]),
]

PRESS_EN: list[Block] = [
    ("title", "PRESS STATEMENT"),
    ("right", "For immediate release · {{ today }}"),
    ("subject", "{{ captive_name }}: {{ days_in_custody }} days in custody"),
    ("p", beside("captive_name_latin", "captive_name_native") + " was captured on "
          "{{ capture_date }} at {{ capture_place }} and has now spent {{ days_in_custody }} "
          "days in custody. Present status: {{ captive_status }}."),
    ("p", "{{ key_facts }}"),
    ("p", "What we ask: {{ current_asks }}"),
    ("p", "Media contact: {{ lawyer_name }}, {{ lawyer_email }}, {{ lawyer_phone }}."),
]

# the template's name without its language -> its blocks
LETTERS: dict[str, list[Block]] = {
    "icrc_request": ICRC_EN,
    "echr_rule39_cover": RULE39_EN,
    "wgad_communication": WGAD_EN,
    "ombudsman_visit_medical": OMBUDSMAN_EN,
    "embassy_brief": EMBASSY_EN,
    "power_of_attorney": POA_EN,
    "press_statement": PRESS_EN,
}
