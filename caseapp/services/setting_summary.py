"""How an audit entry of a case setting names what changed, in the reader's language: the
setting by its label ("Statutory maximum of custody"), and what it is set for in words ("at
the stage “detained pre-trial”", "for <the captive's name>", "for charges under article 279"),
never the key and scope codes the file stores (``custody_max_days``, ``stage:pre_trial``).

The summary is stored as a message (:mod:`caseapp.domain.audit_summary`), worded when shown.
An entry written before (``Case setting custody_max_days (stage:pre_trial)``) is recognised
and worded the same way when the log is read (:func:`reworded`). A captive is named as the
log's other entries about them are, by the name their own entries store: the audit log is
read at internal clearance only (:mod:`caseapp.db.team_policies`), never in a document or a
copy below it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Captive
from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.field_labels import SETTING_LABELS
from caseapp.domain.messages import Message, msg
from caseapp.services.captives import captive_label
from caseapp.services.labels import status_in_a_sentence
from caseapp.services.setting_values import STAGES

# The summaries entries stored before they were worded (the key and scope as codes).
_OLD = frozenset({"Case setting {key}", "Case setting {key} ({scope})"})


def setting_summary(s: Session, key: str, scope: str) -> Message:
    """The summary of a change of the setting ``key`` for ``scope`` ("" for the whole file,
    "captive:<uid>", "charge:<article>", "stage:<stage>")."""
    label = SETTING_LABELS.get(key) or msg("Case setting “{key}”", key=key)
    kind, _, target = scope.partition(":")
    if not scope:
        return label
    if kind == "stage" and target in STAGES:
        return msg("{setting} at the stage “{stage}”", setting=label,
                   stage=status_in_a_sentence(CaptiveStatus(target), None))
    if kind == "charge":
        return msg("{setting} for charges under article {article}", setting=label,
                   article=target)
    if kind == "captive":
        return msg("{setting} for {captive}", setting=label, captive=_captive_name(s, target))
    return msg("{setting} for {scope}", setting=label, scope=scope)


def reworded(s: Session, message: Message) -> Message | None:
    """The worded summary of an entry stored with the setting's codes, or None for any other
    message."""
    if message.text not in _OLD:
        return None
    values = dict(message.values)
    return setting_summary(s, str(values.get("key", "")), str(values.get("scope", "")))


def _captive_name(s: Session, uid: str) -> str | Message:
    captive = s.scalar(select(Captive).where(Captive.uid == uid))
    return captive_label(captive) if captive is not None else msg("a captive no longer in the file")
