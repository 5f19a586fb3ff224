"""An Armenian sentence's case ending joins an Armenian name filled into it, in the form
the name's last sound asks for; after digits and Latin letters it keeps its hyphen."""

from __future__ import annotations

import pytest

from caseapp.domain.armenian_endings import attach_endings
from caseapp.domain.messages import msg


@pytest.mark.parametrize(("filled", "mended"), [
    ("Ստեփանյան-ի գործը", "Ստեփանյանի գործը"),            # genitive after a consonant
    ("Արամ Սարգսյան-ը ազատվեց", "Արամ Սարգսյանը ազատվեց"),  # the article after a consonant
    ("Աննա-ը", "Աննան"), ("Մարի-ը", "Մարին"),                # the article after a vowel
    ("Շահինյան-ն", "Շահինյանը"),                             # "ն" written for a consonant
    ("Աննա-ի", "Աննայի"), ("Կարո-ով", "Կարոյով"), ("Շուշա-ում", "Շուշայում"),  # a glide
    ("Մարի-ի", "Մարիի"), ("Գյումրի-ում", "Գյումրիում"), ("Ռուզե-ից", "Ռուզեից"),
    ("Սարգսյան-ին, Աննա-ին", "Սարգսյանին, Աննային"),        # each ending in the sentence
    # A phrase with its article already ("the WGAD draft") takes no second one: it was
    # «ԿԿԱԽ-ին ուղղված նախագիծըն ֆայլերի թղթապանակ է».
    ("ԿԿԱԽ-ին ուղղված նախագիծը-ը ֆայլերի", "ԿԿԱԽ-ին ուղղված նախագիծը ֆայլերի"),
])
def test_an_ending_joins_an_armenian_word(filled: str, mended: str) -> None:
    assert attach_endings(filled) == mended


@pytest.mark.parametrize("kept", [
    "2026-ի", "case.db-ն", "Sargsyan-ի", "Саргсян-ը", "ՄԻԵԴ-ի",  # digits, Latin, Cyrillic, capitals
    "հայ-ադրբեջանական", "Սարգսյան-Պետրոսյան",                 # a compound, a double name
    "Աննա-իտա", "— ի", "Ստեփանյան - ի",                        # not a lone ending
])
def test_other_hyphens_stay(kept: str) -> None:
    assert attach_endings(kept) == kept


def test_a_message_names_an_armenian_captive_without_a_hyphen() -> None:
    text = ("The file of {name} (ID {record_id}) is marked {marked}: it cannot go in a travel "
            "copy at the {level} level.")
    # The sentence names the captive in parentheses: no ending to join, none left hyphenated.
    armenian = msg(text, name="Գագիկ Ստեփանյան", record_id=8, marked="internal", level="public")
    assert "(Գագիկ Ստեփանյան, № 8)" in armenian.render("hy")
    assert "Ստեփանյան-" not in armenian.render("hy")
    latin = msg(text, name="Gagik Stepanyan", record_id=8, marked="internal", level="public")
    assert "(Gagik Stepanyan, № 8)" in latin.render("hy")
