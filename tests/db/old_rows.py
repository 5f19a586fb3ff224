"""Rows as the first revision of CaseApp wrote them, for the upgrade tests: one captive and its
primary name, in plain SQL that SQLite and PostgreSQL both accept (only revision 0001's columns,
so the statements run at any revision a test upgrades from)."""

from __future__ import annotations

from collections.abc import Callable

WRITTEN = "'2024-01-01 00:00:00', '2024-01-01 00:00:00'"


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def captive_rows(*, captive_id: int = 1, name: str = "Վարդան Վարդանյան", script: str = "Armn",
                 language: str = "hy", name_id: int | None = None, status: str = "pre_trial",
                 summary: str = "", sensitivity: str = "internal") -> tuple[str, str]:
    """The two INSERT statements for a male civilian captive with one native primary name."""
    captive = (
        "INSERT INTO captives (id, uid, created_at, updated_at, sex, birth_date_precision, "
        "birth_place, citizenship, category, status, capture_date_precision, capture_place, "
        "capture_circumstances, capturing_authority, consent_power_of_attorney, "
        "consent_publicity, consent_notes, summary, current_asks, health, photo_media_type, "
        f"sensitivity, field_levels) VALUES ({captive_id}, 'c-{captive_id}', {WRITTEN}, 'male', "
        f"'exact', '', '', 'civilian', {_quoted(status)}, 'exact', '', '', '', false, false, '', "
        f"{_quoted(summary)}, '', '', '', {_quoted(sensitivity)}, '{{}}')")
    number = captive_id if name_id is None else name_id
    primary_name = (
        "INSERT INTO captive_names (id, uid, created_at, updated_at, captive_id, full_name, "
        f"script, language, kind, is_primary) VALUES ({number}, 'n-{number}', {WRITTEN}, "
        f"{captive_id}, {_quoted(name)}, {_quoted(script)}, {_quoted(language)}, 'native', true)")
    return captive, primary_name


# Columns the revisions after 0022 added. A test that puts a team server back to an earlier
# revision by its version number alone (its later revisions run again on opening) drops them
# first, as the server it stands for never had them: a revision's ADD COLUMN would fail on them.
LATER_COLUMNS = {"0023": (("documents", "ocr_unsure_pages"), ("documents", "ocr_unchecked_pages")),
                 "0033": (("international_proceedings", "judgment_on"),)}


# Tables the revisions after 0022 added, dropped likewise (a revision's CREATE TABLE would fail).
LATER_TABLES = {"0029": ("case_file_identity",)}


def drop_later_columns(execute: Callable[[str], object], revision: str) -> None:
    """Drop what revisions after ``revision`` added (``execute`` runs one SQL statement)."""
    for later, columns in LATER_COLUMNS.items():
        if later > revision:
            for table, column in columns:
                execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for later, tables in LATER_TABLES.items():
        if later > revision:
            for table in tables:
                execute(f"DROP TABLE {table}")
