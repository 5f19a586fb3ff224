"""Levels of records: the default a new record gets, the level an older export's records get
on import (and that the import says so), and the one rule for a record's effective level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import msg
from caseapp.domain.redaction import Omission, OmissionSummary, effective_level, strictest
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

PUB, SHR, INT = Sensitivity.PUBLIC, Sensitivity.SHAREABLE, Sensitivity.INTERNAL


def test_effective_level_is_the_strictest_of_a_record_and_its_parents() -> None:
    assert effective_level(PUB, INT) is INT
    assert effective_level(PUB, None, SHR) is SHR
    assert effective_level(INT, PUB, PUB) is INT
    assert effective_level("shareable") is SHR
    assert strictest() is PUB


def test_new_records_get_facts_shareable_and_notes_internal(case_file: CaseFile) -> None:
    cf = case_file
    c = cf.captives.create(names=[dict(full_name="Վարդան Պողոսյան", is_primary=True)],
                           health="asthma")
    assert c.sensitivity is SHR  # a fact of the case
    assert c.field_levels == {"health": "internal", "consent_notes": "internal"}
    assert [h.sensitivity for h in cf.captives.status_history(c.id)] == [SHR]
    cf.captives.set_status(c.id, "held", effective_on="2024-01-02", note="told by a cellmate")
    cf.captives.set_status(c.id, "pre_trial", effective_on="2024-02-02")
    assert [h.sensitivity for h in cf.captives.status_history(c.id)] == [SHR, INT, SHR]
    assert cf.deadlines.create(captive_id=c.id, title="Appeal", due_on="2027-01-01").sensitivity is SHR
    assert cf.deadlines.create(captive_id=c.id, title="Appeal", due_on="2027-01-01",
                               notes="the judge hinted").sensitivity is INT
    assert cf.organisations.create(name="ICRC", kind="icrc").sensitivity is SHR
    assert cf.organisations.create(name="The Poghosyan family", kind="family").sensitivity is INT
    assert cf.identity_documents.create(captive_id=c.id, kind="passport").sensitivity is INT
    assert cf.hearings.create(captive_ids=[c.id], starts_at="2027-01-10T10:00",
                              timezone="Asia/Baku").sensitivity is SHR
    # a level the lawyer chose is kept
    assert cf.deadlines.create(captive_id=c.id, title="x", due_on="2027-01-01", notes="n",
                               sensitivity="public").sensitivity is PUB


def _export_without_levels(cf: CaseFile, path: Path) -> None:
    """The case file's export as CaseApp wrote it before these records had levels."""
    cf.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for table in ("status_changes", "deadlines", "organisations"):
        for row in data["tables"].get(table, []):
            row.pop("sensitivity", None)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_import_of_an_older_export_gives_the_safest_usable_level_and_says_so(
        case_file: CaseFile, tmp_path: Path, capsys) -> None:
    cf = case_file
    c = cf.captives.create(names=[dict(full_name="Գոռ Սարգսյան", is_primary=True)])
    cf.captives.set_status(c.id, "held", effective_on="2024-01-02", note="NOTE-OF-STATUS",
                           level="public")
    cf.deadlines.create(captive_id=c.id, title="Plain", due_on="2027-01-01", sensitivity="public")
    cf.deadlines.create(captive_id=c.id, title="Noted", due_on="2027-01-02", notes="NOTE",
                        sensitivity="public")
    cf.organisations.create(name="Family", kind="family", sensitivity="public")
    cf.organisations.create(name="Embassy", kind="embassy", sensitivity="public")
    old = tmp_path / "v1.json"
    _export_without_levels(cf, old)

    target = tmp_path / "new.db"
    fresh = open_case_file(Location(path=target), create=True, actor="t", today=lambda: TODAY)
    try:
        report = fresh.import_json(old)
        history = fresh.captives.status_history(1)
        assert [(h.note, h.sensitivity) for h in history] == [("", SHR), ("NOTE-OF-STATUS", INT)]
        assert {d.title: d.sensitivity for d in fresh.deadlines.list()} == {
            "Plain": SHR, "Noted": INT}
        assert {o.name: o.sensitivity for o in fresh.organisations.list()} == {
            "Family": INT, "Embassy": SHR}
        assert report.levels_defaulted == {"status_changes": 2, "deadlines": 2,
                                           "organisations": 2}
        assert len(report.notices) == 1 and "6 records had no sensitivity level" in report.notices[0]
    finally:
        fresh.close()

    other = tmp_path / "cli.db"
    open_case_file(Location(path=other), create=True, actor="t").close()
    assert main(["import", str(old), "--db", str(other)]) == 0
    out = capsys.readouterr().out
    assert "6 records had no sensitivity level and got the default" in out

    # Said in the user's language, the kinds of records too.
    third = tmp_path / "ru.db"
    open_case_file(Location(path=third), create=True, actor="t").close()
    assert main(["--lang", "ru", "import", str(old), "--db", str(third)]) == 0
    out = capsys.readouterr().out
    assert "6 записей не имели уровня конфиденциальности" in out
    assert "deadlines" not in out and "had no sensitivity" not in out


def test_omission_summary_lines() -> None:
    s = OmissionSummary("dossier", SHR, (Omission("Hearings", 7, ("a", "b", "c", "d", "e", "f")),),
                        ("Health and treatment",), ("The addressee is internal.",))
    assert s.lines() == [
        "The dossier at the shareable level leaves out 7 items:",
        "  Hearings: 7 (a; b; c; d; e; and 2 more)",
        "  The section “Health and treatment” will print as “Nothing to report”.",
        "The addressee is internal."]
    assert OmissionSummary("calendar", PUB).lines() == [
        "The calendar at the public level leaves nothing out."]
    assert OmissionSummary("letter", PUB, refusal="no consent.").lines() == [
        "The letter at the public level cannot be made: no consent."]


@pytest.mark.parametrize(("lang", "line"), [
    ("hy", "  Դատական նիստեր՝ 2 (a\u2024 b)"), ("ru", "  Судебные заседания: 2 (a; b)")])
def test_omission_lines_are_written_as_the_language_writes_a_label(language, lang: str,
                                                                    line: str) -> None:
    """Each line of what is left out reads as its language writes "label: count" (the
    Armenian "՝", not an English colon), with the section named in that language."""
    language(lang)
    s = OmissionSummary(msg("Hearings"), SHR,
                        (Omission(msg("Hearings"), 2, ("a", "b")),))
    assert s.lines()[1] == line


def test_a_deadline_computed_from_a_restricted_capture_date_is_restricted(
        case_file: CaseFile) -> None:
    """A prisoner of war's capture card is computed from the capture date: with that field
    internal, the deadline stays out of a shareable calendar, whatever its own level."""
    cf = case_file
    c = cf.captives.create(names=[dict(full_name="Արմեն Գասպարյան", is_primary=True)],
                           category="serviceman", capture="2026-11-25", sensitivity="public",
                           consent_publicity=True, field_levels={"capture_date": "internal"})
    from_capture = [d for d in cf.deadlines.list(captive_id=c.id) if d.trigger_uid == c.uid]
    assert from_capture and all(d.sensitivity is SHR for d in from_capture)
    titles = {d.title for d in from_capture}
    shareable = {d.title for d in cf.reminders.calendar(30, level="shareable").deadlines}
    internal = {d.title for d in cf.reminders.calendar(30, level="internal").deadlines}
    assert titles & shareable == set()
    assert titles <= internal
    cf.captives.update(c.id, field_levels={"capture_date": "shareable"})
    assert titles <= {d.title for d in cf.reminders.calendar(30, level="shareable").deadlines}


HAND_EXPORT = Path(__file__).parents[1] / "fixtures" / "hand_exports" / "facts-without-levels.json"


def _import_hand_export(tmp_path: Path, name: str, *, file_says: str | None = None,
                        own: str | None = None) -> dict[str, Sensitivity]:
    """The levels the facts of the hand-built older export get (a captive's status changes
    by the captive's name, the deadline and the organisation by their title)."""
    data = json.loads(HAND_EXPORT.read_text(encoding="utf-8"))
    if file_says is not None:
        data["case_settings"] = [{"key": "default_level", "scope": "", "value": file_says}]
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    cf = open_case_file(Location(path=tmp_path / f"{name}.db"), create=True, actor="t",
                        today=lambda: TODAY)
    try:
        if own is not None:
            cf.settings.set("default_level", own)
        cf.import_json(path)
        levels = {d.title: d.sensitivity for d in cf.deadlines.list()}
        levels.update({o.name: o.sensitivity for o in cf.organisations.list()})
        for captive in cf.captives.list():
            for change in cf.captives.status_history(captive.id):
                levels[captive.primary_name] = change.sensitivity
        return levels
    finally:
        cf.close()


def test_an_older_exports_facts_without_a_level_import_no_more_open_than_either_file_says(
        tmp_path: Path) -> None:
    # Nothing set anywhere: the built-in default, never below the captive's own level.
    assert _import_hand_export(tmp_path, "plain") == {
        "DEADLINE-MARKER": SHR, "ORG-MARKER Embassy": SHR,
        "Գոռ Սարգսյան": SHR, "Анна Петросян": INT}
    # The file says internal for new facts: its facts without a level are internal.
    assert set(_import_hand_export(tmp_path, "file", file_says="internal").values()) == {INT}
    # The receiving case file says internal, the file public: the stricter wins.
    assert set(_import_hand_export(tmp_path, "own", file_says="public",
                                   own="internal").values()) == {INT}
    # Both public: public (the level the lawyer chose for facts), the internal captive's
    # status still internal.
    assert _import_hand_export(tmp_path, "open", file_says="public", own="public") == {
        "DEADLINE-MARKER": PUB, "ORG-MARKER Embassy": PUB,
        "Գոռ Սարգսյան": PUB, "Анна Петросян": INT}


def test_what_an_older_exports_facts_import_at_is_what_outputs_print(tmp_path: Path,
                                                                      capsys) -> None:
    """The facts of an older export whose file says internal for new facts: in no output
    below internal (here the JSON export at each level, which keeps what a travel copy at it
    holds), in the internal one."""
    _import_hand_export(tmp_path, "file", file_says="internal")
    capsys.readouterr()
    for level, shown in (("public", False), ("shareable", False), ("internal", True)):
        out = tmp_path / f"at-{level}.json"
        assert main(["export", "--level", level, "-o", str(out),
                     "--db", str(tmp_path / "file.db")]) == 0
        text = out.read_text(encoding="utf-8")
        for marker in ("DEADLINE-MARKER", "ORG-MARKER"):
            assert (marker in text) is shown, (level, marker)
