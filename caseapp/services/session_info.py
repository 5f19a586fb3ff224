"""What a service's session keeps in ``session.info`` beyond one statement: the names of the
reads a transaction keeps (so as not to read them again per write), of a batch's state, and
forgetting the reads when they may be out of date."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from caseapp.db.models import Captive, CaseSetting

# What a transaction has read and keeps (the settings service forgets the level it writes;
# any write of a case setting forgets them all, see _setting_written).
DEFAULT_LEVEL_READ = "default_level_setting"
CAPTIVE_UIDS = "captive_uids"
# A batch's session: the audit entries it keeps to write at its end, how many flushes it
# has made (a failing call that flushed cannot be undone), and the error that broke it.
AUDIT_ROWS = "batch_audit_rows"
FLUSHES = "batch_flushes"
BROKEN = "batch_broken_by"
# The newest audit entry when a transaction first chained to it: where its own entries start.
AUDIT_TAIL_BEFORE = "audit_tail_before"
BATCH_INDEX = "batch_trigger_index"  # see caseapp.services.deadline_index
NEXT_DEADLINE_ID = "batch_next_deadline_id"  # see caseapp.services.deadline_index
SETTINGS_READ = "case_settings_read"  # the deadline engine's CaseSettings of this transaction
# The record a create_in is writing, until its DTO is made: a record created now (its uid
# just made) has no deadlines yet, nor records of its own (a captive's stays), so the
# engine and the DTO need not look for them.
CREATING = "record_being_created"


def forget_reads(s: Session) -> None:
    """Forget what this transaction read and kept (a savepoint rolled back: read again)."""
    for key in (DEFAULT_LEVEL_READ, CAPTIVE_UIDS, SETTINGS_READ, BATCH_INDEX):
        s.info.pop(key, None)


@event.listens_for(Captive, "after_delete")
def _captive_deleted(_mapper: Any, _connection: Any, target: Captive) -> None:
    """A captive deleted in a transaction: its uid, kept (``CAPTIVE_UIDS``), is forgotten."""
    s = object_session(target)
    if s is not None:
        s.info.get(CAPTIVE_UIDS, {}).pop(target.id, None)


@event.listens_for(CaseSetting, "after_insert")
@event.listens_for(CaseSetting, "after_update")
@event.listens_for(CaseSetting, "after_delete")
def _setting_written(_mapper: Any, _connection: Any, target: CaseSetting) -> None:
    """A case setting written: the settings this transaction read are read again."""
    s = object_session(target)
    if s is not None:
        s.info.pop(DEFAULT_LEVEL_READ, None)
        s.info.pop(SETTINGS_READ, None)
