"""Encryption keys are derived with few iterations in the tests.

SQLCipher derives the key of an encrypted case file from the passphrase with 256,000
iterations of PBKDF2-HMAC-SHA512 (SQLCipher 4's default, which CaseApp keeps) on every new
connection: 0.2 to 0.6 s each on the 2-core CI machine, and the suite opens encrypted files
hundreds of times. ``tests/conftest.py`` lowers SQLCipher's process-wide default to
:data:`TEST_KDF_ITERATIONS` before any file is made; the encryption itself (AES-256, page
authentication) is unchanged. A child process that opens the tests' files calls
:func:`use_test_key_derivation` too. ``tests/db/test_engine.py`` checks, with
:func:`production_key_derivation`, that a file the app makes outside the tests uses the full
count.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

TEST_KDF_ITERATIONS = 4000


def _default_iterations(value: int | None = None) -> int:
    """SQLCipher's default iteration count for new connections (set to ``value`` if given)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        if value is not None:
            conn.execute(f"PRAGMA cipher_default_kdf_iter = {int(value)}")
        return int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        conn.close()


PRODUCTION_KDF_ITERATIONS = _default_iterations()  # read before anything lowers it


def use_test_key_derivation() -> None:
    """Every encrypted file made or opened from now on in this process uses few iterations."""
    assert _default_iterations(TEST_KDF_ITERATIONS) == TEST_KDF_ITERATIONS


@contextmanager
def production_key_derivation() -> Iterator[None]:
    """SQLCipher's own default inside the block, as in the app."""
    _default_iterations(PRODUCTION_KDF_ITERATIONS)
    try:
        yield
    finally:
        use_test_key_derivation()
