"""A captive's status or category above a travel copy's level reads “not shown at this level”
in the copy — in its lists, its documents and on its command line, in each language — never a
value it does not have (before: “Missing”, “Civilian”); merging the copy back never writes that
placeholder over the real value at home, and no one can record it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.errors import ValidationError
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.labels import value_label
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.reports.conftest import LAWYER, pdf_text
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

HIDDEN = "Aram Petrosyan"  # his status is internal
SHOWN = "Vardan Hakobyan"  # his status is public
NOT_SHOWN = {"en": "Not shown at this level", "hy": "Չի ցուցադրվում այս մակարդակում",
             "ru": "Не показывается на этом уровне"}


@pytest.fixture
def main_file(tmp_path: Path) -> Iterator[tuple[CaseFile, int]]:
    cf = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="tester",
                        today=lambda: TODAY)
    hidden = cf.captives.create(names=[HIDDEN], capture="2023-09-27", status="held",
                                sensitivity="public", consent_publicity=True,
                                category="serviceman",
                                field_levels={"status": "internal", "category": "internal"}).id
    cf.captives.set_status(hidden, "pre_trial", effective_on="2024-01-10")
    cf.captives.create(names=[SHOWN], capture="2023-09-27", status="held",
                       sensitivity="public", consent_publicity=True)
    yield cf, hidden
    cf.close()


def _hidden(travel: CaseFile) -> CaptiveDTO:
    """The captive whose status the copy does not hold, as the copy has him."""
    return next(c for c in travel.captives.list() if c.primary_name == HIDDEN)


def _copy(cf: CaseFile, tmp_path: Path) -> Path:
    target = tmp_path / "travel.db"
    make_travel_copy(cf, target, level="public", passphrase=TRAVEL_PASSPHRASE)
    return target


def test_a_withheld_status_reads_not_shown_in_the_copy_and_its_documents(
        main_file: tuple[CaseFile, int], tmp_path: Path) -> None:
    travel = _open(_copy(main_file[0], tmp_path))
    try:
        status = {c.primary_name: c.status for c in travel.captives.list()}
        assert status == {HIDDEN: CaptiveStatus.WITHHELD, SHOWN: CaptiveStatus.HELD}
        category = {c.primary_name: c.category for c in travel.captives.list()}
        assert category == {HIDDEN: CaptiveCategory.WITHHELD, SHOWN: CaptiveCategory.CIVILIAN}
        hidden = _hidden(travel)
        dossier = "\n".join(pdf_text(outputs.dossier(travel, hidden.id, level="internal",
                                                     author="t", lawyer=LAWYER).data))
    finally:
        travel.close()
    for lang, words in NOT_SHOWN.items():
        assert value_label(CaptiveStatus.WITHHELD).render(lang) == words
    flat = dossier.replace("\n", " ")
    assert NOT_SHOWN["en"] in flat and "Missing" not in flat and "Civilian" not in flat


def test_the_copys_captive_list_on_the_command_line_says_not_shown(
        main_file: tuple[CaseFile, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _copy(main_file[0], tmp_path)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", TRAVEL_PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for lang, words in NOT_SHOWN.items():
        out, err = io.StringIO(), io.StringIO()
        code = main(["--lang", lang, "captives", "list", "--db", str(target)], out=out, err=err)
        assert code == 0, err.getvalue()
        line = next(x for x in out.getvalue().splitlines() if HIDDEN in x)
        assert words in line and value_label(CaptiveStatus.MISSING).render(lang) not in line


def test_the_copys_captive_in_json_names_the_fields_kept_back(
        main_file: tuple[CaseFile, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    target = _copy(main_file[0], tmp_path)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", TRAVEL_PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out, err = io.StringIO(), io.StringIO()
    code = main(["captives", "list", "--format", "json", "--db", str(target)], out=out, err=err)
    assert code == 0, err.getvalue()
    withheld = {c["primary_name"]: c["withheld"] for c in json.loads(out.getvalue())}
    # Health and consent notes are internal unless the lawyer sets their own levels
    # (domain/redaction): the first's levels she set for other fields keep them internal too.
    assert withheld == {HIDDEN: ["category", "consent_notes", "health", "status", "status_since"],
                        SHOWN: ["consent_notes", "health"]}


def test_merging_back_never_writes_the_placeholder_over_the_real_status(
        main_file: tuple[CaseFile, int], tmp_path: Path) -> None:
    cf, hidden_id = main_file
    travel = _open(_copy(cf, tmp_path))
    try:
        hidden = _hidden(travel)
        travel.captives.update(hidden.id, summary="Seen in Colony No. 2")
        first = merge_travel_copy(cf, travel)
        travel.captives.update(hidden.id, current_asks="An ICRC visit")
        second = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert first.updated == {"captives": 1} and first.conflicts == ()
    assert second.updated == {"captives": 1} and second.conflicts == ()
    at_home = cf.captives.get(hidden_id)
    assert at_home.status is CaptiveStatus.PRE_TRIAL
    assert at_home.category is CaptiveCategory.SERVICEMAN
    assert at_home.summary == "Seen in Colony No. 2" and at_home.current_asks == "An ICRC visit"
    history = cf.captives.status_history(hidden_id)
    assert [h.new_status for h in history] == [CaptiveStatus.HELD, CaptiveStatus.PRE_TRIAL]


def test_no_one_records_the_placeholder_as_a_status(main_file: tuple[CaseFile, int]) -> None:
    cf, hidden_id = main_file
    with pytest.raises(ValidationError, match="Not shown at this level") as refused:
        cf.captives.set_status(hidden_id, "withheld")
    assert refused.value.field == "status"
    with pytest.raises(ValidationError, match="choose one for “Status”"):
        cf.captives.create(names=["Someone New"], status="withheld")
    with pytest.raises(ValidationError, match="choose one for “Category”") as refused:
        cf.captives.update(hidden_id, category="withheld")
    assert refused.value.field == "category"
    assert cf.captives.get(hidden_id).status is CaptiveStatus.PRE_TRIAL
    assert CaptiveStatus.WITHHELD not in CaptiveStatus.choices()
    assert CaptiveCategory.WITHHELD not in CaptiveCategory.choices()


def test_a_conflict_never_lists_the_placeholder_as_a_value_of_the_copy(
        main_file: tuple[CaseFile, int], tmp_path: Path) -> None:
    cf, hidden_id = main_file
    travel = _open(_copy(cf, tmp_path))
    try:
        travel.captives.update(_hidden(travel).id, current_asks="An ICRC visit")
        cf.captives.delete(hidden_id)  # at home, meanwhile
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    (conflict,) = report.conflicts
    assert "Current requests: An ICRC visit" in conflict.line()
    assert "Status: " not in conflict.line() and NOT_SHOWN["en"] not in conflict.line()


def test_the_copys_captive_file_offers_no_status_over_the_one_it_does_not_hold(
        main_file: tuple[CaseFile, int], tmp_path: Path) -> None:
    travel = _open(_copy(main_file[0], tmp_path))
    try:
        hidden = _hidden(travel)
        travel.hearings.create(captive_ids=[hidden.id], starts_at="2026-11-20 11:00",
                               timezone="Asia/Baku", court="Baku Military Court",
                               kind="trial_session", sensitivity="public")
        # before: a KeyError opening his file (the status implied by a trial session was
        # compared with “not shown at this level”)
        assert travel.captives.status_suggestion(travel.captive_file(hidden.id)) is None
    finally:
        travel.close()
