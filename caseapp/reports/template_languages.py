"""Every shipped letter template in each document language: ``NAME_en`` has its ``NAME_hy``,
``NAME_ru`` and ``NAME_fr`` (written by ``tools/make_templates.py`` from the same blocks in each
language, with the same placeholders), listed under the English title and the language."""

from __future__ import annotations

from collections.abc import Iterable

from caseapp.domain.enums import Sensitivity

TRANSLATED_INTO = {"hy": "Armenian", "ru": "Russian", "fr": "French"}

Shipped = tuple[str, str, str, Sensitivity]  # key, title, language, level


def in_every_language(shipped: Iterable[Shipped]) -> tuple[Shipped, ...]:
    """``shipped`` with, for each English template, its Armenian, Russian and French ones (unless
    listed already), at the same level."""
    entries = list(shipped)
    keys = {key for key, *_ in entries}
    for key, title, lang, level in list(entries):
        if lang != "en" or not key.endswith("_en"):
            continue
        for other, language in TRANSLATED_INTO.items():
            translated = f"{key[:-3]}_{other}"
            if translated not in keys:
                entries.append((translated, f"{title} ({language})", other, level))
                keys.add(translated)
    return tuple(entries)
