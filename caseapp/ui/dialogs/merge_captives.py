"""Merge Captives…: two records of one person side by side, the value to keep chosen field by
field where they differ, what moves from the other, and the merge itself (services/
captive_merge.py) through the operations. A merge deletes the other record once its
records have moved; Edit → Undo brings both back as they were (:class:`MergeCommand`), as
long as the kept one has not been changed since."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError, NotFound
from caseapp.domain.messages import list_separator, text_of
from caseapp.services.captive_merge import (
    MergeResult,
    differences,
    field_name,
    merge_captives,
    undo_merge,
    what_moves,
)
from caseapp.services.casefile import CaseFile
from caseapp.services.merge_aside import noted
from caseapp.services.sheet_duplicates import pair_told_apart
from caseapp.services.told_apart import apart_text
from caseapp.ui.formats import fill
from caseapp.ui.literal_text import literal
from caseapp.ui.ops import captive_display_name
from caseapp.ui.session import UiContext
from caseapp.ui.theme import error_style
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.undo_commands import Dropped, Record, RecordCommand, still_there
from caseapp.ui.value_text import value_text
from caseapp.ui.widgets.focus_order import no_stop_around_fields, tab_in_order
from caseapp.ui.widgets.wrapped_name import WrappedName

VALUE_WIDTH = 200  # pixels of a value's text beside its button: the rest in its tooltip
# What moves, one plural sentence a kind of record.
MOVES = {
    # (an alias where the kept one has a name in its script; else as it was recorded)
    "captive_names": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%Ln name(s)"),
    "status_changes": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n status change(s)"),
    "detention_places": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n place(s) of detention"),
    "identity_documents": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n identity document(s)"),
    "welfare_contacts": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n welfare contact(s)"),
    "notes": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n note(s)"),
    "prosecutions": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n prosecution(s)"),
    "detention_orders": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n detention order(s)"),
    "international_proceedings": QT_TRANSLATE_NOOP("MergeCaptivesDialog",
                                                   "%n international proceeding(s)"),
    "documents": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n document(s)"),
    "deadlines": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n deadline(s)"),
    "hearings": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n hearing(s)"),
    "interventions": QT_TRANSLATE_NOOP("MergeCaptivesDialog", "%n intervention(s)"),
}


class MergeCommand(RecordCommand):
    """A merge on the undo stack: undo puts the two captives back apart (refused by the
    service, and the command dropped, once the kept one changed since); redo merges again
    with the same fields chosen. About the kept captive only: the other's own commands are
    dropped by the merge (its record is deleted)."""

    def __init__(self, action: str, result: MergeResult, take: list[str],
                 keep_own: list[str] | None = None):
        record = Record("captives", result.keep_id, action, (result.keep_id,))
        super().__init__(action, "", record, lambda _cf, _id: {}, {})
        self.result, self.take, self.keep_own = result, list(take), list(keep_own or ())
        # The two records by uid: a redo merges them only, never a captive who took the
        # number of one deleted since.
        kept_uid = result.undo.keep_columns.get("uid") if result.undo is not None else None
        self.uids = {result.keep_id: kept_uid, result.other_id: result.other_uid}

    def check(self, cf: CaseFile) -> None:
        try:
            cf.captives.get(self.result.keep_id)
        except NotFound:
            raise Dropped(QCoreApplication.translate(
                "MergeCommand", "The kept captive no longer exists.")) from None

    def undo_write(self, cf: CaseFile) -> None:
        if self.result.undo is None:
            raise Dropped(QCoreApplication.translate("MergeCommand", "It cannot be undone."))
        undo_merge(cf, self.result.undo)

    def redo_write(self, cf: CaseFile) -> None:
        for cid, uid in self.uids.items():
            if not still_there(cf, Record("captives", cid, "", (cid,), uid)):
                raise Dropped(QCoreApplication.translate(
                    "MergeCommand", "One of the two captives no longer exists."))
        self.result = merge_captives(cf, self.result.keep_id, self.result.other_id,
                                     take=self.take, keep_own=self.keep_own)


class MergeCaptivesDialog(QDialog):
    """``first_id`` is kept and ``second_id`` merged into it, until Swap turns them round."""

    merged = Signal(int, int)  # the kept captive, the one merged into it (now deleted)

    def __init__(self, ui: UiContext, first_id: int, second_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("merge_captives_dialog")
        self.setWindowTitle(self.tr("Merge Captives"))
        self.ui = ui
        self.keep_id, self.other_id = first_id, second_id
        self.merge_result: MergeResult | None = None  # (QDialog.result() is the dialog's code)
        self.groups: dict[str, QButtonGroup] = {}

        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("merge_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the names as typed, never markup
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.swap_button = QPushButton(self.tr("&Swap: keep the other one"), self)
        self.swap_button.setObjectName("merge_swap")
        self.swap_button.clicked.connect(self.swap)
        layout.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea(self)  # (QWidget.scroll() scrolls the dialog itself)
        self.scroll_area.setWidgetResizable(True)
        no_stop_around_fields(self.scroll_area)
        layout.addWidget(self.scroll_area, 1)
        self.moves = QLabel(self)
        self.moves.setObjectName("merge_moves")
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        self.moves.setWordWrap(True)
        layout.addWidget(self.moves)
        self.warning = QLabel(self)
        self.warning.setObjectName("merge_warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.error = QLabel(self)
        self.error.setObjectName("merge_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # A merge is done by a click or Alt+M, never by Enter or Space on opening: the button
        # is not in the accept role (the box would make it the default, Enter's), nor the
        # default (Cancel is), and the focus starts on the first value to choose (or on Cancel).
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("merge_do")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.fill()

    def _name(self, captive_id: int) -> str:
        return captive_display_name(self.ui.case_file, [captive_id])  # as the lists name them

    def fill(self) -> None:
        """Show the pair as it now stands: the kept one on the left."""
        cf = self.ui.case_file
        keep, other = self._name(self.keep_id), self._name(self.other_id)
        # Each named by what tells the two apart, as Likely Duplicates names them; the ids,
        # which mean nothing to a lawyer, in the tooltip.
        keep_apart, other_apart = pair_told_apart(cf.ctx, self.keep_id,
                                                  self.other_id)
        self.heading.setText(
            fill(self.tr("Keep %1 (%2) and merge %3 (%4) into them. Where the two differ, "
                    "choose the value to keep."), keep, apart_text(keep_apart), other, apart_text(other_apart)))
        self.heading.setToolTip(self.tr("Kept: ID %1. Merged: ID %2.")
                                .replace("%1", str(self.keep_id)).replace("%2", str(self.other_id)))
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        for column, title in ((1, self.tr("<b>%1 (kept)</b>")), (2, self.tr("<b>%1 (merged)</b>"))):
            name = keep if column == 1 else other
            # a long name goes on to more lines, both columns in sight, three at most (a
            # 200-letter one took ten, the values under it a strip), whole in its tooltip
            heading = WrappedName(grid_widget, heading=False, bold=True)
            heading.setObjectName(f"merge_column_{column}")
            text = QTextDocumentFragment.fromHtml(title.replace("%1", html.escape(name))).toPlainText()
            heading.setText(text)
            heading.set_tip(text)
            grid.addWidget(heading, 0, column)
            grid.setColumnStretch(column, 1)
        self.groups = {}
        diffs = differences(cf, self.keep_id, self.other_id)
        for row, d in enumerate(diffs, start=1):
            grid.addWidget(QLabel(text_of(field_name(d.field))), row, 0)  # as `caseapp merge`
            group = QButtonGroup(grid_widget)
            for column, (side, value) in enumerate((("keep", d.keep_value), ("other", d.other_value)),
                                                   start=1):
                whole = value_text(value) or self.tr("(empty)")
                button = QRadioButton(grid_widget)
                # A long text (circumstances, a summary) is cut with "…", whole in the
                # tooltip: both columns stay in sight, side by side.
                # (an "&" in the value is shown, not taken for the button's shortcut letter)
                shown = button.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight,
                                                        VALUE_WIDTH)
                button.setText(shown.replace("&", "&&"))
                button.setToolTip(literal(whole) if shown != whole else "")
                button.setObjectName(f"merge_{side}_{d.field}")
                group.addButton(button, column)  # first: checking it takes Tab from the other
                # the stricter level, the consent not given, chosen at first: nothing either
                # record kept back is shown unless the lawyer chooses it; and a value where
                # the kept one has none: no fact is lost unless she chooses so
                button.setChecked(side == d.chosen)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignLeft)  # clickable where shown
            self.groups[d.field] = group
        if not diffs:
            grid.addWidget(QLabel(self.tr("The two records agree on every field.")), 1, 0, 1, 3)
        grid.setRowStretch(len(diffs) + 2, 1)
        self.scroll_area.setWidget(grid_widget)
        # Tab from Swap to the values, then Merge: the values, made after Cancel, came last
        self._tab_through_choices()
        for group in self.groups.values():
            group.buttonToggled.connect(lambda *_: self._tab_through_choices())
        # (on the choice made in the first row: the stricter side may be chosen there)
        chosen = next((g.checkedButton() for g in self.groups.values() if g.checkedButton()), None)
        (chosen or self.cancel_button).setFocus(Qt.FocusReason.OtherFocusReason)
        counts = what_moves(cf, self.keep_id, self.other_id)
        parts = [self.tr(MOVES[k], "", n) for k, n in counts.items() if k in MOVES and n]
        self.moves.setText(fill(self.tr("Moves to %1: %2."),
                                keep, list_separator().join(parts) if parts else self.tr("nothing")))
        warning = self.tr("The record of %1 is deleted once everything recorded about them has "
                          "moved. Edit → Undo brings both back as they were.").replace("%1", other)
        if any(d.stricter for d in diffs):  # why a value of the merged record is chosen
            warning = self.tr("Where the two differ on the level or a consent, the stricter is "
                              "chosen at first, so that the merge shows nothing either record "
                              "kept back.") + "\n" + warning
        if any(noted(d.field, d.keep_value, d.other_value) for d in diffs):  # where the
            # other's value not chosen goes
            warning = self.tr("Where both records hold a value, the one not chosen is kept in "
                              "a note of the kept record.") + "\n" + warning
        if any(d.filled for d in diffs):  # why an empty field takes the merged record's value
            warning = self.tr("Where the kept record has no value, the merged one's is chosen "
                              "at first, so that no fact recorded on either is lost.") + "\n" + warning
        self.warning.setText(warning)
        self.error.hide()

    def _tab_through_choices(self) -> None:
        """Tab from Swap through the rows, each at its choice made: Qt stops once in a group
        of choices, at the first of its buttons in the Tab order, so the one chosen goes
        first (the stricter side, chosen at first, was passed over for the other)."""
        tab_in_order(self.swap_button, *(b for group in self.groups.values()
                                         for b in sorted(group.buttons(),
                                                         key=lambda b: not b.isChecked())))

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.fill()

    def taken(self) -> list[str]:
        """The fields whose merged-in value was chosen."""
        return [f for f, g in self.groups.items() if g.checkedId() == 2]

    def kept_own(self) -> list[str]:
        """The fields whose kept value was chosen (a laxer level or consent too)."""
        return [f for f, g in self.groups.items() if g.checkedId() == 1]

    def merge(self) -> None:
        keep, other = self._name(self.keep_id), self._name(self.other_id)
        keep_id, other_id, take, own = self.keep_id, self.other_id, self.taken(), self.kept_own()
        case_file = self.ui.case_file
        try:
            self.merge_result = self.ui.ops.write(
                lambda cf: merge_captives(cf, keep_id, other_id, take=take, keep_own=own))
        except CaseAppError as exc:
            self.error.setText(self.tr("Nothing was merged: %1").replace("%1", str(exc)))
            self.error.show()
            return
        self.ui.ops.forget("captives", other_id, other)
        action = fill(self.tr("Merge %1 into %2"), other, keep)
        self.ui.ops.push(case_file, MergeCommand(action, self.merge_result, take, own))
        self.merged.emit(keep_id, other_id)
        self.ui.ops.message.emit(fill(self.tr("Merged %1 into %2."), other, keep))
        self.accept()
