"""Ctrl+C while a command replaces the case file itself (``encrypt``, ``passphrase``), or
once its output is in place (``backup``).

The new file is written beside the old one and put in its place at once, so an interrupted
command leaves the old one whole; but once it is in place, what is left (opening it again
with the new key, noting the change or the backup in the case file's log) is part of the
work. Ctrl+C then stopped the command saying that nothing half-written was kept, of a file
encrypted by then, or beside a whole backup. Then Ctrl+C is let go and the work finished;
the user is told so."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from caseapp.cli.common import say
from caseapp.domain.messages import Message, msg

REPLACED = msg("Ctrl+C came while the case file was being replaced: the change was finished "
               "rather than stopped halfway.")
BACKUP_MADE = msg("Ctrl+C came once the backup was made: it is kept, and the rest of the "
                  "command was finished.")


@contextmanager
def finished_whole(err: TextIO, said: Message = REPLACED) -> Iterator[None]:
    """The block run to its end whatever Ctrl+C comes meanwhile (only the main thread hears
    it); a Ctrl+C that came is said (``said``) once the block is done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    heard: list[int] = []

    def hear(signum: int, _frame: Any) -> None:
        heard.append(signum)

    previous = signal.signal(signal.SIGINT, hear)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if heard:
        say(err, said)
