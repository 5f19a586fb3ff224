"""The ``recovery`` commands: a lost passphrase recovered with colleagues' shares (SLIP-39).

    caseapp recovery setup --shares 5 --threshold 3 --db FILE   (shown on the terminal only)
    caseapp recovery status --db FILE
    caseapp recovery unlock --db FILE                            (shares typed, never argv)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from caseapp.cli.common import UserError, current_actor, on_terminal, opened_case, whole_number
from caseapp.cli.output_stream import is_stdout
from caseapp.cli.passphrases import new_passphrase
from caseapp.config import resolve_location
from caseapp.domain.messages import msg, msg_n
from caseapp.services import recovery
from caseapp.services.casefile import case_file_kind, open_case_file

NEW_PASSPHRASE_ENV = "CASEAPP_NEW_PASSPHRASE"
CLEAR_SCREEN = "\x1b[H\x1b[2J\x1b[3J"  # the screen and, where the terminal keeps one, its scrollback


def _local_path(args: argparse.Namespace) -> Path:
    location = resolve_location(getattr(args, "db", None))
    if location.path is None:
        raise UserError(msg("Passphrase recovery is for a case file on this computer; a team "
                            "server's passwords are reset by its administrator."))
    case_file_kind(location.path)  # missing, a folder, empty, not a database: said as an open says it
    return location.path


def _show_share(out: TextIO, n: int, shares: recovery.RecoveryShares, qr: bool) -> None:
    total = len(shares.words)
    out.write(str(msg("Share {n} of {total} (any {threshold} of the {total} open the case "
                      "file). For one colleague only; write it down on paper, in this order:",
                      n=n, total=total, threshold=shares.threshold)) + "\n\n")
    words = shares.words[n - 1].split()
    for row in range(0, len(words), 5):
        out.write("  " + "  ".join(f"{row + i + 1:>2}. {w:<10}"
                                  for i, w in enumerate(words[row:row + 5])).rstrip() + "\n")
    if qr:
        import segno

        out.write("\n")
        segno.make(shares.words[n - 1], error="m").terminal(out=out, compact=True)
    out.write("\n")


def cmd_setup(args: argparse.Namespace, out: TextIO) -> int:
    on_terminal = out.isatty() if hasattr(out, "isatty") else False
    if is_stdout(out) and not on_terminal:
        raise UserError(msg("The shares are shown on a terminal only, so that no redirect saves "
                            "them in a file; run the command in a terminal, or print them from "
                            "the app (File → Set Up Passphrase Recovery…). Nothing was changed."))
    with opened_case(args) as cf:
        if cf.db.path is not None and not cf.db.encrypted:  # (the window names its menu item)
            raise UserError(msg("{path} is not encrypted: give it a passphrase first with "
                                "“caseapp encrypt”, then set up recovery. Nothing was changed.",
                                path=cf.db.path))
        shares = recovery.set_up(cf.db, shares=args.shares, threshold=args.threshold)
        _show_all(out, cf.label, shares, args.qr, on_terminal)
        cf.log_event("recovery set up", f"{args.threshold} of {args.shares} shares")
    return 0


def _show_all(out: TextIO, label: str, shares: recovery.RecoveryShares, qr: bool,
              on_terminal: bool) -> None:
    threshold, count = shares.threshold, len(shares.words)
    out.write(str(msg("Passphrase recovery is set up for {file}: any {threshold} of these "
                      "{count} shares open it and set a new passphrase. Earlier shares of this "
                      "file no longer open it. Give each share to a different trusted colleague; "
                      "CaseApp keeps no copy of them.", file=label, threshold=threshold,
                      count=count)) + "\n\n")
    if on_terminal:
        sys.stderr.write(str(msg("Press Enter to see the first share, when nobody else can see "
                                 "the screen.")))
        sys.stdin.readline()
    for n in range(1, len(shares.words) + 1):
        if on_terminal:
            out.write(CLEAR_SCREEN)
        _show_share(out, n, shares, qr)
        if on_terminal:
            sys.stderr.write(str(msg("Press Enter once it is written down (the screen is "
                                     "cleared).")))
            sys.stdin.readline()
    if on_terminal:
        out.write(CLEAR_SCREEN)
        out.write(str(msg_n("{count} share shown. The passphrase still opens the file.",
                            "{count} shares shown. The passphrase still opens the file.",
                            len(shares.words))) + "\n")


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    path = _local_path(args)
    state = recovery.status(path)
    if case_file_kind(path) == "plain":  # no passphrase at all: never "if it is lost"
        out.write(str(msg("{file} is not encrypted; encrypt it with “caseapp encrypt”.",
                          file=path)) + "\n")
    elif state is None:
        out.write(str(msg("{file} has no passphrase recovery: if its passphrase is lost, nobody "
                          "can open it.", file=path)) + "\n")
    else:
        out.write(str(msg("{file} can be recovered with any {threshold} of its {count} shares "
                          "(key file: {keys}; keep it with the file).", file=path,
                          threshold=state.threshold, count=state.shares, keys=recovery_keys(path)))
                  + "\n")
    return 0


def recovery_keys(path: Path) -> str:
    """The key file beside the case file at ``path``."""
    return str(path) + ".keys"


def _read_shares(needed: int, readline: Callable[[], str], prompt: Callable[[str], None]
                 ) -> list[str]:
    """``needed`` different shares, one a line; a share given again (the same words, however
    typed) is said and another asked for, rather than ending the attempt one short."""
    shares: list[str] = []
    seen: dict[str, int] = {}
    while len(shares) < needed:
        prompt(str(msg("Share {n} of {total} (its words, then Enter): ", n=len(shares) + 1,
                       total=needed)))
        line = readline()
        if not line:  # the end of the input
            break
        words = recovery.normalise_share(line)
        if not words:
            continue
        if words in seen:
            sys.stderr.write(str(msg("That is share {n} again: give another one.",
                                     n=seen[words])) + "\n")
            continue
        seen[words] = len(shares) + 1
        shares.append(line)
    return shares


def _to_stderr(text: str) -> None:
    sys.stderr.write(text)


def _say_nothing(text: str) -> None:
    """No terminal: the shares are read without prompts."""


def cmd_unlock(args: argparse.Namespace, out: TextIO) -> int:
    path = _local_path(args)
    state = recovery.status(path)
    if state is None:
        raise UserError(msg("{file} has no passphrase recovery set up (there is no key file "
                            "with recovery beside it); nothing was changed.", file=path))
    tty = on_terminal()
    readline = sys.stdin.readline if sys.stdin is not None else str  # closed: no share
    shares = _read_shares(state.threshold, readline,
                          _to_stderr if tty else _say_nothing)
    if len(shares) < state.threshold:  # checked by the service too; said before asking more
        raise UserError(msg_n("{count} share given; {file} needs {threshold} of its {total}. "
                              "Nothing was changed.",
                              "{count} shares given; {file} needs {threshold} of its {total}. "
                              "Nothing was changed.", len(shares), file=path,
                              threshold=state.threshold, total=state.shares))
    new = new_passphrase(NEW_PASSPHRASE_ENV, what=str(path))
    strength = recovery.recover(path, shares, new)
    cf = open_case_file(resolve_location(str(path)), passphrase=new, actor=current_actor())
    try:
        cf.log_event("passphrase recovered", f"with {len(shares)} recovery shares")
    finally:
        cf.close()
    out.write(str(msg("{file} has a new passphrase (strength: {strength}); the old one no "
                      "longer opens it. The shares still work: set up recovery again to replace "
                      "them.", file=path, strength=strength.label)) + "\n")
    return 0


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("recovery", help=str(msg("recover a lost passphrase with colleagues' shares")))
    rsub = group.add_subparsers(title=str(msg("recovery commands")), metavar=str(msg("ACTION")), required=True)
    p = rsub.add_parser("setup", parents=[common],
                        help=str(msg("split a new recovery key into shares (shown on the terminal only)")))
    p.add_argument("--shares", type=whole_number, required=True, metavar="N",
                   help=str(msg("how many colleagues get a share (2 to {largest})",
                                 largest=recovery.MAX_SHARES)))
    p.add_argument("--threshold", type=whole_number, required=True, metavar="M",
                   help=str(msg("how many shares open the file (2 to N)")))
    p.add_argument("--qr", action="store_true", help=str(msg("show each share as a QR code too")))
    p.set_defaults(func=cmd_setup)

    p = rsub.add_parser("status", parents=[common], help=str(msg("whether the file can be recovered")))
    p.set_defaults(func=cmd_status)

    p = rsub.add_parser("unlock", parents=[common],
                        help=str(msg("set a new passphrase with enough shares (read from the terminal; "
                                     "the new passphrase asked, or {variable})",
                                     variable=NEW_PASSPHRASE_ENV)))
    p.set_defaults(func=cmd_unlock)
