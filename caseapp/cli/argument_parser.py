"""The parser every ``caseapp`` command line goes through: argparse that says a mistake in
one line naming the command (raised as :class:`~caseapp.cli.common.UserError`), names what
was meant by an unknown option, refuses an option given twice with two values, and text
that is not UTF-8."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from caseapp.cli.common import UserError, non_empty, path_argument, path_text
from caseapp.cli.output_stream import GuardedOutput
from caseapp.domain.messages import msg

# Option words a user may type for a format: ``--calendar`` means ``--format ics``.
FORMAT_SYNONYMS = {"calendar": "ics", "ical": "ics", "icalendar": "ics", "ics": "ics",
                   "excel": "xlsx", "spreadsheet": "xlsx"}


_GIVEN = "_caseapp_options_given"  # (on the namespace while it is parsed: each option's value)


class _StoreOnce(argparse._StoreAction):
    """An option of one value given twice with two values (``--level public … --level
    internal``) is refused, naming both: argparse would take the last without a word."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        given = namespace.__dict__.setdefault(_GIVEN, {})
        if self.dest in given and given[self.dest][1] != values:
            first, before = given[self.dest]
            parser.error(str(msg("{option} is given twice, as “{first}” and as “{second}”: "
                                 "give it once", option=first, first=str(before)[:40],
                                 second=str(values)[:40])))
        given.setdefault(self.dest, (option_string or self.dest, values))
        super().__call__(parser, namespace, values, option_string)


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line (raised, so ``main`` prints it), and
    names what was meant when an unknown option is a format (``--ics``, ``--calendar``:
    ``--format ics``) or a near miss of one of the command's options (``--levl``); an
    option given twice with two values is refused (:class:`_StoreOnce`)."""

    def _print_message(self, message: str, file: Any = None) -> None:
        """The help (and argparse's other words) written as every output of a command is
        (:class:`~caseapp.cli.output_stream.GuardedOutput`): letters the terminal's encoding
        has not (Armenian in ASCII or Latin-1) as codes, said once, not a traceback."""
        if not message:
            return
        stream = file or sys.stderr
        try:
            GuardedOutput(stream, notices=sys.stderr).write(message)
        except (AttributeError, OSError):  # (as argparse's own: a stream closed or gone)
            pass

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)
        # The command's text argument may begin with one dash (:meth:`_parse_optional`).
        self.dash_text = False

    def _parse_optional(self, arg_string: str) -> Any:
        """With ``dash_text``, a word of one dash and more that is none of the command's
        options is its text, not an option (``caseapp search -Petrosyan``: a name pasted with
        a hyphen before it was refused as a QUERY missing). A word of two dashes stays an
        option, named if mistyped (``--formt``); ``-h`` stays the help."""
        if (self.dash_text and len(arg_string) > 1 and arg_string[0] == "-"
                and arg_string[1] != "-" and arg_string not in self._option_string_actions):
            return None
        return super()._parse_optional(arg_string)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        """``--search=--`` gives the option the text "--": argparse dropped it as the end
        of the options and gave the option an empty list, which no command expects."""
        if arg_strings == ["--"] and action.option_strings and action.nargs in (
                None, argparse.OPTIONAL):
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """Text that holds bytes that are not UTF-8 (Python keeps them as lone surrogates:
        a name pasted from a file in another encoding) is refused naming the option; no
        record, search or setting can hold it. A path may: it names a file as it is."""
        if (isinstance(arg_string, str)
                and action.type not in (path_argument, non_empty, path_text)
                and not isinstance(action, argparse._SubParsersAction)  # (the command's own)
                and not _utf8(arg_string)):
            shown = arg_string.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise argparse.ArgumentError(action, str(msg(
                "“{text}” holds bytes that are not UTF-8 text (written in another encoding?): "
                "type it again", text=shown[:40])))
        return super()._get_value(action, arg_string)

    def _refuse_own_unknown_options(self, args: Sequence[str]) -> None:
        """An option the command does not know is refused naming it and the command, before
        argparse reads the line: argparse would take the value after it for the command's
        argument ("deadlines --as-of 2026-12-01": "invalid choice: '2026-12-01'"), or ask for
        a subcommand. The options' values are skipped as argparse takes them (a value that
        looks like an option is left to argparse: "expected one argument"); what follows a
        subcommand is the subcommand's to judge; text beginning with a dash stays text where
        the command takes it (``dash_text``) and a negative number stays a number."""
        commands = {name for action in self._actions
                    if isinstance(action, argparse._SubParsersAction)
                    for name in action.choices}
        values, greedy = 0, False  # the values still owed to the option before
        for arg in args:
            if arg == "--":
                return
            parsed = self._parse_optional(arg)
            if parsed is None:  # a value or an argument
                if values == 0 and not greedy and arg in commands:
                    return
                values = max(values - 1, 0)
                continue
            if values:  # argparse says the option before lacks its value
                return
            action, _, explicit = parsed
            if action is None:
                self.unknown_option(arg)
            nargs = action.nargs
            if explicit is not None or nargs in (0, argparse.OPTIONAL):
                values, greedy = 0, False
            elif nargs in (argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE):
                values, greedy = 0, True
            elif nargs in (argparse.PARSER, argparse.REMAINDER):
                return
            else:
                values, greedy = (1 if nargs is None else int(nargs)), False

    def unknown_option(self, typed: str) -> NoReturn:
        """Refuse an option this command does not know, naming the command (and what was
        most likely meant)."""
        meant = self.option_meant(typed)
        line = msg("unknown option {option} for “{command}”", option=typed[:40],
                   command=self.prog)
        if meant is not None:
            line = msg("unknown option {option} for “{command}”; did you mean “{meant}”",
                       option=typed[:40], command=self.prog, meant=meant)
        self.error(str(line))

    def parse_known_args(  # type: ignore[override]
            self, args: Sequence[str] | None = None,
            namespace: argparse.Namespace | None = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        # Each command's parser looks at what it did not recognise, so that the pointer
        # names that command's options (the whole line's parser would only say "unrecognized").
        self._refuse_own_unknown_options(sys.argv[1:] if args is None else args)
        parsed, extras = super().parse_known_args(args, namespace)
        parsed.__dict__.pop(_GIVEN, None)
        for extra in extras:
            meant = self.option_meant(extra)
            if meant is not None:
                self.error(str(msg("unrecognized argument {argument}; did you mean “{meant}”",
                                   argument=extra[:40], meant=meant)))
        return parsed, extras

    def option_meant(self, typed: str) -> str | None:
        """What an unrecognised ``--word`` most likely meant among this parser's options:
        ``--format WORD`` when WORD (or its synonym) is one of ``--format``'s choices, else
        the closest option's name; None for anything else."""
        if not typed.startswith("--") or len(typed) < 3:
            return None
        import difflib  # for a mistyped option only

        name = typed.split("=", 1)[0]
        word = name[2:].lower()
        synonym = difflib.get_close_matches(word, FORMAT_SYNONYMS, n=1, cutoff=0.8)
        word = FORMAT_SYNONYMS[synonym[0]] if synonym else word
        options: list[str] = []
        for action in self._actions:
            long_names = [o for o in action.option_strings if o.startswith("--")]
            if not long_names or action.help == argparse.SUPPRESS:
                continue
            if action.choices is not None and word in action.choices \
                    and action.nargs is None:
                return f"{long_names[0]} {word}"
            options.extend(long_names)
        close = difflib.get_close_matches(name, options, n=1, cutoff=0.75)
        # the option itself, known at another place of the line (a parent command's): no
        # pointer to what was typed
        return close[0] if close and close[0] != name else None

    def error(self, message: str) -> NoReturn:
        # The reason's own full stop (".", Armenian "։") goes: the line ends after the pointer.
        raise UserError(msg("{error} (see “{command} --help”).", error=message.rstrip(".։"),
                            command=self.prog))


def _utf8(text: str) -> bool:
    """Whether ``text`` is text UTF-8 can write (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
