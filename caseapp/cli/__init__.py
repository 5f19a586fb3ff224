"""The ``caseapp`` command line; see :mod:`caseapp.cli.entry`."""

from caseapp.cli.entry import build_parser, main

__all__ = ["build_parser", "main"]
