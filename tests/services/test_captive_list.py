"""``captives.list`` reads table rows (caseapp/services/captive_list.py), ``captives.get`` the
ORM object: each listed captive must be the very DTO ``get`` gives, and each filter must keep
exactly the captives it names."""

from __future__ import annotations

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import CaseFile


def _captives(cf: CaseFile) -> list[CaptiveDTO]:
    """Captives written around nothing in the list: names in three scripts, a name with
    quotes and a semicolon, an alias listed first, several tags, a closed and an open stay,
    a released captive, a captive with no name in Latin letters and one with no tag."""
    made = [
        cf.captives.create(names=["Ղազարյան Վարդան", "Ghazaryan Vardan",
                                  {"full_name": "Казарян Вардан", "language": "ru",
                                   "kind": "transliteration"}],
                           capture="2020-11-10", status="pre_trial", tags=["pow", "group-1"]),
        cf.captives.create(names=[{"full_name": "“Vova”; DROP TABLE captives", "kind": "alias"},
                                  {"full_name": "Petrosyan Vladimir", "is_primary": True}],
                           capture="2020-10", status="convicted", tags=["group-1"]),
        cf.captives.create(names=["Ивáнова Мария"], capture="2021", status="missing"),
        cf.captives.create(names=["Mkrtchyan Anna", "Մկրտչյան Աննա"], capture="2020-12-01",
                           status="released", status_since="2023-06-01", tags=["women", "pow"]),
    ]
    cf.detention_places.create(captive_id=made[0].id, facility="Old place", from_date="2020-11-11",
                               to_date="2021-01-01")
    cf.detention_places.create(captive_id=made[0].id, facility="Isolator № 1",
                               from_date="2021-01-02")
    cf.detention_places.create(captive_id=made[1].id, facility="Penal colony «12»",
                               from_date="2021-03-04")
    return [cf.captives.get(c.id) for c in made]


def test_each_listed_captive_is_the_one_get_gives(case_file: CaseFile) -> None:
    made = _captives(case_file)
    listed = case_file.captives.list()
    assert sorted(listed, key=lambda c: c.id) == sorted(made, key=lambda c: c.id)
    by_id = {c.id: c for c in listed}
    # worked out by hand: the open stay, the alias passed over for the Latin headline
    assert by_id[made[0].id].current_place == "Isolator № 1"
    assert by_id[made[0].id].tags == ("group-1", "pow")  # tag order: by name
    assert by_id[made[1].id].latin_name == "Petrosyan Vladimir"
    assert by_id[made[2].id].current_place == ""
    assert by_id[made[3].id].days_in_custody is not None  # released: counted to the release


def test_demo_file_list_matches_get(demo_file: CaseFile) -> None:
    listed = demo_file.captives.list()
    assert len(listed) == 25
    for c in listed:
        assert demo_file.captives.get(c.id) == c


def test_each_filter_keeps_exactly_its_captives(case_file: CaseFile) -> None:
    made = _captives(case_file)
    everyone = case_file.captives.list()
    assert [c.id for c in case_file.captives.list(status="pre_trial")] == [made[0].id]
    assert case_file.captives.list(status=CaptiveStatus.RELEASED) == [
        c for c in everyone if c.status == CaptiveStatus.RELEASED]
    assert {c.id for c in case_file.captives.list(tag="pow")} == {made[0].id, made[3].id}
    assert {c.id for c in case_file.captives.list(tag="group-1")} == {made[0].id, made[1].id}
    assert case_file.captives.list(tag="nobody has it") == []
    assert [c.id for c in case_file.captives.list(ids=[made[2].id, made[1].id])] == sorted(
        [made[1].id, made[2].id], key=lambda i: next(c.latin_name.casefold()
                                                      for c in everyone if c.id == i))
    assert case_file.captives.list(ids=[]) == []
    assert [c.id for c in case_file.captives.list(status="pre_trial", tag="group-1",
                                                  ids=[made[0].id, made[1].id])] == [made[0].id]
    assert case_file.captives.list(status="pre_trial", tag="women") == []
