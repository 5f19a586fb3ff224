"""French documents print their own words with the typographic apostrophe, as French
typography has it (« l’article 39 », « d’Azerbaïdjan »), not the typewriter's "'"; what the
lawyer typed (a note, a name, a field of a letter) is printed as typed, "'" included. Text
copied or extracted from a French PDF gives the "’" printed."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

from docx import Document

from caseapp.message_catalogues import load
from caseapp.reports import filing_words_echr
from caseapp.reports.dossier import render_dossier
from caseapp.reports.filing_words import WORDS
from caseapp.reports.letter_templates import find_template, shipped_templates, used_placeholders
from caseapp.reports.letters import render_letter
from caseapp.reports.texts import FEMININE, LABELS, OF_A_WOMAN, TEXTS
from caseapp.resources import resource
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.filing_time_limit import NOTES_FR
from tests.reports.conftest import LAWYER, docx_text
from tests.reports.pdf_words import pdf_text

LETTER = "A-Za-zÀ-ÖØ-öø-ÿŒœ"
# An elision written with the straight apostrophe: l'article, d'Azerbaïdjan, l'{charges}
STRAIGHT = re.compile(rf"[{LETTER}]'[{LETTER}{{]")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _french_of_rules(value: object) -> Iterator[str]:
    """The French values (keys ending in ``_fr``) of a rule file, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith("_fr"):
                yield from _strings(item)
            else:
                yield from _french_of_rules(item)
    elif isinstance(value, list):
        for item in value:
            yield from _french_of_rules(item)


def _straight(texts: Iterator[str]) -> list[str]:
    return [t for t in texts if STRAIGHT.search(t)]


def test_the_french_documents_own_words_use_the_typographic_apostrophe() -> None:
    words = [TEXTS["fr"], LABELS["fr"], FEMININE["fr"], OF_A_WOMAN["fr"], WORDS["fr"],
             filing_words_echr.RIGHTS_FR, filing_words_echr.FORM_NOTES_FR,
             filing_words_echr.FORM_SPACE_SOURCE_FR, filing_words_echr.FR_OF_A_WOMAN,
             list(NOTES_FR.values())]
    assert _straight(_strings(words)) == []
    rules = [tomllib.loads(p.read_text(encoding="utf-8"))
             for p in sorted(Path(resource("rules")).glob("*.toml"))]
    assert _straight(_french_of_rules(rules)) == []


def test_the_french_letters_own_words_use_the_typographic_apostrophe() -> None:
    french = [t for t in shipped_templates() if t.language == "fr"]
    assert len(french) >= 7
    for template in french:
        doc = Document(str(template.path))
        assert _straight(iter(p.text for p in doc.paragraphs)) == [], template.key


def test_the_french_catalogue_uses_the_typographic_apostrophe() -> None:
    # (the messages a French document prints: deadline steps, holidays, the pack's warnings)
    french = [m.string for m in load("fr") if m.id and m.string]
    assert _straight(_strings(french)) == []


def test_what_the_lawyer_typed_is_printed_as_typed_beside_the_typographic_words(
        case_file: CaseFile, tmp_path: Path) -> None:
    typed = "Selon l'avocat d'office, il n'a pas vu l'ordonnance."
    cid = case_file.captives.create(
        names=[dict(full_name="Gevorg O'Hara", language="en", is_primary=True)],
        capture="2024-05-01", status="held", summary=typed).id
    dossier = build_dossier(case_file, cid, level="internal", lawyer=LAWYER)
    text = pdf_text(render_dossier(dossier, author="", lang="fr"), tmp_path)
    assert typed in text and "Gevorg O'Hara" in text
    assert "réservé à l’équipe juridique" in text  # the level line, the dossier's own words
    assert not STRAIGHT.search(text.replace(typed, "").replace("O'Hara", ""))


def test_a_french_letter_keeps_a_typed_apostrophe() -> None:
    template = find_template("icrc_request_fr")
    values = {name: "§" for name in used_placeholders(template)}
    values |= {"captive_name": "Gevorg O'Hara", "lawyer_name": "Anne d'Arc"}
    text = docx_text(render_letter(template, values))
    assert "Gevorg O'Hara" in text and "Anne d'Arc" in text
    assert "l’expression de ma haute considération" in text
