"""A closed deadline imported from an export, whose day the rules now give otherwise, is kept
and said to differ from the rules. That saying is data: a colleague in another language, or
a document in another language, reads it later. It is kept as a message (a step of the
deadline's explanation, read in each reader's language), not as text in the notes in the
language of the user who imported: on SQLite and PostgreSQL (where the import reads the
deadlines' explanations by a query of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain import messages
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY, copy_of

RULES_DIFFER = "Rules differ: {reason}"
OLD_NOTE = "Расхождение с правилами: Правила дают 10.12.2026 вместо 08.12.2026."


@pytest.fixture
def export(tmp_path: Path, _empty_template: Path) -> Path:
    """An export holding a verdict's appeal deadline dated by hand and closed, with a note of
    the lawyer's and an old note that the rules differed (written as Russian text)."""
    cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "theirs.db")),
                        actor="colleague", today=lambda: TODAY)
    try:
        cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                                 status="pre_trial").id
        cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20 11:00",
                           timezone="Asia/Baku", court="Baku Court", kind="verdict",
                           outcome="Convicted")
        [appeal] = cf.deadlines.list(captive_id=cid)
        cf.deadlines.update(appeal.id, due_on="2026-12-08",
                            notes=f"Позвонить семье.\n{OLD_NOTE}")
        cf.deadline_engine.mark_done(appeal.id)
        path = tmp_path / "theirs.json"
        cf.export_json(path)
    finally:
        cf.close()
    return path


def test_an_imported_closed_deadline_says_the_rules_differ_in_each_readers_language(
        any_case_file: CaseFile, export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_language", ["en"])
    messages.set_language("ru")  # the importer works in Russian
    any_case_file.import_json(export)
    [appeal] = any_case_file.deadlines.list()
    steps = [s for s in appeal.explanation if getattr(s, "text", "") == RULES_DIFFER]
    assert len(steps) == 1
    assert messages.text_of(steps[0], "en").startswith(
        "Rules differ: You set this date by hand (")
    assert messages.text_of(steps[0], "ru").startswith("Расхождение с правилами: ")
    # The lawyer's note is kept; the old note written as text is replaced by the step.
    assert appeal.notes == "Позвонить семье."
    # Imported again (nothing new) and recomputed: still one step.
    any_case_file.import_json(export)
    any_case_file.settings.set("procedure", "az")
    [appeal] = any_case_file.deadlines.list()
    assert [getattr(s, "text", "") for s in appeal.explanation].count(RULES_DIFFER) == 1
