"""A case file with passphrase recovery is keyed with a random data key kept only in its key
file (``NAME.keys``, :mod:`caseapp.db.key_wrap`): without that file beside it, not even the
right passphrase opens it, and SQLCipher's refusal reads as a wrong passphrase. Said as one,
the lawyer doubts her passphrase — and the window's "wipe after N wrong passphrases" counts
each try of the right one.

When the file has no key file and the newest backup that keeps a copy of one is opened by the
passphrase, and the data key in it opens the file, what is wrong is the missing key file: the
open says so, naming where its copy is. Only that one copy is tried (each try of a passphrase
on a key file costs about half a second of scrypt); nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.services.backup import BackupStore


def missing_key_file(path: Path, passphrase: str | None,
                     backup_root: Path | None) -> CaseFileError | None:
    """The error to say instead of a wrong passphrase for the case file at ``path`` when its
    key file is missing and ``passphrase`` opens it through a backup's copy; None otherwise."""
    if not passphrase or key_wrap.is_raw_key(passphrase) or key_wrap.has_keys(path):
        return None
    kept = next((b.path for b in BackupStore(path, root=backup_root).list()
                 if key_wrap.has_keys(b.path)), None)
    if kept is None:
        return None
    try:
        keys = key_wrap.read_keys(kept)
    except CaseFileError:  # the copy is damaged: nothing can be told from it
        return None
    if keys is None:
        return None
    for typed in key_wrap.typed_forms(passphrase):
        data_key = key_wrap.unwrap_with_passphrase(keys, typed)
        if data_key is not None:
            if not key_wrap.opens_with(path, key_wrap.raw_key(data_key)):
                return None
            return CaseFileError(
                msg("Cannot open {file}: its key file {keys} is missing (passphrase recovery is set "
                    "up for it, and without its key file not even the right passphrase opens it). "
                    "The passphrase is right: it opens the copy of the key file kept with a backup, "
                    "{kept}. Copy that file to {keys}, then open the case file again. Nothing was "
                    "changed.", file=path, keys=key_wrap.keys_path(path),
                    kept=key_wrap.keys_path(kept)), bad_input=True)
    return None


__all__ = ["missing_key_file"]
