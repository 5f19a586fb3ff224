"""A 10,000-row spreadsheet imported with its preview, as a ratio to a bare bulk insert of
the same rows.

    uv run python benchmarks/import_sheet.py [ROWS]     (default 10,000)

Writes an XLSX of ROWS distinct captives (made-up names in Armenian, Cyrillic and Latin
letters; dates in several formats; statuses in three languages)
and times, each on a fresh empty case file:
- preview: reading the file, mapping, checking every row and finding likely duplicates;
- import: writing the previewed rows (all or nothing, deadlines, one audit entry);
- bare: the same captives and names inserted with two executemany INSERTs (no checks, no
  search index, no deadlines): the floor any import stands on.
Prints figures and the ratio (preview + import) / bare; asserts nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from caseapp.config import Location
from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.names import detect_script
from caseapp.services.casefile import open_case_file
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

STATUS = ["в плену", "կալանքի տակ", "convicted", "осужден", "released", "пропал без вести"]
# Made-up names of distinct people: two syllables, a surname ending in -yan, each written in
# Latin, Cyrillic or Armenian letters (one letter map; no two rows are one person).
_LETTERS = {"a": ("а", "ա"), "e": ("е", "ե"), "i": ("и", "ի"), "o": ("о", "ո"), "u": ("у", "ու"),
            "b": ("б", "բ"), "d": ("д", "դ"), "g": ("г", "գ"), "k": ("к", "կ"), "l": ("л", "լ"),
            "m": ("м", "մ"), "n": ("н", "ն"), "p": ("п", "պ"), "r": ("р", "ր"), "s": ("с", "ս"),
            "t": ("т", "տ"), "v": ("в", "վ"), "z": ("з", "զ"), "h": ("х", "հ")}


def _spelt(latin: str, script: int) -> str:
    if script == 0:
        return latin.capitalize()
    stem, ending = (latin[:-3], ("ян", "յան")[script - 1]) if latin.endswith("yan") else (latin, "")
    out = "".join(_LETTERS[c][script - 1] for c in stem) + ending
    return out[:1].upper() + out[1:]


def distinct_names(rows: int, seed: int = 15) -> list[str]:
    """``rows`` different given name + surname pairs, a third in each script."""
    rnd = random.Random(seed)
    syllables = [o + v for o in "bdgklmnprstvzh" for v in "aeiou"]
    words = [a + b for a in syllables for b in syllables]
    rnd.shuffle(words)
    side = int(rows ** 0.5) + 1
    given, family = words[:side], [w + "yan" for w in words[side:2 * side]]
    pairs = [(g, f) for g in given for f in family][:rows]
    rnd.shuffle(pairs)
    return [f"{_spelt(g, i % 3)} {_spelt(f, i % 3)}" for i, (g, f) in enumerate(pairs)]


def write_sheet(path: Path, rows: int) -> list[str]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Пленные")
    ws.append(["ФИО", "Ծննդյան ամսաթիվ", "Дата задержания", "Статус", "Notes"])
    names = distinct_names(rows)
    for i, name in enumerate(names):
        year = 1950 + i % 50
        born = [f"17.05.{year}", f"May {year}", str(year)][i % 3]
        ws.append([name, born, f"{1 + i % 28:02d}.0{1 + i % 9}.2024", STATUS[i % len(STATUS)],
                   f"row {i}"])
    wb.save(path)
    return names


def main(rows: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="caseapp-bench-sheet-"))
    sheet = folder / "list.xlsx"
    names = write_sheet(sheet, rows)

    cf = open_case_file(Location(path=folder / "a.db"), create=True, actor="bench")
    start = time.perf_counter()
    pv = preview(cf, sheet)
    t_preview = time.perf_counter() - start
    start = time.perf_counter()
    result = import_rows(cf, pv, decisions_for(pv, skip_errors=True, on_duplicate="create"))
    t_import = time.perf_counter() - start
    cf.close()

    cf = open_case_file(Location(path=folder / "b.db"), create=True, actor="bench")
    start = time.perf_counter()
    with cf.db.engine.begin() as conn:
        now = datetime.now(UTC)
        ids = conn.execute(insert(Captive).returning(Captive.id), [
            {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
             "field_levels": {}} for _ in names]).scalars().all()
        conn.execute(insert(CaptiveName), [
            {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "captive_id": cid,
             "full_name": n, "script": detect_script(n), "is_primary": True}
            for cid, n in zip(ids, names, strict=True)])
    t_bare = time.perf_counter() - start
    cf.close()

    print(f"rows: {rows}; created {len(result.created)}, left out {result.left_out}, "
          f"likely duplicates shown {len(pv.with_duplicates)}")
    print(f"preview: {t_preview:.2f} s   import: {t_import:.2f} s   bare insert: {t_bare:.2f} s")
    print(f"ratio (preview + import) / bare insert: {(t_preview + t_import) / t_bare:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
