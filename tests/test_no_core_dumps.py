"""A crash of CaseApp leaves no core dump: its memory holds the decrypted pages of the case
file, the captives' names and the key, and a core dump (a file beside it, systemd-coredump's
store, apport's /var/crash) would keep them readable on the disk, outside the encrypted file,
for whoever takes the laptop. Every start (the window is one) turns core dumps off first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AFTER_START = """
import ctypes, resource, sys
from caseapp.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(resource.getrlimit(resource.RLIMIT_CORE))
if sys.platform.startswith("linux"):
    print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""
# One byte: the kernel's sign to abort a piped dump (systemd-coredump, apport), and too small
# for a dump written to a file; zero is ignored when the dump is piped.
NO_CORE = "(1, 1)"


def _core_dumps_allowed() -> None:
    """The child starts as a shell with ``ulimit -c unlimited`` would start it."""
    import resource

    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.mark.skipif(os.name != "posix", reason="core dump limits are POSIX's")
@pytest.mark.parametrize("argv", [["captives", "list", "--db", "{missing}"], ["settings", "show"]])
def test_a_start_turns_core_dumps_off(tmp_path: Path, argv: list[str]) -> None:
    argv = [a.replace("{missing}", str(tmp_path / "none.db")) for a in argv]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEAPP_")}
    env.update(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", AFTER_START, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=_core_dumps_allowed)
    lines = done.stdout.strip().splitlines()
    assert lines[-2 if sys.platform.startswith("linux") else -1] == NO_CORE, done.stderr
    if sys.platform.startswith("linux"):
        # still dumpable: a process that is not is refused the desktop portal's file dialogs
        # and settings (its /proc/<pid> closed to the portal)
        assert lines[-1] == "1"


def _file_dumps() -> bool:
    """The system writes a crash's core to a file in the working folder (``core``)."""
    try:
        pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return False
    return pattern in ("core", "core.%p")


@pytest.mark.skipif(not _file_dumps(), reason="core dumps go elsewhere than the working folder")
def test_a_crash_after_the_start_leaves_no_core_file(tmp_path: Path) -> None:
    """A process that crashes after CaseApp turned them off leaves no core file; the same
    crash before (the control) leaves one, so the machine does dump."""
    crash = ("import os, sys; sys.path.insert(0, {root!r})\n"
             "{turn_off}\n"
             "os.abort()")
    for name, turn_off in (("control", ""), ("caseapp",
                           "from caseapp.no_core_dumps import forbid_core_dumps; "
                           "forbid_core_dumps()")):
        folder = tmp_path / name
        folder.mkdir()
        subprocess.run([sys.executable, "-c", crash.format(root=str(ROOT), turn_off=turn_off)],
                       cwd=folder, capture_output=True, timeout=120,
                       preexec_fn=_unlimited_core_dumps)
        dumped = [p.name for p in folder.iterdir() if p.name.startswith("core")]
        if name == "control" and not dumped:  # a limit this process cannot raise (a start
            pytest.skip("the control crash left no core here")  # of CaseApp in this worker)
        assert bool(dumped) is (name == "control"), (name, dumped)


def _unlimited_core_dumps() -> None:
    """As ``ulimit -c unlimited`` where the process may raise its hard limit (root), else up
    to the hard limit."""
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        _core_dumps_allowed()
