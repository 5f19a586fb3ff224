"""The ``caseapp`` command line; see :mod:`caseapp.cli.entry`.

``caseapp --version`` answers here, before the commands (and the libraries they use) are
imported; everything else goes to :func:`caseapp.cli.entry.main`.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not typing's: importing typing costs ``--version`` a fifth of its time
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, TextIO

    from caseapp.cli.entry import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        from caseapp.versions import version_lines

        sys.stdout.write("".join(f"{line}\n" for line in version_lines()))
        raise SystemExit(0)  # as argparse's own --version does
    from caseapp.cli.entry import main as run

    return run(argv, out=out, err=err)


def __getattr__(name: str) -> Any:
    if name == "build_parser":
        from caseapp.cli.entry import build_parser

        return build_parser
    raise AttributeError(name)
