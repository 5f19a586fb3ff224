"""The History tab's tooltips name the records a change refers to as the lawyer reads them:
a charge's criminal case by its case number, a record's captive by their name, the captives
of a joint hearing by their names, a deadline's rule by its title. They showed the case
file's internal numbers and keys ("Criminal case: 6", "Captive: 13", "Rule:
az.detention.expiry", a hearing's captives as 36-character uids) that the lawyer never sees
anywhere else."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from caseapp.ui.language import apply_language
from caseapp.ui.views.audit_texts import audit_tooltip
from tests.ui.captive_pages import open_page, show_section

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def history_tips(qtbot, ui, captive_id: int) -> list[str]:
    page = open_page(qtbot, ui, captive_id)
    table = show_section(qtbot, page, "history")
    model = table.model()
    return [model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
            for row in range(model.rowCount()) for column in range(model.columnCount())]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_changes_tooltip_names_records_never_by_internal_ids(qtbot, ui, lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    cf = ui.case_file
    aram = cf.captives.create(names=["Արամ Նմուշյան", "Aram Nmushyan", "Арам Нмушян"],
                              status="held")
    gagik = cf.captives.create(names=["Gagik Orinakyan"], status="held")
    case = cf.prosecutions.create(captive_id=aram.id, case_number="№ 1(101)-77/2026")
    cf.charges.create(prosecution_id=case.id, code="CC", article="279", part="1",
                      brought_on="2026-10-15")
    hearing = cf.hearings.create(starts_at="2026-12-01 10:00", timezone="Asia/Baku",
                                 court="Baku Military Court", captive_ids=[aram.id])
    cf.hearings.update(hearing.id, captive_ids=[aram.id, gagik.id])
    tips = "\n".join(history_tips(qtbot, ui, aram.id))
    shown = {"en": "Aram Nmushyan", "ru": "Арам Нмушян"}[lang]
    criminal_case = {"en": "Criminal case: ", "ru": "Уголовное дело: "}[lang]
    assert any(line.startswith(criminal_case) and "1(101)-77/2026" in line
               for line in tips.splitlines())
    assert not UID.search(tips), UID.search(tips)
    ids = {str(i) for i in (aram.id, gagik.id, case.id, hearing.id)}
    numbers = [line for line in tips.splitlines()
               if line.rpartition(": ")[2] in ids and not line.startswith(
                   ("Article", "Part", "Статья", "Часть"))]
    assert numbers == []
    assert shown in tips
    joined = [audit_tooltip(e) for e in cf.audit.for_record(hearing.uid) if e.field == "captives"]
    assert len(joined) == 1 and not UID.search(joined[0])
    assert shown in joined[0] and "Gagik Orinakyan" in joined[0]
