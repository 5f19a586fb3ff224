"""An export file's envelope: read, parsed and checked before any of its records is.

The bytes (gzipped or not) must be UTF-8 JSON (no NaN, no number JSON does not allow, not nested beyond
reason), an object naming the CaseApp format, a version this CaseApp reads, and tables and
case settings of the right shapes. Each problem is one line naming the file.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path
from typing import Any

from caseapp.db.file_checks import MIN_PAGE_SIZE, SQLITE_HEADER
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg
from caseapp.fileio import existing_kind
from caseapp.services import row_validation as rv
from caseapp.services.interchange_export import FORMAT, FORMAT_VERSION, TABLES
from caseapp.write_errors import os_reason


def parse_export(raw: bytes, path: Path | str) -> dict[str, Any]:
    """Parse the bytes of an export file and check its envelope."""
    def reject_constant(name: str) -> Any:
        raise ValidationError(msg("{path} is not valid JSON: {name} is not a number JSON "
                                  "allows.", path=path, name=name))

    raw = _unpacked(raw, path)
    if raw.startswith(SQLITE_HEADER):
        raise ValidationError(msg("{path} is a case file (a SQLite database), not an export: "
                                  "nothing was imported.", path=path))
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=reject_constant)
    except UnicodeDecodeError:
        if raw and len(raw) % MIN_PAGE_SIZE == 0:  # pages of bytes that read as nothing
            raise ValidationError(msg(
                "{path} is not a CaseApp export: it looks like an encrypted case file or "
                "travel copy (a case file is opened, a travel copy merged back). Nothing was "
                "imported.", path=path)) from None
        raise ValidationError(msg("{path} is not a CaseApp export: it is not UTF-8 text.",
                                  path=path)) from None
    except json.JSONDecodeError as exc:  # (Python's words for what is wrong are English)
        if not exc.doc.strip():
            raise ValidationError(msg("{path} is empty: it is not a CaseApp export.",
                                      path=path)) from None
        if cut_short(exc):
            raise ValidationError(msg(
                "{path} is cut short: its JSON stops in the middle (line {line}). It was "
                "perhaps copied or downloaded only in part; export it again.",
                path=path, line=exc.lineno)) from None
        raise ValidationError(msg(
            "{path} is not valid JSON (line {line}, column {column}).",
            path=path, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise ValidationError(msg(
            "{path} nests its JSON too deeply to be a CaseApp export (an export nests a few "
            "levels).", path=path)) from None
    except ValueError:  # a number of thousands of digits (NaN and Infinity are said above)
        raise ValidationError(msg("{path} is not a CaseApp export: it holds a number of "
                                  "thousands of digits.", path=path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(msg("{path} is JSON, but not a CaseApp export.", path=path))
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(msg("{path} has no valid “format_version” (found {found}).",
                                  path=path, found=rv.short(version)))
    if version > FORMAT_VERSION:
        raise ValidationError(msg(
            "{path} is in export format {version}; this CaseApp reads format {supported} "
            "and older. Update CaseApp to import it.",
            path=path, version=version, supported=FORMAT_VERSION))
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ValidationError(msg("{path} has no “tables” section.", path=path))
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ValidationError(msg("{path} has an unknown table {table}.",
                                  path=path, table=rv.quoted(unknown[0])))
    settings = data.get("case_settings", [])
    if not isinstance(settings, list) or not all(
            isinstance(r, dict) and isinstance(r.get("key"), str)
            and isinstance(r.get("scope", ""), str) for r in settings):
        raise ValidationError(msg("{path}: “case_settings” must be a list of "
                                  "{{“key”, “scope”, “value”}} objects.", path=path))
    for name, rows in tables.items():
        if not isinstance(rows, list):
            raise ValidationError(msg("{path}: “{table}” must be a list of records.",
                                      path=path, table=name))
        for index, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                raise ValidationError(msg(
                    "{path}: {table}, record {index} is not a record (an object).",
                    path=path, table=name, index=index))
    return data


GZIP_MAGIC = b"\x1f\x8b"
# What a gzipped export may unpack to at most: far above any export's, far below what a
# small file made to unpack without end would fill the memory with.
UNPACKED_LIMIT = 2**31


def _unpacked(raw: bytes, path: Path | str) -> bytes:
    """The bytes of a gzipped export unpacked (an export sent by mail or kept compressed);
    other bytes as they are. A gzip file cut short or damaged is said so."""
    if not raw.startswith(GZIP_MAGIC):
        return raw
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as packed:
            data = packed.read(UNPACKED_LIMIT + 1)
    except EOFError:
        raise ValidationError(msg(
            "{path} is compressed (gzip) and cut short: it was perhaps copied or downloaded "
            "only in part; export it again.", path=path)) from None
    except (OSError, zlib.error):  # (gzip.BadGzipFile is an OSError)
        raise ValidationError(msg("{path} is compressed (gzip) but damaged: it cannot be "
                                  "unpacked.", path=path)) from None
    if len(data) > UNPACKED_LIMIT:
        raise ValidationError(msg("{path} is compressed (gzip) and unpacks to more than 2 GB: "
                                  "it is not a CaseApp export.", path=path))
    return data


def cut_short(exc: json.JSONDecodeError) -> bool:
    """Whether the JSON is wrong only in that it stops before its end: nothing after the
    place it went wrong but the start of a word JSON allows, or a text never closed."""
    rest = exc.doc[exc.pos:].strip()
    return (not rest or exc.msg.startswith("Unterminated string")
            or any(word.startswith(rest) for word in ("true", "false", "null")))


def read_export(path: Path | str) -> dict[str, Any]:
    """Read and check the envelope of an export file."""
    return parse_export(read_bytes(path), path)


def read_bytes(path: Path | str) -> bytes:
    """The bytes of the file at ``path``; ValidationError for what cannot be read, or is
    not a file (a folder, a device, a pipe: never read, a pipe would be waited on for ever)."""
    try:
        kind = existing_kind(path)
        if kind in ("folder", "special"):
            raise ValidationError(msg("{path} is not a file that can be imported: it is a "
                                      "folder, a device, a pipe or a socket. Nothing was "
                                      "changed.", path=path))
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(msg("Cannot read {path}: {error}.",
                                  path=path, error=os_reason(exc))) from None
