"""Reports › Letter Templates…: she adds her own Word template (it is listed as hers, and
offered in the letter dialog), a template that cannot be used is refused with why and not
added, one of hers of the same name is replaced only when she says yes, and she removes
hers (never a shipped one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QLabel, QMessageBox

from caseapp.ui.dialogs.template_manager import TemplateManager


def _docx(path: Path, text: str) -> Path:
    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    said: dict[str, list] = {"warning": [], "question": [], "answer": []}
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: said["warning"].append(text))

    def question(_p, _t, text, *a, **k):  # type: ignore[no-untyped-def]
        said["question"].append(text)
        return said["answer"].pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return said


def _keys(dialog: TemplateManager) -> dict[str, bool]:
    return {t.key: t.shipped for t in dialog.templates}


def test_add_replace_and_remove_her_template(qtbot, tmp_path: Path, boxes) -> None:
    folder = tmp_path / "templates"
    dialog = TemplateManager(folder=folder)
    qtbot.addWidget(dialog)
    assert str(folder) in dialog.findChild(QLabel, "letter_templates_folder").text()
    source = _docx(tmp_path / "visit_request_ru.docx", "Для {{ captive_name }}.")
    assert dialog.add_file(source) is not None
    assert _keys(dialog)["visit_request_ru"] is False
    assert dialog.selected() is not None and dialog.selected().key == "visit_request_ru"
    assert dialog.remove_button.isEnabled()
    assert "visit_request_ru" in dialog.status.text()

    first = (folder / "visit_request_ru.docx").read_bytes()
    _docx(source, "Для {{ captive_name }}, снова.")
    boxes["answer"] = [QMessageBox.StandardButton.No]
    assert dialog.add_file(source) is None
    assert (folder / "visit_request_ru.docx").read_bytes() == first  # kept: she said no
    boxes["answer"] = [QMessageBox.StandardButton.Yes]
    assert dialog.add_file(source) is not None
    assert (folder / "visit_request_ru.docx").read_bytes() == source.read_bytes()

    boxes["answer"] = [QMessageBox.StandardButton.Yes]
    dialog.remove_selected()
    assert "visit_request_ru" not in _keys(dialog)
    assert not (folder / "visit_request_ru.docx").exists()
    assert boxes["warning"] == []


def test_a_template_that_cannot_be_used_is_refused_with_why(qtbot, tmp_path: Path,
                                                           boxes) -> None:
    folder = tmp_path / "templates"
    dialog = TemplateManager(folder=folder)
    qtbot.addWidget(dialog)
    broken = _docx(tmp_path / "broken_en.docx", "Dear {{ captive_name ")
    assert dialog.add_file(broken) is None
    assert len(boxes["warning"]) == 1 and "broken placeholder" in boxes["warning"][0]
    assert "--" not in boxes["warning"][0]  # the window names no command-line option
    assert "broken_en" not in _keys(dialog)
    assert not folder.exists() or not any(folder.iterdir())


def test_a_shipped_template_cannot_be_removed(qtbot, tmp_path: Path, boxes) -> None:
    dialog = TemplateManager(folder=tmp_path / "templates")
    qtbot.addWidget(dialog)
    shipped = next(i for i, t in enumerate(dialog.templates) if t.shipped)
    dialog.table.selectRow(shipped)
    assert not dialog.remove_button.isEnabled()


def test_reports_menu_opens_it(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from caseapp.ui.main_window import MainWindow

    shown: list[TemplateManager] = []
    monkeypatch.setattr(TemplateManager, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                        lambda *a, **k: None, demo_builder=lambda p: None,
                        demo_path=tmp_path / "demo.db")
    qtbot.addWidget(window)
    window.actions_by_id["letter_templates"].trigger()
    assert len(shown) == 1 and shown[0].templates
