"""Text a lawyer typed that looks like markup ("<b>x</b>", "&amp;") is shown word for word in
the window: in the profile's labels, the tables' titles and tooltips, the lists of "Needs
attention" and recent changes, and the message boxes that quote it. Qt takes such a text for
rich text in a tooltip, a message box or a label left to its "auto" format: the name
"<b>Zorik</b> &amp; <i>up</i>" was shown as a bold "Zorik & up"."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QLabel, QWidget

from tests.ui.small_screen import demo_window

TYPED = "<b>Zorik</b> &amp; <i>up</i>"
ASCII_PART = "Zorik"


def shown(text: str, label: QLabel | None = None) -> str:
    """What Qt shows of ``text`` (a tooltip's, a message box's, a label's)."""
    rich = (label.textFormat() == Qt.TextFormat.RichText if label is not None
            and label.textFormat() != Qt.TextFormat.AutoText else GuiQt.mightBeRichText(text))
    if label is not None and label.textFormat() == Qt.TextFormat.PlainText:
        rich = False
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _count(model: QAbstractItemModel, rows: bool) -> int:
    try:
        return model.rowCount() if rows else model.columnCount()
    except TypeError:  # a list model's count is private outside it
        return model.rowCount(QModelIndex()) if rows else 1


def wrongly_shown(window: QWidget, where: str) -> list[str]:
    """Every visible text mentioning the typed value that Qt would not show word for word."""
    wrong = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, QHeaderView):
            continue
        texts = [("tooltip", w.toolTip(), None)]
        if isinstance(w, QLabel):
            texts.append(("label", w.text().replace("&&", "&"), w))
        if isinstance(w, QAbstractButton) and ASCII_PART in w.text():
            # a button's "&" marks its shortcut letter, "&&" is one "&": what it shows
            shows = re.sub("&(.)", r"\1", w.text())
            if TYPED not in shows and not (shows.endswith("…") and TYPED.startswith(shows[:-1])):
                wrong.append(f"{where}: button {w.objectName()!r}: {w.text()[:90]!r}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            texts += [("cell tooltip", m.index(r, c).data(Qt.ItemDataRole.ToolTipRole), None)
                      for r in range(min(_count(m, True), 300)) for c in range(_count(m, False))]
        for kind, text, label in texts:
            if isinstance(text, str) and ASCII_PART in text and TYPED not in shown(text, label):
                wrong.append(f"{where}: {kind} of {type(w).__name__} {w.objectName()!r}: {text[:90]!r}")
    return wrong


def test_text_typed_as_markup_is_shown_word_for_word(qtbot, tmp_path: Path, demo_template: Path,
                                                     message_boxes) -> None:
    with demo_window(qtbot, tmp_path, "en", demo_template) as window:
        cf = window.session.ui.case_file
        cid = cf.captives.create(
            names=[TYPED], status="pre_trial", capture="2025-03-01", capture_place=TYPED,
            capture_circumstances=TYPED, current_asks=TYPED, health=TYPED, summary=TYPED,
            tags=[TYPED], birth_place=TYPED).id
        p = cf.prosecutions.create(captive_id=cid, case_number=TYPED, court=TYPED, judge=TYPED,
                                   investigating_body=TYPED, notes=TYPED)
        cf.charges.create(prosecution_id=p.id, code=TYPED, article="1", part="", title=TYPED,
                          brought_on="2025-03-02")
        cf.detention_orders.create(captive_id=cid, prosecution_id=p.id, ordering_court=TYPED,
                                   start_date="2025-03-03", decided_on="2025-03-03",
                                   term_months=4, kind="initial", appeal_outcome=TYPED)
        cf.welfare_contacts.create(captive_id=cid, kind="family_call", contact_on="2026-10-01",
                                   notes=TYPED, source=TYPED)
        cf.detention_places.create(captive_id=cid, facility=TYPED, address=TYPED,
                                   from_date="2025-03-01")
        cf.notes.create(captive_id=cid, title=TYPED, body=TYPED)
        cf.deadlines.create(captive_id=cid, title=TYPED, due_on="2026-12-01")
        cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="sent",
                                subject=TYPED, follow_up_on="2026-11-19")
        wrong: list[str] = []
        for view in [v for v in window.views if v != "captive"]:
            window.show_view(view)
            qtbot.wait(300)
            wrong += wrongly_shown(window, view)
        window.open_captive(cid)
        page = window.views["captive"]
        qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == cid, timeout=10000)
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            qtbot.wait(300)
            wrong += wrongly_shown(window, f"the file's tab {page.tabs.tabText(i)!r}")
        assert not wrong, "\n".join(sorted(set(wrong)))

        window.delete_captive(cid)  # the question quotes the name (answered No below? Yes: deleted)
        [(_kind, asked)] = [b for b in message_boxes if ASCII_PART in b[1]][-1:]
        assert TYPED in shown(asked)


def test_every_dialog_shows_a_name_typed_as_markup_word_for_word(qtbot, tmp_path: Path,
                                                                 demo_template: Path) -> None:
    from tests.ui.every_dialog import close, every_dialog

    with demo_window(qtbot, tmp_path, "en", demo_template) as window:
        cf = window.session.ui.case_file
        cid = cf.captives.create(names=[TYPED], status="pre_trial", capture="2025-03-01",
                                 summary=TYPED).id
        cf.prosecutions.create(captive_id=cid, case_number=TYPED, court=TYPED)
        other = cf.captives.create(names=[f"{TYPED} 2"], status="held").id
        wrong: list[str] = []
        for name, build in every_dialog(window, cid, other, tmp_path):
            dialog = build()
            qtbot.waitUntil(lambda: window.runner.active == 0)
            wrong += wrongly_shown(dialog, f"dialog {name}")
            close(dialog)
        assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_status_offer_and_the_deadlines_chip_say_a_typed_place_word_for_word(
        qtbot, tmp_path: Path, demo_template: Path) -> None:
    from datetime import date

    from caseapp.domain.enums import CaptiveStatus
    from caseapp.domain.implied_status import Evidence, EvidenceKind, StatusSuggestion
    from caseapp.domain.stays import OpenStay
    from caseapp.ui.views.captive_status_offer import StatusOfferBar

    bar = StatusOfferBar()
    qtbot.addWidget(bar)
    suggestion = StatusSuggestion(CaptiveStatus.CONVICTED, date(2026, 11, 20), Evidence(
        EvidenceKind.VERDICT, date(2026, 11, 20), "hearings", 1, where=TYPED))
    bar.offer(suggestion, (OpenStay(1, TYPED, date(2026, 1, 1)),),
              hearings=((date(2026, 12, 3), TYPED),))
    bar.show()
    wrong = wrongly_shown(bar, "status offer")
    with demo_window(qtbot, tmp_path, "en", demo_template) as window:
        cid = window.session.ui.case_file.captives.create(names=[TYPED], status="held").id
        window.show_captive_deadlines(cid, TYPED)
        qtbot.wait(300)
        wrong += wrongly_shown(window, "deadlines of one captive")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_a_refusal_quoting_a_typed_title_reads_word_for_word(qtbot, fresh_ui,
                                                            message_boxes) -> None:
    """A service's refusal quotes the record's title (“<b>x</b>” is a hard deadline…): in the
    record dialog's message under its fields and in the box a view shows."""
    from caseapp.domain.errors import ValidationError
    from caseapp.domain.messages import msg
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.record_kinds import WELFARE_CONTACT
    from caseapp.ui.views.deadlines import DeadlinesView

    refusal = str(msg("“{title}” is a hard deadline set by a court: say why it is dismissed.",
                      title=TYPED))
    cid = fresh_ui.case_file.captives.create(names=["Aram"], status="held").id
    dialog = dlg.make_add_dialog(fresh_ui, WELFARE_CONTACT, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error(refusal, None)
    wrong = wrongly_shown(dialog, "record dialog, under its fields")
    dialog.show_error(refusal, "notes")
    wrong += wrongly_shown(dialog, "record dialog, under a field")
    view = DeadlinesView(fresh_ui)
    qtbot.addWidget(view)
    view.report_error(ValidationError(refusal))
    [(_kind, said)] = [b for b in message_boxes if ASCII_PART in b[1]]
    assert TYPED in shown(said), said
    assert not wrong, "\n".join(wrong)
