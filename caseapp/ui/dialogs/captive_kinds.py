"""The kinds of dialog that edit a captive's own record (the person and the capture; the
summary, asks and consent), each field that has a level of its own with its level chooser
beside it (:mod:`caseapp.ui.dialogs.captive_field_levels`)."""

from __future__ import annotations

from typing import Any

from caseapp.domain.enums import CaptiveCategory, Sex
from caseapp.ui.dialogs.kind_declaration import CaptiveDialogs, Kind, sensitivity_field
from caseapp.ui.dialogs.record_dialog import Field
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP


def _split_tags(values: dict[str, Any]) -> dict[str, Any]:
    if isinstance(values.get("tags"), str):
        values = {**values, "tags": [t.strip() for t in values["tags"].split(",") if t.strip()]}
    return values


CAPTIVE_PERSON = Kind(
    "captives", "captives",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add captive"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit person and capture"),
    lambda env: [
        Field("sex", CaptiveDialogs.tr("Sex"), "enum", enum=Sex),
        Field("birth", CaptiveDialogs.tr("Date of birth"), "partial_date"),
        Field("birth_place", CaptiveDialogs.tr("Place of birth")),
        Field("citizenship", CaptiveDialogs.tr("Citizenship")),
        Field("category", CaptiveDialogs.tr("Category"), "enum", enum=CaptiveCategory),
        Field("capture", CaptiveDialogs.tr("Captured on"), "partial_date"),
        Field("capture_place", CaptiveDialogs.tr("Place of capture")),
        Field("capturing_authority", CaptiveDialogs.tr("Capturing authority")),
        Field("capture_circumstances", CaptiveDialogs.tr("Circumstances"), "multiline"),
        Field("tags", CaptiveDialogs.tr("Tags"), help=CaptiveDialogs.tr("Separated by commas")),
        sensitivity_field(),
    ],
    describe=lambda c: c.primary_name, owner=None, prepare=_split_tags,
    values=lambda c: {"sex": c.sex, "birth": c.birth, "birth_place": c.birth_place,
                      "citizenship": c.citizenship, "category": c.category, "capture": c.capture,
                      "capture_place": c.capture_place,
                      "capturing_authority": c.capturing_authority,
                      "capture_circumstances": c.capture_circumstances, "tags": ", ".join(c.tags),
                      "sensitivity": c.sensitivity, "field_levels": dict(c.field_levels)},
    levelled=("birth", "birth_place", "citizenship", "category", "capture", "capture_place",
              "capturing_authority", "capture_circumstances"),
)

CAPTIVE_CASE = Kind(
    "captives", "captives",
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Add captive"),
    QT_TRANSLATE_NOOP("CaptiveDialogs", "Edit summary, asks and consent"),
    lambda env: [
        Field("summary", CaptiveDialogs.tr("Summary"), "multiline"),
        Field("current_asks", CaptiveDialogs.tr("Current asks"), "multiline"),
        Field("health", CaptiveDialogs.tr("Health and treatment"), "multiline"),
        Field("consent_power_of_attorney", CaptiveDialogs.tr("Power of attorney on file"), "bool"),
        Field("consent_publicity", CaptiveDialogs.tr("Consents to publicity"), "bool"),
        Field("consent_family_wgeid",
              CaptiveDialogs.tr("The family consents to a submission to the UN Working Group "
                                "on Enforced or Involuntary Disappearances"), "bool"),
        Field("consent_notes", CaptiveDialogs.tr("Notes on consent")),
    ],
    describe=lambda c: c.primary_name, owner=None,
    values=lambda c: {"summary": c.summary, "current_asks": c.current_asks, "health": c.health,
                      "consent_power_of_attorney": c.consent_power_of_attorney,
                      "consent_publicity": c.consent_publicity,
                      "consent_family_wgeid": c.consent_family_wgeid,
                      "consent_notes": c.consent_notes, "field_levels": dict(c.field_levels)},
    levelled=("summary", "current_asks", "health", "consent_notes"),
)
