"""The save dialogs suggest a file name in the DOCUMENT's language, with the captive's name in
its script, safe for every file system: "Досье Армен Мартиросян (для передачи)
2026-12-04.pdf" for a Russian dossier, « Dossier … (transmissible) ….pdf » for a French one
made in an English window, "Լիազորագիր, Արմեն Մարտիրոսյան, ….docx" for an Armenian letter —
the name the document is kept under in the case file (caseapp.domain.file_names, the
documents' catalogue). What a window prints in its own language (the calendar, the daily log,
the seizure exposure report) is named in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from caseapp.domain.lawyer import LawyerProfile
from caseapp.services import outputs
from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
from caseapp.ui.views.base import View
from caseapp.ui.views.deadlines import export_calendar


def _martirosyan(cf):  # type: ignore[no-untyped-def]
    return cf.captives.create(
        names=[{"full_name": "Արմեն Մարտիրոսյան", "language": "hy", "is_primary": True},
               {"full_name": "Armen Martirosyan", "kind": "transliteration", "language": "en"},
               {"full_name": "Армен Мартиросян", "kind": "transliteration", "language": "ru"}],
        status="held", sensitivity="shareable", consent_publicity=True)


@pytest.fixture
def suggested(monkeypatch) -> list[str]:
    """What the save dialogs offer; each is cancelled."""
    offered: list[str] = []

    def ask(_parent, _title, path, *_a, **_k):
        offered.append(Path(path).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return offered


def test_the_dossier_is_offered_under_a_russian_name_with_the_captive_in_cyrillic(
        qtbot, ui, russian, suggested) -> None:
    cf = ui.case_file
    captive = _martirosyan(cf)
    dialog = DossierDialog(ui, captive_id=captive.id)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ru"  # the window's language, by default
    dialog.result_file = outputs.dossier(cf, captive.id, level="shareable", author="",
                                         lawyer=LawyerProfile(), lang="ru")
    dialog.save_as()
    day = ui.today().isoformat()
    assert suggested == [f"Досье Армен Мартиросян (для передачи) {day}.pdf"]


@pytest.mark.parametrize(("lang", "offered"), [
    ("fr", "Dossier Armen Martirosyan (transmissible) {day}.pdf"),
    ("hy", "Դոսյե Արմեն Մարտիրոսյան (փոխանցելի) {day}.pdf"),
    ("en", "Dossier Armen Martirosyan (shareable) {day}.pdf"),
])
def test_a_dossier_in_another_language_than_the_windows_is_offered_under_its_own_name(
        qtbot, ui, russian, suggested, lang: str, offered: str) -> None:
    """A French dossier for the Court made in a Russian window was offered as "Досье Армен
    Мартиросян (для передачи) ….pdf", though it is kept in the case file under its French
    name."""
    cf = ui.case_file
    captive = _martirosyan(cf)
    dialog = DossierDialog(ui, captive_id=captive.id)
    qtbot.addWidget(dialog)
    dialog.result_file = outputs.dossier(cf, captive.id, level="shareable", author="",
                                         lawyer=LawyerProfile(), lang=lang)
    dialog.save_as()
    assert suggested == [offered.format(day=ui.today().isoformat())]
    assert suggested == [dialog.result_file.filename]  # the name it is kept under


@pytest.mark.parametrize(("lang", "offered"), [
    ("pdf", "Rapport de situation des captifs (interne) {day}.pdf"),
    ("xlsx", "Rapport de situation des captifs (interne) {day}.xlsx"),
])
def test_a_french_status_report_is_offered_under_its_french_name(
        qtbot, ui, suggested, lang: str, offered: str) -> None:
    cf = ui.case_file
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.result_file = outputs.status_report(cf, level="internal", author="", fmt=lang,
                                               lang="fr")
    dialog.save_as()
    assert suggested == [offered.format(day=ui.today().isoformat())]


@pytest.mark.parametrize(("key", "offered"), [
    ("power_of_attorney_hy", "Լիազորագիր՝ Արմեն Մարտիրոսյան, {day}.docx"),
    ("power_of_attorney_ru", "Доверенность — Армен Мартиросян, {day}.docx"),
    ("power_of_attorney_fr", "Procuration — Armen Martirosyan, {day}.docx"),
    ("power_of_attorney_en", "Power of attorney — Armen Martirosyan, {day}.docx"),
])
def test_a_letter_is_offered_under_its_own_languages_name(qtbot, ui, suggested, key: str,
                                                         offered: str) -> None:
    """An Armenian power of attorney made in an English window was offered as "Power of
    attorney — Armenian, Armen Martirosyan, ….docx": the template as the window lists it, the
    captive as the window writes it."""
    from caseapp.reports.letter_templates import find_template
    from caseapp.ui.dialogs.letter_dialog import LetterDialog

    cf = ui.case_file
    captive = _martirosyan(cf)
    lawyer = LawyerProfile(name="Anna Example", address="1 Demo Street", bar_number="1")
    template = find_template(key)
    missing = outputs.letter_missing_fields(cf, template, captive.id, lawyer=lawyer)
    dialog = LetterDialog(ui, captive_id=captive.id)
    qtbot.addWidget(dialog)
    dialog.result_file = outputs.letter(cf, template, captive.id, lawyer=lawyer,
                                        extra={name: "x" for name, _ in missing})
    dialog.save_as()
    assert suggested == [offered.format(day=ui.today().isoformat())]


def test_the_calendar_is_offered_under_a_russian_name(qtbot, ui, russian, suggested,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem",  # the internal level: nothing left out
                        staticmethod(lambda _p, _t, _x, items, *a, **k: (items[2], True)))
    parent = View(ui)
    qtbot.addWidget(parent)
    export_calendar(ui, parent)
    qtbot.waitUntil(lambda: bool(suggested), timeout=10000)
    assert suggested == ["Сроки CaseApp (внутренний).ics"]


def test_the_exposure_report_is_written_in_the_language_it_is_named_in(
        qtbot, blank_window, armenian, suggested, tmp_path: Path, demo_template: Path) -> None:
    """In an Armenian window the seizure exposure report was offered under an Armenian name
    ("Ռիսկերի հաշվետվություն ….pdf") and written in English; it is written in the window's
    language, as the calendar and the daily log are."""
    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from caseapp.ui import travel_actions
    from tests.conftest import copy_of

    w = blank_window
    assert w.open_path(copy_of(demo_template, tmp_path / "case.db"))
    target = tmp_path / "report.pdf"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog._choose()  # what its "…" offers
        dialog.target.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill)
    travel_actions.exposure_report(w)
    qtbot.waitUntil(lambda: "report.pdf" in w.statusBar().currentMessage(), timeout=60000)
    day = w.case_file.ctx.today().isoformat()
    assert suggested == [f"Առգրավման ռիսկերի հաշվետվություն {day}.pdf"]
    assert PdfReader(target).metadata.title == "Առգրավման ռիսկերի հաշվետվություն"
