"""Help → About CaseApp: the version, CaseApp's own licence (GPL-3.0-or-later) in a
paragraph, Qt's and PySide6's LGPL-3.0 terms (where those libraries are and how to put
one's own build in their place) and, in a scrollable pane, the third-party notices: the
bundle's THIRD-PARTY-NOTICES.txt, or when run from source the installed runtime packages
as their metadata describe them (caseapp/notices.py)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp import __version__, notices
from caseapp.resources import resource
from caseapp.ui.widgets.screen_room import resize_within_screen


def qt_folder() -> str:
    """Where the Qt and PySide6 libraries this CaseApp loads are: in the bundle
    ``_internal/PySide6``, from source the PySide6 package of the Python environment."""
    return str(resource().parent.joinpath("PySide6") if notices.bundled_notices() is not None
               else PySide6.__path__[0])


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About CaseApp"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        qt, pyside = notices.qt_versions()

        title = QLabel(self.tr("CaseApp %1").replace("%1", __version__), self)
        title.setObjectName("about_version")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        purpose = QLabel(self.tr("Case files of captives and detainees held abroad."), self)

        licence = self._paragraph("about_licence", self.tr(
            "CaseApp is free software under the GNU General Public License, version 3 or (at "
            "your option) any later version (%1). You may run it for any purpose, study and "
            "change it, and give copies to others, changed or not, as long as you pass on the "
            "same freedoms and the source code with them. It comes with no warranty. The "
            "licence's full text is the file LICENSE of the source code and %2.")
            .replace("%1", notices.APP_LICENCE).replace("%2", "https://www.gnu.org/licenses/gpl-3.0.html"))
        lgpl = self._paragraph("about_lgpl", self.tr(
            "Qt %1 and PySide6 %2 are used under the GNU Lesser General Public License, "
            "version 3 (LGPL-3.0), as shared libraries that CaseApp loads when it starts. They "
            "are in %3. You may replace them with your own build of the same versions, with "
            "the same file names; their source code is at %4 and %5.")
            .replace("%1", qt).replace("%2", pyside).replace("%3", qt_folder())
            .replace("%4", notices.QT_SOURCES[0]).replace("%5", notices.QT_SOURCES[1]))

        heading = QLabel(self.tr("&Third-party notices:"), self)
        self.notices = QPlainTextEdit(self)
        self.notices.setObjectName("about_notices")
        self.notices.setReadOnly(True)
        self.notices.setTabChangesFocus(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setPlainText(notices.third_party_notices(__version__))
        heading.setBuddy(self.notices)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (title, purpose, licence, lgpl, heading):
            layout.addWidget(widget)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 620)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _paragraph(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
