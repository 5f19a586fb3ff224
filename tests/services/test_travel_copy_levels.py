"""A travel copy holds nothing above its level, also where one record's level is decided by
another's: a captive's status history and the date of the status follow the level of the
``status`` field (as in the dossier), and a copy holds only the deadlines its filter kept,
none computed again at the level a computed deadline gets (shareable), neither when it is
made nor when its records change later.

Markers ``QST<field level><change level>Z`` are the notes of the changes of status of a
captive whose status field is at the first level, each change at the second."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.travel_copy import TravelCopyMade, make_travel_copy
from tests.conftest import TODAY
from tests.reports.redaction_data import CODE, LEVELS, PUB, SHR
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open, all_text

COPY_LEVELS = (PUB, SHR)
CHANGES = (("held", "2023-10-01"), ("pre_trial", "2024-01-10"), ("on_trial", "2025-05-05"))


def marker(field: Sensitivity, change: Sensitivity) -> str:
    return f"QST{CODE[field]}{CODE[change]}Z"


def verdict(cf: CaseFile, captive_id: int, day: str, level: str = "public") -> None:
    cf.hearings.create(captive_ids=[captive_id], starts_at=f"{day} 11:00", timezone="Asia/Baku",
                       court="Baku Military Court", kind="verdict", outcome="Convicted",
                       sensitivity=level)


@pytest.fixture(scope="module")
def _main_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("status-levels") / "main.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        for field in LEVELS:
            c = cf.captives.create(names=[f"Captive QNAME{CODE[field]}"], capture="2023-09-27",
                                   status="missing", sensitivity="public",
                                   consent_publicity=True,
                                   field_levels={"status": field.value}).id
            for (status, when), change in zip(CHANGES, LEVELS, strict=True):
                cf.captives.set_status(c, status, effective_on=when,
                                       note=marker(field, change), level=change.value)
            if field is PUB:  # the captive whose deadlines are looked at
                verdict(cf, c, "2026-11-20")  # sets off the appeal, at the shareable level
                for level in LEVELS:
                    cf.deadlines.create(captive_id=c, title=f"QDL{CODE[level]}Z",
                                        due_on="2026-12-15", sensitivity=level.value)
        # A second verdict whose computed appeal the lawyer raised to internal.
        raised = cf.captives.create(names=["Captive QRAISED"], capture="2023-09-27",
                                    status="on_trial", sensitivity="public",
                                    consent_publicity=True).id
        verdict(cf, raised, "2026-11-21")
        [appeal] = cf.deadlines.list(captive_id=raised)
        cf.deadlines.update(appeal.id, sensitivity="internal", notes="QRAISEDINTZ")
    finally:
        cf.close()
    return path


@pytest.fixture
def main(_main_template: Path, tmp_path: Path) -> CaseFile:
    from tests.conftest import copy_of

    cf = open_case_file(Location(path=copy_of(_main_template, tmp_path / "main.db")),
                        actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


def copy_at(main: CaseFile, tmp_path: Path, level: Sensitivity
            ) -> tuple[TravelCopyMade, Path, str]:
    """A travel copy of ``main`` at ``level``: what was reported, where, all its text."""
    target = tmp_path / "travel.db"
    made = make_travel_copy(main, target, level=level, passphrase=TRAVEL_PASSPHRASE)
    return made, target, "\n".join(all_text(target, TRAVEL_PASSPHRASE))


@pytest.mark.parametrize("level", COPY_LEVELS, ids=lambda s: s.value)
def test_the_status_history_and_date_follow_the_status_fields_level(
        main: CaseFile, tmp_path: Path, level: Sensitivity) -> None:
    made, target, text = copy_at(main, tmp_path, level)
    for field in LEVELS:
        for change in LEVELS:
            shown = level.allows(field) and level.allows(change)
            assert (marker(field, change) in text) is shown, (marker(field, change), level)
    travel = _open(target)
    try:
        since = {c.primary_name: c.status_since for c in travel.captives.list()}
    finally:
        travel.close()
    for field in LEVELS:
        assert (since[f"Captive QNAME{CODE[field]}"] is not None) is level.allows(field), field
    assert made.left_out["status_changes"] >= sum(
        1 for field in LEVELS for change in LEVELS
        if not (level.allows(field) and level.allows(change)))  # said in the summary


@pytest.mark.parametrize("level", COPY_LEVELS, ids=lambda s: s.value)
def test_a_copy_holds_only_the_deadlines_its_summary_says_it_holds(
        main: CaseFile, tmp_path: Path, level: Sensitivity) -> None:
    made, target, text = copy_at(main, tmp_path, level)
    for lvl in LEVELS:
        assert (f"QDL{CODE[lvl]}Z" in text) is level.allows(lvl)
    travel = _open(target)
    try:
        held = travel.deadlines.list()
        assert len(held) == made.counts.get("deadlines", 0)  # as the summary counts them
        assert all(level.allows(d.sensitivity) for d in held)
        computed = [d for d in held if d.rule_id]
        # The appeal computed in the main file (shareable) travels in a shareable copy only;
        # the one the lawyer raised to internal is left at home, not computed again.
        assert [d.rule_id for d in computed] == (["az.verdict.appeal"] if level is SHR else [])
        assert "QRAISEDINTZ" not in text
        # A verdict recorded in the copy: its appeal is computed at the shareable level,
        # which a public copy does not hold.
        [captive] = [c for c in travel.captives.list() if c.primary_name == "Captive QNAMEPUB"]
        verdict(travel, captive.id, "2026-11-25")
        after = travel.deadlines.list()
        assert all(level.allows(d.sensitivity) for d in after)
        assert len(after) == len(held) + (1 if level is SHR else 0)
    finally:
        travel.close()


def test_a_status_set_in_the_copy_where_the_status_was_held_back_is_a_conflict(
        main: CaseFile, tmp_path: Path) -> None:
    from caseapp.services.travel_merge import merge_travel_copy

    _made, target, _text = copy_at(main, tmp_path, SHR)
    name = f"Captive QNAME{CODE[LEVELS[2]]}"  # its status is internal: read as “missing”
    travel = _open(target)
    try:
        captive = next(c for c in travel.captives.list() if c.primary_name == name)
        assert travel.captives.status_history(captive.id) == []
        travel.captives.set_status(captive.id, "released", effective_on="2026-11-30")
        report = merge_travel_copy(main, travel)
    finally:
        travel.close()
    at_home = next(c for c in main.captives.list() if c.primary_name == name)
    history = main.captives.status_history(at_home.id)
    assert [h.new_status.value for h in history] == ["missing", "held", "pre_trial", "on_trial"]
    assert at_home.status.value == "on_trial"  # no “missing → released” beside it
    assert sorted((c.table, c.fields) for c in report.conflicts) == [
        ("captives", ("status", "status_since")),
        ("status_changes", ("new_status", "effective_on"))]
    assert (f"Change of status “Released, 30\u00a0Nov\u00a02026 — {name}”: a field the travel copy "
            "did not hold (above its level); the main file's value is kept. In the travel copy: "
            "New status: Released; Effective from: 30\u00a0Nov\u00a02026"
            ) in [c.line() for c in report.conflicts]
