"""`caseapp import` given an encrypted case file or a travel copy in place of an export said
"not UTF-8 text", which told the lawyer nothing of what she had picked; it now says what the
file looks like and what is done with one, in one line (exit 2), nothing imported."""

from __future__ import annotations

from pathlib import Path

from caseapp.services.casefile import CaseFile
from caseapp.services.travel_copy import make_travel_copy
from tests.cli.cli_run import digest, one_line, run
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE


def test_a_travel_copy_given_to_import_is_named_for_what_it_looks_like(
        case_file: CaseFile, tmp_path: Path) -> None:
    case_file.captives.create(names=["Vardanyan Armen"], sensitivity="shareable",
                              consent_publicity=True)
    copy = tmp_path / "trip.db"
    make_travel_copy(case_file, copy, level="shareable", passphrase=TRAVEL_PASSPHRASE)
    path = case_file.db.path
    assert path is not None
    case_file.close()
    before = digest(path)
    code, out, err = run("--lang", "en", "--db", str(path), "import", str(copy))
    assert (code, out) == (2, "") and one_line(err), err
    assert "looks like an encrypted case file or travel copy" in err
    assert "not UTF-8" not in err and digest(path) == before
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 3 + b"\xff")  # not pages of a database
    code, _, err = run("--lang", "en", "--db", str(path), "import", str(noise))
    assert code == 2 and "not UTF-8 text" in err
