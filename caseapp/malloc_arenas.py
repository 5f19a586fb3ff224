"""One C heap for the whole desktop process (glibc's ``mallopt(M_ARENA_MAX, 1)``).

glibc gives a thread that allocates while another does an arena of its own; memory freed in
one arena is not reused by another. The window's start reads the captives list on a thread
while the window is built (:class:`caseapp.app.OpenedEarly`): its transient allocations (the
SQLite page cache, the read's dictionaries) then raised the process's peak by a few MiB
that the window's thread could not reuse (at 100,000 captives, 187 → 193 MiB; with one
arena 184 MiB, measured with ``benchmarks/ratios.py --only "peak memory"``). Python's own
small objects come from its allocator either way, and the interpreter lock already lets one
thread allocate at a time, so one arena costs no parallelism worth having.

Elsewhere than glibc (macOS, Windows, musl) this does nothing."""

from __future__ import annotations

import sys

M_ARENA_MAX = -8  # glibc's malloc.h


def share_one_malloc_arena() -> bool:
    """Ask glibc to keep one arena for every thread started from now on; whether it did."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        return bool(libc.mallopt(M_ARENA_MAX, 1))
    except (OSError, AttributeError):  # not glibc
        return False
