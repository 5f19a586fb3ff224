"""The choices a record's dialog offers, from the captive's loaded file or the case file: its
prosecutions, hearings and interventions, the organisations and their people, the captives
found by name. The kinds in :mod:`caseapp.ui.dialogs.record_kinds` build their reference
fields from them."""

from __future__ import annotations

from caseapp.ui.dialogs.kind_declaration import CaptiveDialogs, Env
from caseapp.ui.formats import date_text
from caseapp.ui.labels import label
from caseapp.ui.widgets.captive_picker import CaptiveSource, suggested_for


def prosecutions(env: Env) -> list[tuple[str, int]]:
    rows = env.file.prosecutions if env.file else []
    unnumbered = CaptiveDialogs.tr("Case without number (%1)")
    return [(p.case_number or unnumbered.replace("%1", str(p.id)), p.id) for p in rows]


def captives(env: Env) -> CaptiveSource:
    """Captives found by name as the user types; this one and their co-defendants offered
    first."""
    return CaptiveSource(env.ui, suggested=suggested_for(
        env.captive_id, env.file.hearings if env.file else ()))


def organisations(env: Env) -> list[tuple[str, int]]:
    return [(o.name, o.id) for o in env.ui.case_file.organisations.list()]


def contacts(env: Env) -> list[tuple[str, int]]:
    orgs = {o.id: o.name for o in env.ui.case_file.organisations.list()}
    return [(c.name + (f" ({orgs[c.organisation_id]})" if c.organisation_id in orgs else ""), c.id)
            for c in env.ui.case_file.contacts.list()]


def contact_organisations(env: Env) -> dict[int, int | None]:
    """Each person's organisation: the Person box offers the chosen organisation's people."""
    return {c.id: c.organisation_id for c in env.ui.case_file.contacts.list()}


def hearings(env: Env) -> list[tuple[str, int]]:
    rows = env.file.hearings if env.file else []
    # "08.12.2026 — Trial session": the day in the interface's language, the kind translated.
    return [(CaptiveDialogs.tr("%1 — %2").replace("%1", date_text(h.starts_at)).replace("%2", label(h.kind)), h.id)
            for h in rows]


def interventions(env: Env) -> list[tuple[str, int]]:
    rows = env.file.interventions if env.file else []
    return [(f"{date_text(i.made_on)} {i.subject}".strip(), i.id) for i in rows]
