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
_NOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{w}">'
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:{kind}><w:{kind} w:id="1"><w:p><w:r><w:{kind}Ref/></w:r>'
    '<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:{kind}></w:{kind}s>')


def _with_footnote(path: Path, body: str, note: str, kind: str = "footnote") -> None:
    """A .docx saying ``body`` with one footnote (or endnote: ``kind``) saying ``note``, as
    Word stores one."""
    doc = Document()
    doc.add_paragraph(body)
    plain = io.BytesIO()
    doc.save(plain)
    with zipfile.ZipFile(plain) as z:
        parts: dict[str, str | bytes] = {name: z.read(name) for name in z.namelist()}
    for name in ("[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"):
        parts[name] = bytes(parts[name]).decode("utf-8")
    parts["[Content_Types].xml"] = str(parts["[Content_Types].xml"]).replace(
        "</Types>", f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/></Types>')
    parts["word/_rels/document.xml.rels"] = str(parts["word/_rels/document.xml.rels"]).replace(
        "</Relationships>", '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/{kind}s" Target="{kind}s.xml"/></Relationships>')
    document = str(parts["word/document.xml"])
    at = document.rfind("<w:sectPr")
    parts["word/document.xml"] = (document[:at] + '<w:p><w:r><w:t>See the note.</w:t></w:r>'
                                   f'<w:r><w:{kind}Reference w:id="1"/></w:r></w:p>'
                                  + document[at:])
    parts[f"word/{kind}s.xml"] = _NOTES.format(kind=kind, w=_W, note=note)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)


def _mine(folder: Path, key: str) -> LetterTemplate:
    return {t.key: t for t in list_templates(folder)}[key]


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_placeholder_in_a_footnote_is_filled_and_named_like_one_in_the_body(
        small: Small, tmp_path: Path, kind: str) -> None:
    _with_footnote(tmp_path / "noted_en.docx", "For {{ captive_name }}.",
                   "Citizen of {{ citizenship_of_record }}; born {{ captive_birth_place }}", kind)
    _with_footnote(tmp_path / "health_note_en.docx", "For {{ captive_name }}.",
                   "Health: {{ health }}", kind)
    noted = _mine(tmp_path, "noted_en")
    assert used_placeholders(noted) >= {"captive_name", "citizenship_of_record"}
    with pytest.raises(MissingFields) as caught:  # misspelt or her own: asked for, not blank
        generate_letter(small.cf, noted, small.captive_id, lawyer=LAWYER,
                        extra={"captive_birth_place": "Goris"})
    assert caught.value.fields == ("citizenship_of_record",)
    data = generate_letter(small.cf, noted, small.captive_id, lawyer=LAWYER,
                           extra={"captive_birth_place": "Goris", "citizenship_of_record": "AM"})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "Citizen of AM; born Goris" in z.read(f"word/{kind}s.xml").decode("utf-8")

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


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_a_value_in_a_note_of_a_letter_of_several_sections_is_printed_as_it_is(
        small: Small, tmp_path: Path, kind: str) -> None:
    """A letter in two sections (a landscape annex) fills its notes once: a value holding
    "{{ … }}" is printed as typed, never read as a placeholder of its own."""
    source = tmp_path / "one_section.docx"
    _with_footnote(source, "For {{ captive_name }}.", "Remark: {{ remark }}", kind)
    doc = Document(str(source))
    doc.add_section()
    doc.add_paragraph("Annex.")
    doc.save(tmp_path / "annexed_en.docx")
    data = generate_letter(small.cf, _mine(tmp_path, "annexed_en"), small.captive_id,
                           lawyer=LAWYER, extra={"remark": "{{ lawyer_phone }}"})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        notes = z.read(f"word/{kind}s.xml").decode("utf-8")
    assert "Remark: {{ lawyer_phone }}" in notes and LAWYER.phone not in notes
