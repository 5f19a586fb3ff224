"""The undo of a spreadsheet import takes back only what the import wrote: never a captive,
a note or a stay that was added since under a number the import's record left free."""

from __future__ import annotations

from pathlib import Path

from caseapp.services.sheet_import import decisions_for
from caseapp.services.sheet_preview import preview
from caseapp.ui.dialogs.sheet_import_command import run_import
from tests.sheets.makers import write_xlsx


def _import(ui, tmp_path: Path, rows: list[list[str]]):
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": [
        ["Ազգանուն", "Անուն", "Статус"], *rows]})
    pv = ui.ops.run(lambda cf: preview(cf, path)).value
    return run_import(ui.ops, pv, decisions_for(pv, {}, skip_errors=True))


def test_undoing_an_import_never_deletes_a_captive_added_since_under_a_freed_number(
        ui, tmp_path: Path, message_boxes) -> None:
    """An imported captive deleted on the command line, then another captive added there
    (SQLite gives the new one the freed number): Undo of the import deleted that other
    captive with everything in their file."""
    cf = ui.case_file
    (imported,) = _import(ui, tmp_path, [["Мкртчян", "Арташес", "в плену"]]).created
    cf.captives.delete(imported)  # the command line: the undo history does not hear of it
    other = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    assert other == imported  # (the number the test is about)
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.undo()

    assert cf.captives.get(other).latin_name  # still there
    assert ui.ops.next_undo() is None or ui.ops.next_undo().text() != "Import of list.xlsx"
    assert any("Import of list.xlsx" in m and "undo history" in m for m in messages), messages


def test_undoing_an_import_never_changes_a_captive_that_took_the_number_of_one_it_added_to(
        ui, tmp_path: Path, message_boxes) -> None:
    """A row merged into a captive (a new spelling, a status change); that captive deleted
    on the command line and another added, who took the number and the names' numbers:
    Undo of the import took that other captive's name away and wrote its status."""
    cf = ui.case_file
    target = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": [
        ["Ազգանուն", "Անուն", "Статус"], ["Нмушян", "Рубен", "в плену"]]})
    pv = ui.ops.run(lambda c: preview(c, path)).value
    result = run_import(ui.ops, pv, decisions_for(pv, {2: f"merge:{target}"}, skip_errors=True))
    assert result.merged_ids == (target,) and not result.created
    cf.captives.delete(target)  # the command line
    other = cf.captives.create(names=["Սարգիս Օրինակյան", "Sargis Orinakyan", "Саргис Оринакян"],
                               status="convicted").id
    assert other == target
    names = [n.full_name for n in cf.captives.get(other).names]
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.undo()

    after = cf.captives.get(other)
    assert [n.full_name for n in after.names] == names
    assert after.status.value == "convicted"
    assert any("Import of list.xlsx" in m for m in messages), messages


def test_redoing_an_import_never_merges_a_row_into_a_captive_who_took_the_number(
        ui, tmp_path: Path, message_boxes) -> None:
    """A row merged into a captive; the import undone; that captive deleted on the command
    line and another added under the number: Redo merged the row into the other captive."""
    cf = ui.case_file
    target = cf.captives.create(names=["Ռուբեն Նմուշյան"], status="pre_trial").id
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": [
        ["Ազգանուն", "Անուն", "Статус"], ["Нмушян", "Рубен", "в плену"]]})
    pv = ui.ops.run(lambda c: preview(c, path)).value
    run_import(ui.ops, pv, decisions_for(pv, {2: f"merge:{target}"}, skip_errors=True))
    assert ui.ops.undo()
    cf.captives.delete(target)  # the command line
    other = cf.captives.create(names=["Սարգիս Օրինակյան"], status="convicted").id
    assert other == target
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.redo()

    after = cf.captives.get(other)
    assert [n.full_name for n in after.names] == ["Սարգիս Օրինակյան"]
    assert after.status.value == "convicted"
    assert any("Import of list.xlsx" in m for m in messages), messages
