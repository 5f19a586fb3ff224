"""The names CaseApp gives the files it writes, the one place that makes them: a phrase of the
documents' catalogue ("Досье Армен Мартиросян (для передачи) 2026-12-04.pdf"), rendered in
the document's language wherever it is named (Save as…, a copy kept in the case file, both
the same name), made safe for every file system (Windows, macOS, Linux; a USB stick's FAT
too).

The day is written as ISO (2026-12-04) in every language, so that a folder's files sort by
date; a captive's name is given in every language (:func:`caseapp.domain.names.
name_in_every_language`), so that each renders the spelling in its script."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from caseapp.domain.clean_text import BIDI_CONTROLS, INVISIBLE
from caseapp.domain.enums import Sensitivity
from caseapp.domain.field_labels import LEVEL_NAMES
from caseapp.domain.messages import Message, msg, text_of

# Bytes of UTF-8, suffix included: a Cyrillic or Armenian letter takes two. Room under the
# 255 bytes of ext4 and APFS and the 143 of an encrypted home folder (eCryptfs), and within
# Windows' 260-character path in a folder of ordinary depth.
LIMIT = 120
# Taken out of a name: what reorders the letters after it (a right-to-left override shows
# "report\u202excod.exe" as "reportexe.docx") and what hides between them (a zero-width
# space, a soft hyphen), which pathvalidate keeps.
_UNSEEN = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}]")


def _cleaned(stem: str) -> str:
    """``stem`` as :func:`safe_file_name` makes it, before it is cut to the limit."""
    from pathvalidate import sanitize_filename  # only when a name is made: not at the start

    text = _UNSEEN.sub("", unicodedata.normalize("NFC", stem))
    text = sanitize_filename(text, replacement_text=" ", platform="universal")
    return re.sub(r"\s+", " ", text).strip(" .")


def safe_file_name(stem: str, suffix: str = "", *, fallback: str = "document") -> str:
    """``stem`` + ``suffix`` (".pdf") as a file name: characters a file system refuses
    (``<>:"/\\|?*``, control characters) become spaces, the marks that reorder or hide
    letters are taken out, runs of spaces become one, no leading or trailing dot or space, not
    a name Windows reserves (CON, NUL, COM1…), at most ``LIMIT`` bytes (cut at a whole
    letter); ``fallback`` when nothing is left."""
    from pathvalidate import sanitize_filename  # only when a name is made: not at the start

    room = LIMIT - len(suffix.encode("utf-8"))
    text = _cleaned(stem)
    while len(text.encode("utf-8")) > room:
        text = text[:-1]
    text = sanitize_filename(text.rstrip(" ."), platform="universal").strip(" .")
    return (text or fallback) + suffix


_DOCUMENT = msg("document", context="file name")  # when nothing of a phrase is left


@dataclass(frozen=True, slots=True)
class FileName:
    """A file's name in every language: a phrase and the file's suffix (".pdf"); ``shorten``,
    the phrase's value that gives way first when the name is too long (a letter's title,
    before the captive's name and the day)."""

    phrase: Message
    suffix: str
    shorten: str | None = None

    def text(self, lang: str | None = None) -> str:
        """The name in ``lang`` (the session's language by default), safe to write."""
        return safe_file_name(self._fitted(lang).render(lang), self.suffix,
                              fallback=_DOCUMENT.render(lang))

    def _fitted(self, lang: str | None) -> Message:
        """The phrase, its ``shorten`` value cut at a word ("…") until the name fits."""
        values = dict(self.phrase.values)
        if self.shorten is None or self.shorten not in values:
            return self.phrase
        room = LIMIT - len(self.suffix.encode("utf-8"))
        words = text_of(values[self.shorten], lang).split()
        phrase = self.phrase
        while (len(words) > 1
               and len(_cleaned(phrase.render(lang)).encode("utf-8")) > room):
            words.pop()
            cut = " ".join(words).rstrip(",.:;՝ ") + "…"
            phrase = replace(self.phrase, values=tuple(
                (k, cut if k == self.shorten else v) for k, v in self.phrase.values))
        return phrase


def dossier(name: object, level: Sensitivity | str, day: date) -> FileName:
    return FileName(msg("Dossier {name} ({level}) {day}", context="file name", name=name,
                        level=LEVEL_NAMES[Sensitivity(level)], day=day.isoformat()), ".pdf")


def status_report(level: Sensitivity | str, day: date, suffix: str = ".pdf") -> FileName:
    return FileName(msg("Status report ({level}) {day}", context="file name",
                        level=LEVEL_NAMES[Sensitivity(level)], day=day.isoformat()), suffix)


def letter(title: object, name: object, day: date) -> FileName:
    """``title``: the letter's template ("Power of attorney — Russian")."""
    return FileName(msg("{title}, {name}, {day}", context="file name", title=title, name=name,
                        day=day.isoformat()), ".docx", shorten="title")


def calendar(level: Sensitivity | str) -> FileName:
    """No day: exported again, it replaces the file a calendar program subscribed to."""
    return FileName(msg("CaseApp deadlines ({level})", context="file name",
                        level=LEVEL_NAMES[Sensitivity(level)]), ".ics")


def daily_log(day: date) -> FileName:
    return FileName(msg("Daily log of deadline control {day}", context="file name",
                        day=day.isoformat()), ".pdf")


def exposure_report(day: date) -> FileName:
    return FileName(msg("Exposure report {day}", context="file name", day=day.isoformat()), ".pdf")


def export(day: date) -> FileName:
    return FileName(msg("Case file export {day}", context="file name", day=day.isoformat()),
                    ".json")


def captives_list(day: date, suffix: str = ".xlsx") -> FileName:
    return FileName(msg("Captives {day}", context="file name", day=day.isoformat()), suffix)
