"""An entry of the advocacy log is called by the same word in the window and in the dossier
that prints it: a draft letter was "Проект" in the log and "Черновик" in the dossier
("Նախագիծ" and "Սևագիր" in Armenian), as if they were two states."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import InterventionStatus, ProceedingStatus
from caseapp.reports.texts import label as document_label
from caseapp.ui.labels import label
from caseapp.ui.language import apply_language


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_advocacy_log_and_the_dossier_name_each_status_alike(lang: str, qapp) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    differ = {s.value: (label(s), document_label(s, lang)) for s in InterventionStatus
              if label(s).casefold() != document_label(s, lang).casefold()}
    assert differ == {}
    assert label(ProceedingStatus.DRAFT) == document_label(ProceedingStatus.DRAFT, lang)
