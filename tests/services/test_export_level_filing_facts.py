"""An export at a level holds the Court's deliveries and the detention facts that level shows
(their own level allowed, and the captive, proceeding and document they hang on in the export),
and nothing above it: before, it left both kinds out whole, as a travel copy did, even where
the level allowed them. Re-imported, it still says it held only what that level shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.enums import Sensitivity
from caseapp.services import data_exports
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

LEVELS = ("public", "shareable", "internal")


@pytest.fixture
def marked(case_file: CaseFile) -> CaseFile:
    """A public captive with consent to publicity and a shareable one, each with a delivery
    and detention facts at every level, marked MARK-<what>-<level>; and a public delivery of
    a shareable proceeding and of an internal document (shown no lower than their parent)."""
    cf = case_file
    public = cf.captives.create(names=["Vardanyan Armen"], status="held", sensitivity="public",
                                consent_publicity=True).id
    shareable = cf.captives.create(names=["Petrosyan Levon"], status="held",
                                   sensitivity="shareable").id
    no_consent = cf.captives.create(names=["Hakobyan Ani"], status="held",
                                    sensitivity="public").id
    for level in LEVELS:
        cf.deliveries.create(captive_id=public, appeared_on="2026-03-02",
                             title=f"MARK-delivery-{level}", notes=f"MARK-note-{level}",
                             sensitivity=level)
        cf.deliveries.create(captive_id=shareable, appeared_on="2026-03-02",
                             title=f"MARK-their-delivery-{level}", sensitivity=level)
    cf.deliveries.create(captive_id=no_consent, appeared_on="2026-03-02",
                         title="MARK-no-consent-shareable", sensitivity="public")
    proceeding = cf.international_proceedings.create(captive_id=public, body="echr", kind="application",
                                       reference="MARK-proceeding-shareable",
                                       sensitivity="shareable").id
    cf.deliveries.create(proceeding_id=proceeding, appeared_on="2026-03-02",
                         title="MARK-under-proceeding-shareable", sensitivity="public")
    document = cf.documents.create(captive_id=public, title="Letter", filename="letter.pdf",
                                   content=b"%PDF-1.4", sensitivity="internal").id
    cf.deliveries.create(captive_id=public, document_id=document, appeared_on="2026-03-02",
                         title="MARK-with-document-internal", sensitivity="public")
    cf.detention_facts.record(public, state_confirmed=True,
                              confirmed_source="MARK-facts-public", sensitivity="public")
    cf.detention_facts.record(shareable, risk_notes="MARK-their-facts-shareable",
                              sensitivity="shareable")
    cf.detention_facts.record(no_consent, confirmed_source="MARK-no-consent-facts-shareable",
                              sensitivity="public")
    return cf


def _marks(text: str) -> set[str]:
    import re
    return set(re.findall(r"MARK-[a-z-]+-(?:public|shareable|internal)", text))


@pytest.mark.parametrize("level", LEVELS)
def test_an_export_at_a_level_holds_what_it_shows_and_nothing_above(
        marked: CaseFile, tmp_path: Path, level: str) -> None:
    target = tmp_path / f"{level}.json"
    data_exports.export_json(marked, target, level=level)
    raw = target.read_bytes().decode("utf-8")
    found = _marks(raw)
    allowed = Sensitivity(level)
    above = {m for m in found if not allowed.allows(Sensitivity(m.rsplit("-", 1)[1]))}
    assert above == set(), f"above {level}: {above}"
    expected = {"public": {"MARK-delivery-public", "MARK-note-public", "MARK-facts-public"},
                "shareable": {"MARK-delivery-public", "MARK-note-public", "MARK-facts-public",
                              "MARK-delivery-shareable", "MARK-note-shareable",
                              "MARK-their-delivery-public", "MARK-their-delivery-shareable",
                              "MARK-their-facts-shareable", "MARK-no-consent-shareable",
                              "MARK-no-consent-facts-shareable", "MARK-proceeding-shareable",
                              "MARK-under-proceeding-shareable"}}
    if level == "internal":
        assert len(found) == 16  # every mark: the whole file
    else:
        assert found == expected[level]
    data = json.loads(raw)
    # The Court's delivery reminders (shareable, as computed deadlines are) come with the
    # deliveries they were computed from, never without them.
    delivered = {r["uid"] for r in data["tables"]["court_deliveries"]}
    reminders = {r["trigger_uid"] for r in data["tables"]["deadlines"]
                 if r.get("trigger_kind") == "court_delivery"}
    assert reminders == (delivered if level != "public" else set())


@pytest.mark.parametrize("level", ["public", "shareable"])
def test_an_export_at_a_level_imported_again_says_what_it_held(
        marked: CaseFile, tmp_path: Path, level: str) -> None:
    target = tmp_path / f"{level}.json"
    data_exports.export_json(marked, target, level=level)
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="t",
                           today=lambda: TODAY)
    try:
        report = other.import_json(target)
        assert report.read_at_level is Sensitivity(level)
        titles = {d.title for d in other.deliveries.list()}
        assert "MARK-delivery-public" in titles
        assert all(not Sensitivity(level).allows(Sensitivity.INTERNAL) for _ in titles)
        assert not any(t.endswith("-internal") for t in titles)
    finally:
        other.close()


def test_a_travel_copy_takes_them_at_its_level_and_the_merge_brings_changes_back(
        marked: CaseFile, tmp_path: Path) -> None:
    """The travel copy and the export apply one filter: a shareable copy holds the deliveries
    and facts the level shows; what is changed in them on the road merges back."""
    from caseapp.services.travel_copy import make_travel_copy
    from caseapp.services.travel_merge import merge_travel_copy, open_travel_copy

    target = tmp_path / "travel.db"
    made = make_travel_copy(marked, target, level="shareable",
                            passphrase="olive lantern river seven")
    assert "court_deliveries" in made.counts and "detention_facts" in made.counts
    travel = open_travel_copy(target, "olive lantern river seven", actor="t")
    try:
        titles = {d.title: d.id for d in travel.deliveries.list()}
        assert not any(t.endswith("-internal") for t in titles)
        travel.deliveries.update(titles["MARK-delivery-shareable"], downloaded_on="2026-03-03")
        armen = next(c.id for c in travel.captives.list() if c.primary_name == "Vardanyan Armen")
        travel.detention_facts.record(armen, confirmed_source="MARK-facts-changed-public")
        report = merge_travel_copy(marked, travel)
    finally:
        travel.close()
    assert report.conflicts == ()
    # (and the delivery's download reminder, done on the road)
    assert report.updated == {"court_deliveries": 1, "detention_facts": 1, "deadlines": 1}
    back = {d.title: d for d in marked.deliveries.list()}
    assert str(back["MARK-delivery-shareable"].downloaded_on) == "2026-03-03"
    armen = next(c.id for c in marked.captives.list() if c.primary_name == "Vardanyan Armen")
    assert marked.detention_facts.of_captive(armen).confirmed_source == \
        "MARK-facts-changed-public"
