"""Dossiers, status reports and letters in the desktop app: generated off the UI thread,
previewed in QtPdf, saved (read back with pypdf, python-docx, openpyxl), kept among the
captive's documents; a letter asks for what the case file lacks and is never made with a
hole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from caseapp.domain.enums import Sensitivity
from caseapp.ui import settings as keys
from caseapp.ui.dialogs.lawyer_dialog import LawyerDialog
from caseapp.ui.dialogs.letter_dialog import LetterDialog
from caseapp.ui.dialogs.report_dialogs import DossierDialog, StatusReportDialog
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.widgets.pdf_preview import HAS_PDF, HAS_PRINT, print_pages

WAIT = 20000
CAPTIVE = "Tigran Vardanyan"


def demo_id(cf, latin: str) -> int:
    return next(c.id for c in cf.captives.list() if c.latin_name == latin)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_dossier_previews_saves_and_keeps_at_the_shareable_level(qtbot, ui, tmp_path,
                                                                 monkeypatch):
    cid = demo_id(ui.case_file, CAPTIVE)
    documents_before = len(ui.case_file.documents.list(captive_id=cid))
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    assert dialog.captive.value() == cid
    assert not dialog.save_button.isEnabled()
    dialog.set_level(Sensitivity.SHAREABLE)
    assert "internal" in dialog.level_help.text().lower()
    click(qtbot, dialog.generate_button)
    assert dialog.busy
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    assert not dialog.progress.isVisible()
    if HAS_PDF:
        assert dialog.preview.document.pageCount() > 0
        assert dialog.preview.page_count() > 0
    dossier = dialog.result_file.record
    assert dossier.withheld > 0
    assert "left out at this level" in dialog.summary.text()

    out = tmp_path / "out" / "dossier"
    out.parent.mkdir()  # (a folder that does not exist is refused)
    save_to(monkeypatch, out)
    click(qtbot, dialog.save_button)
    saved = out.with_suffix(".pdf")  # the suffix is added when the name lacks it
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=WAIT)  # written off the UI thread
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(saved.read_bytes())).pages)
    assert CAPTIVE in text and "SHAREABLE" in text
    assert dialog.saved_path == saved

    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: getattr(dialog, "kept", None) is not None, timeout=WAIT)
    docs = ui.case_file.documents.list(captive_id=cid)
    assert len(docs) == documents_before + 1
    kept = next(d for d in docs if d.id == dialog.kept.document.id)
    assert kept.sensitivity is Sensitivity.SHAREABLE and kept.filename.endswith(".pdf")
    assert ui.case_file.documents.content(kept.id) == saved.read_bytes()
    assert not dialog.keep_button.isEnabled()  # kept once

    # Another level drops the result: nothing stale can be saved.
    dialog.set_level(Sensitivity.PUBLIC)
    assert dialog.result_file is None and not dialog.save_button.isEnabled()


def test_a_dossier_refused_at_a_level_says_why(qtbot, ui):
    cf = ui.case_file
    cid = cf.captives.create(names=["Secret Person"], sensitivity="internal").id
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.result_file is None
    assert "cannot be printed at the shareable level" in dialog.status.text()


def test_letter_asks_for_missing_fields_and_refuses_until_filled(qtbot, ui, tmp_path,
                                                                monkeypatch):
    cf = ui.case_file
    cid = demo_id(cf, CAPTIVE)
    to = next(c.id for c in cf.contacts.list() if c.name == "Pierre Modèle")
    opened: list[str] = []
    monkeypatch.setattr("caseapp.ui.dialogs.letter_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = LetterDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_template("echr_rule39_cover_en")
    qtbot.waitUntil(lambda: dialog.contact.isEnabled(), timeout=WAIT)
    dialog.set_contact(to)
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert dialog.captive.value() == cid
    # The respondent State is never in the case file: it is asked for.
    assert dialog.field_edits["respondent_state"].text() == ""
    assert dialog.fields_box.isVisible()
    assert not dialog.generate_button.isEnabled()
    dialog.generate()  # even called directly, nothing is made with a hole
    assert dialog.result_file is None and not dialog.busy
    assert "Respondent State" in dialog.status.text()

    for name, value in dialog.values().items():  # what the demo does not give
        if name != "respondent_state" and not value:
            qtbot.keyClicks(dialog.field_edits[name], f"Given {name}")
    assert not dialog.generate_button.isEnabled()
    qtbot.keyClicks(dialog.field_edits["respondent_state"], "Republic of Azerbaijan")
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    assert not dialog.open_button.isEnabled()  # nothing saved yet

    out = tmp_path / "letter.docx"
    save_to(monkeypatch, out)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved_path == out, timeout=WAIT)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    for table in Document(str(out)).tables:
        text += "\n".join(c.text for row in table.rows for c in row.cells)
    assert "Republic of Azerbaijan" in text and CAPTIVE in text
    assert "{{" not in text and "}}" not in text
    click(qtbot, dialog.open_button)
    assert opened == [str(out)]

    interventions_before = len(cf.interventions.list())
    assert "draft intervention" in dialog.keep_button.text()
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: getattr(dialog, "kept", None) is not None, timeout=WAIT)
    assert dialog.kept.intervention is not None
    assert dialog.kept.intervention.contact_id == to
    assert len(cf.interventions.list()) == interventions_before + 1
    assert dialog.kept.document.captive_id == cid


def test_lawyer_details_are_kept_in_the_case_file_and_fill_letters(qtbot, ui, settings,
                                                                    monkeypatch):
    monkeypatch.setenv("CASEAPP_LAWYER_PHONE", "+374 10 000000")
    dialog = LawyerDialog(ui.case_file)
    qtbot.addWidget(dialog)
    assert dialog.edits["phone"].placeholderText() == "+374 10 000000"
    dialog.edits["name"].setText("Anna Petrosyan")
    dialog.edits["address"].setPlainText("1 Main Street\nYerevan")
    dialog.accept()
    stored = ui.case_file.settings.current().lawyer  # in the case file, not in QSettings
    assert stored.name == "Anna Petrosyan" and stored.phone == ""
    assert not any(k.startswith("lawyer") for k in settings.allKeys())
    profile = keys.lawyer_profile(ui.case_file)
    assert profile.name == "Anna Petrosyan" and profile.address == "1 Main Street\nYerevan"
    assert profile.phone == "+374 10 000000"  # empty in the case file: from the environment

    ui.settings = settings
    letter = LetterDialog(ui, captive_id=demo_id(ui.case_file, CAPTIVE))
    qtbot.addWidget(letter)
    letter.set_template("power_of_attorney_en")
    qtbot.waitUntil(lambda: letter.checked, timeout=WAIT)
    assert letter.field_edits["lawyer_name"].text() == "Anna Petrosyan"  # filled in
    assert letter.author() == "Anna Petrosyan"


@pytest.mark.parametrize("which", ["status report", "dossier"])
def test_nothing_to_print_before_generating(qtbot, ui, which: str) -> None:
    """Print… waits for a document, as Save as… does: in the status report it was enabled
    as the dialog opened, and a click on it did nothing at all."""
    dialog = (StatusReportDialog(ui) if which == "status report"
              else DossierDialog(ui, captive_id=demo_id(ui.case_file, CAPTIVE)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ui.runner.active == 0, timeout=WAIT)
    assert dialog.result_file is None
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()


def test_status_report_xlsx_and_pdf(qtbot, ui, tmp_path, monkeypatch):
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    assert not dialog.print_button.isEnabled()
    out = tmp_path / "report.xlsx"
    save_to(monkeypatch, out)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved_path == out, timeout=WAIT)
    book = load_workbook(out)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None]
    assert any(CAPTIVE in c for c in cells)

    # PDF: a late result after Cancel is ignored; the next run is previewed.
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    late: list[object] = []
    done = dialog._done
    dialog._done = lambda token, result: (late.append(result), done(token, result))  # type: ignore[method-assign]
    click(qtbot, dialog.generate_button)
    click(qtbot, dialog.cancel_button)
    assert not dialog.busy and dialog.status.text() == "Cancelled."
    qtbot.waitUntil(lambda: bool(late), timeout=WAIT)  # the cancelled run's result arrived…
    assert dialog.result_file is None  # …and was dropped
    dialog._done = done  # type: ignore[method-assign]
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    if HAS_PDF:
        assert dialog.preview.page_count() > 0
    if HAS_PRINT:  # what Print… sends to the printer, here a PDF printer
        assert dialog.print_button.isEnabled()
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        print_pages(dialog.preview.document, printer)
        printed = PdfReader(str(tmp_path / "printed.pdf"))
        assert len(printed.pages) == dialog.preview.page_count()


def test_header_buttons_open_the_dialogs_on_the_open_captive(qtbot, ui):
    cid = demo_id(ui.case_file, CAPTIVE)
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.show()
    page.show_captive(cid)
    qtbot.waitUntil(lambda: page.header.dossier_button.isEnabled(), timeout=WAIT)
    click(qtbot, page.header.dossier_button)
    dossier = page.window().findChild(DossierDialog)
    qtbot.waitUntil(lambda: dossier.generate_button.isEnabled(), timeout=WAIT)
    assert dossier.captive.value() == cid
    dossier.close()
    click(qtbot, page.header.letter_button)
    letter = page.window().findChild(LetterDialog)
    qtbot.waitUntil(lambda: letter.checked, timeout=WAIT)
    assert letter.captive.value() == cid
    letter.close()


def test_without_qtpdf_the_preview_says_so(qtbot, monkeypatch):
    from caseapp.ui.widgets import pdf_preview

    monkeypatch.setattr(pdf_preview, "HAS_PDF", False)
    preview = pdf_preview.PdfPreview()
    qtbot.addWidget(preview)
    assert preview.document is None
    assert not preview.load(b"%PDF-1.4 not shown")
    assert "PySide6-Addons" in preview.message.text() and preview.page_count() == 0


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_dossier_is_offered_in_the_interfaces_language(lang: str, qtbot, ui) -> None:
    """A Russian or Armenian window offers the dossier in its own language first (as the
    command line prints it, and as the letter dialog offers its templates), not in English."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = DossierDialog(ui, captive_id=ui.case_file.captives.list()[0].id)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == lang


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_status_report_is_printed_in_the_interfaces_language(lang: str, qtbot, ui, tmp_path,
                                                                 monkeypatch) -> None:
    """A Russian or Armenian window offers the status report in its own language first, as
    the dossier: the spreadsheet's sheets, headers and statuses, and the PDF's title, are in
    it; English stays a choice."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.domain.enums import CaptiveStatus
    from caseapp.reports.texts import label as doc_label
    from caseapp.reports.texts import t
    from caseapp.ui.language import apply_language

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = StatusReportDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == lang
    assert {dialog.language.itemData(i) for i in range(dialog.language.count())} >= {"en", lang}
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    out = tmp_path / "report.xlsx"
    save_to(monkeypatch, out)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved_path == out, timeout=WAIT)
    book = load_workbook(out)
    assert book.sheetnames[0] == t("sheet_captives", lang) != t("sheet_captives", "en")
    sheet = book[t("sheet_captives", lang)]
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(v) for v in rows[0] if v is not None]
    assert t("held_at", lang) in headers and t("held_at", "en") not in headers
    statuses = {str(v) for row in rows[1:] for v in row if v is not None}
    assert statuses & {doc_label(s, lang) for s in CaptiveStatus}
    assert not statuses & {doc_label(s, "en") for s in CaptiveStatus}

    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.result_file.data)).pages)
    assert t("sec_summary", lang) in text and t("sec_summary", "en") not in text


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_french_is_offered_for_documents_while_the_interface_stays_en_hy_ru(
        lang: str, qtbot, ui, tmp_path, monkeypatch) -> None:
    """The dossier and the status report can be printed in French (named in the interface's
    language), the interface's own language first; the window itself offers no French."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.ui.i18n import LANGUAGES
    from caseapp.ui.language import CHOICES, apply_language

    assert LANGUAGES == ("en", "hy", "ru") and {c for c, _ in CHOICES} == set(LANGUAGES)
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    french = {"en": "French", "hy": "Ֆրանսերեն", "ru": "Французский"}[lang]
    dossier = DossierDialog(ui, captive_id=demo_id(ui.case_file, CAPTIVE))
    qtbot.addWidget(dossier)
    report = StatusReportDialog(ui)
    qtbot.addWidget(report)
    for dialog in (dossier, report):
        assert dialog.language.currentData() == lang
        found = dialog.language.findData("fr")
        assert found >= 0 and dialog.language.itemText(found) == french
    if lang != "en":
        return
    dossier.show()
    qtbot.waitUntil(lambda: dossier.generate_button.isEnabled(), timeout=WAIT)
    dossier.language.setCurrentIndex(dossier.language.findData("fr"))
    click(qtbot, dossier.generate_button)
    qtbot.waitUntil(lambda: dossier.result_file is not None, timeout=WAIT)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dossier.result_file.data)).pages)
    assert "Chronologie" in text and "Chronology" not in text


def test_a_french_dossier_kept_without_saving_is_named_in_french(qtbot, ui) -> None:
    """Keep, before any Save as: the copy among the captive's documents is named and titled in
    the document's language, French as Armenian or Russian."""
    cid = demo_id(ui.case_file, CAPTIVE)
    dialog = DossierDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=WAIT)
    dialog.set_level(Sensitivity.SHAREABLE)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: getattr(dialog, "kept", None) is not None, timeout=WAIT)
    kept = next(d for d in ui.case_file.documents.list(captive_id=cid)
                if d.id == dialog.kept.document.id)
    day = ui.today().isoformat()
    assert kept.filename == f"Dossier {CAPTIVE} (transmissible) {day}.pdf"
    assert kept.title == f"Dossier\u00a0: {CAPTIVE} (transmissible)"


def test_the_letter_dialog_offers_every_letter_in_french(qtbot, ui) -> None:
    letter = LetterDialog(ui, captive_id=demo_id(ui.case_file, CAPTIVE))
    qtbot.addWidget(letter)
    offered = {letter.template.itemData(i): letter.template.itemText(i)
               for i in range(letter.template.count())}
    french = {k: v for k, v in offered.items() if k.endswith("_fr")}
    assert len(french) == len([k for k in offered if k.endswith("_en")]) >= 7
    assert offered["icrc_request_fr"].endswith("— French")
