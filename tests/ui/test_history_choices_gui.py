"""Every stored choice the captive's history can show is shown by its label in the window's
language: the history said «Состояние: scheduled» of an added hearing and «held» as the status
before a change of status (both were missing from the history's table of choices). Read from
the database's own columns, so that a choice added to a record later is caught here too."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum as SqlEnum

import caseapp.db.models  # noqa: F401  (every table on the metadata)
from caseapp.db.base import Base
from caseapp.ui.language import apply_language
from caseapp.ui.views.audit_texts import value_text


def enum_columns() -> list[tuple[str, str, type]]:
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_entries":  # the log itself, never a record it tells of
            continue
        for column in table.columns:
            if isinstance(column.type, SqlEnum) and column.type.enum_class is not None:
                found.append((table.name, column.name, column.type.enum_class))
    return found


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_every_stored_choice_is_shown_by_its_label_in_the_history(qapp, lang: str) -> None:
    apply_language(qapp, lang)
    columns = enum_columns()
    assert len(columns) > 15
    raw = [f"{table}.{name}={member.value}" for table, name, enum in columns for member in enum
           if value_text(member.value, name, table) == member.value and any(ch.isalpha() for ch in member.value)]
    assert not raw, raw


def test_a_time_zone_is_named_in_the_language_in_the_history(qapp, russian) -> None:
    """«Часовой пояс: Asia/Baku» in an added hearing's history: now named as the hearing's
    dialog names it, the identifier beside the name."""
    shown = value_text("Asia/Baku", "timezone", "hearings")
    assert shown.endswith("(Asia/Baku)") and "Азербайджан" in shown, shown
