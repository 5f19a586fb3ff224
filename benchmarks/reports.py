"""How long dossiers and status reports take to make on large case files.

    uv run python benchmarks/reports.py [N_CAPTIVES] [N_EVENTS]

1. A captive with N_EVENTS (default 1,000) events in the file (hearings, welfare contacts,
   detention orders, places of detention, interventions): build the dossier's records and
   render the PDF, at the internal and at the shareable level.
2. N_CAPTIVES (default 10,000) synthetic captives (``fill_synthetic``): build the status
   report's records and render it as PDF and as XLSX.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from caseapp.config import Location
from caseapp.demo.synthetic import fill_synthetic
from caseapp.reports.dossier import render_dossier
from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report

TODAY = date(2026, 11, 27)


def timed(label: str, fn: Any) -> Any:
    start = time.perf_counter()
    result = fn()
    size = f"  ({len(result) / 1024:,.0f} KiB)" if isinstance(result, bytes) else ""
    print(f"{label:<58} {time.perf_counter() - start:8.2f} s{size}")
    return result


def busy_captive(cf: CaseFile, events: int) -> int:
    """One captive with ``events`` records of the kinds the dossier prints."""
    c = cf.captives.create(names=["Տիգրան Վարդանյան", "Tigran Vardanyan", "Тигран Варданян"],
                           capture="2020-01-06", status="pre_trial", sensitivity="shareable",
                           summary="Synthetic captive for the benchmark.", health="Stable.")
    org = cf.organisations.create(name="ICRC Delegation in Baku", kind="icrc")
    share = events // 5
    start = date(2020, 1, 6)
    for i in range(share):  # consecutive stays
        cf.detention_places.create(captive_id=c.id, facility=f"Facility {i}",
                                   from_date=start + timedelta(days=i),
                                   to_date=start + timedelta(days=i + 1) if i + 1 < share else None,
                                   sensitivity="shareable" if i % 2 else "internal")
    for i in range(share):
        cf.welfare_contacts.create(captive_id=c.id, contact_on=start + timedelta(days=2 * i + 1),
                                   kind="icrc_visit" if i % 3 else "family_call",
                                   source="ICRC", notes=f"Visit {i}: seen in good health.")
    for i in range(share):
        cf.hearings.create(captive_ids=[c.id], kind="detention_extension",
                           starts_at=datetime(2020, 2, 1, 8, tzinfo=UTC) + timedelta(days=2 * i),
                           timezone="Asia/Baku", court="Baku Grave Crimes Court",
                           judge="Judge Şəhla Ağayeva", outcome="Detention extended.")
    for i in range(share):
        cf.interventions.create(made_on=start + timedelta(days=3 * i), organisation_id=org.id,
                                subject=f"Request {i}", request="Visit him.",
                                captive_ids=[c.id], sensitivity="shareable")
    for i in range(events - 4 * share):
        cf.detention_orders.create(captive_id=c.id, start_date=start + timedelta(days=4 * i),
                                   term_days=4, ordering_court="Nasimi District Court")
    return c.id


def main(argv: list[str]) -> int:
    captives = int(argv[0]) if argv else 10_000
    events = int(argv[1]) if len(argv) > 1 else 1_000
    with tempfile.TemporaryDirectory() as tmp:
        cf = open_case_file(Location(path=Path(tmp) / "busy.db"), create=True,
                            actor="benchmark", today=lambda: TODAY)
        cid = timed(f"fill: one captive with {events:,} events", lambda: busy_captive(cf, events))
        for level in ("internal", "shareable"):
            dossier = timed(f"dossier records ({level})",
                            lambda level=level: build_dossier(cf, cid, level=level))
            timed(f"dossier PDF ({level})", lambda d=dossier: render_dossier(d, author="Bench"))
        cf.close()

        cf = open_case_file(Location(path=Path(tmp) / "many.db"), create=True,
                            actor="benchmark", today=lambda: TODAY)
        timed(f"fill: {captives:,} synthetic captives", lambda: fill_synthetic(cf.ctx, captives))
        report = timed("status report records (internal)", lambda: build_status_report(cf))
        timed("status report records (shareable)",
              lambda: build_status_report(cf, level="shareable"))
        timed(f"status report PDF ({len(report.rows):,} rows)",
              lambda: render_status_pdf(report, author="Bench"))
        timed(f"status report XLSX ({len(report.rows):,} rows)",
              lambda: render_status_xlsx(report, author="Bench"))
        cf.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
