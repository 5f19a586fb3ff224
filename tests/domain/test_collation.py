"""Names in the alphabetical order of the reader's language (the captives list, the status
report): Russian ё with е and Latin letters with accents with their letters (both came after
the last letter, Я or Z), the language's own script first."""

from __future__ import annotations

from caseapp.domain.collation import name_sort_key


def _sorted(names: list[str], lang: str) -> list[str]:
    return sorted(names, key=lambda n: name_sort_key(n, lang))


def test_russian_yo_sorts_with_ye_and_short_i_stays_a_letter() -> None:
    names = ["Яковлев Пётр", "Артур Петров", "Ёлкин Иван", "Йосиф", "Иван", "Артём Семёнов"]
    assert _sorted(names, "ru") == ["Артём Семёнов", "Артур Петров", "Ёлкин Иван", "Иван",
                                    "Йосиф", "Яковлев Пётр"]


def test_accented_latin_letters_sort_with_their_letters() -> None:
    names = ["Zakaryan", "Ünal Çelik", "Şahin", "Əliyev", "Aliyev", "Elçin", "Ezgi",
             "İsmayıl", "Ismail", "Jose\u0301", "Josef"]
    assert _sorted(names, "en") == ["Aliyev", "Elçin", "Əliyev", "Ezgi", "Ismail", "İsmayıl",
                                    "Jose\u0301", "Josef", "Şahin", "Ünal Çelik", "Zakaryan"]


def test_the_languages_own_script_comes_first() -> None:
    names = ["Vahe", "Գագիկ", "Ваге", "Էդգար", "Ելենա", "王小明"]
    assert _sorted(names, "hy") == ["Գագիկ", "Ելենա", "Էդգար", "Vahe", "Ваге", "王小明"]
    assert _sorted(names, "ru") == ["Ваге", "Vahe", "Գագիկ", "Ելենա", "Էդգար", "王小明"]
    assert _sorted(names, "en") == ["Vahe", "Ваге", "Գագիկ", "Ելենա", "Էդգար", "王小明"]
