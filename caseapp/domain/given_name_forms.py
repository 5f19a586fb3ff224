"""One given name in its Ukrainian and its Russian form: Олександр and Александр, Микола and
Николай, Дмитро and Дмитрий. Captives and witnesses from Ukraine are recorded by the Ukrainian
form, in Cyrillic or in the Latin letters of a Ukrainian passport (Oleksandr, Mykola, Dmytro),
while Azerbaijani and Russian court papers, lists and the press write the Russian form
(Александр, Aleksandr, Alexander). The two forms differ by more than a convention of
transliteration (the Ukrainian О- where Russian has А- or Е-, -о where Russian has -ий, М- for
Н-, the Ukrainian Г written h in Latin letters), so no rule of the sound key brings them
together, and no general rule should: an initial O read as A would make Olga Alga. The names
are paired here, one by one, and :mod:`caseapp.domain.names` gives a word spelt as a Ukrainian
form the sound keys of its Russian form too (:data:`FORMS`).

Sources. The pairs are the Russian and Ukrainian forms the English Wikipedia's article
"Eastern Slavic naming customs" gives side by side in its lists of common male and female
first names ("the first variant is Russian, and the second is Ukrainian"). The Latin spelling
is the one Ukrainian passports write, by the national transliteration of the Cabinet of
Ministers of Ukraine, Resolution No. 55 of 27 January 2010 (Г h, И y, І i, Й y at the start
of a word and i elsewhere, Є ye / ie, Х kh): the older passport spellings in -iy (Oleksiy,
Serhiy, Andriy) and the other Latin spellings of each form meet these by the folding every
name goes through (y and i are one letter there, x is ks).

Only names whose two forms do not meet otherwise (by search or by the duplicate check) are
listed, and only the commonest: a name not listed is found as any other name is. A name the
same in both languages (Іван, Тарас, Богдан) needs no entry.
"""

from __future__ import annotations

# Ukrainian form in Cyrillic, its Latin spelling in a Ukrainian passport, the Russian form.
FORMS: tuple[tuple[str, str, str], ...] = (
    ("Олександр", "Oleksandr", "Александр"),
    ("Олександра", "Oleksandra", "Александра"),
    ("Олексій", "Oleksii", "Алексей"),
    ("Олена", "Olena", "Елена"),
    ("Григорій", "Hryhorii", "Григорий"),
    ("Микола", "Mykola", "Николай"),
    ("Сергій", "Serhii", "Сергей"),
    ("Андрій", "Andrii", "Андрей"),
    ("Юрій", "Yurii", "Юрий"),
    ("Дмитро", "Dmytro", "Дмитрий"),
    ("Володимир", "Volodymyr", "Владимир"),
    ("Михайло", "Mykhailo", "Михаил"),
    ("Павло", "Pavlo", "Павел"),
    ("Петро", "Petro", "Пётр"),
    ("Тетяна", "Tetiana", "Татьяна"),
    ("Олег", "Oleh", "Олег"),
    ("Ольга", "Olha", "Ольга"),
    ("Ігор", "Ihor", "Игорь"),
    ("Галина", "Halyna", "Галина"),
    ("Катерина", "Kateryna", "Екатерина"),
    ("Євген", "Yevhen", "Евгений"),
    ("Василь", "Vasyl", "Василий"),
)

__all__ = ["FORMS"]
