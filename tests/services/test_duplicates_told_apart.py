"""The likely duplicates (Captive → Likely Duplicates…, `caseapp duplicates`) name each captive of
a pair by what tells the two apart — a date or a place of birth or capture, else the day each
was recorded — not by the case file's id, which a lawyer does not know."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import likely_pairs
from caseapp.services.told_apart import apart_text


def test_a_pair_is_told_apart_by_the_facts_that_differ(case_file: CaseFile) -> None:
    cf = case_file
    shushi = cf.captives.create(names=["Aram Petrosyan"], birth="1990-05-03",
                                capture="2020-11-10", capture_place="Shushi")
    hadrut = cf.captives.create(names=["Арам Петросян"], birth="1990-05-03",
                                capture="2020-11-10", capture_place="Hadrut")
    (pair,) = likely_pairs(cf.ctx)
    assert (pair.first_id, pair.second_id) == (shushi.id, hadrut.id)
    first, second = apart_text(pair.first_apart), apart_text(pair.second_apart)
    assert first == "captured in Shushi" and second == "captured in Hadrut"
    assert "ID" not in first + second and str(shushi.id) not in first


def test_a_fact_one_of_them_lacks_tells_them_apart(case_file: CaseFile) -> None:
    cf = case_file
    cf.captives.create(names=["Aram Petrosyan"], birth="1990-05")
    cf.captives.create(names=["Aram Petrosyan"])
    (pair,) = likely_pairs(cf.ctx)
    assert apart_text(pair.first_apart).replace("\xa0", " ") == "born May 1990"
    assert apart_text(pair.second_apart) == "date of birth not known"


def test_a_pair_alike_in_every_fact_is_told_apart_by_when_each_was_recorded(
        case_file: CaseFile) -> None:
    """Recorded the same day (typed twice), each is named by the day and the time."""
    cf = case_file
    cf.captives.create(names=["Aram Petrosyan"], capture_place="Shushi")
    cf.captives.create(names=["Aram Petrosyan"], capture_place="Shushi")
    (pair,) = likely_pairs(cf.ctx)
    for apart in (pair.first_apart, pair.second_apart):
        text = apart_text(apart)
        assert text.startswith("recorded ") and ":" in text, text  # the day and the time


def test_a_fact_above_the_level_the_file_is_read_at_is_not_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """In a travel copy at the public level, a place of capture kept internal is neither
    compared nor named: the copy holds it blank, and "place of capture not known" against the
    other's public one would state a false fact."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from caseapp.services.travel_copy import make_travel_copy
    from tests.conftest import TODAY
    from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

    cf = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="tester",
                        today=lambda: TODAY)
    for place, level in (("Shushi", "internal"), ("Hadrut", "public")):
        cf.captives.create(names=["Aram Petrosyan"], birth="1990-05-03", capture_place=place,
                           sensitivity="public", consent_publicity=True,
                           field_levels={"capture_place": level})
    (pair,) = likely_pairs(cf.ctx)
    assert "Shushi" in apart_text(pair.first_apart)  # the whole file: the place tells them apart
    target = tmp_path / "travel.db"
    make_travel_copy(cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    cf.close()
    travel = _open(target)
    try:
        (pair,) = likely_pairs(travel.ctx)
        said = apart_text(pair.first_apart) + apart_text(pair.second_apart)
        assert "capture" not in said and said.startswith("recorded ")
    finally:
        travel.close()
