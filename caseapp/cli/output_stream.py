"""The command's output stream. A reader that stops reading (``caseapp captives list |
head -1``) ends the command quietly, with the exit code of a program that SIGPIPE ended
(141), as ``git`` and the shell's own tools do; a stream that cannot be written (standard
output sent to a full disk) is one line, exit 2, never mistaken for the case file's disk."""

from __future__ import annotations

import io
import os
import sys
from typing import Any, TextIO

from caseapp.cli.common import EXIT_BAD_INPUT, UserError, say
from caseapp.domain.clean_text import printable
from caseapp.domain.messages import msg
from caseapp.write_errors import os_reason

PIPE_CLOSED = 128 + 13  # SIGPIPE


class OutputFailed(UserError):
    """The command's output could not be written."""


class GuardedOutput:
    """``stream`` (:attr:`wrapped`; everything but writing is its own), whose failures to
    write (but a closed pipe) are :class:`OutputFailed`, and which shows control characters
    (:func:`caseapp.domain.clean_text.printable`)."""

    def __init__(self, stream: TextIO, *, notices: TextIO | None = None):
        self.wrapped = stream
        self.notices = notices  # where a letter the stream cannot take is said, once
        self._said_codes = False

    def write(self, text: str) -> int:
        """``text`` written with its control characters shown, not obeyed by the terminal
        (a name holding ESC or BEL, written before they were removed on input). A letter
        the stream's encoding has not (Armenian in latin-1 or cp1251) is written as its
        code (\\u0531), said once on :attr:`notices`: never the command stopped halfway."""
        text = printable(text)
        try:
            return int(self._guarded(self.wrapped.write, text))
        except UnicodeEncodeError as exc:
            encoding = getattr(self.wrapped, "encoding", None) or exc.encoding
            if self.notices is not None and not self._said_codes:
                self._said_codes = True
                say(self.notices, msg(
                    "The output is written in {encoding}, which has no letters for some of "
                    "what is written: they are written as codes (\\u0531). Set "
                    "PYTHONIOENCODING=utf-8 to have them as letters.", encoding=encoding))
            coded = text.encode(encoding, "backslashreplace").decode(encoding)
            return int(self._guarded(self.wrapped.write, coded))

    def flush(self) -> None:
        self._guarded(self.wrapped.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)

    @staticmethod
    def _guarded(call: Any, *args: Any) -> Any:
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(msg("The output could not be written ({reason}).",
                                   reason=os_reason(exc))) from None


class _Closed(io.StringIO):
    """A standard stream that was closed (``>&-``): what is written goes nowhere."""

    def write(self, text: str) -> int:
        return len(text)


def standard_stream(stream: TextIO | None) -> TextIO:
    """``sys.stdout`` or ``sys.stderr`` as the command writes to it: a closed one (``>&-``,
    where Python has none) takes what is written and drops it, as ``print()`` does."""
    return stream if stream is not None else _Closed()


def is_stdout(out: TextIO) -> bool:
    """Whether the command's output ``out`` is the process's standard output (closed too:
    what must be seen on a terminal is not written there either)."""
    target = getattr(out, "wrapped", out)
    return target is sys.stdout or isinstance(target, _Closed)


def pipe_closed(out: TextIO) -> int:
    """The reader went away: the rest of the output (and the interpreter's last flush) goes
    nowhere, nothing is said."""
    try:
        fd = out.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return PIPE_CLOSED
    nowhere = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(nowhere, fd)
    finally:
        os.close(nowhere)
    return PIPE_CLOSED


def flushed_at_the_end(err: TextIO, code: int) -> int:
    """The exit code once what is left of the standard output is written: its failure said in
    one line (exit code 2), unless the command has failed already (said then), and what could
    not be written dropped, so that the interpreter's last flush fails no more (it would print
    its own words and exit with 120). Standard output sent to a full disk holds the help, or a
    short output, until that flush."""
    stream = sys.stdout
    if stream is None:
        return code
    try:
        stream.flush()
    except BrokenPipeError:
        return pipe_closed(stream)
    except OSError as exc:
        _drop_what_is_left(stream)
        if code != 0:
            return code
        say(err, msg("The output could not be written ({reason}).", reason=os_reason(exc)))
        return EXIT_BAD_INPUT
    return code


def _drop_what_is_left(stream: TextIO) -> None:
    pipe_closed(stream)  # (the standard output then goes nowhere)
    try:
        stream.flush()
    except (OSError, ValueError):
        pass


__all__ = ["PIPE_CLOSED", "GuardedOutput", "OutputFailed", "flushed_at_the_end", "is_stdout",
           "pipe_closed", "standard_stream"]
