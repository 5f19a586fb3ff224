"""The UN Working Group's communication and the embassy brief of a captive held with no charge
known (no criminal case in the case file, status missing or held): exactly the Working
Group's case. Before, both letters asked for a case number, the court and the charges, and the
lawyer had to type "none"; now the letter says, in its language, that no criminal case or
charge is known, and asks for none of them. A captive with a criminal case still has each of
them asked for when the file lacks it."""

from __future__ import annotations

import pytest

from caseapp.reports.letter_templates import find_template
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import generate_letter, letter_fields, letter_missing_fields
from tests.reports.conftest import LAWYER, docx_text

PROCEEDINGS = {"case_number", "court", "charges"}
NONE_KNOWN = {"en": "No criminal case or charge is known.",
              "hy": "Քրեական գործ կամ մեղադրանք հայտնի չէ։",
              "ru": "Уголовное дело и обвинение неизвестны.",
              "fr": "Aucune affaire pénale ni accusation n’est connue."}


def _held(cf: CaseFile, status: str = "held") -> int:
    return cf.captives.create(names=["Aram Sargsyan"], capture="2026-10-20", status=status,
                              citizenship="Armenia", sensitivity="shareable").id


@pytest.mark.parametrize("lang", ["en", "hy", "ru", "fr"])
@pytest.mark.parametrize("base", ["wgad_communication", "embassy_brief"])
def test_a_captive_held_with_no_charge_known_gets_the_letter_without_them(
        case_file: CaseFile, base: str, lang: str) -> None:
    template = find_template(f"{base}_{lang}")
    cid = _held(case_file)
    missing = dict(letter_missing_fields(case_file, template, cid, lawyer=LAWYER))
    assert not PROCEEDINGS & set(missing), missing
    assert not any(f.missing for f in letter_fields(case_file, template, cid, lawyer=LAWYER)
                   if f.name in PROCEEDINGS)
    extra = {name: f"typed {name}" for name in missing}
    text = docx_text(generate_letter(case_file, template, cid, lawyer=LAWYER, extra=extra))
    assert NONE_KNOWN[lang] in text
    assert "typed case_number" not in text and "{{" not in text


@pytest.mark.parametrize("base", ["wgad_communication", "embassy_brief"])
def test_a_criminal_case_still_asks_for_what_the_file_lacks(case_file: CaseFile,
                                                            base: str) -> None:
    template = find_template(f"{base}_en")
    cid = _held(case_file, "pre_trial")
    case_file.prosecutions.create(captive_id=cid, case_number="1(101)-77/2026")
    missing = dict(letter_missing_fields(case_file, template, cid, lawyer=LAWYER))
    assert {"court", "charges"} <= set(missing) and "case_number" not in missing
    extra = {name: f"typed {name}" for name in missing}
    text = docx_text(generate_letter(case_file, template, cid, lawyer=LAWYER, extra=extra))
    assert "1(101)-77/2026, typed court" in text and NONE_KNOWN["en"] not in text


@pytest.mark.parametrize("status", ["pre_trial", "on_trial", "convicted", "released"])
def test_a_status_that_says_there_was_a_trial_still_asks(case_file: CaseFile,
                                                          status: str) -> None:
    """No criminal case recorded, but a status that tells of one (or may: released): the
    letter cannot say none is known, so it asks."""
    template = find_template("wgad_communication_en")
    cid = _held(case_file, status)
    missing = dict(letter_missing_fields(case_file, template, cid, lawyer=LAWYER))
    assert PROCEEDINGS <= set(missing)


def test_a_criminal_case_above_the_letters_level_is_not_said_to_be_none(
        case_file: CaseFile) -> None:
    """The case file knows of a criminal case the letter's level does not show: the letter
    neither says that none is known nor shows it; the fields are asked for."""
    template = find_template("wgad_communication_en")
    cid = _held(case_file)
    case_file.prosecutions.create(captive_id=cid, case_number="SECRET-77",
                                  sensitivity="internal")
    missing = dict(letter_missing_fields(case_file, template, cid, lawyer=LAWYER))
    assert PROCEEDINGS <= set(missing)
