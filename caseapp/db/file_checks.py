"""What is at a case file's path and whether it is sound, read without SQLAlchemy: its kind
(missing, empty, plain SQLite, encrypted or another kind of file), why a file cannot be a case
file or was cut off, and SQLite's checks of its pages (the quick check at the open, the full
check in the background and in ``caseapp check``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.db import in_use, sqlite_connect
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import Message, msg
from caseapp.fileio import existing_kind

SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"  # pg_dump's custom format: a team server's backup


def team_server_dump(path: Path) -> bool:
    """Whether the file at ``path`` begins as pg_dump's custom format does (a team server's
    backup, never a case file's)."""
    try:
        return existing_kind(path) == "file" and in_use.read_head(
            path, len(PG_DUMP_HEADER)) == PG_DUMP_HEADER
    except OSError:
        return False


def file_kind(path: Path) -> str:
    """``missing``, ``empty``, ``plain`` (SQLite) or ``encrypted`` (anything else: SQLCipher
    files have no readable header, and neither has a file that is not a database at all).
    Raises :class:`CaseFileError` for what is not a file at all (a folder, a device, a pipe:
    never read, a pipe would be waited on for ever), a loop of symbolic links, or a file the
    user may not read."""
    try:
        kind = existing_kind(path)
        if kind == "file":
            head = in_use.read_head(path, len(SQLITE_HEADER))
    except PermissionError:
        raise CaseFileError(msg("Cannot open {file}: you may not read it (or its folder). "
                                "Nothing was changed.", file=path), bad_input=True) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise CaseFileError(msg("{file} is a symbolic link that leads back to itself (a loop), "
                                "not a case file. Nothing was changed.", file=path),
                            bad_input=True) from None
    if kind is None:
        return "missing"
    if kind != "file":
        raise CaseFileError(msg("{file} is a folder, not a case file. Nothing was changed.",
                                file=path) if kind == "folder" else
                            msg("{file} is not a case file: it is a device, a pipe or a socket. "
                                "Nothing was changed.", file=path), bad_input=True)
    if not head:
        return "empty"
    return "plain" if head == SQLITE_HEADER else "encrypted"


# A database file is a whole number of pages, and the smallest page is 512 bytes.
MIN_PAGE_SIZE = 512
TEXT_FILE = msg("it is a text file, not a CaseApp case file")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of the sample is fine
        return exc.start >= len(head) - 3
    return True


# The first bytes of documents that are often beside a case file. An encrypted case file
# begins with its random salt, which begins so once in 2**24 at the least likely.
_DOCUMENTS = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP (.docx, .xlsx, .odt)"),
              (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (.doc, .xls)"),
              (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))


def not_a_case_file(path: Path) -> Message | None:
    """Why the file at ``path`` (which has no SQLite header) cannot be an encrypted case
    file ("it is a text file, …", "it is a PDF file, …"); None when it may be one (only its
    passphrase can tell). Either is a mistake of the path (:func:`foreign_file`)."""
    size = path.stat().st_size
    head = in_use.read_head(path, 4096)
    if _looks_like_text(head):
        return TEXT_FILE
    for start, kind in _DOCUMENTS:
        if head.startswith(start):
            return msg("it is a {kind} file, not a CaseApp case file", kind=kind)
    if size % MIN_PAGE_SIZE:
        return msg("it is not a case file, or is a damaged one that was cut off (its size, "
                   "{size} bytes, is not a whole number of database pages)", size=size)
    return None


def foreign_file(reason: Message) -> bool:
    """Whether ``reason`` (of :func:`not_a_case_file`) says the file is another kind of file,
    not a damaged case file."""
    return reason == TEXT_FILE or reason.text == _FOREIGN.text


_FOREIGN = msg("it is a {kind} file, not a CaseApp case file", kind="")


def plain_truncation(path: Path) -> Message | None:
    """Why the SQLite file at ``path`` is damaged, if it is shorter than its header says."""
    header = in_use.read_head(path, 100)
    if len(header) < 100:
        return msg("the file is damaged: it was cut off inside its header")
    if Path(f"{path}-wal").exists() or header[24:28] != header[92:96]:
        return None  # the size in the header is not to be trusted then (SQLite's rule)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if pages and page_size and size < pages * page_size:
        return msg("the file is damaged: it was cut off ({size} bytes of the {declared} its "
                   "header declares)", size=size, declared=pages * page_size)
    return None


def case_file_kind(path: Path, *, create: bool = False) -> str:
    """The :func:`file_kind` of ``path`` once it can be a case file: the
    :class:`CaseFileError` an open gives, without the passphrase, for a file missing (unless
    ``create``), empty, not a database or cut off."""
    kind = file_kind(path)
    if kind == "missing" and not create:
        raise CaseFileError(msg("There is no case file at {file}. Create one with “caseapp "
                                "init”.", file=path), bad_input=True)
    if kind == "empty":
        raise CaseFileError(msg("Cannot open {file}: it is an empty file, not a CaseApp case "
                                "file. Nothing was changed.", file=path), bad_input=True)
    if kind == "encrypted":
        reason = not_a_case_file(path)
        if reason:
            raise CaseFileError(msg("Cannot open {file}: {reason}. Nothing was changed.",
                                    file=path, reason=reason),
                                damaged=not foreign_file(reason), bad_input=foreign_file(reason))
    if kind == "plain":
        truncated = plain_truncation(path)
        if truncated:
            raise CaseFileError(msg("Cannot open {file}: {reason}. Nothing was changed.",
                                    file=path, reason=truncated), damaged=True)
    return kind


def quick_problems(conn: Any) -> list[str]:
    """SQLite's quick check: every page of the file read (for an encrypted file, SQLCipher
    checks each page's authentication code as it is read) and its structure checked. The
    full checks (indexes against their tables, SQLCipher's own page check) run after the
    open, in the background (:func:`full_problems`), and in ``caseapp check``."""
    return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]


def full_problems(path: Path, key: str | None,
                  connected: Callable[[Any], None] | None = None,
                  uri: str | None = None) -> list[str]:
    """SQLite's full integrity check of the case file at ``path`` (which also compares every
    index with its table, and so notices a page put back from an older copy) and, when
    ``key`` is given (an encrypted file's: :attr:`Database.key`), SQLCipher's check of every
    page: what each reported, on a connection of its own. Run after the open, while the
    case file is in use; reads only. ``connected`` gets that connection as soon as it is
    open, so that closing the file can interrupt the check (``connection.interrupt()``);
    ``uri``: what a file open read-only is read through (:attr:`Database.uri`)."""
    try:
        conn = sqlite_connect.connect_file(path, key, uri)
    except Exception as exc:  # noqa: BLE001 - the file went away meanwhile, or will not open
        return [str(exc)]
    if connected is not None:
        connected(conn)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()
                    if r[0] != "ok"]
        if key is not None:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except Exception as exc:  # noqa: BLE001 - a damaged page fails the read itself
        problems = [str(exc)]
    finally:
        conn.close()
    return problems
