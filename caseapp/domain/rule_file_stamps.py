"""A short stamp of the deadline rules' files as they are on this computer: a digest of each
file's name and bytes (a few small files: no rule is parsed, no holiday calendar built). It
changes when the lawyer edits, adds or removes a rule file of her own, or when CaseApp ships
other rules, so that what depends on the rules (the court's zone a whole-day deadline ends
with: caseapp.services.court_zone_fill) is looked at again only then, not at every
opening."""

from __future__ import annotations

import hashlib
from pathlib import Path


def rule_files_stamp(*folders: Path) -> str:
    """The stamp of the ``*.toml`` files of ``folders`` (in that order; a folder that does
    not exist, or a file that cannot be read, adds nothing): 16 hex digits."""
    digest = hashlib.sha256()
    for index, folder in enumerate(folders):
        try:
            paths = sorted(folder.glob("*.toml"))
        except OSError:
            paths = []
        for path in paths:
            try:
                content = path.read_bytes()
            except OSError:
                continue
            digest.update(f"{index}\0{path.name}\0{len(content)}\0".encode(
                "utf-8", "surrogateescape"))
            digest.update(content)
    return digest.hexdigest()[:16]
