"""The head of the schema revisions, read from the revision files without importing
Alembic (whose imports, with Mako and Pygments, cost more than opening a case file).

A case file at the head needs no migration, so Alembic is imported only for one that is
not (:mod:`caseapp.db.migrate`)."""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"
_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(.+)$", re.M)


def head_from_files(folder: Path = VERSIONS) -> str | None:
    """The one revision no other file names as its ``down_revision``; None where that is not
    one revision (several heads, unreadable files): the caller asks Alembic then."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        paths = list(folder.glob("*.py"))
        for path in paths:
            text = path.read_text(encoding="utf-8")
            rev, down = _REVISION.search(text), _DOWN.search(text)
            if rev is None or down is None:
                continue
            revisions.add(rev.group(1))
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    except OSError:
        return None
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None
