"""No core dump of a CaseApp process: its memory holds the decrypted pages of the case file,
the captives' names and the key. A core dump — a ``core`` file in the working folder,
systemd-coredump's store under ``/var/lib/systemd/coredump``, apport's ``/var/crash`` — would
keep them on the disk, readable outside the encrypted file by whoever takes the laptop.

Every start turns them off first by setting the core size limit to one byte (soft and hard).
Not zero: when the system pipes core dumps to a handler (systemd-coredump, apport), Linux
ignores a limit of zero (nothing is written to a file) and some handlers store the dump all
the same (Debian's systemd-coredump ignores the limit); a limit of one is the kernel's own
sign to abort a piped dump, and too small for any dump written to a file. The limit lasts
until the process ends and is inherited by a program it starts (LibreOffice, OCRmyPDF).

Not ``prctl(PR_SET_DUMPABLE, 0)``, which some password managers use: it also closes
``/proc/<pid>`` to the desktop's own services, and the desktop portal then refuses the
process its file dialogs and settings (Bitwarden's and KeePassXC's reports; Qt asks the
portal for both on GNOME and KDE under Wayland). Windows Error Reporting's local dumps are set
by the administrator, not here."""

from __future__ import annotations

# The kernel aborts a piped core dump of a process with this limit, and writes no file dump
# smaller than a page (fs/coredump.c).
NO_CORE = 1


def forbid_core_dumps() -> None:
    """Turn core dumps off for this process (where the system lets it; never an error)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (NO_CORE, NO_CORE))
    except (ValueError, OSError):
        pass


__all__ = ["forbid_core_dumps"]
