"""In Armenian, a sentence that names a captive, a contact or a record by a placeholder reads
right whatever the name's script: no case ending hangs on the name with a hyphen
("Սարգսյան-ը ջնջվեց"), which is right only after Latin letters and digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.domain.armenian_endings import attach_endings
from caseapp.ui.language import apply_language

NAME = "Արամ Սարգսյան"
SENTENCES = [
    ("CaptiveDialogs", "Delete %1? This cannot be undone.", None),
    ("CaptivePicker", "Remove %1", None),
    ("CaptiveTabs", "Deleted %1.", None),
    ("ContactsView", "Deleted %1.", None),
    ("MainWindow", "Deleted %1.", None),
    ("MainWindow", "Delete %1 and everything recorded about them (orders, hearings they alone "
                   "attend, contacts, documents)? This cannot be undone.", None),
    ("Operations", "%1 no longer exists.", None),
    ("Operations", "%1 was changed since.", None),
    ("Operations", "%1 cannot be added again.", None),
    ("Operations", "Undoing “%1” deletes %2 from the file of %3. Delete it?", None),
    ("MergeCaptivesDialog", "Merge %1 into %2", None),
    ("MergeCaptivesDialog", "Merged %1 into %2.", None),
    ("MergeCaptivesDialog", "Moves to %1: %2.", None),
    ("SheetImportDialog", "Merge into %1 (%2)", None),
    ("SheetImportDialog", "Like “%1” (%2; score %3: %4)", None),
    ("MergeCaptivesDialog", "Keep %1 (%2) and merge %3 (%4) into them. Where the two differ, "
                            "choose the value to keep.", None),
    ("Notifier", "No confirmed news of %1 is recorded", None),
    ("Notifier", "No confirmed news of %1 for %Ln day(s)", 12),
]


@pytest.mark.parametrize(("context", "source", "count"), SENTENCES)
def test_an_armenian_name_takes_no_hyphenated_ending(context: str, source: str,
                                                     count: int | None, qapp) -> None:
    apply_language(QCoreApplication.instance(), "hy")  # put back after the test (tests/conftest)
    text = (QCoreApplication.translate(context, source, "", count) if count is not None
            else QCoreApplication.translate(context, source))
    assert text != source, "not translated"
    filled = text.replace("%Ln", "12")
    for n in "123":
        filled = filled.replace(f"%{n}", NAME)
    assert attach_endings(filled) == filled, filled
