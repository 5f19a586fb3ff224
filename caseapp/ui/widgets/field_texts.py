"""A field's texts for its reader: the name a screen reader says for it (from its caption,
its form row or its example text), and room to show its example or special text whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)


def name_from_caption(widget: QWidget, caption: str) -> None:
    """Give ``widget`` and the field inside it that takes the keyboard (its focus proxy, and
    that one's) ``caption`` as the name a screen reader says: a caption names only the
    widget it is the buddy of, and in a composite field (a date with its calendar, a date
    and a time, a captive picker) that is not the one the cursor is in: the date was read
    out as "edit, e.g. 30.06.1985"."""
    caption = caption.replace("&", "").rstrip(" *")
    target: QWidget | None = widget
    while target is not None:
        if not target.accessibleName():
            target.setAccessibleName(caption)
        target = target.focusProxy()


def name_from_form(form: QFormLayout) -> None:
    """Name by its row's caption each field of ``form`` a caption does not name: a box with
    a button beside it (a file and "Choose…", the row's field a layout) and a composite field
    (a date with its calendar). A screen reader said "edit" for the file of a travel copy,
    of a filing pack, of a seizure report."""
    for row in range(form.rowCount()):
        caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = caption.widget() if caption is not None else None
        if field is None or not isinstance(label, QLabel) or not label.text():
            continue
        target = field.widget()
        row_layout = field.layout()
        if target is None and row_layout is not None:
            items = (row_layout.itemAt(i) for i in range(row_layout.count()))
            target = next((w for w in (item.widget() for item in items if item is not None)
                           if w is not None), None)
        elif target is not None and target.focusProxy() is None:
            continue  # its caption is its buddy: read out already
        if target is not None:
            name_from_caption(target, label.text().rstrip(":՝ "))


def name_from_placeholder(edit: QLineEdit) -> None:
    """A search box with no caption but its example text ("Фильтр по пленному, сроку…") is
    read out by that text: it had no name at all for a screen reader."""
    if not edit.accessibleName():
        edit.setAccessibleName(edit.placeholderText().rstrip("…").strip())


# what a line edit's clear button takes from its text: the button (22 pixels under X11), 4
# pixels to the edge and a gap before the text
CLEAR_BUTTON = 28


def placeholder_whole(edit: QLineEdit) -> None:
    """``edit`` at least as wide as its example text (its placeholder), beside its frame, the
    2 pixels its text keeps on each side, its cursor and its clear button: beside a long
    caption in Armenian or Russian a form left it cut ("как в ваших докуме…"), and a layout
    short of room gave the deadlines' search box its least width, 150 pixels ("Фильтр по
    пленном…"). Call it again when the text changes (another language)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    metrics = edit.fontMetrics()
    text = metrics.horizontalAdvance(edit.placeholderText()) + 2 * 2 + 1
    if edit.isClearButtonEnabled():
        text += CLEAR_BUTTON
    margins = edit.textMargins()
    text += margins.left() + margins.right()
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                         QSize(text, metrics.height()), edit)
    edit.setMinimumWidth(size.width())


def special_text_whole(spin: QAbstractSpinBox, text: str) -> None:
    """Give ``spin`` ``text`` for its least value ("not set", "never") and room to show it
    whole: Qt sizes a spin box by its texts' advance, short of the 2 pixels its line edit
    keeps on each side and its cursor ("սահմանված չէ" lost its last letter)."""
    spin.setSpecialValueText(text)
    spin.setMinimumWidth(spin.sizeHint().width() + 2 * 2 + 1)
