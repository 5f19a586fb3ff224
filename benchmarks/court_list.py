"""An Azerbaijani court's list checked for duplicates against a large case file: the time of the
import's preview (every row matched against every captive) and of the likely duplicates of the
whole file, and how many of the court's people already in the file were found.

    PYTHONPATH=. uv run python benchmarks/court_list.py [CAPTIVES] [ROWS]   (default 2,000, 300)

The case file holds CAPTIVES men, each named in Armenian letters surname first with his
father's name in the genitive ("Վարդանյան Ռուբեն Կարենի"), every other one also in Latin
letters given name first ("Ruben Vardanyan"), born in a known year: few surnames and given names, as in life, so
that many share each. The court's list has ROWS rows, two thirds of them men of the file written
as the court writes them ("VARDANYAN Ruben Karen oğlu", or in Russian "Варданян Рубен
Каренович"), with a year of birth, the other third men not in the file. Prints figures; asserts
nothing.
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
from caseapp.services.sheet_duplicates import likely_pairs
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

# (Armenian, Russian, Latin) of common surnames and given names.
SURNAMES = [("Վարդանյան", "Варданян", "Vardanyan"), ("Պետրոսյան", "Петросян", "Petrosyan"),
            ("Հովհաննիսյան", "Оганесян", "Hovhannisyan"), ("Սարգսյան", "Саркисян", "Sargsyan"),
            ("Ղազարյան", "Казарян", "Ghazaryan"), ("Գրիգորյան", "Григорян", "Grigoryan"),
            ("Մկրտչյան", "Мкртчян", "Mkrtchyan"), ("Հակոբյան", "Акопян", "Hakobyan"),
            ("Խաչատրյան", "Хачатрян", "Khachatryan"), ("Կարապետյան", "Карапетян", "Karapetyan"),
            ("Ավետիսյան", "Аветисян", "Avetisyan"), ("Մարտիրոսյան", "Мартиросян", "Martirosyan"),
            ("Ստեփանյան", "Степанян", "Stepanyan"), ("Մանուկյան", "Манукян", "Manukyan"),
            ("Գևորգյան", "Геворкян", "Gevorgyan"), ("Ասատրյան", "Асатрян", "Asatryan")]
GIVEN = [("Ռուբեն", "Рубен", "Ruben"), ("Կարեն", "Карен", "Karen"), ("Արմեն", "Армен", "Armen"),
         ("Տիգրան", "Тигран", "Tigran"), ("Աշոտ", "Ашот", "Ashot"), ("Գագիկ", "Гагик", "Gagik"),
         ("Սամվել", "Самвел", "Samvel"), ("Արթուր", "Артур", "Artur"), ("Վահե", "Ваге", "Vahe"),
         ("Նարեկ", "Нарек", "Narek"), ("Դավիթ", "Давид", "Davit"), ("Հայկ", "Айк", "Hayk"),
         ("Լևոն", "Левон", "Levon"), ("Էդգար", "Эдгар", "Edgar"), ("Սերգեյ", "Сергей", "Sergey"),
         ("Գոռ", "Гор", "Gor"), ("Մհեր", "Мгер", "Mher"), ("Արամ", "Арам", "Aram")]


def people(count: int, seed: int = 7) -> list[tuple[int, int, int, int]]:
    """``count`` different men: (surname, given name, father's name, year of birth)."""
    rnd = random.Random(seed)
    seen: set[tuple[int, int, int, int]] = set()
    while len(seen) < count:
        seen.add((rnd.randrange(len(SURNAMES)), rnd.randrange(len(GIVEN)),
                  rnd.randrange(len(GIVEN)), rnd.randrange(1950, 2006)))
    out = sorted(seen)
    rnd.shuffle(out)
    return out


def court_row(man: tuple[int, int, int, int], i: int) -> list[str]:
    s, g, f, year = man
    if i % 2:
        return [SURNAMES[s][1], GIVEN[g][1], GIVEN[f][1] + "ович", str(year)]
    return [SURNAMES[s][2].upper(), GIVEN[g][2], GIVEN[f][2] + " oğlu", str(year)]


def main(captives: int = 2000, rows: int = 300) -> None:
    men = people(captives + rows // 3)
    ours, strangers = men[:captives], men[captives:]
    with tempfile.TemporaryDirectory() as tmp:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("captives")
        sheet.append(["Անուն ազգանուն", "Name", "Ծննդյան ամսաթիվ"])
        for i, (s, g, f, year) in enumerate(ours):
            sheet.append([f"{SURNAMES[s][0]} {GIVEN[g][0]} {GIVEN[f][0]}ի",
                          f"{GIVEN[g][2]} {SURNAMES[s][2]}" if i % 2 else "", str(year)])
        book.save(Path(tmp) / "file.xlsx")
        cf = open_case_file(Location(path=Path(tmp) / "bench.db"), create=True, actor="bench")
        pv = preview(cf, Path(tmp) / "file.xlsx")
        import_rows(cf, pv, decisions_for(pv, skip_errors=True, on_duplicate="create"))

        known = ours[: rows - len(strangers)]
        court = Workbook(write_only=True)
        sheet = court.create_sheet("list")
        sheet.append(["Soyadı", "Adı", "Atasının adı", "Doğum tarixi"])
        listed = known + strangers
        for i, man in enumerate(listed):
            sheet.append(court_row(man, i))
        court.save(Path(tmp) / "court.xlsx")

        start = time.perf_counter()
        pv = preview(cf, Path(tmp) / "court.xlsx")
        checked = time.perf_counter() - start
        found = sum(bool(r.duplicates) for r in pv.rows[:len(known)])
        wrong = sum(bool(r.duplicates) for r in pv.rows[len(known):])
        start = time.perf_counter()
        pairs = likely_pairs(cf.ctx)
        paired = time.perf_counter() - start
        cf.close()
    print(f"{captives} captives, a court's list of {len(listed)} rows")
    print(f"preview of the court's list: {checked:.2f} s; of the {len(known)} men in the file "
          f"{found} offered as duplicates; of the {len(strangers)} others {wrong}")
    print(f"likely duplicates of the file: {paired:.2f} s, {len(pairs)} pairs")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
