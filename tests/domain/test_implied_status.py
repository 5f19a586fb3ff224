"""Which status a captive's records imply (caseapp.domain.implied_status), with dates
worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from caseapp.domain.dto import (
    CaptiveFileDTO,
    ChargeDTO,
    DetentionOrderDTO,
    DetentionPlaceDTO,
    HearingDTO,
    ProsecutionDTO,
)
from caseapp.domain.enums import (
    CaptiveStatus,
    CounselKind,
    DetentionOrderKind,
    HearingKind,
    Sensitivity,
)
from caseapp.domain.implied_status import Evidence, EvidenceKind, evidence_of, suggest_status

S = CaptiveStatus
K = EvidenceKind
TODAY = date(2025, 6, 1)


def ev(kind: EvidenceKind, on: str, record_id: int = 1) -> Evidence:
    return Evidence(kind, date.fromisoformat(on), "x", record_id)


def test_charges_after_held_suggest_pre_trial_from_the_charge_date() -> None:
    s = suggest_status(S.HELD, date(2024, 11, 2), [ev(K.CHARGE, "2024-12-14")], today=TODAY)
    assert s is not None
    assert (s.status, s.since) == (S.PRE_TRIAL, date(2024, 12, 14))


def test_the_earliest_record_of_the_status_dates_it() -> None:
    # Charges on 14 Dec, the detention order on 3 Dec (backdated to the arrest): pre-trial
    # detention began on 3 Dec.
    s = suggest_status(S.MISSING, None, [ev(K.CHARGE, "2024-12-14", 1),
                                         ev(K.DETENTION_ORDER, "2024-12-03", 2)], today=TODAY)
    assert s is not None
    assert (s.status, s.since, s.evidence.kind) == (S.PRE_TRIAL, date(2024, 12, 3),
                                                    K.DETENTION_ORDER)


def test_verdict_outranks_earlier_charges() -> None:
    # Held with charges and a verdict on 12 May 2025: convicted since 12 May, not pre-trial.
    s = suggest_status(S.HELD, None, [ev(K.CHARGE, "2024-03-01"), ev(K.TRIAL_HEARING, "2025-02-10"),
                                      ev(K.VERDICT, "2025-05-12")], today=TODAY)
    assert s is not None
    assert (s.status, s.since) == (S.CONVICTED, date(2025, 5, 12))


def test_pre_trial_after_a_verdict_is_suggested_convicted() -> None:
    s = suggest_status(S.PRE_TRIAL, date(2024, 3, 1), [ev(K.VERDICT, "2025-05-12")], today=TODAY)
    assert s is not None and s.status is S.CONVICTED


def test_never_the_status_the_captive_has() -> None:
    assert suggest_status(S.PRE_TRIAL, date(2024, 3, 1), [ev(K.CHARGE, "2024-03-01")],
                          today=TODAY) is None


def test_never_a_step_back() -> None:
    # Convicted since May 2025; a charge in a new case in that month does not make them
    # pre-trial again.
    assert suggest_status(S.CONVICTED, date(2025, 5, 12), [ev(K.CHARGE, "2025-05-20")],
                          today=TODAY) is None


def test_records_older_than_the_status_date_do_not_count() -> None:
    # Status "held" set on 1 April 2025; the charge of 1 March 2025 was known then.
    assert suggest_status(S.HELD, date(2025, 4, 1), [ev(K.CHARGE, "2025-03-01")],
                          today=TODAY) is None
    # The same day counts: status set in the morning, charges brought that afternoon.
    s = suggest_status(S.HELD, date(2025, 4, 1), [ev(K.CHARGE, "2025-04-01")], today=TODAY)
    assert s is not None and s.since == date(2025, 4, 1)


def test_future_records_do_not_count() -> None:
    # The verdict hearing is set for 2 June 2025, tomorrow.
    s = suggest_status(S.ON_TRIAL, date(2025, 2, 10), [ev(K.VERDICT, "2025-06-02")], today=TODAY)
    assert s is None
    s = suggest_status(S.ON_TRIAL, date(2025, 2, 10), [ev(K.VERDICT, "2025-06-01")], today=TODAY)
    assert s is not None and s.status is S.CONVICTED


def test_end_of_the_last_stay_suggests_released() -> None:
    s = suggest_status(S.CONVICTED, date(2025, 5, 12), [ev(K.STAY_ENDED, "2025-05-30")],
                       today=TODAY)
    assert s is not None and (s.status, s.since) == (S.RELEASED, date(2025, 5, 30))


def test_after_a_release_only_later_records_mean_a_new_custody() -> None:
    old = [ev(K.CHARGE, "2023-01-05"), ev(K.VERDICT, "2023-09-01")]
    assert suggest_status(S.RELEASED, date(2024, 2, 1), old, today=TODAY) is None
    # Arrested again: a detention order of 10 March 2025.
    s = suggest_status(S.RELEASED, date(2024, 2, 1), [*old, ev(K.DETENTION_ORDER, "2025-03-10")],
                       today=TODAY)
    assert s is not None and (s.status, s.since) == (S.PRE_TRIAL, date(2025, 3, 10))
    assert suggest_status(S.REPATRIATED, None, [ev(K.DETENTION_ORDER, "2025-03-10")],
                          today=TODAY) is None


def test_nothing_after_a_death() -> None:
    assert suggest_status(S.DECEASED, date(2025, 1, 1), [ev(K.VERDICT, "2025-02-01")],
                          today=TODAY) is None


# -- which records count, from a captive's file ------------------------------------------

LEVEL = Sensitivity.SHAREABLE
BAKU = timezone(timedelta(hours=4))


def file_of(**records: Any) -> CaptiveFileDTO:
    empty: dict[str, Any] = {name: () for name in (
        "status_history", "identity_documents", "detention_places", "welfare_contacts",
        "prosecutions", "detention_orders", "hearings", "international_proceedings",
        "interventions", "documents", "deadlines", "notes")}
    return CaptiveFileDTO(captive=None, **{**empty, **records})  # type: ignore[arg-type]


def hearing(hid: int, when: datetime, kind: HearingKind) -> HearingDTO:
    return HearingDTO(hid, f"h{hid}", when, "Asia/Baku", "Baku Military Court", kind, "", None,
                      "", None, "", LEVEL, (7,))


def order(oid: int, decided: date | None, start: date) -> DetentionOrderDTO:
    return DetentionOrderDTO(oid, f"o{oid}", 7, None, "Baku Court", decided, start, 4, 0,
                             start + timedelta(days=120), DetentionOrderKind.INITIAL, None, "", "",
                             LEVEL)


def place(pid: int, start: date, end: date | None) -> DetentionPlaceDTO:
    return DetentionPlaceDTO(pid, f"p{pid}", 7, f"Facility {pid}", "", start, end, "", LEVEL)


def test_evidence_of_a_file() -> None:
    charge = ChargeDTO(3, "c3", 2, "CC", "279", "", "Illegal armed group", date(2024, 12, 14))
    undated = ChargeDTO(4, "c4", 2, "CC", "318", "", "Border crossing", None)
    prosecution = ProsecutionDTO(2, "p2", 7, "N-1", "State Security Service", "", "", "", "",
                                 CounselKind.UNKNOWN, "", None, "", LEVEL, (charge, undated))
    f = file_of(
        prosecutions=(prosecution,),
        # Decided on 5 Dec 2024, detention counted from the arrest on 3 Dec 2024.
        detention_orders=(order(5, date(2024, 12, 5), date(2024, 12, 3)),),
        hearings=(
            # 00:30 in Baku on 12 May 2025 is still 11 May in UTC: the court's day counts.
            hearing(8, datetime(2025, 5, 12, 0, 30, tzinfo=BAKU), HearingKind.VERDICT),
            hearing(9, datetime(2025, 2, 10, 10, 0, tzinfo=BAKU), HearingKind.TRIAL_SESSION),
            hearing(10, datetime(2025, 7, 1, 10, 0, tzinfo=BAKU), HearingKind.APPEAL),
        ),
        detention_places=(place(11, date(2024, 12, 3), date(2025, 1, 20)),
                          place(12, date(2025, 1, 20), None)),
    )
    found = {(e.kind, e.on, e.record_id) for e in evidence_of(f)}
    assert found == {
        (K.CHARGE, date(2024, 12, 14), 3),
        (K.DETENTION_ORDER, date(2024, 12, 3), 5),
        (K.VERDICT, date(2025, 5, 12), 8),
        (K.TRIAL_HEARING, date(2025, 2, 10), 9),
    }  # no appeal, no undated charge, no prosecution without an opening date, no release


def test_the_last_stay_ended_is_a_release_a_transfer_is_not() -> None:
    transfer = file_of(detention_places=(place(1, date(2024, 1, 1), date(2024, 6, 1)),
                                         place(2, date(2024, 6, 1), None)))
    assert not [e for e in evidence_of(transfer) if e.kind is K.STAY_ENDED]
    released = file_of(detention_places=(place(1, date(2024, 1, 1), date(2024, 6, 1)),
                                         place(2, date(2024, 6, 1), date(2025, 3, 9))))
    ended = [e for e in evidence_of(released) if e.kind is K.STAY_ENDED]
    assert [(e.on, e.record_id, e.where) for e in ended] == [(date(2025, 3, 9), 2, "Facility 2")]
