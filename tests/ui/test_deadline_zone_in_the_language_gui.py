"""The Deadlines view's details name a deadline's time zone by its city in the window's language,
as its row does: they said "30 ноября 2026 г. 16:00 Europe/Paris" under the row's «Париж»."""

from __future__ import annotations

import pytest

from caseapp.ui.language import apply_language
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000


@pytest.mark.parametrize(("lang", "city"), [("hy", "Փարիզ"), ("ru", "Париж")])
def test_the_details_name_the_zone_by_its_city(qtbot, ui, qapp, lang: str, city: str) -> None:
    apply_language(qapp, lang)
    cf = ui.case_file
    cid = cf.captives.create(names=["Ղազարյան Լևոն", "Казарян Левон"], status="pre_trial").id
    deadline = cf.deadlines.create(captive_id=cid, title="Qwxz", due_on="2026-12-02", due_time="16:00",
                                   timezone="Europe/Paris").id
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    assert view.select_deadline(deadline)
    qtbot.waitUntil(lambda: "Qwxz" in view.details.toPlainText(), timeout=WAIT)
    when = view.details.toPlainText().splitlines()[1]
    # the city, with the zone's identifier beside it (what the calendar and the rule use)
    assert f"16:00 {city} (Europe/Paris)" in when, when
