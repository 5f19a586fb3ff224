"""The language the command line works in when ``--lang`` does not say: the first of the
user's languages (``LANGUAGE``, a colon-separated list, then ``LC_ALL``, ``LC_MESSAGES``,
``LANG``) that CaseApp's documents and interface speak; English
otherwise. "hy_AM.UTF-8" is Armenian, "ru_RU:en" Russian, "C" and "POSIX" say nothing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from caseapp.domain.messages import LANGUAGES as MESSAGE_LANGUAGES
from caseapp.domain.messages import msg

# The languages the command line speaks (its messages, help and prompts): the interface's three
# (caseapp.ui.i18n.LANGUAGES). Documents print in more (French too:
# caseapp.reports.texts.DOCUMENT_LANGUAGES), chosen by a document command's own --lang.
LANGUAGES = MESSAGE_LANGUAGES


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    # LANGUAGE first, even under the "C" locale (gettext would ignore it there; whoever sets
    # it for CaseApp means it).
    candidates += env.get("LANGUAGE", "").split(":")
    candidates.append(next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), ""))
    for value in candidates:
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def requested_language(argv: Sequence[str]) -> str | None:
    """The language a ``--lang`` on the command line asks for, wherever it stands (before the
    command, the global option, or after it, a document's), the last one winning as in
    argparse; ``None`` when none names a language CaseApp speaks. Read before the arguments
    are parsed, so that even a mistake in them is reported in that language."""
    found: str | None = None
    tokens = list(argv)
    for n, token in enumerate(tokens):
        if token == "--":
            break
        value = (tokens[n + 1] if token == "--lang" and n + 1 < len(tokens)
                 else token.removeprefix("--lang=") if token.startswith("--lang=") else None)
        if value is not None and value in LANGUAGES:
            found = value
    return found


def speak_the_users_language(argv: Sequence[str] | None) -> str | None:
    """Choose the language of every message of this run: ``--lang``, else the environment's
    (:func:`language_from_env`). Returns the ``--lang`` asked for, if any."""
    from caseapp.domain.messages import set_language

    requested = requested_language(sys.argv[1:] if argv is None else argv)
    set_language(requested or language_from_env())
    return requested


def accept_lang_everywhere(parser: argparse.ArgumentParser) -> None:
    """Let every command take ``--lang`` after its name too (``caseapp check --lang ru``), as
    the global option before it; a command that has its own (a document's language) keeps it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                if "--lang" not in sub._option_string_actions:
                    sub.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                                     help=str(msg("the language of the messages (hy, ru, en)")))
                accept_lang_everywhere(sub)
