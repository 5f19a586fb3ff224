"""The command's output stream. A reader that stops reading (``caseapp captives list |
head -1``) ends the command quietly, with the exit code of a program that SIGPIPE ended
(141), as ``git`` and the shell's own tools do; a stream that cannot be written (standard
output sent to a full disk) is one line, exit 2, never mistaken for the case file's disk."""

from __future__ import annotations

import io
import os
import sys
from typing import Any, TextIO

from caseapp.cli.common import UserError
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

    def __init__(self, stream: TextIO):
        self.wrapped = stream

    def write(self, text: str) -> int:
        """``text`` written with its control characters shown, not obeyed by the terminal
        (a name holding ESC or BEL, written before they were removed on input)."""
        return int(self._guarded(self.wrapped.write, printable(text)))

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


def is_stdout(out: TextIO) -> bool:
    """Whether the command's output ``out`` is the process's standard output."""
    return getattr(out, "wrapped", out) is sys.stdout


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


__all__ = ["PIPE_CLOSED", "GuardedOutput", "OutputFailed", "is_stdout", "pipe_closed"]
