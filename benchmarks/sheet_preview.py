"""Does the spreadsheet import preview (and the import after it) grow with the rows, not faster?

    uv run python benchmarks/sheet_preview.py [SIZES...]     (default 5000 10000 20000 40000)

Writes, for each size, an XLSX of realistic rows: common Armenian given names and surnames
written in Armenian, Cyrillic or Latin letters (so thousands of rows share a given name or
a surname), some with a patronymic, birth and capture dates in several formats, and one row
in fifty the same person as a row above (another script, the same birth date). Each size is
previewed, then imported, on a fresh case file that already holds a tenth of the rows as
captives (what the preview compares against). Prints the times, the time per 1,000 rows and
the ratio of each size's time to the previous size's time (about the ratio of the sizes when
the work grows linearly; its square when it grows quadratically); asserts nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

# (Latin, Cyrillic, Armenian) spellings of common names.
GIVEN = [("Armen", "Армен", "Արմեն"), ("Aram", "Арам", "Արամ"), ("Davit", "Давид", "Դավիթ"),
         ("Gor", "Гор", "Գոռ"), ("Hayk", "Айк", "Հայկ"), ("Tigran", "Тигран", "Տիգրան"),
         ("Narek", "Нарек", "Նարեկ"), ("Karen", "Карен", "Կարեն"), ("Vahe", "Ваге", "Վահե"),
         ("Artur", "Артур", "Արթուր"), ("Suren", "Сурен", "Սուրեն"), ("Levon", "Левон", "Լևոն"),
         ("Gevorg", "Геворг", "Գևորգ"), ("Ashot", "Ашот", "Աշոտ"), ("Samvel", "Самвел", "Սամվել"),
         ("Vardan", "Вардан", "Վարդան"), ("Hovhannes", "Ованес", "Հովհաննես"),
         ("Arsen", "Арсен", "Արսեն"), ("Edgar", "Эдгар", "Էդգար"), ("Mher", "Мгер", "Մհեր"),
         ("Anna", "Анна", "Աննա"), ("Mariam", "Мариам", "Մարիամ"), ("Lusine", "Лусине", "Լուսինե"),
         ("Ani", "Ани", "Անի"), ("Gayane", "Гаяне", "Գայանե")]
SURNAMES = [("Petrosyan", "Петросян", "Պետրոսյան"), ("Harutyunyan", "Арутюнян", "Հարությունյան"),
            ("Sargsyan", "Саргсян", "Սարգսյան"), ("Grigoryan", "Григорян", "Գրիգորյան"),
            ("Hakobyan", "Акопян", "Հակոբյան"), ("Vardanyan", "Варданян", "Վարդանյան"),
            ("Khachatryan", "Хачатрян", "Խաչատրյան"), ("Karapetyan", "Карапетян", "Կարապետյան"),
            ("Gevorgyan", "Геворгян", "Գևորգյան"), ("Avetisyan", "Аветисян", "Ավետիսյան"),
            ("Mkrtchyan", "Мкртчян", "Մկրտչյան"), ("Hovhannisyan", "Оганесян", "Հովհաննիսյան"),
            ("Ghazaryan", "Казарян", "Ղազարյան"), ("Manukyan", "Манукян", "Մանուկյան"),
            ("Poghosyan", "Погосян", "Պողոսյան"), ("Martirosyan", "Мартиросян", "Մարտիրոսյան"),
            ("Sahakyan", "Саакян", "Սահակյան"), ("Stepanyan", "Степанян", "Ստեփանյան"),
            ("Abrahamyan", "Абрамян", "Աբրահամյան"), ("Mirzoyan", "Мирзоян", "Միրզոյան")]
PATRONYMICS = ["Арменович", "Ашотович", "Самвелович", "Карапетович"]
STATUS = ["в плену", "կալանքի տակ", "convicted", "осужден", "released", "пропал без вести"]


def person(rnd: random.Random) -> tuple[int, int, int, int]:
    """(given, surname, birth year, birth day of the year) of a made-up person."""
    return (rnd.randrange(len(GIVEN)), rnd.randrange(len(SURNAMES)), rnd.randrange(1950, 2005),
            rnd.randrange(365))


def row_of(p: tuple[int, int, int, int], script: int, rnd: random.Random, i: int) -> list[str]:
    given, surname, year, day = p
    name = f"{GIVEN[given][script]} {SURNAMES[surname][script]}"
    if script == 1 and rnd.random() < 0.3:
        name = f"{SURNAMES[surname][1]} {GIVEN[given][1]} {rnd.choice(PATRONYMICS)}"
    month, mday = 1 + day // 31 % 12, 1 + day % 28
    born = [f"{mday:02d}.{month:02d}.{year}", f"{year}-{month:02d}-{mday:02d}", str(year)][i % 3]
    captured = f"{1 + i % 28:02d}.{1 + i % 9:02d}.2024"
    return [name, born, captured, STATUS[i % len(STATUS)], f"row {i}"]


def write_sheet(path: Path, rows: int, seed: int = 7) -> list[list[str]]:
    """Writes ``rows`` rows to ``path`` and returns them (one in fifty repeats a person above)."""
    rnd = random.Random(seed)
    people: list[tuple[int, int, int, int]] = []
    out = []
    for i in range(rows):
        p = rnd.choice(people) if people and i % 50 == 49 else person(rnd)
        people.append(p)
        out.append(row_of(p, rnd.randrange(3), rnd, i))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Пленные")
    ws.append(["ФИО", "Ծննդյան ամսաթիվ", "Дата задержания", "Статус", "Notes"])
    for r in out:
        ws.append(r)
    wb.save(path)
    return out


def measure(folder: Path, rows: int) -> tuple[float, float, int]:
    """Seconds of the preview and of the import of ``rows`` rows, and the duplicates shown."""
    base, sheet = folder / f"base-{rows}.xlsx", folder / f"list-{rows}.xlsx"
    write_sheet(base, rows // 10, seed=rows + 1)
    write_sheet(sheet, rows)
    cf = open_case_file(Location(path=folder / f"{rows}.db"), create=True, actor="bench")
    try:
        first = preview(cf, base)
        import_rows(cf, first, decisions_for(first, skip_errors=True, on_duplicate="create"))
        start = time.perf_counter()
        pv = preview(cf, sheet)
        t_preview = time.perf_counter() - start
        start = time.perf_counter()
        import_rows(cf, pv, decisions_for(pv, skip_errors=True, on_duplicate="create"))
        t_import = time.perf_counter() - start
    finally:
        cf.close()
    return t_preview, t_import, len(pv.with_duplicates)


def main(sizes: list[int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-bench-sheet-preview-"))
    print(f"{'rows':>7} {'preview':>9} {'per 1k':>7} {'ratio':>6} {'import':>9} {'per 1k':>7} "
          f"{'ratio':>6} {'duplicates':>10}")
    last: tuple[int, float, float] | None = None
    for rows in sizes:
        t_preview, t_import, dups = measure(folder, rows)
        r_p = r_i = ""
        if last:
            r_p = f"{t_preview / last[1]:.2f}"
            r_i = f"{t_import / last[2]:.2f}"
        print(f"{rows:>7} {t_preview:>8.2f}s {t_preview * 1000 / rows:>6.3f}s {r_p:>6} "
              f"{t_import:>8.2f}s {t_import * 1000 / rows:>6.3f}s {r_i:>6} {dups:>10}", flush=True)
        last = (rows, t_preview, t_import)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5_000, 10_000, 20_000, 40_000])
