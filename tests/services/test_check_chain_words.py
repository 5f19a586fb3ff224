"""``caseapp check`` (and the window's full check) names the audit entry where the chain
breaks as the audit log shows it: its kind of record and its summary in the reader's words,
a case setting's summary stored before it was worded («Case setting custody_max_days
(stage:pre_trial)») worded as the log words it, never the codes the table stores."""

from __future__ import annotations

import re
import sqlite3

import pytest

from caseapp.db.models import CaseSetting
from caseapp.domain.enums import AuditAction
from caseapp.domain.messages import msg
from caseapp.services.audit_trail import audit
from caseapp.services.casefile import CaseFile

WORDS = {"ru": ("Настройка дела", "Предельный срок содержания под стражей по закону",
                "«в предварительном заключении»"),
         "hy": ("Գործի կարգավորում", "Կալանքի օրենքով սահմանված առավելագույն ժամկետ",
                "«նախնական կալանքի տակ»")}


def _old_entry_changed_outside(cf: CaseFile) -> int:
    """A case setting's entry as the settings service wrote it before (its key and scope as
    codes), then edited outside CaseApp: its id."""
    cf.settings.set("custody_max_days", 300, stage="pre_trial")
    with cf.ctx.transaction() as s:
        row = s.query(CaseSetting).filter_by(scope="stage:pre_trial").one()
        audit(s, cf.ctx, AuditAction.UPDATE, row, field="custody_max_days",
              summary=msg("Case setting {key} ({scope})", key="custody_max_days",
                          scope="stage:pre_trial"), old="300", new="280")
    path = cf.db.path
    cf.db.engine.dispose()
    with sqlite3.connect(path) as conn:
        [(entry,)] = conn.execute("SELECT max(id) FROM audit_entries")
        conn.execute("UPDATE audit_entries SET new_value = '200' WHERE id = ?", (entry,))
    return int(entry)


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_broken_entry_reads_in_the_readers_words(case_file: CaseFile, language,
                                                     lang: str) -> None:
    entry = _old_entry_changed_outside(case_file)
    language(lang)
    [line] = [p for p in case_file.check().problems if str(entry) in p]
    kind, setting, stage = WORDS[lang]
    assert kind in line and setting in line and stage in line, line
    # The actor's login ("tester"), the moment's UTC and the program's name aside, nothing in
    # Latin letters: no code and no stored form.
    rest = line.replace("tester", "").replace("UTC", "").replace("CaseApp", "")
    assert not re.search(r"[A-Za-z_{}]", rest), line
