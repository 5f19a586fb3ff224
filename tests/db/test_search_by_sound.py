"""The search finds the spellings the Russian convention writes by a different sound
(Казарян / Ghazaryan, Оганесян / Hovhannisyan…), on SQLite and on a PostgreSQL server, and
revision 0012 indexes what older files hold that way."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import migrate, search
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows


def add(cf: CaseFile, *names: str, **fields: object) -> int:
    return cf.captives.create(names=list(names), **fields).id


@pytest.mark.parametrize(("stored", "query"), [
    ("Казарян Арам", "Ghazaryan"),
    ("Ղազարյան Արամ", "Казарян арам"),
    ("Оганесян Нарек", "Hovhannisyan"),
    ("Հովհաննիսյան Նարեկ", "Оганесян"),
    ("Арутюнян Лилит", "Harutyunyan Lilit"),
    ("Gevorkyan Suren", "Gevorgyan"),
    ("Gevorgyan Suren", "Геворкян"),
    ("Акопян Давид", "Hakobyan"),
    ("Вартанян Армен", "Vardanyan"),
    ("Мелконян Ани", "Melqon"),  # a typed prefix of four sounds or more finds by sound too
])
def test_a_russian_convention_spelling_is_found_by_the_other(any_case_file: CaseFile,
                                                             stored: str, query: str) -> None:
    target = add(any_case_file, stored)
    add(any_case_file, "Նազարյան Տիգրան")  # Nazaryan: one sound apart, never matched
    add(any_case_file, "Petrosyan Karen", summary="Held with the others in Baku.")
    assert any_case_file.search.captive_ids(query) == [target]


def test_the_spelling_as_written_comes_before_a_match_by_sound(any_case_file: CaseFile) -> None:
    by_sound = add(any_case_file, "Казарян Арам")  # added first: a lower id
    as_written = add(any_case_file, "Ghazaryan Tigran")
    add(any_case_file, "Nazaryan Aram")
    assert any_case_file.search.captive_ids("Ghazaryan") == [as_written, by_sound]
    assert any_case_file.search.captive_ids("Казарян") == [by_sound, as_written]
    # A name match still comes before a match in a record's text.
    in_text = add(any_case_file, "Petrosyan Karen", summary="Cellmate of Ghazaryan.")
    assert any_case_file.search.captive_ids("Ghazaryan") == [as_written, by_sound, in_text]
    # The pickers search names only.
    assert any_case_file.search.captive_ids("Ghazaryan", names_only=True) == [as_written, by_sound]


def test_a_short_prefix_does_not_search_by_sound(any_case_file: CaseFile) -> None:
    """"Gha" as sounds is "a": it would find every name with an a in it. Three letters
    typed find only the spelling as written."""
    ghazaryan = add(any_case_file, "Ghazaryan Tigran")
    add(any_case_file, "Казарян Арам")
    add(any_case_file, "Avetisyan Ani")
    assert any_case_file.search.captive_ids("Gha") == [ghazaryan]


def test_a_renamed_captive_is_found_by_the_sound_of_the_new_name(any_case_file: CaseFile) -> None:
    cid = add(any_case_file, "Petrosyan Karen")
    name = any_case_file.captives.get(cid).names[0]
    any_case_file.names.update(name.id, full_name="Оганесян Карен")
    assert any_case_file.search.captive_ids("Hovhannisyan Karen") == [cid]
    assert any_case_file.search.captive_ids("Petrosyan") == []


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_revision_0012_indexes_an_old_file_by_sound(engine: str, request: pytest.FixtureRequest,
                                                     tmp_path: Path) -> None:
    """A case file at 0011 with a captive written in the Russian convention: after the
    upgrade the Armenian-convention spelling finds it, and a one-letter search too."""
    if engine == "sqlite":
        location = Location(path=tmp_path / "at-0011.db")
        db = open_sqlite(tmp_path / "at-0011.db", create=True)
    else:
        location = Location(url=request.getfixturevalue("empty_pg_url"))
        db = open_url(location.url or "")
    migrate.upgrade(db, "0011")
    with db.engine.begin() as conn:
        for sql in captive_rows(captive_id=7, name_id=3, name="Арутюнян Геворк", script="Cyrl",
                                language="ru", status="held", summary="Taken at Hadrut.",
                                sensitivity="shareable"):
            conn.execute(text(sql))
        search.rebuild(conn)  # the index as revision 0011 kept it: no sounds
    db.close()
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert cf.search.captive_ids("Harutyunyan Gevorg") == [7]
        assert cf.search.captive_ids("h") == [7]  # Hadrut, through the prefix index
        assert cf.search.captive_ids("Арутюнян") == [7]  # as written, still
        assert cf.check().ok, cf.check().problems
        if engine == "postgresql":
            with cf.db.engine.connect() as conn:
                indexes = set(conn.scalars(text(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'search_entries'")))
            assert {search.SERVER_INDEX, search.SERVER_SOUND_INDEX} <= indexes
        else:
            with cf.db.engine.connect() as conn:
                ddl = conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                                  {"n": search.FTS_TABLE})
            assert "prefix='1 2'" in ddl
    finally:
        cf.close()
