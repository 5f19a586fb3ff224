"""The Armenian ՝ (բութ) marks one pause in a clause: a word set apart, a list announced
("նախագծի լեզուն՝ en"). Two in one clause with nothing between but words read as a stammer
("…ինչ հետևյալը՝ գերի՝ «Պետրոսյան»"). Checked over every Armenian message as the lead
applies the deliveries (tests/applied_translations.py), and over the import-sheet's refusal
with the captive named in it, as the lawyer reads it."""

from __future__ import annotations

import re

from tests.applied_translations import Key, applied, catalogue, catalogue_sources, qt_sources

# Two ՝ with no clause mark between them: no full stop (։), միջակետ (.), colon, semicolon,
# comma, parenthesis, line break, or “or”, “and”, “but” joining the parts of a list.
TWICE = re.compile(r"՝(?:(?!\b(?:կամ|և|ու|իսկ)\b)[^՝։.:;,()\n])*՝")

REFUSAL = ("row {row} ({label}) may be the same person as {who} (score {score}: {reasons}); "
           "say whether to merge, skip or create it. Nothing was imported.")
# How the refusal names a captive (caseapp.services.sheet_preview.Duplicate.captive_named).
CAPTIVE_NAMED = ("the captive “{name}” (ID {id})", "the captive “{name}” ({facts}; ID {id})")


def _shown(lang: str) -> dict[Key, list[str]]:
    """The messages of the catalogues (what the app can show), as the deliveries will have
    them: a delivery for a text the app no longer has is never read, and is left out."""
    whole = applied(lang)
    return {key: whole[key] for key in (*qt_sources(lang), *catalogue_sources(lang))}


def test_no_armenian_message_puts_two_apposition_marks_in_one_clause() -> None:
    found = [f"{context or ''} {source!r}: {text!r}"
             for (context, source), forms in _shown("hy").items() for text in forms
             if TWICE.search(text)]
    assert found == [], "\n".join(found)


def test_the_rule_finds_two_marks_in_a_clause_and_not_in_two() -> None:
    assert TWICE.search("նույն անձը, ինչ հետևյալը՝ գերի՝ «Ա»")
    assert not TWICE.search("տող 4՝ «Ա», և գերի՝ «Բ»")  # two clauses
    assert not TWICE.search("նշեք՝ միավորել։ Լեզուն՝ hy")


def test_the_import_sheets_refusal_names_the_captive_with_one_mark_at_most() -> None:
    hy = catalogue("hy")
    (refusal,) = hy[(None, REFUSAL)]
    for source in CAPTIVE_NAMED:
        (named,) = hy[(None, source)]
        who = named.format(name="Պետրոսյան Արմեն", id=3, facts="ծնվ. 1990")
        said = refusal.format(row=5, label="Պետրոսյան Ա.", who=who, score="0.9",
                              reasons="անուն")
        assert "Պետրոսյան Արմեն" in said and not TWICE.search(said), said
