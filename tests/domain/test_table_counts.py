"""The command line's counts of records name each kind in the language, with its plural form:
Russian 1 / 2 / 5 / 21 ("1 документ, 2 документа, 5 документов, 21 документ"), Armenian's
noun after a number in the singular ("5 փաստաթուղթ"). Expected lines are written out by hand."""

from __future__ import annotations

import pytest
from sqlalchemy import MetaData

import caseapp.db.models as models
from caseapp.domain import messages
from caseapp.domain.table_counts import KINDS, count_of, counts_of


def test_every_table_of_the_case_file_has_its_words() -> None:
    metadata = next(v.metadata for v in vars(models).values()
                    if isinstance(getattr(v, "metadata", None), MetaData))
    assert set(metadata.tables) - set(KINDS) == set()


@pytest.mark.parametrize(("kind", "n", "ru", "hy", "en"), [
    ("documents", 1, "1 документ", "1 փաստաթուղթ", "1 document"),
    ("documents", 2, "2 документа", "2 փաստաթուղթ", "2 documents"),
    ("documents", 5, "5 документов", "5 փաստաթուղթ", "5 documents"),
    ("documents", 21, "21 документ", "21 փաստաթուղթ", "21 documents"),
    ("welfare_contacts", 1, "1 контакт с пленным", "1 կապ գերու հետ", "1 welfare contact"),
    ("welfare_contacts", 3, "3 контакта с пленным", "3 կապ գերու հետ", "3 welfare contacts"),
    ("hearings", 11, "11 судебных заседаний", "11 դատական նիստ", "11 hearings"),
    ("hearing_captives", 2, "2 связи пленных с заседаниями", "դատական նիստի հետ գերու 2 կապ",
     "2 links of captives to hearings"),
    ("audit_entries", 22, "22 записи аудита", "աուդիտի 22 գրառում", "22 audit entries"),
    ("names", 25, "25 имён", "25 անուն", "25 names"),
])
def test_a_count_in_each_language(kind: str, n: int, ru: str, hy: str, en: str) -> None:
    said = count_of(kind, n)
    assert (said.render("ru"), said.render("hy"), said.render("en")) == (ru, hy, en)


def test_a_kind_not_known_yet_is_still_counted() -> None:
    assert count_of("parole_hearings", 2).render("en") == "2 records of parole hearings"
    assert count_of("parole_hearings", 2).render("ru") == "2 записи (parole hearings)"


def test_several_counts_leave_out_the_zeros(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["ru"])
    assert counts_of([("captives", 1), ("notes", 0), ("charges", 4)]) == "1 пленный, 4 обвинения"
    assert counts_of([("captives", 0)]) == "ничего"
