"""A file name CaseApp makes from a captive's name or a title opens on every file system."""

from __future__ import annotations

import pytest

from caseapp.domain.file_names import LIMIT, safe_file_name


@pytest.mark.parametrize("stem", ['Досье: Армен/Мартиросян? "x" <y> | z*', "a\\b\tc\x00d"])
def test_characters_a_file_system_refuses_become_spaces(stem: str) -> None:
    name = safe_file_name(stem, ".pdf")
    assert not set(name) & set('<>:"/\\|?*\t\x00')
    assert "  " not in name and name.endswith(".pdf")


def test_no_trailing_dot_or_space_before_the_suffix() -> None:
    assert safe_file_name("Dossier Armen Martirosyan. . ", ".pdf") == "Dossier Armen Martirosyan.pdf"
    assert safe_file_name(" .hidden", "") == "hidden"


@pytest.mark.parametrize("stem", ["CON", "nul", "Aux", "COM1", "lpt9"])
def test_a_name_windows_reserves_is_changed(stem: str) -> None:
    name = safe_file_name(stem, ".pdf")
    assert name.split(".")[0].upper() not in {"CON", "NUL", "AUX", "COM1", "LPT9"}


@pytest.mark.parametrize("letter", ["a", "Ж", "Ա"])
def test_a_long_name_is_cut_at_a_whole_letter_within_the_limit(letter: str) -> None:
    name = safe_file_name(letter * 400 + " end", ".docx")
    assert len(name.encode("utf-8")) <= LIMIT
    assert name.endswith(".docx") and name[:-5].strip(letter) == ""
    name.encode("utf-8").decode("utf-8")  # no letter cut in half


def test_nothing_left_gives_the_fallback() -> None:
    assert safe_file_name(" ... ", ".pdf", fallback="документ") == "документ.pdf"


@pytest.mark.parametrize("stem", ["Letter \u202excod.exe", "Dossier \u2067Aram\u2069 \u200fx",
                                  "Dos\u200bsier\u00ad Aram\ufeff"])
def test_nothing_that_reorders_or_hides_letters_is_kept(stem: str) -> None:
    """A right-to-left override makes a file manager show "Letter exe.docx…" as "…xcod.exe"
    read backwards; a zero-width or soft-hyphen letter makes two equal-looking names differ.
    A name stored before CaseApp cleaned what is typed, or a template's own file name, can
    hold them: the file name made from it does not."""
    from caseapp.domain.clean_text import BIDI_CONTROLS, INVISIBLE

    name = safe_file_name(stem, ".docx")
    assert not set(name) & set(BIDI_CONTROLS + INVISIBLE)
    assert name.endswith(".docx") and "  " not in name


def test_the_parts_of_an_annex_split_in_ten_or_more_are_listed_in_their_order_by_name() -> None:
    """A file list sorted by name (the lawyer's, the portal's upload dialog) gave Part_1,
    Part_10, Part_11, Part_2: the part's number now has the digits of the count."""
    from datetime import date

    from caseapp.domain.strasbourg import annex_file_name

    names = [annex_file_name(3, date(2024, 5, 19), "Приговор суда", part=i, parts=12)
             for i in range(1, 13)]
    assert names[0] == "03_2024-05-19_Prigovor_suda_Part_01.pdf"
    assert sorted(names) == names
    assert annex_file_name(3, None, "Order", part=2, parts=3) == "03_Order_Part_2.pdf"
    assert annex_file_name(3, None, "Ordre", part=2, parts=12, lang="fr").endswith("_02.pdf")
