"""Revision 0020: a case file indexed while a word was cut at a combining mark is indexed
again, so that a name stored with its accents apart ("Mu\u0308ller", pasted from a Mac or a
PDF) is found by "Müller" and "Muller", and a Hindi name by its words."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before

MULLER = unicodedata.normalize("NFD", "José Müller")
HINDI = "राजेश कुमार"
# The keys and sound keys revision 0019's rules stored for each (a word cut at each mark).
SAMVEL = "Սամվել Մելքոնյան"
OLD_KEYS = {MULLER: ("jose mu ller", "iosi mu lir"), HINDI: ("r c s k m r", "r c s k m r")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_0020_indexes_the_names_again(engine: str, request: pytest.FixtureRequest,
                                      tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path, "0019", OLD_KEYS, SAMVEL)

    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Müller", "muller", "MÜLLER", MULLER):
            assert cf.search.captive_ids(query, names_only=True) == [ids[MULLER]], query
        assert cf.search.captive_ids("कुमार", names_only=True) == [ids[HINDI]]
        assert cf.search.captive_ids("Samvel", names_only=True) == [ids[SAMVEL]]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
