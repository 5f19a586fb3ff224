"""The "Other spellings" row of a letter lists the captive's spellings besides the one in the
"Name" row above it, and is left out when there is none; a placeholder a template shows only
under ``{% if … %}`` may be empty."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from caseapp.reports.letter_templates import find_template, list_templates, required_placeholders
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import generate_letter, letter_fields, letter_missing_fields
from tests.reports.conftest import ARMENIAN, CYRILLIC, LATIN, LAWYER, Small, docx_text

OTHER = {"en": "Other spellings", "ru": "Другие написания", "hy": "Այլ տառադարձումներ"}
NAME = {"en": "Name", "ru": "ФИО", "hy": "Անուն, ազգանուն"}


def _rows(data: bytes) -> dict[str, str]:
    """The letter's table of facts: label -> value."""
    table = Document(io.BytesIO(data)).tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


@pytest.mark.parametrize(("lang", "headline", "others"), [
    ("en", LATIN, [ARMENIAN, CYRILLIC]),
    ("hy", ARMENIAN, [LATIN, CYRILLIC]),
    ("ru", CYRILLIC, [ARMENIAN, LATIN]),
])
def test_icrc_request_lists_only_the_spellings_besides_the_name(small: Small, lang: str,
                                                                headline: str,
                                                                others: list[str]) -> None:
    data = generate_letter(small.cf, find_template(f"icrc_request_{lang}"), small.captive_id,
                           lawyer=LAWYER, contact_id=small.contact_id,
                           extra={"last_contact_date": "x"})
    rows = _rows(data)
    assert rows[NAME[lang]] == headline
    assert rows[OTHER[lang]] == "; ".join(others)  # in the order they are recorded


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_wgad_lists_the_spellings_besides_its_latin_name(small: Small, lang: str) -> None:
    data = generate_letter(small.cf, find_template(f"wgad_communication_{lang}"),
                           small.captive_id, lawyer=LAWYER, contact_id=small.contact_id,
                           extra={"respondent_state": "Azerbaijan"})
    rows = _rows(data)
    assert LATIN in rows.values()
    assert rows[OTHER[lang]] == f"{ARMENIAN}; {CYRILLIC}"


@pytest.mark.parametrize("key", ["icrc_request_en", "icrc_request_hy", "wgad_communication_ru"])
def test_a_captive_with_one_spelling_gets_no_other_spellings_row(case_file: CaseFile,
                                                                  key: str) -> None:
    cf = case_file
    captive = cf.captives.create(names=[dict(full_name=LATIN, language="en", is_primary=True)],
                                 capture="2023-09-27", sensitivity="shareable",
                                 citizenship="Armenia", birth="1979-03-14",
                                 capture_place="Lachin checkpoint",
                                 capturing_authority="State Border Service", status="pre_trial")
    cf.detention_places.create(captive_id=captive.id, facility="Baku Centre No. 1",
                               from_date="2023-09-29")
    template = find_template(key)
    needed = dict(letter_missing_fields(cf, template, captive.id, lawyer=LAWYER))
    assert not {"captive_names_other", "captive_names_other_than_latin"} & set(needed)
    data = generate_letter(cf, template, captive.id, lawyer=LAWYER,
                           extra={n: f"typed {n}" for n in needed})
    text = docx_text(data)
    assert OTHER[template.language] not in text and "{%" not in text and "%}" not in text
    assert LATIN in _rows(data).values()
    fields = {f.name: f for f in letter_fields(cf, template, captive.id, lawyer=LAWYER)}
    other = fields.get("captive_names_other") or fields["captive_names_other_than_latin"]
    assert other.optional and not other.missing and other.value == ""


def test_only_a_placeholder_shown_under_its_own_if_may_be_empty(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("{% if nickname %}Known as {{ nickname }}.{% endif %}")
    doc.add_paragraph("{% if nickname %}Called {{ alias }}.{% else %}{{ note }}{% endif %}")
    doc.add_paragraph("For {{ captive_name }}.")
    doc.save(tmp_path / "mine_en.docx")
    mine = {t.key: t for t in list_templates(tmp_path)}["mine_en"]
    assert required_placeholders(mine) == {"captive_name", "alias", "note"}


@pytest.mark.parametrize("key", sorted(t.key for t in list_templates()
                                       if t.key.split("_")[-1] in ("en", "fr", "hy", "ru")))
def test_a_captive_with_one_spelling_is_not_named_beside_himself(case_file: CaseFile,
                                                                 key: str) -> None:
    """A name in brackets gives its other spelling: none when the captive has one spelling
    (before, "Я, Aram Petrosyan (Aram Petrosyan)", "… (Aram Petrosyan; Aram Petrosyan)")."""
    cf = case_file
    captive = cf.captives.create(names=[dict(full_name=LATIN, language="en", is_primary=True)],
                                 capture="2023-09-27", sensitivity="public",
                                 consent_publicity=True, citizenship="Armenia",
                                 birth="1979-03-14", capture_place="Lachin checkpoint",
                                 capturing_authority="State Border Service", status="pre_trial")
    template = find_template(key)
    needed = dict(letter_missing_fields(cf, template, captive.id, lawyer=LAWYER))
    text = docx_text(generate_letter(cf, template, captive.id, lawyer=LAWYER,
                                     extra={n: f"typed {n}" for n in needed}))
    assert LATIN in text
    assert f"{LATIN} ({LATIN}" not in text and f"{LATIN}; {LATIN}" not in text
