"""The commands of bringing captives in and making one of two records: ``caseapp
import-sheet`` (a spreadsheet previewed row by row, then imported all or nothing),
``caseapp duplicates`` (captives likely recorded twice), ``caseapp merge`` and ``caseapp
export-sheet`` (the captives list at a level, in the form import-sheet reads back)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from caseapp.cli.common import (
    UserError,
    ascii_number,
    format_option,
    on_terminal,
    opened_case,
    path_argument,
    print_json,
    print_table,
    record_id,
    refuse_protected_output,
    refuse_standard_output,
    say,
)
from caseapp.cli.sheet_preview_text import preview_json, print_preview, value_words, who
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import (
    fraction_everywhere,
    msg,
    text_of,
)
from caseapp.domain.sheet_columns import Mapping
from caseapp.domain.table_counts import counts_of
from caseapp.fileio import existing_kind
from caseapp.services.labels import match_reasons
from caseapp.services.sheet_encoding import CHOICES
from caseapp.services.sheet_read import DELIMITERS, open_workbook
from caseapp.write_errors import os_reason

if TYPE_CHECKING:
    from caseapp.services.sheet_preview import SheetPreview

# The services a command runs (the import, the preview, the merge, the look-alikes) are
# imported by the command: they load SQLAlchemy, which ``caseapp --help`` has no use for.


def _mapping(args: argparse.Namespace) -> Mapping | None:
    if args.mapping is None:
        return None
    path: Path = args.mapping
    try:
        if existing_kind(path) in ("folder", "special"):  # (a pipe would be waited on for ever)
            raise UserError(msg("{path} is not a file that can be imported: it is a folder, a "
                                "device, a pipe or a socket. Nothing was changed.", path=path))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(msg("There is no mapping file {file}; nothing was imported.", file=path)
                        ) from None
    except OSError as exc:
        raise UserError(msg("The mapping {file} cannot be read ({reason}); nothing was "
                            "imported.", file=path, reason=os_reason(exc))) from None
    except UnicodeDecodeError:
        raise UserError(msg("The mapping {file} is not text in UTF-8 (a mapping is the TOML "
                            "file “--save-mapping” writes); nothing was imported.", file=path)
                        ) from None
    try:
        return Mapping.from_toml(text, where=msg("the mapping {name}", name=path.name))
    except ValueError as exc:
        raise UserError(msg("{error}; nothing was imported.",
                            error=exc.args[0] if exc.args else exc)) from None


def _delimiter(text: str) -> str:
    named = {v: k for k, v in DELIMITERS.items()} | {"\\t": "\t", "tab": "\t"}
    return named.get(text, text)


def cmd_import_sheet(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import sheet_import
    from caseapp.services.data_exports import check_sheet_mapping_target
    from caseapp.services.sheet_preview import preview

    refuse_standard_output(args.save_mapping, what=msg("the mapping"))
    mapping = _mapping(args)  # a bad mapping or file is said before the case file is opened
    open_workbook(args.file)
    # The mapping is saved with the import, after it: a dry run writes nothing at all.
    save_to = None if args.dry_run else args.save_mapping
    with opened_case(args) as cf:
        if save_to is not None:
            check_sheet_mapping_target(cf, save_to, args.file)
        pv = preview(cf, args.file, sheet=args.sheet or "", mapping=mapping,
                     header_row=args.header_row, encoding=args.encoding or "",
                     delimiter=_delimiter(args.delimiter or ""))
        _unused_options(args, pv)
        decisions = None
        if args.dry_run:
            _try(cf, pv, args, out)
        else:
            try:
                decisions = sheet_import.decisions_for(pv, _ask(pv, args),
                                                       on_duplicate=args.on_duplicate,
                                                       skip_errors=args.skip_errors)
            except ValidationError:
                if args.format == "table":  # the preview, then the one line of the refusal
                    print_preview(pv, None, None, out, refused=True)
                raise
        result = sheet_import.import_rows(cf, pv, decisions) if decisions is not None else None
        saved = _save_mapping(cf, pv, save_to, result)
    if args.format == "json":
        print_json(preview_json(pv, decisions, result), out)
    else:
        print_preview(pv, decisions, result, out)
        if saved is not None:
            out.write(str(msg("The mapping used was saved to {file}.", file=saved)) + "\n")
        elif args.save_mapping is not None:
            out.write(str(msg("Dry run: the mapping was not saved to {file} either (it is saved "
                              "with the import).", file=args.save_mapping)) + "\n")
    return 0


def _unused_options(args: argparse.Namespace, pv: SheetPreview) -> None:
    """A warning on stderr for each option the file has nothing for: ``--encoding`` or
    ``--delimiter`` given for a workbook (.xlsx, .ods), ``--sheet`` for a CSV file. The user
    who typed it should know it did nothing."""
    if pv.kind == "csv":
        if args.sheet:
            say(args.err, msg("warning: --sheet applies to workbooks only; {file} is a CSV "
                                "file, one table, and was read whole.", file=pv.path.name))
        return
    for option, value in (("--encoding", args.encoding), ("--delimiter", args.delimiter)):
        if value:
            say(args.err, msg("warning: {option} applies to CSV files only; {file} is a "
                                "workbook (.{kind}) and was read without it.", option=option,
                                file=pv.path.name, kind=pv.kind))


def _try(cf: Any, pv: SheetPreview, args: argparse.Namespace, out: TextIO) -> None:
    """A dry run checks what the import would write by the import's own rules, rolled back
    (a row the preview passes must not be refused by the import): a refusal is said after
    the preview. Rows left undecided or in error are the preview's to show."""
    from caseapp.services import sheet_import

    try:
        decisions = sheet_import.decisions_for(pv, on_duplicate=args.on_duplicate,
                                               skip_errors=args.skip_errors)
    except ValidationError:
        return
    try:
        sheet_import.try_import(cf, pv, decisions)
    except ValidationError:
        if args.format == "table":
            print_preview(pv, None, None, out, refused=True)
        raise


def _save_mapping(cf: Any, pv: SheetPreview, target: Path | None, result: Any) -> Path | None:
    """The mapping saved after the import (the captives are in by then: a failure says so)."""
    from caseapp.services.data_exports import save_sheet_mapping

    if target is None or result is None:
        return None
    try:
        return save_sheet_mapping(cf, pv, target)
    except OSError as exc:
        raise UserError(msg("The captives were imported, but the mapping could not be saved to "
                            "{file} ({reason}).", file=target, reason=os_reason(exc))
                        ) from None


def _ask(pv: SheetPreview, args: argparse.Namespace) -> dict[int, str]:
    """On a terminal, without --on-duplicate: ask for each row that may be someone already
    there whether to merge it, skip it or create it."""
    if args.on_duplicate or not on_terminal():
        return {}
    from caseapp.cli.output_stream import GuardedOutput

    shown = GuardedOutput(sys.stderr)  # the spreadsheet's names, their control characters shown
    chosen: dict[int, str] = {}
    for row in pv.with_duplicates:
        d = row.duplicates[0]
        shown.write(str(msg("Row {row} “{label}” may be {who}: score {score} ({reasons}).",
                            row=row.row, label=row.label, who=who(d),
                            score=fraction_everywhere(d.score),
                            reasons=match_reasons(d.reasons))) + "\n")
        while True:
            sys.stderr.write(str(msg("[m]erge into it, [s]kip the row, or [c]reate a new "
                                     "captive? ")))
            sys.stderr.flush()
            answer = sys.stdin.readline().strip().lower()[:1]
            if answer in ("m", "s", "c"):
                break
            if answer == "":
                raise UserError(msg("No answer; nothing was imported."))
        chosen[row.row] = {"m": d.decision, "s": "skip", "c": "create"}[answer]
    return chosen




def cmd_duplicates(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.sheet_duplicates import likely_pairs

    with opened_case(args) as cf:
        pairs = likely_pairs(cf.ctx, threshold=args.threshold)
    if args.format == "json":
        print_json(pairs, out)
        return 0
    if not pairs:
        out.write(str(msg("No captives look like one person recorded twice.")) + "\n")
        return 0
    # Each named by what tells the two apart (the ids beside them are for `caseapp merge`).
    print_table([msg("Score"), msg("ID"), msg("Name"), msg("ID"), msg("Name"), msg("Why")],
                [[fraction_everywhere(p.score), p.first_id, _told(p.first_shown, p.first_apart),
                  p.second_id, _told(p.second_shown, p.second_apart),
                  match_reasons(p.reasons)] for p in pairs], out, names=(2, 4))
    return 0


def _told(name: object, apart: tuple[Any, ...]) -> object:
    """A captive of a likely pair: the name and what tells it from the other."""
    from caseapp.services.told_apart import apart_text

    return msg("{name} ({facts})", name=name, facts=apart_text(apart)) if apart else name


def _taken(difference: Any, args: argparse.Namespace) -> bool:
    """Whether a merge takes the other's value of a field (as :func:`merge_captives` does)."""
    return difference.field in args.take or (difference.chosen == "other"
                                              and difference.field not in args.keep_own)


def cmd_merge(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.captive_merge import FIELDS as MERGE_FIELDS
    from caseapp.services.captive_merge import differences, merge_captives
    from caseapp.services.captive_merge import field_name as merge_field_name

    with opened_case(args) as cf:
        diffs = differences(cf, args.keep, args.other)
        unknown = [f for f in (*args.take, *args.keep_own) if f not in MERGE_FIELDS]
        if unknown:
            raise UserError(msg("“{field}” is not a field to take (fields: {fields}); nothing "
                                "was merged.", field=unknown[0], fields=", ".join(MERGE_FIELDS)))
        both = sorted(set(args.take) & set(args.keep_own))
        if both:
            raise UserError(msg("--take {field} and --keep {field} contradict each other: give "
                                "one of them; nothing was merged.", field=both[0]))
        if diffs:
            out.write(str(msg("Where captive {keep} and captive {other} differ (--take FIELD "
                              "takes the second's value):", keep=args.keep, other=args.other))
                      + "\n")
            print_table(["--take", msg("Field"), msg("Kept ({id})", id=args.keep),
                         msg("Other ({id})", id=args.other), msg("Taken")],
                        [[d.field, merge_field_name(d.field), value_words(d.keep_value),
                          value_words(d.other_value),
                          msg("other") if _taken(d, args) else msg("kept")]
                         for d in diffs], out)
            if any(d.stricter == "other" and d.field not in args.keep_own for d in diffs):
                out.write(str(msg("The other's higher level and a consent it does not have are "
                                  "taken, so that nothing either record kept back is shown; "
                                  "--keep FIELD keeps the kept one's.")) + "\n")
            if any(d.filled == "other" and d.field not in args.keep_own for d in diffs):
                out.write(str(msg("A field empty on the kept captive takes the other's value, so "
                                  "that no fact recorded on either is lost; --keep FIELD leaves "
                                  "it empty.")) + "\n")
        if args.dry_run:
            out.write(str(msg("Dry run: nothing was merged.")) + "\n")
            return 0
        result = merge_captives(cf, args.keep, args.other, take=args.take,
                                keep_own=args.keep_own)
    moved = counts_of(result.moved.items())
    out.write(str(msg("Merged captive {other} into {keep}: moved {moved}; its names are kept, "
                      "as aliases where the kept captive has a name in their script.",
                      other=result.other_id, keep=result.keep_id,
                      moved=moved)) + "\n")
    if result.same:
        out.write(str(msg("Recorded on both, kept once: {records}.",
                          records=counts_of(result.same.items()))) + "\n")
    if result.set_aside:
        out.write(str(msg("The values not kept ({fields}) are in a note of the kept captive.",
                          fields=", ".join(result.set_aside))) + "\n")
    return 0


def cmd_export_sheet(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.cli.reports import lowered_level
    from caseapp.services.data_exports import captives_sheet
    from caseapp.services.sheet_export import FORMATS

    if args.output.suffix.lower() not in FORMATS:
        raise UserError(msg("-o {file}: the list is written as .xlsx or .csv; give a file name "
                            "ending in one of them. Nothing was written.", file=args.output))
    refuse_protected_output(args, args.output, what=msg("the captives list"))
    with opened_case(args) as cf:
        made = captives_sheet(cf, args.output, level=args.level)
    # (made below --level when the team login's clearance is lower: said, as every output)
    lowered_level(args, made.level, msg("captives list"))
    out.write(text_of(made.written()) + "\n")
    if made.mapping_path is not None:
        out.write(str(msg("Its mapping, to import it back: {mapping} (caseapp import-sheet {file} "
                          "--mapping {name}).", mapping=made.mapping_path, file=made.path.name,
                          name=made.mapping_path.name)) + "\n")
    return 0


def _threshold(text: str) -> float:
    try:
        value = float(ascii_number(text))
    except ValueError:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a score (0 to 1)",
                                                 text=text[:20]))) from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(str(msg("{text} is not a score between 0 and 1",
                                                 text=text[:20])))
    return value


def _row_number(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 1_000_000:
        raise argparse.ArgumentTypeError(str(msg("“{text}” is not a row number", text=text[:20])))
    return int(text)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-sheet", parents=[common],
                       help=str(msg("import captives from a spreadsheet (.csv, .xlsx, .xls, .ods)")))
    p.add_argument("file", type=path_argument, metavar=str(msg("FILE")))
    p.add_argument("--sheet", metavar=str(msg("NAME")),
                   help=str(msg("the sheet to read (default: the first visible one)")))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--mapping", type=path_argument, metavar=str(msg("MAP.toml")),
                     help=str(msg("a saved mapping of columns to fields")))
    how.add_argument("--auto", action="store_true",
                     help=str(msg("map the columns from their headers (the default)")))
    p.add_argument("--header-row", type=_row_number, metavar="N",
                   help=str(msg("the row of the headers (default: detected)")))
    p.add_argument("--encoding", metavar=str(msg("NAME")),
                   help=str(msg("a CSV file's encoding: {choices} (default: found from the file)",
                                choices=", ".join(CHOICES))))
    p.add_argument("--delimiter", metavar=str(msg("CHAR")), help=str(msg("CSV: , ; tab or |")))
    p.add_argument("--on-duplicate", choices=["merge", "skip", "create"],
                   help=str(msg("what to do with a row that may be someone already there "
                                "(default: ask on a terminal, else refuse)")))
    p.add_argument("--skip-errors", action="store_true",
                   help=str(msg("import the other rows when some have errors (default: refuse)")))
    p.add_argument("--save-mapping", type=path_argument, metavar=str(msg("MAP.toml")),
                   help=str(msg("after the import, save the mapping used, for the next spreadsheet "
                                "of this kind (not on a dry run)")))
    p.add_argument("--dry-run", action="store_true", help=str(msg("show the preview; write nothing")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_import_sheet)

    p = sub.add_parser("merge", parents=[common],
                       help=str(msg("merge a captive recorded twice into the one to keep")))
    p.add_argument("keep", type=record_id, metavar=str(msg("KEEP_ID")))
    p.add_argument("other", type=record_id, metavar=str(msg("OTHER_ID")))
    p.add_argument("--take", action="append", default=[], metavar=str(msg("FIELD")),
                   help=str(msg("take this field's value from OTHER_ID (repeatable; default: the value of "
                                "KEEP_ID, but for a stricter level or consent or an empty "
                                "field: see --keep)")))
    p.add_argument("--keep", dest="keep_own", action="append", default=[], metavar=str(msg("FIELD")),
                   help=str(msg("keep this field's value of KEEP_ID where OTHER_ID's is stricter (a "
                                "higher level, a consent not given) or KEEP_ID's is empty, "
                                "where OTHER_ID's is otherwise taken (repeatable)")))
    p.add_argument("--dry-run", action="store_true", help=str(msg("show where they differ; merge nothing")))
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("export-sheet", parents=[common],
                       help=str(msg("write the captives list as .xlsx or .csv that import-sheet reads back")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE.xlsx|FILE.csv")),
                   help=str(msg("the file to write: .xlsx or .csv")))
    p.add_argument("--level", choices=[s.value for s in Sensitivity], required=True,
                   help=str(msg("leave out everything above this level")))
    p.set_defaults(func=cmd_export_sheet)

    p = sub.add_parser("duplicates", parents=[common],
                       help=str(msg("list captives likely recorded twice (across scripts)")))
    p.add_argument("--threshold", type=_threshold, default=0.8, metavar=str(msg("SCORE")),
                   help=str(msg("the lowest score shown (0 to 1; default 0.8)")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_duplicates)
