"""What the owner is told after restoring a team server's backup: who was in the team when
the backup was made, and the commands that let each of them in again.

Nothing is granted here: the logins are the server's, and a login of the same name on
another server may be someone else. A member is never offered a clearance higher than
the backup recorded; one that the server's groups would give more is taken out first.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url

from caseapp.db.postgres import without_password
from caseapp.db.team_roster import Roster
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services.labels import level_label
from caseapp.services.server_backup import RestoredDump


def _command(action: str, url: str) -> str:
    return f"caseapp team {action} --db {url}"


def restore_report(restored: RestoredDump, url: str, file: str) -> list[Message]:
    """The lines to say after ``file`` was restored into the database ``url`` names."""
    shown = without_password(make_url(url)).render_as_string(hide_password=False)
    captives = restored.counts.get("captives", 0)
    lines = [msg_n("Restored {file} into a new database ({count} captive).",
                   "Restored {file} into a new database ({count} captives).", captives, file=file)]
    team = restored.team
    if team is None:
        lines.append(msg("The backup recorded no team (it was made by an older CaseApp, or "
                         "before “caseapp team init”): set the team up again with "
                         "“{command}”, then add each member.", command=_command("init", shown)))
        return lines
    return lines + _team_lines(team, shown)


def _team_lines(team: Roster, url: str) -> list[Message]:
    when = team.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M")
    active = [m for m in team.members if m.could_log_in]
    lines = [msg_n("At the backup ({when}) the team had {count} member who could log in. Logins "
                   "and clearances belong to the server, not to the backup: nobody can open the "
                   "restored case file until you, its owner, run these commands in this order.",
                   "At the backup ({when}) the team had {count} members who could log in. Logins "
                   "and clearances belong to the server, not to the backup: nobody can open the "
                   "restored case file until you, its owner, run these commands in this order.",
                   len(active), when=when)]
    too_high = [m for m in active if m.above_backup]
    if team.taken_out:
        lines.append(msg("Taken out of this database's groups on the server, which outlived it and "
                         "held them above what the backup recorded: {memberships}.",
                         memberships=", ".join(f"{login} ({level_label(level)})"
                                               for login, level in team.taken_out)))
    for login, level in team.others:
        lines.append(msg("{login} joined the team after the backup and is still in this "
                         "database's group on the server (clearance {level}), so “team init” "
                         "lets them in too; to keep them out, first run: {command}",
                         login=login, level=level_label(level),
                         command=_command(f"remove-user {login}", url)))
    for m in too_high:
        lines.append(msg("{login} had clearance {level} at the backup, but the server's group of "
                         "this database gives them {now}: take them out first: {command}",
                         login=m.login, level=level_label(m.clearance),
                         now=level_label(m.in_group) if m.in_group else "",
                         command=_command(f"remove-user {m.login}", url)))
    lines.append(msg("Set up the team's roles and policies: {command}", command=_command("init", url)))
    for m in active:
        add = _command(f"add-user {m.login} --clearance {m.clearance.value}", url)
        if m.in_group is not None and m not in too_high:
            lines.append(msg("{login} ({level}): still in this database's group on the server, "
                             "let in again by “team init”.", login=m.login, level=level_label(m.in_group)))
        elif m.login_here:
            lines.append(msg("{login} ({level}), a login on this server: {command}",
                             login=m.login, level=level_label(m.clearance), command=add))
        else:
            lines.append(msg("{login} ({level}), no such login on this server yet (give a new "
                             "password): CASEAPP_NEW_PASSWORD=… {command}",
                             login=m.login, level=level_label(m.clearance), command=add))
    revoked = [m.login for m in team.members if not m.could_log_in]
    if revoked:
        lines.append(msg("Revoked at the backup, so left out: {logins}.", logins=", ".join(revoked)))
    return lines
