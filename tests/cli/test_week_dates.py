"""A date written as an ISO week ("2026-W01", "2026-W01-1") is no YYYY-MM-DD: Python's
``fromisoformat`` reads it as the Monday of that week (29 December 2025), a day the lawyer
never typed. Every option that takes a day or a moment refuses it in one line, exit 2,
nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_run import digest, one_line, run

WEEKS = ["2026-W01", "2026-W01-1", "2026w011", " 2026-W10-3 "]


@pytest.mark.parametrize("week", WEEKS)
def test_a_week_is_not_a_day(demo_copy: Path, tmp_path: Path, week: str) -> None:
    db = ["--db", str(demo_copy)]
    before = digest(demo_copy)
    for argv in (["rules", "compute", "echr.application", "--trigger", week],
                 ["rules", "compute", "az.court.decides_detention_motion",
                  "--trigger", f"{week.strip()}T10:00+04:00"],
                 ["captives", "status", "1", "released", "--since", week, *db],
                 ["deliveries", "add", "--captive", "1", "--appeared", week, "--title", "T", *db],
                 ["deliveries", "add", "--captive", "1", "--appeared", "2026-01-05",
                  "--downloaded", week, "--title", "T", *db],
                 ["deadlines", "daily-log", "--date", week, "-o", str(tmp_path / "l.pdf"), *db],
                 ["exposure", "--as-of", week, "-o", str(tmp_path / "e.pdf"), *db],
                 ["filing", "echr", "1", "--final-decision", week, "-o", str(tmp_path / "f"),
                  *db],
                 ["filing", "rule39", "1", "--at", f"{week.strip()}T15:30+01:00",
                  "-o", str(tmp_path / "r"), *db]):
        code, out, err = run(*argv)
        assert (code, out) == (2, ""), (argv[:2], code, out[:200], err[:200])
        assert one_line(err) and week.strip()[:8] in err, (argv[:2], err)
    assert digest(demo_copy) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_a_day_written_plainly_still_counts() -> None:
    code, out, _ = run("rules", "compute", "echr.application", "--trigger", "2025-12-29")
    assert code == 0 and out.startswith("2026-04-29")
