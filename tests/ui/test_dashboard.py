"""The dashboard shows the demo's counts, silent captives and coming hearings."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.views.dashboard import CAPTIVE_ROLE, WORD_JOINER, DashboardView
from tests.conftest import TODAY


def test_dashboard_counts_and_lists(qtbot, ui) -> None:
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.no_contact.count() > 0, timeout=10000)
    captives = ui.case_file.captives.list()
    for status in CaptiveStatus:
        expected = sum(1 for c in captives if c.status is status)
        assert view.cards[status].count.text() == str(expected)
    assert str(len(captives)) in view.total.text()
    # the travel copy's “not shown at this level”: no card in a case file that has none
    assert [s for s, card in view.cards.items() if not card.isVisibleTo(view)] == [
        CaptiveStatus.WITHHELD]
    assert view.hearings.count() >= 1
    assert view.recent.count() >= 1
    assert view.deadlines_panel.isVisibleTo(view)


def test_silent_captive_opens_from_the_dashboard(qtbot, ui) -> None:
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.no_contact.count() > 0, timeout=10000)
    with qtbot.waitSignal(view.open_captive):
        view.no_contact.itemActivated.emit(view.no_contact.item(0))


def test_a_pow_confined_beyond_art_103_is_listed(qtbot, ui) -> None:
    from datetime import date

    from caseapp.services.attention import Attention, AttentionItem
    from caseapp.services.deadline_rows import Group

    view = DashboardView(ui)
    qtbot.addWidget(view)
    item = AttentionItem("pow_confinement", 7, "Սարգսյան Լևոն", "sentence", date(2026, 10, 31),
                         days=119, limit=92)
    view.show_attention(Attention(date(2026, 11, 27), (item,), {g: 0 for g in Group}))
    [text] = [view.attention.item(i).text() for i in range(view.attention.count())]
    assert text == ("Սարգսյան Լևոն: Prisoner of war confined awaiting trial for 119 days; "
                    "GC III Art. 103 allows three months (until 31 October 2026).")


def test_an_overdue_follow_up_needs_attention_as_in_the_advocacy_log(qtbot, ui) -> None:
    import re

    from caseapp.ui.notifier import Notifier, ReminderBanner
    from caseapp.ui.views.advocacy import AdvocacyView

    cf = ui.case_file
    cid = cf.captives.create(names=["Գևորգյան Լիլիթ"], status="pre_trial").id
    # Follow up on 19 November; the tests' today is 27 November: 8 days overdue.
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="sent",
                            subject="Ask the Ombudsman <b>to visit</b>", follow_up_on="2026-11-19")
    dashboard = DashboardView(ui)
    advocacy = AdvocacyView(ui)
    for w in (dashboard, advocacy):
        qtbot.addWidget(w)
        w.show()
    # Under English the name is the Latin headline one (the passport romanisation of the
    # Armenian spelling), the day in CaseApp's English long form.
    expected = ("Lilit Gevorgyan: Follow-up of “Ask the Ombudsman <b>to visit</b>” overdue by "
                "8 days (due 19 November 2026).")
    texts = lambda: [dashboard.attention.item(i).text()  # noqa: E731
                     for i in range(dashboard.attention.count())]
    qtbot.waitUntil(lambda: expected in texts(), timeout=10000)
    qtbot.waitUntil(lambda: advocacy.overdue.text() != "", timeout=10000)
    [in_log] = re.findall(r"(\d+) follow-ups? overdue", advocacy.overdue.text())
    [on_dashboard] = re.findall(r"(\d+) follow-ups? overdue",  # its words unbroken
                                dashboard.deadline_counts.text().replace("&nbsp;", " ")
                                .replace(WORD_JOINER, ""))
    assert on_dashboard == in_log
    assert sum(1 for t in texts() if "Follow-up of" in t) == int(in_log)

    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    window.show()
    notifier.start(ui)
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert f"{in_log} follow-ups overdue" in banner.text.text()
    assert banner.attention_button.isVisible()
    lines = [notifier.item_line(i) for i in cf.reminders.alerts().follow_ups]
    assert ("Follow-up of “Ask the Ombudsman <b>to visit</b>” overdue by 8 days — "
            "Lilit Gevorgyan") in lines
    notifier.start(None)


def test_proof_of_life_alerts_are_in_needs_attention(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Սարգսյան Արամ"], status="pre_trial").id
    # Last news on 1 October; 27 November is 57 days later (30 + 27), over the default 30.
    cf.welfare_contacts.create(captive_id=cid, kind="family_call", contact_on="2026-10-01")
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    wanted = "Aram Sargsyan: No confirmed news for 57 days."  # the Latin name under English
    qtbot.waitUntil(lambda: any(view.attention.item(i).text() == wanted
                                for i in range(view.attention.count())), timeout=10000)


def test_recent_changes_name_a_deadline_made_in_english_in_russian(qtbot, ui, qapp) -> None:
    """A deadline added by a detention order is titled in English in the file; the recent
    changes say it as the Deadlines view does, by its rule's Russian title."""
    from PySide6.QtCore import QLocale

    from caseapp.ui.i18n import install_translators

    cf = ui.case_file
    cid = cf.captives.create(names=["Арам Саргсян"], status="held").id
    cf.detention_orders.create(captive_id=cid, start_date="2026-11-02", term_months=4)
    stored = next(d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == "az.detention.expiry")
    install_translators(qapp, QLocale("ru"))
    try:
        view = DashboardView(ui)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.recent.count() > 1, timeout=10000)
        lines = [view.recent.item(i).text() for i in range(view.recent.count())]
    finally:
        install_translators(qapp, QLocale("en"))
    assert any(cf.rule_set.title_in(stored.title, "ru", rule_id=stored.rule_id) in line for line in lines)
    assert not [line for line in lines if stored.title in line]


def test_a_follow_up_whose_subject_holds_a_placeholder_is_shown_as_typed(qtbot, ui) -> None:
    """A subject is the lawyer's text: a "%2" in it ("ask for 100%2 of the costs", a code
    pasted from a letter) is not replaced by the follow-up's day."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Lilit Gevorgyan"], status="pre_trial").id
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="sent",
                            subject="Refund 100%2 of costs (ref %1)", follow_up_on="2026-11-19")
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    dashboard.show()
    expected = ("Lilit Gevorgyan: Follow-up of “Refund 100%2 of costs (ref %1)” overdue by "
                "8 days (due 19 November 2026).")
    texts = lambda: [dashboard.attention.item(i).text()  # noqa: E731
                     for i in range(dashboard.attention.count())]
    qtbot.waitUntil(lambda: any("Refund" in t for t in texts()), timeout=10000)
    assert expected in texts()


def test_a_follow_up_due_today_is_said_on_its_day_not_the_day_after(qtbot, ui) -> None:
    """The lawyer sets the follow-up's day as the day to be reminded: it went unmentioned on
    that day and first appeared the day after, "overdue by 1 day". It is now in Needs attention
    (and the tray's reminders) on its day, said due today, and counted apart from the overdue."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Lilit Gevorgyan"], status="pre_trial").id
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="sent",
                            subject="Ask the ICRC again", follow_up_on=TODAY.isoformat())
    cf.interventions.create(captive_ids=[cid], made_on="2026-11-05", status="closed",
                            subject="Closed one", follow_up_on=TODAY.isoformat())
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    dashboard.show()
    texts = lambda: [dashboard.attention.item(i).text()  # noqa: E731
                     for i in range(dashboard.attention.count())]
    qtbot.waitUntil(lambda: any("ICRC" in t for t in texts()), timeout=10000)
    assert ("Lilit Gevorgyan: Follow-up of “Ask the ICRC again” due today "
            "(27 November 2026).") in texts()
    assert not any("Closed one" in t for t in texts())
    counts = dashboard.deadline_counts.text().replace("&nbsp;", " ").replace(WORD_JOINER, "")
    # the demo's own overdue one counted as before, today's apart
    assert "3 follow-ups overdue" in counts and "1 follow-up due today" in counts
    alerts = cf.reminders.alerts()
    assert [(f.text, f.days) for f in alerts.follow_ups if not f.days] == [("Ask the ICRC again", 0)]


def test_a_released_captives_coming_appeal_says_he_is_no_longer_in_custody(
        qtbot, fresh_ui) -> None:
    """An appeal after the release stays in "Hearings in the next 14 days" (it may go ahead
    without him), but listed as a held captive's hearing it read as if he were still held."""
    cf = fresh_ui.case_file
    gone = cf.captives.create(names=["Petrosyan Aram"], capture="2026-08-01",
                              status="pre_trial", status_since="2026-08-01").id
    held = cf.captives.create(names=["Sahakyan Gevorg"], capture="2026-08-01",
                              status="pre_trial").id
    for cid in (gone, held):
        cf.hearings.create(captive_ids=[cid], starts_at="2026-12-02T10:00",
                           timezone="Asia/Baku", kind="appeal")
    cf.captives.set_status(gone, "released", effective_on="2026-11-20")
    view = DashboardView(fresh_ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.hearings.count() == 2, timeout=10000)
    lines = {view.hearings.item(i).data(CAPTIVE_ROLE): view.hearings.item(i).text()
             for i in range(2)}
    assert lines[gone].endswith("Petrosyan Aram (no longer in custody)"), lines
    assert "no longer" not in lines[held]
