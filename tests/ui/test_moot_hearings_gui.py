"""A released captive's file: the header's next hearing is not the detention hearing the
release made moot (the trial hearing stays), and the timeline writes the day custody ended
where it wrote the order's expiry still to come. Today is 2026-11-27."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from caseapp.services.casefile import CaseFile
from tests.ui.captive_pages import WAIT, open_page


def test_a_released_captives_file_names_the_trial_hearing_not_the_extension(
        qtbot, fresh_ui) -> None:
    cf: CaseFile = fresh_ui.case_file
    cid = cf.captives.create(names=["Harutyunyan Artur"], capture="2026-11-01",
                             status="pre_trial").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=4)
    cf.hearings.create(captive_ids=[cid], starts_at="2027-02-20T11:00", timezone="Asia/Baku",
                       kind="detention_extension")
    cf.hearings.create(captive_ids=[cid], starts_at="2027-03-10T10:00", timezone="Asia/Baku",
                       kind="trial_session")
    page = open_page(qtbot, fresh_ui, cid)
    qtbot.waitUntil(lambda: "Next hearing" in page.header.facts.text(), timeout=WAIT)
    assert "20 February 2027" in html.unescape(page.header.facts.text())
    assert page.timeline.expiry_caption().startswith("Expires 1 Mar 2027")

    cf.custody.set_status(cid, "released", effective_on="2026-11-20")
    page.show_captive(cid)
    qtbot.waitUntil(lambda: "10 March 2027" in page.header.facts.text(), timeout=WAIT)
    facts = html.unescape(page.header.facts.text())
    assert "20 February 2027" not in facts
    # the trial goes on without him in custody: the header no longer reads as if he were held
    assert "Next hearing 10 March 2027 10:00 (Trial session), no longer in custody: Released" \
        in facts
    assert page.timeline.expiry_caption() == "Custody ended 20 Nov 2026"
    page.timeline.resize(900, page.timeline.sizeHint().height())
    page.timeline.grab()  # painted: its hover texts are made as it paints
    tips = [hit.text for hit in page.timeline._hits]
    assert any("not shown as the next hearing" in tip for tip in tips)


def test_the_status_dialog_says_which_order_deadlines_the_release_closes_and_undo_reopens(
        qtbot, fresh_ui) -> None:
    """The release closes the open steps of the detention order due after it in the same
    write; the dialog says how many before the save, and those dated by hand stay open."""
    from caseapp.domain.enums import CaptiveStatus, DeadlineStatus
    from caseapp.ui.dialogs import captive_dialogs as dlg

    cf: CaseFile = fresh_ui.case_file
    cid = cf.captives.create(names=["Davtyan Anahit"], capture="2026-11-01", sex="female",
                             status="pre_trial").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-01", term_months=4)
    steps = sorted(cf.deadlines.list(captive_id=cid), key=lambda d: d.due_on)
    assert len(steps) == 4 and all(d.status is DeadlineStatus.OPEN for d in steps)
    cf.deadlines.update(steps[0].id, due_on="2027-02-18")  # dated by hand
    cf.hearings.create(captive_ids=[cid], starts_at="2027-02-20T11:00", timezone="Asia/Baku",
                       kind="detention_extension")
    cf.hearings.create(captive_ids=[cid], starts_at="2027-03-10T10:00", timezone="Asia/Baku",
                       kind="trial_session")
    page = open_page(qtbot, fresh_ui, cid)
    dialog = dlg.make_status_dialog(fresh_ui, page.file.captive, page)
    qtbot.addWidget(dialog)
    line = dialog.stay_offer.closing
    assert line.isHidden()  # still in custody
    dialog.widgets["status"].set_value(CaptiveStatus.RELEASED)
    dialog.widgets["effective_on"].edit.setText("2026-11-20")
    assert not line.isHidden()
    assert line.text() == (
        "Custody ends: 3 open deadlines of the detention orders due after 20 November 2026 "
        "(the first on 22 February 2027) will be closed in the same step; Undo reopens.\n"
        "1 deadline of the detention orders after 20 November 2026 dated by hand will stay "
        "open (the first on 18 February 2027): dismiss in Deadlines what custody's end makes "
        "moot.\n"
        "1 hearing on detention still to come (from 20 February 2027 on) will no longer be "
        "shown as the next hearing; nothing recorded is changed.")
    dialog.try_save()
    assert dialog.result_value is not None

    def open_days() -> list[str]:
        return sorted(str(d.due_on) for d in cf.deadlines.list(captive_id=cid)
                      if d.status is DeadlineStatus.OPEN)
    assert open_days() == ["2027-02-18"]
    assert fresh_ui.ops.undo()
    assert len(open_days()) == 4
    assert cf.captives.get(cid).status is CaptiveStatus.PRE_TRIAL


def test_a_womans_status_beside_her_name_asks_the_feminine_form(qtbot, fresh_ui) -> None:
    """«Анаит Давтян — Освобождён»: the badge beside the name now asks the translation of
    the status said of a woman (Russian «Освобождена»), a man's as before."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from caseapp.domain.enums import CaptiveStatus

    class Feminine(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Освобождена" if (context, source) == ("StatusOfAWoman", "Released") \
                else source

        def isEmpty(self) -> bool:
            return False

    cf: CaseFile = fresh_ui.case_file
    her = cf.captives.create(names=["Davtyan Anahit"], sex="female", status="pre_trial").id
    him = cf.captives.create(names=["Harutyunyan Artur"], sex="male", status="pre_trial").id
    for cid in (her, him):
        cf.custody.set_status(cid, "released", effective_on="2026-11-20")
    translator = Feminine()
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        page = open_page(qtbot, fresh_ui, her)
        assert page.header.badge.text() == "Освобождена"
        from caseapp.ui.dialogs import captive_dialogs as dlg

        dialog = dlg.make_status_dialog(fresh_ui, page.file.captive, page)
        qtbot.addWidget(dialog)
        choices = dialog.widgets["status"]
        assert choices.itemText(choices.findData(CaptiveStatus.RELEASED)) == "Освобождена"
        page.show_captive(him)
        qtbot.waitUntil(lambda: page.file is not None and page.file.captive.id == him,
                        timeout=WAIT)
        assert page.header.badge.text() == "Released"
    finally:
        app.removeTranslator(translator)


def test_the_captives_list_says_a_womans_status_in_the_feminine(qtbot, fresh_ui) -> None:
    """The list said «Репатриирован» of Лилит Акопян while her file's header said
    «Репатриирована»: the list's status column and its tooltip agree with her too."""
    from PySide6.QtCore import QLocale, Qt

    from caseapp.ui.i18n import install_translators
    from caseapp.ui.models.captives import CaptivesTableModel

    cf: CaseFile = fresh_ui.case_file
    her = cf.captives.create(names=["Hakobyan Lilit"], sex="female", status="repatriated").id
    him = cf.captives.create(names=["Avetisyan Gor"], sex="male", status="repatriated").id
    unknown = cf.captives.create(names=["Saroyan A."], status="convicted").id
    app = QCoreApplication.instance()
    install_translators(app, QLocale("ru"))
    try:
        model = CaptivesTableModel()
        model.set_rows(cf.overview.captive_rows(lang="ru"))
        column = next(i for i in range(model.columnCount())
                      if model.headerData(i, Qt.Orientation.Horizontal) == "Статус")

        def said(cid: int, role: Qt.ItemDataRole) -> str:
            return model.data(model.index(model.row_of(cid), column), role)

        assert said(her, Qt.ItemDataRole.DisplayRole) == "Репатриирована"
        assert said(her, Qt.ItemDataRole.ToolTipRole) == "Репатриирована"
        assert said(him, Qt.ItemDataRole.DisplayRole) == "Репатриирован"
        assert said(unknown, Qt.ItemDataRole.DisplayRole) == "Осуждён"
    finally:
        install_translators(app, QLocale("en"))
