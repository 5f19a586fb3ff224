"""Messages the services, the domain and the command line give the user, in her language.

A message is made where it arises as its English text with named placeholders and the values
that fill them, never as a finished English sentence::

    raise ValidationError(msg("The hearing on {day} is before the case was opened.", day=day))
    notice = msg_n("{count} captive was skipped.", "{count} captives were skipped.", skipped)

and becomes text only when shown: ``str(message)`` in the language chosen with
:func:`set_language` (the command line's ``--lang``/``LANG``, the app's language setting),
``message.render("ru")`` in a given one. The English text is the message's id in the
gettext catalogues ``resources/translations/messages/<lang>.po`` (compiled to ``.mo``);
``python -m caseapp.message_catalogues update`` finds every ``msg``/``msg_n`` call in the code
(so the text must be written literally at the call, never built or put in an f-string), and a
test fails while any of them lacks an Armenian or Russian translation.

Values are shown as the language writes them: a date as CLDR's day-month-year of that language
("1 Dec 2026", "01.12.2026"), a :class:`WeekdayDate` with its weekday, a message inside a
message in the same language, a :class:`Translated` text (a rule file's) in that language;
a :class:`Number` grouped as the language groups digits ("2,130", "2 130"); anything else as
``str(value)``. A value is never read as a template, so a name holding "{day}" stays intact.

Numbers: the ``count`` of :func:`msg_n` is a quantity and is grouped by the language ("2,130
days", "2 130 дней"); any other number is shown as written ("ID 2130", "the year 2026",
"rule version 10000") unless it is wrapped in :class:`Number`, which says "this is a quantity".
An ``int`` value is never grouped on its own, because ids, years, versions and row numbers are
ints too and grouping them would misprint them.

Context: one English word can mean two things ("Name" of a person, "Name" of an organisation)
and need two translations. ``msg("Name", context="organisation")`` is a different catalogue
entry (gettext's ``msgctxt``) from ``msg("Name")``; the context is a literal at the call too.
"""

from __future__ import annotations

import gettext
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from caseapp.domain.armenian_endings import attach_endings

LANGUAGES = ("en", "hy", "ru")
_language = ["en"]


def set_language(lang: str) -> str:
    """Show messages in ``lang`` from now on (English if CaseApp does not speak it)."""
    _language[0] = lang if lang in LANGUAGES else "en"
    return _language[0]


def current_language() -> str:
    return _language[0]


@dataclass(frozen=True, slots=True)
class Message:
    """English ``text`` (the id) with ``{name}`` placeholders, the ``values`` that fill them,
    and for a sentence about a number, its English ``plural`` and the ``count``."""

    text: str
    values: tuple[tuple[str, object], ...] = ()
    plural: str | None = None
    count: int | None = None
    context: str | None = None  # gettext's msgctxt: which meaning of a short English text

    def render(self, lang: str | None = None) -> str:
        lang = lang or _language[0]
        catalogue = _catalogue(lang)
        if self.plural is not None and self.count is not None:
            template = (catalogue.ngettext(self.text, self.plural, self.count)
                        if self.context is None else
                        catalogue.npgettext(self.context, self.text, self.plural, self.count))
        else:
            template = (catalogue.gettext(self.text) if self.context is None
                        else catalogue.pgettext(self.context, self.text))
        values = {name: _shown(value, lang) for name, value in self.values}
        if self.count is not None:
            values.setdefault("count", _shown(Number(self.count), lang))
        filled = _filled(template, values)
        if filled is None:  # a broken translation: the English still reads
            english = _filled(self.text, values) if template != self.text else None
            return self.text if english is None else english
        return attach_endings(filled) if lang == "hy" else filled

    def __str__(self) -> str:
        return self.render()

    def as_dict(self) -> dict[str, object]:
        """The message as JSON can hold it (dates as ISO text), for rendering later."""
        out: dict[str, object] = {"text": self.text,
                                  "values": {k: _stored(v) for k, v in self.values}}
        if self.plural is not None:
            out["plural"], out["count"] = self.plural, self.count
        if self.context is not None:
            out["context"] = self.context
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Message:
        values = data.get("values") or {}
        assert isinstance(values, Mapping)
        count = data.get("count")
        plural = data.get("plural")
        context = data.get("context")
        return cls(str(data["text"]), tuple((str(k), _loaded(v)) for k, v in values.items()),
                   str(plural) if plural is not None else None,
                   int(count) if isinstance(count, int | str) else None,
                   str(context) if context is not None else None)


@dataclass(frozen=True, slots=True)
class WeekdayDate:
    """A date shown with its weekday, as CLDR writes both in each language: as a table does
    ("Mon, 4 Mar 2024", "пн, 04.03.2024", "4.03.2024, երկ"), or ``full`` as a sentence does
    ("Monday, 4 March 2024", "понедельник, 4 марта 2024 г.")."""

    day: date
    full: bool = False


@dataclass(frozen=True, slots=True)
class Translated:
    """A text that data gives in several languages (a rule file's title or label), not the
    catalogue: ``(("en", "Term (months)"), ("ru", "Срок (месяцев)"))``; English where a
    language is missing."""

    texts: tuple[tuple[str, str], ...]

    def render(self, lang: str | None = None) -> str:
        lang = lang or _language[0]
        found = dict(self.texts)
        return found.get(lang) or found.get("en") or next(iter(found.values()), "")

    def __str__(self) -> str:
        return self.render()


# French (a language of the documents) puts a no-break space inside its guillemets.
_QUOTES = {"hy": ("«", "»"), "ru": ("«", "»"), "fr": ("«\u00a0", "\u00a0»")}


def in_quotes(text: str, lang: str | None = None) -> str:
    """``text`` in the quotation marks of ``lang`` (the current language): “a”, «a»."""
    before, after = _QUOTES.get(lang or _language[0], ("“", "”"))
    return f"{before}{text}{after}"


def quoted(text: Translated) -> Translated:
    """``text`` in each language's quotation marks, for the middle of a sentence ("recorded
    as “Civilian”", "по правилу «Истечение срока…»")."""
    return Translated(tuple((lang, value.join(_QUOTES.get(lang, ("“", "”"))))
                            for lang, value in text.texts))


def quoted_each(items: Iterable[str]) -> Translated:
    """``items`` each in each language's quotation marks, one after another with commas
    ("“a”, “b”", "«a», «b»"): names of columns or sheets said in a sentence."""
    kept = tuple(items)
    return Translated(tuple((lang, ", ".join(in_quotes(item, lang) for item in kept))
                            for lang in ("en", "hy", "ru", "fr")))


@dataclass(frozen=True, slots=True)
class Number:
    """A quantity among a message's values, grouped as the language groups digits ("2,130
    words", "2 130 слов"; a fraction with the language's decimal mark, "1,5"). Ids, years and
    versions are passed as plain ints and never grouped."""

    value: int | float


@dataclass(frozen=True, slots=True)
class Listed:
    """Several values shown one after another, "a; b; c" (each as the language writes it,
    between them :func:`list_separator`), stored flat however many there are."""

    items: tuple[object, ...]


# Between the items of a list whose items may hold commas (a status "held, no charges
# known", a place): the semicolon, which Armenian writes as its mijaket (U+2024, as the
# catalogue writes it), never the Latin ";".
_LIST_SEPARATORS = {"hy": "\u2024 "}


def list_separator(lang: str | None = None) -> str:
    """What stands between the items of a list in ``lang`` (the current language): "; ",
    in Armenian "․ "."""
    return _LIST_SEPARATORS.get(lang or _language[0], "; ")


def msg(text: str, /, *, context: str | None = None, **values: object) -> Message:
    """A message: ``text`` written literally, in English, with ``{name}`` placeholders;
    ``context`` (a literal too) tells apart two meanings of the same English text."""
    return Message(text, tuple(values.items()), context=context)


def msg_n(singular: str, plural: str, count: int, /, *, context: str | None = None,
          **values: object) -> Message:
    """A message about ``count`` things; ``{count}`` in either text is the number, grouped as
    the language groups digits."""
    return Message(singular, tuple(values.items()), plural, count, context)


def written_from(text: str | None, make: Callable[[str], Message]) -> bool:
    """Whether ``text`` is ``make(value)`` as written in one of the languages, for whatever
    value (a status reason or a note CaseApp wrote, recognised in any language and for any day,
    as the day may have been edited since). ``make`` takes its one value as a string."""
    if not text:
        return False
    return any(
        text.startswith(before) and text.endswith(after) and len(text) > len(before) + len(after)
        for before, after in written_frames(make))


@cache
def written_frames(make: Callable[[str], Message]) -> tuple[tuple[str, str], ...]:
    """The text of ``make``'s message before and after its value, in each language (what
    :func:`written_from` looks for)."""
    mark = "\x00"
    return tuple((before, after) for before, _mark, after in
                 (make(mark).render(lang).partition(mark) for lang in LANGUAGES))


def fraction_everywhere(value: float) -> Translated:
    """A fraction with two decimals as each language writes it (0.93, 0,93; a score of one
    1.00), for a message's value: a likely duplicate's score."""
    from caseapp.domain.cldr import format_fraction  # Babel only once a score is shown

    return Translated(tuple((lang, format_fraction(value, lang)) for lang in LANGUAGES))


def text_of(value: object, lang: str | None = None) -> str:
    """``value`` as shown to the user: a message rendered, anything else as text."""
    if isinstance(value, Message | Translated):
        return value.render(lang)
    render = getattr(value, "render", None)  # a stored text of lines (stored_messages)
    return str(render(lang)) if isinstance(value, str) and callable(render) else str(value)


def _filled(template: str, values: Mapping[str, str]) -> str | None:
    """``template`` with its placeholders filled from ``values``, or None where it has one
    that is not a plain ``{name}`` among them. A message read back from a file (an imported
    record's text that reads as one CaseApp stored) may name a value it lacks, an attribute
    (``{day.year}``), an index or a format (``{day:>999999999}``, a gigabyte of spaces): such
    a text is not filled, never raising and never growing beyond what it says."""
    if not _plain_fields(template).issubset(values):
        return None
    return template.format_map(values)


@lru_cache(maxsize=4096)
def _plain_fields(template: str) -> frozenset[str]:
    """The names of ``template``'s placeholders, all of them plain ``{name}``s; a name no
    mapping holds (a space) where one is not, or the template cannot be parsed."""
    names = set()
    try:
        for _literal, field, spec, conversion in _FORMATTER.parse(template):
            if field is None:
                continue
            if spec or conversion or not field.isidentifier():
                return _NEVER_FILLED
            names.add(field)
    except ValueError:  # a lone brace
        return _NEVER_FILLED
    return frozenset(names)


_FORMATTER = string.Formatter()
_NEVER_FILLED = frozenset({" "})


def _shown(value: object, lang: str) -> str:
    if isinstance(value, Listed):
        return list_separator(lang).join(_shown(item, lang) for item in value.items)
    if isinstance(value, Message | Translated):
        return value.render(lang)
    if isinstance(value, Number):
        from caseapp.domain.cldr import format_number
        return format_number(value.value, lang)
    if isinstance(value, WeekdayDate):
        from caseapp.domain.cldr import format_date_full, format_date_weekday
        return (format_date_full if value.full else format_date_weekday)(value.day, lang)
    if isinstance(value, datetime):
        from caseapp.domain.cldr import format_datetime  # Babel only once a date is shown
        return format_datetime(value, lang)
    if isinstance(value, date):
        from caseapp.domain.cldr import format_date_short
        return format_date_short(value, lang)
    return str(value)


def _stored(value: object) -> object:
    if isinstance(value, Listed):
        return {"listed": [_stored(item) for item in value.items]}
    if isinstance(value, Message):
        return {"message": value.as_dict()}
    if isinstance(value, Translated):
        return {"texts": dict(value.texts)}
    if isinstance(value, Number):
        return {"number": value.value}
    if isinstance(value, WeekdayDate):
        return {"weekday_date": value.day.isoformat()}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value if isinstance(value, int | float | bool) or value is None else str(value)


def _loaded(value: object) -> object:
    if isinstance(value, Mapping):
        if isinstance(value.get("listed"), list):
            return Listed(tuple(_loaded(item) for item in value["listed"]))
        if "message" in value and isinstance(value["message"], Mapping):
            return Message.from_dict(value["message"])
        if isinstance(value.get("texts"), Mapping):
            return Translated(tuple((str(k), str(v)) for k, v in value["texts"].items()))
        if isinstance(value.get("number"), int | float) and not isinstance(value["number"], bool):
            return Number(value["number"])
        if "weekday_date" in value:
            return WeekdayDate(date.fromisoformat(str(value["weekday_date"])))
        if "datetime" in value:
            return datetime.fromisoformat(str(value["datetime"]))
        if "date" in value:
            return date.fromisoformat(str(value["date"]))
    return value


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    from caseapp.resources import resource
    path = resource("translations", "messages", f"{lang}.mo")
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()


def reload_catalogues() -> None:
    """Forget loaded catalogues (after ``message_catalogues`` rewrote them)."""
    _catalogue.cache_clear()
