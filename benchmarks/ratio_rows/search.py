"""Issue 17's search rows: the app's search for captives against the simplest code doing the
same work.

    uv run python benchmarks/ratio_rows/search.py [--quick] [--search-captives N]
                                                  [--search-index-rows N] [--runs N]
                                                  [--keep DIR]

The app's path is ``CaseFile.search.captive_ids(query)``: the service call a view makes, with
its session, the query folded to search and sound keys, and the captives in rank order. The
simplest code folds the query with the same function, opens a bare ``sqlite3`` connection to
the same file and runs one hand-written FTS5 query giving the same captive ids in the same
order (checked equal). Alone, the script prints both sides' min / median and their ratio; in
``benchmarks/ratios.py`` the rows join the table.

Data: a case file built through the app's own paths (``benchmarks/case_files.py``: synthetic
captives, three spellings each in Armenian, Latin and Cyrillic, a place of detention, a
welfare contact and a summary — five index rows a captive —, a detention order for one in
ten with its deadlines, imported with the app's JSON import, which writes the search index
and the audit chain), so one eighth of them are Vardanyans and ``v`` matches 3 index rows
each of those. ``--keep DIR`` keeps the files in DIR and uses them again.
"""

from __future__ import annotations

import argparse
import atexit
import sqlite3
import statistics
import sys
import time
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.case_files import kept_or_built  # noqa: E402
from benchmarks.ratio_rows import Row, files_folder  # noqa: E402
from caseapp.config import Location  # noqa: E402
from caseapp.domain.names import name_keys  # noqa: E402
from caseapp.services.casefile import CaseFile, open_case_file  # noqa: E402

ENTRIES_PER_CAPTIVE = 5  # 3 names, the captive's summary, the place of detention
SOUND_MIN = 4  # as caseapp.domain.names: shorter sound keys are searched as whole words


# A detention order (and its deadlines, audit entries) for one captive in ten: the search
# neither reads nor indexes them, and the deadline engine computing them is most of the
# time a file takes to build (an order for every captive of 200,000: about twenty minutes).
ORDERS_EVERY = 10


@cache
def _case_file(captives: int, keep_in: str | None = None) -> tuple[CaseFile, Path]:
    """One file per size (``benchmarks/case_files.py``: built through the app's JSON import),
    built once for every row using it; kept in ``keep_in`` (and used again from there by the
    next run) when given, else deleted at exit."""
    folder = files_folder(argparse.Namespace(keep=keep_in), "caseapp-search-bench-")
    path = kept_or_built(folder, "search", captives, orders_every=ORDERS_EVERY)
    cf = open_case_file(Location(path=path), actor="bench")
    atexit.register(cf.close)
    return cf, path


class Data:
    def __init__(self, captives: int, query: str, keep_in: str | None = None):
        self.cf, self.path = _case_file(captives, keep_in)
        self.query = query
        self.conn = sqlite3.connect(self.path)


def app(data: Data) -> list[int]:
    return data.cf.search.captive_ids(data.query)


# The simplest code: one FTS5 statement; every word a prefix of a search key, or of a sound
# key if that is long enough, or a shorter sound key whole (but one letter the key starts with);
# names before other text, as written before by sound.
_SIMPLE = """
SELECT COALESCE(e.captive_id, hc.captive_id, ic.captive_id) AS cid
FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
LEFT JOIN hearing_captives hc ON e.entity = 'hearings' AND hc.hearing_id = e.record_id
LEFT JOIN intervention_captives ic ON e.entity = 'interventions' AND ic.intervention_id = e.record_id
WHERE search_fts MATCH ? AND cid IS NOT NULL
GROUP BY cid
ORDER BY MIN(%s * 1099511627776 + e.id)
"""
_EXACT_TIER = "((1 - e.is_name) * 2)"
_SOUND_TIER = ("((1 - e.is_name) * 2 + (e.id NOT IN (SELECT rowid FROM search_fts "
               "WHERE search_fts MATCH ?)))")


def simple(data: Data) -> list[int]:
    words = [(w.key, [f"{s}*" if len(s) >= SOUND_MIN else s for s in w.sounds
                      if len(s) > 1 or not w.key.startswith(s)])
             for w in name_keys(data.query)]
    exact = "{keys}: (" + " AND ".join(f"{k}*" for k, _ in words) + ")"
    if not any(sounds for _, sounds in words):
        return [cid for (cid,) in data.conn.execute(_SIMPLE % _EXACT_TIER, (exact,))]
    loose = " AND ".join("(" + " OR ".join(dict.fromkeys([f"{k}*", *sounds])) + ")"
                         if sounds else f"{k}*" for k, sounds in words)
    return [cid for (cid,) in data.conn.execute(_SIMPLE % _SOUND_TIER, (loose, exact))]


def _same(a: list[int], b: list[int]) -> bool:
    return a == b and len(a) > 0


def _captives(args: argparse.Namespace) -> int:
    return int(getattr(args, "search_captives", None) or (10_000 if args.quick else 100_000))


def _index_captives(args: argparse.Namespace) -> int:
    rows = int(getattr(args, "search_index_rows", None) or (100_000 if args.quick else 1_000_000))
    return rows // ENTRIES_PER_CAPTIVE


def _row(name: str, size: Any, query: str) -> Row:
    return Row(name=name, goal=1.5,
               setup=lambda args: Data(size(args), query, getattr(args, "keep", None)),
               app=app, simple=simple, same=_same)


ROWS = [
    _row("search, broad query at 100k captives: `v`", _captives, "v"),
    _row("search, broad query at 100k captives: `vardanian`", _captives, "vardanian"),
    _row("search at 1M index rows: `v` (< 150 ms)", _index_captives, "v"),
    _row("search at 1M index rows: `vardanian`", _index_captives, "vardanian"),
]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="10,000 captives, 100,000 index rows")
    p.add_argument("--search-captives", type=int, help="captives for the broad rows (100,000)")
    p.add_argument("--search-index-rows", type=int, help="index rows for the large rows (1M)")
    p.add_argument("--runs", type=int, default=7, help="interleaved runs of each side (>= 5)")
    p.add_argument("--keep", metavar="DIR",
                   help="keep the generated case files in DIR and use them again next time")
    args = p.parse_args()
    print(f"captives {_captives(args):,}; index rows {_index_captives(args) * 5:,}; "
          f"{args.runs} interleaved runs each")
    for row in ROWS:
        data = row.setup(args)
        times: dict[str, list[float]] = {"app": [], "simple": []}
        for run in range(args.runs):
            for side, fn in (("app", row.app), ("simple", row.simple)):
                start = time.perf_counter()
                result = fn(data)
                times[side].append(time.perf_counter() - start)
                if run == 0:
                    if side == "app":
                        first = result
                    elif not row.same(first, result):
                        raise SystemExit(f"{row.name}: the two sides' results differ")
        a, s = (statistics.median(times[k]) for k in ("app", "simple"))
        print(f"{row.name:<52} app {min(times['app']) * 1000:7.1f} / {a * 1000:7.1f} ms   "
              f"simple {min(times['simple']) * 1000:7.1f} / {s * 1000:7.1f} ms   "
              f"ratio {a / s:4.2f}× (goal {row.goal}×)   {len(first):,} captives", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
