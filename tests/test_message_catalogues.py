"""The messages of the services, the domain and the command line reach the user in Armenian and
Russian: every msg()/msg_n() text is written literally (so the catalogue tool sees it), every
one is translated in both catalogues with the same placeholders, and the compiled .mo files are
those of the .po files."""

from __future__ import annotations

import ast
import io
import re
from datetime import date
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo

from caseapp import message_catalogues as mc
from caseapp.domain import messages
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg, msg_n

PACKAGE = Path(mc.__file__).parent
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}")


def _calls():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("msg", "msg_n"):
                yield path, node


def test_every_message_text_is_written_literally():
    bad = []
    for path, call in _calls():
        texts = call.args[:1] if call.func.id == "msg" else call.args[:2]
        contexts = [k.value for k in call.keywords if k.arg == "context"]
        if len(texts) < (1 if call.func.id == "msg" else 2) or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str)
                for a in (*texts, *contexts)):
            bad.append(f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    assert not bad, "msg()/msg_n() texts must be literal strings (the catalogue tool reads them): " \
        + ", ".join(bad)


@pytest.mark.parametrize("lang", mc.LANGUAGES)
def test_every_message_in_the_code_is_translated(lang):
    catalogue = mc.load(lang)
    missing = []
    for (text, context), places in mc.extracted().items():
        source = mc.plain(text)
        entry = catalogue.get(source, context=context)
        strings = () if entry is None else (
            entry.string if isinstance(entry.string, tuple | list) else (entry.string,))
        if entry is None or not strings or not all(strings) or entry.fuzzy:
            missing.append(f"{places[0][0]}:{places[0][1]}: {source!r}"
                           + (f" (context {context!r})" if context else ""))
    assert not missing, f"{len(missing)} message(s) without a {lang} translation " \
        "(python -m caseapp.message_catalogues update, then apply a delivery):\n" \
        + "\n".join(missing[:40])


def test_a_document_only_catalogue_holds_translations_only():
    # French (a language of the documents only) keeps just what a French document prints:
    # every entry translated, none left empty for the code's other messages
    for lang in mc.DOCUMENT_ONLY:
        entries = [m for m in mc.load(lang) if m.id]
        assert entries and all(m.string for m in entries), lang
        assert len(entries) < len(mc.extracted()) // 10, lang


@pytest.mark.parametrize("lang", (*mc.LANGUAGES, *mc.DOCUMENT_ONLY))
def test_translations_fill_the_same_placeholders(lang):
    wrong = []
    for entry in mc.load(lang):
        if not entry.id:
            continue
        sources = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        known = set().union(*(PLACEHOLDER.findall(s) for s in sources)) | (
            {"count"} if isinstance(entry.id, tuple) else set())
        strings = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
        for text in strings:
            if not text:
                continue
            used = set(PLACEHOLDER.findall(text))
            # a plural form may leave the number out ("Один пленный…"), never invent a value
            if used - known or (not isinstance(entry.id, tuple) and used != known):
                wrong.append(f"{sources[0]!r} → {text!r}")
    assert not wrong, "placeholders differ from the English:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", (*mc.LANGUAGES, *mc.DOCUMENT_ONLY))
def test_compiled_catalogues_are_those_of_the_po_files(lang):
    compiled = io.BytesIO()
    write_mo(compiled, mc.load(lang), use_fuzzy=False)
    assert mc.catalogue_path(lang, ".mo").read_bytes() == compiled.getvalue(), \
        f"{lang}.mo is out of date: run python -m caseapp.message_catalogues update"


def test_a_value_is_never_read_as_a_template():
    # a hostile name holding a placeholder of the message itself stays as written
    text = msg("No captive is called {name}.", name="{name} {0} {__class__}").render("en")
    assert text == "No captive is called {name} {0} {__class__}."


def test_dates_are_written_as_each_language_writes_them():
    message = msg("Due on {day}.", day=date(2026, 12, 1))
    assert message.render("en") == "Due on 1\u00a0Dec\u00a02026."  # CLDR keeps the date together
    # not in the catalogue: the English text, with the date as the language writes it
    assert message.render("ru") == "Due on 01.12.2026."


def test_a_stored_message_renders_the_same_after_a_round_trip():
    inner = msg("the order of {day}", day=date(2026, 3, 4))
    outer = msg_n("{count} day after {what}", "{count} days after {what}", 5, what=inner)
    again = Message.from_dict(outer.as_dict())
    assert again == outer
    assert again.render("en") == "5 days after the order of 4\u00a0Mar\u00a02026"


def test_errors_show_their_message_in_the_chosen_language(monkeypatch):
    error = ValidationError(msg("Due on {day}.", day=date(2026, 12, 1)), field="due")
    monkeypatch.setattr(messages, "_language", ["en"])
    assert str(error) == "Due on 1\u00a0Dec\u00a02026."
    assert error.field == "due"
    messages.set_language("xx")  # a language CaseApp does not speak: English
    assert messages.current_language() == "en"


def _first_plural(lang):
    for entry in mc.load(lang):
        if isinstance(entry.id, tuple) and all(entry.string):
            return entry
    pytest.skip(f"no plural message in the {lang} catalogue yet")


def test_russian_plural_forms_follow_the_number():
    entry = _first_plural("ru")
    one, few, many = entry.string
    forms = {n: _plural(entry, n, "ru") for n in (1, 2, 5, 21, 11)}
    # 1 and 21 take the "one" form, 2 the "few" form, 5 and 11 the "many" form
    assert forms[1] == one.format_map({"count": "1"} | _blank(one))
    assert forms[21] == one.format_map({"count": "21"} | _blank(one))
    assert forms[2] == few.format_map({"count": "2"} | _blank(few))
    assert forms[5] == many.format_map({"count": "5"} | _blank(many))
    assert forms[11] == many.format_map({"count": "11"} | _blank(many))


def test_armenian_plural_forms_follow_the_number():
    entry = _first_plural("hy")
    one, other = entry.string
    forms = {n: _plural(entry, n, "hy") for n in (1, 2, 5, 21)}
    assert forms[1] == one.format_map({"count": "1"} | _blank(one))
    for n in (2, 5, 21):
        assert forms[n] == other.format_map({"count": str(n)} | _blank(other))


def _plural(entry, count, lang):
    blanks = {name: "" for text in entry.id for name in PLACEHOLDER.findall(text) if name != "count"}
    return Message(entry.id[0], tuple(blanks.items()), entry.id[1], count).render(lang)


def _blank(text):
    return {name: "" for name in PLACEHOLDER.findall(text) if name != "count"}


def test_a_long_list_of_values_is_stored_flat_and_reads_the_same():
    from caseapp.domain.messages import Listed
    from caseapp.services.row_validation import MAX_JSON_DEPTH, json_depth
    # a roll over thirty closed days (a long court recess) names every one of them
    days = Listed(tuple(msg("{day}: {reason}", day=date(2026, 7, n), reason=msg("weekend"))
                        for n in range(1, 31)))
    step = msg("also not working days: {skipped}", skipped=days)
    stored = step.as_dict()
    assert json_depth([stored]) <= MAX_JSON_DEPTH
    again = Message.from_dict(stored)
    assert again == step
    text = again.render("en")
    assert text.startswith("also not working days: 1\u00a0Jul\u00a02026: weekend; 2\u00a0Jul")
    assert text.count("; ") == 29


def test_a_context_tells_two_meanings_of_one_english_word_apart(tmp_path, monkeypatch):
    import gettext
    import json

    monkeypatch.setattr(mc, "catalogue_path",
                        lambda lang, suffix=".po": tmp_path / f"{lang}{suffix}")
    delivery = tmp_path / "branch.messages.json"
    delivery.write_text(json.dumps([
        {"source": "Name", "hy": "Անուն", "ru": "Имя"},
        {"source": "Name", "context": "organisation", "hy": "Անվանում", "ru": "Название"},
        {"source": "{count} member", "plural": "{count} members", "context": "organisation",
         "hy": ["{count} անդամ", "{count} անդամ"],
         "ru": ["{count} член", "{count} члена", "{count} членов"]},
    ], ensure_ascii=False), encoding="utf-8")
    # an interface delivery (GUI strings carry the class as their context): not a message
    interface = tmp_path / "branch.json"
    interface.write_text(json.dumps([{"context": "MainWindow", "source": "Name", "ru": "Х"}]),
                         encoding="utf-8")
    assert mc.apply([delivery, interface]) == 6  # three entries, two languages each
    catalogues = {lang: gettext.GNUTranslations((tmp_path / f"{lang}.mo").open("rb"))
                  for lang in mc.LANGUAGES}
    monkeypatch.setattr(messages, "_catalogue",
                        lambda lang: catalogues.get(lang, gettext.NullTranslations()))
    assert msg("Name").render("ru") == "Имя"
    assert msg("Name", context="organisation").render("ru") == "Название"
    assert msg("Name", context="organisation").render("hy") == "Անվանում"
    assert msg("Name", context="tag").render("ru") == "Name"  # no such entry: the English
    assert msg("Name", context="organisation").render("en") == "Name"
    members = msg_n("{count} member", "{count} members", 3, context="organisation")
    assert members.render("ru") == "3 члена"
    assert Message.from_dict(members.as_dict()) == members


def test_the_catalogue_tool_reads_a_context_given_at_the_call(tmp_path):
    source = tmp_path / "example.py"
    source.write_text('from caseapp.domain.messages import msg, msg_n\n'
                      'a = msg("Name", context="organisation")\n'
                      'b = msg("Name", name="context")\n'  # a value, not a context
                      'c = msg_n("{count} row", "{count} rows", 2, context="sheet", x="y")\n',
                      encoding="utf-8")
    with source.open("rb") as handle:
        found = [(line, texts) for line, _name, texts, _comments in
                 mc.extract_calls(handle, mc.KEYWORDS.keys(), (), {})]
    assert sorted(found) == [(2, ("Name", "organisation")), (3, ("Name", None)),
                             (4, ("{count} row", "{count} rows", "sheet"))]
