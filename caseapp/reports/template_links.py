"""What a Word template would fetch from outside itself when a letter made from it is opened.

A .docx can show a picture stored at a web address (a "linked" picture), take its styles
from a template on another computer (``\\\\server\\share\\x.dotx``), or hold fields that
pull in a page or a file (``INCLUDEPICTURE``, ``INCLUDETEXT``) or start a program (``DDE``,
``DDEAUTO``). Each fetch tells whoever controls the address when, and from where, the letter
was opened (LibreOffice fetched a linked picture while making the letter's preview), and a
path on another computer makes Windows send the user's sign-in to it. A letter template
that someone sends the lawyer must not do that, so such a template is refused, with what it
would fetch named. Hyperlinks are kept: they go nowhere until clicked.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Field codes that fetch or run something when the document's fields are updated.
_FETCHING_FIELD = re.compile(r"^\s*(INCLUDEPICTURE|INCLUDETEXT|INCLUDE|LINK|IMPORT|DDEAUTO|DDE)\b",
                             re.IGNORECASE)


def fetched_from_outside(content: bytes) -> list[str]:
    """What the .docx ``content`` would fetch from outside itself when opened: external
    targets of its parts' relationships other than hyperlinks, and fields that include or
    run something (their code). Empty for a self-contained document; raises what
    :mod:`zipfile` or ElementTree raise for a damaged one."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        for name in z.namelist():
            if name.endswith(".rels"):
                for rel in ElementTree.fromstring(z.read(name)).iter(_RELATIONSHIPS):
                    if rel.get("TargetMode") == "External" \
                            and not rel.get("Type", "").endswith("/hyperlink"):
                        found.append(rel.get("Target", ""))
            elif name.startswith("word/") and name.endswith(".xml"):
                found.extend(_fetching_fields(ElementTree.fromstring(z.read(name))))
    return list(dict.fromkeys(found))


def _fetching_fields(root: ElementTree.Element) -> list[str]:
    """The codes of the fields in a part that include or run something: a simple field's
    ``w:instr``, and a complex field's code, which Word may split over several runs and in
    which another field may be nested."""
    codes = [f.get(f"{_WORD}instr", "") for f in root.iter(f"{_WORD}fldSimple")]
    open_fields: list[list[str]] = []  # the code read so far of each field begun, innermost last
    for element in root.iter():
        if element.tag == f"{_WORD}fldChar":
            kind = element.get(f"{_WORD}fldCharType")
            if kind == "begin":
                open_fields.append([])
            elif kind == "end" and open_fields:
                codes.append("".join(open_fields.pop()))
        elif element.tag == f"{_WORD}instrText" and open_fields:
            open_fields[-1].append(element.text or "")
    return [c.strip() for c in codes if _FETCHING_FIELD.match(c)]
