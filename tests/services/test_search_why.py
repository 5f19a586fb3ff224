"""Why a search found a captive whose shown name has nothing of what was typed: an alias, a
place of detention, a note's words (caseapp.services.search_why, caseapp.domain.found_by)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.found_by import unshown
from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run

LONG = ("The family called on Monday. " * 8 + "He said he is held in Bakı now, in the old "
        "building by the sea. " + "The lawyer was not let in. " * 8)


def test_an_alias_a_place_and_a_note_each_say_what_found_the_captive(
        any_case_file: CaseFile) -> None:
    cf = any_case_file  # (the best match's entry read back from the rank, on either engine)
    aliased = cf.captives.create(names=["Vardanyan Aram", "Artashes Mkrtchian"]).id
    held = cf.captives.create(names=["Petrosyan Gor"]).id
    cf.detention_places.create(captive_id=held, facility="Bakı İstintaq Təcridxanası",
                               from_date=date(2023, 9, 20))
    noted = cf.captives.create(names=["Hakobyan Levon"]).id
    cf.notes.create(captive_id=noted, title="Call", body=LONG)

    found = cf.search.captives_found("Artashes")
    assert found.ids == [aliased]
    why = found.found_by[aliased]
    assert (why.entity, why.excerpt) == ("captive_names", "Artashes Mkrtchian")
    assert str(why.message()) == "Another name: “Artashes Mkrtchian”"
    # the row shows "Vardanyan Aram": the alias is said; found by the name shown, nothing is
    assert unshown(found.found_by, [(aliased, ("Vardanyan Aram", ""))], "Artashes")
    by_headline = cf.search.captives_found("Vardanyan")
    assert not unshown(by_headline.found_by, [(aliased, ("Vardanyan Aram", ""))], "Vardanyan")

    found = cf.search.captives_found("Baku")  # another spelling of the place
    assert set(found.ids) == {held, noted}
    assert str(found.found_by[held].message()) == \
        "Place of detention: “Bakı İstintaq Təcridxanası”"
    note = found.found_by[noted]
    assert (note.entity, note.field) == ("notes", "body")
    # a few words around the word found, not the whole long text
    assert "held in Bakı now" in note.excerpt and len(note.excerpt) < 90
    assert note.excerpt.startswith("… ") and note.excerpt.endswith(" …")
    assert str(note.message()).startswith("Note, Body: “… ")


def test_a_right_to_left_override_in_an_alias_does_not_turn_the_row_around(
        case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Sargsyan Vahe", "Ruben\u202e Avetisyan"]).id
    why = case_file.search.captives_found("Avetisyan").found_by[cid]
    assert why.excerpt == "Ruben Avetisyan"


MARKERS = {"public": "MARKERPUBLIC", "shareable": "MARKERSHAREABLE", "internal": "MARKERINTERNAL"}
ABOVE = {"public": ("shareable", "internal"), "shareable": ("internal",), "internal": ()}


@pytest.mark.parametrize("level", ["public", "shareable", "internal"])
def test_search_says_what_it_found_at_its_level_and_nothing_above(
        case_file: CaseFile, db_path: Path, level: str) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Grigoryan Mher"], sensitivity="public",
                             consent_publicity=True).id
    for at, marker in MARKERS.items():  # the word searched, in the body, not the title
        cf.notes.create(captive_id=cid, title=f"Visit {at}", sensitivity=at,
                        body=f"Seen in Zangezur on the visit. {marker} said so.")
    cf.close()
    code, out, err = run("--db", str(db_path), "search", "Zangezur", "--level", level,
                         "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(r["found_by"]["field"] == "body" for r in rows)
    assert MARKERS[level] in out  # what found it, said
    assert not [m for above in ABOVE[level] if (m := MARKERS[above]) in out]
    code, table, err = run("--db", str(db_path), "search", "Zangezur", "--level", level)
    assert code == 0 and "Found in" in table and MARKERS[level] in table, err
    assert not [m for above in ABOVE[level] if (m := MARKERS[above]) in table + err]


@pytest.mark.parametrize("level", [None, "public", "shareable", "internal"])
def test_the_captives_list_says_what_found_each_row_at_its_level(
        case_file: CaseFile, db_path: Path, level: str | None) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Grigoryan Mher", "Artashes Mkrtchian"], sensitivity="public",
                             consent_publicity=True).id
    cf.notes.create(captive_id=cid, title="Visit", sensitivity="internal",
                    body="Seen in Zangezur. MARKERINTERNAL said so.")
    cf.close()
    at = ["--level", level] if level else []
    code, out, err = run("--db", str(db_path), "captives", "list", "--search", "Artashes", *at,
                         "--format", "json")
    assert code == 0, err
    listed = json.loads(out)
    rows = listed["captives"] if level else listed
    assert [r["found_by"]["text"] for r in rows] == ["Another name: “Artashes Mkrtchian”"]
    code, table, err = run("--db", str(db_path), "captives", "list", "--search", "Zangezur", *at)
    assert code == 0, err
    if level in (None, "internal"):  # what the login reads, or the internal level: the note
        assert "Found by" in table and "MARKERINTERNAL" in table
    else:  # a search below the internal level reads names only: found by nothing, said by nothing
        assert "MARKERINTERNAL" not in table + err and "Grigoryan" not in table


def test_words_found_in_two_fields_of_a_record_name_the_record_without_words() -> None:
    from caseapp.domain.found_by import FoundBy, found_in

    why = found_in("notes", 7, [("title", "Visit to Baku"), ("body", "Seen in Zangezur")],
                   "Baku Zangezur")
    assert why == FoundBy("notes", 7) and str(why.message()) == "Note"
