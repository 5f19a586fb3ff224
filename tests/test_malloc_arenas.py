"""The desktop process keeps one C heap on glibc (caseapp.malloc_arenas)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from caseapp import malloc_arenas


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_glibc_takes_the_one_arena_setting() -> None:
    # In a process of its own: the setting lasts as long as the process.
    code = "from caseapp.malloc_arenas import share_one_malloc_arena as s; print(s())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "True"


def test_elsewhere_nothing_is_asked(monkeypatch) -> None:
    monkeypatch.setattr(malloc_arenas.sys, "platform", "win32")
    assert malloc_arenas.share_one_malloc_arena() is False


def test_the_window_asks_before_its_first_thread() -> None:
    import inspect

    from caseapp import app

    source = inspect.getsource(app.run_gui)
    assert source.index("share_one_malloc_arena()") < source.index("_import_before_qt()")
    assert source.index("share_one_malloc_arena()") < source.index("make_window(")
