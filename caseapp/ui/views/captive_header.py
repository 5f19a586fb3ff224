"""The top of a captive's file (photo, names in every script, status badge, key numbers)
and the person panel of the Profile tab."""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dto import CaptiveDTO, NameDTO
from caseapp.domain.enums import NameKind, Sex
from caseapp.domain.name_display import name_record_in_script
from caseapp.ui.formats import language_text
from caseapp.ui.i18n import current_language
from caseapp.ui.labels import label, status_badge_colour, status_label
from caseapp.ui.theme import error_colour
from caseapp.ui.views.formatters import long_date, partial_date_text
from caseapp.ui.widgets.flow_layout import FlowLayout
from caseapp.ui.widgets.wrapped_name import WrappedName


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split()[:2] if part).upper() or "?"


class Avatar(QWidget):
    """The captive's photo, or their initials on a neutral disc when there is none."""

    def __init__(self, size: int = 92, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captive_photo")
        self.setFixedSize(size, size)
        self.pixmap: QPixmap | None = None
        self.initials = ""

    def set_photo(self, data: bytes | None, initials_text: str) -> None:
        self.pixmap = None
        if data:
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self.pixmap = pixmap
        self.initials = initials_text
        self.setToolTip("" if self.pixmap else self.tr("No photo on file"))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        pal = self.palette()
        if self.pixmap is not None:
            p.setClipPath(path)
            scaled = self.pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                        Qt.TransformationMode.SmoothTransformation)
            p.drawPixmap((self.width() - scaled.width()) // 2,
                         (self.height() - scaled.height()) // 2, scaled)
            p.setClipping(False)
            p.setPen(pal.color(QPalette.ColorRole.Mid))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            return
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
        p.drawPath(path)
        font = QFont(self.font())
        font.setPixelSize(int(self.height() * 0.34))
        font.setBold(True)
        p.setFont(font)
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.initials)


def name_tag(n: NameDTO) -> str:
    parts = [label(n.script)]
    language = language_text(n.language)
    if language and language.casefold() != parts[0].casefold():  # (English: "Armenian" once)
        parts.append(language)
    if n.kind is NameKind.ALIAS:
        parts.append(label(n.kind).lower())
    return " · ".join(parts)


class StatusBadge(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status_badge")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, c: CaptiveDTO) -> None:
        colour = status_badge_colour(c.status)  # under white text, in either palette
        self.setText(status_label(c.status, c.sex))  # beside the name: agreeing with it
        self.setStyleSheet(f"QLabel {{ background: {colour.name()}; color: white;"
                           " border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        since = long_date(c.status_since) if c.status_since else ""
        self.setToolTip(self.tr("Since %1").replace("%1", since) if since else "")


class CaptiveHeader(QFrame):
    back_requested = Signal()
    status_requested = Signal()
    edit_requested = Signal()
    deadlines_requested = Signal()
    dossier_requested = Signal()
    letter_requested = Signal()
    filing_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captive_header")
        self.back = QToolButton(self)
        self.back.setObjectName("back_button")
        self.back.setText(self.tr("← Captives"))
        self.back.setToolTip(self.tr("Back to the list of captives"))
        self.back.setAutoRaise(True)
        self.back.clicked.connect(self.back_requested)
        self.avatar = Avatar(parent=self)
        self.name = WrappedName(self)  # a long name wraps, three lines at most
        self.name.setObjectName("header_primary_name")
        self.primary_tag = QLabel(self)
        self.primary_tag.setObjectName("header_primary_tag")
        self.names = QLabel(self)
        self.names.setObjectName("header_names")
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.RichText)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = StatusBadge(self)
        self.facts = QLabel(self)
        self.facts.setObjectName("header_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.status_button = QPushButton(self.tr("Change status…"), self)
        self.status_button.setObjectName("change_status")
        self.status_button.clicked.connect(self.status_requested)
        self.edit_button = QPushButton(self.tr("Edit person…"), self)
        self.edit_button.setObjectName("edit_person")
        self.edit_button.clicked.connect(self.edit_requested)
        self.deadlines_button = QPushButton(self.tr("Deadlines…"), self)
        self.deadlines_button.setObjectName("captive_deadlines")
        self.deadlines_button.setToolTip(self.tr("This captive's deadlines, open and closed"))
        self.deadlines_button.clicked.connect(self.deadlines_requested)
        self.dossier_button = QPushButton(self.tr("Dossier…"), self)
        self.dossier_button.setObjectName("captive_dossier")
        self.dossier_button.setToolTip(self.tr("Print this captive's dossier: preview, save, "
                                               "print or keep it"))
        self.dossier_button.clicked.connect(self.dossier_requested)
        self.letter_button = QPushButton(self.tr("Letter…"), self)
        self.letter_button.setObjectName("captive_letter")
        self.letter_button.setToolTip(self.tr("Write a letter about this captive from a template"))
        self.letter_button.clicked.connect(self.letter_requested)
        self.filing_button = QPushButton(self.tr("Filing…"), self)
        self.filing_button.setObjectName("captive_filing")
        self.filing_button.setToolTip(self.tr("ECHR application and Rule 39 packs, UN "
                                              "submissions for this captive"))
        self.filing_button.clicked.connect(self.filing_requested)

        buttons = FlowLayout(align_right=True)  # on a second line where the width is short
        row = (self.back, self.deadlines_button, self.dossier_button, self.letter_button,
               self.filing_button, self.status_button, self.edit_button)
        for button in row[1:]:
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(buttons, 1)
        for before, after in pairwise(row):  # Tab goes left to right, as they read
            QWidget.setTabOrder(before, after)
        title = QHBoxLayout()
        title.setSpacing(12)
        title.addWidget(self.name)  # a long name wraps (WrappedName), whole in its tooltip
        title.addWidget(self.primary_tag, 0, Qt.AlignmentFlag.AlignBottom)
        title.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        title.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addLayout(title)
        text.addWidget(self.names)
        text.addWidget(self.facts)
        text.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addLayout(body)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.set_loading()

    def set_loading(self) -> None:
        self.name.setText(self.tr("Loading…"))
        self.names.clear()
        self.primary_tag.clear()
        self.facts.clear()
        self.badge.hide()
        self.avatar.set_photo(None, "")
        self.status_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self.dossier_button.setEnabled(False)
        self.letter_button.setEnabled(False)

    def set_captive(self, c: CaptiveDTO, photo: bytes | None,
                    facts: Sequence[tuple[str, str | None]]) -> None:
        # The documents' and the lists' rule (caseapp.ui.captive_names.shown_names): the
        # spelling in the interface's script when one is recorded, else the recorded Latin
        # headline spelling, else the primary name.
        latin = next((n for n in c.names if n.kind is not NameKind.ALIAS
                      and n.full_name.strip() == c.latin_name), None)
        primary = name_record_in_script(c.names, current_language()) or latin or next(
            (n for n in c.names if n.is_primary), c.names[0] if c.names else None)
        self.name.setText(primary.full_name if primary is not None else c.primary_name)
        self.primary_tag.setText(name_tag(primary) if primary else "")
        tag_colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.primary_tag.setStyleSheet(f"color: {tag_colour};")
        parts = []
        for n in c.names:
            if n is primary:
                continue
            # each spelling isolated (U+2068 … U+2069): an Arabic one keeps to its own tag
            text = html.escape(f"\u2068{n.full_name}\u2069").replace(" ", "&nbsp;")
            tag = html.escape(name_tag(n)).replace(" ", "&nbsp;")
            parts.append(f"<span>{text}</span>&nbsp;"
                         f"<span style='color:{tag_colour}; font-size:small'>{tag}</span>")
        # the line in the interface's direction, not the first spelling's (an Arabic one
        # made the whole line right-to-left, its tag at the far end)
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        self.names.setText(f"<div dir='{direction}'>" + "&nbsp;&nbsp;&nbsp; ".join(parts) + "</div>")
        self.badge.set_status(c)
        self.badge.show()
        self.facts.setText(" &nbsp;·&nbsp; ".join(
            f"<span style='color:{colour}; font-weight:bold'>{html.escape(text)}</span>" if colour
            else html.escape(text) for text, colour in facts))
        self.avatar.set_photo(photo, initials(self.name.text()))  # in the shown name's letters
        self.status_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        self.dossier_button.setEnabled(True)
        self.letter_button.setEnabled(True)


VALUE_WIDTH = 200  # a value's least width, some 30 characters: a summary reads in lines, not words


class ProfilePanel(QWidget):
    """The person, the capture and the case summary, read-only, with buttons to edit them."""

    edit_person = Signal()
    edit_case = Signal()
    choose_photo = Signal()
    remove_photo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profile_panel")
        self.values: dict[str, QLabel] = {}
        self._buttons: list[QPushButton] = []
        person = self._group(self.tr("Person and capture"), [
            ("sex", self.tr("Sex")), ("birth", self.tr("Date of birth")),
            ("birth_place", self.tr("Place of birth")), ("citizenship", self.tr("Citizenship")),
            ("category", self.tr("Category")), ("capture", self.tr("Captured")),
            ("capturing_authority", self.tr("By")),
            ("capture_circumstances", self.tr("Circumstances")),
            ("tags", self.tr("Tags")), ("sensitivity", self.tr("Sensitivity"))],
            [(self.tr("Edit…"), self.edit_person), (self.tr("Photo…"), self.choose_photo),
             (self.tr("Remove photo"), self.remove_photo)])
        self.remove_photo_button = self._buttons[-1]
        case = self._group(self.tr("Case summary and consent"), [
            ("summary", self.tr("Summary")), ("current_asks", self.tr("Current asks")),
            ("health", self.tr("Health")),
            ("consent_power_of_attorney", self.tr("Power of attorney")),
            ("consent_publicity", self.tr("Publicity")),
            ("consent_notes", self.tr("Consent notes"))],
            [(self.tr("Edit…"), self.edit_case)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(person)
        layout.addWidget(case)
        layout.addStretch(1)

    def _group(self, title: str, rows: list[tuple[str, str]],
               buttons: list[tuple[str, SignalInstance]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in rows:
            value = QLabel(box)
            value.setObjectName(f"profile_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)  # the lawyer's words, never markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(VALUE_WIDTH)
            form.addRow(caption, value)
            self.values[key] = value
        bar = QHBoxLayout()
        bar.addStretch(1)
        for text, signal in buttons:
            button = QPushButton(text, box)
            button.setAutoDefault(False)
            button.clicked.connect(signal)
            bar.addWidget(button)
            self._buttons.append(button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(bar)
        return box

    def set_captive(self, c: CaptiveDTO) -> None:
        none, yes, no = self.tr("not known"), self.tr("Yes"), self.tr("No")
        withheld = self.tr("not shown at this level")  # a travel copy's, a team clearance's
        capture = " — ".join(dict.fromkeys(  # a part not shown is said once
            p for p in (withheld if "capture" in c.withheld else partial_date_text(c.capture),
                        withheld if "capture_place" in c.withheld else c.capture_place) if p))
        texts = {
            # one way of saying a fact is not known across the profile: «неизвестно», not
            # the sex's own «Неизвестно» among the others' lower case
            "sex": none if c.sex is Sex.UNKNOWN else label(c.sex),
            "birth": partial_date_text(c.birth) or none,
            "birth_place": c.birth_place or none, "citizenship": c.citizenship or none,
            "category": label(c.category), "capture": capture or none,
            "capturing_authority": c.capturing_authority or none,
            "capture_circumstances": c.capture_circumstances or "—",
            "tags": ", ".join(c.tags) or "—", "sensitivity": label(c.sensitivity),
            "summary": c.summary or "—", "current_asks": c.current_asks or "—",
            "health": c.health or "—",
            "consent_power_of_attorney": yes if c.consent_power_of_attorney else no,
            "consent_publicity": yes if c.consent_publicity else no,
            "consent_notes": c.consent_notes or "—",
        }
        for key, text in texts.items():
            self.values[key].setText(withheld if key != "capture" and key in c.withheld else text)
        self.remove_photo_button.setEnabled(c.has_photo)

    def sizeHint(self) -> QSize:
        return QSize(420, super().sizeHint().height())


def alert_colour() -> QColor:
    return error_colour()
