"""What ``caseapp --version`` says: the app's version and those of the parts a support
request needs (the case file's schema revision, Qt, SQLCipher, Python)."""

from __future__ import annotations

import platform
import sys

from caseapp import __version__


def version_lines() -> list[str]:
    """One line each: CaseApp, the schema it writes, Qt, SQLCipher/SQLite, Python."""
    import PySide6
    import sqlcipher3
    from PySide6.QtCore import qVersion

    from caseapp.db.migrate import head_revision

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    cipher = row[0] if row else "not available"
    where = "bundle" if getattr(sys, "frozen", False) else "Python package"
    return [
        f"CaseApp {__version__} ({where})",
        f"Case file schema revision {head_revision()}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
        f"SQLCipher {cipher} (SQLite {sqlcipher3.sqlite_version})",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
    ]
