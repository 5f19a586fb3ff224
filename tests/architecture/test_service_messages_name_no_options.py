"""The messages of the services and the domain are shown in the window as well as on the
command line: none names a command-line option (``--force``, ``--db URL``) or command
(“caseapp check”, “caseapp team init”), which the window has no use for (it has its own
menu item, button or question). The command line adds its own hint.

Read from the source (every ``msg``/``msg_n`` text of ``caseapp/services`` and
``caseapp/domain``), so a message written later is checked too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import caseapp

ROOT = Path(caseapp.__file__).resolve().parent
# "--force", "--db URL", "caseapp restore … --to NEW_FILE": an option as a shell takes it
# (not an en dash written as two hyphens between words: "case file -- its backups").
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
# "caseapp check", "“caseapp team init”": a command as a shell takes it (not "CaseApp cannot").
COMMAND = re.compile(r"(?<![\w-])caseapp [a-z][a-z-]*")


def _texts(call: ast.Call) -> list[str]:
    """The literal texts a ``msg``/``msg_n`` call is made of (f-strings' literal parts too)."""
    name = call.func.id if isinstance(call.func, ast.Name) else (
        call.func.attr if isinstance(call.func, ast.Attribute) else "")
    if name not in ("msg", "msg_n"):
        return []
    out = []
    for arg in call.args[:2 if name == "msg_n" else 1]:
        for node in ast.walk(arg):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append(node.value)
    return out


def _named(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for folder in ("services", "domain"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    for text in _texts(node):
                        for option in pattern.findall(text):
                            found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: "
                                         f"{option} in {text!r}")
    return found


def test_no_service_or_domain_message_names_a_command_line_option() -> None:
    found = _named(OPTION)
    assert found == [], "\n".join(found)


def test_no_service_or_domain_message_names_a_command() -> None:
    found = _named(COMMAND)
    assert found == [], "\n".join(found)


def test_the_check_finds_an_option_in_a_message(tmp_path: Path) -> None:
    """The check reads what it should: an option in a message is found, an en dash is not."""
    tree = ast.parse('msg("{path} exists; replace it (--force).")\n'
                     'msg_n("one -- two", "{count} files; try --encoding utf-8", 2)\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    named = [o for c in calls for t in _texts(c) for o in OPTION.findall(t)]
    assert named == ["--force", "--encoding"]


def test_the_check_finds_a_command_in_a_message() -> None:
    """A command in a message is found; the application's name in a sentence is not."""
    tree = ast.parse('msg("No team yet: run “caseapp team init” first.")\n'
                     'msg("CaseApp cannot read it; caseapp check finds it")\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    named = [o for c in calls for t in _texts(c) for o in COMMAND.findall(t)]
    assert named == ["caseapp team", "caseapp check"]
