"""The catalogues of the messages made with ``msg``/``msg_n`` (:mod:`caseapp.domain.messages`):
services' errors and notices, the domain's explanations, the command line's own lines.

    uv run python -m caseapp.message_catalogues update
        # find every msg()/msg_n() in caseapp/, add new texts to each .po (untranslated),
        # drop texts no longer used, compile the .mo files
    uv run python -m caseapp.message_catalogues apply resources/translations/incoming/X.json
        # write delivered translations into the .po files, compile

A delivery is a JSON list of ``{"source": "English text", "hy": "...", "ru": "..."}`` (and
``"fr"`` for a message a French document prints: :data:`DOCUMENT_ONLY`); a
message about a number adds ``"plural": "English plural text"`` and gives each language its
forms as a list (Armenian 2, "one / other"; Russian 3, for 1, 2 and 5); a message made with a
context (``msg("Name", context="organisation")``) adds ``"context": "organisation"``. In a
file named ``*.messages.json`` every entry is a message; in any other delivery file an entry
with a ``"context"`` is an interface string (``caseapp.ui.i18n apply`` takes those) and is
left alone here. The catalogues are
gettext ``.po`` files (``resources/translations/messages/``), so any PO editor (Poedit,
Lokalize, Qt Linguist does not read them) can review them; a test keeps them complete.
"""

from __future__ import annotations

import ast
import json
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from caseapp.resources import resource

LANGUAGES = ("hy", "ru")  # English is the source
# Languages of the documents only (not of the interface or the command line): their
# catalogues hold just the messages a document in that language prints (its file name, the
# title it is kept under, the level's name), as delivered; every other message stays English
# there. ``update`` drops what the code no longer has and never adds an untranslated entry.
DOCUMENT_ONLY = ("fr",)
# What extract_calls() yields for each call: msg (text, context), msg_n (singular, plural,
# context); the context is None when the call gives none.
KEYWORDS: dict[str, Any] = {"msg": (1, (2, "c")), "msg_n": (1, 2, (3, "c"))}
PACKAGE = Path(__file__).resolve().parent
MESSAGE_DELIVERY = ".messages.json"

Key = tuple[str | tuple[str, str], str | None]  # (text or (singular, plural), context)


def catalogue_path(lang: str, suffix: str = ".po") -> Path:
    return resource("translations", "messages", f"{lang}{suffix}")


def extract_calls(fileobj: IO[bytes], keywords: Collection[str], comment_tags: Collection[str],
                  options: Mapping[str, Any]) -> Iterator[tuple[int, str, tuple, list[str]]]:
    """Babel's extraction method for CaseApp's code: the msg()/msg_n() calls read from the
    syntax tree, so that a ``context=`` keyword is told apart from a placeholder's value (a
    text that is not a literal is left out; a test names it)."""
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in keywords):
            continue
        wanted = 1 if node.func.id == "msg" else 2
        texts = [a.value for a in node.args[:wanted]
                 if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if len(texts) < wanted:
            continue
        context = next((k.value.value for k in node.keywords if k.arg == "context"
                        and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)),
                       None)
        yield node.args[0].lineno, node.func.id, (*texts, context), []


def extracted() -> dict[Key, list[tuple[str, int]]]:
    """Every message in the code (a plural message as its two texts) with its context, and
    where it is."""
    found: dict[Key, list[tuple[str, int]]] = {}
    for filename, line, text, _comments, context in extract_from_dir(
            str(PACKAGE), method_map=[("**.py", f"{__name__}:extract_calls")],
            keywords=KEYWORDS, comment_tags=(), strip_comment_tags=True):
        key: Key = ((text[0], text[1]) if isinstance(text, tuple) else text, context)
        found.setdefault(key, []).append((f"caseapp/{filename}", line))
    return found


def plain(message_id: str | tuple[str, ...] | list[str]) -> str:
    """A message's English text (the singular of a plural message): its key in a catalogue."""
    return message_id if isinstance(message_id, str) else message_id[0]


def _read(path: Path, lang: str, domain: str) -> Catalog:
    if path.exists():
        with path.open("rb") as handle:
            return read_po(handle, locale=lang, domain=domain)
    return Catalog(locale=lang, project="CaseApp", version="", domain=domain,
                   copyright_holder="the CaseApp authors", msgid_bugs_address="",
                   last_translator="CaseApp translators", language_team=lang)


def _write(catalogue: Catalog, po: Path, mo: Path, **options: bool) -> None:
    """Write ``catalogue`` to ``po`` (sorted, unwrapped) and compile it to ``mo``."""
    po.parent.mkdir(parents=True, exist_ok=True)
    catalogue.fuzzy = False
    with po.open("wb") as handle:
        write_po(handle, catalogue, width=0, omit_header=False, sort_output=True, **options)
    with mo.open("wb") as handle:
        write_mo(handle, catalogue, use_fuzzy=False)


def load(lang: str) -> Catalog:
    return _read(catalogue_path(lang), lang, "caseapp")


def save(catalogue: Catalog, lang: str) -> None:
    _write(catalogue, catalogue_path(lang), catalogue_path(lang, ".mo"), include_previous=False)


def update() -> dict[str, int]:
    """Bring each catalogue in line with the code; returns the untranslated count per language."""
    found = extracted()
    left: dict[str, int] = {}
    wanted = {(plain(text), context) for text, context in found}
    for lang in (*LANGUAGES, *DOCUMENT_ONLY):
        catalogue = load(lang)
        for message in [m for m in catalogue if m.id]:
            if (plain(message.id), message.context) not in wanted:
                catalogue.delete(plain(message.id), context=message.context)
        for (text, context), places in found.items():
            existing = catalogue.get(plain(text), context=context)
            if existing is None and lang in LANGUAGES:
                catalogue.add(text, string=("",) * catalogue.num_plurals
                              if isinstance(text, tuple) else "", locations=places,
                              context=context)
            elif existing is not None:
                existing.locations = places
        save(catalogue, lang)
        left[lang] = sum(1 for m in catalogue if m.id and not _complete(m))
    return left


def _complete(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(strings) and all(strings) and not message.fuzzy


def apply(paths: Iterable[Path]) -> int:
    """Write the translations delivered in ``paths``; returns how many were written."""
    written = 0
    catalogues = {lang: load(lang) for lang in (*LANGUAGES, *DOCUMENT_ONLY)}
    for entry in _entries(paths):
        source = entry["source"]
        context = entry.get("context") or None
        for lang, catalogue in catalogues.items():
            given = entry.get(lang)
            if not given:
                continue
            existing = catalogue.get(source, context=context)
            key: str | tuple[str, str] = (
                (source, entry["plural"]) if entry.get("plural") else source)
            value = tuple(given) if isinstance(given, list) else given
            if existing is None:
                catalogue.add(key, string=value, context=context)
            else:
                existing.string = value
                existing.flags.discard("fuzzy")
            written += 1
    for lang, catalogue in catalogues.items():
        save(catalogue, lang)
    return written


def _entries(paths: Iterable[Path]) -> Iterator[dict]:
    for path in paths:
        messages_only = Path(path).name.endswith(MESSAGE_DELIVERY)
        for entry in json.loads(Path(path).read_text(encoding="utf-8")):
            if "context" in entry and not messages_only:
                continue  # an interface string: caseapp.ui.i18n apply takes those
            yield entry


# ---- argparse's own words ("usage:", its errors), caseapp/cli/argparse_language.py ----------
# A catalogue of their own, in gettext's layout (argparse reads it through gettext's domain):
# resources/translations/argparse/<lang>/LC_MESSAGES/argparse.po (.mo). update adds the strings
# the running Python's argparse has and keeps the others (another Python may have them);
# apply writes a delivered entry there when its source is one of them.

def argparse_catalogue_path(lang: str, suffix: str = ".po") -> Path:
    return resource("translations", "argparse", lang, "LC_MESSAGES", f"argparse{suffix}")


def argparse_strings() -> list[str | tuple[str, str]]:
    """The strings this Python's argparse passes to gettext (a plural one as its two texts)."""
    import argparse

    from babel.messages.extract import extract_from_file

    return [text if isinstance(text, str) else (text[0], text[1])
            for _line, text, _comments, _context in extract_from_file(
                "python", argparse.__file__, keywords={"_": None, "ngettext": (1, 2)})]


def load_argparse(lang: str) -> Catalog:
    return _read(argparse_catalogue_path(lang), lang, "argparse")


def save_argparse(catalogue: Catalog, lang: str) -> None:
    _write(catalogue, argparse_catalogue_path(lang), argparse_catalogue_path(lang, ".mo"),
           no_location=True)


def update_argparse() -> dict[str, int]:
    """Add argparse's new strings to its catalogues; returns the untranslated count per language."""
    left: dict[str, int] = {}
    for lang in LANGUAGES:
        catalogue = load_argparse(lang)
        for key in argparse_strings():
            if catalogue.get(key if isinstance(key, str) else key[0]) is None:
                catalogue.add(key, string=("",) * catalogue.num_plurals if isinstance(key, tuple) else "")
        save_argparse(catalogue, lang)
        left[lang] = sum(1 for m in catalogue if m.id and not _complete(m))
    return left


def apply_argparse(paths: Iterable[Path]) -> int:
    """Write the translations of argparse's strings delivered in ``paths``."""
    known = {key if isinstance(key, str) else key[0]: key for key in argparse_strings()}
    written = 0
    catalogues = {lang: load_argparse(lang) for lang in LANGUAGES}
    for entry in _entries(paths):
        key = known.get(entry["source"])
        for lang, catalogue in catalogues.items():
            given = entry.get(lang)
            if key is None or not given:
                continue
            catalogue.delete(entry["source"])
            catalogue.add(key, string=tuple(given) if isinstance(given, list) else given)
            written += 1
    for lang, catalogue in catalogues.items():
        save_argparse(catalogue, lang)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for lang, count in update().items():
            print(f"{lang}: {count} message(s) without a translation")
        for lang, count in update_argparse().items():
            print(f"{lang}: {count} of argparse's string(s) without a translation")
        return 0
    if argv[:1] == ["apply"] and argv[1:]:
        print(f"{apply(Path(p) for p in argv[1:])} translation(s) written")
        print(f"{apply_argparse(Path(p) for p in argv[1:])} of argparse's written")
        update()
        update_argparse()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
