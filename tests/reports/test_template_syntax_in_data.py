"""Template syntax and markup typed into the case file are text: a letter and a dossier print
them as they are, and the letter is still made (the "placeholder split or misspelt" error is
for faults of the template only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.errors import ValidationError
from caseapp.reports.dossier import render_dossier
from caseapp.reports.letter_templates import find_template, list_templates
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter
from tests.reports.conftest import LAWYER, docx_text, outline_titles, pdf_metadata, pdf_text

NAME = "{{ 7*7 }} {% for x in y %} <b>x</b> ${x}"
ASKS = "Release {{ captive_name }} & {%- endfor %} <i>now</i> </para> ${lawyer_name}"


@pytest.fixture
def hostile(case_file: CaseFile) -> tuple[CaseFile, int, int]:
    cf = case_file
    c = cf.captives.create(
        names=[dict(full_name=NAME, language="en", kind="transliteration", is_primary=True)],
        status="pre_trial", capture="2023-09-27", capture_place="<script>alert(1)</script>",
        current_asks=ASKS, summary="{{ 7*7 }} is not 49", citizenship="Armenia",
        sensitivity="shareable")
    cf.detention_places.create(captive_id=c.id, facility="Cell {% raw %}", address="{{ x }}",
                               from_date="2023-09-29", sensitivity="shareable")
    org = cf.organisations.create(name="ICRC {{ org }}", kind="icrc", address="1 Street")
    person = cf.contacts.create(organisation_id=org.id, name="Claire <Demoulin>", role="Delegate")
    return cf, c.id, person.id


def test_letter_prints_template_syntax_in_data_literally(hostile: tuple[CaseFile, int, int]
                                                         ) -> None:
    cf, cid, to = hostile
    data = generate_letter(cf, find_template("icrc_request_en"), cid, lawyer=LAWYER,
                           contact_id=to, extra={"captive_birth_date": "1 May 1980 {{ x }}",
                                                 "capturing_authority": "<b>Border</b>",
                                                 "last_contact_date": "${today}"})
    text = docx_text(data)
    assert NAME in text
    assert "Claire <Demoulin>" in text and "ICRC {{ org }}" in text
    assert "Cell {% raw %}" in text
    assert "1 May 1980 {{ x }}" in text and "<b>Border</b>" in text and "${today}" in text
    import io
    assert Document(io.BytesIO(data)).core_properties.title == \
        f"ICRC: request for a visit and tracing — {NAME}"
    assert "49" not in text.replace("is not 49", "")  # nothing was evaluated


def test_user_template_gets_data_with_syntax_literally(hostile: tuple[CaseFile, int, int],
                                                       tmp_path: Path) -> None:
    cf, cid, _ = hostile
    folder = tmp_path / "tpl"
    folder.mkdir()
    doc = Document()
    doc.add_paragraph("Name: {{ captive_name_latin }}. Asks: {{ current_asks }}.")
    doc.save(folder / "note_en.docx")
    mine = {t.key: t for t in list_templates(folder)}["note_en"]
    text = docx_text(generate_letter(cf, mine, cid, lawyer=LAWYER))
    assert text.strip() == f"Name: {NAME}. Asks: {ASKS}."


def test_a_template_with_a_misspelt_placeholder_is_still_refused(hostile: tuple[CaseFile, int, int],
                                                              tmp_path: Path) -> None:
    cf, cid, _ = hostile
    folder = tmp_path / "tpl"
    folder.mkdir()
    doc = Document()
    doc.add_paragraph("Dear { {captive_name}}")  # a placeholder mistyped in the template
    doc.save(folder / "split_en.docx")
    mine = {t.key: t for t in list_templates(folder)}["split_en"]
    with pytest.raises(ValidationError, match="placeholder is split or misspelt"):
        generate_letter(cf, mine, cid, lawyer=LAWYER)


def test_dossier_prints_markup_and_syntax_literally(hostile: tuple[CaseFile, int, int]) -> None:
    cf, cid, _ = hostile
    data = render_dossier(build_dossier(cf, cid, level="shareable"), author="A <b>lawyer</b>")
    text = "\n".join(pdf_text(data))
    flat = " ".join(text.split())
    for literal in ("{{ 7*7 }}", "{% for x in y %}", "<b>x</b>", "${x}", "<script>alert(1)</script>",
                    "<i>now</i>", "</para>", "{%- endfor %}", "Cell {% raw %}"):
        assert literal in flat, literal
    assert NAME in outline_titles(data) or any(NAME in t for t in outline_titles(data))
    assert NAME in pdf_metadata(data)["/Title"]
