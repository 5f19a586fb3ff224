"""Ш is not С: the search keys kept sh as s, so that "Сус" and "Susa", the beginning of
Сусанна, found Шушанян, and "Шуш", an unambiguous ш typed, found Сусанна Петросян. Sh, Ş, Š,
Ш and Շ are one letter, never written S, С or Ս; a Latin s typed last may still be an sh half
typed ("S" finds Shushanyan while the lawyer types it). The case file's search (SQLite and
PostgreSQL) and a list's filter (caseapp.domain.name_filter.Typed) answer alike."""

from __future__ import annotations

import pytest

from caseapp.domain.name_filter import Typed
from caseapp.services.casefile import CaseFile

SHUSHANYAN, SUSANNA = "Шушанян Ашот", "Сусанна Петросян"


@pytest.fixture
def held(any_case_file: CaseFile) -> dict[str, int]:
    return {name: any_case_file.captives.create(names=[name], status="held").id
            for name in (SHUSHANYAN, SUSANNA)}


@pytest.mark.parametrize(("query", "found"), [
    *((q, {SHUSHANYAN}) for q in ("Шуш", "Shush", "Şuş", "Šuš", "Շուշ", "Ш", "Sh", "Shus",
                                  "Ashot")),
    *((q, {SUSANNA}) for q in ("Сус", "Sus", "Susa", "Սուս", "Сусан", "С", "Su")),
    ("S", {SHUSHANYAN, SUSANNA}),  # the s of an sh the lawyer is typing, or an s
])
def test_sh_and_s_find_their_own_names(any_case_file: CaseFile, held: dict[str, int],
                                       query: str, found: set[str]) -> None:
    assert set(any_case_file.search.captive_ids(query)) == {held[n] for n in found}
    assert {n for n in held if Typed(query).finds(n)} == found


def test_a_name_written_with_s_cedilla_is_found_as_typed_without_it(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    sahin = cf.captives.create(names=["Şahin Həşimov"]).id
    cf.captives.create(names=["Сусанна Петросян"])
    for query in ("Sahin Hasimov", "Shahin Hashimov", "Шахин Гашимов", "Şahin"):
        assert cf.search.captive_ids(query) == [sahin], query
        assert Typed(query).finds("Şahin Həşimov"), query
    assert not Typed("Sahin").finds("Шахин Гашимов")  # a ш is never written s
