"""The installable bundle, built as a user gets it and run as a user runs it.

Marked ``bundle`` (deselected by default; ``.ci/run`` runs it as its own step):
``uv run pytest -m bundle tests/packaging``. The module builds the committed HEAD from a
clean clone with the command of docs/packaging.md (minutes), deletes the clone, then runs
the built executable from a temporary folder with a clean environment (only HOME, a
system PATH and a UTF-8 locale) under strace, and checks that no process ever names a
path in the clone, the source tree, its .venv or any Python installation.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tarfile
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests.packaging.bundle_tools import (
    APP_ID,
    REPO,
    Built,
    Run,
    built_once_for_the_run,
    bundled_modules,
    clean_env,
    dev_only_modules,
    forbidden_roots,
    run,
)

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(shutil.which("strace") is None, reason="strace is needed to watch the bundle's file access"),
]

ARMENIAN = re.compile(r"[\u0531-\u0556\u0561-\u0587]")
# A captive who is not in the demo, with letters of the whole Armenian alphabet's range
# (Ֆ, Ղ, Օ, ջ) and a hyphenated surname, imported into an encrypted case file.
OUTSIDER = "Ֆելիքս Ղուկասյան-Օհանջանյան"
PASSPHRASE = "dzyun-gorc-trichq-hayastan 2026"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    result = built_once_for_the_run(tmp_path_factory.getbasetemp())  # one build, every worker
    print(f"\nThe bundle was built from a clean clone in {result.seconds:.0f} s; "
          f"{_size_mb(result.bundle):.0f} MB unpacked, {result.tarball.stat().st_size / 2**20:.0f} MB as "
          f"{result.tarball.name}.")
    return result


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the bundle runs in, with a HOME of its own: nothing of the user's."""
    folder = tmp_path_factory.mktemp("bundle-run")
    (folder / "home").mkdir()
    return folder


@pytest.fixture(scope="module")
def caseapp(built: Built, place: Path) -> Callable[..., Run]:
    def run_bundle(*args: str, ok: bool = True, **env: str) -> Run:
        result = run(built.bundle / "caseapp", list(args), env=clean_env(place / "home", **env), cwd=place)
        if ok:
            assert result.returncode == 0, f"caseapp {' '.join(args)}: {result.stderr}"
        assert_no_source_access(built, result, f"caseapp {' '.join(args)}")
        return result
    return run_bundle


@pytest.fixture(scope="module")
def demo(caseapp: Callable[..., Run], place: Path) -> Path:
    caseapp("demo", "--db", "demo.db")
    return place / "demo.db"


def assert_no_source_access(built: Built, result: Run, what: str) -> None:
    roots = forbidden_roots(built)
    reached = sorted({p for p in result.paths for root in roots if p == root or p.startswith(root + "/")})
    assert not reached, f"{what} named files outside the bundle: {reached[:10]}"


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def test_version_names_the_release_the_schema_qt_and_sqlcipher(caseapp: Callable[..., Run]) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    # The newest revision file's number: 0008_order_expiry_source.py and so on.
    newest = max(p.name[:4] for p in (REPO / "caseapp/db/migrations/versions").glob("[0-9]*.py"))
    lines = caseapp("--version").stdout.splitlines()
    assert lines[0] == f"CaseApp {version} (bundle)"
    assert lines[1] == f"Case file schema revision {newest}"
    assert re.fullmatch(r"Qt 6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", lines[2])
    assert re.fullmatch(r"SQLCipher 4\.\d+\.\d+ community \(SQLite 3\.\d+\.\d+\)", lines[3])


def test_an_encrypted_case_file_and_a_shareable_dossier_in_armenian(
        caseapp: Callable[..., Run], built: Built, place: Path) -> None:
    caseapp("init", "--db", "mine.db", CASEAPP_PASSPHRASE=PASSPHRASE)
    assert not (place / "mine.db").read_bytes().startswith(b"SQLite format 3"), "not encrypted"
    uid = "0b5e1d1a-5a3c-4f7e-9a51-3d2f0c1e7a10"
    (place / "one.json").write_text(json.dumps({
        "format": "caseapp-export", "format_version": 1,
        "tables": {
            "captives": [{"uid": uid, "status": "held", "sensitivity": "public", "capture_date": "2024-03-05",
                          "summary": "Bundle test record"}],
            "captive_names": [{"captive_uid": uid, "full_name": OUTSIDER, "script": "Armn", "language": "hy",
                               "kind": "native", "is_primary": True,
                               "uid": "6c1f4e2b-8d7a-4b3c-9e5f-2a1d0c9b8e77"}]}},
        ensure_ascii=False), encoding="utf-8")
    caseapp("import", "one.json", "--db", "mine.db", CASEAPP_PASSPHRASE=PASSPHRASE)
    dossier = caseapp("dossier", "1", "--level", "shareable", "-o", "mine.pdf", "--db", "mine.db",
                      CASEAPP_PASSPHRASE=PASSPHRASE)

    fonts = subprocess.run(["pdffonts", "mine.pdf"], cwd=place, capture_output=True, text=True, check=True).stdout
    embedded = [line.split()[0] for line in fonts.splitlines()[2:] if " yes " in line]
    assert any(name.endswith("+DejaVuSans") for name in embedded), fonts
    text = subprocess.run(["pdftotext", "mine.pdf", "-"], cwd=place, capture_output=True, text=True,
                          check=True).stdout
    assert OUTSIDER in text
    # The fonts came from the bundle's resources, not from the system's.
    font_reads = [p for p in dossier.paths if p.endswith("DejaVuSans.ttf")]
    assert font_reads and all(p.startswith(str(built.bundle / "_internal" / "resources" / "fonts")) for p in font_reads)


def test_a_letter_and_a_spreadsheet_report_from_the_demo(caseapp: Callable[..., Run], demo: Path,
                                                         place: Path) -> None:
    caseapp("letter", "ombudsman_visit_medical_hy", "8", "--to", "5", "--set", "lawyer_block=Anna Example\\nYerevan",
            "-o", "letter.docx", "--db", str(demo), CASEAPP_LAWYER_NAME="Anna Example")
    with zipfile.ZipFile(place / "letter.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Anna Example" in body and ARMENIAN.search(body)

    caseapp("report", "--format", "xlsx", "-o", "status.xlsx", "--db", str(demo))
    book = openpyxl.load_workbook(place / "status.xlsx", read_only=True)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row if c]
    # The demo's captive 7 (README: "caseapp captives show 7") is Tigran Vardanyan.
    assert any("Վարդանյան" in c for c in cells), "the Armenian names are missing from the report"


def test_the_desktop_window_opens_offscreen_and_draws_armenian_with_the_bundled_fonts(
        caseapp: Callable[..., Run], built: Built, demo: Path, place: Path) -> None:
    """A machine without a single font (fontconfig given no font folder): the window is drawn
    with the DejaVu fonts inside the bundle, which the app loads when the system has none
    for Armenian or Cyrillic."""
    from PySide6.QtGui import QImage

    no_fonts = place / "no-system-fonts.conf"
    no_fonts.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                        f"<fontconfig><cachedir>{place / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    shots = caseapp("screenshots", "--db", str(demo), "--out", "shots", "--captive", "7",
                    FONTCONFIG_FILE=str(no_fonts))
    image = QImage(str(place / "shots" / "captive.png"))
    assert image.width() >= 1000 and image.height() >= 700
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "the window looks blank"
    # Qt's platform plugin and every font came from the bundle; no system font was opened.
    internal = str(built.bundle / "_internal")
    assert any(p.startswith(internal) and p.endswith("libqoffscreen.so") for p in shots.paths)
    fonts = {p for p in shots.paths if p.lower().endswith((".ttf", ".otf", ".pfb", ".ttc"))}
    assert str(built.bundle / "_internal/resources/fonts/DejaVuSans.ttf") in fonts
    assert all(p.startswith(internal + "/resources/fonts/") for p in fonts), sorted(fonts)


def test_nothing_of_the_dev_group_is_bundled(built: Built) -> None:
    dev = dev_only_modules()
    assert {"pytest", "mypy", "hypothesis"} <= dev  # the list is really the dev group's
    assert not dev & bundled_modules(built)


def on_this_platform(requirement: str) -> bool:
    """False for a locked package whose environment marker excludes this machine (keyring's
    pywin32-ctypes is for Windows only): it is not installed, so not in this bundle."""
    from packaging.markers import Marker

    _name, _, marker = requirement.partition(";")
    return not marker.strip() or Marker(marker.strip()).evaluate()


def test_the_notices_name_every_runtime_package_and_how_to_replace_qt(built: Built) -> None:
    notices = (built.bundle / "_internal" / "resources" / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    with tarfile.open(built.tarball) as tar:
        assert any(m.name.endswith("/THIRD-PARTY-NOTICES.txt") for m in tar.getmembers())
    listed = {re.sub(r"[-_.]+", "-", line.strip().lower()) for line in notices.splitlines()}
    runtime = subprocess.run(["uv", "export", "--frozen", "--no-dev", "--no-emit-project", "--format",
                              "requirements-txt", "--no-hashes", "--no-header", "--no-annotate"],
                             cwd=REPO, check=True, capture_output=True, text=True).stdout
    names = {re.sub(r"[-_.]+", "-", re.split(r"[=<>;\s]", line)[0].lower()) for line in runtime.splitlines()
             if line and on_this_platform(line)}
    assert {"sqlcipher3", "pyside6-essentials", "reportlab"} <= names
    assert names <= listed, f"not in the notices: {sorted(names - listed)}"
    assert not {"pytest", "mypy", "hypothesis", "pyinstaller"} & listed
    assert "LGPL-3.0" in notices and "replace them with your own build" in notices


def test_the_tarball_installs_under_local_and_its_menu_entry_starts_the_app(
        built: Built, tmp_path: Path) -> None:
    with tarfile.open(built.tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home with space"
    home.mkdir()
    env = clean_env(home)
    subprocess.run([str(top / "install.sh")], env=env, check=True, capture_output=True, text=True)
    local = home / ".local"
    entry = local / "share/applications" / f"{APP_ID}.desktop"
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    command = shlex.split(fields["Exec"])
    assert command == [str(local / "lib/caseapp/caseapp")]
    assert (local / "share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (local / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (local / "share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    if shutil.which("appstreamcli"):
        check = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain",
                                str(local / "share/metainfo" / f"{APP_ID}.metainfo.xml")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    # The menu entry's command, and the one on the PATH (a symlink), start the installed app.
    started = run(Path(command[0]), ["--version"], env=env, cwd=tmp_path)
    assert started.returncode == 0 and started.stdout.startswith("CaseApp "), started.stderr
    assert_no_source_access(built, started, "the installed caseapp")
    via_path = run(local / "bin/caseapp", ["--version"], env=env, cwd=tmp_path)
    assert via_path.stdout == started.stdout

    # uninstall.sh takes the program away and leaves the user's case files.
    data = local / "share/CaseApp"
    data.mkdir(parents=True)
    (data / "case.db").write_bytes(b"kept")
    subprocess.run([str(top / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not (local / "lib/caseapp").exists() and not entry.exists() and not (local / "bin/caseapp").exists()
    assert (data / "case.db").read_bytes() == b"kept"
