"""A man's given name and the woman's of the same root: Александр and Александра, Евгений
and Евгения, Валентин and Валентина. The woman's adds an ending to the man's (-а, or -ия for
-ий), so their sound keys are a letter or two apart and the duplicate check's similarity
ratio (:mod:`caseapp.domain.sheet_match`) called them one name: Aleksandr and Aleksandra
Petrenko born the same day, a brother and a sister, scored 0.97, likely one person. No
general rule can tell them apart: an Armenian woman's name is written with the same -а added
by the Russian convention (Tamar / Тамара, Ruzan / Рузанна), and she is one woman. So the
pairs are listed here, each in its Russian and its Ukrainian form and the Latin spellings the
folding of :mod:`caseapp.domain.names` does not bring together; the duplicate check never
takes the one for the other. A search still finds both (a search word is the beginning of a
name: "Aleksandr" finds Aleksandra).

Only pairs the duplicate check took for one name are listed, the commonest: a woman's name
in -a of a man's in -v (Vladislav / Vladislava) is told apart as a surname in -ov / -ova is,
and a short one by its one more letter (Armen / Armine, Karen / Karine); the Armenian
women's names of a man's root (Hayk / Haykuhi, Vardan / Varduhi) are other words to it.
"""

from __future__ import annotations

from functools import lru_cache

# A man's given name and the woman's of its root, each as a tuple of its spellings.
PAIRS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("Александр", "Олександр", "Alexander", "Alexandr"),
     ("Александра", "Олександра", "Alexandra")),
    (("Евгений", "Євген", "Yevgeny", "Evgeny", "Eugene"),
     ("Евгения", "Євгенія", "Yevgenia", "Evgenia", "Yevheniia", "Eugenia")),
    (("Валентин",), ("Валентина",)),
    (("Богдан",), ("Богдана",)),
    (("Валерий", "Валерій"), ("Валерия", "Валерія", "Valeria")),
    (("Юлиан", "Юліан"), ("Юлиана", "Юліана")),
    (("Роман",), ("Романа",)),
    (("Даниэль", "Daniel"), ("Даниэла", "Daniela")),
    (("Габриэль", "Gabriel"), ("Габриэла", "Gabriela")),
    (("Рафаэль", "Ռաֆայել", "Rafael"), ("Рафаэла", "Rafaela")),
    (("Эльнур", "Elnur"), ("Эльнура", "Elnurə", "Elnura")),
)


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """Every (man's, woman's) pair of whole-word sound keys of :data:`PAIRS`."""
    from caseapp.domain.names import name_keys

    def keys(spellings: tuple[str, ...]) -> set[str]:
        return {s for spelling in spellings for w in name_keys(spelling) for s in w.whole}

    return frozenset((m, w) for man, woman in PAIRS for m in keys(man) for w in keys(woman))


def man_and_woman(a: str, b: str) -> bool:
    """Whether the whole-word sound keys ``a`` and ``b`` are a man's given name and the
    woman's of its root (in either order)."""
    pairs = _pairs()
    return (a, b) in pairs or (b, a) in pairs


__all__ = ["PAIRS", "man_and_woman"]
