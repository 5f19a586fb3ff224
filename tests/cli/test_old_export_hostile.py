"""An old export spoilt on its way (cut short, a value of the wrong type, a format from the
future, a size claiming 2 GB) and one imported twice: ``caseapp import`` says what is wrong
in one line, exits with 2 and leaves the case file as it was; the second import of the same
file adds nothing."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_run import digest, one_line, run

LATEST = Path(__file__).parents[1] / "fixtures" / "old_exports" / "schema-0015-48dc15b-hy.json.gz"


def _raw() -> bytes:
    return gzip.decompress(LATEST.read_bytes())


def _changed(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = json.loads(_raw())
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


def _set(table: str, index: int, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["tables"][table][index][field] = value
    return change


def _version(data: dict[str, Any]) -> None:
    data["format_version"] = 2


HOSTILE = {
    "cut short": (lambda: _raw()[: len(_raw()) // 2], "is cut short: its JSON stops in the middle (line"),
    "consent not true or false": (
        lambda: _changed(_set("captives", 3, "consent_publicity", "yes")),
        "captives, record 4 (uid "),
    "a date as a number": (lambda: _changed(_set("hearings", 0, "starts_at", 20240101)),
                           "hearings, record 1 (uid "),
    "a format from the future": (lambda: _changed(_version),
                                 "is in export format 2; this CaseApp reads format 1"),
    "a size of 2 GB": (lambda: _changed(_set("documents", 0, "size", 2**31)),
                       "field “size”: 2147483648 is too large to be kept (the limit is "
                       "2,147,483,647)"),
    "a size of 1 MB for 810 bytes": (
        lambda: _changed(_set("documents", 0, "size", 2**20)),
        "field “size”: says 1,048,576, but the document's content is 810 bytes long"),
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "case.caseapp"
    assert run("init", "--no-encrypt", "--db", str(path), "--lang", "en")[0] == 0
    return path


@pytest.mark.parametrize("name", HOSTILE)
def test_a_spoilt_old_export_is_refused_whole(name: str, db: Path, tmp_path: Path) -> None:
    make, said = HOSTILE[name]
    spoilt = tmp_path / "spoilt.json"
    spoilt.write_bytes(make())
    before = digest(db)
    code, out, err = run("import", "--db", str(db), "--lang", "en", str(spoilt))
    assert (code, out) == (2, "") and one_line(err), err
    assert said in err
    assert digest(db) == before


def test_the_same_old_export_imported_twice_adds_nothing_the_second_time(
        db: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_bytes(_raw())
    captives = len(json.loads(_raw())["tables"]["captives"])
    assert run("import", "--db", str(db), "--lang", "en", str(path))[0] == 0
    code, out, err = run("import", "--db", str(db), "--lang", "en", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("Nothing to add: every record in the file is already in the case file.")
    code, out, _ = run("check", "--db", str(db), "--lang", "en")
    assert code == 0 and f"{captives} captives" in out and "No problems found." in out


def test_an_old_export_still_gzipped_imports_as_the_unpacked_one(db: Path, tmp_path: Path) -> None:
    """The exports of tests/fixtures/old_exports are kept gzipped, as a colleague may send one:
    imported as they are (it said “not UTF-8 text”), the records arrive as from the unpacked
    file, and importing the unpacked file afterwards adds nothing."""
    code, out, err = run("import", "--db", str(db), "--lang", "en", str(LATEST))
    assert (code, err) == (0, ""), err
    assert out.startswith("Added 3,479 records: ")
    unpacked = tmp_path / "old.json"
    unpacked.write_bytes(_raw())
    code, out, err = run("import", "--db", str(db), "--lang", "en", str(unpacked))
    assert (code, err) == (0, "")
    assert out.startswith("Nothing to add") and "holds it otherwise" not in out
