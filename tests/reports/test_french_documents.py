"""The dossier, the status report (PDF and XLSX) and every shipped letter in French: French
headings, dates as French writes them (« 27 novembre 2026 », « 1er »), none of the English
catalogue's phrases (but those French spells the same), a woman's agreement, and the levels
holding in French as in the other languages."""

from __future__ import annotations

import io
import re
import string

import pytest
from openpyxl import load_workbook

from caseapp.reports.dossier import render_dossier, section_titles
from caseapp.reports.letter_templates import find_template, shipped_templates, used_placeholders
from caseapp.reports.letters import render_letter
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.reports.texts import LABELS, TEXTS
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.letter_data import generate_letter
from caseapp.services.status_report_data import build_status_report
from tests.conftest import TODAY
from tests.reports.conftest import (
    LATIN,
    LAWYER,
    SECRET,
    Small,
    demo_id,
    docx_text,
    outline_titles,
    pdf_text,
)
from tests.reports.test_document_languages import _english_in, english_phrases

NB = "\u00a0"
# The English catalogue's phrases French writes the same ("Date", "Source", "Page", "Total",
# "Probable"): found in a French document, they are French.
def _french_pieces() -> set[str]:
    out: set[str] = set()
    for entry in [*TEXTS["fr"].values(), *LABELS["fr"].values()]:
        for form in entry.values() if isinstance(entry, dict) else [entry]:
            for literal, *_ in string.Formatter().parse(form):
                out.add(literal.strip(" :·,()–-+<" + NB))
    return out


# (and two words French writes the same inside its headings: « Contacts avec la famille »,
# « Notes internes »)
SAME_IN_FRENCH = english_phrases() & _french_pieces() | {"Contacts", "Notes"}


def _english_left(text: str, record: object = None) -> list[str]:
    return [p for p in _english_in(text, record) if p not in SAME_IN_FRENCH]


@pytest.fixture(scope="module")
def armen(demo: CaseFile) -> int:
    return demo_id(demo, "Armen Martirosyan")


def test_the_check_finds_english_left_in_a_french_document() -> None:
    assert "Chronology" in _english_left("Chronologie ... Chronology")
    assert _english_left("Date Source Total") == []


def test_french_dossier(demo: CaseFile, armen: int) -> None:
    dossier = build_dossier(demo, armen, level="internal", lawyer=LAWYER)
    data = render_dossier(dossier, author="Anna Example", lang="fr")
    pages = pdf_text(data)
    text = "\n".join(" ".join(p.split()) for p in pages)
    for title in section_titles("fr"):
        assert " ".join(title.split()) in text, title
    assert "Chronologie" in text and "Capture et situation juridique" in text
    assert _english_left(text, dossier) == [], _english_left(text, dossier)
    assert set(section_titles("fr")) <= set(outline_titles(data))
    assert "Imprimé le 27 novembre 2026" in text  # the demo's today
    assert f"Page 1 sur {len(pages)}" in pages[0]
    assert "Imprimé au niveau INTERNE" in text
    assert pages[0].startswith("Armen Martirosyan")  # French names in Latin letters first
    assert "arménien" in text and "azerbaïdjanais" in text  # languages named in French


def _flat(text: str) -> str:
    return " ".join(text.replace(NB, " ").split())


def test_french_dossier_gives_the_deadlines_rules_in_french(demo: CaseFile, armen: int) -> None:
    made = outputs.dossier(demo, armen, level="internal", author="", lawyer=LAWYER, lang="fr")
    text = _flat(" ".join(pdf_text(made.data)))
    # the rule's title, and its source under it, as a French lawyer cites it
    assert "Expiration de l’ordonnance de placement en détention" in text
    assert "Source : L’ordonnance de placement en détention elle-même" in text
    assert ("Source : Code de procédure pénale de la République d’Azerbaïdjan, art. 159.3-1 "
            "(selon les informations disponibles)") in text
    for english in ("Detention order expires", "Extension of detention", "AZ CCrP",
                    "as reported"):
        assert english not in text, english


def test_french_status_report_gives_the_deadlines_rules_in_french(demo: CaseFile) -> None:
    pdf = outputs.status_report(demo, level="internal", author="", lang="fr")
    text = _flat(" ".join(pdf_text(pdf.data)))
    book = load_workbook(io.BytesIO(outputs.status_report(
        demo, level="internal", author="", fmt="xlsx", lang="fr").data))
    cells = _flat(" ".join(str(c) for ws in book.worksheets
                           for row in ws.iter_rows(values_only=True) for c in row if c))
    for shown in (text, cells):
        assert "Prolongation de la détention : demande de l’enquêteur" in shown
        assert "Code de procédure pénale de la République d’Azerbaïdjan, art. 159.3-1" in shown
        for english in ("Extension of detention", "AZ CCrP", "as reported"):
            assert english not in shown, english


def test_a_french_document_is_named_in_french(demo: CaseFile, armen: int) -> None:
    """The name a French document is kept under in the case file (the window's Keep, before
    or without a Save as) and the title it is listed by, as a Russian one gets Russian ones;
    safe for every file system (no colon in the name)."""
    day = "2026-11-27"  # the demo's today
    dossier = outputs.dossier(demo, armen, level="shareable", author="", lawyer=LAWYER,
                              lang="fr")
    assert dossier.filename == f"Dossier Armen Martirosyan (transmissible) {day}.pdf"
    assert dossier.title == f"Dossier{NB}: Armen Martirosyan (transmissible)"
    report = outputs.status_report(demo, level="public", author="", fmt="xlsx", lang="fr")
    assert report.filename == f"Rapport de situation des captifs (public) {day}.xlsx"
    assert report.title == "Rapport de situation des captifs (public)"
    internal = outputs.status_report(demo, level="internal", author="", lang="fr")
    assert internal.filename == f"Rapport de situation des captifs (interne) {day}.pdf"
    exposure = outputs.exposure(demo, as_of=TODAY, lang="fr")
    assert exposure.filename == f"Rapport d’exposition après saisie {day}.pdf"
    assert exposure.title.startswith("Rapport d’exposition après saisie (")
    # the other languages as before
    assert outputs.dossier(demo, armen, level="shareable", author="", lawyer=LAWYER,
                           lang="en").filename == f"Dossier Armen Martirosyan (shareable) {day}.pdf"


def test_a_french_letter_says_yes_in_french_of_a_woman(demo: CaseFile) -> None:
    from datetime import date

    from caseapp.reports.letter_values import letter_context

    anahit = build_dossier(demo, demo_id(demo, "Anahit Davtyan"), level="internal",
                           lawyer=LAWYER)
    context = letter_context(anahit, lang="fr", lawyer=LAWYER, today=date(2026, 11, 27))
    assert context["captive_is_woman"] == "oui"  # printed by a template that shows it


def test_french_dossier_of_a_woman_agrees_with_her(demo: CaseFile) -> None:
    anahit = demo_id(demo, "Anahit Davtyan")
    dossier = build_dossier(demo, anahit, level="internal", lawyer=LAWYER)
    text = " ".join(" ".join(p.split()) for p in pdf_text(render_dossier(dossier, lang="fr")))
    assert "Capturée" in text and "Conduite à" in text
    assert "Appels et lettres entre la captive et sa famille" in text
    assert not re.search(r"Capturé(?!e)", text)


def test_french_status_report_pdf(demo: CaseFile) -> None:
    report = build_status_report(demo, level="internal")
    text = "\n".join(" ".join(p.split()) for p in pdf_text(render_status_pdf(report, lang="fr")))
    assert _english_left(text, report) == [], _english_left(text, report)
    for phrase in ("Rapport de situation des captifs", "Synthèse", "Captifs par situation",
                   "En cours de jugement", "25 captifs", "Imprimé le 27 novembre 2026"):
        assert phrase in text, phrase


def test_french_status_workbook(demo: CaseFile) -> None:
    report = build_status_report(demo, level="internal")
    book = load_workbook(io.BytesIO(render_status_xlsx(report, lang="fr")))
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert _english_left("\n".join([*book.sheetnames, *cells]), report) == []
    assert book.sheetnames == ["Captifs", "Synthèse", "Audiences"]
    assert [c.value for c in book.worksheets[0][1]][:4] == [
        "ID", "Graphie latine", "Nom", "Situation"]
    captives, summary, hearings = book.worksheets
    dates = [captives.cell(row=2, column=c) for c in (8, 11, 12)]
    dates += [summary["B4"], hearings.cell(row=2, column=1)]
    assert {c.number_format for c in dates} == {"dd/mm/yyyy"}


@pytest.mark.parametrize("level", ["shareable"])
def test_a_french_document_holds_nothing_above_its_level(small: Small, level: str) -> None:
    dossier = build_dossier(small.cf, small.captive_id, level=level, lawyer=LAWYER)
    text = "\n".join(pdf_text(render_dossier(dossier, lang="fr")))
    report = build_status_report(small.cf, level=level)
    text += "\n".join(pdf_text(render_status_pdf(report, lang="fr")))
    book = load_workbook(io.BytesIO(render_status_xlsx(report, lang="fr")))
    text += "\n".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                      for c in row if c is not None)
    assert SECRET not in text  # health, a place, a visit, a document, a note: all internal
    assert text.startswith(LATIN)
    assert {"shareable": "niveau TRANSMISSIBLE", "public": "niveau PUBLIC"}[level] in text
    if level == "public":
        assert "Date limite" not in text  # no litigation timing in a public dossier


FRENCH_LETTERS = sorted(t.key for t in shipped_templates() if t.language == "fr")


def test_every_letter_is_in_french() -> None:
    english = {t.key[:-3] for t in shipped_templates() if t.language == "en"}
    assert {k[:-3] for k in FRENCH_LETTERS} == english and len(english) >= 7


@pytest.mark.parametrize("key", FRENCH_LETTERS)
def test_each_french_letter_is_generated_in_french(demo: CaseFile, key: str) -> None:
    anahit = demo_id(demo, "Anahit Davtyan")  # a woman: « ma cliente », « née »
    template = find_template(key)
    assert used_placeholders(template) - {"captive_is_woman"} == used_placeholders(
        find_template(key[:-3] + "_en"))
    values = {"respondent_state": "Azerbaïdjan", "health": "diabète"}
    text = docx_text(generate_letter(demo, template, anahit, lawyer=LAWYER, contact_id=1,
                                     extra=values))
    assert "novembre 2026" in text or key.startswith("power_of_attorney"), text[:300]
    # (the demo's data is in English: "the Hakari bridge"; the letter's own words are not)
    for english in ("Yours", "Dear", "Sir", "Date of birth", "custody", "Name", "Captured",
                    "Citizenship", "Place of detention", "Status"):
        assert english not in text, (key, english)
    assert "Anahit Davtyan" in text
    if not key.startswith(("power_of_attorney", "press_statement")):
        assert "Madame, Monsieur," in text
        assert text.rstrip().endswith("l’expression de ma haute considération.\nAnna Example") \
            or "l’expression de ma haute considération." in text
    if key.startswith("power_of_attorney"):
        assert text.startswith("PROCURATION")
        assert "Je soussignée, Anahit Davtyan" in text and "née le 15 janvier 1983" in text
        assert "Signature de la mandante (Anahit Davtyan)" in text
    if key.startswith("icrc_request"):
        assert "ma cliente" in text and "mon client" not in text
    # French typography, in the letter's own words (no data): a no-break space before « : »
    own = docx_text(render_letter(template, {n: "§" for n in used_placeholders(template)}))
    assert not re.search(r"[^\s\u00a0]:", own), re.findall(r".{20}[^\s\u00a0]:", own)
    assert not re.search(r" [:;?!]", own), re.findall(r".{20} [:;?!]", own)
