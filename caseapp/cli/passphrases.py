"""The passphrases a command asks for besides the case file's own (:func:`caseapp.cli.common.
passphrase_for`): that of another encrypted file (a backup, a travel copy) and a new one (a
new case file, a change of passphrase, a travel copy), from their environment variables or
typed on the terminal."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from caseapp.cli.common import UserError, no_passphrase_given, on_terminal
from caseapp.cli.environment import text_variable
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import Message, msg
from caseapp.domain.passphrase import MIN_LENGTH, check_new_passphrase
from caseapp.services.casefile import file_kind, not_a_case_file


def file_passphrase(path: Path, env: str, what: Message) -> str | None:
    """The passphrase of the encrypted file at ``path`` that exists (a backup, a travel copy,
    the case file a backup is checked against): from ``env``, else typed once on a terminal;
    with no terminal, one line saying what to set. None for a file that is not encrypted, or
    that cannot be a case file at all (a text file, a PDF: opening it says what it is)."""
    if file_kind(path) != "encrypted" or not_a_case_file(path):
        return None
    value = text_variable(env)
    if value:
        return value
    if not on_terminal():
        raise CaseFileError(no_passphrase_given(path, env, what), bad_input=True)
    return getpass.getpass(str(msg("Passphrase of {what} {name}: ", what=what,
                                   name=path.name))) or None


def new_passphrase(env_name: str, *, what: str | Message) -> str:
    """A new passphrase from ``env_name`` or typed twice on the terminal, judged by the policy."""
    value = text_variable(env_name)
    if value:
        check_new_passphrase(value)
        return value
    if not on_terminal():
        raise UserError(msg("A passphrase is needed for {what}: set {variable} or run in a "
                            "terminal to be asked. Nothing was changed.",
                            what=what, variable=env_name))
    sys.stderr.write(str(msg("Choose a passphrase of at least {length} characters; several "
                             "unrelated words are easy to remember. It cannot be recovered if "
                             "lost.", length=MIN_LENGTH)) + "\n")
    first = getpass.getpass(str(msg("New passphrase: ")))
    repeat = getpass.getpass(str(msg("Repeat the new passphrase: ")))
    strength = check_new_passphrase(first, repeat)
    sys.stderr.write(str(msg("Passphrase strength: {strength}.", strength=strength.label)) + "\n")
    return first


__all__ = ["file_passphrase", "new_passphrase"]
