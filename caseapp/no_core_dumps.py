"""No core dump of a CaseApp process: its memory holds the decrypted pages of the case file,
the captives' names and the key. A core dump — a ``core`` file in the working folder,
systemd-coredump's store under ``/var/lib/systemd/coredump``, apport's ``/var/crash`` — would
keep them on the disk, readable outside the encrypted file by whoever takes the laptop.

Every start turns them off first, as password managers do (KeePassXC, gpg-agent): the core
size limit is set to nothing (POSIX; systemd-coredump and apport honour it too), and on Linux
the process is made not dumpable (``prctl(PR_SET_DUMPABLE, 0)``), which also keeps the
user's other processes from reading its memory through ``ptrace``. Both last until the
process ends; a program it starts (LibreOffice, OCRmyPDF) gets its own again.

Windows Error Reporting's local dumps are set by the administrator, not here."""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4  # linux/prctl.h


def forbid_core_dumps() -> None:
    """Turn core dumps off for this process (where the system lets it; never an error)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


__all__ = ["forbid_core_dumps"]
