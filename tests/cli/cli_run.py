"""What the command-line tests added with the robustness fixes share: a command run in
this process, a file's digest (to show it unchanged), and the one-line error."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from caseapp.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    """``caseapp ARGV``: the exit code, what it printed and what it said on stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(err: str) -> bool:
    """Whether ``err`` is one line of caseapp's, no traceback."""
    return err.count("\n") == 1 and err.startswith("caseapp: ") and "Traceback" not in err
