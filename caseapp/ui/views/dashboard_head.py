"""The head of the dashboard, above its lists: a tile per status with its count, and the
first-run checklist (:class:`FirstStepsPanel`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.overview import FirstSteps
from caseapp.ui.i18n import plural
from caseapp.ui.labels import label, status_colour
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP
from caseapp.ui.views.formatters import number
from caseapp.ui.widgets.flow_layout import FlowLayout

# What a tile says of its count: a sentence with the count, so that each language agrees its
# words with the number ("1 осуждён", "2 осуждены", "21 осуждён"); the count is shown large
# above the rest of it.
TILE_TEXTS = {
    CaptiveStatus.MISSING: QT_TRANSLATE_NOOP("StatusCard", "%Ln missing"),
    CaptiveStatus.HELD: QT_TRANSLATE_NOOP("StatusCard", "%Ln held, no charges known"),
    CaptiveStatus.PRE_TRIAL: QT_TRANSLATE_NOOP("StatusCard", "%Ln in pre-trial detention"),
    CaptiveStatus.ON_TRIAL: QT_TRANSLATE_NOOP("StatusCard", "%Ln on trial"),
    CaptiveStatus.CONVICTED: QT_TRANSLATE_NOOP("StatusCard", "%Ln convicted"),
    CaptiveStatus.RELEASED: QT_TRANSLATE_NOOP("StatusCard", "%Ln released"),
    CaptiveStatus.REPATRIATED: QT_TRANSLATE_NOOP("StatusCard", "%Ln repatriated"),
    CaptiveStatus.DECEASED: QT_TRANSLATE_NOOP("StatusCard", "%Ln deceased"),
    CaptiveStatus.WITHHELD: QT_TRANSLATE_NOOP("StatusCard", "%Ln not shown at this level"),
}


def tile_text(status: CaptiveStatus, n: int) -> tuple[str, str]:
    """The count and the words after it, in the interface's language ("5", "осуждены")."""
    sentence = plural(QCoreApplication.translate("StatusCard", TILE_TEXTS[status], "", n), n)
    count = number(n)
    before, found, after = sentence.partition(count)
    return count, (f"{before.strip()} {after.strip()}".strip() if found else sentence)


class StatusCard(QFrame):
    def __init__(self, status: CaptiveStatus, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"card_{status.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = status_colour(status, self.palette().window().color()).name()
        self.setStyleSheet(f"#card_{status.value} {{ border-left: 6px solid {colour}; "
                           "border-radius: 4px; }")
        self.count = QLabel("–", self)
        self.count.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.caption = QLabel(label(status), self)  # until the count is known
        self.caption.setWordWrap(True)
        # the words beside the count, not under it: two rows of tiles take some 60 pixels
        # less, which the lists below need at 1024×768
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(110)  # four in a row fit beside the sidebar at 1024 px

    def show_count(self, n: int) -> None:
        count, words = tile_text(self.status, n)
        self.count.setText(count)
        self.caption.setText(words)
        self.setAccessibleName(f"{count} {words}")


class FirstStepsPanel(QGroupBox):
    """The first-run checklist: each step a button that does it, ticked once the case file
    shows it done (a captive recorded, the procedure and a custody maximum set, the lawyer's
    name given). Hidden once every step is done."""

    requested = Signal(str)  # the id of the action that does the step (caseapp.ui.actions)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("First steps"), parent)
        self.setObjectName("first_steps")
        intro = QLabel(self.tr("Three things to set up in this case file before the work starts."), self)
        intro.setWordWrap(True)
        hide = QPushButton(self.tr("Hide this list"), self)
        hide.setObjectName("first_steps_hide")
        hide.setFlat(True)
        hide.setToolTip(self.tr("Hide the first steps in this case file; the menus do the same"))
        hide.clicked.connect(self.dismissed)
        head = QHBoxLayout()
        head.addWidget(intro, 1)
        head.addWidget(hide)
        steps = FlowLayout()  # side by side, on more lines where the width is short
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(steps)
        self.ticks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.rows: dict[str, QWidget] = {}
        for step, text, tip in (
                ("new_captive", self.tr("Add your first captive"),
                 self.tr("Names in every spelling and script, status, capture, place of detention")),
                ("deadline_settings", self.tr("Set your procedure and custody maxima"),
                 self.tr("Whose criminal procedure the deadlines follow, and the longest custody the law "
                         "allows")),
                ("lawyer_details", self.tr("Set your lawyer's details"),
                 self.tr("Who signs letters and authors dossiers"))):
            tick = QLabel(self)
            tick.setFixedSize(20, 20)
            button = QPushButton(text, self)
            button.setObjectName(f"first_step_{step}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, a=step: self.requested.emit(a))
            step_widget = QWidget(self)
            row = QHBoxLayout(step_widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(tick)
            row.addWidget(button)
            steps.addWidget(step_widget)
            self.ticks[step], self.buttons[step] = tick, button
            self.rows[step] = step_widget
        self.done: dict[str, bool] = {}
        self._followed: dict[str, tuple[QAction, str]] = {}  # step: its command, its own tip

    def follow(self, step: str, action: QAction) -> None:
        """Keep the step's button enabled as its command is (a team login below internal
        clearance, a file open read-only: disabled, the command's reason as its tip). (A
        method of the panel: the connection goes with it, the window's command stays.)"""
        self._followed[step] = (action, self.buttons[step].toolTip())
        action.changed.connect(self._follow_commands)
        self._follow_commands()

    def _follow_commands(self) -> None:
        for step, (action, tip) in self._followed.items():
            self.buttons[step].setEnabled(action.isEnabled())
            self.buttons[step].setToolTip(tip if action.isEnabled() else action.toolTip())

    def show_steps(self, steps: FirstSteps) -> None:
        self.done = {"new_captive": steps.captive_added, "deadline_settings": steps.procedure_set,
                     "lawyer_details": steps.lawyer_set}
        style = self.style()
        for step, done in self.done.items():
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton if done
                                      else QStyle.StandardPixmap.SP_ArrowRight)
            self.ticks[step].setPixmap(icon.pixmap(18, 18))
            self.ticks[step].setToolTip(self.tr("Done") if done else self.tr("To do"))
            self.ticks[step].setAccessibleName(self.tr("Done") if done else self.tr("To do"))
            font = self.buttons[step].font()
            font.setStrikeOut(done)
            self.buttons[step].setFont(font)
            # a step done leaves the list while others remain: the Armenian buttons took three
            # lines at 1024×768, height the recent changes below needed
            self.rows[step].setVisible(not done)
        self.setVisible(not steps.done)

