"""argparse's own words ("usage:", "options", "show this help message and exit", its errors)
in the language of the run.

argparse translates its words through the :mod:`gettext` module's global functions, which
follow GNU gettext's model: the program's text domain (:func:`gettext.textdomain`), bound to a
locale directory (:func:`gettext.bindtextdomain`), in the language that ``LANGUAGE`` (else
``LC_ALL``, ``LC_MESSAGES``, ``LANG``) names. Python's argparse HOWTO ("How to translate the
argparse output") gives exactly that: extract argparse's strings, translate them, install the
catalogue with gettext. So :func:`argparse_speaks` uses only that public interface, for the
span of building the parser and parsing (when argparse says anything): it binds the domain
:data:`DOMAIN` to ``resources/translations/argparse`` (``<lang>/LC_MESSAGES/argparse.mo``),
makes it the current domain and names the run's language in ``LANGUAGE``, then puts all of
it back as it was, so nothing else in the process (the window, a test running the next
command) sees a changed environment or domain. Assigning to ``argparse._`` would work too,
but ``_`` is argparse's private name.

The catalogue (``argparse/<lang>/LC_MESSAGES/argparse.po``, compiled to ``.mo``) holds the
strings that the running Python's argparse passes to gettext; ``python -m
caseapp.message_catalogues update`` adds new ones, ``apply`` writes delivered translations
into it as into the messages' catalogues, and ``tests/cli/test_cli_help_languages.py`` fails
while one lacks a translation.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager

from caseapp.resources import resource

DOMAIN = "argparse"


@contextmanager
def argparse_speaks(lang: str) -> Iterator[None]:
    """Within the block, argparse says its words in ``lang`` (English when there is no
    catalogue for it)."""
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(resource("translations", DOMAIN)))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(previous_domain)
        if previous_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = previous_language
