"""The Documents tab of a captive's file: the captive's documents and those attached to
their cases, hearings and interventions (with where), added by dropping files or with Add…,
saved or opened as a copy where the lawyer chooses (never a temporary file of ours)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from caseapp.domain.scan_pages import page_ranges
from caseapp.services.scan_readings import Readings
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import DOCUMENT
from caseapp.ui.theme import caution_text
from caseapp.ui.views import captive_columns as cols
from caseapp.ui.views.captive_tab_host import TabOfCaptivePage
from caseapp.ui.views.captive_tabs import DropPage, mono_font, page
from caseapp.ui.views.documents import copy_refused
from caseapp.ui.views.scan_page_lines import pages_to_check_lines
from caseapp.ui.widgets.save_target import ask_save_path


class DocumentsTab(TabOfCaptivePage):
    """Mixed into :class:`~caseapp.ui.views.captive_file.CaptiveFileView`, after the view's
    QWidget base (whose ``tr``, ``report_error`` and tab builders these methods use)."""

    documents_page: DropPage
    attached: QLabel
    pages_to_check: QLabel
    sha: QLabel

    def _documents_tab(self) -> None:
        documents = self._section("documents", DOCUMENT, cols.document_columns(self),
                                  self.tr("Documents and evidence"),
                                  self.tr("No documents yet. Drop files here, or click Add…"),
                                  stretch=0, add=self.add_document_from_dialog,
                                  spare=(7, 1))  # the hash and the attachment: said below
        documents.add_button("save", self.tr("Save a copy…"), self.save_document_copy,
                             needs_record=True)
        documents.add_button("open", self.tr("Open…"), self.open_document, needs_record=True) \
            .setToolTip(self.tr("Saves a copy where you choose (not encrypted), then opens it"))
        documents.add_button("ocr", self.tr("Make searchable (OCR)"), self.make_searchable,
                             needs_record=True).setToolTip(
            self.tr("Reads a scanned PDF or image in Armenian, Russian, Azerbaijani and English; "
                    "the text copy is kept beside the original, which is not changed"))
        self._scan_readings: dict[int, Readings] = {}  # the documents being read, by id
        documents.add_button("stop_reading", self.tr("Stop reading"), self.stop_reading) \
            .setToolTip(self.tr("Stops reading this scan: nothing of it is stored"))
        documents.buttons["stop_reading"].hide()
        documents.selection_changed.connect(self._show_document)
        self.sha = QLabel()
        self.sha.setObjectName("document_sha256")
        self.sha.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sha.setFont(mono_font())
        self.attached = QLabel()
        self.attached.setObjectName("document_attached_to")
        self.attached.setWordWrap(True)
        self.attached.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attached.hide()
        self.pages_to_check = QLabel()  # the pages OCR may not have read: to check by eye
        self.pages_to_check.setObjectName("document_pages_to_check")
        self.pages_to_check.setWordWrap(True)
        self.pages_to_check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages_to_check.setStyleSheet(f"color: {caution_text()}")
        self.pages_to_check.hide()
        hint = QLabel(self.tr("Drop files on this tab to add them. Files are stored inside the "
                              "case file; “Save a copy” writes an unencrypted copy where you "
                              "choose."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.documents_page = DropPage()
        page(documents, self.attached, self.pages_to_check, self.sha, hint, into=self.documents_page)
        self.documents_page.files_dropped.connect(self.add_document_files)
        self._tab(self.documents_page, self.tr("Documents"), self.tr("Documents and evidence"),
                  "documents")

    def _show_document(self) -> None:
        d = self.sections["documents"].current()
        where = cols.attachment(self, d) if d else ""
        self.attached.setText(self.tr("Attached to: %1").replace("%1", where) if where else "")
        self.attached.setVisible(bool(where))
        lines = pages_to_check_lines(d) if d else []
        self.pages_to_check.setText("\n".join(lines))
        self.pages_to_check.setVisible(bool(lines))
        self.sha.setText(f"SHA-256  {d.sha256}" if d else "")
        self._show_reading()

    def _show_reading(self) -> None:
        """Stop reading for the document being read; Make searchable for another."""
        section = self.sections["documents"]
        d = section.current()
        reading = d is not None and d.id in self._scan_readings
        section.buttons["stop_reading"].setVisible(reading)
        section.buttons["ocr"].setEnabled(d is not None and not reading)

    # -- documents --
    def add_document_from_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"), str(Path.home()))
        self.add_document_files(paths)

    def add_document_files(self, paths: list[str]) -> None:
        """Describe and store each file in turn (stops when one is cancelled)."""
        if self.captive_id is None:
            return
        for path in paths:
            if dlg.add_document(self.ui, path, captive_id=self.captive_id, file=self.file,
                                parent=self) is None:
                break
            self.message.emit(self.tr("Added %1.").replace("%1", Path(path).name))

    def save_document_copy(self, *, then_open: bool = False) -> str | None:
        """Write the document where the user chooses: never to a temporary file of ours."""
        d = self.sections["documents"].current()
        if d is None:
            return None
        cf = self.ui.case_file
        chosen = ask_save_path(self, self.tr("Save a copy (not encrypted)"),
                               Path.home() / Path(d.filename or d.title).name, "",
                               cf.output_guard if cf is not None else None)
        if chosen is None:
            return None
        path = str(chosen)

        def done(_result: object) -> None:
            self.message.emit(self.tr("Saved a copy to %1.").replace("%1", path))
            if then_open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        self.ui.runner.submit(lambda: cf.documents.save_copy(d.id, path), done,
                              lambda exc: self.report_error(copy_refused(path, exc)))
        return path

    def make_searchable(self) -> None:
        """OCR the chosen scan on a worker (it takes a while), then keep the text copy through
        an operation; where OCRmyPDF or a language is missing, say what to install."""
        d = self.sections["documents"].current()
        cf = self.ui.case_file
        if d is None or cf is None:
            return
        ready = cf.ocr.readiness()
        if not ready.ready:
            QMessageBox.information(self, self.tr("Make searchable"), ready.message)
            return
        if not cf.ocr.can_read(d.media_type):
            QMessageBox.information(self, self.tr("Make searchable"), self.tr(
                "Only PDF, PNG, JPEG and TIFF scans can be read by OCR."))
            return
        if d.id in self._scan_readings:
            return  # being read already
        self.message.emit(  # scans are read one after the other
            self.tr("“%1” will be read (OCR) after the scans before it…").replace("%1", d.title)
            if self._scan_readings else
            self.tr("Reading “%1” (OCR)…").replace("%1", d.title))
        reading = self._scan_readings[d.id] = cf.ocr.reading()
        self._show_reading()

        def over() -> None:
            self._scan_readings.pop(d.id, None)
            self._show_reading()

        def failed(exc: Exception) -> None:
            over()
            if reading.cancelled:
                self.message.emit(self.tr("Reading “%1” was stopped: nothing was stored.")
                                  .replace("%1", d.title))
            else:
                self.report_error(exc)

        def store(scan: Any) -> None:
            over()
            try:
                self.ui.ops.write(lambda c: c.ocr.store(scan))
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self.report_error(exc)
                return
            if not scan.text.strip():  # a photo, or a scan too faint: nothing to find
                self.message.emit(self.tr(
                    "OCR read no text in “%1”: a search will not find it. If it holds writing, "
                    "check the scan (too faint, or in another language) and make it searchable "
                    "again.").replace("%1", d.title))
            else:
                self.message.emit(self.tr("“%1” is searchable now.").replace("%1", d.title))
            said = [self.unsure_pages_line(d.title, scan.unsure_pages)] if scan.unsure_pages \
                else []
            if scan.unchecked_pages:
                said.append(self.unchecked_pages_line(d.title, scan.unchecked_pages))
            if said:  # read all the same: she must not trust a search on them
                QMessageBox.warning(self, self.tr("Make searchable"), "\n".join(said))

        # on a runner of its own: a reading takes minutes, and the reads of the window (a
        # captive's file, a list) waited behind two of them
        self.ui.scans.submit(lambda: cf.ocr.read(d.id, reading=reading), store, failed)

    def stop_reading(self) -> None:
        d = self.sections["documents"].current()
        reading = self._scan_readings.get(d.id) if d is not None else None
        if d is not None and reading is not None:
            reading.cancel()
            self.message.emit(self.tr("Stopping the reading of “%1”…").replace("%1", d.title))

    def unsure_pages_line(self, title: str, pages: tuple[int, ...]) -> str:
        """The one line naming the pages of a scan whose way up OCR could not tell."""
        numbers = page_ranges(pages)  # "2, 4–9"
        text = (self.tr("Page %1 of “%2” may be unreadable in its text copy: which way up it is "
                        "could not be told, so a search may miss its words.") if len(pages) == 1
                else self.tr("Pages %1 of “%2” may be unreadable in its text copy: which way up "
                             "they are could not be told, so a search may miss their words."))
        return re.sub("%([12])", lambda m: numbers if m.group(1) == "1" else title, text)

    def unchecked_pages_line(self, title: str, pages: tuple[int, ...]) -> str:
        """The one line naming the pages of a scan not checked for their way up (the time
        for it ran out)."""
        text = (self.tr("Page %1 of “%2” was not checked for which way up it is: the time for "
                        "it ran out, and it was read as it is, so a search may miss its words if "
                        "it lies sideways or upside down.") if len(pages) == 1
                else self.tr("Pages %1 of “%2” were not checked for which way up they are: the "
                             "time for it ran out, and they were read as they are, so a search "
                             "may miss the words of any of them lying sideways or upside down."))
        return re.sub("%([12])", lambda m: page_ranges(pages) if m.group(1) == "1" else title,
                      text)

    def open_document(self) -> None:
        self.save_document_copy(then_open=True)
