"""A value too long for its cell cut in its middle between words: the place of detention's
kind and its number or city kept whole («Пенитенциарное … № 17»), not «Пенитенциар…ждение
№ 17»; one word too long for the cell (a hash) cut between letters, as before."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from caseapp.ui.widgets.middle_cut import middle_cut


def _metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QApplication.font())


def test_a_place_keeps_its_kind_and_its_number_whole(qapp) -> None:
    m = _metrics(qapp)
    text = "Пенитенциарное учреждение № 17"
    width = m.horizontalAdvance("Пенитенциарное … № 17") + 2
    assert middle_cut(text, m, width) == "Пенитенциарное … № 17"
    assert middle_cut(text, m, m.horizontalAdvance(text)) == text  # room enough: whole


def test_the_number_and_the_city_are_what_is_kept(qapp) -> None:
    m = _metrics(qapp)
    armenian = "Թիվ 17 քրեակատարողական հիմնարկ"  # the number first: kept before the end
    assert middle_cut(armenian, m, m.horizontalAdvance("Թիվ 17 … հիմնարկ") + 2) == "Թիվ 17 … հիմնարկ"
    assert middle_cut(armenian, m, m.horizontalAdvance("Թիվ 17 …") + 2) == "Թիվ 17 …"
    city = "Следственный изолятор г. Баку № 1"
    assert middle_cut(city, m, m.horizontalAdvance("Следственный … г. Баку № 1") + 2) \
        == "Следственный … г. Баку № 1"


def test_a_number_in_the_middle_is_kept_at_every_width_it_fits(qapp) -> None:
    """The demo's «Բաքվի թիվ 1 նախնական կալանքի վայր» (its number third of six words) was
    shown «Բաքվի թիվ… վայր» at the widths where «Բաքվի թիվ 1 … վայր» did not fit: its last
    word whole and the number cut away, though «Բաքվի թիվ 1 …» fitted (seen in the list at
    1024 pixels, where the column's width then depends on the fit's timing)."""
    m = _metrics(qapp)
    for text, number, start in (("Բաքվի թիվ 1 նախնական կալանքի վայր", "1", "Բաքվի թիվ 1 …"),
                                ("Следственный изолятор № 3 города Баку", "3", "Следственный изолятор № 3 …")):
        fits_from = m.horizontalAdvance(start)
        for width in range(fits_from, m.horizontalAdvance(text) + 1):
            shown = middle_cut(text, m, width)
            assert m.horizontalAdvance(shown) <= width, (width, shown)
            assert number in shown.split(), (width, shown)


def test_a_word_too_long_for_the_cell_is_cut_between_letters(qapp) -> None:
    m = _metrics(qapp)
    sha = "b031e9b0f7a8d6623c2f84704a1b031e9b0f7a8d6623c2f84704a1"
    shown = middle_cut(sha, m, m.horizontalAdvance(sha) // 2)
    assert "…" in shown and shown.startswith(sha[:4]) and shown.endswith(sha[-4:])
    place = "Пенитенциарное учреждение № 17"  # its first word and its end too wide: the end
    width = m.horizontalAdvance("Пенитенциарное № 17") - 10  # whole, the start cut
    shown = middle_cut(place, m, width)
    assert shown.endswith("… № 17") and shown.startswith("Пени") and m.horizontalAdvance(shown) <= width
