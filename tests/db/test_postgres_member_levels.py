"""Team mode: what a member below internal clearance writes without choosing a level is stored
at most at their clearance, so they read back what they wrote; a level they choose above it
is refused in one line, nothing saved.

Every kind of record is written by a press officer (clearance public) with the kind's default
level left to the app (shareable for facts, internal for notes and contacts, and shareable
for the deadlines the engine computes), the way the app's level chooser starts a new record
at the login's clearance. Before, a detention order added by the press officer was refused
by the server for the shareable deadlines it set off, and a deadline from a rule applied by
hand was refused at any clearance below internal (its trigger is no record to follow).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.db.test_postgres_team import Team, make_team
from tests.db.test_postgres_team_writes import (
    assert_the_owners_check_passes,
    opened,
    opened_after_the_owners_upgrade,
)


@pytest.fixture
def team(pg_url: str) -> Team:
    """A team of its own (every test here writes)."""
    return make_team(pg_url)


# Each kind written with no level chosen: (service, what to write; {c}: the captive's ID).
KINDS: dict[str, dict[str, Any]] = {
    "notes": {"captive_id": "{c}", "title": "Call", "body": "pressnotemark"},
    "welfare_contacts": {"captive_id": "{c}", "contact_on": "2026-11-01", "kind": "icrc_visit"},
    "detention_places": {"captive_id": "{c}", "facility": "pressplacemark",
                         "from_date": "2026-10-01"},
    "identity_documents": {"captive_id": "{c}", "kind": "passport"},
    "prosecutions": {"captive_id": "{c}", "case_number": "presscasemark"},
    "international_proceedings": {"captive_id": "{c}", "body": "echr", "kind": "application"},
    "hearings": {"starts_at": "2026-12-10 10:00", "timezone": "Asia/Baku",
                 "court": "presscourtmark", "captive_ids": ["{c}"]},
    "detention_orders": {"captive_id": "{c}", "start_date": "2026-11-21", "term_months": 4},
    "interventions": {"made_on": "2026-11-20", "subject": "pressletter",
                      "captive_ids": ["{c}"]},
    "organisations": {"name": "pressorgmark", "kind": "ngo"},
    "contacts": {"name": "pressperson"},
    "documents": {"captive_id": "{c}", "title": "pressdocmark", "filename": "a.pdf",
                  "content": b"%PDF-1.4 press"},
    "deadlines": {"captive_id": "{c}", "title": "pressdeadlinemark", "due_on": "2026-12-20",
                  "notes": "a note makes it internal by default"},
    "deliveries": {"captive_id": "{c}", "title": "pressdeliverymark",
                         "appeared_on": "2026-11-25"},
}


def _filled(value: Any, captive: int) -> Any:
    if value == "{c}":
        return captive
    if isinstance(value, list):
        return [_filled(v, captive) for v in value]
    return value


def _public_captive(cf: CaseFile) -> int:
    return next(c.id for c in cf.captives.list() if c.sensitivity is Sensitivity.PUBLIC)


def test_every_kind_a_press_officer_writes_without_a_level_is_public_and_theirs_to_read(
        team: Team) -> None:
    cf = opened(team, Sensitivity.PUBLIC)
    try:
        c = _public_captive(cf)
        for kind, fields in KINDS.items():
            service = getattr(cf, kind)
            made = service.create(**{k: _filled(v, c) for k, v in fields.items()})
            assert made.sensitivity is Sensitivity.PUBLIC, kind
            assert service.get(made.id).id == made.id, kind  # read back through the policies
        # The deadlines the engine computed (the order's expiry among them) are theirs too.
        computed = [d for d in cf.deadlines.list(captive_id=c) if d.rule_id]
        assert any(d.rule_id.endswith("detention.expiry") for d in computed)
        assert {d.sensitivity for d in computed} == {Sensitivity.PUBLIC}
        # A change of status with a note (internal by default) on a captive whose status the
        # press officer may see, and a new captive (shareable by default).
        new = cf.captives.create(names=["Petrosyan Ani"], summary="pressnewcaptive")
        assert new.sensitivity is Sensitivity.PUBLIC
        cf.captives.set_status(new.id, "held", effective_on="2026-11-02", note="pressstatus")
        assert [h.sensitivity for h in cf.captives.status_history(new.id)][-1] \
            is Sensitivity.PUBLIC
    finally:
        cf.close()
    assert_the_owners_check_passes(team)


def test_a_rule_applied_by_hand_by_an_assistant_is_stored_and_read_back(team: Team) -> None:
    cf = opened(team, Sensitivity.SHAREABLE)
    try:
        a = next(c.id for c in cf.captives.list() if c.primary_name == "Arakelyan Anush")
        made = cf.deadline_engine.from_rule(captive_id=a, rule_id="az.cassation",
                                            trigger="2026-11-01")
        assert [d.sensitivity for d in made] == [Sensitivity.SHAREABLE]
        assert [d.id for d in cf.deadlines.list(captive_id=a) if d.rule_id == "az.cassation"] \
            == [made[0].id]
    finally:
        cf.close()
    public = opened(team, Sensitivity.PUBLIC)
    try:  # its captive and its own level are shareable: still out of the press officer's sight
        assert [d for d in public.deadlines.list() if d.rule_id == "az.cassation"] == []
    finally:
        public.close()


def test_a_server_set_up_before_rules_applied_by_hand_gets_their_policy_from_the_owner(
        team: Team) -> None:
    """A team server whose deadlines' policy predates rules applied by hand: a member is told
    that the owner must upgrade; once the owner opens it, the member's rule is stored."""
    cf = opened_after_the_owners_upgrade(
        team, "ALTER POLICY team_rows ON deadlines USING (caseapp_team.clearance() >= 2) "
              "WITH CHECK (caseapp_team.clearance() >= 2)")
    try:
        a = next(c.id for c in cf.captives.list() if c.primary_name == "Arakelyan Anush")
        assert cf.deadline_engine.from_rule(captive_id=a, rule_id="az.cassation",
                                            trigger="2026-11-01")
    finally:
        cf.close()


CHOSEN_ABOVE: dict[str, Callable[[CaseFile, int], Any]] = {
    "note": lambda cf, c: cf.notes.create(captive_id=c, title="t", body="x",
                                          sensitivity="shareable"),
    "deadline": lambda cf, c: cf.deadlines.create(captive_id=c, title="t", due_on="2026-12-20",
                                                  sensitivity="internal"),
    "change of status": lambda cf, c: cf.captives.set_status(
        c, "held", effective_on="2026-11-02", level="shareable"),
}


@pytest.mark.parametrize("noun", CHOSEN_ABOVE)
def test_a_level_chosen_above_the_clearance_is_refused_in_one_line(team: Team,
                                                                    noun: str) -> None:
    cf = opened(team, Sensitivity.PUBLIC)
    try:
        new = cf.captives.create(names=["Petrosyan Ani"])  # public: its status too
        before = cf.captives.status_history(new.id)
        with pytest.raises(ValidationError) as refused:
            CHOSEN_ABOVE[noun](cf, new.id)
        assert str(refused.value).startswith(f"The level of this {noun}, ")
        assert str(refused.value).endswith(
            "is above your clearance (public): save it as public. Nothing was saved.")
        assert "\n" not in str(refused.value)
        assert cf.captives.status_history(new.id) == before
    finally:
        cf.close()
