"""Errors the services raise. Messages are written for the lawyer, not the developer."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.messages import Message


class CaseAppError(Exception):
    """Base of every error CaseApp reports to a user. Its message is a
    :class:`~caseapp.domain.messages.Message` (``msg(...)``), shown in the user's language by
    ``str(error)``; a plain string is shown as it is."""

    def __init__(self, message: str | Message = "", *args: object):
        super().__init__(message, *args)

    @property
    def message(self) -> str | Message:
        return self.args[0] if self.args else ""


class ValidationError(CaseAppError):
    """Input that breaks a rule of the case file. ``field`` names the offending field."""

    def __init__(self, message: str | Message, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(CaseAppError):
    pass


class ConflictError(CaseAppError):
    pass


class CaseFileError(CaseAppError):
    """The case file cannot be opened or used (missing, wrong passphrase, corrupt, too new).

    ``bad_input`` tells a mistake of the user's (wrong path or passphrase) from a failure;
    ``damaged`` says the file failed its integrity check (or, encrypted, may have), and
    ``backup`` names the latest verified backup to restore from, when there is one.
    ``details`` holds what the database engine reported (shown only on request).
    """

    def __init__(self, message: str | Message, *, bad_input: bool = False, damaged: bool = False,
                 backup: Path | None = None, details: tuple[str, ...] = ()):
        super().__init__(message)
        self.details = details
        self.bad_input = bad_input
        self.damaged = damaged
        self.backup = backup


class ConnectionLost(CaseFileError):
    """The connection to the team server broke during a call: nothing of it was saved. The
    window reconnects by itself and says so; a command, which just exits, says its own
    sentence (``caseapp.cli.entry``)."""


class WrongPassphrase(CaseFileError):
    """The passphrase given does not open the encrypted file (raised with ``bad_input``;
    SQLCipher cannot tell a wrong passphrase from a damaged file, so ``damaged`` may be set
    too). Whoever counts wrong passphrases or asks again tests for this class, never for
    words of the message, which is in the user's language."""


class TargetExists(CaseFileError):
    """The file a backup or a restore would write exists already, and is replaced only when
    asked to (raised with ``bad_input``). The message names no way of asking: the command
    line adds its own (``--force``), the window asks its own question."""


class NoTeamYet(CaseFileError):
    """The database on the server has no team set up yet: its owner sets it up first (raised
    with ``bad_input``). The message names no way of doing it: the command line adds its own
    (``caseapp team init``); the window has no team administration."""


class OwnerMakesCaseFile(CaseFileError):
    """The database on the server holds no case file yet, and the login connected is not its
    owner, who alone may make one (raised with ``bad_input``). The command line adds how
    (``caseapp init``, ``caseapp team push``); the window's owner is asked whether to."""
