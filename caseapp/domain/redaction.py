"""Who may see what: the one place that decides a record's effective level, the default level
of a new record, consent to publicity, and the summary of what an output leaves out.

Levels are ordered public < shareable < internal. A record is printed at a level only if its
*effective* level is allowed there: the strictest of its own level and the levels of the
records it belongs to (a document filed with an internal hearing is internal whatever its own
level says; a deadline computed from an internal detention order is internal; nothing about a
captive whose record is internal appears below internal).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from caseapp.domain.enums import Sensitivity
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.messages import Message, Translated, list_separator, msg, msg_n, text_of
from caseapp.domain.name_display import name_in_every_language

if TYPE_CHECKING:
    from caseapp.domain.dto import CaptiveDTO

Text = str | Message | Translated  # a word or sentence shown in the user's language


def strictest(*levels: Sensitivity | str | None) -> Sensitivity:
    """The most restricted of ``levels`` (``None`` entries ignored; public if none given)."""
    found = [Sensitivity(x) for x in levels if x is not None]
    return max(found, key=lambda s: s.rank, default=Sensitivity.PUBLIC)


def effective_level(own: Sensitivity | str, *parents: Sensitivity | str | None) -> Sensitivity:
    """The level a record is printed at: never less restricted than any record it hangs on."""
    return strictest(own, *parents)


# ---- defaults of new records ------------------------------------------------------------------

# Facts of the case (what happened, where, which court) are shareable by default: they are what
# a lawyer passes to partners and authorities. Free-text notes, health, identity numbers and the
# family's own contacts are internal until the lawyer says otherwise.
DEFAULT_LEVELS: dict[str, Sensitivity] = {
    "captives": Sensitivity.SHAREABLE,
    "prosecutions": Sensitivity.SHAREABLE,
    "detention_orders": Sensitivity.SHAREABLE,
    "hearings": Sensitivity.SHAREABLE,
    "international_proceedings": Sensitivity.SHAREABLE,
    "detention_places": Sensitivity.SHAREABLE,
    "welfare_contacts": Sensitivity.SHAREABLE,
    "interventions": Sensitivity.SHAREABLE,
    "documents": Sensitivity.SHAREABLE,
    "deadlines": Sensitivity.SHAREABLE,
    "status_changes": Sensitivity.SHAREABLE,
    "organisations": Sensitivity.SHAREABLE,
    "identity_documents": Sensitivity.INTERNAL,
    "contacts": Sensitivity.INTERNAL,
    "notes": Sensitivity.INTERNAL,
}

# The free text of each kind (notes, a request and its response, the risk): a new record that
# holds any of it is internal unless the lawyer chose its level. Free text is what a lawyer
# writes for herself (a source, a fear, what an official said off the record); it never leaves
# the case file above internal unless she says so. The facts beside it (the court, the day,
# the article) are what the record's kind shares.
FREE_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "status_changes": ("note",),
    "deadlines": ("notes",),
    "organisations": ("notes",),
    "prosecutions": ("notes",),
    "detention_orders": ("notes",),
    "hearings": ("notes",),
    "international_proceedings": ("notes",),
    "detention_places": ("notes",),
    "welfare_contacts": ("notes",),
    "interventions": ("request", "response"),
    "documents": ("notes",),
    "court_deliveries": ("notes",),
    "detention_facts": ("risk_notes",),
}


def holds_free_text(kind: str, values: Mapping[str, Any]) -> bool:
    """True when a record of table ``kind`` with ``values`` has any of its free text filled."""
    return any(str(values.get(name) or "").strip() for name in FREE_TEXT_FIELDS.get(kind, ()))


# The trigger kind of a deadline from a rule applied by hand to an event the case file does
# not record: no record to follow, so, like a deadline added by hand, its own level and its
# captive's decide (an unknown trigger of another kind counts as internal).
RULE_APPLIED_BY_HAND = "manual"

# The captive's own fields that are internal by default, whatever other fields' levels were
# given (everything else follows the record). The circumstances of capture follow the record:
# they are the statement of facts of every filing and letter (the lawyer keeps them back with
# the level chooser beside the field in the captive's dialog, and lets health out there).
INTERNAL_CAPTIVE_FIELDS = ("health", "consent_notes")


def new_captive_field_levels(given: Mapping[str, Any] | None) -> dict[str, str]:
    """The field levels of a new captive: those given, over the internal default of
    :data:`INTERNAL_CAPTIVE_FIELDS` (a level given for one field never drops the others')."""
    levels = {name: Sensitivity.INTERNAL.value for name in INTERNAL_CAPTIVE_FIELDS}
    levels.update({str(k): Sensitivity(v).value if isinstance(v, Sensitivity) else v
                   for k, v in (given or {}).items()})
    return levels

# The captive's status decides the level of what tells it: the date since which the captive
# has had it (a release date says "released") and the status history (the changes of status).
STATUS_FIELD = "status"
# A captive's column whose level is never below another column's (besides its own entry).
LEVEL_FOLLOWS = {"status_since": STATUS_FIELD}


def default_level(kind: str, values: Mapping[str, Any] | None = None, *,
                  setting: Sensitivity | str | None = None,
                  parents: Iterable[Sensitivity | str | None] = ()) -> Sensitivity:
    """The level a new record of table ``kind`` with ``values`` gets when none was chosen —
    the one rule every way in (the window, the command line, a spreadsheet, an older export)
    follows:

    - a record that is internal by nature (a note, an identity document, a contact, a family's
      organisation, the detention facts) is internal;
    - a record holding free text (:data:`FREE_TEXT_FIELDS`) is internal;
    - else a fact of the case: the case file's ``setting`` for facts if the lawyer set one
      (shareable if not);
    - never less restricted than ``parents`` (the captive it belongs to: a visit, an order of
      an internal captive starts internal, as any output would print it; a joint hearing's or
      an intervention's several captives are not its parents: an output leaves out the name
      of a captive above its level, not the sitting of the others)."""
    values = values or {}
    base = DEFAULT_LEVELS.get(kind, Sensitivity.INTERNAL)
    if setting is not None and base is not Sensitivity.INTERNAL:
        base = Sensitivity(setting)
    if holds_free_text(kind, values):
        base = Sensitivity.INTERNAL
    if kind == "organisations" and str(values.get("kind") or "") == "family":
        base = Sensitivity.INTERNAL
    return strictest(base, *parents)


# ---- consent ----------------------------------------------------------------------------------

def publicity_refused(level: Sensitivity, consent_publicity: bool) -> bool:
    """True when an output at ``level`` may not name the captive: public without consent."""
    return level is Sensitivity.PUBLIC and not consent_publicity


def consent_message(captive: CaptiveDTO, what: Text) -> Message:
    """Why no public ``what`` (msg("dossier"), msg("letter")…) can be made of a captive, who is
    named as the outputs in the message's language name them."""
    return msg("{name} has not consented to publicity (no consent to publicity is recorded): "
               "no public {what} can be made. Record the consent first, or choose the "
               "shareable level.", name=name_in_every_language(captive), what=what)


# ---- what an output leaves out ----------------------------------------------------------------

@dataclass(frozen=True)
class Omission:
    """Records of one section left out at the level (their titles, for the lawyer only)."""

    section: Text
    count: int
    titles: tuple[Text, ...] = ()


@dataclass(frozen=True)
class OmissionSummary:
    """What an output generated at ``level`` will leave out, before it is generated."""

    output: Text  # msg("dossier"), msg("status report"), msg("letter"), msg("calendar")
    level: Sensitivity
    omissions: tuple[Omission, ...] = ()
    empty_sections: tuple[Text, ...] = ()  # will print "Nothing to report" because of the level
    notices: tuple[Text, ...] = ()  # e.g. an addressee above the level
    refusal: Text = ""  # non-empty: the output cannot be made at this level, and why

    @property
    def total(self) -> int:
        return sum(o.count for o in self.omissions)

    @property
    def is_clean(self) -> bool:
        return not (self.omissions or self.empty_sections or self.notices or self.refusal)

    def headline(self) -> str:
        """The summary in one sentence, its items left out (a dialog that shows them
        elsewhere, in a tooltip): "The letter at the shareable level leaves out 5 items."
        rather than the first of :meth:`lines`, which ends with a colon before them."""
        if self.omissions and not self.refusal:
            return text_of(msg_n("The {output} at the {level} level leaves out {count} item.",
                                 "The {output} at the {level} level leaves out {count} items.",
                                 self.total, output=self.output, level=LEVEL_NAMES[self.level]))
        return self.lines()[0]

    def lines(self, *, max_titles: int = 5) -> list[str]:
        """The summary as lines of text in the user's language (the CLI prints them on
        stderr, dialogs show them)."""
        level = LEVEL_NAMES[self.level]
        if self.refusal:
            return [text_of(msg("The {output} at the {level} level cannot be made: {reason}",
                                output=self.output, level=level, reason=self.refusal))]
        out: list[str] = []
        if self.omissions:
            out.append(text_of(msg_n(
                "The {output} at the {level} level leaves out {count} item:",
                "The {output} at the {level} level leaves out {count} items:", self.total,
                output=self.output, level=level)))
            for o in self.omissions:
                shown = [text_of(t) for t in o.titles if t][:max_titles]
                more = o.count - len(shown)
                listed = list_separator().join(shown)
                if shown and more > 0:
                    listed = text_of(msg("{listed}; and {more} more", listed=listed, more=more))
                out.append("  " + text_of(
                    msg("{section}: {count} ({listed})", section=o.section, count=o.count,
                        listed=listed) if listed
                    else msg("{section}: {count}", section=o.section, count=o.count)))
        else:
            out.append(text_of(msg("The {output} at the {level} level leaves nothing out.",
                                   output=self.output, level=level)))
        for section in self.empty_sections:
            out.append("  " + text_of(msg("The section “{section}” will print as “Nothing to "
                                          "report”.", section=section)))
        out.extend(text_of(n) for n in self.notices)
        return out


def collect(section: Text, items: Iterable[tuple[bool, Text]]) -> Omission | None:
    """An :class:`Omission` of the items that are *not* shown (``(shown, title)`` pairs)."""
    left = [title for shown, title in items if not shown]
    return Omission(section, len(left), tuple(left)) if left else None


@dataclass
class OmissionLog:
    """Collects omissions section by section while an output's records are built."""

    by_section: dict[Text, list[Text]] = field(default_factory=dict)

    def add(self, section: Text, title: Text) -> None:
        self.by_section.setdefault(section, []).append(title)

    def count(self) -> int:
        return sum(len(v) for v in self.by_section.values())

    def omissions(self) -> tuple[Omission, ...]:
        return tuple(Omission(s, len(t), tuple(t)) for s, t in self.by_section.items())
