"""The ``caseapp`` command line; see :mod:`caseapp.cli.entry`.

``caseapp --version`` answers here, before the commands (and the libraries they use) are
imported; everything else goes to :func:`caseapp.cli.entry.main`.
"""

from __future__ import annotations

import gc
import sys

TYPE_CHECKING = False  # not typing's: importing typing costs ``--version`` a fifth of its time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, TextIO

    from caseapp.cli.entry import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        from caseapp.versions import version_lines

        if sys.stdout is not None:  # (closed: ``>&-``)
            sys.stdout.write("".join(f"{line}\n" for line in version_lines()))
            try:
                sys.stdout.flush()
            except OSError:  # (a full disk: one line, not the interpreter's words at its end)
                from caseapp.cli.output_stream import flushed_at_the_end, standard_stream

                raise SystemExit(flushed_at_the_end(standard_stream(sys.stderr), 0)) from None
        raise SystemExit(0)  # as argparse's own --version does
    if argv is None:  # the program itself (not main() called from code, e.g. by the tests)
        # The start builds the objects the whole run keeps (modules, tables, mappers, the
        # parser): the cycle collector finds no garbage among them, yet it traversed them
        # all again and again while they were built. It is off until the command is parsed (and
        # the team server's sign-in, with the database library, imported);
        # entry.main then moves them out of its sight (gc.freeze) and turns it back on.
        gc.disable()
    try:
        from caseapp.cli.entry import main as run

        return run(argv, out=out, err=err)
    except KeyboardInterrupt:  # Ctrl+C at the start (modules loading, arguments read)
        return _interrupted(err)


def _interrupted(err: TextIO | None) -> int:
    """The command's one line for Ctrl+C, however early it came (the line said whole: a
    second Ctrl+C meanwhile is let go)."""
    import signal

    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: no signal comes here
        previous = None
    try:
        from caseapp.cli.entry import interrupted

        return interrupted(err or sys.stderr)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def __getattr__(name: str) -> Any:
    if name == "build_parser":
        from caseapp.cli.entry import build_parser

        return build_parser
    raise AttributeError(name)
