"""The language the command line works in when ``--lang`` does not say: the first of the
user's languages (``LANGUAGE``, a colon-separated list, then ``LC_ALL``, ``LC_MESSAGES``,
``LANG``) that CaseApp's documents and interface speak; English
otherwise. "hy_AM.UTF-8" is Armenian, "ru_RU:en" Russian, "C" and "POSIX" say nothing."""

from __future__ import annotations

import os
from collections.abc import Mapping

from caseapp.reports.texts import DOCUMENT_LANGUAGES

LANGUAGES = DOCUMENT_LANGUAGES  # the interface speaks the same three (caseapp.ui.i18n.LANGUAGES)


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    # LANGUAGE first, even under the "C" locale (gettext would ignore it there; whoever sets
    # it for CaseApp means it).
    candidates += env.get("LANGUAGE", "").split(":")
    candidates.append(next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), ""))
    for value in candidates:
        code = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in DOCUMENT_LANGUAGES:
            return code
    return "en"
