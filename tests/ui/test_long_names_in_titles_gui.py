"""A window's title holding a captive's name keeps the start of a long one and is cut
with "…" (the filing dialog's title held a 400-letter name whole, two spellings of 200
letters, wider than any screen; so did the print dialog's, for a dossier); the whole name
stays in the dialog itself."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QDialog

TITLE_MOST = 120  # characters: a title bar shows less than this on any screen
LATIN = " ".join(["Ter-Hovhannisyan Melik-Shahnazaryan Aleksandri"] * 5)[:200]
ARMENIAN = " ".join(["Տեր-Հովհաննիսյան Մելիք-Շահնազարյան Ալեքսանդրի"] * 5)[:200]


def test_the_filing_dialog_s_title_keeps_the_start_of_a_400_letter_name(qtbot, ui) -> None:
    from caseapp.ui.dialogs.filing import FilingDialog

    cid = ui.case_file.captives.create(names=[ARMENIAN, LATIN]).id
    dialog = FilingDialog(ui, None, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: LATIN[:30] in dialog.windowTitle())
    title = dialog.windowTitle()
    assert len(dialog.applicant.text()) > 400  # both spellings
    assert len(title) <= TITLE_MOST, title
    assert "Ter-Hovhannisyan Melik-Shahnazaryan" in title and title.endswith("…")
    assert LATIN in dialog.applicant.toolTip()  # whole in the dialog


def test_the_print_dialog_s_title_keeps_the_start_of_a_400_letter_name(qtbot, monkeypatch) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from caseapp.ui.widgets import pdf_preview
    from caseapp.ui.widgets.pdf_preview import PdfPreview

    titles: list[str] = []

    class PrintDialog:  # the print dialog, cancelled by the user: its title noted
        def __init__(self, _printer, _parent) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            titles.append(title)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    PrintDialog.DialogCode = QDialog.DialogCode  # type: ignore[attr-defined]
    monkeypatch.setattr(pdf_preview, "QPrintDialog", PrintDialog)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Dossier")
    canvas.save()
    preview = PdfPreview(None)
    qtbot.addWidget(preview)
    assert preview.load(buffer.getvalue())
    qtbot.waitUntil(lambda: preview.page_count() == 1)
    assert not preview.print_document(preview, f"Dossier of {ARMENIAN} — {LATIN} (internal)")
    [title] = titles
    assert len(title) <= TITLE_MOST, title
    assert "Dossier of Տեր-Հովհաննիսյան" in title and "…" in title


def test_the_spreadsheet_import_s_title_keeps_a_long_file_name_s_start_and_ending(
        qtbot, ui, tmp_path) -> None:
    """Import Spreadsheet held a long file name (120 letters) whole in its title."""
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    sheet = tmp_path / f"{'Список пленных Гадрутского района ' * 6}.csv"[-120:]
    sheet.write_text("ФИО\nАрам Петросян\n", encoding="utf-8")
    dialog = SheetImportDialog(ui, sheet, mappings_folder=tmp_path)
    qtbot.addWidget(dialog)
    title = dialog.windowTitle()
    assert len(title) <= TITLE_MOST, title
    assert "…" in title and title.endswith(".csv") and sheet.name[-20:-4] in title
