"""A merge of a travel copy whose changes meet records deleted at home meanwhile: the rest
merges, each change not applied is one line in the user's words — the kind of record, how it
reads, why, and the values the copy holds for it (so that nothing typed on the road is lost)
—, never a table name, an enum code or a uid, in English, Armenian and Russian."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain import messages
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY, copy_of
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

NAME = "Aram Petrosyan"
OTHER = "Vardan Hakobyan"
# What a line must never show: a table's name, an enum's code, a column's name, a uid.
CODES = re.compile(r"\b[a-z]+_[a-z_]+\b|\bhearings\b|\bpreliminary\b|\binterventions\b|"
                   r"[0-9a-f]{8}-[0-9a-f]{4}-")


@dataclass
class Home:
    cf: CaseFile
    captive: int
    other: int
    prosecution: int
    hearing: int
    contact: int
    visit: int


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("merge-conflicts") / "main.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        c = cf.captives.create(names=[NAME], capture="2023-09-27", status="pre_trial",
                               sensitivity="public", consent_publicity=True).id
        c2 = cf.captives.create(names=[OTHER], capture="2023-09-27", status="held",
                                sensitivity="public", consent_publicity=True).id
        pr = cf.prosecutions.create(captive_id=c, case_number="AZ-1/2024", sensitivity="public",
                                    court="Baku Military Court").id
        h = cf.hearings.create(captive_ids=[c], prosecution_id=pr, starts_at="2026-12-01 11:00",
                               timezone="Asia/Baku", court="Baku Military Court",
                               kind="preliminary", sensitivity="public").id
        org = cf.organisations.create(name="ICRC Baku", kind="icrc", sensitivity="public").id
        ct = cf.contacts.create(name="Mr Smith", organisation_id=org, sensitivity="public").id
        cf.interventions.create(captive_ids=[c], made_on="2026-10-01", channel="letter",
                                contact_id=ct, request="A visit, please", sensitivity="public")
        v = cf.welfare_contacts.create(captive_id=c2, contact_on="2026-10-01", kind="icrc_visit",
                                       notes="Seen by the ICRC", sensitivity="public").id
    finally:
        cf.close()
    return path, {"captive": c, "other": c2, "prosecution": pr, "hearing": h, "contact": ct,
                  "visit": v}


@pytest.fixture
def home(_template: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[Home]:
    path, ids = _template
    cf = open_case_file(Location(path=copy_of(path, tmp_path / "main.db")), actor="tester",
                        today=lambda: TODAY)
    yield Home(cf, **ids)
    cf.close()
    messages.set_language("en")


def _travel(home: Home, tmp_path: Path) -> CaseFile:
    target = tmp_path / "travel.db"
    make_travel_copy(home.cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    return _open(target)


def test_changes_meeting_records_deleted_at_home_are_conflicts_and_the_rest_merges(
        home: Home, tmp_path: Path) -> None:
    travel = _travel(home, tmp_path)
    try:
        (letter,) = travel.interventions.list()
        travel.interventions.update(letter.id, response="They agreed to visit on 3 December")
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, outcome="Adjourned to 15 December")
        (visit,) = travel.welfare_contacts.list()
        travel.welfare_contacts.update(visit.id, notes="Seen by the ICRC,\nlost weight")
        other = next(c for c in travel.captives.list() if c.primary_name == OTHER)
        travel.detention_places.create(captive_id=other.id, facility="Colony No. 2",
                                       from_date="2026-11-01", sensitivity="public")
        # at home, meanwhile: the addressee, the criminal case and the visit are deleted
        home.cf.contacts.delete(home.contact)
        home.cf.prosecutions.delete(home.prosecution)
        home.cf.welfare_contacts.delete(home.visit)
        report = merge_travel_copy(home.cf, travel)  # refused whole before
    finally:
        travel.close()
    assert report.added == {"detention_places": 1}
    assert report.updated == {"interventions": 1, "hearings": 1}
    (letter_home,) = home.cf.interventions.list()
    assert letter_home.response == "They agreed to visit on 3 December"
    assert letter_home.contact_id is None  # not pointed back at the contact deleted at home
    (hearing_home,) = home.cf.hearings.list()
    assert hearing_home.outcome == "Adjourned to 15 December"
    assert "Colony No. 2" in {p.facility for p in home.cf.detention_places.list()}
    lines = sorted(c.line() for c in report.conflicts)
    assert lines == [
        f"Hearing “Preliminary hearing, 1\u00a0Dec\u00a02026 — {NAME}”: names a record deleted in "
        "the main "
        "file since the copy was made; not applied. In the travel copy: Criminal case: "
        f"AZ-1/2024 — {NAME}",
        f"Intervention “A visit, please, 1\u00a0Oct\u00a02026 — {NAME}”: names a record deleted in "
        "the main file since the copy was made; not applied. In the travel copy: Contact: Mr Smith",
        f"Welfare contact “Seen by the ICRC, lost weight, 1\u00a0Oct\u00a02026 — {OTHER}”: deleted "
        "in the main file since the copy was made; not added again. In the travel copy: Date of "
        "contact: 1\u00a0Oct\u00a02026; Kind: ICRC visit; Notes: Seen by the ICRC, lost weight; "
        "Sensitivity level: public"]  # notes of two lines on the conflict's one line


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_conflict_lines_use_the_users_words_in_each_language(home: Home, tmp_path: Path,
                                                              lang: str) -> None:
    travel = _travel(home, tmp_path)
    try:
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, outcome="Adjourned", kind="trial_session")
        home.cf.hearings.update(home.hearing, judge="Judge A.")
        captive = next(c for c in travel.captives.list() if c.primary_name == NAME)
        travel.captives.update(captive.id, summary="Moved", category="serviceman")
        home.cf.captives.update(home.captive, summary="Moved at home")
        (visit,) = travel.welfare_contacts.list()
        travel.welfare_contacts.delete(visit.id)
        messages.set_language(lang)
        report = merge_travel_copy(home.cf, travel)
    finally:
        travel.close()
    words = {"en": ("Hearing", "Trial session", "Captive", "Welfare contact"),
             "hy": ("Դատական նիստ", "Դատական նիստ", "Գերի", "Կապ գերու հետ"),
             "ru": ("Судебное заседание", "Судебное заседание", "Пленный", "Контакт")}[lang]
    lines = sorted(c.line() for c in report.conflicts)
    assert len(lines) == 2
    text = "\n".join(lines)
    assert not CODES.search(text), text
    assert ("In the travel copy" in text) is (lang == "en")  # the sentence translated too
    for word in words[:3]:
        assert word in text, (word, text)
    assert "Moved" in text and "Adjourned" in text  # the copy's values, to enter by hand
    (kept,) = report.kept_in_main
    assert words[3] in kept and "Seen by the ICRC" in kept


def test_a_record_changed_on_both_sides_lists_only_what_the_copy_changed(
        home: Home, tmp_path: Path) -> None:
    travel = _travel(home, tmp_path)
    try:
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, outcome="Adjourned")
        home.cf.hearings.update(home.hearing, judge="Judge at home")  # not the copy's change
        (letter,) = travel.interventions.list()
        travel.interventions.update(letter.id, response="Agreed")
        home.cf.interventions.update(letter.id, response="Agreed")  # the same change at home
        report = merge_travel_copy(home.cf, travel)
    finally:
        travel.close()
    (conflict,) = report.conflicts  # the letter: nothing of the copy's is lost
    assert conflict.fields == ("outcome",)
    assert conflict.line().endswith("In the travel copy: Outcome: Adjourned")
    assert f"— {NAME}”" in conflict.line()  # the hearing named by its captive
    assert home.cf.hearings.get(home.hearing).judge == "Judge at home"


def test_a_record_partly_applied_stays_the_same_conflict_at_the_next_merge(
        home: Home, tmp_path: Path) -> None:
    cf = home.cf
    captive = cf.captives.get(home.captive)
    cf.captives.update(home.captive, health="Diabetic", field_levels={
        **captive.field_levels, "health": "internal"})
    travel = _travel(home, tmp_path)
    try:
        mine = next(c for c in travel.captives.list() if c.primary_name == NAME)
        travel.captives.update(mine.id, health="Needs insulin", summary="Moved to Colony 2")
        first = merge_travel_copy(cf, travel)
        second = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert first.updated == {"captives": 1} and second.applied == 0
    # before: the second merge said “changed in the main file too” (the first merge's own write)
    assert [c.line() for c in second.conflicts] == [c.line() for c in first.conflicts] == [
        f"Captive “{NAME}”: a field the travel copy did not hold (above its level); the main "
        "file's value is kept. In the travel copy: Health: Needs insulin"]
    assert cf.captives.get(home.captive).health == "Diabetic"


def test_a_change_the_main_files_rules_refuse_as_it_now_is_is_a_conflict_not_a_failure(
        home: Home, tmp_path: Path) -> None:
    cf = home.cf
    stay = cf.detention_places.create(captive_id=home.other, facility="Baku SIZO",
                                      from_date="2024-01-10", to_date="2024-06-30",
                                      sensitivity="public")
    travel = _travel(home, tmp_path)
    try:
        place = next(p for p in travel.captive_file(home.other).detention_places
                     if p.uid == stay.uid)
        travel.detention_places.update(place.id, to_date="2024-12-31")  # the stay ran longer
        mine = next(c for c in travel.captives.list() if c.primary_name == NAME)
        travel.captives.update(mine.id, summary="Moved to Colony 2")
        # at home, meanwhile: the next stay recorded, from September
        cf.detention_places.create(captive_id=home.other, facility="Colony 2",
                                   from_date="2024-09-01", sensitivity="public")
        report = merge_travel_copy(cf, travel)  # refused whole before, naming a uid
    finally:
        travel.close()
    assert report.updated == {"captives": 1}
    assert cf.captives.get(home.captive).summary == "Moved to Colony 2"
    (conflict,) = report.conflicts
    line = conflict.line()
    assert line.startswith("Place of detention “Baku SIZO") and OTHER in line
    assert "the main file's rules refuse it as the main file now is (This period overlaps" in line
    assert line.endswith("not applied. In the travel copy: To: 31\u00a0Dec\u00a02024"), line
    assert not CODES.search(line)
    assert cf.captive_file(home.other).detention_places[0].to_date.isoformat() == "2024-06-30"


def test_a_hearing_its_only_captive_took_with_them_at_home_is_a_conflict_with_its_values(
        home: Home, tmp_path: Path) -> None:
    cf = home.cf
    alone = cf.hearings.create(captive_ids=[home.other], starts_at="2026-12-05 11:00",
                               timezone="Asia/Baku", court="Baku Military Court",
                               kind="trial_session", sensitivity="public")
    travel = _travel(home, tmp_path)
    try:
        hearing = next(h for h in travel.hearings.list() if h.uid == alone.uid)
        travel.hearings.update(hearing.id, outcome="Postponed to 12 December")
        cf.captives.delete(home.other)  # at home: the hearing they alone attended goes too
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    lines = [c.line() for c in report.conflicts]
    hearing_line = next(x for x in lines if x.startswith("Hearing “Trial session"))
    assert "deleted in the main file since the copy was made; not added again." in hearing_line
    assert "Outcome: Postponed to 12 December" in hearing_line


def test_a_record_raised_above_the_copys_level_at_home_lists_what_the_copy_changed(
        home: Home, tmp_path: Path) -> None:
    travel = _travel(home, tmp_path)
    try:
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, outcome="Adjourned to 15 December")
        home.cf.hearings.update(home.hearing, sensitivity="internal")
        report = merge_travel_copy(home.cf, travel)
    finally:
        travel.close()
    (conflict,) = report.conflicts
    assert conflict.line() == (
        f"Hearing “Preliminary hearing, 1\u00a0Dec\u00a02026 — {NAME}”: no longer at the public "
        "level in the main file. In the travel copy: Outcome: Adjourned to 15 December")
    assert home.cf.hearings.get(home.hearing).outcome == ""


def test_a_record_made_in_the_copy_that_the_main_files_rules_refuse_is_a_conflict(
        home: Home, tmp_path: Path) -> None:
    travel = _travel(home, tmp_path)
    try:
        mine = next(c for c in travel.captives.list() if c.primary_name == NAME)
        travel.welfare_contacts.create(captive_id=mine.id, contact_on="2024-01-06",
                                       kind="icrc_visit", notes="Seen in transit",
                                       sensitivity="public")
        other = next(c for c in travel.captives.list() if c.primary_name == OTHER)
        travel.captives.update(other.id, summary="Moved to Colony 2")
        home.cf.captives.update(home.captive, capture="2024-06-01")  # corrected at home
        report = merge_travel_copy(home.cf, travel)
    finally:
        travel.close()
    assert report.added == {} and report.updated == {"captives": 1}
    (conflict,) = report.conflicts
    assert conflict.line().startswith(
        f"Welfare contact “Seen in transit, 6\u00a0Jan\u00a02024 — {NAME}”: the main file's rules "
        "refuse it as the main file now is (The contact (6\u00a0Jan\u00a02024) is before the "
        "capture (1\u00a0Jun\u00a02024).); not applied. In the travel copy: Date of contact:")
    assert "Seen in transit" not in {w.notes for w in home.cf.welfare_contacts.list()}


def test_a_captive_deleted_in_the_copy_is_one_line_with_the_records_about_them(
        home: Home, tmp_path: Path) -> None:
    travel = _travel(home, tmp_path)
    try:
        other = next(c for c in travel.captives.list() if c.primary_name == OTHER)
        travel.captives.delete(other.id)  # with his name and his visit
        (letter,) = travel.interventions.list()
        travel.interventions.delete(letter.id)
        report = merge_travel_copy(home.cf, travel)
    finally:
        travel.close()
    assert sorted(report.kept_in_main) == [
        f"Captive “{OTHER}” and 2 records about them",  # before: one line for each
        f"Intervention “A visit, please, 1\u00a0Oct\u00a02026 — {NAME}”"]
    assert OTHER in {c.primary_name for c in home.cf.captives.list()}
