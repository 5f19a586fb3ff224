"""What the case file's fields and kinds of record are called in a message, in the user's
language: a field by its label (:func:`field_label`), one record of a table by its kind
(:func:`record_kind`). A message about a field ("Full name is required.") names it with a
message of its own, so the field's name is translated with the sentence around it; a field
without a label here (an internal column) is named by its column name. Plain messages, no
documents' words, so that every layer can name them (a team server's refusal in
:mod:`caseapp.db.team_refusals` as much as the services)."""

from __future__ import annotations

from caseapp.domain.enums import Sensitivity
from caseapp.domain.messages import Message, msg

# A level's name in a sentence ("internal", "shareable", "public").
LEVEL_NAMES: dict[Sensitivity, Message] = {
    Sensitivity.INTERNAL: msg("internal"),
    Sensitivity.SHAREABLE: msg("shareable"),
    Sensitivity.PUBLIC: msg("public"),
}

FIELD_LABELS: dict[str, Message] = {
    "address": msg("Address"),
    "appeal_filed_on": msg("Appeal filed on"),
    "appeal_outcome": msg("Appeal outcome"),
    "appeared_on": msg("Appeared on"),
    "application_number": msg("Application number"),
    "article": msg("Article"),
    "author": msg("Author"),
    "birth_date": msg("Date of birth"),
    "birth_date_precision": msg("Precision of the date of birth"),
    "birth_place": msg("Place of birth"),
    "body": msg("Body"),
    "brought_on": msg("Charged on"),
    "captive_id": msg("Captive"),
    "captives": msg("Captives"),  # a hearing's, an intervention's (caseapp.services.audit names them)
    "captive_ids": msg("Captives"),
    "capture_circumstances": msg("Circumstances of capture"),
    "capture_date": msg("Date of capture"),
    "capture_date_precision": msg("Precision of the date of capture"),
    "capture_place": msg("Place of capture"),
    "capturing_authority": msg("Capturing authority"),
    "case_number": msg("Case number"),
    "category": msg("Category"),
    "channel": msg("Channel"),
    "citizenship": msg("Citizenship"),
    "code": msg("Criminal code"),
    "communicated_on": msg("Communicated on"),
    "confirmed": msg("Confirmed"),
    "confirmed_on": msg("Confirmed on"),
    "confirmed_source": msg("Source of confirmation"),
    "consent_family_wgeid": msg("Family consents to the UN Working Group"),
    "consent_notes": msg("Consent notes"),
    "consent_power_of_attorney": msg("Power of attorney on file"),
    "consent_publicity": msg("Consents to publicity"),
    "contact_id": msg("Contact"),
    "contact_on": msg("Date of contact"),
    "content": msg("Content"),
    "convention_articles": msg("Convention articles"),
    "counsel_kind": msg("Kind of counsel"),
    "country": msg("Country"),
    "court": msg("Court"),
    "current_asks": msg("Current requests"),
    "decided_on": msg("Decided on"),
    "defence_counsel": msg("Defence counsel"),
    "detail": msg("Detail"),
    "document_id": msg("Document"),
    "downloaded_on": msg("Downloaded on"),
    "due_on": msg("Due date"),
    "due_time": msg("Due time"),
    "effective_on": msg("Effective from"),
    "email": msg("Email"),
    "expires_on": msg("Expires on"),
    "expiry_source": msg("Source of the expiry date"),
    "explanation": msg("Explanation"),
    "facility": msg("Place of detention"),
    "field_levels": msg("Field levels"),
    "filename": msg("File name"),
    "follow_up_on": msg("Follow-up date"),
    "from_date": msg("From"),
    "full_name": msg("Full name"),
    "hard": msg("Hard deadline"),
    "health": msg("Health"),
    "hearing_id": msg("Hearing"),
    "independent": msg("Independent proof of life"),
    "intervention_id": msg("Intervention"),
    "investigating_body": msg("Investigating body"),
    "is_primary": msg("Primary name"),
    "issued_on": msg("Issued on"),
    "issuer": msg("Issuer"),
    "judge": msg("Judge"),
    "judgment_on": msg("Chamber judgment delivered on"),
    "kind": msg("Kind"),
    "language": msg("Language"),
    "lodged_on": msg("Lodged on"),
    "made_on": msg("Date"),
    "media_type": msg("File type"),
    "name": msg("Name"),
    "names": msg("Names"),
    "new_status": msg("New status"),
    "next_date": msg("Next date"),
    "note": msg("Note"),
    "notes": msg("Notes"),
    "number": msg("Number"),
    "ocr_languages": msg("Text recognition languages"),
    "ocr_unchecked_pages": msg("Pages not checked for which way up they are"),
    "ocr_unsure_pages": msg("Pages whose way up could not be told"),
    "old_status": msg("Previous status"),
    "opened_on": msg("Opened on"),
    "ordering_court": msg("Ordering court"),
    "organisation_id": msg("Organisation"),
    "outcome": msg("Outcome"),
    "overridden": msg("Changed by hand"),
    "part": msg("Part"),
    "phone": msg("Phone"),
    "photo": msg("Photo"),
    "portal": msg("Portal"),
    "proceeding_id": msg("International proceeding"),
    "prosecution_id": msg("Criminal case"),
    "prosecutor": msg("Prosecutor"),
    "received_on": msg("Date received"),
    "recorded_by": msg("Recorded by"),
    "reference": msg("Reference"),
    "release_kind": msg("Kind of release"),
    "reliability": msg("Reliability"),
    "request": msg("Request"),
    "response": msg("Response"),
    "risk_disability": msg("Special risk: disability"),
    "risk_health": msg("Special risk: health"),
    "risk_hunger_strike": msg("Special risk: hunger strike"),
    "risk_notes": msg("About the risk"),
    "role": msg("Role"),
    "rule_id": msg("Rule"),
    "rule_version": msg("Rule version"),
    "scope": msg("Scope"),
    "script": msg("Script"),
    "sensitivity": msg("Sensitivity level"),
    "sex": msg("Sex"),
    "size": msg("Size"),
    "source": msg("Source"),
    "start_date": msg("Start date"),
    "starts_at": msg("Starts at"),
    "state": msg("State"),
    "state_confirmed": msg("The detaining state confirmed the detention"),
    "status": msg("Status"),
    "status_reason": msg("Reason for the status"),
    "status_since": msg("Status since"),
    "subject": msg("Subject"),
    "summary": msg("Summary"),
    "tags": msg("Tags"),
    "text_layer": msg("Text of the document"),
    "term_days": msg("Term in days"),
    "term_months": msg("Term in months"),
    "time_limit_weeks": msg("Time limit in weeks"),
    "timezone": msg("Time zone"),
    "title": msg("Title"),
    "to_date": msg("To"),
    "trigger_date": msg("Counted from"),
    "value": msg("Value"),
    "website": msg("Website"),
    "written_at": msg("Written at"),
}


# A field whose English name means something else in one kind of record: a context tells the
# translations apart ("Name" of a person is «Имя», of an organisation «Название»).
RECORD_FIELD_LABELS: dict[tuple[str, str], Message] = {
    ("organisations", "name"): msg("Name", context="organisation"),
    ("tags", "name"): msg("Name", context="tag"),
    ("deadlines", "title"): msg("Title", context="deadline"),
    ("charges", "title"): msg("Title", context="charge"),
    ("identity_documents", "kind"): msg("Kind", context="identity document"),
    ("identity_documents", "number"): msg("Number", context="identity document"),
}

# A case setting by what it sets (the field of its audit entries), as a sentence names it.
SETTING_LABELS: dict[str, Message] = {
    "procedure": msg("Domestic procedure"),
    "expiry_warning_days": msg("Warning before a detention order expires"),
    "welfare_threshold_days": msg("Warning without proof of life"),
    "independent_proof_days": msg("Warning without independent proof of life"),
    "custody_max_days": msg("Statutory maximum of custody"),
    "default_level": msg("Level of new records"),
    "lawyer_name": msg("Lawyer's name"),
    "lawyer_organisation": msg("Lawyer's firm or organisation"),
    "lawyer_address": msg("Lawyer's postal address"),
    "lawyer_bar_number": msg("Lawyer's bar number"),
    "lawyer_phone": msg("Lawyer's phone number"),
    "lawyer_email": msg("Lawyer's e-mail address"),
    "lawyer_city": msg("City where letters are signed"),
    "lawyer_name_hy": msg("Lawyer's name in Armenian letters"),
    "lawyer_name_ru": msg("Lawyer's name in Cyrillic letters"),
}
# What an import or a merge of a travel copy records (their audit entries' values), and a
# merge of two captives (a captive's entry).
RECORD_FIELD_LABELS.update({
    ("imports", "file"): msg("File"),
    ("imports", "sheet"): msg("Sheet"),
    ("imports", "rows"): msg("Rows read"),
    ("imports", "added"): msg("Records added"),
    ("imports", "created"): msg("Captives added"),
    ("imports", "merged"): msg("Rows merged into captives"),
    ("imports", "skipped"): msg("Records skipped"),
    ("imports", "left_out_with_errors"): msg("Rows left out with errors"),
    ("imports", "computed_deadlines"): msg("Deadlines computed"),
    ("imports", "levels_defaulted"): msg("Levels set by default"),
    ("imports", "settings_applied"): msg("Case settings taken over"),
    ("travel_merges", "copy_id"): msg("Travel copy"),
    ("travel_merges", "added"): msg("Records added"),
    ("travel_merges", "updated"): msg("Records updated"),
    ("travel_merges", "conflicts"): msg("Conflicts"),
    ("travel_merges", "kept_in_main"): msg("Kept as in the main file"),
    ("captives", "merged"): msg("Merged captive"),
})
RECORD_FIELD_LABELS.update({("case_settings", key): label for key, label in SETTING_LABELS.items()})


def field_label(name: str, of: type | str | None = None) -> Message | str:
    """The field's name for a message: its label (the one of the record kind ``of``, a model
    or its table's name, where that kind names the field its own way), or for an internal
    column the column's name."""
    table = of if isinstance(of, str) or of is None else getattr(of, "__tablename__", None)
    if table is not None and (table, name) in RECORD_FIELD_LABELS:
        return RECORD_FIELD_LABELS[(table, name)]
    return FIELD_LABELS.get(name, name)


# A kind of record (a table of the case file) as a message names one record of it.
RECORD_KINDS: dict[str, Message] = {
    "captives": msg("Captive"),
    "captive_names": msg("Name of a captive"),
    "identity_documents": msg("Identity document"),
    "status_changes": msg("Change of status"),
    "detention_places": msg("Place of detention"),
    "welfare_contacts": msg("Welfare contact"),
    "notes": msg("Note"),
    "prosecutions": msg("Criminal case"),
    "charges": msg("Charge"),
    "detention_orders": msg("Detention order"),
    "hearings": msg("Hearing"),
    "hearing_captives": msg("Captive of a hearing"),
    "international_proceedings": msg("International proceeding"),
    "organisations": msg("Organisation"),
    "contacts": msg("Contact"),
    "interventions": msg("Intervention"),
    "intervention_captives": msg("Captive of an intervention"),
    "documents": msg("Document"),
    "deadlines": msg("Deadline"),
    "court_deliveries": msg("Court delivery"),
    "detention_facts": msg("Fact of detention"),
    "case_settings": msg("Case setting"),
    "imports": msg("Import"),
    "travel_merges": msg("Merge of a travel copy"),
}


# The kinds whose audit entries are events the summary names whole ("Import of list.csv",
# "Merge of the travel copy 3f2a…"): the summary is shown alone, never after the kind
# ("Import: Import of list.csv").
SUMMARY_NAMES_KIND = frozenset({"imports", "travel_merges"})


def record_kind(table: str) -> Message | str:
    """What one record of ``table`` is called ("Hearing", "Welfare contact"), in the user's
    language; a table without a name here by its own name."""
    return RECORD_KINDS.get(table, table.replace("_", " "))
