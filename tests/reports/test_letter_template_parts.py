"""A lawyer's own template says exactly what the case file holds wherever its placeholders
are: one in a footnote is asked for like one in the body (misspelt, or above the letter's
level, it is named and no letter is made; never an empty hole), and an expression that
reaches for something a value does not have is refused rather than printed as nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.errors import ValidationError
from caseapp.reports.letter_templates import LetterTemplate, list_templates, used_placeholders
from caseapp.reports.letters import MissingFields
from caseapp.services.letter_data import generate_letter, letter_fields
from tests.reports.conftest import LAWYER, SECRET, Small

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>')


def _with_footnote(path: Path, body: str, note: str) -> None:
    """A .docx saying ``body`` with one footnote saying ``note``, as Word stores one."""
    doc = Document()
    doc.add_paragraph(body)
    plain = io.BytesIO()
    doc.save(plain)
    with zipfile.ZipFile(plain) as z:
        parts: dict[str, str | bytes] = {name: z.read(name) for name in z.namelist()}
    for name in ("[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"):
        parts[name] = bytes(parts[name]).decode("utf-8")
    parts["[Content_Types].xml"] = str(parts["[Content_Types].xml"]).replace(
        "</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = str(parts["word/_rels/document.xml.rels"]).replace(
        "</Relationships>", '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    document = str(parts["word/document.xml"])
    at = document.rfind("<w:sectPr")
    parts["word/document.xml"] = (document[:at] + '<w:p><w:r><w:t>See the note.</w:t></w:r>'
                                  '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
                                  + document[at:])
    parts["word/footnotes.xml"] = _FOOTNOTES.format(note=note)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)


def _mine(folder: Path, key: str) -> LetterTemplate:
    return {t.key: t for t in list_templates(folder)}[key]


def test_a_placeholder_in_a_footnote_is_filled_and_named_like_one_in_the_body(
        small: Small, tmp_path: Path) -> None:
    _with_footnote(tmp_path / "noted_en.docx", "For {{ captive_name }}.",
                   "Citizen of {{ citizenship_of_record }}; born {{ captive_birth_place }}")
    _with_footnote(tmp_path / "health_note_en.docx", "For {{ captive_name }}.",
                   "Health: {{ health }}")
    noted = _mine(tmp_path, "noted_en")
    assert used_placeholders(noted) >= {"captive_name", "citizenship_of_record"}
    with pytest.raises(MissingFields) as caught:  # misspelt or her own: asked for, not blank
        generate_letter(small.cf, noted, small.captive_id, lawyer=LAWYER,
                        extra={"captive_birth_place": "Goris"})
    assert caught.value.fields == ("citizenship_of_record",)
    data = generate_letter(small.cf, noted, small.captive_id, lawyer=LAWYER,
                           extra={"captive_birth_place": "Goris", "citizenship_of_record": "AM"})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "Citizen of AM; born Goris" in z.read("word/footnotes.xml").decode("utf-8")

    health = _mine(tmp_path, "health_note_en")  # internal: the shareable letter lacks it
    with pytest.raises(MissingFields) as caught:
        generate_letter(small.cf, health, small.captive_id, lawyer=LAWYER)
    assert caught.value.fields == ("health",)
    shown = {f.name: f for f in letter_fields(small.cf, health, small.captive_id,
                                              lawyer=LAWYER)}
    assert shown["health"].withheld and shown["health"].value == ""
    assert SECRET not in repr(shown)


@pytest.mark.parametrize("expression", [
    "{{ captive_name.surname }}",     # a value has no parts: it is text
    "{{ captive_name.__class__ }}",   # Python's internals, refused by the sandbox
    "{{ lipsum.__globals__ }}",
])
def test_an_expression_reaching_for_what_a_value_lacks_is_refused_not_left_blank(
        small: Small, tmp_path: Path, expression: str) -> None:
    doc = Document()
    doc.add_paragraph(f"For {{{{ captive_name }}}}: [{expression}]")
    doc.save(tmp_path / "reaching_en.docx")
    with pytest.raises(ValidationError, match=r"reaching_en\.docx") as caught:
        generate_letter(small.cf, _mine(tmp_path, "reaching_en"), small.captive_id,
                        lawyer=LAWYER)
    assert "\n" not in str(caught.value)


def test_a_field_of_her_own_shown_only_when_given_may_stay_empty(small: Small,
                                                                 tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("For {{ captive_name }}.{% if fax %} Fax: {{ fax }}.{% endif %}")
    doc.save(tmp_path / "faxed_en.docx")
    mine = _mine(tmp_path, "faxed_en")
    text = Document(io.BytesIO(generate_letter(small.cf, mine, small.captive_id,
                                               lawyer=LAWYER))).paragraphs[0].text
    assert text == "For Tigran Vardanyan."
    text = Document(io.BytesIO(generate_letter(small.cf, mine, small.captive_id, lawyer=LAWYER,
                                               extra={"fax": "+374 10"}))).paragraphs[0].text
    assert text == "For Tigran Vardanyan. Fax: +374 10."


def test_placeholders_in_the_files_properties_neither_block_nor_fill_the_letter(
        small: Small, tmp_path: Path) -> None:
    """Word's File › Properties of a template are not its text: a placeholder left there (a
    colleague's "{{ captive_nmae }}" in Comments) is not asked for and does not stop the
    letter, and the letter's properties say what it is (never a value the template asks)."""
    doc = Document()
    doc.add_paragraph("For {{ captive_name }}.")
    doc.core_properties.comments = "{{ captive_nmae }}"
    doc.core_properties.identifier = "{{ health }}"
    doc.save(tmp_path / "noted_props_en.docx")
    data = generate_letter(small.cf, _mine(tmp_path, "noted_props_en"), small.captive_id,
                           lawyer=LAWYER)
    props = Document(io.BytesIO(data)).core_properties
    assert Document(io.BytesIO(data)).paragraphs[0].text == "For Tigran Vardanyan."
    assert SECRET not in f"{props.comments} {props.identifier} {props.title} {props.subject}"
