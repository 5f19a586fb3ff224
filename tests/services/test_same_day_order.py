"""Deadlines due on one day are listed in the order the law takes them, the same in every
list, whatever order they were typed or imported in: those due at an hour first; then the
steps of an expiring detention order in their sequence, the actions (the request for
referral, one entered by hand), the events that follow (the order expires, the judgment
becomes final); then by the captive's name; never by the row's id."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from caseapp.config import Location
from caseapp.domain.same_day import EVENTS, STEPS
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.dossier_data import dossier_and_omissions
from caseapp.services.status_report_data import build_status_report
from tests.cli.cli_run import run
from tests.conftest import TODAY, copy_of

DAY = (TODAY + timedelta(days=2)).isoformat()
OVERDUE = (TODAY - timedelta(days=3)).isoformat()
ARMENIAN, RUSSIAN = "Ոսկանյան Արամ", "Петросян Давид"

# (title, captive, rule, hour, day, zone): in the order every list must give them. The
# Azerbaijani court's whole day ends in Baku, before a whole day of no zone (the lawyer's).
BAKU = "Asia/Baku"
LEGAL = [
    ("Overdue: ask the ICRC for a visit", None, "", None, OVERDUE, ""),
    ("Call the embassy before 10:00", RUSSIAN, "", "10:00", DAY, "Asia/Yerevan"),
    ("Investigator's motion to the supervising prosecutor", ARMENIAN,
     "az.detention.extension_upstream_10", None, DAY, BAKU),
    ("Supervising prosecutor's motion to the senior prosecutor", ARMENIAN,
     "az.detention.extension_upstream_7", None, DAY, BAKU),
    ("Senior prosecutor's motion in court", ARMENIAN, "az.detention.extension_request", None,
     DAY, BAKU),
    ("Detention order expires", ARMENIAN, "az.detention.expiry", None, DAY, BAKU),
    ("Request referral to the Grand Chamber", RUSSIAN, "echr.judgment.referral", None, DAY, ""),
    ("Letter to the ombudsman", ARMENIAN, "", None, DAY, ""),
    ("The Chamber judgment becomes final", RUSSIAN, "echr.judgment.final", None, DAY, ""),
]
TITLES = [t for t, *_ in LEGAL]


def _fill(cf: CaseFile, entries: list[tuple[str, str | None, str, str | None, str, str]]) -> None:
    ids = {name: cf.captives.create(names=[name], status="pre_trial").id
           for name in sorted({c for _, c, *_ in entries if c}, reverse=entries[0][1] is None)}
    for title, captive, rule, hour, day, zone in entries:
        cf.deadlines.create(title=title, due_on=day, rule_id=rule, due_time=hour, timezone=zone,
                            captive_id=ids[captive] if captive else None)


def _in_order(shown: list[str]) -> list[str]:
    """The titles of ``shown`` in the order they came, those of the legal list only."""
    return [t for t in shown if t in TITLES]


def _outputs(cf: CaseFile, path: Path) -> dict[str, object]:
    """What every list gives of the deadlines: their titles in order."""
    names = {c.primary_name: c.id for c in cf.captives.list()}
    report = {r.id: r.next_deadline_title for r in build_status_report(cf).rows}
    dossiers = {}
    for name, cid in names.items():
        d, _ = dossier_and_omissions(cf, cid, level="internal")
        dossiers[name] = [x.title for x in (*d.domestic_deadlines, *d.international_deadlines)]
    code, out, err = run("--lang", "en", "deadlines", "--db", str(path), "--within", "30",
                         "--format", "json")
    assert code == 0, err
    code, table, err = run("--lang", "en", "deadlines", "--db", str(path), "--within", "30")
    assert code == 0, err
    ics = path.with_suffix(".ics")
    code, _, err = run("--lang", "en", "deadlines", "--db", str(path), "--within", "30",
                       "--format", "ics", "--level", "internal", "-o", str(ics))
    assert code == 0, err
    summaries = [str(e["summary"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
    return {
        "rows": [r.deadline.title for r in cf.reminders.rows()],
        "calendar": [d.title for d in cf.reminders.calendar(30, level="internal").deadlines],
        "captive": {n: [d.title for d in cf.deadlines.list(captive_id=c)] for n, c in names.items()},
        "attention": [i.text for i in cf.reminders.attention(within_days=7).of_kind("deadline")],
        "cli json": [d["title"] for d in json.loads(out)],
        "cli table": sorted(TITLES, key=table.index),
        "calendar file": [next(t for t in TITLES if t in x) for x in summaries],
        "dossiers": dossiers,
        "next in the report": {n: report[c] for n, c in names.items()},
    }


@pytest.fixture
def second_file(tmp_path: Path, _empty_template: Path) -> CaseFile:
    cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "second.db")),
                        actor="tester", today=lambda: TODAY)
    yield cf
    cf.close()


def test_every_list_gives_one_day_in_the_legal_order_however_typed(
        case_file: CaseFile, db_path: Path, second_file: CaseFile, tmp_path: Path,
        _empty_template: Path) -> None:
    empty = _empty_template
    _fill(case_file, LEGAL)
    _fill(second_file, LEGAL[::-1])
    typed = _outputs(case_file, db_path)
    assert typed["rows"] == typed["calendar"] == typed["cli json"] \
        == typed["cli table"] == typed["calendar file"] == TITLES
    assert typed["attention"] == TITLES
    of_one = {ARMENIAN: [t for t, c, *_ in LEGAL if c == ARMENIAN],
              RUSSIAN: [t for t, c, *_ in LEGAL if c == RUSSIAN]}
    assert typed["captive"] == typed["dossiers"] == of_one
    assert typed["next in the report"] == {ARMENIAN: of_one[ARMENIAN][0], RUSSIAN: of_one[RUSSIAN][0]}
    assert _outputs(second_file, tmp_path / "second.db") == typed

    # Imported from a file whose arrays are all reversed: the same order again.
    exported = tmp_path / "export.json"
    case_file.export_json(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    reversed_data = {k: v[::-1] if isinstance(v, list) else v for k, v in data.items()}
    exported.write_text(json.dumps(reversed_data, ensure_ascii=False), encoding="utf-8")
    imported = open_case_file(Location(path=copy_of(empty, tmp_path / "imported.db")),
                              actor="tester", today=lambda: TODAY)
    try:
        imported.import_json(exported)
        assert _outputs(imported, tmp_path / "imported.db") == typed
    finally:
        imported.close()


def test_every_rule_the_order_names_is_a_shipped_rule(case_file: CaseFile) -> None:
    shipped = {r.id for r in case_file.rule_set}
    assert set(STEPS) | set(EVENTS) <= shipped
