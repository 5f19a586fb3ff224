"""The words of the spreadsheet import wizard: the fields offered for a column, and how a
cell's first values are shown."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from caseapp.domain.dates import PartialDate
from caseapp.domain.sheet_columns import FIELDS
from caseapp.ui.formats import date_text, datetime_text, partial_date_text
from caseapp.ui.tr_marks import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SheetImportDialog", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("SheetImportDialog", "Given name"),
    "patronymic": QT_TRANSLATE_NOOP("SheetImportDialog", "Patronymic"),
    "surname": QT_TRANSLATE_NOOP("SheetImportDialog", "Surname"),
    "name_details": QT_TRANSLATE_NOOP("SheetImportDialog", "Name kinds and languages"),
    "sex": QT_TRANSLATE_NOOP("SheetImportDialog", "Sex"),
    "birth": QT_TRANSLATE_NOOP("SheetImportDialog", "Date of birth"),
    "birth_place": QT_TRANSLATE_NOOP("SheetImportDialog", "Place of birth"),
    "citizenship": QT_TRANSLATE_NOOP("SheetImportDialog", "Citizenship"),
    "capture": QT_TRANSLATE_NOOP("SheetImportDialog", "Date of capture"),
    "capture_place": QT_TRANSLATE_NOOP("SheetImportDialog", "Place of capture"),
    "capturing_authority": QT_TRANSLATE_NOOP("SheetImportDialog", "Captured by"),
    "status": QT_TRANSLATE_NOOP("SheetImportDialog", "Status"),
    "status_since": QT_TRANSLATE_NOOP("SheetImportDialog", "Status since"),
    "category": QT_TRANSLATE_NOOP("SheetImportDialog", "Category"),
    "place": QT_TRANSLATE_NOOP("SheetImportDialog", "Place of detention"),
    "notes": QT_TRANSLATE_NOOP("SheetImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("SheetImportDialog", "Tags"),
}
assert set(FIELD_LABELS) == set(FIELDS)
PREVIEW_FIELDS = ("name", "birth", "capture", "status", "category", "place")
# The file dialog's title and filter (constants, so that the catalogues find them: the title
# read through t("…") was never collected, and stayed English).
IMPORT_TITLE = QT_TRANSLATE_NOOP("SheetImportDialog", "Import Spreadsheet")
SPREADSHEET_FILES = QT_TRANSLATE_NOOP("SheetImportDialog",
                                      "Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)")
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
DUPLICATE_BRUSH = QBrush(QColor("#fff3cd"))
NOT_A_PERSON_BRUSH = QBrush(QColor("#e2e3e5"))  # a part's title, a total: grey
TINTED_TEXT = QBrush(QColor("#1b1b1b"))  # on those tints, in either palette (AA on each)


def sample(value: object) -> str:
    """A cell's value as the column step shows it: a date cell as the window writes dates
    (it showed «1985-06-30» in a Russian window), anything else as read, cut to 30 letters."""
    if isinstance(value, datetime):
        return date_text(value.date()) if value.time() == time(0) else datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, PartialDate):
        return partial_date_text(value)
    return str(value)[:30]


def t(text: str) -> str:
    return QCoreApplication.translate("SheetImportDialog", text)


# The names caseapp.services.sheet_read gives a file's delimiters and encodings, shown through t().
READ_NAMES = (QT_TRANSLATE_NOOP("SheetImportDialog", "comma"), QT_TRANSLATE_NOOP("SheetImportDialog", "semicolon"),
              QT_TRANSLATE_NOOP("SheetImportDialog", "tab"), QT_TRANSLATE_NOOP("SheetImportDialog", "vertical bar"),
              QT_TRANSLATE_NOOP("SheetImportDialog", "UTF-8 with BOM"))
