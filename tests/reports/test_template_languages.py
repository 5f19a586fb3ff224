"""Every shipped letter in English, Armenian, Russian and French: the four exist, use the same
placeholders, and an Armenian or Russian letter holds none of the English one's words (a French
one none but the words French spells the same); the
Russian and Armenian power of attorney name the captive so that he can read it."""

from __future__ import annotations

import re

import pytest

from caseapp.reports.letter_templates import (
    LetterTemplate,
    find_template,
    shipped_templates,
    used_placeholders,
)
from caseapp.reports.letters import render_letter
from caseapp.services.casefile import CaseFile
from caseapp.services.letter_data import generate_letter
from tests.reports.conftest import LAWYER, demo_id, docx_text

SHIPPED = {t.key: t for t in shipped_templates()}
BASES = sorted(k[:-3] for k in SHIPPED if k.endswith("_en"))
NEUTRAL = "§"  # a value with no letters: whatever is left in the letter is the template's
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _neutral(template: LetterTemplate) -> str:
    return docx_text(render_letter(template, {n: NEUTRAL for n in used_placeholders(template)}))


GRAMMATICAL = {"captive_is_woman"}


def test_every_letter_exists_in_four_languages() -> None:
    assert len(BASES) >= 7  # the 7 letters shipped at the time of writing
    for base in BASES:
        for lang in ("en", "hy", "ru", "fr"):
            template = SHIPPED.get(f"{base}_{lang}")
            assert template is not None, f"{base}_{lang}"
            assert template.language == lang and template.path.is_file(), template
            assert template.level is SHIPPED[f"{base}_en"].level  # read at the same level


@pytest.mark.parametrize("base", BASES)
def test_translations_use_the_english_placeholders_and_none_of_its_words(base: str) -> None:
    english = SHIPPED[f"{base}_en"]
    words = {w.casefold() for w in LATIN_WORD.findall(_neutral(english))}
    assert len(words) > 15  # the English letter's own text
    for lang in ("hy", "ru"):
        template = SHIPPED[f"{base}_{lang}"]
        # (a field that only chooses a word's form, as Russian does for a woman, may be
        # tested by one language alone)
        assert used_placeholders(template) - GRAMMATICAL == used_placeholders(english), lang
        text = _neutral(template)
        left = {w for w in LATIN_WORD.findall(text) if w.casefold() in words}
        assert not left, (lang, left)
        assert not LATIN_WORD.findall(text), (lang, LATIN_WORD.findall(text))  # no Latin at all
        script = r"[\u0531-\u0587]" if lang == "hy" else r"[\u0400-\u04ff]"
        assert len(re.findall(script, text)) > 150, lang


# Words of the English letters that French writes the same (in the French letters' own text).
FRENCH_TOO = {"page", "urgent", "situation", "information", "date", "conditions",
              "international", "messages", "convention", "mandela", "nations", "nelson",
              "article", "me", "signature", "communications", "documents", "institutions",
              "contact", "communication", "annexes", "questionnaire", "source"}


@pytest.mark.parametrize("base", BASES)
def test_french_letters_use_the_english_placeholders_and_french_words(base: str) -> None:
    english = SHIPPED[f"{base}_en"]
    words = {w.casefold() for w in LATIN_WORD.findall(_neutral(english))}
    template = SHIPPED[f"{base}_fr"]
    assert used_placeholders(template) - GRAMMATICAL == used_placeholders(english)
    text = _neutral(template)
    left = {w for w in LATIN_WORD.findall(text) if w.casefold() in words - FRENCH_TOO}
    assert not left, left
    assert len(re.findall(r"[àâçéèêëîïôûùœÉÈÀ]", text)) > 5  # written in French
    assert " :" in text or ":" not in text  # a no-break space before the colon


def test_russian_and_armenian_power_of_attorney_for_a_captive(demo: CaseFile) -> None:
    cid = demo_id(demo, "Armen Martirosyan")  # born 30 June 1972; spellings in three scripts
    ru = docx_text(generate_letter(demo, find_template("power_of_attorney_ru"), cid,
                                   lawyer=LAWYER))
    assert ru.startswith("ДОВЕРЕННОСТЬ")
    assert "Я, Армен Мартиросян (Արմեն Մարտիրոսյան), дата рождения: 30 июня 1972\u00a0г." in ru
    assert "уполномочиваю адвоката (ФИО: Anna Example; регистрационный номер: AM-1234;" in ru
    assert "Подпись доверителя (Armen Martirosyan):" in ru  # the passport spelling
    assert "Европейском суде по правам человека" in ru
    hy = docx_text(generate_letter(demo, find_template("power_of_attorney_hy"), cid,
                                   lawyer=LAWYER))
    assert hy.startswith("ԼԻԱԶՈՐԱԳԻՐ")
    assert "Ես՝ ներքոստորագրյալս, Արմեն Մարտիրոսյան (Armen Martirosyan), ծննդյան ամսաթիվը՝ " \
           "1972 թ. հունիսի 30" in hy
    assert "Լիազորողի ստորագրությունը (Արմեն Մարտիրոսյան)՝" in hy
    assert "Մարդու իրավունքների եվրոպական դատարանում" in hy
