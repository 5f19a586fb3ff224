"""Travel copies (issue 19): a copy at a level holds nothing above it — in any table of the
decrypted file, nor in any output made from it —, changes made in it merge back by uid with
conflicts listed and nothing overwritten, and it never replaces the case file."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from caseapp.config import Location
from caseapp.db import search
from caseapp.db.models import AuditEntry
from caseapp.domain.cldr import format_date_short
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.services import data_exports, outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.output_guard import OutputRefused
from caseapp.services.travel_copy import make_travel_copy, read_mark
from caseapp.services.travel_destroy import destroy_travel_copy
from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy
from tests.conftest import TODAY, copy_of
from tests.db.test_search_refresh import index_of, rebuilt_index_of
from tests.reports.conftest import LAWYER, pdf_text
from tests.reports.redaction_data import (
    INTERNAL_NAME,
    MAIN_NAME,
    NO_CONSENT_NAME,
    SHAREABLE_NAME,
    Matrix,
    build_matrix,
)

TRAVEL_PASSPHRASE = "olive lantern river seven"
ABOVE_PUBLIC = re.compile(r"Q[A-Z0-9]+(SHR|INT)Z|QRPLCNOCONSENTZ|NOCONSENT")


@pytest.fixture(scope="module")
def _matrix_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Matrix]:
    """The marker case file, built once for the module (closed: copy it)."""
    path = tmp_path_factory.mktemp("travel-template") / "main.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        built = build_matrix(cf)
    finally:
        cf.close()
    return path, built


@pytest.fixture
def matrix(_matrix_template: tuple[Path, Matrix], tmp_path: Path) -> Matrix:
    """A fresh copy of the marker case file, open as main.db in the test's folder."""
    template, built = _matrix_template
    cf = open_case_file(Location(path=copy_of(template, tmp_path / "main.db")), actor="tester",
                        today=lambda: TODAY)
    yield replace(built, cf=cf)
    cf.close()


def all_text(path: Path, passphrase: str) -> list[str]:
    """Every text and blob value of every table of the encrypted file, decrypted."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{passphrase}'")
    found = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if isinstance(value, str):
                        found.append(value)
    finally:
        conn.close()
    return found


def above_public(matrix: Matrix) -> set[str]:
    return {m for kind in (matrix.dossier, matrix.report, matrix.calendar)
            for m, level in kind.items() if level is not Sensitivity.PUBLIC}


def leaks(texts: list[str], matrix: Matrix) -> list[str]:
    bad = above_public(matrix)
    out = []
    for value in texts:
        flat = value.replace("\n", "").replace(" ", "")
        if ABOVE_PUBLIC.search(flat) or any(m in flat for m in bad) or any(
                name in value for name in (INTERNAL_NAME, SHAREABLE_NAME, NO_CONSENT_NAME)):
            out.append(value[:120])
    return out


def test_a_public_travel_copy_holds_nothing_above_public(matrix: Matrix, tmp_path: Path) -> None:
    target = tmp_path / "travel.db"
    made = make_travel_copy(matrix.cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    assert made.level is Sensitivity.PUBLIC
    texts = all_text(target, TRAVEL_PASSPHRASE)
    assert leaks(texts, matrix) == []
    joined = "\n".join(texts)
    # what is public is there: the consenting public captive and public facts about him
    assert MAIN_NAME in joined
    assert "QFSUMPUBZ" in joined and "QPLCPUBZ" in joined and "QSTAPUBZ" in joined
    # the file is encrypted: without its passphrase it is not a database
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not list(tmp_path.glob(".travel.db.*"))  # no half-written copy left beside it


def test_every_output_made_from_a_public_copy_holds_nothing_above_public(
        matrix: Matrix, tmp_path: Path) -> None:
    target = tmp_path / "travel.db"
    make_travel_copy(matrix.cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    travel = open_case_file(Location(path=target), passphrase=TRAVEL_PASSPHRASE,
                            actor="tester", today=lambda: TODAY)
    try:
        texts: list[str] = []
        captives = travel.captives.list()
        assert [c.primary_name for c in captives] == [MAIN_NAME]
        for c in captives:  # at the internal level: the copy itself is what limits it
            texts += pdf_text(outputs.dossier(travel, c.id, level="internal", author="t",
                                              lawyer=LAWYER).data)
        texts += pdf_text(outputs.status_report(travel, level="internal", author="t").data)
        texts.append(outputs.calendar(travel, level="internal").data.decode("utf-8"))
        export = tmp_path / "export.json"
        data_exports.export_json(travel, export)
        texts.append(export.read_text(encoding="utf-8"))
        texts += pdf_text(outputs.exposure(travel, as_of=TODAY, author="t").data)
        assert any("QFSUMPUBZ" in x.replace("\n", "") for x in texts)
        assert leaks(texts, matrix) == []
    finally:
        travel.close()


def test_a_shareable_copy_of_chosen_captives_holds_only_them(matrix: Matrix,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "one.db"
    made = make_travel_copy(matrix.cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE,
                            captive_ids=[matrix.shareable_captive])
    assert made.counts["captives"] == 1
    joined = "\n".join(all_text(target, TRAVEL_PASSPHRASE))
    assert SHAREABLE_NAME in joined
    assert MAIN_NAME not in joined and INTERNAL_NAME not in joined
    assert not re.search(r"Q[A-Z0-9]+INTZ", joined)


def test_a_copy_of_chosen_captives_holds_only_the_addressees_of_their_interventions(
        matrix: Matrix, tmp_path: Path) -> None:
    cf = matrix.cf
    cf.contacts.create(name="Anahit, wife of the man left at home", phone="+374 00 000001",
                       sensitivity="shareable")
    embassy = cf.organisations.create(name="Embassy written to", kind="embassy",
                                      sensitivity="shareable")
    cf.interventions.create(made_on="2026-11-02", organisation_id=embassy.id,
                            subject="Visit request", captive_ids=[matrix.shareable_captive],
                            sensitivity="shareable")
    target = tmp_path / "one.db"
    made = make_travel_copy(cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE,
                            captive_ids=[matrix.shareable_captive])
    joined = "\n".join(all_text(target, TRAVEL_PASSPHRASE))
    assert "Embassy written to" in joined and "Visit request" in joined
    assert "Anahit" not in joined and "+374 00 000001" not in joined
    assert "QORGSHRZ" not in joined  # addressed only about the captive left at home
    assert made.counts["organisations"] == 1 and "contacts" not in made.counts
    whole = make_travel_copy(cf, tmp_path / "all.db", level="shareable",
                             passphrase=TRAVEL_PASSPHRASE)
    assert "Anahit" in "\n".join(all_text(tmp_path / "all.db", TRAVEL_PASSPHRASE))
    assert whole.counts["organisations"] == 2


def test_an_internal_captive_or_level_is_refused_before_anything_is_written(
        matrix: Matrix, tmp_path: Path) -> None:
    target = tmp_path / "t.db"
    with pytest.raises(ValidationError, match="marked internal"):
        make_travel_copy(matrix.cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE,
                         captive_ids=[matrix.internal_captive])
    with pytest.raises(ValidationError, match="not consented"):
        make_travel_copy(matrix.cf, target, level="public", passphrase=TRAVEL_PASSPHRASE,
                         captive_ids=[matrix.no_consent])
    with pytest.raises(ValidationError, match="public or shareable"):
        make_travel_copy(matrix.cf, target, level="internal", passphrase=TRAVEL_PASSPHRASE)
    with pytest.raises(ValidationError):  # a weak passphrase
        make_travel_copy(matrix.cf, target, level="public", passphrase="abc")
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".t.db", "t.db"))]


def test_a_travel_copy_never_replaces_the_case_file_or_an_existing_file(
        matrix: Matrix, tmp_path: Path) -> None:
    main = tmp_path / "main.db"
    before = main.stat().st_size
    with pytest.raises(OutputRefused, match="open case file"):
        make_travel_copy(matrix.cf, main, level="public", passphrase=TRAVEL_PASSPHRASE)
    with pytest.raises(OutputRefused):
        make_travel_copy(matrix.cf, tmp_path / "main.db-wal", level="public",
                         passphrase=TRAVEL_PASSPHRASE)
    other = tmp_path / "notes.txt"
    other.write_text("keep me", encoding="utf-8")
    with pytest.raises(ValidationError, match="exists already"):
        make_travel_copy(matrix.cf, other, level="public", passphrase=TRAVEL_PASSPHRASE)
    assert other.read_text(encoding="utf-8") == "keep me"
    assert main.stat().st_size >= before and matrix.cf.captives.list()


def _open(path: Path) -> CaseFile:
    return open_travel_copy(path, TRAVEL_PASSPHRASE, actor="traveller")


def _public_copy(cf: CaseFile, tmp_path: Path) -> CaseFile:
    """A public travel copy of ``cf``, made and opened (close it)."""
    target = tmp_path / "travel.db"
    make_travel_copy(cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    return _open(target)


def test_merge_applies_the_copys_edits_adds_its_records_and_reports_a_conflict(
        matrix: Matrix, tmp_path: Path) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        assert read_mark(travel.ctx) is not None
        (captive,) = travel.captives.list()
        (place,) = travel.detention_places.list()
        visits = {w.notes: w for w in travel.welfare_contacts.list()}
        # edited in the copy only: applied
        travel.detention_places.update(place.id, facility="Colony No. 2, Baku (seen 20 Nov)")
        # edited on both sides: a conflict, the main file's version kept
        travel.welfare_contacts.update(visits["QVISPUBZ"].id, notes="ICRC saw him, in the copy")
        main_visit = next(w for w in cf.welfare_contacts.list()
                          if w.uid == visits["QVISPUBZ"].uid)
        cf.welfare_contacts.update(main_visit.id, notes="ICRC visit confirmed by phone")
        # made in the copy: added
        travel.welfare_contacts.create(captive_id=captive.id, contact_on="2026-11-20",
                                       kind="lawyer_visit", notes="Մեր այցը, 20 նոյեմբերի",
                                       sensitivity="public")
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert report.added == {"welfare_contacts": 1}
    assert report.updated == {"detention_places": 1}
    assert [(c.table, c.fields) for c in report.conflicts] == [("welfare_contacts", ("notes",))]
    facilities = {p.uid: p.facility for p in cf.detention_places.list()}
    assert facilities[place.uid] == "Colony No. 2, Baku (seen 20 Nov)"
    notes = {w.uid: w.notes for w in cf.welfare_contacts.list()}
    assert notes[visits["QVISPUBZ"].uid] == "ICRC visit confirmed by phone"  # not overwritten
    assert "Մեր այցը, 20 նոյեմբերի" in notes.values()
    # the main file's records above the level were not touched
    assert {"QPLCSHRZ", "QPLCINTZ"} <= set(facilities.values())
    with cf.ctx.read() as s:
        merges = s.query(AuditEntry).filter(AuditEntry.entity == "travel_merges").all()
    assert len(merges) == 1
    assert "1 conflict" not in merges[0].new_value  # the conflicts are listed, not counted
    assert "welfare_contacts" in merges[0].new_value
    assert cf.check().ok  # the audit chain and its anchor hold after the merge


def test_a_merge_indexes_what_it_wrote_for_the_search(
        matrix: Matrix, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (captive,) = travel.captives.list()
        (place,) = travel.detention_places.list()
        old_words = place.facility
        travel.detention_places.update(place.id, facility="Zangelanskaya colony")
        travel.welfare_contacts.create(captive_id=captive.id, contact_on="2026-11-20",
                                       kind="lawyer_visit", notes="Parcelwordseen",
                                       sensitivity="public")
        monkeypatch.setattr(search, "REBUILD_SHARE", 1e9)  # (this file's index is small)
        monkeypatch.setattr(search, "rebuild", None)  # the records written, indexed alone
        merge_travel_copy(cf, travel)
    finally:
        travel.close()
    monkeypatch.undo()
    main_id = next(c.id for c in cf.captives.list() if c.uid == captive.uid)
    assert cf.search.captive_ids("zangelanskaya") == [main_id]
    assert cf.search.captive_ids("parcelwordseen") == [main_id]
    assert main_id not in cf.search.captive_ids(old_words)  # the old facility's words gone
    assert index_of(cf) == rebuilt_index_of(cf)


def test_a_field_above_the_level_edited_in_the_copy_is_a_conflict(matrix: Matrix,
                                                                   tmp_path: Path) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (captive,) = travel.captives.list()
        assert captive.health == ""  # internal: blanked in the copy
        travel.captives.update(captive.id, health="Needs insulin", summary="Held in Baku")
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    main = cf.captives.get(matrix.main)
    assert main.health == "QFHEAINTZ"  # the hidden value was not replaced
    assert main.summary == "Held in Baku"  # the visible field was applied
    assert [(c.table, c.fields) for c in report.conflicts] == [("captives", ("health",))]


def test_conflicts_and_records_kept_name_the_captive_not_a_uid(matrix: Matrix,
                                                               tmp_path: Path) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (captive,) = travel.captives.list()
        travel.captives.update(captive.id, summary="Seen in Baku, in the copy")
        cf.captives.update(matrix.main, summary="Seen in Baku, at home")
        visit = next(w for w in travel.welfare_contacts.list() if w.notes == "QVISPUBZ")
        travel.welfare_contacts.delete(visit.id)
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    (conflict,) = report.conflicts
    assert conflict.line() == (
        f"Captive “{MAIN_NAME}”: changed in the main file too since the copy was made; the main "
        "file's version is kept. In the travel copy: Summary: Seen in Baku, in the copy")
    assert captive.uid not in conflict.line()
    assert report.kept_in_main == (
        f"Welfare contact “QVISPUBZ, {format_date_short(visit.contact_on)} — {MAIN_NAME}”",)


def test_a_record_made_in_the_copy_for_a_captive_deleted_at_home_is_a_conflict_not_a_failure(
        matrix: Matrix, tmp_path: Path) -> None:
    cf = matrix.cf
    target = tmp_path / "travel.db"
    make_travel_copy(cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE)
    travel = _open(target)
    try:
        by_name = {c.primary_name: c for c in travel.captives.list()}
        gone, kept = by_name[SHAREABLE_NAME], by_name[MAIN_NAME]
        travel.welfare_contacts.create(captive_id=gone.id, contact_on="2026-11-20",
                                       kind="lawyer_visit", notes="Seen on the road",
                                       sensitivity="shareable")
        travel.captives.update(kept.id, summary="Moved to Colony 2")
        cf.captives.delete(matrix.shareable_captive)  # at home, meanwhile
        report = merge_travel_copy(cf, travel)  # refused whole before: nothing merged
        again = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert cf.captives.get(matrix.main).summary == "Moved to Colony 2"
    # only what the traveller wrote is listed, not every record of the captive deleted at home
    assert [c.line() for c in report.conflicts] == [
        f"Welfare contact “Seen on the road, 20\u00a0Nov\u00a02026 — {SHAREABLE_NAME}”: names a "
        "record deleted in the main file since the copy was made; not applied. In the travel "
        "copy: Date of contact: 20\u00a0Nov\u00a02026; Kind: Lawyer visit; Notes: Seen on the road; "
        "Sensitivity level: shareable"]
    assert [c.label for c in again.conflicts] == [c.label for c in report.conflicts]
    assert "Seen on the road" not in {w.notes for w in cf.welfare_contacts.list()}
    # merging again cannot help: the message says what will
    with pytest.raises(ValidationError, match="lists as a conflict stays unmerged: make it by hand"):
        destroy_travel_copy(target, TRAVEL_PASSPHRASE, actor="t", backups_root=tmp_path / "b")


def test_a_captive_deleted_at_home_with_hearings_does_not_stop_a_merge(matrix: Matrix,
                                                                      tmp_path: Path) -> None:
    cf = matrix.cf
    assert any(matrix.main in h.captive_ids for h in cf.hearings.list())
    target = tmp_path / "travel.db"
    make_travel_copy(cf, target, level="shareable", passphrase=TRAVEL_PASSPHRASE)
    travel = _open(target)
    try:
        other = next(c for c in travel.captives.list() if c.primary_name == SHAREABLE_NAME)
        travel.captives.update(other.id, summary="Transferred on 20 November")
        cf.captives.delete(matrix.main)  # at home, meanwhile: its links to hearings go too
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert report.updated == {"captives": 1} and report.conflicts == ()
    assert cf.captives.get(matrix.shareable_captive).summary == "Transferred on 20 November"


def test_lowering_in_the_copy_the_level_of_a_field_it_did_not_hold_is_a_conflict(
        matrix: Matrix, tmp_path: Path) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (captive,) = travel.captives.list()
        levels = travel.captives.get(captive.id).field_levels
        assert levels["health"] == "internal" and captive.health == ""  # blanked in the copy
        travel.captives.update(captive.id, field_levels={**levels, "health": "public"},
                               summary="Held in Baku")
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    main = cf.captives.get(matrix.main)
    assert main.field_levels["health"] == "internal"  # else the next public copy holds it
    assert main.summary == "Held in Baku"
    assert [(c.table, c.fields) for c in report.conflicts] == [("captives", ("field_levels",))]
    again = make_travel_copy(cf, tmp_path / "again.db", level="public", passphrase=TRAVEL_PASSPHRASE)
    assert again.level is Sensitivity.PUBLIC
    assert "QFHEAINTZ" not in "\n".join(all_text(tmp_path / "again.db", TRAVEL_PASSPHRASE))


def test_a_second_merge_applies_only_what_changed_since_the_first(matrix: Matrix,
                                                                  tmp_path: Path) -> None:
    cf = matrix.cf
    travel = _public_copy(cf, tmp_path)
    try:
        (place,) = travel.detention_places.list()
        travel.detention_places.update(place.id, facility="First")
        assert merge_travel_copy(cf, travel).updated == {"detention_places": 1}
        second = merge_travel_copy(cf, travel)
        assert second.applied == 0 and second.conflicts == ()
        travel.detention_places.update(place.id, facility="Second")
        third = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert third.updated == {"detention_places": 1} and third.conflicts == ()
    assert "Second" in {p.facility for p in cf.detention_places.list()}


def test_a_copy_merges_only_into_the_file_it_was_made_from(matrix: Matrix, tmp_path: Path,
                                                           case_file: CaseFile) -> None:
    travel = _public_copy(matrix.cf, tmp_path)
    try:
        with pytest.raises(ValidationError, match="was made from another case file"):
            merge_travel_copy(case_file, travel)
    finally:
        travel.close()
    assert case_file.captives.list() == []
    with pytest.raises(ValidationError, match="not a travel copy"):
        open_travel_copy(tmp_path / "main.db", None, actor="t")


def test_destroy_refuses_unmerged_changes_then_removes_only_the_copy(matrix: Matrix,
                                                                     tmp_path: Path) -> None:
    target = tmp_path / "travel.db"
    make_travel_copy(matrix.cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    travel = _open(target)
    try:
        (place,) = travel.detention_places.list()
        travel.detention_places.update(place.id, facility="Changed on the road")
    finally:
        travel.close()
    with pytest.raises(ValidationError, match="merge it first"):
        destroy_travel_copy(target, TRAVEL_PASSPHRASE, actor="t", backups_root=tmp_path / "b")
    assert target.exists()
    result = destroy_travel_copy(target, TRAVEL_PASSPHRASE, actor="t",
                                 backups_root=tmp_path / "b", unmerged_ok=True)
    assert result.complete and target in result.removed
    assert not [p for p in tmp_path.iterdir() if "travel" in p.name]
    assert (tmp_path / "main.db").exists() and matrix.cf.captives.list()
