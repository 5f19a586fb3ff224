"""The search of a case file (the captives list's search, the pickers, `caseapp search`) on
SQLite and on a PostgreSQL server, for a first h written kh or х (Həsənov: Hasanov, Хасанов,
Khasanov; Khachatryan, Hachatryan), and a Latin x written ks (Alexander: Aleksandr,
Александр), without finding the names these letters do not stand for."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from tests.db.test_search_apostrophes import add, found_everywhere


@pytest.mark.parametrize(("stored", "queries", "not_found"), [
    ("Хасанов Эльвин", ["Hasanov", "Həsənov", "Khasanov", "Hasanov Elvin", "Hasan"],
     "Qasımov Elvin"),
    ("Khasanov Elvin", ["Hasanov", "Həsənov", "Хасанов"], "Hüseynov Elvin"),
    ("Həsənov Elvin", ["Khasanov", "Хасанов"], "Qasımov Elvin"),
    ("Hachatryan Aram", ["Khachatryan", "Хачатрян", "Խաչատրյան"], "Achatryan Aram"),
    ("Khachatryan Aram", ["Hachatryan"], "Kachikyan Aram"),
    ("Alexander Petrosyan", ["Aleksandr", "Александр", "Aleksander", "Ալեքսանդր Պետրոսյան"],
     "Alisa Petrosyan"),
    ("Александр Петросян", ["Alexander", "Alexander Petrosyan", "Aleksander"], "Aleko Petrosyan"),
    ("Aleksander Petrosyan", ["Aleksandr", "Alexandr"], "Aleksanyan Petros"),
    ("Максим Петросян", ["Maxim"], "Masis Petrosyan"),
])
def test_each_spelling_finds_the_captive(any_case_file: CaseFile, stored: str,
                                         queries: list[str], not_found: str) -> None:
    target = add(any_case_file, stored)
    other = add(any_case_file, not_found)
    for query in queries:
        assert found_everywhere(any_case_file, query, target), query
        assert other not in any_case_file.search.captive_ids(query), query
