"""Where an output may be written: never over the case file, its side files or its backups.

Every command and dialog that writes a file (export, dossier, report, letter, calendar,
backup, restore, screenshots, a document saved out) asks :meth:`OutputGuard.check` first.
A target is refused when, after expanding ``~``, making it absolute and resolving symbolic
links, it is

- the open case file, or the same file under another name (a hard link);
- the key file of a case file with passphrase recovery (``NAME.keys``);
- a file SQLite keeps beside it (``-wal``, ``-shm``, ``-journal``), the copy kept before a
  schema upgrade (``NAME.before-…``) or a temporary file of an atomic write of it;
- anything inside the backups folder (every case file's backups, not only this one's);
- something that is there already and is not a regular file (a folder where a file is
  written, a device, a pipe or a socket): writing would replace it, or never end;
- in a folder that does not exist: a mistyped folder is never made, so a confidential file
  never lands in a new folder nobody meant (``dossier -o Dosiers/x.pdf``).

The check writes nothing; the refusal is one sentence that says what the target is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.fileio import KEYS_SUFFIX, SQLITE_SIDE_FILES, existing_kind


class OutputRefused(ValidationError):
    """An output would have been written over the case file or a backup; nothing was written."""


def _resolved(path: Path | str) -> Path:
    """``path`` absolute, its symbolic links followed; a loop of links is left as it is (the
    write then says so, in the user's language), where Path.resolve raised RuntimeError."""
    return Path(os.path.realpath(os.path.abspath(Path(path).expanduser())))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def _existing_kind(path: Path) -> str | None:
    try:
        return existing_kind(path)
    except (OSError, ValueError):
        return None  # it cannot be looked at: the write says why


def _missing_folder(target: Path | str) -> Path | None:
    """The folder ``target`` goes in when it does not exist (and would be made); None when it
    exists, or when a file stands where a folder of the path should (the write says so)."""
    parent = Path(os.path.abspath(Path(target).expanduser())).parent
    existing = parent
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    return parent if existing != parent and os.path.isdir(existing) else None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@dataclass(frozen=True)
class Refusal:
    """Why a target may not be written: ``kind`` is ``case_file``, ``side_file``,
    ``key_file``, ``case_copy``, ``backups``, ``folder`` (a folder where a file is written),
    ``special`` (a device, a pipe, a socket) or ``no_folder`` (its folder does not exist);
    ``protected`` is the file or folder it would hit (for ``no_folder``, the missing folder)."""

    kind: str
    target: Path
    protected: Path

    def message(self, what: str | Message) -> Message:
        """The refusal as one sentence naming ``what`` was to be written there."""
        t, p = self.target, self.protected
        if self.kind == "case_file":
            return msg("{target} is the open case file: {what} was not written and nothing was "
                       "changed. Choose another file name.", target=t, what=what)
        if self.kind == "side_file":
            return msg("{target} is a file SQLite keeps beside the case file {protected}: {what} "
                       "was not written and nothing was changed. Choose another file name.",
                       target=t, protected=p, what=what)
        if self.kind == "key_file":
            return msg("{target} is the key file of the case file {protected} (without it the case "
                       "file cannot be opened): {what} was not written and nothing was changed. "
                       "Choose another file name.", target=t, protected=p, what=what)
        if self.kind == "case_copy":
            return msg("{target} is a copy the app keeps of the case file {protected}: {what} was "
                       "not written and nothing was changed. Choose another file name.",
                       target=t, protected=p, what=what)
        if self.kind == "no_folder":
            return msg("The folder {folder} does not exist: {what} was not written and nothing "
                       "was changed. Check the path, or create the folder first.",
                       folder=p, what=what)
        if self.kind == "folder":
            return msg("{target} is a folder: {what} was not written and nothing was changed. "
                       "Give a file name.", target=t, what=what)
        if self.kind == "special":
            return msg("{target} is not a regular file (a device, a pipe or a socket): {what} was "
                       "not written and nothing was changed. Choose another file name.",
                       target=t, what=what)
        return msg("{target} is inside the backups folder {protected}: {what} was not written and "
                   "nothing was changed. Choose another file name.", target=t, protected=p,
                   what=what)


@dataclass(frozen=True)
class OutputGuard:
    """The files an output must never replace, for one case file."""

    case_file: Path | None
    backups_root: Path | None

    def refusal(self, target: Path | str, *, folder: bool = False,
                new_folder: bool = False) -> Refusal | None:
        """Why ``target`` may not be written, or ``None`` when it may (``folder``: it is a
        folder of files to be written, which may exist already; ``new_folder``: it goes in a
        folder the output makes itself, a pack's, whose own place was checked)."""
        path = _resolved(target)
        kind = _existing_kind(path)
        if (kind == "folder" and not folder) or kind == "special":
            return Refusal(kind, Path(target), path)
        if self.case_file is not None:
            case = _resolved(self.case_file)
            if path == case or _same_file(path, case):
                return Refusal("case_file", Path(target), case)
            for suffix in SQLITE_SIDE_FILES:
                side = _resolved(f"{case}{suffix}")
                if path == side or _same_file(path, side):
                    return Refusal("side_file", Path(target), case)
            keys = _resolved(f"{case}{KEYS_SUFFIX}")
            if path == keys or _same_file(path, keys):
                return Refusal("key_file", Path(target), case)
            if path.parent == case.parent and (
                    path.name.startswith(f"{case.name}.before-")
                    or path.name.startswith(f".{case.name}.")):
                return Refusal("case_copy", Path(target), case)
        if self.backups_root is not None:
            root = _resolved(self.backups_root)
            if _inside(path, root):
                return Refusal("backups", Path(target), root)
        missing = None if new_folder else _missing_folder(target)
        if missing is not None:
            return Refusal("no_folder", Path(target), missing)
        return None

    def check(self, target: Path | str, *, what: str | Message | None = None,
              folder: bool = False, new_folder: bool = False) -> Path:
        """``target`` as given, or :class:`OutputRefused` saying why it may not be written
        (``folder``, ``new_folder``: see :meth:`refusal`)."""
        refusal = self.refusal(target, folder=folder, new_folder=new_folder)
        what = msg("the file") if what is None else what
        if refusal is not None:
            raise OutputRefused(refusal.message(what))
        return Path(target)

    def check_folder(self, folder: Path | str, names: list[str], *,
                     what: str | Message | None = None) -> Path:
        """Like :meth:`check` for the files ``names`` to be written into ``folder`` (which
        the output makes if missing: its own place is checked with :meth:`check`)."""
        for name in names:
            self.check(Path(folder) / name, what=msg("the files") if what is None else what,
                       new_folder=True)
        return Path(folder)


# The endings of the names of documents, calendars, spreadsheets and data a file written under
# them would be taken for (and opened with the program for it, which then fails).
DOCUMENT_SUFFIXES = frozenset({
    ".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt", ".md", ".html", ".htm", ".xlsx", ".xls",
    ".ods", ".csv", ".tsv", ".json", ".xml", ".ics", ".vcs", ".zip", ".png", ".jpg", ".jpeg",
    ".tif", ".tiff", ".caseapp", ".db", ".sqlite", ".toml"})


def check_suffix(target: Path | str, suffix: str, what: str | Message) -> None:
    """Refuse ``target`` when its name ends as another kind of file than the output's
    (``suffix``, with its dot): a dossier written as "d.docx" is a PDF that Word will not
    open. A name without an ending, or with one no document has ("out.2026-12"), is the
    user's choice."""
    given = Path(target).suffix
    if given.lower() in DOCUMENT_SUFFIXES and given.lower() != suffix.lower():
        raise OutputRefused(msg(
            "{target} ends in {given}, but {what} is a {suffix} file: it was not written and "
            "nothing was changed. Name it {name}.", target=target, given=given, what=what,
            suffix=suffix, name=Path(target).with_suffix(suffix)))


__all__ = ["DOCUMENT_SUFFIXES", "OutputGuard", "OutputRefused", "Refusal", "check_suffix"]
