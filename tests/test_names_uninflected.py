"""A captive's (or a contact's) name, and a path or a file's name, goes into a Russian or
Armenian sentence as it is written: no sentence puts it where the language would decline it ("из карточки пленного
Эдгар Закарян", "Զաքարյան-ի"). The name stands after a colon, in parentheses, first, or
after an arrow.

Read from the translations as the lead will apply them (tests/applied_translations.py): the
.ts and .po files, overlaid by the deliveries in ``resources/translations/incoming`` in the
order of their names."""

from __future__ import annotations

import re

import pytest

from tests.applied_translations import applied

# (context, source, the placeholder that is a person's name); context None: the documents'
# catalogue (services, command line).
NAMED = [
    ("MainWindow", "Delete %1 and everything recorded about them (orders, hearings they alone "
                   "attend, contacts, documents)? This cannot be undone.", "%1"),
    ("Notifier", "No confirmed news of %1 for %Ln day(s)", "%1"),
    ("Notifier", "No confirmed news of %1 is recorded", "%1"),
    ("Operations", "Undoing “%1” deletes the captive %2 with everything recorded in their file. "
                   "Delete it?", "%2"),
    ("Operations", "Undoing “%1” deletes %2 from the file of %3. Delete it?", "%3"),
    ("MergeCaptivesDialog", "Moves to %1: %2.", "%1"),
    ("MergeCaptivesDialog", "The record of %1 is deleted once everything recorded about them has "
                            "moved. Edit → Undo brings both back as they were.", "%1"),
    ("MergeCaptivesDialog", "Merge %1 into %2", "%2"),
    ("MergeCaptivesDialog", "Merged %1 into %2.", "%2"),
    ("MergeCaptivesDialog", "Keep %1 (%2) and merge %3 (%4) into them. Where the two "
                            "differ, choose the value to keep.", "%1"),
    ("SheetImportDialog", "Merge into %1 (%2)", "%1"),
    ("SheetImportDialog", "Like “%1” (%2; score %3: %4)", "%1"),
    (None, "the captive “{name}” ({facts}; ID {id})", "{name}"),
    ("ContactsView", "Delete %1 from the directory? The advocacy log keeps the interventions "
                     "addressed to them.", "%1"),
    (None, "Document {record_id} is not among the documents of {name} at the {level} level.",
     "{name}"),
    (None, "The family of {name} has not consented to a submission to the Working Group on "
           "Enforced or Involuntary Disappearances: record their consent on the captive "
           "(summary, asks and consent) before drafting it.", "{name}"),
    (None, "The file of {name} (ID {record_id}) is marked {marked}: it cannot go in a travel "
           "copy at the {level} level.", "{name}"),
    (None, "The file of {name} is marked {marked}: it cannot be printed at the {level} level. "
           "Lower the captive's sensitivity first (single fields can stay restricted).", "{name}"),
    (None, "The request needs the facts of the imminent risk to {name}: give them, or "
           "record the captive's health at the {level} level.", "{name}"),
    (None, "The {kind} of {name} (ID {record_id}) cannot become the kept captive's: {reason} "
           "Correct one of the two first; nothing was merged.", "{name}"),
    (None, "Wrote the dossier of {name} at the {level} level to {file} (version {version}).",
     "{name}"),
    (None, "{name} has not consented to publicity (no consent to publicity is recorded): no "
           "public {what} can be made. Record the consent first, or choose the shareable level.",
     "{name}"),
]


# "пленного 17": a number, not a name, follows the word
NUMBERED = {("SheetImportDialog", "captive %1")}


@pytest.fixture(scope="module", params=["ru", "hy"])
def translations(request):
    return request.param, applied(request.param)


def _declined_at(text: str, placeholder: str, lang: str) -> str | None:
    """The words around ``placeholder`` where the language would decline the name, or None."""
    for match in re.finditer(re.escape(placeholder) + r"(?![0-9])", text):
        before, after = text[:match.start()], text[match.end():]
        if lang == "ru" and re.search(r"[А-Яа-яЁё]\s*$", before):
            return text[max(0, match.start() - 25):match.end() + 5]
        if lang == "hy" and re.match(r"-", after):  # "Զաքարյան-ի": a case ending stuck on
            return text[max(0, match.start() - 5):match.end() + 10]
    return None


def test_a_name_is_never_where_the_language_declines_it(translations):
    lang, found = translations
    wrong = []
    for context, source, placeholder in NAMED:
        for text in found[(context, source)]:
            where = _declined_at(text, placeholder, lang)
            if where is not None:
                wrong.append(f"{context or 'catalogue'}: {source[:50]}… → “{where}”")
    assert not wrong, "\n".join(wrong)


def test_no_name_follows_the_word_captive_in_a_case(translations):
    """Wherever it comes from: "пленного %3", "пленному {name}" need an inflected name."""
    lang, found = translations
    if lang != "ru":
        pytest.skip("Armenian puts the name before the noun or in parentheses")
    wrong = [text for key, texts in found.items() if key not in NUMBERED for text in texts
             if re.search(r"\bплен(ного|ной|ному|ным|ном|ных)\s+(%\d|\{name\})", text)]
    assert not wrong, "\n".join(wrong)


# Interface sentences naming a team login (%1); the documents' catalogue: every {login}.
LOGGED_IN = [
    ("TeamConnect", "The server requires a second factor of %1: type the 6-digit code of the "
                    "authenticator app, or one of the recovery codes."),
    ("TeamConnect", "Needs internal clearance: %1 has clearance %2, which adds and edits records "
                    "at or below it, but not this."),
]


def test_a_login_takes_no_armenian_ending() -> None:
    """A login is Latin ("anna.k"): an ending after a hyphen ("anna.k-ը", "anna.k-ի") is not
    Armenian; the sentence declines the word մուտքանուն next to it instead."""
    found = applied("hy")
    keys = [(c, s) for c, s in LOGGED_IN] + [k for k in found if k[0] is None and "{login}" in k[1]]
    assert len(keys) > 15
    wrong = [f"{context or 'catalogue'}: {text}" for context, source in keys
             for text in found[(context, source)]
             if _declined_at(text, "%1" if context else "{login}", "hy")]
    assert not wrong, "\n".join(wrong)


# The documents' catalogue: every one of these placeholders holds a path or a file's name, a
# database or a backup, a login or a row's label ("row 4 (Ани Сароян)"); {source} is a path, or
# a provision of law cited as written ("the three months GC III Art. 103 allows").
PATH_PLACEHOLDERS = ("{file}", "{path}", "{folder}", "{target}", "{source}", "{database}",
                     "{backup}", "{label}", "{who}")
# {name} holds a spreadsheet's file name, a login, a database or a JSON word in these sentences
# (elsewhere it can be a holiday's name, an Armenian word that may take an ending).
NAME_IS_A_FILE_OR_LOGIN = re.compile(
    r"^(\{name\} (is|has|may|owns|was|unpacks)\b|\{name\}: (CaseApp|no column|sheet)|"
    r"Restoring \{name\}|Passphrase of the backup \{name\}|.*: \{name\} is not a number)")
# The window's sentences about a file or a folder named by a placeholder.
FILE_NAMED = [
    ("BackupRestore", "%1 exists already. Replace it with the backup? Everything in it is lost.",
     "%1"),
    ("BackupsDialog", "Verifying %1…", "%1"),
    ("BackupsDialog", "%1 is intact: it opens with the passphrase and every page passes the "
                      "check.", "%1"),
    ("BackupsDialog", "%1 failed the check: %2", "%1"),
    ("CaseFileOpener", "Passphrase for %1:", "%1"),
    ("FilingDialog", "Written to %1:", "%1"),
    ("MainWindow", "%1 already exists. Choose another name.", "%1"),
    ("MainWindow", "%1 has no passphrase recovery set up (there is no key file beside it). "
                   "Without its passphrase nobody can open it.", "%1"),
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?", "%1"),
    ("RecoverPassphraseDialog", "Type the words of %1 different shares of %2, one share in each "
                                "box, then choose a new passphrase. The old passphrase stops "
                                "working; the shares keep working until recovery is set up "
                                "again.", "%2"),
    ("SaveTarget", "%1 is the open case file. Nothing was written: choose another file name.",
     "%1"),
    ("SaveTarget", "%1 is a file kept beside the case file %2. Nothing was written: choose "
                   "another file name.", "%1"),
    ("SaveTarget", "%1 is a copy kept of the case file %2. Nothing was written: choose another "
                   "file name.", "%1"),
    ("SaveTarget", "%1 is inside the backups folder %2. Nothing was written: choose another "
                   "folder.", "%1"),
    ("SheetImport", "Import of %1", "%1"),
    ("TravelCopy", "%1 and its backups will be overwritten and deleted. This cannot be undone.",
     "%1"),
    ("TravelCopy", "%1\n\nDestroy %2 anyway? What it holds cannot be read, nor merged back.",
     "%2"),
    ("TravelCopy", "Travel copy written to %1. Merge it back when you return, then destroy it.",
     "%1"),
    ("TravelCopy", "Exposure report saved to %1.", "%1"),
    ("WipeCountdown", "%1 and its side files will be overwritten and deleted in %2 s. Press Esc "
                      "or Cancel to keep them.", "%1"),
]


def test_a_path_takes_no_armenian_ending() -> None:
    """A path or a file's name ("/home/anna/case.caseapp", "captives.xlsx"), a database, a
    backup, a login, a row's label or a provision cited in Latin takes no Armenian case ending
    ("{file}-ը", "random.ods-ը", "GC III Art. 103-ով" read as part of the name): the placeholder
    stands alone, after the noun it names ("{file} ֆայլը", "%1 թղթապանակում"), after a colon
    or in parentheses."""
    found = applied("hy")
    places = [(key, ph) for key in found if key[0] is None
              for ph in PATH_PLACEHOLDERS if ph in key[1]]
    places += [(key, "{name}") for key in found
               if key[0] is None and NAME_IS_A_FILE_OR_LOGIN.match(key[1])]
    places += [((context, source), ph) for context, source, ph in FILE_NAMED]
    assert len(places) > 150
    wrong = [f"{key[0] or 'catalogue'}: {key[1][:50]}… → “{where}”" for key, ph in places
             for text in found[key] if (where := _declined_at(text, ph, "hy")) is not None]
    assert not wrong, "\n".join(wrong)


# A closing quote («…», “…”, "…") with a case ending stuck on after a hyphen: «{title}»-ի,
# «%1»-ով, «Ժամկետներ»-ում.
QUOTE_ENDING = re.compile(r'[»”"]-[\u0531-\u0587]')
# Placeholders that hold a title (a document's, a deadline's, a rule's), quoted or not.
TITLE_ENDING = re.compile(r"\{(title|subject|rule|setting|document)\}»?-[\u0531-\u0587]")


def test_a_quoted_title_takes_no_armenian_ending() -> None:
    """A title, a value or a name in quotation marks (a document's title, what the user typed,
    a menu's name: «{title}», «%1», «Ժամկետներ») takes no case ending after its closing quote
    ("«{title}»-ի", "«%1»-ով" read as part of the title): the noun after it takes the ending
    («{title}» փաստաթղթի, «%1» արժեքը, «Ժամկետներ» բաժնում), or the title stands after a
    colon; in the window's sentences and the messages' alike."""
    found = applied("hy")
    assert len(found) > 3000
    wrong = [f"{context or 'catalogue'}: {source[:50]}… → “{text}”"
             for (context, source), forms in found.items() for text in forms
             if QUOTE_ENDING.search(text) or TITLE_ENDING.search(text)]
    assert not wrong, "\n".join(wrong)



# The documents' catalogue: these placeholders hold a number ({row}, {count}, {threshold},
# {size}), a time of day ({time}, {cutoff}, {opens}), what the user typed ({value}, {text}), a
# code or a Latin word (a setting's key, a table's name, an environment variable, a time zone,
# a schema version), a date written as ISO text ({trigger}) or a captive's name ({keep},
# {existing}, {other}). A date written out in Armenian ("2021 թ. փետրվարի 3") takes its ending
# after a hyphen as Armenian writes it ("…3-ից", tests/cli/test_captive_show_lines.py); {what}
# and {field} hold one of our own nouns ("the ECHR application pack", a field's label), whose
# ending caseapp.domain.armenian_endings joins to the word.
NOT_NOUNS = ("{before}", "{byte}", "{count}", "{cutoff}", "{done}", "{existing}", "{id}",
             "{index}", "{keep}", "{key}", "{limit}", "{line}", "{low}", "{most}", "{n}",
             "{next}", "{number}", "{old}", "{opens}", "{other}", "{parent}", "{procedure}",
             "{row}", "{rows}", "{shares}", "{size}", "{table}", "{text}", "{threshold}",
             "{time}", "{total}", "{trigger}", "{value}", "{variable}", "{zone}")
# A day written as ISO text ("0001-01-01") where elsewhere {day} is written out.
ISO_DAY = [(None, "There is no daily log of {day}: deadlines are kept for the years {first} "
                  "to {last}.", "{day}")]
# The window's sentences whose %1… holds a count ("the first 50", "12 of 340"), a version, a
# folder or a web address, a value typed in the settings or an environment variable, the names
# of a letter's empty fields, a captive's name or a place of detention.
QT_NOT_NOUNS = [
    ("AboutDialog", "Qt %1 and PySide6 %2 are used under the GNU Lesser General Public License, "
                    "version 3 (LGPL-3.0), as shared libraries that CaseApp loads when it "
                    "starts. They are in %3. You may replace them with your own build of the "
                    "same versions, with the same file names; their source code is at %4 and "
                    "%5.", "%1 %2 %3 %4 %5"),
    ("CaptivePicker", "The first %1 of %Ln match(es): type more of the name.", "%1"),
    ("CaptivesView", "%1 of %2", "%1 %2"),
    ("ViewsCommon", "%1 of %2", "%1 %2"),
    ("LawyerDialog", "Left empty, %1 is used (from %2).", "%1 %2"),
    ("LetterDialog", "Fill in %1 first: the letter is not made with a hole in it.", "%1"),
    ("MainWindow", "%1 (%2) like %3 (%4)", "%1 %3"),
    ("RecoverySetupDialog", "Any %1 of the %2 shares together open the case file and set a new "
                            "passphrase. Keep this page somewhere safe, away from the computer; "
                            "do not copy, photograph or type it anywhere except into CaseApp "
                            "when asked to recover the passphrase.", "%1 %2"),
    ("RecoverySetupDialog", "CaseApp passphrase recovery: share %1 of %2", "%1 %2"),
    ("RecoverySetupDialog", "Share %1 of %2: any %3 of the %2 open the case file.", "%1 %2 %3"),
    ("StatusOffer", "The stay at %3 ended on %1 and no later place of detention is recorded: "
                    "this suggests the status %2.", "%3"),
    ("TravelCopyDialog", "Captives at this level or below who consented to publicity: %1 of "
                         "%2.", "%1 %2"),
    ("TravelCopyDialog", "Captives at this level or below: %1 of %2.", "%1 %2"),
]


def test_a_number_a_code_or_a_typed_value_takes_no_armenian_ending() -> None:
    """A number used as a noun or an ordinal ("400-ը", "1-րդ տող": the first is "1-ին"), what
    the user typed ("'abc'-ը"), a code or a Latin word ("procedure-ը", "Asia/Baku-ում", "6.8.1-ը"),
    an ISO date ("2026-03-04-ից") or a name takes no case ending after a hyphen: a noun takes it
    ("թիվ {row} տողում", "{value} արժեքը", "{key} կարգավորումը", "{total} բաժնից ցանկացած
    {threshold} բաժին"), or the value stands after a colon or in parentheses ("%1 (ընդամենը՝
    %2)"); in the window's sentences and the messages' alike."""
    found = applied("hy")
    places = [(key, ph) for key in found if key[0] is None for ph in NOT_NOUNS if ph in key[1]]
    places += [((context, source), ph) for context, source, ph in ISO_DAY]
    places += [((context, source), ph) for context, source, phs in QT_NOT_NOUNS
               for ph in phs.split()]
    assert len(places) > 400
    wrong = [f"{key[0] or 'catalogue'}: {key[1][:50]}… → “{where}”" for key, ph in places
             for text in found[key] if (where := _declined_at(text, ph, "hy")) is not None]
    assert not wrong, "\n".join(wrong)


def test_a_path_in_the_reports_armenian_texts_takes_no_ending() -> None:
    """The documents' own texts (caseapp/reports/texts/hy.py, not in the catalogues above): a
    file's or a path's placeholder takes no Armenian case ending ("{source}-ի աուդիտի
    մատյանից" in the seizure exposure report)."""
    from caseapp.reports.texts import hy

    wrong = [f"{key}: {text[:60]}…" for key, text in hy.TEXTS.items()
             if isinstance(text, str) and re.search(
                 r"\{(source|file|path|backup|folder|database|login)\}-[\u0531-\u0587]",
                 text)]
    assert not wrong, "\n".join(wrong)
