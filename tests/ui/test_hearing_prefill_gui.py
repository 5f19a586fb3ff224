"""“Add hearing” in a captive's file starts from that captive's current case (its court,
judge and co-defendants), never from whichever hearing happens to be selected."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.domain.current_case import current_prosecution, hearing_prefill
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.views.captive_file import CaptiveFileView
from tests.domain.test_implied_status import file_of

WAIT = 10000


@pytest.fixture
def joint(ui) -> dict[str, Any]:
    """Anahit (open) is tried in her own case at the Military Court with Davit; she also sat
    in the later joint hearing of Lusine's case at the Grave Crimes Court, with Lusine and
    Gor. Gor has a hearing of his own elsewhere."""
    cf = ui.case_file
    ids = {key: cf.captives.create(names=[native, latin]).id for key, native, latin in (
        ("anahit", "Անահիտ Օրինակյան", "Anahit Orinakyan"),
        ("davit", "Давид Примеров", "Davit Primerov"),
        ("lusine", "Լուսինե Նմուշյան", "Lusine Nmushyan"),
        ("gor", "Gor O'Brien-Ñúñez", "Gor O'Brien-Ñúñez"))}
    own = cf.prosecutions.create(captive_id=ids["anahit"], case_number="1-77/2026",
                                 court="Baku Military Court", judge="Judge Kamran Misallı",
                                 opened_on="2026-03-01")
    cf.prosecutions.create(captive_id=ids["anahit"], case_number="old-1/2021",
                           court="Gazakh District Court", opened_on="2021-01-10")
    theirs = cf.prosecutions.create(captive_id=ids["lusine"], case_number="1-90/2026",
                                    court="Baku Grave Crimes Court", judge="Judge Aynur Örnəkova")
    baku, yerevan = "Asia/Baku", "Asia/Yerevan"
    cf.hearings.create(captive_ids=[ids["anahit"], ids["davit"]], starts_at="2026-10-05 10:00",
                       timezone=baku, court="Baku Military Court", judge="Judge Rauf Nümunəli",
                       prosecution_id=own.id, kind="trial_session")
    joint = cf.hearings.create(captive_ids=[ids["anahit"], ids["lusine"], ids["gor"]],
                               starts_at="2026-11-20 11:00", timezone=baku,
                               court="Baku Grave Crimes Court", judge="Judge Aynur Örnəkova",
                               prosecution_id=theirs.id, kind="trial_session")
    cf.hearings.create(captive_ids=[ids["gor"]], starts_at="2026-12-02 09:00", timezone=yerevan,
                       court="Elsewhere Court", kind="preliminary")
    return {**ids, "own": own.id, "joint": joint.id}


def test_add_hearing_prefills_from_the_open_captives_current_case(
        qtbot, ui, joint, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[RecordDialog] = []
    monkeypatch.setattr(RecordDialog, "exec",
                        lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    page = CaptiveFileView(ui)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_captive(joint["anahit"])
    qtbot.waitUntil(lambda: page.file is not None, timeout=WAIT)
    page.tabs.setCurrentIndex(2)  # Proceedings
    section = page.sections["hearings"]
    # The joint hearing of Lusine's case is the latest and the selected one.
    row = next(r for r in range(section.model.rowCount())
               if section.model.records[r].id == joint["joint"])
    section.table.selectRow(section.proxy.mapFromSource(section.model.index(row, 0)).row())
    assert section.current().id == joint["joint"]

    qtbot.mouseClick(section.buttons["add"], Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    values = shown[0].values()
    # Her own case of 2026 (not the 2021 one), the court and judge of its latest hearing,
    # with Davit, who sat in it; nothing of the Grave Crimes Court, Lusine or Gor.
    assert values["prosecution_id"] == joint["own"]
    assert values["court"] == "Baku Military Court"
    assert values["judge"] == "Judge Rauf Nümunəli"
    assert sorted(values["captive_ids"]) == sorted([joint["anahit"], joint["davit"]])
    assert values["timezone"] == "Asia/Baku"


def test_prefill_without_a_case_ticks_only_the_captive() -> None:
    # A captive with no prosecution, seen at someone else's hearing only: no court, no judge,
    # no case, only themselves; the court's time zone is kept.
    from caseapp.domain.dto import HearingDTO
    from caseapp.domain.enums import HearingKind, Sensitivity

    other = HearingDTO(5, "h5", datetime(2026, 11, 20, 11, tzinfo=ZoneInfo("Asia/Yerevan")),
                       "Asia/Yerevan", "Other Court", HearingKind.OTHER, "Judge Z", 9, "", None,
                       "", Sensitivity.SHAREABLE, (3, 4))
    f = file_of(hearings=(other,))
    assert current_prosecution(f, 3) is None
    assert hearing_prefill(f, 3) == {"prosecution_id": None, "court": "", "judge": "",
                                     "captive_ids": [3], "timezone": "Asia/Yerevan"}
