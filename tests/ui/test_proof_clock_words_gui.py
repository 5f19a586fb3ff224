"""The Filing facts tab's proof-of-life clock counts its days in each language's plural forms:
it said "1 days ago" in English and «(предупреждение после 21 дней)» in Russian."""

from __future__ import annotations

from datetime import date

from caseapp.domain.proof_of_life import ProofClock
from caseapp.ui.views.captive_risk import proof_text


def test_english_counts_one_day(qapp) -> None:
    said = proof_text(ProofClock(date(2026, 11, 26), 1, 21))
    assert "1 day ago." in said and "after 21 days" in said, said


def test_russian_counts_its_days(qapp, russian) -> None:
    said = proof_text(ProofClock(date(2026, 11, 6), 21, 21))
    assert "21 день назад." in said and "через 21 день" in said, said
    said = proof_text(ProofClock(date(2023, 1, 1), 1154, 30))
    assert "1\u00a0154 дня назад." in said and "через 30 дней" in said, said


def test_armenian_counts_its_days(qapp, armenian) -> None:
    said = proof_text(ProofClock(date(2026, 11, 6), 21, 30))
    assert "21 օր առաջ" in said and "30 օր" in said and "days" not in said, said
