"""The pages of a scan OCR may not have read (:mod:`caseapp.domain.scan_pages`), in the
window's words: under a selected document in the Documents view and in the Documents tab of a
captive's file, and in a document's tooltip, until the scan is read again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.scan_pages import page_ranges

translate = QCoreApplication.translate  # lupdate reads every translate("Context", "source") call


def pages_to_check_lines(document: Any) -> list[str]:
    """One line for the pages whose way up could not be told, one for those not checked for
    it (none when OCR read every page, or has not read the document)."""
    lines = []
    unsure, unchecked = document.ocr_unsure_pages, document.ocr_unchecked_pages
    if unsure:
        text = (translate("ScanPages", "Page %1 may not have been read: which way up it is "
                          "could not be told; check it by eye.") if len(unsure) == 1 else
                translate("ScanPages", "Pages %1 may not have been read: which way up they are "
                          "could not be told; check them by eye."))
        lines.append(text.replace("%1", page_ranges(unsure)))
    if unchecked:
        text = (translate("ScanPages", "Page %1 was not checked for which way up it is (the "
                          "time for it ran out) and was read as it is: if it is sideways or "
                          "upside down, it was not read; check it by eye.")
                if len(unchecked) == 1 else
                translate("ScanPages", "Pages %1 were not checked for which way up they are "
                          "(the time for it ran out) and were read as they are: any of them "
                          "sideways or upside down was not read; check them by eye."))
        lines.append(text.replace("%1", page_ranges(unchecked)))
    return lines
