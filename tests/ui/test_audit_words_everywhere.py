"""Every kind of record the services write audit entries for, and every field they name in
one, reads in the window's language in the audit log (the dashboard's recent changes, a
captive's History tab): a noun and a label from the catalogue, never the table's or the
column's name ("case_settings", "Custody max days") that :func:`field_label` falls back to.

The walk finds what the services audit rather than a list written here: each record
service's model with the columns it audits and the relations it adds (read on a record of
the demo), each case setting (a setting's entry names it as its field), and what an import of
a JSON export records."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from sqlalchemy import select

import caseapp.services
from caseapp.services.casefile import CaseFile
from caseapp.services.records import RecordService
from caseapp.services.setting_values import REGISTRY
from caseapp.ui.views.audit_texts import _INTERNAL, entity_noun, field_label

LATIN = re.compile(r"[A-Za-z]")
# Fields the services write by name beside a record's columns: a deleted deadline's note
# (caseapp.services.deadlines.DELETE_NOTE_FIELD) and a merge of two captives
# (caseapp.services.captive_merge), and what a merge of a travel copy records
# (caseapp.services.travel_merge: its entry is made only from a travel copy).
NAMED = {"deadlines": {"note"}, "captives": {"merged"},
         "travel_merges": {"copy_id", "added", "updated", "conflicts", "kept_in_main"}}


def _record_services() -> list[type[RecordService]]:
    for info in pkgutil.iter_modules(caseapp.services.__path__):
        importlib.import_module(f"caseapp.services.{info.name}")
    found, todo = [], list(RecordService.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if "model" in vars(cls) or any("model" in vars(b) for b in cls.__mro__[1:-1]
                                        if b is not RecordService):
            found.append(cls)
    return found


def audited(cf: CaseFile, empty: CaseFile, tmp_path: Path) -> dict[str, set[str]]:
    """Table → the fields its audit entries name (``cf`` holds a record of each kind; an
    import into ``empty`` tells what an import records)."""
    out: dict[str, set[str]] = {t: set(f) for t, f in NAMED.items()}
    with cf.ctx.read() as s:
        for cls in _record_services():
            model = cls.model
            skip = {*cls.immutable, *cls.audited_out}
            fields = out.setdefault(model.__tablename__, set())
            fields |= {c.key for c in model.__table__.columns if c.key not in skip}
            row = s.scalars(select(model).limit(1)).first()
            if row is not None:  # names, tags, captives of a hearing …
                fields |= set(cls.relations(cls.__new__(cls), row))
    out["case_settings"] = set(REGISTRY)
    source = tmp_path / "export.json"
    empty.export_json(source)
    empty.import_json(source)
    [entry] = [e for e in empty.audit.recent(5) if e.entity == "imports"]
    out["imports"] = set(json.loads(entry.new_value))
    return {t: {f for f in fields if f not in _INTERNAL} for t, fields in out.items()}


@pytest.mark.parametrize("language", ["russian", "armenian"])
def test_every_audited_record_and_field_has_words_in_the_window(
        demo_file: CaseFile, case_file: CaseFile, tmp_path: Path, request: pytest.FixtureRequest,
        language: str) -> None:
    walked = audited(demo_file, case_file, tmp_path)
    assert {"captives", "case_settings", "imports", "hearings", "deadlines"} <= set(walked)
    assert "custody_max_days" in walked["case_settings"] and "tags" in walked["captives"]
    request.getfixturevalue(language)
    nouns = {t: entity_noun(t) for t in walked}
    no_noun = sorted(t for t, noun in nouns.items() if not noun or LATIN.search(noun))
    assert not no_noun, f"no {language} noun for {no_noun}"
    no_label = sorted(f"{t}.{f}: {label}" for t, fields in walked.items() for f in fields
                      if LATIN.search(label := field_label(f, t)))
    assert not no_label, f"no {language} label for {no_label}"
