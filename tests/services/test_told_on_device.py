"""What a team member below internal clearance was told, kept on her device
(caseapp.services.told_on_device): a damaged or unwritable store never keeps a case file
from opening nor hides a notice; at worst she is told again."""

from __future__ import annotations

from caseapp.services.told_on_device import digest, first_telling, store_path


def test_told_once_per_case_file_and_again_when_what_is_told_changes() -> None:
    one, two = digest(("file", "one")), digest(("file", "two"))
    assert first_telling(one, "a") and first_telling(two, "a")
    assert not first_telling(one, "a") and not first_telling(two, "a")
    assert first_telling(one, "b")
    assert not first_telling(one, "b")


def test_a_damaged_store_counts_as_nothing_told_and_is_written_anew() -> None:
    store_path().parent.mkdir(parents=True, exist_ok=True)
    for damaged in (b"\x00not json", b"[1, 2]", b'{"x": 3}'):
        store_path().write_bytes(damaged)
        assert first_telling("x", "a")
        assert not first_telling("x", "a")


def test_a_store_that_cannot_be_written_tells_every_time_without_an_error() -> None:
    store_path().mkdir(parents=True)  # a folder where the file would be
    assert first_telling("x", "a")
    assert first_telling("x", "a")
