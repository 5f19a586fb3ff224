"""A value typed for a letter that holds nothing a reader can see (a zero-width space, a
soft hyphen or a right-to-left override pasted from a web page or a PDF) is not a value: the
letter asks for the field, as for one left empty, and never prints "Dear ," or a label with
nothing after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from caseapp.reports.letter_templates import find_template, list_templates
from caseapp.reports.letter_values import salutation
from caseapp.reports.letters import MissingFields
from caseapp.services.letter_data import generate_letter
from tests.reports.conftest import LAWYER, Small, docx_text

UNSEEN = ["\u200b", "\u202e", "\u00ad", " \u200b\u2060 ", "\ufeff"]


@pytest.mark.parametrize("typed", UNSEEN)
def test_an_unseen_addressee_name_leaves_the_greeting_to_ask_for(small: Small, typed: str) -> None:
    template = find_template("icrc_request_en")
    with pytest.raises(MissingFields) as caught:
        generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                        extra={"recipient_name": typed, "recipient_block": "ICRC, Baku"})
    # the letter came out greeting "Dear ​," (a zero-width space: "Dear ," on the page)
    assert "salutation" in caught.value.fields
    assert salutation("ru", person=typed, organisation="") == ""


@pytest.mark.parametrize("typed", UNSEEN)
def test_an_unseen_value_is_asked_for_as_an_empty_one(small: Small, typed: str) -> None:
    template = find_template("ombudsman_visit_medical_en")
    with pytest.raises(MissingFields) as caught:
        generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                        contact_id=small.contact_id, extra={"health": typed})
    assert caught.value.fields == ("health",)
    # a value with something to see is printed, its invisible characters aside
    text = docx_text(generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                                     contact_id=small.contact_id,
                                     extra={"health": f"Needs{typed}insulin."}))
    assert "Needs" in text and "insulin." in text


def test_a_part_shown_only_for_a_value_is_left_out_for_an_unseen_one(
        small: Small, tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("{% if reference %}Your reference: {{ reference }}{% endif %}")
    doc.add_paragraph("About {{ captive_name }}.")
    doc.save(tmp_path / "note_en.docx")
    mine = next(t for t in list_templates(tmp_path) if t.key == "note_en")
    text = docx_text(generate_letter(small.cf, mine, small.captive_id, lawyer=LAWYER,
                                     extra={"reference": "\u200b"}))
    # "Your reference: " was printed with nothing after it
    assert "reference" not in text and "About" in text
