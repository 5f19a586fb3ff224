"""A list's filter and a picker (caseapp.domain.name_filter, in memory) find what the search of
the case file finds for the same typed text, no more and no less: on SQLite and on a
PostgreSQL server, over names in every script and the ways they are typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.config import Location
from caseapp.domain.name_filter import Typed
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.domain.test_name_filter import NAMES, QUERIES
from tests.domain.test_name_typings import MASCULINE_SPELLINGS, YO

MORE = ["Ağayeva Aynur", "Гасанов Рамиз", "Hasanova Gunel", "Ter Rafaelyan Anna",
        "Matsak Tigran", "Abdul Rahman Ali", "Petrosova Anna", "Ованесова Мария",
        "Seyyidov Rauf", "Şükürov Elnur", "Harutyunyan Lilit", "Арутюнян Лилит",
        "Высоцкая Марина", "Гаева Лейла", "Гаевский Олег", "Саркисян Арам", "Janna Hakobyan",
        "Khasanov Elvin", "Serguei Petrossian", "Хасанов Эльвин", "Həsənov Elvin",
        "Hachatryan Aram", "Achatryan Aram", "Alexander Petrosyan", "Александр Петросян",
        "Maxim Petrosyan", "Hüseynov Elvin", "Gadzhi Gasanov", "Hacı Həsənov", "Gadzhiev Elvin",
        "Geydar Aliyev", "Gagik Petrosyan", "Kadzhiev Elvin", "Oleksandr Petrenko",
        "Александр Петренко", "Mykola Shevchenko", "Olena Kovalenko", "Олена Коваленко",
        "Dmytro Bondarenko", "Gadzhi", "Gadzhi Petrosyan", "Hasanov 0", "Kadzhi"]


def _filled(cf: CaseFile) -> dict[int, str]:
    return {cf.captives.create(names=[name]).id: name for name in (*NAMES, *MORE)}


def _agree(cf: CaseFile, names: dict[int, str], query: str) -> None:
    typed = Typed(query)
    by_filter = {cid for cid, name in names.items() if typed.finds(name)}
    assert set(cf.search.captive_ids(query, names_only=True)) == by_filter, query


@pytest.mark.parametrize("engine", ["case_file", "server_case_file"])
def test_the_filter_finds_the_names_the_search_finds(engine: str,
                                                     request: pytest.FixtureRequest) -> None:
    cf: CaseFile = request.getfixturevalue(engine)
    names = _filled(cf)
    typings = [s for pair in MASCULINE_SPELLINGS for s in pair]
    typings += [s for written, spellings in YO.items() for s in (written, *spellings)]
    for query in (*QUERIES, *typings, "Matsak", "Terrafaelyan", "Agayev", "Гасанова",
                  "Арутюнян", "Harutyun", "Seyidov", "Şükür", "Vysotsky", "Hayev", "Гаев",
                  "Sargsyan", "Жанна", "Khachatryan", "Sergei", "Sarkisov", "Hasanov",
                  "Хасанов", "Hachatryan", "Hasan", "Aleksandr", "Alexander", "Maksim", "Alex",
                  "Haji", "Gadzhi", "Hajiyev", "Heydar", "Geydar", "Hagik", "Гаджи",
                  "Aleksandr", "Oleksandr", "Nikolay", "Mykola", "Elena", "Olena", "Dmitry",
                  "Aleksan", "0", "Hasanov 0", "0 Hasanov", "0hasanov", "Haji 0", "A-12"):
        _agree(cf, names, query)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("agree") / "names.db"
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    yield cf, _filled(cf)
    cf.close()


_TYPED = st.one_of(
    st.sampled_from([*QUERIES, *(w for n in NAMES + MORE for w in n.split())]),
    st.text(alphabet="abcdeghiklmnorstuvyzəöçşğıабвгдеёжзиклмнопрстухцчшыюяաբգդեզէըթժիլխծկհղմյնշոչպջռսվտրցփքօ -'",
            min_size=1, max_size=10))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_TYPED, min_size=1, max_size=2))
def test_the_filter_and_the_search_agree_on_any_typed_text(filled, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    cf, names = filled
    _agree(cf, names, " ".join(words))
