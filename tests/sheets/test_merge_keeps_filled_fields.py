"""A merge loses no fact: a field empty on the record kept and filled on the other takes the
other's value unless the lawyer keeps it empty; the value keeps the level it had on its record;
the undo brings both records back as they were."""

from __future__ import annotations

import io
from pathlib import Path

from caseapp.cli import main
from caseapp.services.captive_merge import differences, merge_captives, undo_merge
from caseapp.services.casefile import CaseFile, Location, open_case_file

LONG = "‮" + "Սարգսյան " * 30 + '"=HYPERLINK(""http://x"")"'


def _two(cf: CaseFile) -> tuple[int, int]:
    """The family's record, public, almost empty; the ICRC list's, shareable, with facts and
    its health notes internal."""
    keep = cf.captives.create(names=["Սարգսյան Արամ", "Sargsyan Aram"], sensitivity="public")
    other = cf.captives.create(
        names=["Саргсян Арам Ильич", LONG], sensitivity="shareable", sex="male",
        birth="1990-05", birth_place="Goris", capture="2020-11-10",
        capture_place="Hadrut, \"the bridge\"", health="INTERNAL-HEALTH diabetic",
        field_levels={"health": "internal"})
    return keep.id, other.id


def test_an_empty_field_takes_the_others_value_at_its_level(case_file: CaseFile) -> None:
    keep, other = _two(case_file)
    chosen = {d.field: d.chosen for d in differences(case_file, keep, other)}
    assert chosen["birth"] == chosen["health"] == chosen["capture_place"] == "other"
    # the lawyer keeps her record's level on purpose: the facts come, none made shareable
    merge_captives(case_file, keep, other, keep_own=["sensitivity"])
    merged = case_file.captives.get(keep)
    assert (merged.birth.iso(), merged.birth_place, merged.capture.iso()) == (
        "1990-05", "Goris", "2020-11-10")
    assert merged.capture_place == "Hadrut, \"the bridge\"" and merged.sex == "male"
    assert merged.health == "INTERNAL-HEALTH diabetic" and merged.sensitivity == "public"
    assert merged.field_levels["health"] == "internal"  # its own level, stricter, kept
    assert merged.field_levels["birth_date"] == "shareable"  # its record's
    assert merged.field_levels["capture_place"] == "shareable"


def test_the_lawyer_may_leave_a_field_empty_and_the_undo_restores_both(
        case_file: CaseFile) -> None:
    keep, other = _two(case_file)
    before = (case_file.captives.get(keep), case_file.captives.get(other))
    result = merge_captives(case_file, keep, other, keep_own=["health"])
    merged = case_file.captives.get(keep)
    assert merged.health == "" and merged.birth_place == "Goris"
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    after = (case_file.captives.get(keep), case_file.captives.get(other))
    for was, now in zip(before, after, strict=True):
        assert (now.birth, now.birth_place, now.health, now.sensitivity, now.field_levels,
                now.capture_place, now.sex, [n.full_name for n in now.names]) == (
            was.birth, was.birth_place, was.health, was.sensitivity, was.field_levels,
            was.capture_place, was.sex, [n.full_name for n in was.names])


def test_caseapp_merge_says_it_takes_what_the_kept_one_lacks(case_file: CaseFile,
                                                            db_path: Path) -> None:
    keep, other = _two(case_file)
    case_file.close()
    out, err = io.StringIO(), io.StringIO()
    assert main(["merge", str(keep), str(other), "--keep", "sensitivity", "--db",
                 str(db_path)], out=out, err=err) == 0, err.getvalue()
    assert "no fact recorded on either is lost" in out.getvalue()
    cf = open_case_file(Location(path=db_path), actor="tester")
    try:
        assert cf.captives.get(keep).birth_place == "Goris"
    finally:
        cf.close()


def test_the_others_values_not_kept_are_a_note_at_their_level_until_undone(
        case_file: CaseFile) -> None:
    keep = case_file.captives.create(names=["Սարգսյան Արամ"], sensitivity="public",
                                     birth_place="Goris", health="PUBLIC-HEALTH",
                                     capture_place="Hadrut")
    other = case_file.captives.create(
        names=["Саргсян Арам"], sensitivity="shareable", birth_place="Горис, «Зангезур»",
        health="INTERNAL-HEALTH insulin", capture_place="Hadrut",
        field_levels={"health": "internal"}).id
    result = merge_captives(case_file, keep.id, other, keep_own=["sensitivity"])
    notes = case_file.captive_file(keep.id).notes
    assert len(notes) == 1
    note = notes[0]
    assert "Горис, «Зангезур»" in note.body and "INTERNAL-HEALTH insulin" in note.body
    assert "Hadrut" not in note.body  # the same on both: nothing set aside
    assert note.sensitivity == "internal"  # the health note's own level
    merged = case_file.captives.get(keep.id)
    assert (merged.birth_place, merged.health) == ("Goris", "PUBLIC-HEALTH")
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    assert case_file.captive_file(keep.id).notes == ()
    assert case_file.captives.get(other).health == "INTERNAL-HEALTH insulin"


def test_caseapp_merge_says_where_the_values_not_kept_are(case_file: CaseFile,
                                                          db_path: Path) -> None:
    keep = case_file.captives.create(names=["Արամ Սարգսյան"], birth_place="Goris").id
    other = case_file.captives.create(names=["Aram Sargsyan"], birth_place="Kapan").id
    case_file.close()
    out, err = io.StringIO(), io.StringIO()
    assert main(["merge", str(keep), str(other), "--db", str(db_path)], out=out,
                err=err) == 0, err.getvalue()
    assert "values not kept (birth_place) are in a note" in out.getvalue()
    cf = open_case_file(Location(path=db_path), actor="tester")
    try:
        assert "Kapan" in cf.captive_file(keep).notes[0].body
    finally:
        cf.close()


def test_the_kept_ones_value_replaced_is_a_note_too(case_file: CaseFile) -> None:
    # (a month made a day of it, the month is no note: test_a_merge_moves_everything…)
    keep = case_file.captives.create(names=["Արամ Սարգսյան"], birth="1989",
                                     health="KEPT-HEALTH", field_levels={"health": "internal"},
                                     sensitivity="public").id
    other = case_file.captives.create(names=["Aram Sargsyan"], birth="1990-05-17",
                                      sensitivity="public").id
    merge_captives(case_file, keep, other, take=["birth"], keep_own=["health"])
    (note,) = case_file.captive_file(keep).notes
    assert "1989" in note.body and "1990" not in note.body  # the year the kept one had
    assert "KEPT-HEALTH" not in note.body and note.sensitivity == "public"


def test_a_status_kept_in_the_history_is_no_note(case_file: CaseFile) -> None:
    keep = case_file.captives.create(names=["Արամ Սարգսյան"], status="held").id
    other = case_file.captives.create(names=["Aram Sargsyan"], status="missing").id
    merge_captives(case_file, keep, other)
    assert case_file.captive_file(keep).notes == ()
