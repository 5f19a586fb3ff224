"""A 10,000-row spreadsheet imported with its preview, as a ratio to a bare bulk insert of
the same rows; and the dry run's and the import's time and peak memory against the
simplest code doing the same work.

    uv run python benchmarks/import_sheet.py [ROWS]     (default 10,000)

Writes an XLSX of ROWS distinct captives (made-up names in Armenian, Cyrillic and Latin
letters; dates in several formats; statuses in three languages)
and times, each on a fresh empty case file:
- preview: reading the file, mapping, checking every row and finding likely duplicates;
- import: writing the previewed rows (all or nothing, deadlines, one audit entry);
- bare: the same captives and names inserted with two executemany INSERTs (no checks, no
  search index, no deadlines): the floor any import stands on.
Prints figures and the ratio (preview + import) / bare; asserts nothing.

Then the same rows as a CSV file and as the XLSX, each side in a process of its own
(whose peak resident size, ``VmHWM``, is what it held at most, the interpreter and the
case file's opening included on both sides):
- app: ``preview`` then ``try_import`` (the dry run, rolled back) or ``import_rows``,
  the path of ``caseapp import-sheet [--dry-run]`` and of the wizard;
- simple: the file read with ``csv`` or openpyxl read-only, each row checked (a name, dates
  that read as dates, a known status) and the captives and their names inserted with two
  executemany INSERTs in one transaction, rolled back for the dry run.
Prints seconds and MiB of each and the ratios app / simple.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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


def write_csv(xlsx: Path, path: Path) -> None:
    """The XLSX's rows as a semicolon-separated UTF-8 file, as a list is often sent."""
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";").writerows(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()


def _peak_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def _side(side: str, sheet: Path, db: Path) -> None:
    """One side's run in this process; prints {seconds, MiB, created}."""
    cf = open_case_file(Location(path=db), create=True, actor="bench")
    start = time.perf_counter()
    if side.startswith("app"):
        from caseapp.services.sheet_import import try_import

        pv = preview(cf, sheet)
        decisions = decisions_for(pv, skip_errors=True, on_duplicate="create")
        write = try_import if side == "app-dry" else import_rows
        created = len(write(cf, pv, decisions).created)
    else:
        created = _simple(cf, sheet, dry=side == "simple-dry")
    seconds = time.perf_counter() - start
    cf.close()
    print(json.dumps({"seconds": seconds, "mib": _peak_mib(), "created": created}))


_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%B %Y", "%Y")


def _simple(cf: object, sheet: Path, *, dry: bool) -> int:
    """The simplest code doing the import's work: read, check, insert (see the docstring)."""
    rows: Iterator[list[str]]
    if sheet.suffix == ".csv":
        f: Any = sheet.open(newline="", encoding="utf-8")
        rows = csv.reader(f, delimiter=";")
    else:
        from openpyxl import load_workbook

        f = load_workbook(sheet, read_only=True)
        rows = ([("" if v is None else str(v)) for v in r]
                for r in f.worksheets[0].iter_rows(values_only=True))
    next(rows)
    names = []
    for name, born, captured, status, _notes in rows:
        for text in (born, captured):
            if not any(_is_date(text, fmt) for fmt in _DATE_FORMATS):
                raise SystemExit(f"not a date: {text}")
        if not name.strip() or status not in STATUS:
            raise SystemExit(f"a row the simple code refuses: {name}, {status}")
        names.append(name)
    f.close()
    engine = cf.db.engine  # type: ignore[attr-defined]
    with engine.connect() as conn, conn.begin() as tx:
        _insert(conn, names)
        if dry:
            tx.rollback()
    return len(names)


def _is_date(text: str, fmt: str) -> bool:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return False
    return True


def _insert(conn: object, names: list[str]) -> None:
    now = datetime.now(UTC)
    ids = conn.execute(insert(Captive).returning(Captive.id), [  # type: ignore[attr-defined]
        {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
         "field_levels": {}} for _ in names]).scalars().all()
    conn.execute(insert(CaptiveName), [  # type: ignore[attr-defined]
        {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "captive_id": cid,
         "full_name": n, "script": detect_script(n), "is_primary": True}
        for cid, n in zip(ids, names, strict=True)])


def peaks(folder: Path, xlsx: Path, rows: int) -> None:
    """Each side of the dry run and of the import, CSV and XLSX, in a process of its own."""
    sheet_csv = folder / "list.csv"
    write_csv(xlsx, sheet_csv)
    print(f"\n{'file':<5} {'what':<7} {'app':>8} {'simple':>8} {'ratio':>6}   "
          f"{'app':>8} {'simple':>8} {'ratio':>6}")
    for sheet in (sheet_csv, xlsx):
        for what in ("dry", "import"):
            got = {}
            for side in ("app", "simple"):
                db = folder / f"{side}-{what}-{sheet.suffix[1:]}.db"
                out = subprocess.run([sys.executable, __file__, "--side", f"{side}-{what}",
                                      str(sheet), str(db)], check=True, capture_output=True,
                                     text=True).stdout
                got[side] = json.loads(out.splitlines()[-1])
                if got[side]["created"] != rows:
                    raise SystemExit(f"{side} {what}: {got[side]['created']} of {rows} rows")
            a, b = got["app"], got["simple"]
            print(f"{sheet.suffix[1:]:<5} {what:<7} {a['seconds']:>7.1f}s {b['seconds']:>7.1f}s "
                  f"{a['seconds'] / b['seconds']:>5.1f}x   {a['mib']:>5.0f}MiB {b['mib']:>5.0f}MiB "
                  f"{a['mib'] / b['mib']:>5.1f}x", flush=True)


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
        _insert(conn, names)
    t_bare = time.perf_counter() - start
    cf.close()

    print(f"rows: {rows}; created {len(result.created)}, left out {result.left_out}, "
          f"likely duplicates shown {len(pv.with_duplicates)}")
    print(f"preview: {t_preview:.2f} s   import: {t_import:.2f} s   bare insert: {t_bare:.2f} s")
    print(f"ratio (preview + import) / bare insert: {(t_preview + t_import) / t_bare:.1f}")
    peaks(folder, sheet, rows)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--side"]:
        _side(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
