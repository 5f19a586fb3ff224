"""The preview of a filled letter before it is saved: its text at once, then its pages when
LibreOffice is installed (the .docx turned into a PDF in the background and shown in the
PDF preview). Without LibreOffice the text stays, and says so."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from caseapp.reports import letter_preview as convert
from caseapp.ui.widgets.pdf_preview import HAS_PDF, PdfPreview
from caseapp.ui.worker import Runner


class LetterPreview(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter_preview")
        self.runner = runner
        self._token = 0
        self.note = QLabel(self)
        self.note.setObjectName("letter_preview_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.pages = PdfPreview(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("letter_preview_text")
        self.text.setAccessibleName(self.tr("The letter's text"))
        self.text.setReadOnly(True)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text.setFont(font)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)
        self.clear()

    @property
    def showing_pages(self) -> bool:
        return self.stack.currentWidget() is self.pages and self.pages.page_count() > 0

    def clear(self, text: str | None = None) -> None:
        self._token += 1  # a conversion still running is ignored, and stopped
        self.note.clear()
        self.text.clear()
        self.pages.clear(text if text is not None else
                         self.tr("Generate the letter to read it here before you save it."))
        self.stack.setCurrentWidget(self.pages)

    def show_letter(self, data: bytes) -> None:
        """The letter's text now; its pages when LibreOffice has made them."""
        self._token += 1
        token = self._token
        soffice = convert.find_soffice() if HAS_PDF else None

        def text_done(text: str) -> None:
            if not self._current(token):
                return
            self.text.setPlainText(text)
            if self.stack.currentWidget() is not self.pages or self.pages.page_count() == 0:
                self.stack.setCurrentWidget(self.text)

        self.runner.submit(lambda: convert.docx_text(data), text_done,
                           lambda exc: self._failed(token, exc))
        if soffice is None:
            self.note.setText(self.tr("The letter's text. Its pages are shown here when "
                                      "LibreOffice is installed; save the letter and open it "
                                      "to see its layout."))
            return
        self.note.setText(self.tr("The letter's text, while LibreOffice makes its pages…"))

        def pages_done(pdf: bytes) -> None:
            if not self._current(token):
                return
            if self.pages.load(pdf):
                self.stack.setCurrentWidget(self.pages)
                self.note.setText(self.tr("The letter as it will print (made by LibreOffice)."))
            else:
                self.note.setText(self.tr("The letter's text (its pages could not be shown)."))

        owner = self

        def stale() -> bool:  # read from the worker thread: a plain attribute, no Qt call
            return owner._token != token

        self.runner.submit(lambda: convert.docx_to_pdf(data, soffice, cancelled=stale),
                           pages_done, lambda exc: self._failed(token, exc))

    def stop(self) -> None:
        """Stop making pages (the dialog closes)."""
        self._token += 1

    def _current(self, token: int) -> bool:
        return shiboken6.isValid(self) and token == self._token

    def _failed(self, token: int, exc: BaseException) -> None:
        if self._current(token):
            self.note.setText(self.tr("The letter's text. Its pages could not be made: %1")
                              .replace("%1", str(exc)))
