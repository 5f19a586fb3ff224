"""An import's audit entry (the dashboard's recent changes; a travel copy's merge too) logs
how many records of each kind it added, skipped or gave the default level: the History and
audit views say them in words with their plural forms ("2 пленных, 1 постановление…", "2 գերի,
1 որոշում…"), never the JSON the entry stores ({"captives": 2, "detention_orders": 1})."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.ui.views.audit_texts import audit_change, audit_tooltip, entry_line

WORDS = {"ru": ("2 пленных", "1 постановление о заключении под стражу"),
         "hy": ("2 գերի", "կալանավորման մասին 1 որոշում")}
FILE = "export.json"


def _imported(cf: CaseFile, tmp_path: Path):
    """Two captives and an order exported, deleted, then imported back: the import's entry."""
    ids = [cf.captives.create(names=[name], capture="2025-05-01").id
           for name in ("Sahakyan Davit", "Petrosyan Aram")]
    cf.detention_orders.create(captive_id=ids[0], start_date="2026-06-03", term_months=4)
    cf.export_json(tmp_path / FILE)
    for cid in ids:
        cf.captives.delete(cid)
    cf.import_json(tmp_path / FILE)
    [entry] = [e for e in cf.audit.recent(500) if e.entity == "imports"]
    return entry


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_an_imports_counts_read_as_words(case_file: CaseFile, tmp_path: Path, language,
                                         qapp, lang: str) -> None:
    entry = _imported(case_file, tmp_path)
    language(lang)
    change, tooltip = audit_change(entry), audit_tooltip(entry)
    for words in WORDS[lang]:
        assert words in tooltip, tooltip
    assert WORDS[lang][0] in change, change
    # Beside the file's own name, nothing in Latin letters, no code, no JSON.
    for shown in (change, tooltip):
        assert not re.search(r"[A-Za-z_{}\[\]\"]", shown.replace(FILE, "")), shown


@pytest.mark.parametrize(("lang", "line"), [("russian", "Импорт: export.json"),
                                            ("armenian", "Ներմուծում՝ export.json")])
def test_an_imports_recent_change_names_the_import_once(
        case_file: CaseFile, tmp_path: Path, request, lang: str, line: str) -> None:
    """The dashboard's recent changes: the import's summary names it; its kind is not said
    before it again («Импорт: Импорт: export.json», «Ներմուծում: Ներմուծում՝ export.json»)."""
    _imported(case_file, tmp_path)
    request.getfixturevalue(lang)
    [entry] = [e for e in case_file.audit.recent(500) if e.entity == "imports"]
    assert entry_line(entry) == line
