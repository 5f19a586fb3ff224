"""The ``dossier``, ``report``, ``letter`` and ``templates`` commands.

The lawyer's details for letters and for the documents' author come from the case settings
(``caseapp settings set lawyer_name …``, the same the desktop app uses); a field left empty
there is taken from the environment variables (``CASEAPP_LAWYER_NAME``, ``_ORGANISATION``,
``_ADDRESS``, ``_BAR_NUMBER``, ``_PHONE``, ``_EMAIL``, ``_CITY``); ``--set lawyer_name=…``
and the like override them for one letter.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, TextIO

from caseapp.cli.common import (
    UserError,
    day_count,
    format_option,
    open_case,
    opened_case,
    path_argument,
    print_json,
    print_table,
    record_id,
    refuse_protected_output,
)
from caseapp.cli.lang import language_from_env
from caseapp.domain.enums import CaptiveStatus, Sensitivity
from caseapp.domain.lawyer import LawyerProfile
from caseapp.domain.messages import Listed, msg, msg_n, text_of
from caseapp.domain.name_display import name_in_script

LEVELS = [s.value for s in Sensitivity]
# The languages documents print in (caseapp.reports.texts.DOCUMENT_LANGUAGES, which a test
# keeps equal): written out so that building the parser does not load the catalogues.
DOCUMENT_LANGUAGES = ("en", "hy", "ru", "fr")


def _lawyer(cf: Any) -> LawyerProfile:
    """The case file's lawyer, each empty field from ``CASEAPP_LAWYER_*``."""
    return cf.settings.current().lawyer.filled_from(LawyerProfile.from_mapping(os.environ))


def _author(args: argparse.Namespace, cf: Any) -> str:
    """``--author``, else the lawyer's name in the script of the document's language when
    recorded, else none (never the computer's login name)."""
    return args.author or _lawyer(cf).name_for(getattr(args, "lang", None) or "en")


def _pairs(items: list[str] | None) -> dict[str, str]:

    values: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(msg("“{item}” is not NAME=VALUE.", item=item))
        values[name.strip()] = value.strip().replace("\\n", "\n")
    return values


def _kept(kept: Any, out: TextIO) -> None:
    if kept is not None:
        out.write(str(msg("Kept as document {id} (SHA-256 {digest}…), logged as draft "
                          "intervention {intervention}.", id=kept.document.id,
                          digest=kept.document.sha256[:16], intervention=kept.intervention.id)
                      if kept.intervention else
                      msg("Kept as document {id} (SHA-256 {digest}…).", id=kept.document.id,
                          digest=kept.document.sha256[:16])) + "\n")
        if kept.notice is not None:  # kept above the letter's level: said where it is kept
            out.write(str(kept.notice) + "\n")


def lowered_level(args: argparse.Namespace, made: Sensitivity, output: Any,
                  asked: str | None = None) -> None:
    """Say, on stderr, that the ``output`` was made at ``made``, below the level asked for
    (``asked``, else ``--level``: a letter's is its template's): a team login below internal
    prints only what its clearance reads (the level the output is marked and named at),
    which "leaves nothing out" alone would not tell."""
    asked = asked or getattr(args, "level", None)
    if not asked or Sensitivity(made).allows(Sensitivity(asked)):
        return
    from caseapp.services.labels import level_label
    err = getattr(args, "err", None) or sys.stderr
    err.write(str(msg("Your login's clearance is {clearance}: the {output} was made at that "
                      "level, not at the {asked} level asked for, and holds nothing above it.",
                      clearance=level_label(made), output=output,
                      asked=level_label(asked))) + "\n")


def print_left_out(args: argparse.Namespace, summary: Any, asked: str | None = None) -> None:
    """What the output leaves out at its level, on stderr (the output itself goes to a file
    or to stdout). Printed once it is written: a command that fails says only why."""
    if not summary.refusal:  # a refusal is the command's error message
        lowered_level(args, summary.level, summary.output, asked)
        err = getattr(args, "err", None) or sys.stderr
        for line in summary.lines():
            err.write(text_of(line) + "\n")


def cmd_dossier(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import outputs
    from caseapp.services.labels import level_label

    refuse_protected_output(args, args.output, what=msg("the dossier"))
    with opened_case(args) as cf:
        made = outputs.dossier(cf, args.captive_id, level=args.level, author=_author(args, cf),
                               lawyer=_lawyer(cf), lang=args.lang, target=args.output,
                               keep_copy=args.keep)
    print_left_out(args, made.left_out)
    d = made.record
    # the name in the script of the document's language where one is recorded, the level's name
    name = (name_in_script(d.captive.names, args.lang) or d.captive.latin_name
            or d.captive.primary_name)
    out.write(str(msg("Wrote the dossier of {name} at the {level} level to {file} (version "
                      "{version}).", name=name, level=level_label(made.level), file=args.output,
                      version=d.version)) + "\n")
    _kept(made.kept, out)
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services import outputs
    from caseapp.services.labels import level_label

    fmt = args.format or ("xlsx" if str(args.output).lower().endswith(".xlsx") else "pdf")
    if args.hearing_days < 0:
        raise UserError(msg("--hearing-days must be zero or more."))
    refuse_protected_output(args, args.output, what=msg("the report"))
    with opened_case(args) as cf:
        made = outputs.status_report(cf, level=args.level, author=_author(args, cf), fmt=fmt,
                                     status=args.status, tag=args.tag,
                                     hearing_days=args.hearing_days, lang=args.lang,
                                     target=args.output, keep_copy=args.keep)
    print_left_out(args, made.left_out)
    out.write(str(msg_n("Wrote the status report ({count} captive, {level} level, {format}) to "
                        "{file}.", "Wrote the status report ({count} captives, {level} level, "
                        "{format}) to {file}.", len(made.record.rows), level=level_label(made.level),
                        format=fmt.upper(), file=args.output)) + "\n")
    _kept(made.kept, out)
    return 0


def cmd_letter(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.reports.letters import MissingFields
    from caseapp.services import outputs
    from caseapp.services.letter_data import resolve_template
    from caseapp.services.letter_field_names import letter_field_name

    template = resolve_template(args.template, level=args.level)
    extra = _pairs(args.set)
    refuse_protected_output(args, args.output, what=msg("the letter"))
    cf = open_case(args)
    try:
        made = outputs.letter(cf, template, args.captive_id, lawyer=_lawyer(cf),
                              contact_id=args.to, organisation_id=args.org, extra=extra,
                              target=args.output, keep_copy=args.keep)
    except MissingFields as exc:
        needed = Listed(tuple(msg("{field} ({what})", field=name, what=letter_field_name(name))
                              for name in exc.fields))
        hint = " ".join(f"--set {name}=…" for name in exc.fields)
        if ({"recipient_name", "recipient_block", "salutation"} & set(exc.fields)
                and args.to is None and args.org is None):
            hint = str(msg("--to CONTACT_ID, --org ORGANISATION_ID or {options}", options=hint))
        problem = msg("The letter “{template}” needs values the case file does not give: "
                      "{needed}. Pass them with {options}.", template=template.key,
                      needed=needed, options=hint)
        if any(name.startswith("lawyer_") for name in exc.fields):
            # A sentence of its own: glued to the options, Armenian put its "with" ending
            # on the command's own "with" («… հրամանով»-ով).
            problem = msg("{problem} {advice}", problem=problem, advice=msg(
                "You can also keep your details in the case file for every letter with "
                "“caseapp settings set lawyer_name …”."))
        raise UserError(problem) from None
    finally:
        cf.close()
    print_left_out(args, made.left_out, asked=template.level)
    out.write(str(msg("Wrote the letter “{template}” to {file}.", template=template.key,
                      file=args.output)) + "\n")
    _kept(made.kept, out)
    return 0


def cmd_templates_list(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.domain.messages import current_language
    from caseapp.reports.letter_templates import list_templates, user_templates_dir
    from caseapp.reports.letter_values import PLACEHOLDERS
    from caseapp.reports.template_titles import template_title

    templates = list_templates()
    lang = current_language()
    if args.format == "json":  # the title as the table shows it; the key is the stable id
        print_json({"templates": [{"key": t.key, "title": template_title(t, lang),
                                   "language": t.language, "level": t.level.value,
                                   "shipped": t.shipped, "path": str(t.path),
                                   "problem": t.problem}
                                  for t in templates],
                    "placeholders": PLACEHOLDERS, "user_folder": str(user_templates_dir())}, out)
        return 0
    from caseapp.domain.cldr import language_name
    from caseapp.services.labels import level_label

    print_table([msg("Template"), msg("Language"), msg("Level"), msg("Title")],
                [[t.key, language_name(t.language, lang), level_label(t.level),
                  template_title(t, lang)] for t in templates], out)
    out.write("\n" + str(msg("Your own templates (.docx) go in {folder}",
                             folder=user_templates_dir())) + "\n\n")
    print_table([msg("Placeholder"), msg("What it holds")],
                [[f"{{{{ {name} }}}}", what] for name, what in PLACEHOLDERS.items()], out)
    return 0


def cmd_templates_add(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.domain.errors import ConflictError
    from caseapp.services.letter_template_files import add_template

    try:
        added = add_template(args.file, replace=args.replace)
    except ConflictError:
        raise UserError(msg("You already have a template “{key}”: it was kept as it was. Add --replace to "
                            "replace it with {path}.", key=args.file.stem, path=args.file)) from None
    out.write(str(msg("Added the template “{key}” to {folder}: “caseapp letter {key} …” uses it.",
                      key=added.key, folder=added.path.parent)) + "\n")
    return 0


def cmd_templates_remove(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.letter_template_files import remove_template

    path = remove_template(args.template)
    out.write(str(msg("Removed the template {path}.", path=path)) + "\n")
    return 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the report commands to the ``caseapp`` parser's subcommands."""

    author = dict(metavar=str(msg("NAME")), help=str(msg("author in the document's metadata (default: the "
                                                         "case setting lawyer_name, else CASEAPP_LAWYER_NAME, "
                                                         "else CASEAPP_USER)")))
    keep = dict(action="store_true", help=str(msg("also keep a copy in the case file's documents")))
    lang = dict(choices=DOCUMENT_LANGUAGES, default=language_from_env(),
                help=str(msg("the document's language: headings, labels, dates and the captive's name "
                             "in its script (hy Armenian, ru Russian, fr French, en English; default: "
                             "LANGUAGE or LANG when it is hy or ru, else en)")))

    p = sub.add_parser("dossier", parents=[common], help=str(msg("print one captive's dossier (PDF)")))
    p.add_argument("captive_id", type=record_id, metavar=str(msg("CAPTIVE_ID")))
    p.add_argument("--level", choices=LEVELS, required=True,
                   help=str(msg("leave out everything above this level")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE.pdf")),
                   help=str(msg("the PDF file to write")))
    p.add_argument("--lang", **lang)
    p.add_argument("--author", **author)
    p.add_argument("--keep", **keep)
    p.set_defaults(func=cmd_dossier)

    p = sub.add_parser("report", parents=[common], help=str(msg("status report on all captives "
                                                                "(PDF or XLSX)")))
    p.add_argument("--format", choices=["pdf", "xlsx"],
                   help=str(msg("default: from the output's extension, else pdf")))
    p.add_argument("--status", choices=[s.value for s in CaptiveStatus],
                   help=str(msg("only the captives with this status")))
    p.add_argument("--tag", metavar=str(msg("TAG")),
                   help=str(msg("only the captives with this tag (below the internal level the "
                                "report does not name it: tags are internal)")))
    p.add_argument("--level", choices=LEVELS, default=Sensitivity.INTERNAL.value,
                   help=str(msg("leave out captives and records above this level (default internal)")))
    p.add_argument("--hearing-days", type=day_count, default=30, metavar=str(msg("DAYS")),
                   help=str(msg("list hearings in the next DAYS days (default 30)")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE")),
                   help=str(msg("the file to write: .pdf or .xlsx")))
    p.add_argument("--lang", **lang)
    p.add_argument("--author", **author)
    p.add_argument("--keep", **keep)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("letter", parents=[common], help=str(msg("fill a letter template (.docx)")))
    p.add_argument("template", metavar=str(msg("TEMPLATE")), help=str(msg("see “caseapp templates list”")))
    p.add_argument("captive_id", type=record_id, metavar=str(msg("CAPTIVE_ID")))
    p.add_argument("--to", type=record_id, metavar=str(msg("CONTACT_ID")), help=str(msg("the addressee (a contact)")))
    p.add_argument("--org", type=record_id, metavar=str(msg("ORGANISATION_ID")),
                   help=str(msg("the addressee organisation (default: the contact's)")))
    p.add_argument("--set", action="append", metavar=str(msg("NAME=VALUE")),
                   help=str(msg("a placeholder's value (repeatable; \\n for a new line)")))
    p.add_argument("--level", choices=LEVELS,
                   help=str(msg("read the case file at this level (default: the template's)")))
    p.add_argument("-o", "--output", type=path_argument, required=True, metavar=str(msg("FILE.docx")),
                   help=str(msg("the .docx file to write")))
    p.add_argument("--keep", help=str(msg("also keep a copy in the captive's documents and, when "
                                          "addressed, log a draft intervention")), action="store_true")
    p.set_defaults(func=cmd_letter)

    templates = sub.add_parser("templates", help=str(msg("letter templates and their placeholders")))
    tsub = templates.add_subparsers(title=str(msg("templates commands")), metavar=str(msg("ACTION")), required=True)
    p = tsub.add_parser("list", help=str(msg("list the templates and the placeholders they can use")))
    format_option(p, "table", "json")
    p.set_defaults(func=cmd_templates_list)
    p = tsub.add_parser("add", help=str(msg("check a Word template (.docx) of yours and put it in your "
                                            "templates folder")))
    p.add_argument("file", type=path_argument, metavar=str(msg("FILE.docx")),
                   help=str(msg("the template; its file name, without .docx, is its name")))
    p.add_argument("--replace", action="store_true",
                   help=str(msg("replace your template of the same name")))
    p.set_defaults(func=cmd_templates_add)
    p = tsub.add_parser("remove", help=str(msg("remove one of your templates from your templates folder")))
    p.add_argument("template", metavar=str(msg("TEMPLATE")), help=str(msg("see “caseapp templates list”")))
    p.set_defaults(func=cmd_templates_remove)
