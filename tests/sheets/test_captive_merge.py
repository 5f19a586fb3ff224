"""Merging a captive recorded twice: fields chosen, every record moved, the other's names
kept (as aliases beside a name of their script), one audit entry; a merge that would break a rule changes nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision, NameKind
from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.services.captive_merge import differences, merge_captives, undo_merge, what_moves
from caseapp.services.casefile import CaseFile


def _pair(cf: CaseFile) -> tuple[int, int]:
    keep = cf.captives.create(names=["Արտաշես Մկրտչյան", "Artashes Mkrtchyan"], capture="2024-05",
                              tags=["ngo-a"])
    other = cf.captives.create(names=["Мкртчян Арташес Гагикович"], birth="1990-05-17",
                               capture="2024-05-03", tags=["ngo-b"], birth_place="Goris")
    cf.detention_places.create(captive_id=keep.id, facility="Baku SIZO", from_date="2024-05-20")
    cf.welfare_contacts.create(captive_id=other.id, contact_on="2024-06-01", kind="icrc_visit")
    cf.notes.create(captive_id=other.id, title="Call", body="The family called.")
    return keep.id, other.id


def test_a_merge_moves_everything_and_keeps_the_names(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    diffs = {d.field: (d.keep, d.other) for d in differences(case_file, keep, other)}
    assert diffs["birth"] == ("", "1990-05-17") and diffs["capture"] == ("2024-05", "2024-05-03")
    result = merge_captives(case_file, keep, other, take=["birth", "capture"])
    kept = case_file.captive_file(keep)
    assert [(n.full_name, n.kind) for n in kept.captive.names] == [
        ("Արտաշես Մկրտչյան", NameKind.NATIVE), ("Artashes Mkrtchyan", NameKind.NATIVE),
        ("Мкртчян Арташес Гагикович", NameKind.NATIVE)]  # the kept one had no Cyrillic name
    # Taken: the day of capture and the birth; and, the kept one having none, the place of birth.
    assert kept.captive.capture == PartialDate(date(2024, 5, 3), DatePrecision.EXACT)
    assert kept.captive.birth == PartialDate(date(1990, 5, 17))
    assert kept.captive.birth_place == "Goris" and kept.captive.tags == ("ngo-a", "ngo-b")
    assert [w.contact_on for w in kept.welfare_contacts] == [date(2024, 6, 1)]
    assert [n.title for n in kept.notes] == ["Call"]
    assert result.moved["welfare_contacts"] == 1 and result.moved["captive_names"] == 1
    with pytest.raises(NotFound):
        case_file.captives.get(other)
    assert case_file.search.captive_ids("Мкртчян Арташес", names_only=True) == [keep]
    merges = [e for e in case_file.audit.recent(limit=50) if e.field == "merged"]
    assert len(merges) == 1 and "Мкртчян Арташес Гагикович" in merges[0].summary


def _state(cf: CaseFile, *ids: int) -> list[object]:
    """What a lawyer sees of some captives: fields, names with their kinds, records, tags."""
    out: list[object] = []
    for cid in ids:
        f = cf.captive_file(cid)
        c = f.captive
        out.append((c.id, c.uid, c.birth, c.capture, c.birth_place, c.status, c.tags,
                    [(n.full_name, n.kind, n.is_primary) for n in c.names],
                    [w.contact_on for w in f.welfare_contacts], [n.title for n in f.notes],
                    [p.facility for p in f.detention_places]))
    return out


def test_a_merge_is_undone_with_both_captives_and_their_records(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    hearing = case_file.hearings.create(starts_at="2026-11-20 10:00", timezone="Asia/Baku",
                                        captive_ids=[other], court="Baku Military Court")
    before = _state(case_file, keep, other)
    result = merge_captives(case_file, keep, other, take=["birth", "capture", "birth_place"])
    assert result.undo is not None
    assert case_file.hearings.get(hearing.id).captive_ids == (keep,)
    undo_merge(case_file, result.undo)
    assert _state(case_file, keep, other) == before
    assert case_file.hearings.get(hearing.id).captive_ids == (other,)
    # The search finds each by their own name again, the other's name no longer the kept one's.
    assert case_file.search.captive_ids("Мкртчян Гагикович", names_only=True) == [other]
    merges = [e.summary for e in case_file.audit.recent(limit=50) if e.field == "merged"]
    assert merges[0].startswith("Undo of the merge of") and len(merges) == 2
    assert case_file.check().ok, case_file.check().problems


def test_a_merge_is_not_undone_once_the_kept_captive_changed(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    result = merge_captives(case_file, keep, other)
    assert result.undo is not None
    case_file.captives.update(keep, birth_place="Sisian")
    with pytest.raises(ConflictError, match="changed since the merge"):
        undo_merge(case_file, result.undo)
    with pytest.raises(NotFound):  # nothing came back
        case_file.captives.get(other)
    assert case_file.captives.get(keep).birth_place == "Sisian"


def test_a_merge_that_breaks_a_rule_changes_nothing(case_file: CaseFile) -> None:
    keep, other = _pair(case_file)
    # The other's visit (1 June 2024) would be before a capture of July 2024.
    case_file.captives.update(keep, capture="2024-07-01")
    with pytest.raises(ValidationError, match=r"welfare contact of .*nothing was merged"):
        merge_captives(case_file, keep, other)
    assert len(case_file.captive_file(other).welfare_contacts) == 1
    assert len(case_file.captives.get(keep).names) == 2
    with pytest.raises(ValidationError, match="into itself"):
        merge_captives(case_file, keep, keep)
    with pytest.raises(ValidationError, match="not a field"):
        merge_captives(case_file, keep, other, take=["shoe_size"])


def test_caseapp_merge(case_file: CaseFile, db_path: Path) -> None:
    keep, other = _pair(case_file)
    case_file.close()

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main([*argv, "--db", str(db_path)], out=out, err=err), out.getvalue(), err.getvalue()

    code, out, err = run("merge", str(keep), str(other), "--dry-run")
    assert code == 0 and "birth_place" in out and "Dry run: nothing was merged." in out
    code, _, err = run("merge", str(keep), "999")
    assert code == 2 and err == "caseapp: There is no captive with ID 999.\n"
    code, out, err = run("merge", str(keep), str(other), "--take", "birth")
    assert (code, err) == (0, "")
    assert f"Merged captive {other} into {keep}" in out and "1 welfare contact," in out


def _twins(cf: CaseFile) -> tuple[int, int]:
    """One person recorded twice (a spreadsheet row and a hand entry): the same place, the
    same detention order, the same status, on both."""
    ids = []
    for name in ("Aram Petrosyan", "Арам Петросян"):
        c = cf.captives.create(names=[name], status="held", capture="2023-09-20")
        cf.detention_places.create(captive_id=c.id, facility="Baku SIZO", from_date="2023-10-01")
        cf.detention_orders.create(captive_id=c.id, start_date="2026-09-01", term_months=4)
        ids.append(c.id)
    return ids[0], ids[1]


def _open_deadlines(cf: CaseFile, captive_id: int) -> list[tuple[object, ...]]:
    return sorted((d.rule_id, d.due_on) for d in cf.deadlines.list(captive_id=captive_id)
                  if d.status.value == "open")


def test_what_both_records_hold_is_kept_once_and_comes_back_with_an_undo(
        case_file: CaseFile) -> None:
    keep, other = _twins(case_file)
    alone = _open_deadlines(case_file, keep)
    before = _state(case_file, keep, other)
    assert what_moves(case_file, keep, other) == {"captive_names": 1}  # as the window says
    result = merge_captives(case_file, keep, other)
    kept = case_file.captive_file(keep)
    # Merged, not refused for overlapping stays; one order, its deadlines not doubled.
    assert [p.facility for p in kept.detention_places] == ["Baku SIZO"]
    assert len(kept.detention_orders) == 1
    assert _open_deadlines(case_file, keep) == alone and len(alone) == 4
    assert len(case_file.captive_file(keep).status_history) == 1
    assert result.same == {"status_changes": 1, "detention_places": 1, "detention_orders": 1}
    assert case_file.check().ok, case_file.check().problems
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    assert _state(case_file, keep, other) == before
    assert _open_deadlines(case_file, other) == alone
    assert case_file.check().ok, case_file.check().problems


def test_a_record_that_differs_in_anything_moves_and_is_checked(case_file: CaseFile) -> None:
    keep, other = _twins(case_file)
    place = case_file.captive_file(other).detention_places[0]
    case_file.detention_places.update(place.id, notes="Cell 12")  # not the same record
    with pytest.raises(ValidationError, match=r"place of detention .*overlaps"):
        merge_captives(case_file, keep, other)


def test_an_order_whose_deadlines_were_worked_on_is_not_dropped(case_file: CaseFile) -> None:
    keep, other = _twins(case_file)
    done = next(d for d in case_file.deadlines.list(captive_id=keep)  # the kept twin's, filed
                if d.trigger_kind == "detention_order")
    case_file.deadlines.update(done.id, status="done", status_reason="Filed")
    result = merge_captives(case_file, keep, other)
    assert len(case_file.captive_file(keep).detention_orders) == 2  # nothing lost
    assert result.same == {"status_changes": 1, "detention_places": 1}


def test_caseapp_merge_says_what_was_kept_once(case_file: CaseFile, db_path: Path) -> None:
    keep, other = _twins(case_file)
    case_file.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "merge", str(keep), str(other), "--db", str(db_path)],
                out=out, err=err)
    assert (code, err.getvalue()) == (0, "")
    assert ("Записано у обоих, сохранено один раз: 1 изменение статуса, 1 место содержания, "
            "1 постановление о заключении под стражу.") in out.getvalue()


def test_the_dry_run_names_fields_and_values_in_the_user_s_language(case_file: CaseFile,
                                                                      db_path: Path) -> None:
    keep, other = _pair(case_file)
    case_file.captives.update(keep, sex="male", consent_publicity=True, category="serviceman")
    case_file.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "merge", str(keep), str(other), "--dry-run", "--db", str(db_path)],
                out=out, err=err)
    assert (code, err.getvalue()) == (0, "")
    rows = {line.split()[0]: line for line in out.getvalue().splitlines()[3:]}
    # The name --take reads first, then the field and both values as the lawyer reads them.
    assert rows["sex"].split()[1:3] == ["Пол", "Мужской"] and "Не" in rows["sex"]
    # a day as Russian writes one in a table, as the import preview does
    assert "Дата рождения" in rows["birth"] and "17.05.1990" in rows["birth"]
    assert "Согласие на огласку" in rows["consent_publicity"]
    assert rows["consent_publicity"].split()[-3:-1] == ["да", "нет"]
    assert "Военнослужащий" in rows["category"] and "Гражданское лицо" in rows["category"]
    assert "True" not in out.getvalue() and "serviceman" not in out.getvalue()
