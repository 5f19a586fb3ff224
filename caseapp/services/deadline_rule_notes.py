"""The step and the note saying the rules differ from a deadline's day kept by hand, and a
deadline closed as no longer given by the rules (and open again when they give it again): how
:class:`~caseapp.services.deadline_writes.DeadlineWrites` tells them and writes them, in the
stored message or in the text of any language older files kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state

from caseapp.db.models import Deadline
from caseapp.domain.messages import Message, msg
from caseapp.domain.recompute import obsolete_reason
from caseapp.domain.stored_messages import stored_message
from caseapp.services.deadline_prefetch import prefetched_index

# The languages a note is recognised in once written (in the lawyer's language at the time).
_NOTE_LANGUAGES = ("en", "hy", "ru")

RULES_DIFFER = "Rules differ: {reason}"  # the message of the step saying so
# Why a deadline closed as no longer given by the rules is open again.
GIVEN_AGAIN = msg("Open again: the rules give this deadline again for its trigger.")


@lru_cache(maxsize=4096)
def closed_as_obsolete(reason: str | None, rule_id: str) -> bool:
    """Whether a deadline under ``rule_id`` was closed as no longer given by the rules: its
    reason is that message (naming the rule by its title, or by its id as files before did),
    or that text in a language (older files). (Kept per reason and rule: many deadlines give
    the same.)"""
    said = stored_message(reason)
    if said is not None:
        return said.text == obsolete_reason(rule_id).text
    return reason in _obsolete_forms(rule_id)


@cache
def _obsolete_forms(rule_id: str) -> frozenset[str]:
    """How an older file stored the reason of a deadline closed as no longer given under
    ``rule_id``: as text in a language."""
    said = obsolete_reason(rule_id)
    return frozenset(said.render(lang) for lang in _NOTE_LANGUAGES)


def _is_rule_step(step: Any) -> bool:
    return isinstance(step, Mapping) and step.get("text") == RULES_DIFFER


def holds_rule_step(s: Session, old: Deadline) -> bool:
    """Whether the explanation of ``old`` may hold a step saying the rules differ (one left
    unread by :meth:`DeadlineWrites.prefetched` is known from its index)."""
    index = prefetched_index(s)
    state = instance_state(old)  # (unloaded: SQLAlchemy's ``unloaded``, for one attribute)
    if index is not None and "explanation" not in state.dict \
            and "explanation" not in state.committed_state:
        return old.id in index.rule_steps
    return any(_is_rule_step(step) for step in old.explanation or [])


def rule_step_fields(old: Deadline, said: Message | None = None, *,
                      step: bool = True) -> dict[str, Any]:
    """The fields to write so that the explanation of ``old`` ends with the step ``said``
    (None: with no step saying the rules differ; ``step`` false: it holds none already) and
    its notes hold no such line written as text before (in any language); nothing when they
    already do."""
    fields: dict[str, Any] = {}
    if said is not None or step:
        steps = list(old.explanation or [])
        wanted = [s for s in steps if not _is_rule_step(s)] + ([said.as_dict()] if said else [])
        if wanted != steps:
            fields["explanation"] = wanted
    if _has_rule_note(old.notes):
        fields["notes"] = _without_rule_notes(old.notes)
    return fields


def _without_rule_notes(notes: str | None) -> str:
    """``notes`` without the lines saying the rules differ from a day kept (in any language),
    the lawyer's own lines kept."""
    return "\n".join(line for line in (notes or "").splitlines()
                     if not line.startswith(_rule_note_starts()))


def _has_rule_note(notes: str | None) -> bool:
    return any(line.startswith(_rule_note_starts()) for line in (notes or "").splitlines())


@cache
def _rule_note_starts() -> tuple[str, ...]:
    """How a "Rules differ" note begins in each language."""
    mark = "\x00"
    return tuple(msg("Rules differ: {reason}", reason=mark).render(lang).partition(mark)[0]
                 for lang in _NOTE_LANGUAGES)
