"""Search across scripts, over names and free text, on plain and encrypted case files."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of


@pytest.fixture(params=["case_file", "encrypted_case_file"])
def cf(request: pytest.FixtureRequest) -> CaseFile:
    """Each search test runs on a plain and on an encrypted (SQLCipher) case file."""
    return request.getfixturevalue(request.param)


def add(cf: CaseFile, *names: str, **fields: object) -> int:
    return cf.captives.create(names=list(names), **fields).id


def found(cf: CaseFile, query: str, **kw: bool) -> list[int]:
    return cf.search.captive_ids(query, **kw)


# ---- names across scripts -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("stored", "queries"),
    [
        ("Վարդանյան Արմեն", ["Vardanyan", "Vardanian", "Варданян", "VARDANYAN", "vardanyan armen"]),
        ("Варданян Армен", ["Վարդանյան", "Vardanyan", "Vardanian Armen"]),
        ("Vardanyan Armen", ["Վարդանյան Արմեն", "Варданян", "Vardanian"]),
        ("Խաչատրյան Գագիկ", ["Khachatrian", "Khachatryan", "Хачатрян"]),
        ("Мкртчян Ашот", ["Mkrtchyan", "Մկրտչյան", "mkrtchian"]),
        ("Ghukasyan Vahe", ["Ղուկասյան", "Ghoukassian", "Гукасян"]),
        ("Əliyev Elçin", ["Aliyev", "Алиев", "Aliev elcin"]),
    ],
)
def test_a_name_is_found_by_its_spellings_in_other_scripts(cf: CaseFile, stored: str,
                                                           queries: list[str]) -> None:
    target = add(cf, stored)
    add(cf, "Սարգսյան Տիգրան")  # someone else, never matched
    for query in queries:
        assert found(cf, query) == [target], query


def test_a_multi_word_query_needs_every_word(cf: CaseFile) -> None:
    armen = add(cf, "Վարդանյան Արմեն")
    ashot = add(cf, "Վարդանյան Աշոտ")
    assert sorted(found(cf, "Vardanyan")) == sorted([armen, ashot])
    assert found(cf, "Armen Vardanyan") == [armen]  # in any order
    assert found(cf, "Ashot Варданян") == [ashot]
    assert found(cf, "Vardanyan Gagik") == []


@pytest.mark.parametrize("prefix", ["Varda", "Вард", "Վարդ", "vardany", "VARDANI"])
def test_a_prefix_finds_the_name(cf: CaseFile, prefix: str) -> None:
    target = add(cf, "Վարդանյան Արմեն")
    add(cf, "Khachatryan Gagik")
    assert found(cf, prefix) == [target]


def test_a_word_inside_a_name_is_not_a_prefix(cf: CaseFile) -> None:
    add(cf, "Vardanyan Armen")
    assert found(cf, "danyan") == []


@pytest.mark.parametrize("query", ["", "   ", "—", "?!"])
def test_an_empty_query_finds_nothing(cf: CaseFile, query: str) -> None:
    add(cf, "Vardanyan Armen")
    assert found(cf, query) == [] and cf.search.everything(query) == []


# ---- free text mapped to captives ---------------------------------------------------------

def test_free_text_is_found_and_mapped_to_the_captives_it_concerns(cf: CaseFile) -> None:
    a = add(cf, "Vardanyan Armen", capture="2020-11-10", status="held")
    b = add(cf, "Khachatryan Gagik", capture="2020-11-10", status="held")
    c = add(cf, "Mkrtchyan Ashot", capture="2020-11-10", status="held")
    cf.notes.create(captive_id=a, title="Call with the family", body="Mother reports insulin shortage")
    cf.hearings.create(starts_at="2026-11-20 10:00", timezone="Asia/Baku", captive_ids=[a, b],
                       outcome="Detention extended by four months")
    cf.interventions.create(made_on="2026-11-01", captive_ids=[b, c],
                            request="Urgent medical examination", response="Refused by the prison")
    cf.documents.create(captive_id=c, title="Forensic report on torture", content=b"...")
    cf.welfare_contacts.create(captive_id=c, kind="icrc_visit", contact_on="2026-10-01",
                               notes="Visited in Kurdakhany")
    assert found(cf, "insulin") == [a]
    assert sorted(found(cf, "extended")) == [a, b]  # one hearing, two co-defendants
    assert sorted(found(cf, "medical examination")) == [b, c]  # an intervention's request
    assert sorted(found(cf, "refused")) == [b, c]  # ... and its response
    assert found(cf, "forensic torture") == [c]  # a document title
    assert found(cf, "Kurdakhany") == [c]
    assert found(cf, "insulin", names_only=True) == []


def test_everything_lists_records_names_first_with_labels(cf: CaseFile) -> None:
    a = add(cf, "Baku Armen")  # a name that is also a word of the text below
    cf.notes.create(captive_id=a, title="Transfer to Baku", body="")
    org = cf.organisations.create(name="Embassy in Baku", kind="embassy")
    results = cf.search.everything("baku")
    assert next((r.entity, r.matched_name) for r in results) == ("captive_names", True)
    assert {(r.entity, r.label, r.captive_ids) for r in results} == {
        ("captive_names", "Baku Armen", (a,)),
        ("notes", "Transfer to Baku", (a,)),
        ("organisations", "Embassy in Baku", ()),
    }
    assert [r.record_id for r in results if r.entity == "organisations"] == [org.id]


def test_years_and_case_numbers_are_matched_digit_for_digit(cf: CaseFile) -> None:
    a = add(cf, "Vardanyan Armen")
    b = add(cf, "Khachatryan Gagik")
    cf.prosecutions.create(captive_id=a, case_number="1(101)-1100/2000")
    cf.prosecutions.create(captive_id=b, case_number="1(101)-1010/2021")
    assert found(cf, "2000") == [a]
    assert found(cf, "1100") == [a]
    assert sorted(found(cf, "101")) == sorted([a, b])


def test_captive_list_search_puts_name_matches_first(cf: CaseFile) -> None:
    by_text = add(cf, "Khachatryan Gagik", summary="Shared a cell with Vardanyan")
    by_name = add(cf, "Vardanyan Armen")
    assert [c.id for c in cf.captives.list(search="Vardanyan")] == [by_name, by_text]
    assert [c.id for c in cf.captives.list(search="Vardanyan", ids=[by_text])] == [by_text]


# ---- the index follows every change -------------------------------------------------------

def test_renaming_a_captive_updates_search(cf: CaseFile) -> None:
    c = add(cf, "Vardanyan Armen")
    cf.captives.update(c, names=["Khachatryan Armen"])
    assert found(cf, "Vardanyan") == []
    assert found(cf, "Хачатрян") == [c]


def test_editing_one_name_updates_search(cf: CaseFile) -> None:
    c = cf.captives.create(names=["Vardanyan Armen", "Варданян Армен"])
    cf.names.update(c.names[0].id, full_name="Vardanyan Arman")
    assert found(cf, "Arman") == [c.id]
    assert found(cf, "Armen") == [c.id]  # still spelt so in the Cyrillic name
    cf.names.delete(c.names[1].id)
    assert found(cf, "Armen") == []


def test_editing_free_text_updates_search(cf: CaseFile) -> None:
    c = add(cf, "Vardanyan Armen")
    note = cf.notes.create(captive_id=c, body="Transferred to Kurdakhany")
    cf.notes.update(note.id, body="Transferred to the hospital")
    assert found(cf, "Kurdakhany") == [] and found(cf, "hospital") == [c]


def test_deleting_records_removes_them_from_search(cf: CaseFile) -> None:
    a = add(cf, "Vardanyan Armen")
    b = add(cf, "Khachatryan Gagik")
    note = cf.notes.create(captive_id=b, body="Kurdakhany")
    h = cf.hearings.create(starts_at="2026-11-20 10:00", timezone="Asia/Baku", captive_ids=[a, b],
                           court="Baku Military Court")
    doc = cf.documents.create(captive_id=a, title="Kurdakhany photo", content=b"x")
    cf.notes.delete(note.id)
    cf.hearings.delete(h.id)
    assert found(cf, "Kurdakhany") == [a] and found(cf, "military") == []
    cf.captives.delete(a)
    assert found(cf, "Vardanyan") == [] and found(cf, "Kurdakhany") == []
    assert cf.search.everything("Kurdakhany") == []
    assert doc.id not in [r.record_id for r in cf.search.everything("photo")]


def test_a_refused_change_leaves_search_as_it_was(cf: CaseFile) -> None:
    c = add(cf, "Vardanyan Armen")
    with pytest.raises(ValidationError):
        cf.captives.update(c, names=["Khachatryan Gagik"], birth="2099")
    assert found(cf, "Vardanyan") == [c] and found(cf, "Khachatryan") == []


# ---- a case file opened after another one was closed --------------------------------------

@pytest.fixture
def _collections_see_only_this_test() -> Iterator[None]:
    """Everything alive before the test is set aside from the garbage collector (as the app
    does after start-up), so a full collection looks only at what the test makes: quick,
    however much the test session holds by then."""
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("_collections_see_only_this_test")
def test_search_is_kept_up_to_date_in_every_case_file_opened(tmp_path: Path,
                                                            _empty_template: Path) -> None:
    # The desktop app closes one case file and opens another in the same process (each a
    # new copy of the session's empty case file: making one would run every migration).
    # Each closed one is collected, so a new session class can get an old one's id().
    for i in range(5):
        path = copy_of(_empty_template, tmp_path / f"case{i}.db")
        cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
        try:
            c = add(cf, "Vardanyan Armen")
            assert found(cf, "Vardanyan") == [c], f"case file {i} is not indexed"
        finally:
            cf.close()
        del cf
        gc.collect()


# ---- a search inside a consistent read ----------------------------------------------------

def test_a_search_inside_a_snapshot_sees_the_snapshot(cf: CaseFile) -> None:
    """A search alone reads on its own connection; inside a snapshot it reads the
    snapshot's view: a captive written meanwhile is found only after it."""
    armen = add(cf, "Vardanyan Armen")
    with cf.ctx.snapshot():
        assert found(cf, "vardan") == [armen]  # the snapshot's first read
        karen = add(cf, "Vardanyan Karen")  # committed by a write of its own
        assert found(cf, "vardan") == [armen]
        assert found(cf, "vardan", names_only=True) == [armen]
    assert found(cf, "vardan") == [armen, karen]


@pytest.mark.parametrize("engine", ["case_file", "server_case_file"])
@pytest.mark.parametrize("query", ["Ա", "a", "Ara", "Ара"])
def test_a_name_that_is_the_query_whole_comes_first(request: pytest.FixtureRequest,
                                                    engine: str, query: str) -> None:
    """A captive known by one short word ("Ա", "Ara") whose name begins sixty others: a
    picker offers the first fifty matches, and the one named exactly so, recorded last, was
    not among them, whatever was typed (there was nothing more to type)."""
    case_file: CaseFile = request.getfixturevalue(engine)
    for i in range(60):
        case_file.captives.create(names=[f"Արամ Պետրոսյան{i}"], status="held")
    short = {"Ա": "Ա", "a": "Ա", "Ara": "Արա", "Ара": "Արա"}[query]
    cid = case_file.captives.create(names=[short], status="held").id
    found = case_file.search.captive_ids(query, names_only=True)
    assert found[0] == cid and len(found) == 61, (found, cid)
    everything = case_file.search.captive_ids(query)  # names and every other record's text
    assert everything[0] == cid and sorted(everything) == sorted(found), (everything, cid)
    picked = case_file.search.find_captives(query, limit=50)
    assert cid in [m.id for m in picked.captives] and picked.total == 61


@pytest.mark.parametrize(("lang", "label"), [("en", "ICRC visit on 5\xa0Jan\xa02021"),
                                             ("ru", "Посещение МККК от 05.01.2021")])
def test_a_welfare_contact_found_is_named_in_words(case_file: CaseFile, language, lang: str,
                                                  label: str) -> None:
    """A welfare contact found by its notes was listed as "WelfareContact 340", the program's
    own English name for it, in every language."""
    captive = case_file.captives.create(names=["Vardanyan Armen"])
    case_file.welfare_contacts.create(captive_id=captive.id, kind="icrc_visit",
                                      contact_on="2021-01-05", notes="seen by the delegate")
    language(lang)
    [hit] = [r for r in case_file.search.everything("delegate") if r.entity == "welfare_contacts"]
    assert hit.label == label
