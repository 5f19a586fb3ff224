"""Letters: every shipped template filled from the demo with no hole or raw placeholder,
Armenian and Russian text and dates, missing-field detection, press statement redaction,
user templates, and keeping what was generated."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.errors import ValidationError
from caseapp.reports.letter_templates import (
    find_template,
    list_templates,
    shipped_templates,
    used_placeholders,
)
from caseapp.reports.letter_values import PLACEHOLDERS
from caseapp.reports.letters import MissingFields
from caseapp.reports.template_titles import letter_title
from caseapp.reports.texts import format_number
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter, letter_missing_fields, resolve_template
from caseapp.services.output_files import keep_generated
from tests.reports.conftest import (
    ARMENIAN,
    CYRILLIC,
    LAWYER,
    SECRET,
    Small,
    demo_id,
    docx_text,
)

ROOT = Path(__file__).resolve().parents[2]
ADDRESSEES = {"icrc": "Claire Demoulin", "ombudsman": "Leyla Nümunəova", "echr": "Pierre Modèle",
              "wgad": "WGAD Secretariat", "embassy": "Marc Exemple"}


def _contact(cf: CaseFile, key: str) -> int | None:
    names = {c.name: c.id for c in cf.contacts.list()}
    return next((names[n] for prefix, n in ADDRESSEES.items() if key.startswith(prefix)), None)


@pytest.mark.parametrize("key", [t.key for t in shipped_templates()])
def test_every_shipped_template_fills_without_holes(demo: CaseFile, key: str) -> None:
    template = find_template(key)
    cid = demo_id(demo, "Tigran Vardanyan")
    to = _contact(demo, key)
    missing = dict(letter_missing_fields(demo, template, cid, lawyer=LAWYER, contact_id=to))
    # What the demo file cannot give at the template's level is asked for, never invented.
    assert set(missing) <= {"respondent_state", "health", "last_contact_date"}
    with pytest.raises(MissingFields) if missing else _no_error():
        generate_letter(demo, template, cid, lawyer=LAWYER, contact_id=to)
    extra = {name: f"typed {name}" for name in missing}
    data = generate_letter(demo, template, cid, lawyer=LAWYER, contact_id=to, extra=extra)
    text = docx_text(data)
    assert not re.search(r"\{\{|\{%|\}\}|%\}", text)
    assert "None" not in text
    for line in text.splitlines():  # no label left without its value
        assert not re.search(r"[:՝]\s*$", line) or line.strip() in (
            "I respectfully ask the ICRC:", "I therefore ask you:", "Прошу МККК:",
            "В связи с изложенным прошу Вас:", "Խնդրում եմ ԿԽՄԿ-ին՝",
            "Ելնելով վերոգրյալից՝ խնդրում եմ Ձեզ՝", "Հարգանքով՝",
            "Je prie respectueusement le CICR\u00a0:", "Je vous prie en conséquence\u00a0:")
    assert LAWYER.name in text
    for name in missing:
        assert f"typed {name}" in text


class _no_error:  # noqa: N801 - a context manager that expects nothing
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_armenian_and_russian_letters_speak_their_language(demo: CaseFile) -> None:
    cid = demo_id(demo, "Gagik Stepanyan")
    to = _contact(demo, "ombudsman")
    hy = docx_text(generate_letter(demo, find_template("ombudsman_visit_medical_hy"), cid,
                                   lawyer=LAWYER, contact_id=to))
    assert "Գագիկ Ստեփանյան" in hy and "2026 թ. նոյեմբերի 27" in hy  # CLDR: the year first
    assert "1958 թ. օգոստոսի 8" in hy  # date of birth in Armenian
    assert "Արտոնագիր № AM-1234" in hy and "Հարգանքով՝" in hy
    ru = docx_text(generate_letter(demo, find_template("ombudsman_visit_medical_ru"), cid,
                                   lawyer=LAWYER, contact_id=to))
    assert "Гагик Степанян" in ru and "27 ноября 2026\u00a0г." in ru and "С уважением," in ru
    assert "Type 2 diabetes" in ru  # his health is shareable: the Rule 39 case
    assert "Leyla Nümunəova" in ru


def test_missing_fields_are_named_and_nothing_is_written(small: Small) -> None:
    template = find_template("ombudsman_visit_medical_en")
    missing = dict(letter_missing_fields(small.cf, template, small.captive_id, lawyer=LAWYER))
    # health is internal, the letter is filled at the shareable level; no addressee given
    assert {"health", "salutation", "recipient_block"} <= set(missing)
    # what the field holds, named as the letter dialog names it, in the user's language
    assert missing["health"].render("en") == "Health and treatment"
    assert missing["health"].render("ru") == "Здоровье и обращение с пленным"
    with pytest.raises(MissingFields) as caught:
        generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER)
    assert "health" in caught.value.fields and "salutation" in str(caught.value)
    data = generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                           contact_id=small.contact_id, extra={"health": "Needs insulin."})
    text = docx_text(data)
    assert SECRET not in text and "Needs insulin." in text and "Claire Demoulin" in text
    assert ARMENIAN not in text  # an English letter names the captive in Latin letters
    ru = docx_text(generate_letter(small.cf, find_template("icrc_request_ru"), small.captive_id,
                                   lawyer=LAWYER, contact_id=small.contact_id))
    assert CYRILLIC in ru and SECRET not in ru


def test_a_value_cannot_reorder_the_letters_own_words(small: Small) -> None:
    """A right-to-left override typed into a field of several lines was kept in the .docx, and
    a word processor printed the rest of the template's sentence reversed after it. The
    letter keeps the value's letters but not its embeddings, overrides or isolates."""
    template = find_template("ombudsman_visit_medical_en")
    health = "Needs\u202e insulin\u2067 daily\u202a.\nSeen \u200fon Monday."
    data = generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                           contact_id=small.contact_id, extra={"health": health})
    text = docx_text(data)
    assert "Needs insulin daily." in text and "Seen \u200fon Monday." in text  # a mark stays
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_press_statement_has_public_facts_only(small: Small) -> None:
    template = find_template("press_statement_en")
    with pytest.raises(ValidationError, match="cannot be printed at the public level"):
        generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER)
    small.cf.captives.update(small.captive_id, sensitivity="public",
                             field_levels={"health": "internal", "birth_date": "shareable"})
    with pytest.raises(ValidationError, match="not consented to publicity"):
        generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER)
    small.cf.captives.update(small.captive_id, consent_publicity=True)
    text = docx_text(generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER))
    assert "Tigran Vardanyan" in text and "1,157 days in custody" in text
    assert SECRET not in text and "1979" not in text  # health internal, birth date shareable


def test_user_templates_and_broken_ones(small: Small, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    doc = Document()
    doc.add_paragraph("Visit on {{ visit_date }} for {{ captive_name }} ({{ today }}).")
    doc.save(folder / "visit_note_ru.docx")
    doc = Document()
    doc.add_paragraph("Broken {{ captive_name ")
    doc.save(folder / "broken.docx")
    (folder / "~$visit_note_ru.docx").write_bytes(b"lock")
    keys = {t.key: t for t in list_templates(folder)}
    assert {"visit_note_ru", "broken", "icrc_request_en"} <= set(keys)
    mine = keys["visit_note_ru"]
    assert mine.language == "ru" and not mine.shipped
    assert used_placeholders(mine) == {"visit_date", "captive_name", "today"}
    with pytest.raises(MissingFields) as caught:
        generate_letter(small.cf, mine, small.captive_id, lawyer=LAWYER)
    assert caught.value.fields == ("visit_date",)
    text = docx_text(generate_letter(small.cf, mine, small.captive_id, lawyer=LAWYER,
                                     extra={"visit_date": "1 декабря"}))
    assert text.strip() == f"Visit on 1 декабря for {CYRILLIC} (27 ноября 2026\u00a0г.)."
    with pytest.raises(ValidationError, match="broken placeholder"):
        generate_letter(small.cf, keys["broken"], small.captive_id, lawyer=LAWYER)
    with pytest.raises(ValidationError, match="no letter template"):
        resolve_template("nope", user_dir=folder)
    assert resolve_template("icrc_request_en", level="internal").level.value == "internal"


def test_a_template_edited_after_it_was_read_is_read_again(small: Small, tmp_path: Path) -> None:
    """Templates already read are not parsed again (the letter dialog asks at each choice);
    the lawyer's edit, saved over the same file, is what the next letter follows."""
    folder = tmp_path / "templates"
    folder.mkdir()
    doc = Document()
    doc.add_paragraph("Visit on {{ visit_date }} for {{ captive_name }}.")
    doc.save(folder / "visit_note_en.docx")
    mine = {t.key: t for t in list_templates(folder)}["visit_note_en"]
    assert used_placeholders(mine) == {"visit_date", "captive_name"}
    used_placeholders(mine).add("changed by a caller")  # a copy: what is kept stays as read
    assert used_placeholders(mine) == {"visit_date", "captive_name"}
    doc = Document()
    doc.add_paragraph("Call on {{ call_date }} about {{ captive_name }}.")
    doc.save(folder / "visit_note_en.docx")
    assert used_placeholders(mine) == {"call_date", "captive_name"}
    text = docx_text(generate_letter(small.cf, mine, small.captive_id, lawyer=LAWYER,
                                     extra={"call_date": "1 December"}))
    assert text.strip() == "Call on 1 December about Tigran Vardanyan."


def test_every_placeholder_is_documented() -> None:
    doc = (ROOT / "docs" / "letter-placeholders.md").read_text(encoding="utf-8")
    for name in PLACEHOLDERS:
        assert f"`{{{{ {name} }}}}`" in doc, name
    for template in shipped_templates():
        assert template.path.is_file(), template.path
        assert used_placeholders(template) <= set(PLACEHOLDERS), template.key
        assert f"`{template.key}`" in doc


def test_keep_generated_stores_the_bytes_and_logs_a_draft(small: Small) -> None:
    cf = small.cf
    template = find_template("icrc_request_en")
    data = generate_letter(cf, template, small.captive_id, lawyer=LAWYER,
                           contact_id=small.contact_id, extra={"last_contact_date": "x"})
    kept = keep_generated(cf, data, filename="icrc.docx", title="ICRC request", level="shareable",
                          captive_id=small.captive_id, contact_id=small.contact_id)
    assert kept.document.sha256 == hashlib.sha256(data).hexdigest()
    assert cf.documents.content(kept.document.id) == data
    assert kept.intervention is not None and kept.intervention.status.value == "draft"
    assert kept.document.intervention_id == kept.intervention.id
    assert kept.intervention.captive_ids == (small.captive_id,)
    plain = keep_generated(cf, b"%PDF-", filename="d.pdf", title="Dossier", level="public",
                           captive_id=small.captive_id)
    assert plain.intervention is None and plain.document.sensitivity.value == "public"
    before = len(cf.interventions.list())
    with pytest.raises(ValidationError):  # all or nothing: no intervention without its document
        keep_generated(cf, "not bytes", filename="x", title="x", level="shareable",  # type: ignore[arg-type]
                       captive_id=small.captive_id, contact_id=small.contact_id)
    assert len(cf.interventions.list()) == before


@pytest.mark.parametrize("key", [t.key for t in shipped_templates()])
def test_letters_number_pages_keep_the_signature_and_carry_their_properties(small: Small,
                                                                           key: str) -> None:
    import io
    from datetime import UTC, datetime

    template = find_template(key)
    small.cf.captives.update(small.captive_id, consent_publicity=True, sensitivity="public")
    extra = {name: f"typed {name}" for name, _ in letter_missing_fields(
        small.cf, template, small.captive_id, lawyer=LAWYER, contact_id=small.contact_id)}
    data = generate_letter(small.cf, template, small.captive_id, lawyer=LAWYER,
                           contact_id=small.contact_id, extra=extra)
    doc = Document(io.BytesIO(data))
    footer_xml = doc.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    # The signature (the last non-empty paragraphs) is tied to what comes before it; a press
    # statement ends with a media contact, not a signature.
    body = [p for p in doc.paragraphs if p.text.strip()]
    before = body[:-1][-2:]
    if not key.startswith("press_statement"):
        assert all(p.paragraph_format.keep_with_next for p in before), [p.text for p in before]
    props = doc.core_properties
    # what it is and about whom in the letter's language, the captive in its script
    from caseapp.reports.template_titles import template_title
    from tests.reports.conftest import ARMENIAN, CYRILLIC

    what = template_title(template, template.language)
    assert (props.title, props.subject) == (
        letter_title(template, {"hy": ARMENIAN, "ru": CYRILLIC}.get(template.language,
                                                                  "Tigran Vardanyan"),
                     template.language), what)
    assert props.title.startswith(what) and props.title != what
    assert props.author == "Anna Example"
    age = datetime.now(UTC) - props.created.replace(tzinfo=UTC)
    assert age.total_seconds() < 24 * 3600  # made now, not python-docx's 2013 default


def test_letters_in_russian_and_armenian_are_signed_in_that_script(demo: CaseFile) -> None:
    from dataclasses import replace as with_

    from caseapp.domain.lawyer import LawyerProfile

    cid = demo_id(demo, "Gagik Stepanyan")
    to = _contact(demo, "ombudsman")
    # The Russian spelling as the command line reads it, from its environment variable.
    ru_name = LawyerProfile.from_mapping({"CASEAPP_LAWYER_NAME_RU": "Анна Образцова"}).name_ru
    lawyer = with_(LAWYER, name_ru=ru_name)
    ru = docx_text(generate_letter(demo, find_template("ombudsman_visit_medical_ru"), cid,
                                   lawyer=lawyer, contact_id=to))
    assert "Анна Образцова" in ru and LAWYER.name not in ru
    # No Armenian spelling recorded: the Armenian letter is signed as the name is written.
    hy = docx_text(generate_letter(demo, find_template("ombudsman_visit_medical_hy"), cid,
                                   lawyer=lawyer, contact_id=to))
    assert LAWYER.name in hy and "Анна Образцова" not in hy
    en = docx_text(generate_letter(demo, find_template("ombudsman_visit_medical_en"), cid,
                                   lawyer=lawyer, contact_id=to))
    assert LAWYER.name in en and "Анна Образцова" not in en


@pytest.mark.parametrize(("key", "person", "organisation"), [
    ("embassy_brief_en", "Dear Marc Exemple,", "Dear Sir or Madam,"),
    ("embassy_brief_ru", "Уважаемый(-ая) Marc Exemple!", "Уважаемые господа!"),
    ("embassy_brief_hy", "Հարգելի Marc Exemple,", "Հարգելի տիկնայք և պարոնայք,"),
])
def test_a_letter_greets_a_person_by_name_and_an_organisation_as_its_staff(
        demo: CaseFile, key: str, person: str, organisation: str) -> None:
    template = find_template(key)
    cid = demo_id(demo, "Tigran Vardanyan")
    contact = next(c for c in demo.contacts.list() if c.name == "Marc Exemple")
    assert contact.organisation_id is not None
    to_person = docx_text(generate_letter(demo, template, cid, lawyer=LAWYER,
                                          contact_id=contact.id)).splitlines()
    assert person in to_person
    org_name = demo.organisations.get(contact.organisation_id).name
    to_organisation = docx_text(generate_letter(
        demo, template, cid, lawyer=LAWYER, organisation_id=contact.organisation_id)).splitlines()
    assert organisation in to_organisation
    # the organisation is named in the address, never greeted as if it were a person
    assert not any(line.endswith(f"{org_name},") or line.endswith(f"{org_name}!")
                   for line in to_organisation)
    typed = docx_text(generate_letter(
        demo, template, cid, lawyer=LAWYER, organisation_id=contact.organisation_id,
        extra={"recipient_name": "Anna Muster"})).splitlines()
    assert person.replace("Marc Exemple", "Anna Muster") in typed


def test_a_letter_to_nobody_asks_for_its_greeting(demo: CaseFile) -> None:
    template = find_template("embassy_brief_en")
    cid = demo_id(demo, "Tigran Vardanyan")
    missing = dict(letter_missing_fields(demo, template, cid, lawyer=LAWYER))
    assert {"salutation", "recipient_block"} <= set(missing)



def test_a_womans_status_in_a_russian_letter_is_said_in_the_feminine(demo: CaseFile) -> None:
    cid = demo_id(demo, "Lilit Hakobyan")  # repatriated
    to = next(c.id for c in demo.contacts.list() if c.name == "Marc Exemple")
    lines = docx_text(generate_letter(demo, find_template("embassy_brief_ru"), cid,
                                      lawyer=LAWYER, contact_id=to,
                                      extra=dict.fromkeys(
                                          ("key_facts", "current_asks", "case_number", "charges",
                                           "court", "detention_place", "next_hearing"), "-")
                                      )).splitlines()
    assert lines[lines.index("Статус") + 1] == "Репатриирована"


@pytest.mark.parametrize("lang", ["ru", "hy", "en"])
def test_days_in_custody_are_grouped_as_the_letter_s_language_writes_numbers(
        demo: CaseFile, lang: str) -> None:
    """"2224 сут." in a Russian letter whose dossier says "2 224 дня": a letter writes the
    number as its language does, like every other document."""
    cid = demo_id(demo, "Aram Hovhannisyan")
    days = build_dossier(demo, cid, level="shareable").captive.days_in_custody
    assert days is not None and days > 999
    to = next(c.id for c in demo.contacts.list() if c.name == "Marc Exemple")
    shown = docx_text(generate_letter(demo, find_template(f"embassy_brief_{lang}"), cid,
                                      lawyer=LAWYER, contact_id=to,
                                      extra=dict.fromkeys(("next_hearing",), "-")))
    assert format_number(days, lang) in shown
    if format_number(days, lang) != str(days):  # Armenian writes 2224 ungrouped (CLDR)
        assert str(days) not in shown
