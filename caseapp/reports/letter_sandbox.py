"""The Jinja environment a letter template is parsed and filled in: Jinja's immutable sandbox.

A template is a .docx file anyone can send the lawyer ("here is our standard letter to the
ombudsman"), and its placeholders are Jinja expressions. In Jinja's ordinary environment an
expression such as ``{{ cycler.__init__.__globals__.os.system(...) }}`` runs any command on
her computer, which holds every case file she has. The sandbox refuses attribute access to
Python's internals and calls that change data; on top of it, the few operators that let a
one-line expression take all memory or time (``'x' * 10**9``, ``2 ** 10**9``, ``'%.999999999f'``)
are refused past sizes no letter needs.

Whatever goes wrong while filling a template in is the template's fault, never the case
file's: :func:`filling_failed` turns it into one line naming the template.
"""

from __future__ import annotations

import operator
import re
from pathlib import Path
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg

# Far above any letter (a long letter is some 20,000 characters) and far below what takes a
# computer's memory or minutes.
MAX_REPEATED = 1_000_000
MAX_EXPONENT = 1_000
_WIDE_FORMAT = re.compile(r"%[-#0 +]*(\d{5,}|\*)|%[-#0 +]*\d*\.(\d{5,}|\*)")


class LetterSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with ``*``, ``**`` and ``%`` bounded."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
            return operator.mul(left, right)
        if op == "**":
            if isinstance(right, int) and right > MAX_EXPONENT and left not in (-1, 0, 1):
                raise SecurityError(f"the power {right} is too large for a letter")
            return operator.pow(left, right)
        if isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise SecurityError("a width or precision of 10,000 characters or more")
        return operator.mod(left, right)


def _check_repeat(sequence: Any, times: Any) -> None:
    if isinstance(sequence, str | list | tuple | bytes) and isinstance(times, int) \
            and len(sequence) * times > MAX_REPEATED:
        raise SecurityError(f"a text or list repeated {times} times is too long for a letter")


def filling_failed(path: Path | str, exc: Exception) -> ValidationError:
    """The one line saying why the template at ``path`` could not be filled in."""
    reason = (getattr(exc, "message", None) or str(exc)).strip().rstrip(".") or type(exc).__name__
    if isinstance(exc, SecurityError):
        return ValidationError(msg(
            "The template {path} asks for something a letter may not do, so it was not filled in: "
            "{reason}.",
            path=path, reason=reason), field="template")
    return ValidationError(msg("The template {path} cannot be filled in: {reason}. Check its placeholders "
                               "in Word or LibreOffice.", path=path, reason=reason),
                           field="template")
