"""The secrets a command reads from its environment (a passphrase, a password, a code).

Such a variable set in a terminal of another encoding than UTF-8 (``export
CASEAPP_PASSPHRASE=café`` in a Latin-1 terminal) reaches Python as bytes that are no text:
they would unlock nothing, and the key derivation could not even read them. It is said in one
line naming the variable, before anything is opened."""

from __future__ import annotations

import os

from caseapp.config import is_text
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg


def text_variable(name: str) -> str | None:
    """The value of the environment variable ``name`` (None when unset or empty), refused in
    one line when it holds bytes that are not UTF-8 text."""
    value = os.environ.get(name)
    if not value:
        return None
    if not is_text(value):
        raise ValidationError(msg("{variable} holds bytes that are not UTF-8 text (set in a "
                                  "terminal of another encoding?): set it again in a UTF-8 "
                                  "terminal. Nothing was changed.", variable=name))
    return value


def set_but_empty(name: str) -> bool:
    """The environment variable ``name`` is set, to nothing (``CASEAPP_PASSPHRASE=``, or a
    script's variable that expanded to nothing): not the same as unset to the person who set
    it."""
    value = os.environ.get(name)
    return value is not None and not value.strip()
