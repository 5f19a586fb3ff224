"""A rule named in a sentence CaseApp stored (a deadline's status reason, read in the History
tab, the dashboard's recent changes, the deadline's details): by its title in the reader's
language, never by its id ("az.detention.extension_upstream_7").

A sentence written now stores the rule's title in every language (a
:class:`~caseapp.domain.messages.Translated` value, :meth:`RuleSet.quoted_title`). One stored
before holds the id as its ``{rule}`` value: it is recognised when read and named the same
way, as long as the rule is still in force; a rule no longer in force is named by its id, the
only name left for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from caseapp.domain.messages import Listed, Message, Translated
from caseapp.domain.stored_messages import read_text

if TYPE_CHECKING:
    from caseapp.domain.rules import RuleSet

# A rule's id -> its title in every language (quoted), or None for a rule not in force.
RuleTitles = Callable[[str], Translated | None]
T = TypeVar("T")


def titles_of(rule_set: RuleSet) -> RuleTitles:
    """How ``rule_set`` names its rules: by their titles, in quotation marks."""

    def title(rule_id: str) -> Translated | None:
        return rule_set.quoted_title(rule_id) if rule_id in rule_set else None

    return title


def holds_rule_id(value: object) -> bool:
    """Whether ``value`` is a message (or holds one) naming a rule by its id."""
    if isinstance(value, Listed):
        return any(holds_rule_id(item) for item in value.items)
    if not isinstance(value, Message):
        return False
    return any((name == "rule" and isinstance(v, str)) or holds_rule_id(v)
               for name, v in value.values)


def rules_named(value: T, titles: RuleTitles) -> T:
    """``value`` with every rule its messages name by id named by its title (``titles``), the
    id kept for a rule ``titles`` does not know; anything but a message as it is."""
    if isinstance(value, Listed):
        return Listed(tuple(rules_named(item, titles) for item in value.items))  # type: ignore[return-value]
    if not isinstance(value, Message) or not holds_rule_id(value):
        return value
    values = tuple((name, _named(name, v, titles)) for name, v in value.values)
    return replace(value, values=values)


def _named(name: str, value: object, titles: RuleTitles) -> object:
    if name == "rule" and isinstance(value, str):
        return titles(value) or value
    return rules_named(value, titles)


def read_naming_rules(stored: str | None, titles: RuleTitles | None) -> str | Message:
    """A stored text as a reader takes it (:func:`~caseapp.domain.stored_messages.read_text`),
    a rule its message names by id named by its title where ``titles`` knows it."""
    value = read_text(stored)
    return rules_named(value, titles) if titles is not None else value
