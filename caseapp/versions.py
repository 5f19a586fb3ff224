"""What ``caseapp --version`` says: the app's version and those of the parts a support
request needs (the case file's schema revision, Qt, SQLCipher, Python).

Answered without importing Qt's Python modules or Alembic: the schema revision is read
from the revision files, Qt's version from the Qt library itself (its C function
``qVersion``), PySide6's from its ``_config.py``. Where any of that is not found (an
unusual install), the slow way is taken.
"""

from __future__ import annotations

import os
import sys

from caseapp import __version__


def schema_head() -> str:
    """The head of the revision files; Alembic's answer where they cannot be read so."""
    from caseapp.db.revisions import head_from_files

    head = head_from_files()
    if head is not None:
        return head
    from caseapp.db.migrate import head_revision

    return head_revision()


def _pyside_package() -> str | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(next(iter(spec.submodule_search_locations)))


def _pyside_version(package: str) -> str | None:
    """The ``version = "…"`` line of PySide6's ``_config.py``."""
    with open(os.path.join(package, "_config.py"), encoding="utf-8") as f:
        for line in f:
            name, equals, value = line.partition("=")
            if equals and name.strip() == "version":
                return value.strip().strip("'\"") or None
    return None


def qt_versions() -> tuple[str, str]:
    """Qt's version (as the library loaded says) and PySide6's."""
    try:
        import ctypes

        package = _pyside_package()
        candidates = ((os.path.join(package, "Qt", "lib", "libQt6Core.so.6"),
                       os.path.join(package, "Qt6Core.dll"),
                       os.path.join(package, "Qt", "lib", "QtCore.framework", "QtCore"))
                      if package else ())
        library = next((p for p in candidates if os.path.isfile(p)), None)
        found = _pyside_version(package) if library and package else None
        if library and found:
            q_version = ctypes.CDLL(library).qVersion
            q_version.restype = ctypes.c_char_p
            return q_version().decode("ascii"), found
    except (OSError, AttributeError, IndexError):
        pass
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__


def python_and_system() -> tuple[str, str, str]:
    """Python's version, the system's name and the machine, as :mod:`platform` names them
    (``python_version``, ``system``, ``machine``): read from ``sys.version`` and ``os.uname``
    where there is one, since importing :mod:`platform` costs ``--version`` a tenth of its
    time; from :mod:`platform` itself elsewhere (Windows)."""
    if hasattr(os, "uname"):
        name = os.uname()
        return sys.version.split()[0], name.sysname, name.machine
    import platform

    return platform.python_version(), platform.system(), platform.machine()


def version_lines() -> list[str]:
    """One line each: CaseApp, the schema it writes, Qt, SQLCipher/SQLite, Python."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    cipher = row[0] if row else "not available"
    where = "bundle" if getattr(sys, "frozen", False) else "Python package"
    qt, pyside = qt_versions()
    python, system, machine = python_and_system()
    return [
        f"CaseApp {__version__} ({where})",
        f"Case file schema revision {schema_head()}",
        f"Qt {qt} (PySide6 {pyside})",
        f"SQLCipher {cipher} (SQLite {sqlcipher3.sqlite_version})",
        f"Python {python} on {system} {machine}",
    ]
