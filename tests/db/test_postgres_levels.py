"""The server's policies and the app's own rule agree on what each clearance may see.

A case file of captives, prosecutions, hearings, detention orders (with the deadlines they
set off) and documents, each at a level drawn at random (fixed seed), is read through the
policies as a login of each clearance. What it sees must be exactly what the rule of
``caseapp.domain.redaction`` allows: the strictest of a record's own level and those of the
records it hangs on (:class:`caseapp.services.levels.LevelMap`, the map every output uses),
and of its captive.
"""

from __future__ import annotations

import random
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from caseapp.config import Location
from caseapp.db.models import (
    Deadline,
    DetentionOrder,
    Document,
    Hearing,
    Prosecution,
    hearing_captives,
)
from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import effective_level
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.levels import LevelMap, load_levels
from tests.conftest import TODAY
from tests.postgres import login_url, unique_login

PASSWORD = "Levels-Test-Password-31"
LEVELS = ("public", "shareable", "internal")


def build(cf: CaseFile, rng: random.Random) -> None:
    for n in range(4):
        captive = cf.captives.create(
            names=[f"Captive{n} Test"], sensitivity=rng.choice(LEVELS), consent_publicity=True,
            capture="2020-11-10", field_levels={"capture_date": rng.choice(LEVELS)})
        prosecutions = [cf.prosecutions.create(captive_id=captive.id, case_number=f"{n}-{p}",
                                               sensitivity=rng.choice(LEVELS)).id
                        for p in range(2)]
        for made in cf.deadline_engine.from_rule(  # a rule applied by hand: no record to follow
                captive_id=captive.id, rule_id="az.cassation", trigger=f"2026-0{n + 1}-10"):
            cf.deadlines.update(made.id, sensitivity=rng.choice(LEVELS))
        for k in range(3):
            parent = rng.choice([None, *prosecutions])
            hearing = cf.hearings.create(
                starts_at=f"2026-1{k}-0{n + 1} 10:00", timezone="Asia/Baku", court="Court",
                captive_ids=[captive.id], prosecution_id=parent, sensitivity=rng.choice(LEVELS))
            cf.detention_orders.create(captive_id=captive.id, start_date=f"2026-0{k + 6}-01",
                                       term_months=2, prosecution_id=rng.choice([None, *prosecutions]),
                                       sensitivity=rng.choice(LEVELS))
            cf.documents.create(captive_id=captive.id, title=f"doc {n}.{k}", filename="a.pdf",
                                content=b"%PDF-1.4", sensitivity=rng.choice(LEVELS),
                                hearing_id=rng.choice([None, hearing.id]),
                                prosecution_id=rng.choice([None, *prosecutions]))


def expected(cf: CaseFile) -> dict[str, dict[int, Sensitivity]]:
    """Each record's level by the app's rule, read by the owner (who sees everything)."""
    with cf.db.session_factory() as s:
        levels: LevelMap = load_levels(s.connection())

        def with_captive(level: Sensitivity, captive_id: int | None) -> Sensitivity:
            return effective_level(level, levels.captives[captive_id] if captive_id else None)

        prosecution_captive = dict(s.execute(select(Prosecution.id, Prosecution.captive_id)).all())
        found: dict[str, dict[int, Sensitivity]] = {"hearings": {}, "detention_orders": {},
                                                     "documents": {}, "deadlines": {}}
        concerned: dict[int, list[int]] = {}
        for hid, cid in s.execute(select(hearing_captives.c.hearing_id,
                                         hearing_captives.c.captive_id)):
            concerned.setdefault(hid, []).append(cid)
        for h in s.scalars(select(Hearing)):
            # Reached through its prosecution, a hearing also follows that prosecution's captive;
            # and it is hidden with its captives when none of them may be read (the least
            # restricted of them).
            captive = prosecution_captive.get(h.prosecution_id) if h.prosecution_id else None
            least = min((levels.captives[c] for c in concerned.get(h.id, [])),
                        key=lambda x: x.rank, default=None)
            found["hearings"][h.id] = effective_level(
                with_captive(levels.hearings[h.id], captive), least)
        for o in s.scalars(select(DetentionOrder)):
            found["detention_orders"][o.id] = with_captive(levels.triggers[o.uid], o.captive_id)
        for d in s.scalars(select(Document)):
            found["documents"][d.id] = levels.document(d)
        for d in s.scalars(select(Deadline)):
            found["deadlines"][d.id] = levels.deadline(d)
        return found


@pytest.mark.parametrize("seed", [14, 2026])
def test_what_each_clearance_sees_is_what_the_level_rule_allows(pg_url: str, seed: int) -> None:
    cf = open_case_file(Location(url=pg_url), actor="owner", today=lambda: TODAY)
    try:
        build(cf, random.Random(seed))
        rule = expected(cf)
        cf.team.init()
        logins = {}
        for clearance in (Sensitivity.PUBLIC, Sensitivity.SHAREABLE):
            logins[clearance] = unique_login(clearance.value)
            cf.team.add_user(logins[clearance], clearance=clearance, password=PASSWORD)
    finally:
        cf.close()
    assert len(rule["deadlines"]) > 10  # the orders set deadlines off: there is something to see
    shown: dict[Sensitivity, int] = {}
    for clearance, name in logins.items():
        url = login_url(pg_url, name, PASSWORD).replace("+psycopg", "")
        seen: dict[str, Any] = {}
        with psycopg.connect(url, autocommit=True) as conn:
            for table in rule:
                seen[table] = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
        for table, levels in rule.items():
            allowed = {i for i, level in levels.items() if clearance.allows(level)}
            assert seen[table] == allowed, (clearance, table)
        # Not all: the draw put records on both sides of the line.
        shown[clearance] = len(seen["documents"]) + len(seen["hearings"])
        assert shown[clearance] < sum(len(rule[t]) for t in ("documents", "hearings"))
    assert max(shown.values()) > 0  # and some seen below internal (a public captive is rare)
