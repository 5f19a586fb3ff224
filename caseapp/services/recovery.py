"""Recovering a lost passphrase with colleagues' shares (SLIP-39, m of n).

Setting up recovery gives the case file a random data key (``db/key_wrap.py``) and
splits a new random recovery key into ``shares`` SLIP-39 word lists, any ``threshold`` of
which give it back. The word lists are returned to the caller to show or print; they are
never written anywhere by CaseApp. Any ``threshold`` shares then unwrap the data key and
set a new passphrase; fewer give nothing.

Setting up recovery again makes a new recovery key and new shares: the old shares no
longer open this file (they still open backups made before, which keep their own key file).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caseapp.db import key_wrap
from caseapp.db.engine import Database
from caseapp.db.file_checks import file_kind
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.passphrase import Strength, check_new_passphrase
from caseapp.services.backup import BackupStore
from caseapp.services.security import rekey_file

RECOVERY_KEY_BYTES = 16  # SLIP-39's usual size: 20 words a share, 2**128 possible keys
MAX_SHARES = 16  # SLIP-39's limit


@dataclass(frozen=True)
class RecoveryShares:
    """The word lists of one recovery set: hand one to each colleague."""

    threshold: int
    words: tuple[str, ...]  # one share per item, its words separated by spaces
    identifier: int


@dataclass(frozen=True)
class RecoveryStatus:
    threshold: int
    shares: int
    identifier: int


def status(path: Path | str) -> RecoveryStatus | None:
    """How the case file at ``path`` can be recovered; None when it cannot."""
    keys = key_wrap.read_keys(path)
    if keys is None or keys.by_recovery is None:
        return None
    info = keys.recovery
    return RecoveryStatus(info["threshold"], info["shares"], info["identifier"])


def _check_counts(shares: int, threshold: int) -> None:
    if not 2 <= threshold <= shares <= MAX_SHARES:
        raise CaseFileError(
            msg("Recovery needs at least 2 shares, at most {most}, and a threshold from 2 to the number of "
                "shares (given: {threshold} of {shares}). Nothing was changed.",
                most=MAX_SHARES, threshold=threshold, shares=shares),
            bad_input=True)


def set_up(db: Database, *, shares: int, threshold: int) -> RecoveryShares:
    """Make ``shares`` SLIP-39 shares of a new recovery key, any ``threshold`` of which open
    the encrypted case file ``db`` (which stays open and usable)."""
    _check_counts(shares, threshold)
    if db.path is None:
        raise CaseFileError(msg("A shared database's passwords are reset by its administrator; "
                            "recovery shares are for a case file on this computer."), bad_input=True)
    if not db.encrypted or not db.passphrase:
        raise CaseFileError(msg("{path} is not encrypted: recovery shares are for a case file "
                                "with a passphrase. Nothing was changed.", path=db.path),
                            bad_input=True)
    db.refuse_writes()
    import shamir_mnemonic  # (read with its word list only where shares are made or read)
    from shamir_mnemonic import Share

    recovery_key = os.urandom(RECOVERY_KEY_BYTES)
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], recovery_key)
    words = tuple(groups[0])
    identifier = Share.from_mnemonic(words[0]).identifier
    keys = key_wrap.read_keys(db.path)
    if keys is not None and key_wrap.is_raw_key(db.passphrase):  # set up before: new shares
        data_key = key_wrap.data_key_of(db.passphrase)
        key_wrap.write_keys(db.path, key_wrap.KeyFile(
            keys.by_passphrase, key_wrap.wrap_with_recovery(
                data_key, recovery_key, identifier=identifier, threshold=threshold,
                shares=shares)))
        return RecoveryShares(threshold, words, identifier)
    data_key = key_wrap.new_data_key()
    # The key file first: until the re-key below is renamed into place, the passphrase
    # still opens the file directly (key_wrap.sqlcipher_key falls back to it).
    key_wrap.write_keys(db.path, key_wrap.KeyFile(
        key_wrap.wrap_with_passphrase(data_key, db.passphrase),
        key_wrap.wrap_with_recovery(data_key, recovery_key, identifier=identifier,
                                    threshold=threshold, shares=shares)))
    passphrase = db.passphrase
    try:
        with db.replacing():  # refused while the file is open elsewhere (a window)
            rekey_file(db.path, passphrase, key_wrap.raw_key(data_key))
    except BaseException:
        key_wrap.keys_path(db.path).unlink(missing_ok=True)
        db.rebind(passphrase)
        raise
    db.rebind(key_wrap.raw_key(data_key))
    db.use_wal()
    return RecoveryShares(threshold, words, identifier)


_WORD_NUMBER = re.compile(r"\d+[.):]?")  # "1." as shown before each word: no SLIP-39 word


def normalise_share(text: str) -> str:
    """A share as typed (any case, extra spaces or line breaks, the words' numbers copied
    from the screen) as SLIP-39 words."""
    return " ".join(w for w in text.lower().split() if not _WORD_NUMBER.fullmatch(w))


def _not_latin(n: int, share: str) -> CaseFileError | None:
    """Share ``n`` has a word with letters that are not Latin (typed on an Armenian or
    Russian keyboard layout, or a Cyrillic "а" that looks Latin): named, with what to do."""
    for k, word in enumerate(share.split(), start=1):
        if any(c.isalpha() and not c.isascii() for c in word):
            return CaseFileError(
                msg("Share {n} cannot be read: word {k} (“{word}”) is not in Latin letters — typed "
                    "with an Armenian or Russian keyboard layout, or with a letter that only looks "
                    "Latin. Switch the keyboard to English and type the share again. Nothing was "
                    "changed.", n=n, k=k, word=word), bad_input=True)
    return None


def _recovery_key(shares: Sequence[str], status_: RecoveryStatus) -> bytes:
    import shamir_mnemonic
    from shamir_mnemonic import MnemonicError, Share

    decoded: dict[int, int] = {}
    for n, text in enumerate(shares, start=1):
        not_latin = _not_latin(n, normalise_share(text))
        if not_latin is not None:
            raise not_latin
        try:
            share = Share.from_mnemonic(normalise_share(text))
        except MnemonicError as exc:
            reason = str(exc).rstrip(".")
            if "checksum" in reason:
                unread = msg("Share {n} cannot be read: a word is mistyped or missing (its checksum does "
                             "not match). Nothing was changed.", n=n)
            elif "length" in reason.lower() or "Invalid mnemonic word" not in reason:
                unread = msg("Share {n} cannot be read: it is not a complete SLIP-39 share. Nothing was "
                             "changed. The share check said: “{reason}”", n=n, reason=reason)
            else:  # (the check's words name the word that is not a SLIP-39 word)
                unread = msg("Share {n} cannot be read: one of its words is not a SLIP-39 word (mistyped?). "
                             "Nothing was changed. The share check said: “{reason}”", n=n, reason=reason)
            raise CaseFileError(unread, bad_input=True) from None
        if share.identifier != status_.identifier:
            raise CaseFileError(msg("Share {n} belongs to another recovery set (of another file, or one replaced "
                                    "since); nothing was changed.", n=n), bad_input=True)
        decoded.setdefault(share.index, n)
    if len(decoded) < status_.threshold:
        raise CaseFileError(
            msg_n("{count} different share given; this file needs {threshold} of its {shares}. Nothing was "
                  "changed.",
                  "{count} different shares given; this file needs {threshold} of its {shares}. Nothing was "
                  "changed.", len(decoded), threshold=status_.threshold, shares=status_.shares),
            bad_input=True)
    try:
        return shamir_mnemonic.combine_mnemonics([normalise_share(s) for s in shares])
    except MnemonicError as exc:
        raise CaseFileError(msg("The shares do not fit together: nothing was changed. The share check "
                                "said: “{reason}”", reason=str(exc).rstrip(".")),
                            bad_input=True) from None


def recover(path: Path | str, shares: Sequence[str], new_passphrase: str,
            repeat: str | None = None) -> Strength:
    """Give the case file at ``path`` the passphrase ``new_passphrase``, proving the right
    to with at least its threshold of recovery ``shares``. The case file must be closed
    everywhere (it is not changed: only its key file is written again)."""
    status_ = status(path)
    if status_ is None:
        if file_kind(Path(path)) == "missing":
            raise CaseFileError(msg("There is no case file at {path}.", path=path), bad_input=True)
        raise CaseFileError(msg("{path} has no passphrase recovery set up (no key file with recovery beside it); "
                                "nothing was changed.", path=path), bad_input=True)
    strength = check_new_passphrase(new_passphrase, repeat)
    keys = key_wrap.read_keys(path)
    assert keys is not None
    data_key = key_wrap.unwrap_with_recovery(keys, _recovery_key(shares, status_))
    if data_key is None:
        raise CaseFileError(msg("The shares fit together but do not open this file's key (the "
                            "key file is damaged or was replaced); nothing was changed."),
                            bad_input=True)
    if not key_wrap.opens_with(Path(path), key_wrap.raw_key(data_key)):
        raise CaseFileError(msg("The key the shares unlock does not open {path} (it is damaged, or its key file "
                                "belongs to another file); nothing was changed.", path=path),
                            damaged=True)
    key_wrap.write_keys(path, key_wrap.with_passphrase(keys, data_key, new_passphrase))
    BackupStore(Path(path)).note_passphrase_change()  # (backups made before keep the old one)
    return strength
