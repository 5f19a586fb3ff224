"""Backups… → Verify on a backup made before the passphrase was changed: it is intact (its
SHA-256 is the one recorded when it was made) and opens with the passphrase of that day. The
dialog said “… failed the check: … the passphrase is wrong or the file is damaged”, which sends
a lawyer after another backup for nothing; it now says the backup is intact."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile
from tests.conftest import ENCRYPTED_PASSPHRASE
from tests.ui.test_backups_record_no_json_gui import shown_dialog, verified


def test_verify_of_a_backup_with_the_passphrase_of_its_day_says_it_is_intact(
        qtbot, encrypted_case_file: CaseFile) -> None:
    encrypted_case_file.backups.backup_now("manual")
    encrypted_case_file.change_passphrase(ENCRYPTED_PASSPHRASE, "violet mountain ferry lantern")
    dialog = shown_dialog(qtbot, encrypted_case_file)
    said = verified(qtbot, dialog)
    assert "failed the check" not in said and "damaged" not in said, said
    assert "it is intact" in said and "when the backup was made" in said, said
