"""What row-level security costs a team member: the paths of the desktop app timed on one
team server as the database's owner (whom the policies do not apply to: the simplest code
doing the same reads) and as an internal and a shareable member.

    CASEAPP_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:54329/postgres \\
        uv run python benchmarks/team_members.py [--captives 2000] [--runs 3] [--server-jit]

Makes a scratch database on that server (dropped after) holding CAPTIVES captives with their
orders and deadlines (``benchmarks/case_files.py``, moved there by a JSON import), half of
them and their orders shareable, sets the team up with one member of each clearance and
prints the median of ``--runs`` of each path for the three, with the members' times over
the owner's. ``--server-jit`` lets the server compile statements just in time, as CaseApp's
connections did before they turned it off (session 13). Asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.case_files import build, open_file
from caseapp.cli import main as cli
from caseapp.config import Location
from caseapp.services import interchange
from caseapp.services.casefile import CaseFile, open_case_file
from tests.postgres import drop_database, login_url, make_database

PASSWORD = "Team-Members-Benchmark-42"
MEMBERS = ("internal", "shareable")


def _fill(url: str, captives: int) -> None:
    with tempfile.TemporaryDirectory(prefix="caseapp-members-") as folder:
        path = build(Path(folder) / "built.db", captives)
        source = open_file(path)
        try:
            data = interchange.export_data(source.ctx)
        finally:
            source.close()
    owner = open_case_file(Location(url=url), create=True, actor="owner")
    try:
        interchange.import_data(owner.ctx, data, services=owner)
        with owner.db.engine.begin() as conn:  # half the captives, and their orders, shareable
            conn.exec_driver_sql("UPDATE captives SET sensitivity = 'shareable' WHERE mod(id, 2) = 0")
            conn.exec_driver_sql("UPDATE detention_orders SET sensitivity = 'shareable' "
                                 "WHERE mod(captive_id, 2) = 0")
    finally:
        owner.close()
    quiet = io.StringIO()
    if cli(["team", "init", "--db", url], out=quiet, err=quiet) != 0:
        sys.exit(f"team init failed: {quiet.getvalue()}")
    os.environ["CASEAPP_NEW_PASSWORD"] = PASSWORD
    for clearance in MEMBERS:
        login = _login(url, clearance)
        if cli(["team", "add-user", login, "--clearance", clearance, "--db", url],
               out=quiet, err=quiet) != 0:
            sys.exit(f"team add-user failed: {quiet.getvalue()}")


def _login(url: str, clearance: str) -> str:
    return f"bench_{clearance}_{url.rsplit('_', 1)[-1]}"


def _paths(cf: CaseFile) -> list[tuple[str, Callable[[], Any]]]:
    captive_id = 6  # shareable, with an order
    order = cf.detention_orders.list(captive_id=captive_id)[0]
    return [
        ("Captives list", lambda: cf.captive_list()),
        ("Deadlines view", lambda: cf.reminders.rows()),
        ("Needs attention", lambda: cf.reminders.attention()),
        ("dashboard", lambda: cf.overview.dashboard()),
        ("search `vard`", lambda: cf.search.captive_ids("vard")),
        ("a captive's file", lambda: cf.captive_file(captive_id)),
        ("an order's term changed", lambda: cf.detention_orders.update(
            order.id, term_months=order.term_months % 4 + 1)),
    ]


def measure(url: str, runs: int) -> dict[str, float]:
    cf = open_case_file(Location(url=url), actor="benchmark")
    try:
        times: dict[str, list[float]] = {}
        for _ in range(runs):
            for label, path in _paths(cf):
                start = time.perf_counter()
                path()
                times.setdefault(label, []).append(time.perf_counter() - start)
    finally:
        cf.close()
    return {label: statistics.median(ts) for label, ts in times.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--captives", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--server-jit", action="store_true")
    args = parser.parse_args(argv)
    server = os.environ.get("CASEAPP_TEST_PG_URL")
    if not server:
        sys.exit("set CASEAPP_TEST_PG_URL (eval \"$(.ci/postgres start)\")")
    if args.server_jit:
        from caseapp.db import postgres
        postgres._without_jit = lambda *_: None  # type: ignore[assignment]
    name = make_database(server, "members")
    url = server.rsplit("/", 1)[0] + "/" + name
    try:
        _fill(url, args.captives)
        owner = measure(url, args.runs)
        members = [measure(login_url(url, _login(url, c), PASSWORD), args.runs) for c in MEMBERS]
    finally:
        drop_database(server, name)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {args.captives:,} captives, "
          f"medians of {args.runs}{', JIT on' if args.server_jit else ''}")
    print("| Path | owner | internal member | shareable member | members / owner |")
    print("|---|---|---|---|---|")
    for label, base in owner.items():
        inner, shared = (m[label] for m in members)
        print(f"| {label} | {base * 1000:.0f} ms | {inner * 1000:.0f} ms | {shared * 1000:.0f} ms "
              f"| {inner / base:.1f}× / {shared / base:.1f}× |")


if __name__ == "__main__":
    main()
