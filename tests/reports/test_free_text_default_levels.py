"""Free text a lawyer types into a record without choosing its level (a hearing's notes, an
intervention's request, a captive's health and notes on consent) never reaches an output above
internal; the facts beside it keep the level the case file gives facts. Marker strings in
every record kind, entered through the services as the window, the command line and an
import enter them, read back from the dossier, the calendar and a JSON export at each level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.reports.dossier import render_dossier
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.data_exports import export_json
from caseapp.services.dossier_data import build_dossier
from tests.conftest import TODAY
from tests.reports.conftest import pdf_text

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL


def _file(cf: CaseFile) -> tuple[int, dict[str, Sensitivity]]:
    """A shareable captive (consenting to publicity) with, in every kind of record, one
    record holding a free-text marker and one holding a fact marker, no level chosen: the
    markers with the level each must be printed at."""
    c = cf.captives.create(
        names=[dict(full_name="Արմեն «=HYPERLINK(\"x\")» Ղազարյան", language="hy",
                    is_primary=True)],
        capture="2023-09", consent_publicity=True, capture_place="QFACTPLACEZ",
        capture_circumstances="QFACTCIRCZ", health="QFREEHEALTHZ",
        consent_notes="QFREECONSENTZ",
        field_levels={"capture_place": "shareable"})  # one level given: the others keep theirs
    cid = c.id
    pros = cf.prosecutions.create(captive_id=cid, case_number="QFACTCASEZ")
    cf.prosecutions.create(captive_id=cid, case_number="2", notes="QFREEPROSZ")
    cf.detention_orders.create(captive_id=cid, prosecution_id=pros.id, start_date="2026-10-01",
                               term_months=3, ordering_court="QFACTORDERZ")
    cf.detention_orders.create(captive_id=cid, prosecution_id=pros.id, start_date="2026-07-01",
                               term_months=3, notes="QFREEORDERZ")
    cf.hearings.create(captive_ids=[cid], starts_at="2027-01-10T10:00", timezone="Asia/Baku",
                       court="QFACTCOURTZ")
    cf.hearings.create(captive_ids=[cid], starts_at="2027-01-12T10:00", timezone="Asia/Baku",
                       notes="QFREEHEARZ the judge's cousin is the prosecutor")
    cf.international_proceedings.create(captive_id=cid, body="echr", kind="application",
                                        reference="QFACTECHRZ")
    cf.international_proceedings.create(captive_id=cid, body="wgad", kind="communication",
                                        notes="QFREEWGADZ")
    cf.detention_places.create(captive_id=cid, facility="QFACTSIZOZ", from_date="2024-01-01")
    cf.detention_places.create(captive_id=cid, facility="Other", from_date="2023-10-01",
                               to_date="2023-12-31", notes="QFREEPLACEZ")
    cf.welfare_contacts.create(captive_id=cid, contact_on="2026-11-01", kind="icrc_visit",
                               source="QFACTVISITZ")
    cf.welfare_contacts.create(captive_id=cid, contact_on="2026-11-02", kind="family_call",
                               notes="QFREEVISITZ")
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-01", subject="QFACTINTZ")
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-02", subject="Letter",
                            request="QFREEREQZ")
    cf.deadlines.create(captive_id=cid, title="QFACTDLZ", due_on="2027-01-05")
    cf.deadlines.create(captive_id=cid, title="Appeal", due_on="2027-01-06", notes="QFREEDLZ")
    cf.captives.set_status(cid, "held", effective_on="2023-10-01", note="QFREESTATUSZ")
    markers = {"QFACTPLACEZ": SHR, "QFACTCIRCZ": SHR, "QFREEHEALTHZ": INT,
               "QFREECONSENTZ": INT,
               "QFACTCASEZ": SHR, "QFREEPROSZ": INT, "QFACTORDERZ": SHR, "QFREEORDERZ": INT,
               "QFACTCOURTZ": SHR, "QFREEHEARZ": INT, "QFACTECHRZ": SHR, "QFREEWGADZ": INT,
               "QFACTSIZOZ": SHR, "QFREEPLACEZ": INT, "QFACTVISITZ": SHR, "QFREEVISITZ": INT,
               "QFACTINTZ": SHR, "QFREEREQZ": INT, "QFACTDLZ": SHR, "QFREEDLZ": INT,
               "QFREESTATUSZ": INT}
    return cid, markers


def _check(text: str, markers: dict[str, Sensitivity], level: Sensitivity,
           printed: set[str]) -> None:
    """No marker above ``level`` in ``text``; each of ``printed`` at or below it is there."""
    flat = text.replace("\n", "").replace(" ", "")
    leaked = sorted(k for k, lvl in markers.items() if not level.allows(lvl) and k in flat)
    assert leaked == [], f"above the {level.value} level: {leaked}"
    missing = sorted(k for k in printed if level.allows(markers[k]) and k not in flat)
    assert missing == [], f"left out at the {level.value} level: {missing}"


@pytest.mark.parametrize("level", [SHR, INT], ids=lambda s: s.value)
def test_the_dossier_prints_free_text_only_at_internal(case_file: CaseFile,
                                                      level: Sensitivity) -> None:
    cid, markers = _file(case_file)
    data = render_dossier(build_dossier(case_file, cid, level=level), author="A")
    _check("\n".join(pdf_text(data)), markers, level, printed=set(markers) - {
        "QFACTDLZ", "QFREEDLZ", "QFREESTATUSZ"})  # (deadlines and history: as their sections)


@pytest.mark.parametrize("level", [SHR, INT], ids=lambda s: s.value)
def test_the_calendar_on_the_phone_has_no_hearing_notes(case_file: CaseFile,
                                                       level: Sensitivity) -> None:
    _cid, markers = _file(case_file)
    events = case_file.reminders.calendar(365, level=level)
    from caseapp.reports.calendar import build_calendar
    cal = Calendar.from_ical(build_calendar([*events.deadlines, *events.hearings],
                                            lead_days=events.lead_days, names=events.names,
                                            level=events.level).to_ical())
    text = "\n".join(str(ev.get(k, "")) for ev in cal.walk("VEVENT")
                     for k in ("summary", "description", "location"))
    _check(text, markers, level, printed={"QFACTCOURTZ", "QFACTDLZ", "QFREEHEARZ", "QFREEDLZ"})


@pytest.mark.parametrize("level", [PUB, SHR], ids=lambda s: s.value)
def test_a_json_export_at_a_level_holds_no_free_text(case_file: CaseFile, tmp_path: Path,
                                                     level: Sensitivity) -> None:
    _cid, markers = _file(case_file)
    out = tmp_path / "out.json"
    export_json(case_file, out, level=level)
    text = out.read_text(encoding="utf-8")
    _check(text, markers, level, printed={"QFACTCASEZ", "QFACTCOURTZ", "QFACTSIZOZ",
                                          "QFACTPLACEZ"} if level is SHR else set())


def test_an_older_export_without_levels_imports_its_free_text_internal(
        case_file: CaseFile, tmp_path: Path) -> None:
    """An export written before records had levels: each record gets the level a new one
    would (its free text internal), and what a lawyer chose in a newer export is kept."""
    cid, _markers = _file(case_file)
    case_file.hearings.create(captive_ids=[cid], starts_at="2027-02-01T10:00",
                              timezone="Asia/Baku", notes="QCHOSENZ", sensitivity="shareable")
    old = tmp_path / "old.json"
    case_file.export_json(old)
    data = json.loads(old.read_text(encoding="utf-8"))
    for row in data["tables"]["hearings"]:
        if row.get("notes") != "QCHOSENZ":
            row.pop("sensitivity", None)
    for row in data["tables"]["captives"]:
        row.pop("field_levels")  # as a file made by hand or by another tool may have it
    old.write_text(json.dumps(data), encoding="utf-8")
    fresh = open_case_file(Location(path=tmp_path / "new.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        fresh.import_json(old)
        levels = {(h.court or h.notes[:10]): h.sensitivity for h in fresh.hearings.list()}
        assert levels == {"QFACTCOURTZ": SHR, "QFREEHEARZ": INT, "QCHOSENZ": SHR}
        [captive] = fresh.captives.list()
        text = "\n".join(pdf_text(render_dossier(build_dossier(fresh, captive.id, level=SHR),
                                                 author="A")))
        assert "QFACTSIZOZ" in text
        assert "QFREEHEALTHZ" not in text and "QFREECONSENTZ" not in text
    finally:
        fresh.close()
