"""An in-app preview of a generated PDF (QtPdf), and printing it (QtPrintSupport).

The bytes are handed to :class:`QPdfDocument` through a :class:`QBuffer`: case data never
goes to a temporary file, only where the user saves it. Where QtPdf or QtPrintSupport is
missing, the widget says so and the dialogs keep Save."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from caseapp.ui.widgets.title_text import in_title

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # PySide6-Essentials alone: no preview
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]

try:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:
    QPrintDialog = None  # type: ignore[assignment,misc]
    QPrinter = None  # type: ignore[assignment,misc]

HAS_PDF = QPdfDocument is not None
HAS_PRINT = HAS_PDF and QPrinter is not None


class PdfPreview(QWidget):
    """Shows PDF bytes page after page, fitted to the width; or a message instead."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.document = QPdfDocument(self) if HAS_PDF else None
        self._buffer: QBuffer | None = None
        self.message = QLabel(self)
        self.message.setObjectName("preview_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.view: QPdfView | None = None
        if self.document is not None:  # (HAS_PDF)
            self.view = QPdfView(self)
            self.view.setObjectName("pdf_view")
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
            self.view.setDocument(self.document)
            self.view.setAccessibleName(self.tr("Preview of the document"))  # not a bare view
            self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.clear()

    def clear(self, text: str | None = None) -> None:
        """Nothing shown; ``text`` in its place (a hint by default)."""
        if self.document is not None:
            self.document.close()
        self._close_buffer()
        if text is None:
            text = (self.tr("The preview appears here.") if HAS_PDF else
                    self.tr("No preview: this installation lacks Qt's PDF module "
                            "(PySide6-Addons). Save the file and open it in a PDF reader."))
        self.show_message(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def load(self, data: bytes) -> bool:
        """Show ``data`` (a PDF); False if it cannot be previewed here."""
        if self.document is None or self.view is None:  # (both there or both not: HAS_PDF)
            self.clear()
            return False
        self.document.close()
        self._close_buffer()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # must outlive the document's use of it
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.clear(self.tr("The PDF could not be shown (%1).")
                       .replace("%1", str(self.document.error())))
            return False
        self.stack.setCurrentWidget(self.view)
        return True

    def page_count(self) -> int:
        if self.document is None or self.stack.currentWidget() is not self.view:
            return 0
        return self.document.pageCount()

    def _close_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def print_document(self, parent: QWidget, title: str) -> bool:
        """Ask for a printer and print every page; False if cancelled or impossible."""
        if not HAS_PRINT or self.document is None or self.page_count() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        # a dossier's title holds the captive's name: a long one cut, its level kept
        dialog.setWindowTitle(self.tr("Print %1").replace(
            "%1", in_title(title, Qt.TextElideMode.ElideMiddle)))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        print_pages(self.document, printer)
        return True


def print_pages(document: QPdfDocument, printer: QPrinter) -> None:
    """Each page rendered at the printer's resolution, fitted to its printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        dpi = printer.resolution()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(max(0, first - 1), min(document.pageCount(), last) if last else
                      document.pageCount())
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() / 72 * dpi)),
                         max(1, round(points.height() / 72 * dpi)))
            image = document.render(index, size)
            area = QRectF(printer.pageLayout().paintRectPixels(dpi))
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(QPointF(0, 0), image.size().toSizeF() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
