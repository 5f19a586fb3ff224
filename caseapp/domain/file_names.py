"""A file name every file system takes (Windows, macOS, Linux; a USB stick's FAT too): the one
place where CaseApp makes a name for a file it suggests or writes from the user's words (a
captive's name, a title)."""

from __future__ import annotations

import re
import unicodedata

from pathvalidate import sanitize_filename

# Bytes of UTF-8, suffix included: a Cyrillic or Armenian letter takes two. Room under the
# 255 bytes of ext4 and APFS and the 143 of an encrypted home folder (eCryptfs), and within
# Windows' 260-character path in a folder of ordinary depth.
LIMIT = 120


def safe_file_name(stem: str, suffix: str = "", *, fallback: str = "document") -> str:
    """``stem`` + ``suffix`` (".pdf") as a file name: characters a file system refuses
    (``<>:"/\\|?*``, control characters) become spaces, runs of spaces one, no leading or
    trailing dot or space, not a name Windows reserves (CON, NUL, COM1…), at most ``LIMIT``
    bytes (cut at a whole letter); ``fallback`` when nothing is left."""
    room = LIMIT - len(suffix.encode("utf-8"))
    text = unicodedata.normalize("NFC", stem)
    text = sanitize_filename(text, replacement_text=" ", platform="universal")
    text = re.sub(r"\s+", " ", text).strip(" .")
    while len(text.encode("utf-8")) > room:
        text = text[:-1]
    text = sanitize_filename(text.rstrip(" ."), platform="universal").strip(" .")
    return (text or fallback) + suffix
