"""A status change whose own level is lower than its captive's (as migration 0005 left the
note-less changes of an internal captive: shareable) prints in no output above the captive's
level or its status's: the dossier and the status report at every level, by marker strings."""

from __future__ import annotations

from sqlalchemy import text

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report

LEVELS = ("public", "shareable", "internal")


def test_a_status_change_below_its_captives_level_stays_at_the_captives(
        case_file: CaseFile) -> None:
    made = {}
    for name, level, fields in (("INTERNAL-CAPTIVE", "internal", None),
                                ("SHAREABLE-CAPTIVE", "shareable", {"status": "internal"}),
                                ("PUBLIC-CAPTIVE", "public", {"status": "shareable"})):
        made[name] = case_file.captives.create(
            names=[name], capture="2026-01-10", status="pre_trial", status_since="2026-01-10",
            sensitivity=level, consent_publicity=True, field_levels=fields).id
        case_file.custody.set_status(made[name], "released", effective_on="2026-03-01",
                                     note=f"NOTE-OF-{name}")
    with case_file.ctx.db.engine.begin() as conn:  # every change's own level: public
        conn.execute(text("UPDATE status_changes SET sensitivity = 'public'"))
    for at in LEVELS:
        allowed = LEVELS[:LEVELS.index(at) + 1]
        printed = repr(build_status_report(case_file, level=at))
        for cid in made.values():
            try:
                printed += repr(build_dossier(case_file, cid, level=at))
            except ValidationError:
                pass  # the captive's file is above the level: not printed at all
        for name, level in (("INTERNAL-CAPTIVE", "internal"), ("SHAREABLE-CAPTIVE", "internal"),
                            ("PUBLIC-CAPTIVE", "shareable")):
            assert (f"NOTE-OF-{name}" in printed) is (level in allowed), (at, name)
