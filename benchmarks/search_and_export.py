"""How long search, listing and JSON export take on a large case file.

    uv run python benchmarks/search_and_export.py [N_CAPTIVES]

Creates N fictional captives (three spellings each) in a temporary case file through
the ORM in bulk, then times the operations a lawyer repeats all day. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from caseapp.config import Location
from caseapp.db import search_match as search
from caseapp.db.models import Captive, CaptiveName
from caseapp.domain.enums import CaptiveStatus, NameKind, Script
from caseapp.services.casefile import open_case_file

FAMILIES = [("Վարդանյան", "Vardanyan", "Варданян"), ("Խաչատրյան", "Khachatryan", "Хачатрян"),
            ("Գևորգյան", "Gevorgyan", "Геворгян"), ("Սարգսյան", "Sargsyan", "Саргсян"),
            ("Պետրոսյան", "Petrosyan", "Петросян"), ("Հովհաննիսյան", "Hovhannisyan", "Оганнисян")]
GIVEN = [("Արամ", "Aram", "Арам"), ("Տիգրան", "Tigran", "Тигран"), ("Սուրեն", "Suren", "Сурен"),
         ("Նարեկ", "Narek", "Нарек"), ("Դավիթ", "Davit", "Давид")]


def timed(label: str, fn, repeat: int = 5):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        cf = open_case_file(Location(path=Path(tmp) / "big.db"), create=True, actor="bench")
        start = time.perf_counter()
        with cf.db.session_factory.begin() as s:
            for i in range(n):
                fam, given = FAMILIES[i % len(FAMILIES)], GIVEN[(i // 7) % len(GIVEN)]
                serial = f" {i}" if i % len(FAMILIES) else ""
                c = Captive(status=list(CaptiveStatus)[i % 8])
                c.names = [
                    CaptiveName(full_name=f"{given[0]} {fam[0]}{serial}", script=Script.ARMENIAN,
                                language="hy", kind=NameKind.NATIVE, is_primary=True),
                    CaptiveName(full_name=f"{given[1]} {fam[1]}{serial}", script=Script.LATIN,
                                language="en", kind=NameKind.TRANSLITERATION),
                    CaptiveName(full_name=f"{given[2]} {fam[2]}{serial}", script=Script.CYRILLIC,
                                language="ru", kind=NameKind.TRANSLITERATION),
                ]
                s.add(c)
                if i % 5000 == 4999:
                    s.flush()
        print(f"{'insert ' + str(n) + ' captives (3 names each, indexed)':<48} "
              f"{(time.perf_counter() - start) * 1000:9.1f} ms")
        with cf.db.session_factory() as s:
            timed("search ids 'vardanian' (all scripts)", lambda: search.find(s, "vardanian"))
            timed("search ids 'Варданян Тигран 12'", lambda: search.find(s, "Варданян Тигран 12"))
        timed("captives.list(search='Vardanyan Aram 1') DTOs", lambda: cf.captives.list(search="Vardanyan Aram 1"))
        timed("captives.list(status=pre_trial) DTOs", lambda: cf.captives.list(status="pre_trial"), repeat=2)
        timed("export whole file to JSON", lambda: cf.export_json(Path(tmp) / "x.json"), repeat=1)
        size = (Path(tmp) / "x.json").stat().st_size
        print(f"{'export size':<48} {size / 1e6:9.1f} MB")
        cf.close()


if __name__ == "__main__":
    main()
