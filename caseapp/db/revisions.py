"""The head of the schema revisions, read from the revision files without importing
Alembic (whose imports, with Mako and Pygments, cost more than opening a case file).

A case file at the head needs no migration, so Alembic is imported only for one that is
not (:mod:`caseapp.db.migrate`). Read with :mod:`os.path` and string methods: ``caseapp
--version`` asks too, and :mod:`re` and :mod:`pathlib` would be a third of its imports."""

from __future__ import annotations

import os

VERSIONS = os.path.join(os.path.dirname(__file__), "migrations", "versions")
_QUOTES = "'\""


def _quoted(text: str) -> list[str]:
    """The strings written in quotes in ``text`` (``"a"``, ``('a', 'b')``), in order."""
    found: list[str] = []
    opened: str | None = None
    start = 0
    for i, char in enumerate(text):
        if opened is None and char in _QUOTES:
            opened, start = char, i + 1
        elif char == opened:
            found.append(text[start:i])
            opened = None
    return found


def _assigned(text: str, name: str) -> str | None:
    """What a module-level line ``name = …`` or ``name: type = …`` assigns (the text after
    ``=``), None where the file has no such line."""
    for line in text.splitlines():
        if not line.startswith(name):
            continue
        rest = line[len(name):].lstrip()
        if rest.startswith(":"):
            rest = rest.partition("=")[2] if "=" in rest else ""
            return rest.strip() if rest else None
        if rest.startswith("="):
            return rest[1:].strip()
    return None


def known_revisions(folder: str | os.PathLike[str] = VERSIONS) -> frozenset[str]:
    """Every schema revision this CaseApp knows (and so can open a file of), from the
    revision files; empty where they cannot be read."""
    found: set[str] = set()
    try:
        for name in [n for n in os.listdir(folder) if n.endswith(".py")]:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                rev = _assigned(f.read(), "revision")
            rev_names = _quoted(rev) if rev is not None else []
            if len(rev_names) == 1:
                found.add(rev_names[0])
    except OSError:
        return frozenset()
    return frozenset(found)


def head_from_files(folder: str | os.PathLike[str] = VERSIONS) -> str | None:
    """The one revision no other file names as its ``down_revision``; None where that is not
    one revision (several heads, unreadable files): the caller asks Alembic then."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".py")]
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            rev, down = _assigned(text, "revision"), _assigned(text, "down_revision")
            rev_names = _quoted(rev) if rev is not None else []
            if len(rev_names) != 1 or down is None:
                continue
            revisions.add(rev_names[0])
            downs.update(_quoted(down))
    except OSError:
        return None
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None
