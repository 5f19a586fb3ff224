"""How much one team server carries: N clients working at once on one case file.

    CASEAPP_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:54329/postgres \\
        uv run python benchmarks/team_load.py [CLIENTS] [CAPTIVES] [SECONDS]

Makes a scratch database on that server (dropped after), fills it with CAPTIVES synthetic
captives (the benchmarks' usual fill), then runs CLIENTS clients, each with its own
connection pool (threads; one CaseFile each, as one desktop app), for SECONDS: a lawyer's
mix of 4 reads (the captive's whole file, the captives list page, a name search) to 1 save
(a summary, with the version it read, on a captive picked at random, so saves collide).
One more client listens, as a window would, and times how long a save takes to be heard.

Prints operations per second, the median and 95th-percentile time of reads and saves,
conflicts (refused saves: each reported, none lost) and the delay of live changes.
Asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import threading
import time
from datetime import date

from caseapp.config import Location
from caseapp.demo.synthetic import fill_synthetic
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.records import StaleRecord
from tests.postgres import drop_database, make_database

TODAY = date(2026, 11, 27)


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def client(cf: CaseFile, ids: list[int], until: float, seed: int,
           reads: list[float], saves: list[float], conflicts: list[int]) -> None:
    rng = random.Random(seed)
    while time.monotonic() < until:
        captive_id = rng.choice(ids)
        start = time.perf_counter()
        if rng.random() < 0.8:
            kind = rng.randrange(3)
            if kind == 0:
                cf.captive_file(captive_id)
            elif kind == 1:
                cf.captives.list()[:100]
            else:
                cf.search.find_captives(rng.choice(("Vardanyan", "Петросян", "Հակոբյան")))
            reads.append(time.perf_counter() - start)
        else:
            version = cf.captives.version(captive_id)
            try:
                cf.captives.update(captive_id, expected_version=version,
                                   summary=f"Client {seed}: {rng.random():.6f}")
                saves.append(time.perf_counter() - start)
            except StaleRecord:
                conflicts.append(1)


def main() -> None:
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    captives = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
    server = os.environ.get("CASEAPP_TEST_PG_URL")
    if not server:
        sys.exit("set CASEAPP_TEST_PG_URL (eval \"$(.ci/postgres start)\")")
    name = make_database(server, "load")
    url = server.rsplit("/", 1)[0] + "/" + name
    try:
        owner = open_case_file(Location(url=url), actor="owner", today=lambda: TODAY)
        started = time.perf_counter()
        fill_synthetic(owner.ctx, captives)
        print(f"filled {captives} captives in {time.perf_counter() - started:.1f} s")
        ids = [c.id for c in owner.captives.list()]
        heard: list[float] = []
        heard_at: dict[int, float] = {}

        def on_change(change: object) -> None:
            for captive_id in getattr(change, "ids", ()):
                heard_at[captive_id] = time.perf_counter()

        listener = owner.watch(on_change)
        files = [open_case_file(Location(url=url), actor=f"c{n}", today=lambda: TODAY)
                 for n in range(clients)]
        reads: list[float] = []
        saves: list[float] = []
        conflicts: list[int] = []
        until = time.monotonic() + seconds
        threads = [threading.Thread(target=client, args=(cf, ids, until, n, reads, saves,
                                                        conflicts)) for n, cf in enumerate(files)]
        for t in threads:
            t.start()
        probe = open_case_file(Location(url=url), actor="probe", today=lambda: TODAY)
        while time.monotonic() < until:  # the live-change probe: one save a second
            captive_id = random.choice(ids)
            try:
                probe.captives.update(captive_id, summary=f"probe {time.time()}")
            except StaleRecord:
                continue
            committed = time.perf_counter()  # the notice goes out at the commit
            while time.perf_counter() - committed < 5 and heard_at.get(captive_id, 0) < committed - 0.5:
                time.sleep(0.01)
            if captive_id in heard_at:
                heard.append(max(0.0, heard_at[captive_id] - committed))
            time.sleep(1.0)
        for t in threads:
            t.join()
        done = len(reads) + len(saves) + len(conflicts)
        print(f"{clients} clients, {captives} captives, {seconds:.0f} s on one server")
        print(f"operations per second      {done / seconds:9.1f}")
        print(f"reads  {len(reads):7d}   median {pct(reads, 0.5):7.1f} ms   "
              f"p95 {pct(reads, 0.95):7.1f} ms")
        print(f"saves  {len(saves):7d}   median {pct(saves, 0.5):7.1f} ms   "
              f"p95 {pct(saves, 0.95):7.1f} ms")
        print(f"conflicts (refused, reported) {len(conflicts)}")
        if heard:
            print(f"live change heard after: median {statistics.median(heard) * 1000:.0f} ms, "
                  f"worst {max(heard) * 1000:.0f} ms ({len(heard)} probes)")
        if listener is not None:
            listener.stop()
        for cf in [*files, probe, owner]:
            cf.close()
    finally:
        drop_database(server, name)


if __name__ == "__main__":
    main()
