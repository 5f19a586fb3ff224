"""The names CaseApp gives the files it writes, the one place that makes them: a phrase of the
documents' catalogue ("Досье Армен Мартиросян (для передачи) 2026-12-04.pdf"), rendered in
the document's language wherever it is named (Save as…, a copy kept in the case file, both
the same name), made safe for every file system (Windows, macOS, Linux; a USB stick's FAT
too).

The day is written as ISO (2026-12-04) in every language, so that a folder's files sort by
date; a captive's name is given in every language (:func:`caseapp.domain.name_display.
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
    the phrase's values that give way, first the first, when the name is too long (a letter's
    title, then the captive's name), so that what the name says of the document — its kind,
    its level, its day — always stays whole."""

    phrase: Message
    suffix: str
    shorten: tuple[str, ...] = ()

    def text(self, lang: str | None = None) -> str:
        """The name in ``lang`` (the session's language by default), safe to write."""
        return safe_file_name(self._fitted(lang).render(lang), self.suffix,
                              fallback=_DOCUMENT.render(lang))

    def _fitted(self, lang: str | None) -> Message:
        """The phrase, its ``shorten`` values cut in turn until the name fits: each at a word
        ("…") down to its first word, then, should that not do, a single word too long at a
        letter (the last value first: the captive's name before a letter's title); then each
        given back the words the others' cuts left room for (the title first)."""
        room = LIMIT - len(self.suffix.encode("utf-8"))
        values = dict(self.phrase.values)
        keys = [k for k in self.shorten if k in values]
        whole = {k: _cleaned(text_of(values[k], lang)).split() for k in keys}
        left = {k: list(whole[k]) for k in keys}

        def phrase() -> Message:
            shown = dict(values)
            for k in keys:
                if left[k] != whole[k]:
                    shown[k] = " ".join(left[k]).rstrip(",.:;՝ ") + "…"
            return replace(self.phrase, values=tuple(shown.items()))

        def fits() -> bool:
            return len(_cleaned(phrase().render(lang)).encode("utf-8")) <= room

        if not keys or fits():
            return self.phrase
        for key, letters in [*((k, False) for k in keys), *((k, True) for k in reversed(keys))]:
            words = left[key]
            while not fits() and (len(words) > 1 or (letters and words and len(words[0]) > 1)):
                if len(words) > 1:
                    words.pop()
                else:
                    words[0] = words[0][:-1]
        for key in keys:  # what a later cut freed
            words = left[key]
            while words and len(words) < len(whole[key]) and words[-1] == whole[key][len(words) - 1]:
                words.append(whole[key][len(words)])
                if not fits():
                    words.pop()
                    break
        return phrase()


def dossier(name: object, level: Sensitivity | str, day: date) -> FileName:
    return FileName(msg("Dossier {name} ({level}) {day}", context="file name", name=name,
                        level=LEVEL_NAMES[Sensitivity(level)], day=day.isoformat()), ".pdf",
                    shorten=("name",))


def status_report(title: object, level: Sensitivity | str, day: date,
                  suffix: str = ".pdf") -> FileName:
    """``title``: the report's as its first page prints it, in every language (the documents'
    catalogue: :func:`caseapp.services.labels.document_text`), so that the file and the report
    it holds are called the same."""
    return FileName(msg("{title} ({level}) {day}", context="file name", title=title,
                        level=LEVEL_NAMES[Sensitivity(level)], day=day.isoformat()), suffix)


def letter(title: object, name: object, day: date) -> FileName:
    """``title``: the letter's template's ("Power of attorney"); the captive after it as in the
    letter's title (:func:`caseapp.reports.template_titles.letter_title`)."""
    return FileName(msg("{title} — {name}, {day}", context="file name", title=title, name=name,
                        day=day.isoformat()), ".docx", shorten=("title", "name"))


def calendar(level: Sensitivity | str) -> FileName:
    """No day: exported again, it replaces the file a calendar program subscribed to."""
    return FileName(msg("CaseApp deadlines ({level})", context="file name",
                        level=LEVEL_NAMES[Sensitivity(level)]), ".ics")


def daily_log(day: date) -> FileName:
    return FileName(msg("Daily log of deadline control {day}", context="file name",
                        day=day.isoformat()), ".pdf")


def exposure_report(title: object, day: date) -> FileName:
    """``title``: the report's as its first page prints it, as for :func:`status_report`."""
    return FileName(msg("{title} {day}", context="file name", title=title, day=day.isoformat()),
                    ".pdf")


def export(day: date) -> FileName:
    return FileName(msg("Case file export {day}", context="file name", day=day.isoformat()),
                    ".json")


def captives_list(day: date, suffix: str = ".xlsx") -> FileName:
    return FileName(msg("Captives {day}", context="file name", day=day.isoformat()), suffix)
