"""Captives and what belongs to them alone: names, status history, identity documents,
places of detention, welfare contacts and notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from caseapp.db.base import Base
from caseapp.domain.dates import PartialDate
from caseapp.domain.dto import CaptiveDTO, DetentionPlaceDTO, NameDTO
from caseapp.domain.enums import CaptiveStatus, DatePrecision, NameKind, Script
from caseapp.domain.errors import NotFound, ValidationError
from caseapp.services.casefile import CaseFile
from tests.conftest import TODAY

ARMEN = ["Վարդանյան Արմեն", "Vardanyan Armen", {"full_name": "Варданян Армен", "language": "ru",
                                                "kind": "transliteration"}]


def add_captive(cf: CaseFile, **fields: object) -> CaptiveDTO:
    fields = {"names": ARMEN, "capture": "2020-11-10", "status": "pre_trial"} | fields
    return cf.captives.create(**fields)


def invalid(call: Callable[[], object], field: str, *words: str) -> ValidationError:
    """Run ``call``, expect a ValidationError naming ``field`` whose message has ``words``."""
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field, str(err.value)
    for word in words:
        assert word in str(err.value)
    return err.value


# ---- create / read / update / delete / list ------------------------------------------------

def test_create_and_get_round_trip(case_file: CaseFile) -> None:
    c = add_captive(case_file, sex="male", birth="1990-05", birth_place="Gyumri",
                    category="serviceman", capture_place="Hadrut", tags=["pow", "group-1"],
                    consent_power_of_attorney=True, summary="Captured with his unit.")
    assert case_file.captives.get(c.id) == c
    assert c.primary_name == "Վարդանյան Արմեն"
    assert c.latin_name == "Vardanyan Armen"
    assert c.birth == PartialDate(date(1990, 5, 1), DatePrecision.MONTH)
    assert c.capture == PartialDate(date(2020, 11, 10))
    assert c.category == "serviceman" and c.sex == "male"
    assert c.tags == ("group-1", "pow")
    assert c.consent_power_of_attorney is True and c.consent_publicity is False
    assert c.days_in_custody == (TODAY - date(2020, 11, 10)).days


def test_names_keep_their_script_language_and_kind(case_file: CaseFile) -> None:
    names = add_captive(case_file).names
    assert [n.full_name for n in names] == ["Վարդանյան Արմեն", "Vardanyan Armen", "Варданян Армен"]
    assert [n.script for n in names] == [Script.ARMENIAN, Script.LATIN, Script.CYRILLIC]
    assert [n.is_primary for n in names] == [True, False, False]
    assert names[2].language == "ru" and names[2].kind is NameKind.TRANSLITERATION


def test_latin_name_is_transliterated_when_only_a_native_name_is_known(case_file: CaseFile) -> None:
    c = add_captive(case_file, names=["Մկրտչյան Աշոտ"])
    assert c.latin_name == "Ashot Mkrtchyan"  # given name first, as a Latin name reads


def test_dtos_are_frozen_values_not_orm_objects(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    assert isinstance(c, CaptiveDTO) and not isinstance(c, Base)
    assert not hasattr(c, "_sa_instance_state")
    assert all(isinstance(n, NameDTO) and not hasattr(n, "_sa_instance_state") for n in c.names)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.status = CaptiveStatus.RELEASED  # type: ignore[misc]
    case_file.close()
    assert c.names[0].full_name == "Վարդանյան Արմեն"  # readable with the file closed


def test_update_changes_only_what_is_given(case_file: CaseFile) -> None:
    c = add_captive(case_file, health="Diabetic.")
    updated = case_file.captives.update(c.id, summary="Sentenced in absentia?", tags=["trial"])
    assert updated.summary == "Sentenced in absentia?"
    assert updated.tags == ("trial",)
    assert updated.health == "Diabetic." and updated.names == c.names
    assert case_file.captives.get(c.id) == updated


def test_update_names_replaces_them(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    updated = case_file.captives.update(c.id, names=["Vardanyan Armen", "Վարդանյան Արմեն"])
    assert [n.full_name for n in updated.names] == ["Vardanyan Armen", "Վարդանյան Արմեն"]
    assert updated.primary_name == "Vardanyan Armen"


def test_delete_removes_the_captive_and_what_belongs_to_them(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    other = add_captive(case_file, names=["Խաչատրյան Գագիկ"])
    case_file.detention_places.create(captive_id=c.id, facility="Baku SSS", from_date="2020-11-12")
    case_file.welfare_contacts.create(captive_id=c.id, kind="icrc_visit", contact_on="2021-01-05")
    case_file.captives.delete(c.id)
    with pytest.raises(NotFound, match=f"no captive with ID {c.id}"):
        case_file.captives.get(c.id)
    assert case_file.detention_places.list(captive_id=c.id) == []
    assert case_file.welfare_contacts.list(captive_id=c.id) == []
    assert [x.id for x in case_file.captives.list()] == [other.id]


@pytest.mark.parametrize("call", ["get", "update", "delete", "status_history", "photo"])
def test_unknown_captive_is_not_found(case_file: CaseFile, call: str) -> None:
    method = getattr(case_file.captives, call)
    args = {"update": {"summary": "x"}}.get(call, {})
    with pytest.raises(NotFound, match=r"There is no captive with ID 404."):
        method(404, **args)


def test_list_by_status_tag_ids_in_latin_name_order(case_file: CaseFile) -> None:
    v = add_captive(case_file, tags=["group-1"])
    k = add_captive(case_file, names=["Խաչատրյան Գագիկ", "Khachatryan Gagik"], status="convicted",
                    tags=["group-1"])
    a = add_captive(case_file, names=["Aliyev Elchin"], status="missing", capture=None)
    assert [x.id for x in case_file.captives.list()] == [a.id, k.id, v.id]
    assert [x.id for x in case_file.captives.list(status="convicted")] == [k.id]
    assert [x.id for x in case_file.captives.list(tag="group-1")] == [k.id, v.id]
    assert [x.id for x in case_file.captives.list(ids=[v.id, a.id])] == [a.id, v.id]
    invalid(lambda: case_file.captives.list(status="free"), "status", "“free”", "pre_trial")


# ---- status and its history --------------------------------------------------------------

def test_creating_a_captive_records_the_first_status(case_file: CaseFile) -> None:
    c = add_captive(case_file, status="held", status_since="2020-11-10")
    [first] = case_file.captives.status_history(c.id)
    assert (first.old_status, first.new_status) == (None, CaptiveStatus.HELD)
    assert first.effective_on == date(2020, 11, 10) and first.recorded_by == "tester"


def test_a_captive_without_status_is_missing(case_file: CaseFile) -> None:
    c = case_file.captives.create(names=["Ghukasyan Vahe"])
    assert c.status is CaptiveStatus.MISSING
    assert c.days_in_custody is None


def test_status_changes_are_kept_with_old_new_and_effective_date(case_file: CaseFile) -> None:
    c = add_captive(case_file, status="pre_trial")
    case_file.captives.set_status(c.id, "on_trial", effective_on="2021-06-01", note="Trial opened")
    released = case_file.captives.set_status(c.id, "repatriated", effective_on=date(2023, 12, 13))
    history = case_file.captives.status_history(c.id)
    assert [(h.old_status, h.new_status, h.effective_on) for h in history] == [
        (None, "pre_trial", None),
        ("pre_trial", "on_trial", date(2021, 6, 1)),
        ("on_trial", "repatriated", date(2023, 12, 13)),
    ]
    assert history[1].note == "Trial opened"
    assert released.status_since == date(2023, 12, 13)
    assert released.days_in_custody == (date(2023, 12, 13) - date(2020, 11, 10)).days


def test_status_change_without_a_date_takes_today(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    assert case_file.captives.set_status(c.id, "convicted").status_since == TODAY
    assert case_file.captives.status_history(c.id)[-1].effective_on == TODAY


def test_setting_the_same_status_again_records_nothing(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    case_file.captives.set_status(c.id, "pre_trial")
    case_file.captives.update(c.id, summary="unrelated edit")
    assert len(case_file.captives.status_history(c.id)) == 1


@pytest.mark.parametrize(
    ("status", "capture", "since", "what"),
    [
        # the refusal writes the day as an English reader does ("9 Nov 2020")
        ("released", "2020-11-10", "2020-11-09", "The release"),
        ("repatriated", "2020-11", "2020-10-31", "The release"),
        ("deceased", "2020", "2019-12-31", "The death"),
    ],
)
def test_release_or_death_cannot_precede_the_capture(case_file: CaseFile, status: str,
                                                     capture: str, since: str, what: str) -> None:
    c = add_captive(case_file, capture=capture)
    shown = {"2020-11-09": "9\u00a0Nov\u00a02020", "2020-10-31": "31\u00a0Oct\u00a02020",
             "2019-12-31": "31\u00a0Dec\u00a02019"}[since]
    invalid(lambda: case_file.captives.set_status(c.id, status, effective_on=since), "status_since",
            what, shown, {"2020-11-10": "10\u00a0Nov\u00a02020", "2020-11": "Nov\u00a02020",
             "2020": "2020"}[capture])
    assert case_file.captives.get(c.id).status is CaptiveStatus.PRE_TRIAL
    assert len(case_file.captives.status_history(c.id)) == 1


def test_release_on_the_day_of_a_month_precision_capture_is_allowed(case_file: CaseFile) -> None:
    c = add_captive(case_file, capture="2020-11")
    assert case_file.captives.set_status(c.id, "released", effective_on="2020-11-01").status == "released"


# ---- rules on a captive's own fields -----------------------------------------------------

@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"birth": "2026-11-29"}, "birth", ["date of birth", "future"]),
        ({"birth": "2027"}, "birth", ["future"]),
        ({"capture": "2026-11-29"}, "capture", ["capture", "future"]),
        ({"capture": "2026-12"}, "capture", ["future"]),
        ({"birth": "1990-05-17", "capture": "1990-05-16"}, "capture", ["before the date of birth"]),
        ({"status": "released", "status_since": "2026-12-01"}, "status_since", ["future"]),
        ({"names": []}, "names", ["at least one name"]),
        ({"names": None}, "names", ["at least one name"]),
        ({"names": ["  "]}, "names", ["cannot be empty"]),
        ({"names": [{"full_name": "A", "is_primary": True}, {"full_name": "B", "is_primary": True}]},
         "names", ["one name"]),
        ({"names": [{"full_name": "A", "alias": "B"}]}, "names", ["“alias”"]),
        ({"status": "free"}, "status", ["“free”", "released"]),
        ({"sex": "m"}, "sex", ["“m”", "male"]),
        ({"category": "pow"}, "category", ["“pow”", "serviceman"]),
        ({"birth": "17/05/1990"}, "birth", ["“17/05/1990”", "YYYY-MM-DD"]),
        ({"capture": "autumn 2020"}, "capture", ["“autumn 2020”"]),
        ({"status_since": "yesterday"}, "status_since", ["“yesterday”"]),
        ({"consent_publicity": "maybe"}, "consent_publicity", ["yes or no"]),
        ({"birth_place": "x" * 201}, "birth_place", ["200 characters"]),
        ({"field_levels": {"health": "secret"}}, "field_levels", ["“secret”"]),
        ({"field_levels": {"shoe_size": "public"}}, "field_levels", ["“shoe_size”"]),
        ({"uid": "mine"}, "uid", ["cannot be changed"]),
        ({"eye_colour": "brown"}, "eye_colour", ["no field"]),
    ],
)
def test_invalid_captive_is_refused_naming_the_field(case_file: CaseFile, fields: dict, field: str,
                                                     words: list[str]) -> None:
    fields = {"names": ["Vardanyan Armen"]} | fields
    invalid(lambda: case_file.captives.create(**fields), field, *words)
    assert case_file.captives.list() == []


def test_create_without_names_is_refused(case_file: CaseFile) -> None:
    invalid(lambda: case_file.captives.create(capture="2020-11-10"), "names", "at least one name")


def test_dates_may_be_given_as_date_or_partial_date(case_file: CaseFile) -> None:
    c = add_captive(case_file, birth=date(1990, 5, 17), capture=PartialDate.parse("2020-11"))
    assert c.birth == PartialDate(date(1990, 5, 17))
    assert c.capture == PartialDate(date(2020, 11, 1), DatePrecision.MONTH)
    assert case_file.captives.update(c.id, birth="").birth is None


def test_booleans_may_be_given_as_words(case_file: CaseFile) -> None:
    c = add_captive(case_file, consent_publicity="yes")
    assert c.consent_publicity is True
    assert case_file.captives.update(c.id, consent_publicity="no").consent_publicity is False


def test_photo_round_trips(case_file: CaseFile) -> None:
    c = add_captive(case_file, photo=b"\x89PNG fake", photo_media_type="image/png")
    assert c.has_photo and case_file.captives.photo(c.id) == b"\x89PNG fake"
    invalid(lambda: case_file.captives.update(c.id, photo="not bytes"), "photo")
    removed = case_file.captives.update(c.id, photo=None)
    assert not removed.has_photo and case_file.captives.photo(c.id) is None
    assert case_file.captives.update(c.id, photo=b"JFIF").has_photo  # type not given


def test_photo_without_a_media_type_still_counts(case_file: CaseFile) -> None:
    assert add_captive(case_file, photo=b"\xff\xd8 fake jpeg").has_photo


# ---- names one by one ---------------------------------------------------------------------

def test_adding_a_primary_name_demotes_the_old_primary(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    n = case_file.names.create(captive_id=c.id, full_name="Armen Vardanian", kind="alias",
                               is_primary=True)
    assert n.script is Script.LATIN
    after = case_file.captives.get(c.id)
    assert after.primary_name == "Armen Vardanian"
    assert [x.full_name for x in after.names if x.is_primary] == ["Armen Vardanian"]


def test_the_last_name_cannot_be_deleted(case_file: CaseFile) -> None:
    c = add_captive(case_file, names=["Vardanyan Armen", "Վարդանյան Արմեն"])
    first, second = c.names
    case_file.names.delete(first.id)
    with pytest.raises(ValidationError, match="at least one name"):
        case_file.names.delete(second.id)
    assert [n.full_name for n in case_file.captives.get(c.id).names] == ["Վարդանյան Արմեն"]


def test_a_name_of_an_unknown_captive_is_refused(case_file: CaseFile) -> None:
    invalid(lambda: case_file.names.create(captive_id=404, full_name="X", is_primary=True),
            "captive_id", "404")


# ---- identity documents -------------------------------------------------------------------

def test_identity_documents(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    d = case_file.identity_documents.create(captive_id=c.id, kind="passport", number="AM123",
                                            issued_on="2015-03-01", expires_on="2025-03-01")
    assert case_file.identity_documents.list(captive_id=c.id) == [d]
    invalid(lambda: case_file.identity_documents.update(d.id, expires_on="2014-01-01"),
            "expires_on", "before it starts")
    invalid(lambda: case_file.identity_documents.create(captive_id=c.id, number="1"), "kind",
            "required")
    invalid(lambda: case_file.identity_documents.create(captive_id=c.id, kind="passport",
                                                        issued_on="2027-01-01"), "issued_on", "future")


# ---- places of detention ------------------------------------------------------------------

def add_stay(cf: CaseFile, captive_id: int, facility: str, start: str,
             end: str | None = None) -> DetentionPlaceDTO:
    return cf.detention_places.create(captive_id=captive_id, facility=facility, from_date=start,
                                      to_date=end)


def test_stays_may_touch_but_not_overlap(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    add_stay(case_file, c.id, "Baku SSS", "2020-11-12", "2021-01-10")
    add_stay(case_file, c.id, "Kurdakhany", "2021-01-10")  # moved the day the first stay ended
    invalid(lambda: add_stay(case_file, c.id, "Hospital", "2021-03-01", "2021-03-05"), "from_date",
            "overlaps", "Kurdakhany")
    invalid(lambda: add_stay(case_file, c.id, "Hospital", "2020-12-01", "2020-12-05"), "from_date",
            "Baku SSS")
    assert [p.facility for p in case_file.detention_places.list(captive_id=c.id)] == [
        "Baku SSS", "Kurdakhany"]


def test_stays_of_different_captives_do_not_conflict(case_file: CaseFile) -> None:
    a, b = add_captive(case_file), add_captive(case_file, names=["Khachatryan Gagik"])
    add_stay(case_file, a.id, "Baku SSS", "2020-11-12")
    add_stay(case_file, b.id, "Baku SSS", "2020-11-12")
    assert case_file.captives.get(b.id).current_place == "Baku SSS"


def test_editing_a_stay_into_an_overlap_is_refused(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    first = add_stay(case_file, c.id, "Baku SSS", "2020-11-12", "2021-01-10")
    add_stay(case_file, c.id, "Kurdakhany", "2021-01-10", "2022-01-01")
    invalid(lambda: case_file.detention_places.update(first.id, to_date="2021-02-01"), "from_date",
            "Kurdakhany")
    assert case_file.detention_places.update(first.id, notes="cell 12").to_date == date(2021, 1, 10)


@pytest.mark.parametrize(
    ("start", "end", "field", "words"),
    [
        ("2021-02-01", "2021-01-31", "to_date", ["ends (31\u00a0Jan\u00a02021) before it starts"]),
        ("2020-11-09", None, "from_date", ["before the capture"]),
        ("2026-11-29", None, "from_date", ["future"]),
        ("2021-01-01", "2026-12-01", "to_date", ["future"]),
        ("01.01.2021", None, "from_date", ["“01.01.2021”"]),
    ],
)
def test_invalid_stays(case_file: CaseFile, start: str, end: str | None, field: str,
                       words: list[str]) -> None:
    c = add_captive(case_file)
    invalid(lambda: add_stay(case_file, c.id, "Baku SSS", start, end), field, *words)


def test_current_place_is_the_open_stay(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    first = add_stay(case_file, c.id, "Baku SSS", "2020-11-12")
    assert case_file.captives.get(c.id).current_place == "Baku SSS"
    case_file.detention_places.update(first.id, to_date="2021-01-10")
    assert case_file.captives.get(c.id).current_place == ""
    add_stay(case_file, c.id, "Kurdakhany", "2021-01-10")
    assert case_file.captives.get(c.id).current_place == "Kurdakhany"
    assert case_file.captives.list()[0].current_place == "Kurdakhany"


# ---- welfare contacts (proof of life) -----------------------------------------------------

def test_welfare_contacts_in_date_order(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    later = case_file.welfare_contacts.create(captive_id=c.id, kind="family_call",
                                              contact_on="2022-03-01", source="mother")
    earlier = case_file.welfare_contacts.create(captive_id=c.id, kind="icrc_visit",
                                                contact_on=date(2021, 1, 5))
    assert case_file.welfare_contacts.list(captive_id=c.id) == [earlier, later]
    assert earlier.confirmed is True


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"contact_on": "2026-11-29"}, "contact_on", ["future"]),
        ({"contact_on": "2020-11-09"}, "contact_on", ["before the capture (10\u00a0Nov\u00a02020)"]),
        ({"contact_on": "last week"}, "contact_on", ["“last week”"]),
        ({"contact_on": None}, "contact_on", ["required"]),
        ({"kind": "pigeon"}, "kind", ["“pigeon”", "icrc_visit"]),
        ({"captive_id": 404}, "captive_id", ["404"]),
    ],
)
def test_invalid_welfare_contacts(case_file: CaseFile, fields: dict, field: str,
                                  words: list[str]) -> None:
    c = add_captive(case_file)
    fields = {"captive_id": c.id, "kind": "icrc_visit", "contact_on": "2021-01-05"} | fields
    invalid(lambda: case_file.welfare_contacts.create(**fields), field, *words)
    assert case_file.welfare_contacts.list() == []


# ---- notes --------------------------------------------------------------------------------

def test_notes(case_file: CaseFile) -> None:
    c = add_captive(case_file)
    n = case_file.notes.create(captive_id=c.id, title="Call with mother", body="Worried about health.")
    assert n.author == "tester" and n.written_at.tzinfo is not None
    assert case_file.notes.list(captive_id=c.id) == [n]
    invalid(lambda: case_file.notes.create(captive_id=c.id, title=" ", body=""), "body",
            "title or some text")
    invalid(lambda: case_file.notes.create(captive_id=404, body="x"), "captive_id", "404")
