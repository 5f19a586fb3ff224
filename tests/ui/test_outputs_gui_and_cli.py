"""The desktop app and the command line print the same dossier and the same status report
for the same choices: both call the use cases of caseapp.services.outputs. Compared on the
text of every page and the document's author and title (the creation time differs)."""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from caseapp.cli import common, main
from caseapp.domain.enums import Sensitivity
from caseapp.services.casefile import open_case_file
from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
from tests.conftest import TODAY

WAIT = 20000


def pdf_content(path: Path) -> tuple[list[str], str, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    meta = reader.metadata
    return [p.extract_text() for p in reader.pages], meta["/Author"], meta["/Title"]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, ui) -> object:
    """The command line over the GUI's case file, on the same day."""
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    monkeypatch.setenv("CASEAPP_LAWYER_CITY", "Yerevan")
    monkeypatch.setattr(common, "open_case_file",
                        functools.partial(open_case_file, today=lambda: TODAY))
    db = str(ui.case_file.db.path)

    def run(*argv: str) -> None:
        out, err = io.StringIO(), io.StringIO()
        assert main([*argv, "--db", db], out=out, err=err) == 0, err.getvalue()
    return run


def save_from(qtbot, dialog, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path == path, timeout=WAIT)


def test_the_dossier_is_the_same_from_the_gui_and_the_cli(qtbot, ui, cli, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    cid = next(c.id for c in ui.case_file.captives.list() if c.latin_name == "Tigran Vardanyan")
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.set_level(Sensitivity.SHAREABLE)
    save_from(qtbot, dialog, monkeypatch, tmp_path / "gui.pdf")
    cli("dossier", str(cid), "--level", "shareable", "-o", str(tmp_path / "cli.pdf"))

    gui_pages, gui_author, gui_title = pdf_content(tmp_path / "gui.pdf")
    cli_pages, cli_author, cli_title = pdf_content(tmp_path / "cli.pdf")
    assert gui_pages == cli_pages
    assert (gui_author, gui_title) == (cli_author, cli_title)
    # Not two empty documents: the lawyer's block, the captive and the level are in both.
    text = "\n".join(gui_pages)
    assert "Anna Example" in text and "Tigran Vardanyan" in text and "SHAREABLE" in text


def test_the_status_report_is_the_same_from_the_gui_and_the_cli(qtbot, ui, cli, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData(Sensitivity.PUBLIC))
    dialog.hearing_days.setValue(60)
    save_from(qtbot, dialog, monkeypatch, tmp_path / "gui.pdf")
    cli("report", "--level", "public", "--hearing-days", "60", "--format", "pdf",
        "-o", str(tmp_path / "cli.pdf"))

    gui_pages, gui_author, _ = pdf_content(tmp_path / "gui.pdf")
    cli_pages, cli_author, _ = pdf_content(tmp_path / "cli.pdf")
    assert gui_pages == cli_pages and gui_author == cli_author == "Anna Example"
    assert "Status report on captives" in gui_pages[0]
