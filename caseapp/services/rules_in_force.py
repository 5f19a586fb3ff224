"""Which rules a case file's deadlines are computed by: the rule set (loaded on first use),
the case settings of the transaction computing them (procedure, warning periods, custody
maxima), and the rules of an event in force under the case's procedure.

:class:`~caseapp.services.deadline_engine.DeadlineEngine` builds on this class; its
``__init__`` sets ``ctx`` and the rules (or how to load them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from caseapp.domain.clock import ClockSettings
from caseapp.domain.deadlines import ComputedDeadline
from caseapp.domain.order_deadlines import add_new, computed, sets_expiry
from caseapp.domain.rules import Rule, RuleSet
from caseapp.services.base import ServiceContext
from caseapp.services.session_info import SETTINGS_READ
from caseapp.services.settings import PROCEDURES, CaseSettings, custody_maxima, read_settings

# Countries whose criminal procedure the shipped rules encode, by the prefix of their ids
# (the case setting "procedure" chooses one).
JURISDICTIONS = PROCEDURES
# The case settings of the transaction the engine is computing in (see RulesInForce.reading).
CASE_SETTINGS: ContextVar[CaseSettings | None] = ContextVar("case_settings", default=None)


class RulesInForce:
    """The rules and case settings the deadline engine computes by."""

    ctx: ServiceContext
    _rule_set: RuleSet | None
    _load_rules: Callable[[], RuleSet] | None

    @property
    def rule_set(self) -> RuleSet:
        if self._rule_set is None:
            assert self._load_rules is not None
            self._rule_set = self._load_rules()
        return self._rule_set

    # -- the case settings (procedure, warning periods, custody maxima) ---------------------------

    @contextmanager
    def reading(self, s: Session) -> Iterator[CaseSettings]:
        """Compute with the case settings as ``s`` sees them (a write's own transaction sees
        a procedure it has just changed). Read once per transaction: a write of a case
        setting forgets it (``services.session_info``), so the next computation reads it
        again."""
        current = s.info.get(SETTINGS_READ)
        if current is None:
            current = s.info[SETTINGS_READ] = read_settings(s)
        token = CASE_SETTINGS.set(current)
        try:
            yield current
        finally:
            CASE_SETTINGS.reset(token)

    def settings(self) -> CaseSettings:
        current = CASE_SETTINGS.get()
        if current is not None:
            return current
        with self.ctx.read() as s:
            return read_settings(s)

    @property
    def jurisdiction(self) -> str:
        """The country whose procedural rules apply (the case setting "procedure")."""
        return self.settings().procedure

    @property
    def clock_settings(self) -> ClockSettings:
        """The file's warning periods and custody maximum (see :meth:`clock_settings_for`)."""
        current = self.settings()
        return current.clock(current.custody_max_days)

    def clock_settings_for(self, captive_ids: Iterable[int]) -> dict[int, ClockSettings]:
        """Each captive's clock settings: their own custody maximum (by captive, charge or
        stage) where the case settings give one, else the file's."""
        ids = list(captive_ids)
        with self.ctx.read() as s:
            current = read_settings(s)
            maxima = custody_maxima(s, current, ids)
        return {cid: current.clock(maxima.get(cid, current.custody_max_days)) for cid in ids}

    # -- the rules in force -----------------------------------------------------------------------

    def applies(self, rule: Rule, procedure: str | None = None) -> bool:
        """Whether a rule is in force for this case file: a rule of a country whose procedure
        CaseApp knows (its id starts with "az." or "am.") only for the chosen procedure; but
        the expiry of a detention order under every procedure (``sets_expiry``: the court
        set that date in the order, whichever country's file the rule is shipped in)."""
        head = rule.id.split(".", 1)[0]
        return (head not in JURISDICTIONS or head == (procedure or self.jurisdiction)
                or sets_expiry(rule))

    def _in_force(self, found: list[ComputedDeadline],
                  procedure: str) -> list[ComputedDeadline]:
        """``found`` less the deadlines of rules not in force under ``procedure``: a rule in
        force under every procedure (an order's expiry) may set off rules of one country
        (the Azerbaijani extension steps), which an Armenian case must not get."""
        rules = self.rule_set.rules
        if all(self.applies(rules[d.rule_id], procedure) for d in found):
            return found
        return [d for d in found if self.applies(rules[d.rule_id], procedure)]

    def rules_for(self, event: str, procedure: str | None = None) -> list[Rule]:
        """The rules of ``event`` in force under ``procedure`` (by default the case's)."""
        return list(self._rules_for(event, procedure or self.jurisdiction))

    def _rules_for(self, event: str, procedure: str) -> tuple[Rule, ...]:
        """:meth:`rules_for`, chosen once per rule set, event and procedure."""
        key = ("rules_for", event, procedure)
        memo = self.rule_set.computed
        found: tuple[Rule, ...] | None = memo.get(key)
        if found is None:
            found = memo[key] = tuple(r for r in self.rule_set.for_trigger(event)
                                      if self.applies(r, procedure))
        return found

    def _fresh(self, event: str, when: date | datetime,
               params: Mapping[str, Any]) -> list[ComputedDeadline]:
        """Every applicable rule of ``event`` computed for ``when``. Rules that need a value
        the record does not give (e.g. an appeal term set per jurisdiction) are left to the
        lawyer, who can apply them from the rule calculator."""
        out: list[ComputedDeadline] = []
        seen: set[str] = set()
        for rule in self.rules_for(event):
            add_new(out, seen, self._computed(rule, when, params))
        return out

    def _computed(self, rule: Rule, when: date | datetime,
                  params: Mapping[str, Any]) -> list[ComputedDeadline]:
        return computed(self.rule_set, rule, when, params, self.ctx.today())

