"""The team commands of two-factor sign-in and revocation (registered by ``cli/team.py``):

    caseapp team enrol-2fa NAME [--require] --db URL   (the owner; shown on a terminal only)
    caseapp team require-2fa NAME [--off] --db URL
    caseapp team status-2fa --db URL
    caseapp team revoke NAME --db URL                  (a seized device: access ends at once)

Opening a case file on a server that requires the login's second factor asks for the code
on the terminal, or takes it from CASEAPP_TOTP_CODE.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any, TextIO

from caseapp.cli.common import UserError, on_terminal, opened_case, print_table
from caseapp.cli.environment import text_variable
from caseapp.cli.output_stream import is_stdout
from caseapp.domain.messages import msg, msg_n


def terminal_code(login: str) -> str | None:
    """The second factor from CASEAPP_TOTP_CODE, or typed on the terminal (not echoed)."""
    from caseapp.services.team_2fa import CODE_ENV

    value = text_variable(CODE_ENV)
    if value:
        return value
    if not on_terminal():
        return None
    return getpass.getpass(str(msg("Two-factor code for {login} (6 digits, or a recovery code): ",
                                   login=login)))


def cmd_enrol(args: argparse.Namespace, out: TextIO) -> int:
    # (``out`` wraps the standard output: compared with it, it never was; caseapp.cli.recovery)
    if is_stdout(out) and not (out.isatty() if hasattr(out, "isatty") else False):
        raise UserError(msg("The secret and recovery codes are shown on a terminal only, so that "
                            "no redirect saves them in a file; run the command in a terminal. "
                            "Nothing was changed."))
    from caseapp.services.team_2fa import TwoFactorService  # SQLAlchemy: not for --help

    with opened_case(args) as cf:
        done = TwoFactorService(cf.ctx).enrol(args.name, require=args.require)
    out.write(str(msg("{login} is enrolled. Scan this with their authenticator app (or type the "
                      "key {key}):", login=done.login, key=done.secret)) + f"\n\n{done.uri}\n\n")
    import segno

    segno.make(done.uri, error="m").terminal(out=out, compact=True)
    out.write("\n" + str(msg("Their recovery codes, each good for one sign-in (CaseApp keeps only "
                             "their hashes; hand them over on paper):")) + "\n")
    out.write("".join(f"  {code}\n" for code in done.recovery_codes))
    out.write(str(msg("Their second factor is required.") if done.required else
                  msg("Their second factor is not required yet (caseapp team require-2fa {login}).",
                      login=done.login)) + "\n")
    return 0


def cmd_require(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.team_2fa import TwoFactorService  # SQLAlchemy: not for --help

    with opened_case(args) as cf:
        enrolled = TwoFactorService(cf.ctx).require(args.name, not args.off)
    if args.off:
        out.write(str(msg("{login} may read without a second factor again.", login=args.name))
                  + "\n")
    elif enrolled:
        out.write(str(msg("{login} must now sign in with a second factor; the server shows a "
                          "session nothing until it has.", login=args.name)) + "\n")
    else:
        out.write(str(msg("{login} must now sign in with a second factor but has none yet: they "
                          "read nothing until enrolled (caseapp team enrol-2fa {login}).",
                          login=args.name)) + "\n")
    return 0


def cmd_revoke(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.team_2fa import TwoFactorService  # SQLAlchemy: not for --help

    with opened_case(args) as cf:
        done = TwoFactorService(cf.ctx).revoke(args.name)
    out.write(str(msg_n("{login} can no longer connect or read anything in this case file; "
                        "{count} open session ended.", "{login} can no longer connect or read "
                        "anything in this case file; {count} open sessions ended.",
                        done.ended_sessions, login=done.login)) + "\n")
    if done.sessions_left:
        out.write(str(msg_n("{count} session could not be ended (the owner needs the role "
                            "pg_signal_backend); it reads nothing more all the same.",
                            "{count} sessions could not be ended (the owner needs the role "
                            "pg_signal_backend); they read nothing more all the same.",
                            done.sessions_left)) + "\n")
    out.write(str(msg("Change every password and passphrase the device held, and make an "
                      "exposure report.")) + "\n")
    return 0


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from caseapp.services.team_2fa import TwoFactorService  # SQLAlchemy: not for --help

    with opened_case(args) as cf:
        states = TwoFactorService(cf.ctx).states()
    print_table(["Login", "Second factor", "Required"],
                [[login, "enrolled" if enrolled else "none", "yes" if required else "no"]
                 for login, (enrolled, required) in states.items()], out)
    return 0


def ask_on_the_terminal() -> None:
    """Every command (not only ``team``'s) asks for the code this way: called by
    :func:`caseapp.cli.entry.main` before it runs a command, whichever groups it parsed."""
    from caseapp.services import team_2fa

    team_2fa.set_code_source(terminal_code)


def add_actions(actions: Any, common: argparse.ArgumentParser) -> None:
    a = actions.add_parser("enrol-2fa", parents=[common],
                           help=str(msg("give a login an authenticator secret and recovery codes")))
    a.add_argument("name", metavar=str(msg("NAME")))
    a.add_argument("--require", action="store_true", help=str(msg("and require it from now on")))
    a.set_defaults(func=cmd_enrol)
    a = actions.add_parser("require-2fa", parents=[common],
                           help=str(msg("require a login's second factor (enforced by the server)")))
    a.add_argument("name", metavar=str(msg("NAME")))
    a.add_argument("--off", action="store_true", help=str(msg("stop requiring it")))
    a.set_defaults(func=cmd_require)
    a = actions.add_parser("status-2fa", parents=[common],
                           help=str(msg("which logins have a second factor, and which must use it")))
    a.set_defaults(func=cmd_status)
    a = actions.add_parser("revoke", parents=[common],
                           help=str(msg("end a login's access at once (a lost or seized device)")))
    a.add_argument("name", metavar=str(msg("NAME")))
    a.set_defaults(func=cmd_revoke)
