"""A merge of one person recorded twice shows, below a level, nothing either record kept
back: the stricter level and a consent not given win unless the lawyer keeps the other; each
field keeps the stricter of its two levels; the photo of the merged record is not lost."""

from __future__ import annotations

import io
import json
from pathlib import Path

from caseapp.cli import main
from caseapp.services.captive_merge import differences, merge_captives, undo_merge
from caseapp.services.casefile import CaseFile

PHOTO = b"\x89PNG\r\n\x1a\n" + b"photo of the merged record"


def _two_sources(cf: CaseFile) -> tuple[int, int]:
    """The family's record, public with consent; the ICRC list's, internal, no consent, with
    a birthplace the family asked to keep internal."""
    keep = cf.captives.create(names=["Վարդանյան Արմեն", "Vardanyan Armen"], sensitivity="public",
                              consent_publicity=True, consent_family_wgeid=True,
                              capture="2020-11")
    other = cf.captives.create(names=["Варданян Армен SECRET-ALIAS"], sensitivity="internal",
                               capture="2020-11-10", birth_place="SECRET-PLACE",
                               field_levels={"birth_place": "internal"})
    cf.captives.update(other.id, photo=PHOTO, photo_media_type="image/png")
    return keep.id, other.id


def _shown(db_path: Path, *argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main([*argv, "--db", str(db_path)], out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def test_the_stricter_level_and_the_consent_not_given_are_kept(case_file: CaseFile,
                                                               db_path: Path) -> None:
    keep, other = _two_sources(case_file)
    sides = {d.field: d.stricter for d in differences(case_file, keep, other)}
    assert sides["sensitivity"] == sides["consent_publicity"] == "other"
    assert sides["consent_family_wgeid"] == "other" and sides["capture"] is None
    result = merge_captives(case_file, keep, other, take=["birth_place"])
    merged = case_file.captives.get(keep)
    assert merged.sensitivity == "internal"
    assert merged.consent_publicity is False and merged.consent_family_wgeid is False
    assert merged.field_levels["birth_place"] == "internal"  # the value came with its level
    assert {"sensitivity", "consent_publicity", "birth_place"} <= set(result.fields_taken)
    # Made shareable by the lawyer afterwards: the birthplace stays out below internal.
    case_file.captives.update(keep, sensitivity="shareable")
    case_file.close()
    for command in (["captives", "show", str(keep)], ["captives", "list"]):
        shown = _shown(db_path, *command, "--level", "shareable", "--format", "json")
        assert "Vardanyan" in shown and "SECRET-PLACE" not in shown
    assert "SECRET-ALIAS" not in _shown(db_path, "captives", "list", "--level", "public",
                                        "--format", "json")


def test_the_lawyer_may_keep_the_laxer_level_on_purpose(case_file: CaseFile) -> None:
    keep, other = _two_sources(case_file)
    merge_captives(case_file, keep, other, keep_own=["sensitivity", "consent_publicity"])
    merged = case_file.captives.get(keep)
    assert merged.sensitivity == "public" and merged.consent_publicity is True
    assert merged.consent_family_wgeid is False  # not kept on purpose: the stricter


def test_the_photo_of_the_merged_record_is_kept_and_an_undo_puts_it_back(
        case_file: CaseFile) -> None:
    keep, other = _two_sources(case_file)
    result = merge_captives(case_file, keep, other)
    assert case_file.captives.photo(keep) == PHOTO
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    assert case_file.captives.photo(keep) is None and case_file.captives.photo(other) == PHOTO
    back = case_file.captives.get(keep)
    assert (back.sensitivity, back.consent_publicity, back.field_levels.get("birth_place")) == (
        "public", True, None)


def test_caseapp_merge_says_what_it_takes_and_keeps_on_purpose(case_file: CaseFile,
                                                               db_path: Path) -> None:
    keep, other = _two_sources(case_file)
    case_file.close()
    out = _shown(db_path, "merge", str(keep), str(other), "--dry-run")
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    # the place of birth, empty on the kept record, is taken: no fact lost
    assert rows["sensitivity"].split()[-1] == "other" and rows["birth_place"].split()[-1] == "other"
    assert "--keep FIELD keeps the kept one's" in out
    out = _shown(db_path, "merge", str(keep), str(other), "--dry-run", "--keep", "birth_place")
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert rows["birth_place"].split()[-1] == "kept"
    err = io.StringIO()
    assert main(["merge", str(keep), str(other), "--take", "sex", "--keep", "sex", "--db",
                 str(db_path)], out=io.StringIO(), err=err) == 2
    assert err.getvalue().count("\n") == 1 and "--keep sex" in err.getvalue()
    _shown(db_path, "merge", str(keep), str(other), "--keep", "sensitivity")
    shown = json.loads(_shown(db_path, "captives", "show", str(keep), "--format", "json"))["captive"]
    assert shown["sensitivity"] == "public" and shown["consent_publicity"] is False


def test_the_passport_spelling_of_the_merged_record_stays_the_one_letters_print(
        case_file: CaseFile) -> None:
    """The family wrote in Armenian; the ICRC list gave the passport's Latin and a Russian
    spelling. Merged, the passport's spelling heads the letters (not the romanised Armenian),
    and a second Latin spelling is an alias; an undo puts each name back as it was."""
    keep = case_file.captives.create(names=["Սարգսյան Տիգրան"]).id
    other = case_file.captives.create(names=[
        {"full_name": "Sarkisian Tigran", "language": "en", "kind": "transliteration"},
        {"full_name": "Саркисян Тигран", "language": "ru", "kind": "transliteration"},
        {"full_name": "Sarkisyan Tigran", "language": "en", "kind": "transliteration"}]).id
    result = merge_captives(case_file, keep, other)
    merged = case_file.captives.get(keep)
    assert merged.latin_name == "Sarkisian Tigran"
    assert merged.primary_name == "Սարգսյան Տիգրան"
    kinds = {n.full_name: n.kind.value for n in merged.names}
    assert kinds == {"Սարգսյան Տիգրան": "native", "Sarkisian Tigran": "transliteration",
                     "Саркисян Тигран": "transliteration", "Sarkisyan Tigran": "alias"}
    assert result.names_kept_as_aliases == ("Sarkisyan Tigran",)
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    assert {n.kind.value for n in case_file.captives.get(other).names} == {"transliteration"}
    assert case_file.captives.get(keep).latin_name == "Tigran Sargsyan"


def test_where_both_have_a_photo_the_other_s_is_kept_as_a_document(case_file: CaseFile) -> None:
    keep, other = _two_sources(case_file)
    case_file.captives.update(keep, photo=b"\xff\xd8\xff" + b"the family's photo",
                              photo_media_type="image/jpeg")
    result = merge_captives(case_file, keep, other)
    assert case_file.captives.photo(keep) == b"\xff\xd8\xff" + b"the family's photo"
    [kept] = case_file.documents.list(captive_id=keep)
    assert case_file.documents.content(kept.id) == PHOTO and kept.media_type == "image/png"
    assert kept.title == "Варданян Армен SECRET-ALIAS" and kept.sensitivity == "internal"
    assert result.undo is not None
    undo_merge(case_file, result.undo)
    assert case_file.documents.list(captive_id=keep) == []
    assert case_file.captives.photo(other) == PHOTO
