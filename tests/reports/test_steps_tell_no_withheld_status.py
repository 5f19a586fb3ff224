"""What CaseApp writes on a detention order's steps tells the captive's status: the note on a
pre-trial order's open steps after a conviction, and the reason steps were closed with when
custody ended. Every output whose level withholds the status leaves both out — the calendar,
the daily log of deadline control, an export or travel copy at a level, `deadlines` and
`captives show` at a level — and keeps the lawyer's own lines; at a level that shows the status
they are there (tests/reports/test_conviction_note_documents.py: the dossier and status
report)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.services import data_exports, outputs
from caseapp.services.casefile import CaseFile
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy
from tests.cli.cli_run import run
from tests.reports.test_conviction_note_documents import _convicted
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE

OWN_LINE = "Ask the family for the verdict's copy"


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _noted(case_file: CaseFile, status_level: str) -> int:
    """A convicted captive, the status at ``status_level``, and a line of the lawyer's own on
    the order's expiry (after the note)."""
    cid = _convicted(case_file, status_level=status_level)
    expiry = next(d for d in case_file.deadlines.list(captive_id=cid)
                  if d.title == "Detention order expires")
    case_file.deadlines.update(expiry.id, notes=f"{expiry.notes}\n{OWN_LINE}")
    return cid


def _calendar(case_file: CaseFile, level: str) -> str:
    return _flat(outputs.calendar(case_file, level=level).data.decode().replace("\r\n ", ""))


def _daily_log(case_file: CaseFile, level: str) -> str:
    data = outputs.daily_log(case_file, level=level, day=date.today()).data
    return _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def _export(case_file: CaseFile, level: str, target: Path) -> str:
    data_exports.export_json(case_file, target, level=level)
    raw = target.read_bytes()
    return (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode()


@pytest.mark.parametrize("read", [_calendar, _daily_log])
def test_the_calendar_and_daily_log_leave_the_note_out_below_the_status(
        case_file: CaseFile, read: Callable[[CaseFile, str], str]) -> None:
    _noted(case_file, status_level="internal")
    below = read(case_file, "shareable")
    assert "Convicted" not in below
    assert OWN_LINE in below
    assert "Convicted on 25 Nov 2026" in read(case_file, "internal")


def test_an_export_below_the_status_holds_the_steps_without_the_note(
        case_file: CaseFile, tmp_path: Path) -> None:
    _noted(case_file, status_level="internal")
    below = _export(case_file, "shareable", tmp_path / "shareable.json")
    assert "Convicted on {day}" not in below and OWN_LINE in below


def test_an_export_at_the_status_level_keeps_the_note(case_file: CaseFile,
                                                      tmp_path: Path) -> None:
    _noted(case_file, status_level="shareable")
    assert "Convicted on {day}" in _export(case_file, "shareable", tmp_path / "x.json")


def test_the_command_line_at_a_level_leaves_the_note_out(case_file: CaseFile) -> None:
    cid = _noted(case_file, status_level="internal")
    path = case_file.db.path
    case_file.close()
    for argv in (["deadlines", "--within", "400", "--level", "shareable"],
                 ["deadlines", "--within", "400", "--level", "shareable", "--format", "json"],
                 ["captives", "show", str(cid), "--level", "shareable"]):
        code, out, err = run("--db", str(path), "--lang", "en", *argv)
        assert code == 0, err
        assert "Convicted" not in out, argv
    code, out, _ = run("--db", str(path), "--lang", "en", "captives", "show", str(cid))
    assert "Convicted on 25 Nov 2026" in _flat(out)


def test_a_travel_copy_below_the_status_holds_no_note_and_merges_back_without_losing_it(
        case_file: CaseFile, tmp_path: Path) -> None:
    """The lawyer abroad adds a line to the expiry's notes in a copy that never held the note;
    merged back, the main file keeps both her line and the note."""
    cid = _noted(case_file, status_level="internal")
    target = tmp_path / "travel.db"
    make_travel_copy(case_file, target, level="shareable", passphrase=TRAVEL_PASSPHRASE)
    travel = open_travel_copy(target, TRAVEL_PASSPHRASE, actor="traveller")
    try:
        expiry = next(d for d in travel.deadlines.list(captive_id=cid)
                      if d.title == "Detention order expires")
        assert "Convicted" not in expiry.notes and OWN_LINE in expiry.notes
        travel.deadlines.update(expiry.id, notes=f"{expiry.notes}\nCalled the court's clerk")
        merge_travel_copy(case_file, travel)
    finally:
        travel.close()
    home = next(d for d in case_file.deadlines.list(captive_id=cid)
                if d.title == "Detention order expires")
    assert "Called the court's clerk" in home.notes and OWN_LINE in home.notes
    assert "Convicted on" in _flat(home.notes)


def test_steps_closed_as_custody_ended_do_not_say_why_below_the_status(
        case_file: CaseFile, tmp_path: Path) -> None:
    """A release kept internal: the order's steps, closed as custody ended, are logged and
    exported at the shareable level as dismissed, without the reason that tells custody
    ended (“the captive is released, repatriated or dead”)."""
    c = case_file.captives.create(names=["Aram Sargsyan"], capture="2026-11-20",
                                  status="pre_trial", sensitivity="shareable",
                                  consent_publicity=True, field_levels={"status": "internal"})
    case_file.detention_orders.create(captive_id=c.id, start_date="2026-11-21", term_months=4,
                                      sensitivity="shareable")
    case_file.captives.set_status(c.id, "released", effective_on="2026-11-25", level="shareable")
    below = _daily_log(case_file, "shareable")
    assert "Dismissed" in below and "custody ended" not in below
    assert "custody ended" in _daily_log(case_file, "internal")
    assert "custody ended" not in _export(case_file, "shareable", tmp_path / "shareable.json")
    assert "custody ended" in _export(case_file, "internal", tmp_path / "internal.json")
