"""A changed case setting reads in the window's language in the dashboard's recent changes
and in the captive's History tab: the kind of record, the setting, what it is set for (the
whole file, a stage, a captive by name) and its values in words, never the codes the file
stores ("case_settings", "custody_max_days", "stage:pre_trial", the captive's uid) nor
English. An entry written before summaries were worded (the key and scope as codes) reads
the same. The expected words are written out by hand."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from caseapp.db.models import CaseSetting
from caseapp.domain.enums import AuditAction
from caseapp.domain.messages import msg
from caseapp.services.audit_trail import audit
from caseapp.ui.views.dashboard import DashboardView
from tests.ui.test_audit_field_labels_gui import WAIT, history_of

NAME = "Գրիգոր Աբրահամյան"
LATIN = re.compile(r"[A-Za-z_]")
WORDS = {  # the window's words: the record's kind, the setting, the stage, the captive, days
    "russian": ("Настройка дела: Предельный срок содержания под стражей по закону",
                "для пленных со статусом «в предварительном заключении»", f"(пленный: {NAME})",
                "не задано → 150 дней", "Уровень новых записей", "для передачи → внутренний"),
    "armenian": ("Գործի կարգավորում: Կալանքի օրենքով սահմանված առավելագույն ժամկետ",
                 "«նախնական կալանքի տակ» կարգավիճակ ունեցող գերիների համար", f"(գերի՝ {NAME})",
                 "սահմանված չէ → 150 օր", "Նոր գրառումների մակարդակ",
                 "փոխանցելի → ներքին"),
}


def _old_entry(ui, cid: int) -> None:
    """An entry as the settings service wrote it before: «Case setting custody_max_days
    (captive:<uid>)»."""
    cf = ui.case_file
    uid = cf.captives.get(cid).uid
    with cf.ctx.transaction() as s:
        row = s.query(CaseSetting).filter_by(scope=f"captive:{uid}").one()
        audit(s, cf.ctx, AuditAction.UPDATE, row, captive_uid=uid, field="custody_max_days",
              summary=msg("Case setting {key} ({scope})", key="custody_max_days",
                          scope=f"captive:{uid}"), old="150", new="120")


@pytest.mark.parametrize("language", ["russian", "armenian"])
def test_a_changed_case_setting_reads_in_words(qtbot, ui, request, language: str) -> None:
    request.getfixturevalue(language)
    kind_and_setting, stage, captive, days, level, levels = WORDS[language]
    cf = ui.case_file
    cid = cf.captives.create(names=[NAME], capture="2023-09-20", status="pre_trial").id
    cf.settings.set("custody_max_days", 300)
    cf.settings.set("custody_max_days", 200, stage="pre_trial")
    cf.settings.set("custody_max_days", 150, captive_id=cid)
    cf.settings.set("default_level", "internal")
    cf.settings.set("custody_max_days", None, stage="pre_trial")
    _old_entry(ui, cid)

    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.recent.count() >= 6, timeout=WAIT)
    lines = [view.recent.item(i).text().split(": ", 1)[1] for i in range(6)]  # after the actor
    recent = "\n".join(lines)
    for words in (kind_and_setting, stage, captive, days, level, levels):
        assert words in recent, words
    assert [line for line in lines if stage in line and captive not in line]
    for line in lines:
        assert not LATIN.search(line), line

    model = history_of(qtbot, ui, cid, rows=2)
    rows = ["\n".join(str(model.index(r, c).data(role) or "")
                      for c in range(2, model.columnCount())  # after when and who
                      for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())]
    settings_rows = [r for r in rows if kind_and_setting.split(": ")[1] in r]
    assert len(settings_rows) == 2, rows  # the one set for the captive, and the one before
    for text in settings_rows:
        assert captive in text and not LATIN.search(text), text
    assert any(days in text for text in settings_rows)
