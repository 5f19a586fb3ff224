"""A captive's long name never pushes what a file name says of the document out of it: the
kind of document, its level and its day always survive; the name is what gets shortened, at a
word, with "…" (a single word too long is cut at a letter). Tried on every output a captive's
name goes into (the dossier, the letters), in every language documents are printed in, and on
the outputs without a name (they can never lose their day)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import file_names
from caseapp.domain.file_names import LIMIT
from caseapp.domain.messages import Translated
from caseapp.reports.letter_templates import find_template
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER

DAY = TODAY.isoformat()
LANGS = ["en", "hy", "ru", "fr"]
# An Azerbaijani spelling with patronymic and "oğlu", an Armenian name of 60+ letters, a name
# in three scripts, and one word of 300 letters.
AZERBAIJANI = "Məmmədov Əliağa Hüseynqulu oğlu Qarabağlı-Şəmkirli Məmmədəliyev Əbdülrəhimov"
ARMENIAN = "Հովհաննես Արտաշեսի Մկրտչյան-Տեր-Գրիգորյան Սարգսյան Համբարձումյան Պողոսյան"
THREE_SCRIPTS = "Արմեն Мартиросян Martirosyan Հովհաննիսյան Ованесян Hovhannisyan Карапетян"
ONE_WORD = "Ա" * 300
LONG = [AZERBAIJANI, ARMENIAN, THREE_SCRIPTS, ONE_WORD]
LEVEL = {"en": "(shareable)", "hy": "(փոխանցելի)", "ru": "(для передачи)",
         "fr": "(transmissible)"}


def _fits(name: str) -> None:
    assert len(name.encode("utf-8")) <= LIMIT, name
    name.encode("utf-8").decode("utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("long", LONG, ids=["az", "hy", "three scripts", "one word"])
def test_a_dossier_keeps_its_kind_level_and_day(lang: str, long: str) -> None:
    """"Dossier Məmmədov Əliağa … (share.pdf": the level cut in half and the day lost."""
    name = file_names.dossier(long, "shareable", date(2026, 12, 4)).text(lang)
    _fits(name)
    assert name.endswith(f" {LEVEL[lang]} 2026-12-04.pdf"), name
    assert name.startswith(file_names.dossier("X", "shareable", date(2026, 12, 4))
                           .text(lang).split(" X ")[0] + " "), name
    assert "…" in name, name  # the name was shortened, and says so


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("long", LONG, ids=["az", "hy", "three scripts", "one word"])
def test_a_letter_keeps_the_captive_as_far_as_it_fits_and_its_day(lang: str, long: str) -> None:
    title = Translated((("en", "Power of attorney"), ("hy", "Լիազորագիր"),
                        ("ru", "Доверенность"), ("fr", "Procuration")))
    name = file_names.letter(title, long, date(2026, 12, 4)).text(lang)
    _fits(name)
    assert name.endswith(", 2026-12-04.docx"), name
    assert long[:1] in name, name


@pytest.mark.parametrize("lang", LANGS)
def test_a_name_that_fits_is_not_shortened(lang: str) -> None:
    name = file_names.dossier("Արմեն Մարտիրոսյան", "shareable", date(2026, 12, 4)).text(lang)
    assert "Արմեն Մարտիրոսյան" in name and "…" not in name


def test_the_name_is_cut_at_a_word() -> None:
    name = file_names.dossier(AZERBAIJANI, "shareable", date(2026, 12, 4)).text("en")
    kept = name.removeprefix("Dossier ").removesuffix(" (shareable) 2026-12-04.pdf")
    assert kept.endswith("…")
    assert AZERBAIJANI.startswith(kept.removesuffix("…") + " ")


@pytest.fixture
def long_named(case_file: CaseFile) -> int:
    return case_file.captives.create(
        names=[dict(full_name=ARMENIAN, language="hy", is_primary=True),
               dict(full_name=AZERBAIJANI, language="en", kind="transliteration"),
               dict(full_name=THREE_SCRIPTS, language="ru", kind="transliteration")],
        status="held", sensitivity="public", consent_publicity=True).id


@pytest.mark.parametrize("lang", LANGS)
def test_the_dossier_and_letter_of_a_long_named_captive_keep_their_day(
        case_file: CaseFile, long_named: int, lang: str) -> None:
    dossier = outputs.dossier(case_file, long_named, level="public", author="", lawyer=LAWYER,
                              lang=lang, keep_copy=True)
    template = find_template(f"icrc_request_{lang}")
    missing = outputs.letter_missing_fields(case_file, template, long_named, lawyer=LAWYER)
    letter = outputs.letter(case_file, template, long_named, lawyer=LAWYER,
                            extra={n: "x" for n, _ in missing}, keep_copy=True)
    for made in (dossier, letter):
        _fits(made.filename)
        assert DAY in made.filename, made.filename
        assert made.kept is not None and made.kept.document.filename == made.filename
    assert dossier.filename.endswith(f" {DAY}.pdf")
    assert letter.filename.endswith(f"{DAY}.docx")


@pytest.mark.parametrize("lang", LANGS)
def test_a_letters_title_keeps_the_words_the_cut_name_leaves_room_for(lang: str) -> None:
    """A name too long for any file name is cut anyway: the title, cut first, had lost every
    word but its first for nothing ("ICRC… — Aram Хачатрян…, 2026-12-04.docx")."""
    title = Translated((("en", "ICRC: request for a visit and tracing"),
                        ("hy", "ԿԽՄԿ. այցի և որոնման խնդրանք"),
                        ("ru", "МККК: просьба о посещении и розыске"),
                        ("fr", "CICR : demande de visite et de recherches")))
    long = "Aram Хачатрян " + "ա" * 300
    name = file_names.letter(title, long, date(2026, 12, 4)).text(lang)
    _fits(name)
    shown = title.render(lang).replace(":", "").replace("  ", " ")
    assert name.startswith(shown), name
    assert "Aram Хачатрян…, 2026-12-04.docx" in name, name
