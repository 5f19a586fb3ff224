"""File → Import JSON in the window: the records arrive through the operations worker and what
the import has to say besides the count (case settings taken or kept) is shown to the lawyer,
not only written to the report object."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from caseapp.services.casefile import CaseFile
from caseapp.ui import file_actions
from tests.conftest import copy_of


def test_an_import_says_which_case_settings_it_kept(qtbot, blank_window, demo_file: CaseFile,
                                                    _empty_template: Path, tmp_path: Path,
                                                    message_boxes, monkeypatch) -> None:
    # The export comes from a file under the Armenian procedure; the file it goes into has
    # chosen the Azerbaijani one itself, so it keeps its own and must say so.
    demo_file.settings.set("procedure", "am")
    export = tmp_path / "from-a-colleague.json"
    demo_file.export_json(export)
    target = copy_of(_empty_template, tmp_path / "mine.db")
    assert blank_window.open_path(target)
    blank_window.case_file.settings.set("procedure", "az")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(export), "")))

    file_actions.import_json(blank_window)

    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in message_boxes), timeout=60000)
    said = "\n".join(text for kind, text in message_boxes if kind == "information")
    assert "Case settings not taken from the export" in said and "procedure" in said
    # how to change them, in the window's own words: its menu items, never a command
    assert "Deadlines → Deadline Settings…" in said and "caseapp" not in said, said
    assert blank_window.case_file.settings.current().procedure == "az"
    assert len(blank_window.case_file.captives.list()) == len(demo_file.captives.list())


def test_an_export_read_at_a_level_says_it_is_no_whole_copy(
        qtbot, blank_window, demo_file: CaseFile, tmp_path: Path, message_boxes,
        monkeypatch) -> None:
    """File → Export JSON of a travel copy (or by a team member below internal) wrote a
    partial file with only the status bar's count: the window says what it leaves out."""
    from caseapp.domain.enums import Sensitivity
    from caseapp.services import data_exports

    path = demo_file.db.path
    demo_file.close()
    assert path is not None and blank_window.open_path(path)
    target = tmp_path / "export.json"
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: target)
    monkeypatch.setattr(data_exports, "export_reading_level",
                        lambda ctx, level=None: Sensitivity.SHAREABLE)

    file_actions.export_json(blank_window)

    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in message_boxes), timeout=60000)
    said = "\n".join(text for kind, text in message_boxes if kind == "information")
    assert "shareable level" in said and "not a whole copy" in said and str(target) in said
    assert target.exists()


def test_an_import_of_a_colleagues_copy_names_the_captives_it_looks_like(
        qtbot, blank_window, _empty_template: Path, tmp_path: Path, message_boxes,
        monkeypatch) -> None:
    """A colleague's export of captives already in the file (other uids) adds them and says
    that they look like captives already there, pointing to Likely Duplicates."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY

    theirs = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "theirs.db")),
                            actor="colleague", today=lambda: TODAY)
    theirs.captives.create(names=["Aram Vardanyan"], birth="1980-03-02", status="held")
    export = tmp_path / "theirs.json"
    theirs.export_json(export)
    theirs.close()
    assert blank_window.open_path(copy_of(_empty_template, tmp_path / "mine.db"))
    blank_window.case_file.captives.create(names=["Արամ Վարդանյան"], birth="1980-03-02",
                                           status="held")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(export), "")))
    opened: list[bool] = []
    monkeypatch.setattr(blank_window, "likely_duplicates", lambda: opened.append(True))

    file_actions.import_json(blank_window)

    qtbot.waitUntil(lambda: any(kind == "box" for kind, _ in message_boxes), timeout=60000)
    said = next(text for kind, text in message_boxes if kind == "box")
    assert said.startswith("Likely the same people as captives already in the case file: 1 "
                           "imported captive")
    # alike in every fact: each named by when it was recorded (the ids in Likely Duplicates)
    assert re.search(r"Aram Vardanyan \(recorded [^)]+\) like Արամ Վարդանյան \(recorded [^)]+\)",
                     said), said
    assert "(ID" not in said
    assert "Likely Duplicates" in said
    assert len(blank_window.case_file.captives.list()) == 2  # nothing merged
