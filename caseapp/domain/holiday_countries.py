"""The holidays package, importing only the countries asked for.

``holidays`` looks a country up lazily (``holidays.AZ`` imports
``holidays.countries.azerbaijan``), but importing any one country module first runs the
package ``holidays.countries``, whose ``__init__`` imports all ~250 of them: a rule file
naming one calendar cost every start (and the window's background read of the rules) a
quarter of a second of imports on an idle machine, far more on a busy one.

Importing this module puts the package ``holidays.countries`` in place without running its
``__init__``: a country module is then imported alone, by the package's own registry, as
before. Anything else read from the package (``from holidays.countries import *``, a name
not yet imported) runs the real ``__init__`` first, so the package behaves as it always
did, only later. Use ``from caseapp.domain.holiday_countries import holidays`` instead of
``import holidays``.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from typing import Any

import holidays

_PACKAGE = "holidays.countries"
_LOCK = threading.RLock()


class _CountriesOnDemand(types.ModuleType):
    """``holidays.countries`` before its ``__init__`` has run: a missing name runs it."""

    _whole = False

    def __getattr__(self, name: str) -> Any:
        with _LOCK:
            if not self._whole:
                self._whole = True
                spec = self.__spec__
                assert spec is not None and spec.loader is not None
                spec.loader.exec_module(self)
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {_PACKAGE!r} has no attribute {name!r}") from None


def _install() -> None:
    if _PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return  # not the package as we know it: leave the import to Python
    package = importlib.util.module_from_spec(spec)
    package.__class__ = _CountriesOnDemand
    sys.modules[_PACKAGE] = package
    holidays.countries = package


with _LOCK:
    _install()


def named_holidays(country: str, subdivision: str | None, year: int,
                   language: str | None) -> Any | None:
    """The country's holidays of ``year`` with their names in ``language``, a language the
    package has for the country (None: the package's own for it); None when it has not (or
    the names cannot be loaded), or it knows no such country or subdivision. A new calendar
    each call: no thread shares it."""
    kind = getattr(holidays, country, None)
    if language is not None and language not in (getattr(kind, "supported_languages", ())
                                                 or ()):
        return None
    try:
        return holidays.country_holidays(country, subdiv=subdivision, years=year,
                                         language=language)
    except (NotImplementedError, OSError):  # no such subdivision; the names' files missing
        return None


__all__ = ["holidays", "named_holidays"]
