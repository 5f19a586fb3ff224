"""A case file keyed with a random data key, wrapped by the passphrase and by a recovery key.

Without recovery, SQLCipher derives each file's key from the passphrase itself (PBKDF2),
and that is all there is. Once recovery is set up (``services/recovery.py``) the file is
keyed with a random 256-bit *data key* instead, given to SQLCipher as a raw key
(``x'<64 hex digits>'``, SQLCipher's own notation, which skips its key derivation). The
data key is kept only wrapped, in the *key file* beside the case file (``NAME.keys``):

- wrapped by a key derived from the passphrase (scrypt, 128 MiB, about half a second),
  so that the passphrase alone still opens the file;
- wrapped by the recovery key (HKDF-SHA256 of the SLIP-39 master secret), so that enough
  colleagues' shares open it too.

Both wraps are AES-256-GCM. The key file holds nothing readable about the case: two
wrapped keys, their salts and nonces, and how many shares recovery needs. Changing the
passphrase re-wraps the data key and writes the key file again; the case file itself is not
touched. Without its key file such a case file cannot be opened by anyone.

:func:`sqlcipher_key` is the one hook the engine calls: it turns what the user typed into
what SQLCipher needs, and returns it unchanged for every file without a key file.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.fileio import KEYS_SUFFIX, atomic_write_bytes
from caseapp.write_errors import os_reason

FORMAT = "caseapp-keys"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
RAW_KEY = re.compile(r"^x'[0-9a-fA-F]{64}'$")

# scrypt's cost: 2**17 x 128 x 8 bytes = 128 MiB of memory per guess (OWASP's 2023 advice).
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
_AAD_PASSPHRASE = b"caseapp-keys/1 data key wrapped by the passphrase"
_AAD_RECOVERY = b"caseapp-keys/1 data key wrapped by the recovery key"


def keys_path(path: Path | str) -> Path:
    """The key file of the case file at ``path``."""
    return Path(f"{path}{KEYS_SUFFIX}")


def has_keys(path: Path | str) -> bool:
    return keys_path(path).is_file()


def raw_key(data_key: bytes) -> str:
    """``data_key`` as SQLCipher's raw-key string (no key derivation when keying with it)."""
    return f"x'{data_key.hex()}'"


def is_raw_key(key: str | None) -> bool:
    return bool(key) and RAW_KEY.match(key or "") is not None


def data_key_of(key: str) -> bytes:
    """The bytes of a raw-key string made by :func:`raw_key`."""
    if not is_raw_key(key):
        raise ValueError("not a raw key")
    return bytes.fromhex(key[2:-1])


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Wrapped:
    """One AES-256-GCM wrap of the data key, with how its wrapping key is made."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"salt": _b64(self.salt), "nonce": _b64(self.nonce),
                "wrapped": _b64(self.ciphertext), **self.params}

    @classmethod
    def from_json(cls, data: object, params: tuple[str, ...]) -> Wrapped:
        if not isinstance(data, dict):
            raise ValueError("not an object")
        values = {name: data[name] for name in params}
        if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values.values()):
            raise ValueError("bad parameters")
        return cls(_unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["wrapped"]), values)


@dataclass(frozen=True)
class KeyFile:
    """What ``NAME.keys`` holds: the data key wrapped by the passphrase and, when recovery
    is set up, by the recovery key (with the shares' set identifier and threshold)."""

    by_passphrase: Wrapped
    by_recovery: Wrapped | None = None

    @property
    def recovery(self) -> dict[str, int]:
        return dict(self.by_recovery.params) if self.by_recovery else {}


def _scrypt_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"caseapp recovery key").derive(recovery_key)


def _seal(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def _open(kek: bytes, wrapped: Wrapped, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


def wrap_with_passphrase(data_key: bytes, passphrase: str) -> Wrapped:
    salt = os.urandom(16)
    params = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    nonce, sealed = _seal(_scrypt_key(passphrase, salt, **params), data_key, _AAD_PASSPHRASE)
    return Wrapped(salt, nonce, sealed, params)


def unwrap_with_passphrase(keys: KeyFile, passphrase: str) -> bytes | None:
    """The data key, or None when ``passphrase`` is not the one it was wrapped with."""
    w = keys.by_passphrase
    return _open(_scrypt_key(passphrase, w.salt, w.params["n"], w.params["r"], w.params["p"]),
                 w, _AAD_PASSPHRASE)


def wrap_with_recovery(data_key: bytes, recovery_key: bytes, *, identifier: int,
                       threshold: int, shares: int) -> Wrapped:
    salt = os.urandom(16)
    nonce, sealed = _seal(_recovery_kek(recovery_key, salt), data_key, _AAD_RECOVERY)
    return Wrapped(salt, nonce, sealed,
                   {"identifier": identifier, "threshold": threshold, "shares": shares})


def unwrap_with_recovery(keys: KeyFile, recovery_key: bytes) -> bytes | None:
    w = keys.by_recovery
    if w is None:
        return None
    return _open(_recovery_kek(recovery_key, w.salt), w, _AAD_RECOVERY)


def read_keys(path: Path | str) -> KeyFile | None:
    """The key file of the case file at ``path``; None if it has none. A key file that
    cannot be read is a :class:`CaseFileError` naming it."""
    where = keys_path(path)
    try:
        text = where.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CaseFileError(msg("Cannot read the key file {file}: {reason}. Nothing was changed.",
                                file=where, reason=os_reason(exc)), bad_input=True) from None
    try:
        data = json.loads(text.decode("utf-8"))
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a key file")
        recovery = data.get("recovery")
        return KeyFile(
            Wrapped.from_json(data["passphrase"], ("n", "r", "p")),
            None if recovery is None
            else Wrapped.from_json(recovery, ("identifier", "threshold", "shares")))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise CaseFileError(msg("The key file {file} is damaged or is not CaseApp's: the case "
                                "file cannot be opened without it. Put back the copy kept with "
                                "a backup. Nothing was changed.", file=where),
                            damaged=True) from None


def write_keys(path: Path | str, keys: KeyFile) -> None:
    """Write the key file of ``path`` (owner-only, atomically: the old one or the new one)."""
    data: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION,
                            "passphrase": keys.by_passphrase.to_json()}
    if keys.by_recovery is not None:
        data["recovery"] = keys.by_recovery.to_json()
    atomic_write_bytes(keys_path(path), json.dumps(data, indent=1).encode("utf-8"))
    os.chmod(keys_path(path), 0o600)


def with_passphrase(keys: KeyFile, data_key: bytes, passphrase: str) -> KeyFile:
    return replace(keys, by_passphrase=wrap_with_passphrase(data_key, passphrase))


def opens_with(path: Path, key: str, uri: str | None = None) -> bool:
    """Whether SQLCipher reads the file at ``path`` (through ``uri`` when given: a file
    read read-only) with ``key`` (a raw key: no key derivation, so this is quick).
    Nothing is written."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path) if uri is None else uri, uri=uri is not None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = '" + key.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError):
        return False
    finally:
        conn.close()
    return True


def typed_forms(passphrase: str) -> tuple[str, ...]:
    """``passphrase`` as typed, then in the other forms of the same letters Unicode has: "й"
    or "é" typed as one character or as a letter and its accent (a macOS keyboard, a password
    manager, a paste) is the same passphrase to the lawyer, but other bytes to the key
    derivation. A file is keyed with what was typed when it was made; opening it tries what
    is typed now, then these forms, so that it opens whichever form the next keyboard gives.
    A raw key is only itself."""
    if is_raw_key(passphrase):
        return (passphrase,)
    return tuple(dict.fromkeys((passphrase, unicodedata.normalize("NFC", passphrase),
                                unicodedata.normalize("NFD", passphrase))))


def sqlcipher_key(path: Path | str, passphrase: str | None) -> str | None:
    """The key to give SQLCipher for the case file at ``path``, given what the user typed.

    Unchanged when the file has no key file, or when ``passphrase`` is a raw key already
    (an open file's key, passed on to its backups). Otherwise the data key the passphrase
    unwraps; when it unwraps nothing, the passphrase itself, which SQLCipher then refuses
    as a wrong passphrase. A data key that does not open the file (recovery's set-up was
    stopped between writing the key file and re-keying the file) gives way to the
    passphrase too, which still opens the file then.
    """
    if not passphrase or is_raw_key(passphrase):
        return passphrase
    keys = read_keys(path)
    if keys is None:
        return passphrase
    data_key = unwrap_with_passphrase(keys, passphrase)
    if data_key is None:
        return passphrase
    key = raw_key(data_key)
    return key if opens_with(Path(path), key) else passphrase


def copy_keys(source: Path | str, target: Path | str) -> None:
    """Give the copy ``target`` of the case file ``source`` (a backup, a restored file) the
    source's key file, or none when the source has none (a stale one is removed)."""
    try:
        data = keys_path(source).read_bytes()
    except FileNotFoundError:
        keys_path(target).unlink(missing_ok=True)
        return
    atomic_write_bytes(keys_path(target), data)
