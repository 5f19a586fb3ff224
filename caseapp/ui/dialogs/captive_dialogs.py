"""Adding, editing and deleting every kind of record in a captive's file.

Each kind of record is declared once as a :class:`~caseapp.ui.dialogs.kind_declaration.Kind`
(in :mod:`record_kinds`, :mod:`captive_kinds` and :mod:`filing_kinds`, whence callers import
them). Generic functions do the rest:

* :func:`make_add_dialog` / :func:`make_edit_dialog` build the dialog (tests fill it and
  call ``try_save()``); :func:`add_record` / :func:`edit_record` also run it.
* every save is an operation (:mod:`caseapp.ui.ops`): it runs on the session's serial
  worker while the dialog waits, so a validation error still shows in the dialog; an add
  leaves an undoable Add command, an edit an Edit command holding the values of every
  field that changed (read back from the service, so that a recomputed expiry is undone
  too);
* :func:`delete_record` asks first; a delete cannot be undone, and it drops the undo
  steps about the record.

The captive itself has its own dialogs: :func:`new_captive` (names in the native script
and the usual transliterations), :func:`change_status`, and the two profile kinds.
"""

from __future__ import annotations

import mimetypes
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from caseapp.domain.dates import computed_expiry
from caseapp.domain.dto import CaptiveDTO, CaptiveFileDTO
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, NameKind, Sex
from caseapp.domain.errors import CaseAppError, ValidationError
from caseapp.domain.name_display import language_written_in
from caseapp.domain.redaction import default_level
from caseapp.services.casefile import CaseFile
from caseapp.ui.dialogs.captive_field_levels import levels_beside, widen
from caseapp.ui.dialogs.clearance_levels import delete_refused, limit_levels
from caseapp.ui.dialogs.conflict import VersionedSave
from caseapp.ui.dialogs.kind_declaration import (
    CaptiveDialogs,
    Env,
    Kind,
    captive_levels,
    default_values,
    sensitivity_field,
    tr,
)
from caseapp.ui.dialogs.level_follows import level_follows_free_text
from caseapp.ui.dialogs.new_captive_check import recorded_already
from caseapp.ui.dialogs.next_hearing import next_hearing_values
from caseapp.ui.dialogs.record_dialog import Field, RecordDialog
from caseapp.ui.dialogs.record_kinds import DETENTION_ORDER, DOCUMENT, HEARING
from caseapp.ui.dialogs.status_dialog import make_status_dialog
from caseapp.ui.formats import date_text
from caseapp.ui.literal_text import literal
from caseapp.ui.session import UiContext
from caseapp.ui.widgets.fields import LanguageCombo

# ---- generic add / edit / delete -----------------------------------------------------------------

def _values_of(kind: Kind, record: Any, fields: list[Field]) -> dict[str, Any]:
    if kind.values is not None:
        return kind.values(record)
    return {f.name: getattr(record, f.name) for f in fields if hasattr(record, f.name)}


def _reader(kind: Kind, fields: list[Field]) -> Any:
    """How an undo command reads the record back: as the dialog's values, prepared."""
    def read(cf: CaseFile, record_id: int) -> dict[str, Any]:
        return kind.prepare(_values_of(kind, getattr(cf, kind.service).get(record_id), fields))
    return read


def _finish(dialog: RecordDialog, kind: Kind) -> RecordDialog:
    dialog.setObjectName(f"dialog_{kind.key}")
    for name in kind.shrink:  # short as it opens; a taller dialog's room
        dialog.shorten(name)
    return dialog


def make_add_dialog(ui: UiContext, kind: Kind, *, captive_id: int | None = None,
                    file: CaptiveFileDTO | None = None, parent: QWidget | None = None,
                    values: dict[str, Any] | None = None) -> RecordDialog:
    env = Env(ui, captive_id, file)
    fields = kind.fields(env)
    title = tr(kind.add_title)

    def save(vals: dict[str, Any]) -> Any:
        data = kind.prepare({k: v for k, v in vals.items() if v is not None})
        if kind.owner and captive_id is not None:
            data[kind.owner] = captive_id
        return ui.ops.create(kind.service, data, action=title, describe=kind.describe,
                             read=_reader(kind, fields), captive_id=captive_id)

    dialog = RecordDialog(title, fields, save, {**default_values(kind, env), **(values or {})},
                          parent)
    _finish(dialog, kind)
    limit_levels(dialog, ui)  # below internal clearance: only levels it may save
    level_follows_free_text(dialog, ui, kind.key, parents=captive_levels(env))
    if kind is DETENTION_ORDER:
        _preview_expiry(dialog)
    return dialog


def make_edit_dialog(ui: UiContext, kind: Kind, record: Any, *, file: CaptiveFileDTO | None = None,
                     parent: QWidget | None = None) -> RecordDialog:
    captive_id = getattr(record, "captive_id", None) or (file.captive.id if file else None)
    env = Env(ui, captive_id, file)
    fields = kind.fields(env)
    title = tr(kind.edit_title)
    dialog: RecordDialog
    reader = _reader(kind, fields)

    def read_fresh() -> tuple[dict[str, Any], int]:
        def read(cf: CaseFile) -> tuple[dict[str, Any], int]:
            service = getattr(cf, kind.service)
            return _values_of(kind, service.get(record.id), fields), service.version(record.id)
        return ui.ops.write(read)

    # The record as it is now, and its version: a save over a newer one asks what to do.
    now, version = read_fresh()
    versions = VersionedSave(read_fresh, version)

    def save(vals: dict[str, Any]) -> Any:
        return versions.save(write, vals)

    def write(vals: dict[str, Any], expected: int | None) -> Any:
        changed = {k for k, v in vals.items() if dialog.initial.get(k) != v}
        for group in kind.linked:
            if changed & group:
                changed |= group
        if kind is DETENTION_ORDER and vals.get("expires_on") is None \
                and dialog.initial.get("expires_on") is None:
            changed.discard("expires_on")  # still empty: the service computes it from the term
        if not changed:
            return record
        return ui.ops.update(kind.service, record.id, kind.prepare({k: vals[k] for k in changed}),
                             action=title, describe=kind.describe, read=reader,
                             captive_id=captive_id, expected_version=expected)

    dialog = RecordDialog(title, fields, save, now, parent)
    if kind.levelled:
        levels_beside(dialog, ui, record, kind.levelled, now.get("field_levels"))
    limit_levels(dialog, ui)
    level_follows_free_text(dialog, ui, kind.key, edit=True)
    _keep_back(dialog, getattr(record, "withheld", frozenset()))
    versions.form = dialog
    _finish(dialog, kind)
    if kind.levelled:
        widen(dialog)
    if kind is DETENTION_ORDER:
        _preview_expiry(dialog)
    return dialog


def _keep_back(dialog: RecordDialog, withheld: frozenset[str]) -> None:
    """A captive's field above the level the file is read at (a travel copy's, a team
    member's clearance) holds no value of theirs: it is shown as such and not edited here."""
    for name in withheld & dialog.widgets.keys():
        widget = dialog.widgets[name]
        widget.setEnabled(False)
        widget.setToolTip(CaptiveDialogs.tr("Not shown at this level: it can be changed only "
                                            "where the whole case file is read."))
        words = CaptiveDialogs.tr("not shown at this level")
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setPlaceholderText(words)
        elif isinstance(widget, QCheckBox):  # unticked, it would read "no"
            widget.setText(words)
        elif isinstance(getattr(widget, "edit", None), QLineEdit):  # a date field
            widget.edit.setPlaceholderText(words)  # type: ignore[attr-defined]


def _preview_expiry(dialog: RecordDialog) -> None:
    """The expiry field shows the computed expiry as its placeholder while it is empty."""
    start, months, days = (dialog.widgets[n] for n in ("start_date", "term_months", "term_days"))
    expiry = dialog.widgets["expires_on"]

    def update() -> None:
        try:
            begun = date.fromisoformat(start.value() or "")  # type: ignore[attr-defined]
        except ValueError:
            text = CaptiveDialogs.tr("computed from the start and the term")
            expiry.edit.setPlaceholderText(text)  # type: ignore[attr-defined]
            return
        m, d = months.value(), days.value()  # type: ignore[attr-defined]
        try:
            computed = computed_expiry(begun, m, d)  # as the order service will store it
        except ValidationError as err:  # ends past the year 9999: what the service will say
            expiry.edit.setPlaceholderText(str(err))  # type: ignore[attr-defined]
            return
        text = CaptiveDialogs.tr("computed: %1").replace("%1", date_text(computed)) \
            if computed else CaptiveDialogs.tr("give the term or the expiry")
        expiry.edit.setPlaceholderText(text)  # type: ignore[attr-defined]

    start.edited.connect(update)  # type: ignore[attr-defined]
    start.edit.textChanged.connect(lambda _t: update())  # type: ignore[attr-defined]
    months.valueChanged.connect(lambda _v: update())  # type: ignore[attr-defined]
    days.valueChanged.connect(lambda _v: update())  # type: ignore[attr-defined]
    update()


def _run(dialog: RecordDialog) -> Any:
    return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def add_record(ui: UiContext, kind: Kind, *, captive_id: int | None,
               file: CaptiveFileDTO | None = None,
               parent: QWidget | None = None, values: dict[str, Any] | None = None) -> Any:
    saved = _run(make_add_dialog(ui, kind, captive_id=captive_id, file=file, parent=parent,
                                 values=values))
    return _then_next_hearing(ui, kind, None, saved, captive_id, file, parent)


def edit_record(ui: UiContext, kind: Kind, record: Any, *, file: CaptiveFileDTO | None = None,
                parent: QWidget | None = None) -> Any:
    saved = _run(make_edit_dialog(ui, kind, record, file=file, parent=parent))
    captive_id = file.captive.id if file else None
    return _then_next_hearing(ui, kind, record, saved, captive_id, file, parent)


def _then_next_hearing(ui: UiContext, kind: Kind, before: Any, saved: Any,
                       captive_id: int | None, file: CaptiveFileDTO | None,
                       parent: QWidget | None) -> Any:
    """A hearing saved as adjourned: the hearing of the day it is adjourned to, if the lawyer
    wants it added (:mod:`caseapp.ui.dialogs.next_hearing`); what was saved is returned."""
    if kind is HEARING and saved is not None:
        values = next_hearing_values(parent, before, saved)
        if values is not None:
            add_record(ui, kind, captive_id=captive_id, file=file, parent=parent, values=values)
    return saved


def delete_record(ui: UiContext, kind: Kind, record: Any, parent: QWidget | None = None) -> bool:
    """Ask, then delete. Returns whether the record was deleted. A login that may not delete
    is told so at once, not asked."""
    refused = delete_refused(ui)
    if refused:
        QMessageBox.information(parent, CaptiveDialogs.tr("Cannot delete"), literal(refused))
        return False
    answer = QMessageBox.question(
        parent, CaptiveDialogs.tr("Delete"),
        CaptiveDialogs.tr("Delete %1? This cannot be undone.").replace("%1", kind.describe(record)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        ui.ops.delete(kind.service, record.id, label=kind.describe(record))
    except CaseAppError as exc:
        QMessageBox.warning(parent, CaptiveDialogs.tr("Cannot delete"), literal(str(exc)))
        return False
    return True


# ---- the captive itself -------------------------------------------------------------------------

def make_new_captive_dialog(ui: UiContext, parent: QWidget | None = None) -> RecordDialog:
    """Names in the native script and the usual transliterations; the rest comes later."""
    fields = [
        Field("native_name", CaptiveDialogs.tr("Name in the native script"), required=True,
              aliases=("names", "full_name"),
              help=CaptiveDialogs.tr("As written at home, e.g. in Armenian")),
        Field("native_language", CaptiveDialogs.tr("Language of that name"), "language"),
        Field("latin_name", CaptiveDialogs.tr("Latin spelling"),
              help=CaptiveDialogs.tr("As in the passport, if known")),
        Field("cyrillic_name", CaptiveDialogs.tr("Cyrillic spelling"),
              help=CaptiveDialogs.tr("As Russian-language sources write it")),
        Field("sex", CaptiveDialogs.tr("Sex"), "enum", enum=Sex),
        Field("birth", CaptiveDialogs.tr("Date of birth"), "partial_date"),
        Field("birth_place", CaptiveDialogs.tr("Place of birth")),
        Field("citizenship", CaptiveDialogs.tr("Citizenship")),
        Field("category", CaptiveDialogs.tr("Category"), "enum", enum=CaptiveCategory),
        Field("status", CaptiveDialogs.tr("Status"), "enum", enum=CaptiveStatus),
        Field("capture", CaptiveDialogs.tr("Captured on"), "partial_date"),
        Field("capture_place", CaptiveDialogs.tr("Place of capture")),
        Field("capturing_authority", CaptiveDialogs.tr("Capturing authority")),
        sensitivity_field(),
    ]
    title = CaptiveDialogs.tr("New captive")

    def save(vals: dict[str, Any]) -> CaptiveDTO:
        if recorded_already(ui, vals, dialog):  # back to the form: nothing saved
            raise ValidationError(CaptiveDialogs.tr("Not saved: the captive may be recorded "
                                                    "already."), field="native_name")
        data = {k: v for k, v in vals.items() if v not in (None, "")}
        names = [{"full_name": data.pop("native_name", ""),
                  "language": data.pop("native_language", ""),
                  "kind": NameKind.NATIVE, "is_primary": True}]
        for key, language in (("latin_name", "en"), ("cyrillic_name", "ru")):
            if data.get(key):
                names.append({"full_name": data.pop(key), "language": language,
                              "kind": NameKind.TRANSLITERATION})
        return ui.ops.create("captives", {"names": names, **data}, action=title,
                             describe=lambda c: c.primary_name,
                             keys=("names", *(k for k in data if k != "sensitivity")))

    dialog = RecordDialog(title, fields, save, {
        "native_language": "hy", "sex": Sex.UNKNOWN, "category": CaptiveCategory.CIVILIAN,
        "status": CaptiveStatus.MISSING, "sensitivity": default_level(
            "captives", setting=ui.case_file.settings.current().default_level)}, parent)
    dialog.setObjectName("dialog_new_captive")
    _language_follows_the_name(dialog)
    return limit_levels(dialog, ui)


def _language_follows_the_name(dialog: RecordDialog) -> None:
    """The native name's language follows the letters typed (Cyrillic: Russian; Armenian:
    Armenian; Latin in Azerbaijani spelling: Azerbaijani; other Latin: not said) until the
    lawyer chooses a language herself: a name typed in Cyrillic was saved as Armenian."""
    name, language = dialog.widgets["native_name"], dialog.widgets["native_language"]
    assert isinstance(name, QLineEdit) and isinstance(language, LanguageCombo)
    default = language.value()
    chosen = False

    def choose(*_args: object) -> None:
        nonlocal chosen
        chosen = True

    def follow(text: str) -> None:
        if not chosen:
            language.set_value(language_written_in(text) if text.strip() else default)

    language.activated.connect(choose)
    typed = language.lineEdit()  # (the combo is editable: a language's name may be typed)
    if typed is not None:
        typed.textEdited.connect(choose)
    name.textChanged.connect(follow)


def new_captive(ui: UiContext, parent: QWidget | None = None) -> CaptiveDTO | None:
    return _run(make_new_captive_dialog(ui, parent))


def change_status(ui: UiContext, captive: CaptiveDTO,
                  parent: QWidget | None = None) -> CaptiveDTO | None:
    return _run(make_status_dialog(ui, captive, parent))


def make_document_dialog(ui: UiContext, path: Path | str, *, captive_id: int,
                         file: CaptiveFileDTO | None = None,
                         parent: QWidget | None = None) -> RecordDialog:
    """Describe the file at ``path`` before it is stored (read whole into the case file)."""
    path = Path(path)
    env = Env(ui, captive_id, file)
    title = CaptiveDialogs.tr("Add document")

    def save(vals: dict[str, Any]) -> Any:
        data = {k: v for k, v in vals.items() if v is not None}
        return ui.ops.create("documents", data, action=title, describe=DOCUMENT.describe,
                             captive_id=captive_id, keys=tuple(data),
                             add=lambda cf: cf.documents.add_file(path, captive_id=captive_id,
                                                                  **data))

    values = {**default_values(DOCUMENT, env), "title": path.stem, "filename": path.name}
    dialog = RecordDialog(title, DOCUMENT.fields(env), save, values, parent)
    limit_levels(dialog, ui)
    level_follows_free_text(dialog, ui, DOCUMENT.key, parents=captive_levels(env))
    return _finish(dialog, DOCUMENT)


def add_document(ui: UiContext, path: Path | str, *, captive_id: int,
                 file: CaptiveFileDTO | None = None,
                 parent: QWidget | None = None) -> Any:
    return _run(make_document_dialog(ui, path, captive_id=captive_id, file=file, parent=parent))


def choose_photo(ui: UiContext, captive_id: int, parent: QWidget | None = None) -> bool:
    path, _ = QFileDialog.getOpenFileName(parent, CaptiveDialogs.tr("Choose a photo"),
                                          str(Path.home()),
                                          CaptiveDialogs.tr("Images (*.png *.jpg *.jpeg *.webp)"))
    if not path:
        return False
    try:
        content = Path(path).read_bytes()
        media_type = mimetypes.guess_type(path)[0] or "image/jpeg"
        ui.ops.write(lambda cf: cf.captives.update(captive_id, photo=content,
                                                   photo_media_type=media_type))
    except (OSError, CaseAppError) as exc:
        QMessageBox.warning(parent, CaptiveDialogs.tr("Photo"), literal(str(exc)))
        return False
    return True
