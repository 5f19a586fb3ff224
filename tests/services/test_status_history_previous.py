"""The status history as shown (captive's page, `captives show --format json`, the dossier)
reads each line's previous status from the history by date: a change typed after a later one
(a trial learnt of after the release) no longer leaves the next line naming the status it
replaced when it was typed. The recorded facts stay; a line typed later is marked so; at a
level that withholds a line, the next line names no previous status.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import CaptiveStatus as S
from caseapp.services.casefile import CaseFile
from caseapp.services.dossier_data import build_dossier


def test_a_line_after_a_backdated_change_names_it_as_its_previous_status(
        case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Армен Саргсян"], capture="2026-01-01",
                                    status="pre_trial", status_since="2026-01-01").id
    case_file.custody.set_status(cid, "released", effective_on="2026-06-05", end_stays=False)
    case_file.custody.set_status(cid, "on_trial", effective_on="2026-03-01")  # learnt later
    shown = [(h.effective_on, h.old_status, h.new_status, h.entered_later)
             for h in case_file.captives.status_history(cid)]
    assert shown == [(date(2026, 1, 1), None, S.PRE_TRIAL, False),
                     (date(2026, 3, 1), S.PRE_TRIAL, S.ON_TRIAL, True),
                     (date(2026, 6, 5), S.ON_TRIAL, S.RELEASED, False)]
    # the same in the dossier at the internal level, and in the captive's file (`show`)
    assert [h.old_status for h in build_dossier(case_file, cid, level="internal")
            .status_history] == [None, S.PRE_TRIAL, S.ON_TRIAL]
    assert [h.old_status for h in case_file.captive_file(cid).status_history] == [
        None, S.PRE_TRIAL, S.ON_TRIAL]


def test_a_line_after_a_withheld_one_names_no_previous_status(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Aram Petrosyan"], capture="2026-01-01",
                                    status="pre_trial", status_since="2026-01-01",
                                    sensitivity="shareable").id
    case_file.custody.set_status(cid, "missing", effective_on="2026-02-01", level="internal")
    case_file.custody.set_status(cid, "released", effective_on="2026-06-05", end_stays=False,
                                 level="shareable")
    shown = build_dossier(case_file, cid, level="shareable").status_history
    assert [(h.new_status, h.old_status) for h in shown] == [(S.PRE_TRIAL, None),
                                                             (S.RELEASED, None)]
    assert S.MISSING not in repr(shown)
