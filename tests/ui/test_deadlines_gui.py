"""Deadlines in the desktop app: a detention order entered in the captive's file sets off
its deadlines and the clock; the dashboard warns; the Deadlines view closes, dismisses and
snoozes; the calculator adds a rule's deadline; reminders reach the user without a tray."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import NotFound
from caseapp.services.deadline_rows import Group
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.deadline_note import DeadlineNoteDialog
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER
from caseapp.ui.dialogs.rule_calculator import RuleCalculator
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.views.captive_file import CaptiveFileView
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.deadlines import DeadlinesView
from caseapp.ui.widgets.captive_picker import CaptivePicker, CaptiveSource

WAIT = 10000


def save(qtbot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.fixture
def new_captive(ui) -> int:
    return ui.case_file.captives.create(names=["Sahakyan Davit"], capture="2026-10-28",
                                        status="pre_trial").id


def test_an_order_entered_in_the_file_sets_off_deadlines_clock_and_warning(qtbot, ui, new_captive):
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(new_captive)
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)

    dialog = dlg.make_add_dialog(ui, DETENTION_ORDER, captive_id=new_captive, file=page.file,
                                 parent=page)
    qtbot.addWidget(dialog)
    dialog.widgets["start_date"].edit.setText("2026-11-01")
    dialog.widgets["term_months"].setValue(1)
    dialog.widgets["term_days"].setValue(0)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()

    rules = {d.rule_id: d for d in ui.case_file.deadlines.list(captive_id=new_captive)}
    assert rules["az.detention.expiry"].due_on == date(2026, 12, 1)
    assert "az.detention.extension_request" in rules
    # The clock in the header: the order's expiry and the days left.
    qtbot.waitUntil(lambda: bool(page.file and page.file.detention_orders), timeout=WAIT)
    assert page.clock.days_left == 4
    # The expiry, 1 December 2026, in CaseApp's English long form (the tests run in English).
    assert "1 December 2026" in page.header.facts.text() and "4 days" in page.header.facts.text()
    assert page.clock.expiring_without_hearing

    board = DashboardView(ui)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.attention.count() > 0, timeout=WAIT)
    texts = [board.attention.item(i).text() for i in range(board.attention.count())]
    assert any("Sahakyan Davit" in t and "no hearing is recorded" in t for t in texts), texts


@pytest.fixture
def view(qtbot, ui):
    page = DeadlinesView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    return page


def shown(view: DeadlinesView) -> list:
    return [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(view.proxy.rowCount())]


def test_the_view_groups_and_filters(view: DeadlinesView, ui) -> None:
    open_rows = shown(view)
    assert open_rows and all(r.group not in (Group.CLOSED, Group.SNOOZED) for r in open_rows)
    assert "this week" in view.summary.text()
    view.set_group_filter(Group.THIS_WEEK.value)
    assert {r.group for r in shown(view)} == {Group.THIS_WEEK}
    view.set_group_filter("@all")
    assert len(shown(view)) == len(view.rows) > len(open_rows)  # closed ones too
    view.set_group_filter("@open")
    view.body.setCurrentIndex(view.body.findData("Azerbaijan"))
    assert shown(view) and {r.body for r in shown(view)} == {"Azerbaijan"}
    view.body.setCurrentIndex(0)
    someone = open_rows[0].deadline.captive_id
    view.set_captive_filter(someone, "x")
    assert {r.deadline.captive_id for r in shown(view)} == {someone}


def note_dialog(qtbot, view: DeadlinesView) -> DeadlineNoteDialog:
    qtbot.waitUntil(lambda: view.findChild(DeadlineNoteDialog) is not None
                    and view.findChild(DeadlineNoteDialog).isVisible(), timeout=WAIT)
    return view.findChild(DeadlineNoteDialog)


def confirm_with_note(qtbot, view: DeadlinesView, note: str) -> None:
    """Type the note in the dialog the button opened and confirm with its button."""
    dialog = note_dialog(qtbot, view)
    qtbot.keyClicks(dialog.note, note)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=WAIT)


def test_done_dismiss_and_snooze(qtbot, view: DeadlinesView, ui, monkeypatch) -> None:
    first = shown(view)[0].deadline
    view.select_deadline(first.id)
    qtbot.mouseClick(view.buttons["done"], Qt.MouseButton.LeftButton)
    # Confirming without a note is refused in the dialog, which stays open.
    dialog = note_dialog(qtbot, view)
    assert first.title in dialog.question.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert ui.case_file.deadlines.get(first.id).status is DeadlineStatus.OPEN
    confirm_with_note(qtbot, view, "Appeal lodged in person")
    closed = ui.case_file.deadlines.get(first.id)
    assert (closed.status, closed.status_reason) == (DeadlineStatus.DONE, "Appeal lodged in person")
    trail = ui.case_file.audit.for_record(closed.uid)
    assert [(e.actor, e.field, e.new_value) for e in trail[-2:]] == [
        ("tester", "status", "done"), ("tester", "status_reason", "Appeal lodged in person")]
    qtbot.waitUntil(lambda: first.id not in {r.deadline.id for r in shown(view)}, timeout=WAIT)

    # Dismiss: the same confirmation with the reason.
    second = shown(view)[0].deadline
    view.select_deadline(second.id)
    qtbot.mouseClick(view.buttons["dismiss"], Qt.MouseButton.LeftButton)
    dialog = note_dialog(qtbot, view)
    qtbot.keyClicks(dialog.note, "Handled by the co-counsel.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.case_file.deadlines.get(second.id).status
                    is DeadlineStatus.DISMISSED, timeout=WAIT)
    dismissed = ui.case_file.deadlines.get(second.id)
    assert dismissed.status is DeadlineStatus.DISMISSED
    assert dismissed.status_reason == "Handled by the co-counsel."

    qtbot.waitUntil(lambda: second.id not in {r.deadline.id for r in shown(view)}, timeout=WAIT)
    third = shown(view)[0].deadline
    view.select_deadline(third.id)
    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", accept_as_shown(qtbot))
    view.snooze()  # the dialog proposes a later day; saved as proposed
    due = ui.case_file.reminders.due(365)  # the reminders' list: snoozed ones left out
    assert due and third.id not in {r.deadline.id for r in due}


def accept_as_shown(qtbot):
    def run(dialog: RecordDialog):
        save(qtbot, dialog)
        return dialog.result_value if dialog.result() == QDialog.DialogCode.Accepted else None
    return run


def test_cancelling_the_note_changes_nothing(qtbot, view: DeadlinesView, ui) -> None:
    first = shown(view)[0].deadline
    view.select_deadline(first.id)
    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    dialog = note_dialog(qtbot, view)
    qtbot.keyClicks(dialog.note, "changed my mind")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT)
    assert ui.case_file.deadlines.get(first.id).status is first.status  # still there


def test_deleting_asks_for_a_note_kept_in_the_audit_trail(qtbot, view: DeadlinesView, ui) -> None:
    row = next(r for r in shown(view) if r.deadline.captive_id)
    view.select_deadline(row.deadline.id)
    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    confirm_with_note(qtbot, view, "Entered twice by mistake")
    with pytest.raises(NotFound):
        ui.case_file.deadlines.get(row.deadline.id)
    last = ui.case_file.audit.for_record(row.deadline.uid)[-1]
    assert (last.actor, last.action.value, last.field, last.new_value) == (
        "tester", "delete", "note", "Entered twice by mistake")


def pick(qtbot, picker: CaptivePicker, text: str, wanted: int) -> None:
    """Type part of a name into the picker's search field and take ``wanted`` with Down
    and Enter, as the lawyer does."""
    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, text)
    ids = lambda: [picker.results.item(i).data(Qt.ItemDataRole.UserRole)  # noqa: E731
                   for i in range(picker.results.count())]
    qtbot.waitUntil(lambda: picker.search.text() == text and wanted in ids(), timeout=WAIT)
    for _ in range(ids().index(wanted) - picker.results.currentRow()):
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_add_by_hand_finds_the_captive_by_name(qtbot, view: DeadlinesView, ui,
                                                monkeypatch) -> None:
    cf = ui.case_file
    owner = next(d.captive_id for d in cf.documents.list() if d.captive_id is not None)
    # Recorded in Armenian script only; found by the Latin spelling the lawyer types.
    other = cf.captives.create(names=["Արամ Գասպարյան"], status="pre_trial").id
    view.set_captive_filter(owner, "x")
    seen: dict = {}

    def run(dialog: RecordDialog):
        qtbot.addWidget(dialog)
        dialog.show()
        picker, documents = dialog.widgets["captive_id"], dialog.widgets["document_id"]
        assert isinstance(picker, CaptivePicker)
        seen["first"] = (picker.value(), documents.isEnabled(), documents.count())
        pick(qtbot, picker, "Gasparyan", other)
        # Another captive: the filtered captive's documents are no longer offered.
        seen["then"] = (picker.value(), documents.isEnabled(), documents.value())
        dialog.widgets["title"].setText("Ask for the court record")
        return accept_as_shown(qtbot)(dialog)

    monkeypatch.setattr("caseapp.ui.views.deadline_actions.run_dialog", run)
    qtbot.mouseClick(view.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "then" in seen, timeout=WAIT)
    assert seen["first"][:2] == (owner, True) and seen["first"][2] > 1  # "(none)" + documents
    assert seen["then"] == (other, False, None)
    qtbot.waitUntil(lambda: any(d.title == "Ask for the court record"
                                for d in cf.deadlines.list(captive_id=other)), timeout=WAIT)
    [made] = [d for d in cf.deadlines.list(captive_id=other)
              if d.title == "Ask for the court record"]
    assert made.due_on == date(2026, 12, 4)  # a week after the tests' today, 2026-11-27
    assert made.document_id is None


def test_calculator_computes_and_adds(qtbot, ui, new_captive) -> None:
    added: list[tuple] = []

    def add(cid, rid, trigger, params):
        added.append((cid, rid, trigger, params))
        ui.case_file.deadline_engine.from_rule(captive_id=cid, rule_id=rid, trigger=trigger,
                                               params=params)

    # Another captive whose file is not open; the calculator's captive is found by name.
    other = ui.case_file.captives.create(names=["Վարդան Պետրոսյան", "Вардан Петросян"],
                                         status="pre_trial").id
    calc = RuleCalculator(ui.case_file.rule_set, ui.today(),
                          CaptiveSource(ui, suggested=[new_captive]),
                          captive_id=new_captive, add=add)
    qtbot.addWidget(calc)
    calc.show()
    assert calc.captive is not None and calc.captive.value() == new_captive
    calc.set_rule("az.verdict.appeal")
    calc.trigger.setDate(date(2026, 11, 20))
    assert "10 Dec 2026" in calc.result_text.toPlainText()  # 20 November + 20 days, as the interface writes it
    assert "AZ CCrP Art. 384" in calc.result_text.toPlainText()
    calc.set_rule("generic.follow_up")
    calc.params["days"].setValue(10)
    assert "30 Nov 2026" in calc.result_text.toPlainText()
    calc.set_rule("echr.rule39")
    assert calc.use_time.isChecked()  # a rule with a cut-off time asks for the time
    calc.set_rule("az.verdict.appeal")
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    assert added and added[0][:2] == (new_captive, "az.verdict.appeal")
    [made] = [d for d in ui.case_file.deadlines.list(captive_id=new_captive)
              if d.rule_id == "az.verdict.appeal"]
    assert made.due_on == date(2026, 12, 10) and made.trigger_kind == "manual"

    # The same result added to someone else, picked by typing a Latin spelling.
    calc.show()
    pick(qtbot, calc.captive, "Petrosyan Vardan", other)
    assert calc.captive.value() == other and calc.add_button.isEnabled()
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    assert added[-1][:2] == (other, "az.verdict.appeal")
    [theirs] = [d for d in ui.case_file.deadlines.list(captive_id=other)
                if d.rule_id == "az.verdict.appeal"]
    assert theirs.due_on == date(2026, 12, 10)  # the same rule and verdict day as above


def test_calculator_without_a_captive_cannot_add(qtbot, ui) -> None:
    calc = RuleCalculator(ui.case_file.rule_set, ui.today(), CaptiveSource(ui), add=print)
    qtbot.addWidget(calc)
    calc.set_rule("az.verdict.appeal")
    assert calc.results and calc.captive is not None and calc.captive.value() is None
    assert not calc.add_button.isEnabled()  # a result, but no one to add it to


def test_reminders_fall_back_to_a_banner_without_a_tray(qtbot, ui) -> None:
    from PySide6.QtWidgets import QWidget

    cid = ui.case_file.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    ui.case_file.deadlines.create(captive_id=cid, title="File the appeal", due_on="2026-11-25")
    ui.case_file.deadlines.create(captive_id=cid, title="Call the ICRC", due_on="2026-11-27")
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    window.show()
    notifier.start(ui)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert not notifier.uses_tray
    text = banner.text.text()
    assert "1 deadline overdue" in text and "1 due today" in text and "File the appeal" in text
    banner.hide()
    answers: list[object] = []
    announce = notifier.announce
    notifier.announce = lambda alerts, names=None, **day: (  # type: ignore[method-assign]
        answers.append(alerts), announce(alerts, names, **day))
    notifier.check()  # nothing new since: the banner stays hidden
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)  # the answer came and was handled
    assert not banner.isVisible()
    notifier.start(None)


def test_settings_change_the_clock_and_show_rule_problems(qtbot, tmp_path, ui) -> None:
    from caseapp.domain.rule_files import load_rules
    from caseapp.ui.dialogs.deadline_settings import DeadlineSettingsDialog

    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.toml").write_text('[[rules]]\nid = "my.rule"\n', "utf-8")
    rules = load_rules(tmp_path / "rules")
    dialog = DeadlineSettingsDialog(ui, rule_set=rules)
    qtbot.addWidget(dialog)
    assert "mine.toml" in dialog.problems.text() and "my.rule" in dialog.problems.text()
    assert dialog.maximum.text() == "not set"
    dialog.maximum.setValue(365)
    dialog.welfare.setValue(10)
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData("am"))
    dialog.accept()
    engine = ui.case_file.deadline_engine  # reads the case settings the dialog wrote
    assert engine.clock_settings.statutory_max_days == 365
    assert engine.clock_settings.welfare_threshold_days == 10
    assert [r.id for r in engine.rules_for("verdict")] == ["am.verdict.appeal"]


def test_marking_done_is_an_undoable_step_naming_the_captive(qtbot, view: DeadlinesView, ui) -> None:
    row = next(r for r in shown(view) if r.deadline.captive_id)
    deadline = row.deadline
    name = ui.case_file.captives.get(deadline.captive_id).latin_name
    view.select_deadline(deadline.id)
    qtbot.mouseClick(view.buttons["done"], Qt.MouseButton.LeftButton)
    confirm_with_note(qtbot, view, "done")
    assert ui.case_file.deadlines.get(deadline.id).status is DeadlineStatus.DONE
    assert ui.ops.next_undo().text() == f"Mark deadline done — {name}"
    assert ui.ops.undo()  # nothing is deleted: no question asked
    back = ui.case_file.deadlines.get(deadline.id)
    assert (back.status, back.status_reason) == (deadline.status, deadline.status_reason)


def test_the_rule_column_names_the_rule_and_keeps_its_id_for_the_tooltip(view: DeadlinesView) -> None:
    # resources/rules/azerbaijan.toml: az.detention.expiry is titled "Detention order expires".
    rows = [r for r in range(view.proxy.rowCount())
            if view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).deadline.rule_id
            == "az.detention.expiry"]
    assert rows, "the demo has open detention-order expiries"
    cell = view.proxy.index(rows[0], 5)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "Detention order expires"
    assert "az.detention.expiry" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # The id still finds it: a lawyer who knows the rule's id can type it in the search.
    view.proxy.set_text("az.detention.expiry")
    found = shown(view)
    assert found and {r.deadline.rule_id for r in found} == {"az.detention.expiry"}


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_an_appeals_tooltip_says_the_day_it_is_counted_from(qtbot, qapp, ui, lang: str) -> None:
    """An appeal against a verdict, in the Deadlines view and in the captive's deadlines:
    the title's tooltip explained the rule ("20 days from its announcement") but not the
    day of the decision it runs from. It now gives that day, in the reader's date format:
    the day the stored explanation starts from (its trigger), never another."""
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    appeal = next(r for r in view.rows if r.deadline.rule_id == "az.verdict.appeal")
    first = ui.case_file.reminders.explanation(appeal.deadline.id)[0]
    assert first.text == "trigger {day}"  # the stored explanation's first step: its day
    day = dict(first.values)["day"].day
    written = day.strftime("%d.%m.%Y")  # as hy and ru write a date

    def tip(row) -> str:
        for r in range(view.proxy.rowCount()):
            if view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).deadline.id == row.deadline.id:
                return view.proxy.index(r, 3).data(Qt.ItemDataRole.ToolTipRole)
        raise AssertionError("the deadline is not listed")

    view.set_group_filter("@all")
    assert written in tip(appeal)
    assert tip(appeal).startswith(view.shown_title(appeal))  # the rule still explained first
    view.set_captive_filter(appeal.deadline.captive_id, appeal.captive_name)  # the captive's
    assert written in tip(appeal)
    by_hand = next((r for r in view.rows if r.deadline.trigger_date is None), None)
    if by_hand is not None:  # no day to count from: none is made up
        view.set_captive_filter(by_hand.deadline.captive_id or 0, by_hand.captive_name)
        assert tip(by_hand).count("\n") == (1 if by_hand.deadline.hard else 0)


def test_the_banner_stops_naming_a_deadline_once_it_is_done(qtbot, ui) -> None:
    """The banner named what was due when the file opened ("1 due today · File the appeal")
    and kept saying it for half an hour after the lawyer marked it done or a new detention
    order replaced it, while the Deadlines view and the dashboard said "0 today". It reads
    the reminders again after a write."""
    from PySide6.QtWidgets import QWidget

    cid = ui.case_file.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    due = ui.case_file.deadlines.create(captive_id=cid, title="File the appeal",
                                        due_on=ui.today().isoformat())
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    window.show()
    notifier.start(ui)
    qtbot.waitUntil(lambda: "File the appeal" in banner.text.toolTip(), timeout=WAIT)
    ui.case_file.deadline_engine.mark_done(due.id)
    qtbot.waitUntil(lambda: "File the appeal" not in banner.text.toolTip(), timeout=WAIT)
    assert "File the appeal" not in banner.text.text()
    notifier.start(None)


def test_a_capture_card_from_a_month_of_capture_is_shown_as_an_estimate(qtbot, ui) -> None:
    """A prisoner of war captured "in November 2026", the day not known: the capture card is
    counted from 1 November and the Deadlines view says it is an estimate, in the title and
    its tooltip; a card from a known day says nothing of it."""
    month = ui.case_file.captives.create(names=["Sargsyan Levon"], category="serviceman",
                                         capture="2026-11", status="held").id
    day = ui.case_file.captives.create(names=["Hakobyan Aram"], category="serviceman",
                                       capture="2026-11-20", status="held").id
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    view.set_group_filter("@all")

    def card(captive_id: int):  # type: ignore[no-untyped-def]
        for r in range(view.proxy.rowCount()):
            row = view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
            if row.deadline.captive_id == captive_id and \
                    row.deadline.rule_id == "geneva.capture_card":
                return row, (view.proxy.index(r, 3).data(Qt.ItemDataRole.DisplayRole),
                             view.proxy.index(r, 3).data(Qt.ItemDataRole.ToolTipRole))
        raise AssertionError("no capture card listed")

    row, (title, tip) = card(month)
    assert row.deadline.due_on == date(2026, 11, 8)
    assert title.endswith("(estimate)")
    assert "only its month or year" in tip
    _, (title, tip) = card(day)
    assert "estimate" not in title and "estimate" not in tip


def test_the_captive_page_says_the_next_deadline_is_an_estimate(ui) -> None:
    """The captive's page names the next deadline; a capture card counted from the first
    day of the month of capture (the day not known) is said to be an estimate there too."""
    from caseapp.domain.clock import clock_of_file
    from caseapp.ui.views.captive_facts import header_facts

    cf = ui.case_file
    cid = cf.captives.create(names=["Sargsyan Levon"], category="serviceman",
                             capture="2026-11", status="held").id
    f = cf.captive_file(cid)
    settings = cf.deadline_engine.clock_settings_for([cid])[cid]
    today, now = cf.ctx.today(), cf.ctx.now()
    facts = [text for text, _ in header_facts(f, clock_of_file(f, today, settings), today, now)]
    [said] = [t for t in facts if "open deadline" in t]
    assert "8 November 2026" in said and "an estimate" in said


def test_a_percent_sign_in_a_deadlines_title_is_asked_about_as_typed(qtbot, view: DeadlinesView,
                                                                     ui) -> None:
    """The lawyer's own title ("Pay 100%2 of the fee") went into the question "Mark the
    deadline “%1” (due %2) as done?" first, and its "%2" was then replaced by the day."""
    d = ui.case_file.deadlines.create(title="Pay 100%2 of the fee", due_on="2026-11-30")
    view.reload()
    qtbot.waitUntil(lambda: any(r.deadline.id == d.id for r in shown(view)), timeout=WAIT)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).deadline.id == d.id)
    view.table.selectRow(row)
    dialog = view.mark_done()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "“Pay 100%2 of the fee” (due " in dialog.question.text()
    dialog.reject()
