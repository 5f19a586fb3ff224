"""Whether someone else wrote to an open case file since it was last looked at: a command on
the command line (``caseapp import-sheet``, ``caseapp deadlines --done``), a scheduled
import, a second window on the same file, a colleague on the team's server.

Every write to a case file writes the audit log, each entry chained by hash to the one
before (:mod:`caseapp.services.audit_trail`). So the newest entry's hash moves with every
write, and reading it is one small query. The file's own writes note, just before each
commits, the newest entry before and after them (:attr:`ServiceContext.own_audit`): from
the hash last seen, following those steps reaches the newest hash when nobody else wrote.
Another program's write in between, before or after the file's own, leaves a step no own
write made, and counts.

Not counted: a team member below internal clearance may not read the audit log (the team
server's live notices tell that window of others' writes, :mod:`caseapp.db.live`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caseapp.services.casefile import CaseFile


class OutsideWrites:
    """What one open case file saw last of its audit log (:meth:`start`), and whether anyone
    else has written since (:meth:`check`). Either may run on any thread."""

    def __init__(self, case_file: CaseFile):
        self._case_file = case_file
        self._seen: str | None = None  # the newest entry's hash at the last look
        self._lock = threading.Lock()

    def start(self) -> None:
        """Note where the audit log ends now: what is shown was read from here on."""
        tail = self._case_file.audit_tail()
        with self._lock:
            self._seen = tail

    def check(self) -> bool:
        """Whether anyone other than this case file wrote to it since the last look (the
        look before this one, or :meth:`start`); this look is the last one from now on."""
        tail = self._case_file.audit_tail()
        own = self._case_file.own_audit
        with self._lock:
            seen, self._seen = self._seen, tail
        if seen is None or tail is None:  # nothing to compare with (the log may not be read)
            return False
        while seen != tail and seen in own:
            seen = own.pop(seen)
        return seen != tail
