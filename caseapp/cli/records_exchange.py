"""The ``export`` and ``import`` commands: the case file written to JSON, and the records
of such an export added to a case file."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any, TextIO

from caseapp.cli.common import opened_case, refuse_protected_output
from caseapp.cli.records_captives import captives_count
from caseapp.domain.dto import LookAlike
from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message, list_separator, msg, msg_n, text_of
from caseapp.domain.table_counts import counts_of


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import data_exports

    refuse_protected_output(args, args.output, what=msg("the export"))
    with opened_case(args) as cf:
        left_out = data_exports.export_left_out(cf, args.level)
        counts = data_exports.export_json(cf, args.output, level=args.level)
        made = export_level(cf, args.level)
    out.write(str(msg_n("Exported {count} record ({captives}) to {file}.",
                        "Exported {count} records ({captives}) to {file}.", sum(counts.values()),
                        captives=captives_count(counts.get("captives", 0)), file=args.output)) + "\n")
    if made is not None:  # a login of a lower clearance than asked: said, as every output
        from caseapp.cli.reports import lowered_level

        lowered_level(args, made, msg("export"))
    if left_out is not None:  # no backup: said beside the output, as what a level leaves out
        args.err.write(str(left_out) + "\n")
    return 0


def export_level(cf: Any, level: str | None) -> Sensitivity | None:
    """The level an output asked for at ``level`` is made at (never above the login's
    clearance); None when none was asked for."""
    from caseapp.services.base import output_level

    return None if level is None else output_level(cf.ctx, level)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    with opened_case(args) as cf:
        report = cf.import_json(args.file)
    if not report.added:
        out.write(str(msg("Nothing to add: every record in the file is already in the case "
                          "file.")) + "\n")
    else:
        parts = counts_of(report.added.items())
        out.write(str(msg_n("Added {count} record: {parts}.", "Added {count} records: {parts}.",
                            report.total_added, parts=parts)) + "\n")
    if report.skipped:
        out.write(str(msg_n("Skipped {count} record already present.",
                            "Skipped {count} records already present.",
                            sum(report.skipped.values()))) + "\n")
    if report.computed_deadlines:
        out.write(str(msg_n("Computed {count} deadline from the imported records.",
                            "Computed {count} deadlines from the imported records.",
                            report.computed_deadlines)) + "\n")
    for notice in report.notices:
        out.write(text_of(notice) + "\n")
    if report.settings_kept:  # (the window names its own menu items)
        out.write(str(msg("To change the case settings not taken from the export, run "
                          "“caseapp settings set KEY VALUE” if the export is right.")) + "\n")
    if report.look_alikes:
        out.write(str(_look_alikes_line(report.look_alikes)) + "\n")
    return 0


LOOK_ALIKES_NAMED = 3  # the imported captives named in the line; the others counted


def _look_alikes_line(found: Sequence[LookAlike]) -> Message:
    """One line: how many imported captives look like captives already there, a few named
    with the one each looks like, and how to review and merge them."""
    example = found[0]
    return msg_n(
        "{count} imported captive looks like a captive already in the case file (another "
        "copy of the same person?): {named}. Nothing was merged: review them with “caseapp "
        "duplicates” and merge one person recorded twice with “caseapp merge {keep} {other}”.",
        "{count} imported captives look like captives already in the case file (another "
        "copy of the same people?): {named}. Nothing was merged: review them with “caseapp "
        "duplicates” and merge one person recorded twice with “caseapp merge {keep} {other}”.",
        len(found), named=look_alike_pairs(found), keep=example.existing_id,
        other=example.imported_id)


def look_alike_pairs(found: Sequence[LookAlike]) -> str:
    """The first few captives just added and the one each looks like, named by what tells
    the two apart with the ID after it (for “caseapp merge”), the others counted."""
    from caseapp.services.told_apart import apart_text  # loaded when said

    pairs = [msg("{imported} ({imported_facts}; ID {imported_id}) like {existing} "
                 "({existing_facts}; ID {existing_id})",
                 imported=a.imported_name, imported_facts=apart_text(a.imported_apart),
                 imported_id=a.imported_id, existing=a.existing_name,
                 existing_facts=apart_text(a.existing_apart), existing_id=a.existing_id)
             for a in found[:LOOK_ALIKES_NAMED]]
    named = list_separator().join(str(p) for p in pairs)
    if len(found) > LOOK_ALIKES_NAMED:
        named = str(msg_n("{named} and {count} more", "{named} and {count} more",
                          len(found) - LOOK_ALIKES_NAMED, named=named))
    return named
