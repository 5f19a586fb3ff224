"""A yes or a no where a text is wanted: a column answering a question ("Гражданин РА",
"Captured in Armenia?") ticked TRUE or typed "да" was imported as the captive's
citizenship "True" or place "да" (pure: no file, no database)."""

from __future__ import annotations

import re

from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_values import CellError, clean_text

# The fields of free text a yes or a no makes no sense in.
TEXT_FIELDS = frozenset({"citizenship", "birth_place", "capture_place", "place",
                         "capturing_authority"})
# A yes or a no, as a checkbox or a typed answer writes it ("нет", "no" read as not known).
_ANSWER = re.compile(r"true|false|yes|y|да|д|истина|ложь|այո|bəli|beli|h[əe]|oui|ja|[+✓✔☑]",
                     re.IGNORECASE)


def refuse_answer(raw: object, field: Message) -> None:
    """Raise :class:`CellError` when a cell of a text field is a yes or a no."""
    if isinstance(raw, bool) or _ANSWER.fullmatch(clean_text(raw)):
        raise CellError(msg("is a yes or a no, not a {field}: choose no field for the column, "
                            "or write the {field} itself", field=field))
