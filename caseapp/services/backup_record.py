"""The record beside a backup (its sidecar, ``NAME.db.json``): when and why it was made, its
size and SHA-256, whether it was verified. What it says is taken only in the form CaseApp
writes it. A backup with no record (copied by hand) has nothing to vouch for it, and is
restored on its database check alone. Whatever is there in its place and cannot vouch for the
backup (no JSON at all, empty, unreadable, JSON that is no object or does not say it is
CaseApp's record in its "format", its size or checksum missing or malformed) makes the backup
one not to restore until the record is moved away. What else a record says (when and why it
was made, whether it was verified) is for the list alone: taken when it is in CaseApp's form,
left out when not, it never refuses a sound backup."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caseapp.domain.messages import Message, msg
from caseapp.fileio import existing_kind
from caseapp.write_errors import os_reason

SIDECAR_FORMAT = "caseapp-backup"
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


@dataclass(frozen=True, slots=True)
class Record:
    """What the sidecar of a backup says: ``meta``, the record in CaseApp's format (empty when
    there is none, or what is there is not one); ``not_a_record``, why a file that is there
    is not one (``None`` when it is, or when there is no file); its size and checksum are
    looked at by :func:`record_problem`."""

    meta: dict[str, Any] = field(default_factory=dict)
    not_a_record: Message | None = None


def sidecar_of(path: Path) -> Path:
    """Where the record of the backup at ``path`` is."""
    return path.with_name(path.name + ".json")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_record(path: Path) -> Record:
    """The record beside the backup at ``path``, as :class:`Record` tells it."""
    sidecar = sidecar_of(path)
    try:
        kind = existing_kind(sidecar)
        if kind is None:
            return Record()
        if kind != "file":  # (a pipe would be waited on for ever)
            return Record(not_a_record=msg("it is a folder, a device, a pipe or a socket, not a "
                                         "file"))
        raw = sidecar.read_bytes()
    except FileNotFoundError:  # (gone since it was looked at)
        return Record()
    except OSError as exc:
        return Record(not_a_record=msg("it cannot be read ({reason})", reason=os_reason(exc)))
    if not raw.strip():
        return Record(not_a_record=msg("it is empty"))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except ValueError:  # (a UnicodeDecodeError too: binary junk, another encoding)
        return Record(not_a_record=msg("it is not JSON in UTF-8, as CaseApp writes it"))
    if not isinstance(data, dict):
        return Record(not_a_record=msg("it is JSON but not a record (an object), as CaseApp "
                                       "writes it"))
    if data.get("format") != SIDECAR_FORMAT:
        return Record(not_a_record=msg("its “format” does not say it is CaseApp's record of a "
                                       "backup"))
    return Record(data)


def record_problem(path: Path, record: Record | None = None) -> Message | None:
    """What keeps the sidecar of the backup at ``path`` from vouching for it (one that is not
    CaseApp's record, or made by hand or damaged: its size or SHA-256 missing or not in the
    form CaseApp writes), or ``None``: there is none (nothing vouches for the backup), or it
    is sound. Its size and SHA-256 are what the restore relies on (:func:`changed_since_made`)."""
    record = read_record(path) if record is None else record
    meta = record.meta
    if record.not_a_record is not None:
        what = record.not_a_record
    elif not meta:
        return None
    elif meta.get("size") is None:
        what = msg("it holds no “size”")
    elif type(meta["size"]) is not int or meta["size"] < 0:
        what = msg("its “size” is not a number of bytes")
    elif meta.get("sha256") is None:
        what = msg("it holds no “sha256”")
    elif not isinstance(meta["sha256"], str) or not _SHA256.fullmatch(meta["sha256"]):
        what = msg("its “sha256” is not a SHA-256 checksum (64 hexadecimal digits)")
    else:
        return None
    return msg("its record {record} is damaged or was not written by CaseApp: {what}",
               record=sidecar_of(path), what=what)


def changed_since_made(path: Path, record: Record | None = None) -> Message | None:
    """Why the backup at ``path`` is not the file that was verified when it was made, or why
    its sidecar cannot tell (:func:`record_problem`); ``None`` if it is, or if nothing was
    recorded about it."""
    record = read_record(path) if record is None else record
    problem = record_problem(path, record)
    if problem is not None or not record.meta:
        return problem
    if record.meta["size"] != path.stat().st_size:
        return msg("its size is not what it was when it was made: it is damaged or was changed")
    if record.meta["sha256"].lower() != sha256_of(path):
        return msg("its content is not what it was when it was made (SHA-256): it is damaged or "
                   "was changed")
    return None


__all__ = ["SIDECAR_FORMAT", "Record", "changed_since_made", "read_record", "record_problem",
           "sha256_of", "sidecar_of"]
