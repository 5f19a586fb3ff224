"""Armenian separates the items of a list with its mijaket (․, the semicolon's place), never
with the Latin ";": the list of what an output leaves out, and every listed value."""

from __future__ import annotations

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Listed, msg, reload_catalogues
from caseapp.domain.redaction import Omission, OmissionSummary


def _summary() -> OmissionSummary:
    titles = tuple(f"«Գրառում {i}»" for i in range(1, 8))
    return OmissionSummary(msg("dossier"), Sensitivity.PUBLIC,
                           (Omission(msg("Places of detention"), 7, titles),))


def test_what_an_output_leaves_out_is_listed_with_the_mijaket_in_armenian() -> None:
    from caseapp.domain.messages import set_language

    reload_catalogues()
    before = set_language("hy")
    try:
        lines = _summary().lines()
    finally:
        set_language(before)
    listed = lines[1]
    assert ";" not in listed
    assert "«Գրառում 1»\u2024 «Գրառում 2»" in listed


def test_russian_and_english_keep_the_semicolon() -> None:
    from caseapp.domain.messages import set_language

    for lang in ("ru", "en"):
        before = set_language(lang)
        try:
            assert "«Գրառում 1»; «Գրառում 2»" in _summary().lines()[1]
        finally:
            set_language(before)


def test_a_listed_value_is_joined_as_the_language_writes_a_list() -> None:
    items = msg("{values}", values=Listed(("ա, բ", "գ")))
    assert items.render("hy") == "ա, բ\u2024 գ"
    assert items.render("ru") == "ա, բ; գ"
