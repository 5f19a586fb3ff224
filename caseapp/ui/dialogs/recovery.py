"""Passphrase recovery by colleagues: setting it up (the shares shown one at a time and
printed, never saved) and recovering a lost passphrase with enough shares.

The printed pages are made in memory and go to the printer dialog only; printing to a file
is refused, since a PDF of the shares would lie on the disk unencrypted.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError
from caseapp.services import recovery
from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.passphrase import NewPassphraseFields
from caseapp.ui.theme import error_style
from caseapp.ui.widgets.screen_room import resize_within_screen
from caseapp.ui.widgets.text_heights import tall_enough

SHARE_LINES = 5  # a share's box shows this many lines


class SharesArea(QScrollArea):
    """The shares' boxes, scrolling. A box reached with Tab is brought whole into sight: the
    scroll area brings only the line of its cursor, and a box's last lines stayed below the
    edge."""

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        edit, shares = self.window().focusWidget(), self.widget()
        if isinstance(edit, QPlainTextEdit) and shares is not None and shares.isAncestorOf(edit):
            centre = edit.mapTo(shares, edit.rect().center())
            self.ensureVisible(centre.x(), centre.y(), 0, edit.height() // 2 + 2)
        return moved


def qr_image(words: str, scale: int = 6) -> QImage:
    """The share as a QR code, made in memory."""
    import segno

    buffer = io.BytesIO()
    segno.make(words, error="m").save(buffer, kind="png", scale=scale, border=2)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")  # (the stubs type fromData's format as bytes, which Qt refuses)
    return image


def words_table(words: str, style: str = "") -> str:
    """The share's words numbered, five to a row (HTML, escaped)."""
    items = words.split()
    rows = []
    for start in range(0, len(items), 5):
        cells = "".join(f"<td style='padding: 2px 12px 2px 0'>{start + i + 1}. "
                        f"<b>{html.escape(w)}</b></td>" for i, w in enumerate(items[start:start + 5]))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table style='{style}'>" + "".join(rows) + "</table>"


class RecoverySetupDialog(QDialog):
    """Choose how many colleagues get a share and how many open the file, then show and
    print each share."""

    def __init__(self, case_file: CaseFile, parent: QWidget | None = None, *,
                 prepare: Callable[[], object] = lambda: None):
        super().__init__(parent)
        self.setObjectName("recovery_setup")
        self.setWindowTitle(self.tr("Set up passphrase recovery"))
        self.case_file = case_file
        self.prepare = prepare
        self.shares: recovery.RecoveryShares | None = None
        self.index = 0
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._share_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(620)

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        current = recovery.status(self.case_file.db.path) if self.case_file.db.path else None
        text = self.tr(
            "If the passphrase is lost, trusted colleagues can open the case file together: "
            "each gets one share (a list of 20 words, printed), and any chosen number of "
            "shares set a new passphrase. Fewer shares reveal nothing. Anyone who has that "
            "many shares and a copy of the case file can read it: choose people who will not "
            "act together against you, and keep the shares away from the computer.")
        if current is not None:
            text += "\n\n" + self.tr("Recovery is set up already (%1 of %2 shares). New shares "
                                     "replace them: the old ones will no longer open this "
                                     "file.").replace("%1", str(current.threshold)).replace(
                "%2", str(current.shares))
        intro = QLabel(text, page)
        intro.setWordWrap(True)
        self.count = QSpinBox(page)
        self.count.setObjectName("recovery_shares")
        self.count.setRange(2, recovery.MAX_SHARES)
        self.count.setValue(5)
        self.threshold = QSpinBox(page)
        self.threshold.setObjectName("recovery_threshold")
        self.threshold.setRange(2, 5)
        self.threshold.setValue(3)
        self.count.valueChanged.connect(self.threshold.setMaximum)
        form = QFormLayout()
        form.addRow(self.tr("Shares (one per colleague)"), self.count)
        form.addRow(self.tr("Shares needed to open the file"), self.threshold)
        self.error = QLabel(page)
        self.error.setObjectName("recovery_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, page)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Make the shares"))
        buttons.accepted.connect(self.make_shares)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(page)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        return page

    def _share_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = QLabel(page)
        self.heading.setObjectName("share_heading")
        self.words = QLabel(page)
        self.words.setObjectName("share_words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.qr = QLabel(page)
        self.qr.setObjectName("share_qr")
        note = QLabel(self.tr(
            "Show each colleague only their own share, or print them all and hand out the "
            "pages. CaseApp keeps no copy: once this window is closed the shares cannot be "
            "shown again (make new ones instead). Printing goes to a printer only; a PDF "
            "file would leave the shares on the disk unencrypted."), page)
        note.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("Previous share"), page)
        self.next_button = QPushButton(self.tr("Next share"), page)
        self.print_button = QPushButton(self.tr("Print all shares…"), page)
        self.close_button = QPushButton(self.tr("Close"), page)
        self.previous_button.clicked.connect(lambda: self.show_share(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_share(self.index + 1))
        self.print_button.clicked.connect(self.print_shares)
        self.close_button.clicked.connect(self.accept)
        self.print_error = QLabel(page)
        self.print_error.setObjectName("print_error")
        self.print_error.setWordWrap(True)
        self.print_error.setStyleSheet(error_style())
        row = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.print_button,
                       self.close_button):
            row.addWidget(button)
        box = QVBoxLayout(page)
        box.addWidget(self.heading)
        box.addWidget(self.words)
        box.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(note)
        box.addWidget(self.print_error)
        box.addLayout(row)
        return page

    def make_shares(self) -> None:
        self.create_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.prepare()
            self.shares = recovery.set_up(self.case_file.db, shares=self.count.value(),
                                          threshold=self.threshold.value())
        except CaseAppError as exc:
            self.error.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.create_button.setEnabled(True)
        self.pages.setCurrentIndex(1)
        self.show_share(0)
        self.next_button.setFocus()
        try:  # the shares exist now: a failure to note it must not hide them
            self.case_file.log_event("recovery set up",
                                     f"{self.threshold.value()} of {self.count.value()} shares")
        except CaseAppError as exc:
            self.print_error.setText(str(exc))

    def show_share(self, index: int) -> None:
        assert self.shares is not None
        total = len(self.shares.words)
        self.index = max(0, min(total - 1, index))
        self.heading.setText(self.tr("Share %1 of %2: any %3 of the %2 open the case file.")
                             .replace("%1", str(self.index + 1)).replace("%2", str(total))
                             .replace("%3", str(self.shares.threshold)))
        self.words.setText(words_table(self.shares.words[self.index]))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(self.shares.words[self.index], 4)))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)

    def document(self) -> QTextDocument:
        """Every share on a page of its own, made in memory."""
        assert self.shares is not None
        doc = QTextDocument(self)
        total = len(self.shares.words)
        parts = []
        for n, words in enumerate(self.shares.words, start=1):
            name = f"qr{n}.png"
            doc.addResource(QTextDocument.ResourceType.ImageResource, name, qr_image(words))
            title = self.tr("CaseApp passphrase recovery: share %1 of %2").replace(
                "%1", str(n)).replace("%2", str(total))
            rule = self.tr("Any %1 of the %2 shares together open the case file and set a new "
                           "passphrase. Keep this page somewhere safe, away from the computer; "
                           "do not copy, photograph or type it anywhere except into CaseApp "
                           "when asked to recover the passphrase.").replace(
                "%1", str(self.shares.threshold)).replace("%2", str(total))
            brk = " style='page-break-before: always'" if n > 1 else ""
            parts.append(f"<h2{brk}>{html.escape(title)}</h2><p>{html.escape(rule)}</p>"
                         f"{words_table(words, 'font-size: 14pt')}<p><img src='{name}'></p>")
        doc.setHtml("".join(parts))
        return doc

    def print_shares(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
            self.print_error.setText(self.tr(
                "Nothing was printed: printing to a file would leave the shares on the disk "
                "unencrypted. Choose a printer."))
            return
        self.print_error.clear()
        self.document().print_(printer)


class RecoverPassphraseDialog(QDialog):
    """Type enough colleagues' shares and a new passphrase for a case file whose passphrase
    is lost."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recover_passphrase")
        self.setWindowTitle(self.tr("Recover a lost passphrase"))
        self.path = Path(path)
        self.status = recovery.status(self.path)
        assert self.status is not None, "only for a file with recovery set up"
        intro = QLabel(self.tr("Type the words of %1 different shares of %2, one share in "
                               "each box, then choose a new passphrase. The old passphrase "
                               "stops working; the shares keep working until recovery is set "
                               "up again.").replace("%1", str(self.status.threshold))
                       .replace("%2", self.path.name), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # the shares' boxes scroll: one for each share needed (up to 16) ran the dialog, its
        # new passphrase and its button, past the bottom of the screen
        shares = QWidget(self)
        form = QFormLayout(shares)
        form.setContentsMargins(0, 0, 0, 0)
        self.share_edits: list[QPlainTextEdit] = []
        for n in range(1, self.status.threshold + 1):
            edit = QPlainTextEdit(shares)
            edit.setObjectName(f"share_{n}")
            edit.setTabChangesFocus(True)
            # a share whole at the dialog's width, in a large font too (64 pixels showed
            # three lines of it, its last words out of sight)
            edit.setFixedHeight(tall_enough(edit, SHARE_LINES, most=SHARE_LINES))
            form.addRow(self.tr("Share %1").replace("%1", str(n)), edit)
            self.share_edits.append(edit)
        area = SharesArea(self)
        area.setObjectName("recover_shares")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(shares)
        layout.addWidget(area, 1)

        self.fields = NewPassphraseFields(self, label=self.tr("New passphrase"))
        layout.addWidget(self.fields)
        self.error = QLabel(self)
        self.error.setObjectName("recover_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Set the new passphrase"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        resize_within_screen(self, 620, self.sizeHint().height())
        self.new_passphrase: str | None = None

    def apply(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new = self.fields.checked()
            recovery.recover(self.path, [e.toPlainText() for e in self.share_edits], new,
                             self.fields.repeat.text())
        except CaseAppError as exc:
            self.error.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        for edit in self.share_edits:
            edit.clear()
        self.new_passphrase = new
        self.fields.clear()
        self.accept()
