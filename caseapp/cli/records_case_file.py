"""The commands on the case file as a whole: create one (``init``) or the demo, and
check one's integrity."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TextIO

from caseapp.cli.common import EXIT_FAILURE, UserError, open_case
from caseapp.cli.passphrases import new_passphrase
from caseapp.cli.records_captives import captives_count
from caseapp.config import current_actor, resolve_location
from caseapp.db.migrate import head_revision
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import Location
from caseapp.domain.messages import msg, msg_n
from caseapp.domain.table_counts import counts_of
from caseapp.services.casefile import file_kind, open_case_file


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(msg("{file} already exists; nothing was changed.", file=location))
    if location.url is not None:
        return _init_on_server(location, out)
    passphrase = None if args.no_encrypt else new_passphrase(
        "CASEAPP_PASSPHRASE", what=msg("the new case file (or “--no-encrypt”)"))
    cf = open_case_file(location, passphrase=passphrase, create=True, actor=current_actor())
    encrypted = cf.db.encrypted
    cf.close()
    out.write(str(msg("Created the case file {file} (encrypted).", file=location) if encrypted
                  else msg("Created the case file {file} (not encrypted: anyone who gets the file "
                           "can read it).", file=location)) + "\n")
    return 0


def _init_on_server(location: Location, out: TextIO) -> int:
    """A case file on a team server: made (every migration) if the database has none yet;
    one that is there is brought up to date, and said to be so, never "created"."""
    from caseapp.services.team import server_revision  # SQLAlchemy: not for --help

    assert location.url is not None
    before = server_revision(location.url)
    cf = open_case_file(location, create=True, actor=current_actor())
    cf.close()
    if before is None:
        out.write(str(msg("Created the case file in the database {database}. Set up its team "
                          "with “caseapp team init”.", database=location)) + "\n")
    elif before == head_revision():
        out.write(str(msg("{database} already holds a case file, up to date; nothing was "
                          "changed.", database=location)) + "\n")
    else:
        out.write(str(msg("{database} already holds a case file; its schema was brought up to "
                          "date (from {before} to {after}).", database=location, before=before,
                          after=head_revision())) + "\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.demo.case_file import build_demo

    location = resolve_location(args.db)
    if location.url is None and file_kind(location.path) != "missing":  # type: ignore[arg-type]
        raise UserError(msg("{file} already exists; the demo goes into a new file (use --db).",
                            file=location))
    cf = open_case(args, create=True)
    try:
        summary = build_demo(cf)
    except BaseException:
        cf.close()
        if location.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location.path}{suffix}").unlink(missing_ok=True)
        raise
    cf.close()
    counts = counts_of((f.name, getattr(summary, f.name)) for f in dataclasses.fields(summary))
    out.write(str(msg("Created the fictional demo case file {file}: {counts}.", file=location,
                      counts=counts)) + "\n")
    return 0


def _write_details(details: tuple[str, ...], out: TextIO) -> None:
    for detail in details:
        for line in detail.splitlines():
            out.write(str(msg("DETAIL: {line}", line=line)) + "\n")


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    try:
        cf = open_case(args)
    except CaseFileError as exc:
        if args.details:
            _write_details(exc.details, out)
        raise
    try:
        report = cf.check()
    finally:
        cf.close()
    out.write(str(msg_n("Case file {file} (schema {schema}): {captives}, {count} record.",
                        "Case file {file} (schema {schema}): {captives}, {count} records.",
                        sum(report.counts.values()), file=resolve_location(args.db),
                        schema=report.schema_revision,
                        captives=captives_count(report.counts.get("captives", 0)))) + "\n")
    for what in report.unchecked:
        out.write(str(msg("NOT CHECKED: {what}", what=what)) + "\n")
    if report.ok:
        out.write(str(msg("No problems found.")) + "\n")
        return 0
    for p in report.problems:
        out.write(str(msg("PROBLEM: {problem}", problem=p)) + "\n")
    if args.details:
        _write_details(report.details, out)
    elif report.details:
        out.write(str(msg("(“caseapp check --details” shows what SQLite reported.)")) + "\n")
    return EXIT_FAILURE
