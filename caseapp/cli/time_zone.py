"""The time zone variable ``TZ``, checked before a command starts.

``TZ`` naming a file (``TZ=:/etc/localtime``, or a path) that holds no time zone (a typo, a
folder, another file) stops the date library (Babel) as it is imported: it reads the file to
learn the computer's zone, and only a zone's unknown *name* falls back. A command says so in
one line instead of a traceback; a name (``Asia/Baku``) or a POSIX rule (``UTC0``) is left to
the system and the library, which take it."""

from __future__ import annotations

import os
import zoneinfo

from caseapp.domain.messages import Message, msg


def unreadable_time_zone() -> Message | None:
    """What is wrong with ``TZ``, when it names a file that holds no time zone; else None."""
    value = os.environ.get("TZ")
    if not value:
        return None
    path = value[1:] if value.startswith(":") else value
    if not path or not os.path.exists(path):
        return None
    try:
        with open(path, "rb") as file:
            zoneinfo.ZoneInfo.from_file(file)
    except (OSError, ValueError):
        return msg("The time zone variable TZ (“{value}”) names a file that holds no time zone: "
                   "unset it, or set it to a zone such as Asia/Baku. Nothing was changed.",
                   value=value)
    return None
