"""What a letter's placeholder holds, named in the user's language when the command line asks
for the values a case file does not give ("echr_reference (Номер жалобы в ЕСПЧ)"): the words
the letter dialog shows, as messages (the context keeps them apart from a record's field of
the same English name)."""

from __future__ import annotations

from caseapp.domain.messages import Message, msg

LETTER_FIELD_NAMES: dict[str, Message] = {
    "today": msg("Date of the letter", context="letter field"),
    "captive_name": msg("Captive's name, in the letter's script", context="letter field"),
    "captive_name_latin": msg("Captive's name in Latin letters", context="letter field"),
    "captive_name_native": msg("Captive's name in the native script", context="letter field"),
    "captive_names_all": msg("Every spelling of the captive's name", context="letter field"),
    "captive_names_other": msg("Other spellings of the captive's name", context="letter field"),
    "captive_names_other_than_latin": msg(
        "Spellings of the captive's name other than the Latin one", context="letter field"),
    "captive_birth_date": msg("Date of birth", context="letter field"),
    "captive_birth_place": msg("Place of birth", context="letter field"),
    "captive_citizenship": msg("Citizenship", context="letter field"),
    "captive_category": msg("Category (civilian, serviceman…)", context="letter field"),
    "captive_status": msg("Current status", context="letter field"),
    "captive_is_woman": msg("The captive is a woman (any text: yes; empty: no)",
                            context="letter field"),
    "no_proceedings_known": msg("No criminal case or charge is known (any text: yes; empty: "
                                "no)", context="letter field"),
    "capture_date": msg("Date of capture", context="letter field"),
    "capture_place": msg("Place of capture", context="letter field"),
    "capturing_authority": msg("Capturing authority", context="letter field"),
    "capture_circumstances": msg("Circumstances of the capture", context="letter field"),
    "days_in_custody": msg("Days in custody", context="letter field"),
    "detention_place": msg("Place of detention", context="letter field"),
    "detention_address": msg("Address of the place of detention", context="letter field"),
    "case_number": msg("Criminal case number", context="letter field"),
    "investigating_body": msg("Investigating body", context="letter field"),
    "court": msg("Court", context="letter field"),
    "charges": msg("Charges", context="letter field"),
    "next_hearing": msg("Next hearing", context="letter field"),
    "last_contact_date": msg("Last confirmed contact (proof of life)", context="letter field"),
    "health": msg("Health and treatment", context="letter field"),
    "current_asks": msg("What is asked for the captive", context="letter field"),
    "key_facts": msg("Key facts", context="letter field"),
    "echr_reference": msg("ECHR application number", context="letter field"),
    "wgad_reference": msg("UN WGAD communication reference", context="letter field"),
    "respondent_state": msg("Respondent State", context="letter field"),
    "recipient_name": msg("Addressee", context="letter field"),
    "recipient_block": msg("Addressee's name and address", context="letter field"),
    "recipient_email": msg("Addressee's e-mail", context="letter field"),
    "salutation": msg("Greeting", context="letter field"),
    "lawyer_name": msg("Your name (signature)", context="letter field"),
    "lawyer_organisation": msg("Your firm or organisation", context="letter field"),
    "lawyer_address": msg("Your postal address", context="letter field"),
    "lawyer_bar_number": msg("Your bar number", context="letter field"),
    "lawyer_phone": msg("Your phone", context="letter field"),
    "lawyer_email": msg("Your e-mail", context="letter field"),
    "lawyer_city": msg("City where you sign", context="letter field"),
    "lawyer_block": msg("Your details under the signature", context="letter field"),
}


def letter_field_name(name: str) -> Message:
    """What the placeholder ``name`` holds; a field of the lawyer's own template says so."""
    return LETTER_FIELD_NAMES.get(name) or msg("a field of your own template")
