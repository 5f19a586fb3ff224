"""What a passphrase that SQLCipher refused may really mean, told where it can be known: it
is refused alike when it is wrong, when the file is damaged where the key is checked, and when
a file with passphrase recovery is opened without its key file. Said as a wrong passphrase,
the lawyer doubts the right one — and the window's "wipe after N wrong passphrases" counts
each try of it, then wipes the file (and its backups, when chosen).

A damaged file: when the passphrase opens the latest verified backup (made with the same
passphrase), the passphrase is right and the file is damaged; said so, with that backup
offered as for any damaged file. One key derivation more, on a refusal only. Not when the
passphrase was changed since that backup was made: it opens with the old one, and the
passphrase that opens it is the file's old one, said so (still a wrong passphrase).

A missing key file: a case file with passphrase recovery is keyed with a random data key
kept only in its key file (``NAME.keys``, :mod:`caseapp.db.key_wrap`), without which not even
the right passphrase opens it. When the file has none and the passphrase opens the copy kept
with the newest backup that has one, and the data key in it opens the file, the open says
that the key file is missing and where its copy is. Only that copy is tried (a passphrase
tried on a key file costs about half a second of scrypt).

Nothing is written either way.
"""

from __future__ import annotations

from datetime import MAXYEAR
from pathlib import Path

from caseapp.db import key_wrap
from caseapp.db.sqlite_connect import derived_key
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.domain.messages import msg
from caseapp.services.backup import BackupStore


def refused_passphrase(path: Path, passphrase: str | None,
                       backup_root: Path | None) -> CaseFileError | None:
    """What to say instead of a wrong passphrase for the case file at ``path`` when
    ``passphrase`` can be shown to be right (see the module's description); None otherwise."""
    return missing_key_file(path, passphrase, backup_root) or damaged_file(
        path, passphrase, backup_root)


def damaged_file(path: Path, passphrase: str | None,
                 backup_root: Path | None) -> CaseFileError | None:
    """The file at ``path`` is damaged when ``passphrase`` opens its latest verified backup."""
    if not passphrase or key_wrap.is_raw_key(passphrase):
        return None
    store = BackupStore(path, root=backup_root)
    latest = store.latest_verified()
    if latest is None or not latest.encrypted:
        return None
    changed = store.passphrase_changed_at()
    if changed is not None and changed >= latest.created_at:
        # the backup opens with the passphrase of before: it proves nothing of the file
        if changed.year == MAXYEAR or not _opens(latest.path, passphrase):
            return None
        return WrongPassphrase(
            msg("Cannot open {file}: this is the passphrase it had before its passphrase was "
                "changed on {when} (it opens the backups made before then). Type the passphrase "
                "it has now. Nothing was changed.", file=path, when=changed.astimezone()),
            bad_input=True)
    if not _opens(latest.path, passphrase):
        return None
    return CaseFileError(
        msg("Cannot open {file}: the file is damaged. The passphrase is right (it opens the latest "
            "verified backup, {backup}, made {when}). Nothing was changed.", file=path,
            backup=latest.path, when=latest.created_at.astimezone()),
        damaged=True, backup=latest.path)


def _opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` (in any of the forms its letters can be typed in) opens the
    encrypted file at ``path``; nothing is written."""
    for typed in key_wrap.typed_forms(passphrase):
        try:
            key = key_wrap.sqlcipher_key(path, typed)
        except CaseFileError:  # its key file is damaged
            return False
        if key is None:
            continue
        if key_wrap.is_raw_key(key):
            if key_wrap.opens_with(path, key):
                return True
        elif derived_key(path, key) is not None:
            return True
    return False


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


__all__ = ["damaged_file", "missing_key_file", "refused_passphrase"]
