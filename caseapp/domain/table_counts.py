"""How many records of each kind, as the command line says it: "3 captives, 2 documents" in
the language of the run, each count with its plural form (Russian "1 документ, 2 документа,
5 документов").

The kinds are the case file's tables as the services count them (``captives``,
``welfare_contacts``, the links ``hearing_captives`` …); a kind this table does not know yet
is still counted, by its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from caseapp.domain.messages import Message, msg, msg_n

KINDS: dict[str, Callable[[int], Message]] = {
    "captives": lambda n: msg_n("{count} captive", "{count} captives", n),
    "names": lambda n: msg_n("{count} name", "{count} names", n),
    "captive_names": lambda n: msg_n("{count} name", "{count} names", n),
    "captive_tags": lambda n: msg_n("{count} tag of a captive", "{count} tags of captives", n),
    "tags": lambda n: msg_n("{count} tag", "{count} tags", n),
    "detention_places": lambda n: msg_n("{count} place of detention", "{count} places of detention", n),
    "detention_facts": lambda n: msg_n("{count} fact of detention", "{count} facts of detention", n),
    "welfare_contacts": lambda n: msg_n("{count} welfare contact", "{count} welfare contacts", n),
    "prosecutions": lambda n: msg_n("{count} criminal case", "{count} criminal cases", n),
    "charges": lambda n: msg_n("{count} charge", "{count} charges", n),
    "detention_orders": lambda n: msg_n("{count} detention order", "{count} detention orders", n),
    "hearings": lambda n: msg_n("{count} hearing", "{count} hearings", n),
    "hearing_captives": lambda n: msg_n("{count} link of a captive to a hearing",
                                        "{count} links of captives to hearings", n),
    "international_proceedings": lambda n: msg_n("{count} international proceeding",
                                                 "{count} international proceedings", n),
    "organisations": lambda n: msg_n("{count} organisation", "{count} organisations", n),
    "contacts": lambda n: msg_n("{count} contact", "{count} contacts", n),
    "interventions": lambda n: msg_n("{count} intervention", "{count} interventions", n),
    "intervention_captives": lambda n: msg_n("{count} link of a captive to an intervention",
                                             "{count} links of captives to interventions", n),
    "documents": lambda n: msg_n("{count} document", "{count} documents", n),
    "notes": lambda n: msg_n("{count} note", "{count} notes", n),
    "deadlines": lambda n: msg_n("{count} deadline", "{count} deadlines", n),
    "identity_documents": lambda n: msg_n("{count} identity document", "{count} identity documents", n),
    "status_changes": lambda n: msg_n("{count} change of status", "{count} changes of status", n),
    "court_deliveries": lambda n: msg_n("{count} court delivery", "{count} court deliveries", n),
    "file_events": lambda n: msg_n("{count} file event", "{count} file events", n),
    "audit_entries": lambda n: msg_n("{count} audit entry", "{count} audit entries", n),
    "case_settings": lambda n: msg_n("{count} case setting", "{count} case settings", n),
    "case_file_identity": lambda n: msg_n("{count} identity of the case file",
                                          "{count} identities of the case file", n),
    "audit_anchor": lambda n: msg_n("{count} audit anchor", "{count} audit anchors", n),
    "search_entries": lambda n: msg_n("{count} search index entry", "{count} search index entries", n),
    "travel_merges": lambda n: msg_n("{count} travel copy merge", "{count} travel copy merges", n),
}


def count_of(kind: str, n: int) -> Message:
    """``n`` records of the table ``kind``, e.g. "3 captives"."""
    said = KINDS.get(kind)
    if said is not None:
        return said(n)
    return msg_n("{count} record of {kind}", "{count} records of {kind}", n, kind=kind.replace("_", " "))


def counts_of(counts: Iterable[tuple[str, int]]) -> str:
    """Several counts one after another in the language of the run ("3 captives, 2 documents"),
    leaving out the zeros; "nothing" when all are zero."""
    return ", ".join(str(count_of(kind, n)) for kind, n in counts if n) or str(msg("nothing"))
