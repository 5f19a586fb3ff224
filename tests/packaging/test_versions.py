"""``caseapp --version`` reads its answers without importing Qt's modules or Alembic: the
answers must still be the ones those would give."""

from __future__ import annotations

import subprocess
import sys

from caseapp.versions import python_and_system, qt_versions, schema_head


def test_the_schema_head_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from caseapp.db.migrate import alembic_config, head_revision

    alembics = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert schema_head() == alembics
    assert head_revision() == alembics


def test_qt_and_pyside_versions_are_the_ones_qt_itself_reports() -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    assert qt_versions() == (qVersion(), PySide6.__version__)


def test_version_imports_neither_qt_modules_nor_alembic_nor_sqlalchemy() -> None:
    probe = ("import sys; from caseapp.cli import main\n"
             "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('PySide6', 'alembic', 'sqlalchemy', 'shiboken6')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("CaseApp ")
    assert done.stderr.strip() == "[]"


def test_python_and_the_system_are_named_as_platform_names_them() -> None:
    import platform

    assert python_and_system() == (platform.python_version(), platform.system(),
                                   platform.machine())


def test_the_head_is_the_revision_no_file_names_as_its_parent(tmp_path) -> None:
    from caseapp.db.revisions import head_from_files

    files = {
        "a.py": 'revision = "a1"\ndown_revision = None\n',
        "b.py": "revision: str = 'b2'\ndown_revision: str | None = 'a1'\n",
        "c.py": 'revision = "c3"\ndown_revision = "a1"\nrevision_note = "x"\n',
        # a merge of b2 and c3: the one head
        "d.py": 'revision: str = "d4"\ndown_revision = ("b2", \'c3\')\n',
        "notes.txt": 'revision = "z9"\ndown_revision = None\n',
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert head_from_files(tmp_path) == "d4"
    (tmp_path / "d.py").unlink()
    assert head_from_files(tmp_path) is None  # two heads, b2 and c3: Alembic decides
    assert head_from_files(tmp_path / "missing") is None
