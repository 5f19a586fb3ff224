"""Helpers of the bundle test (test_bundle.py): build from a clean clone, run the built
executable with a clean environment under strace, and read what strace saw."""

from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from tests.run_folder import the_runs_folder

REPO = Path(__file__).resolve().parents[2]
APP_ID = "org.caseapp.CaseApp"

# Everything a file path can be handed to: open, stat, access, readlink, exec...
_PATH_IN_CALL = re.compile(r'^\d+\s+\w+\((?:AT_FDCWD|\d+<[^>]*>|\d+), "([^"]+)"|^\d+\s+\w+\("([^"]+)"')


@dataclass
class Built:
    clone: Path       # where the clean clone was (deleted before anything runs)
    bundle: Path      # dist/caseapp
    tarball: Path
    workpath: Path
    seconds: float


def build_from_clean_clone(tmp: Path) -> Built:
    """``git clone`` the committed HEAD and run the documented build command in the clone,
    writing the bundle outside it; then delete the clone, so that nothing the bundle does
    can reach its files (strace still shows any attempt)."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, check=True,
                          capture_output=True, text=True).stdout.strip()
    clone = tmp / "clone"
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(REPO), str(clone)], check=True)
    subprocess.run(["git", "checkout", "--quiet", head], cwd=clone, check=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONPYCACHEPREFIX", "UV_PROJECT_ENVIRONMENT")}
    dist, work = tmp / "dist", tmp / "work"
    start = time.monotonic()
    # The command of docs/packaging.md, with the output folders outside the clone.
    subprocess.run(["uv", "run", "--group", "build", "pyinstaller", "build.spec", "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)],
                   cwd=clone, env=env, check=True)
    seconds = time.monotonic() - start
    shutil.rmtree(clone)  # with its .venv: the bundle must run without either
    tarballs = sorted(dist.glob("caseapp-*-linux-*.tar.gz"))
    assert len(tarballs) == 1, f"expected one tarball in {dist}: {tarballs}"
    return Built(clone=clone, bundle=dist / "caseapp", tarball=tarballs[0], workpath=work,
                 seconds=seconds)


def built_once_for_the_run(base: Path) -> Built:
    """:func:`build_from_clean_clone`, once for the run: under xdist the first worker to take
    the lock builds (PyInstaller's analysis is one process: minutes), the others wait and
    use its bundle, so the tests after the build run on every worker. ``base`` is the
    worker's temporary folder (its parent is the run's, shared by the workers)."""
    shared = the_runs_folder(base)
    record, failed = shared / "bundle-built.json", shared / "bundle-build-failed.txt"
    with (shared / "bundle-build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if failed.exists():
            raise AssertionError(f"the bundle's build failed in another worker:\n{failed.read_text()}")
        if record.exists():
            saved = json.loads(record.read_text(encoding="utf-8"))
            return Built(**{k: v if k == "seconds" else Path(v) for k, v in saved.items()})
        try:
            built = build_from_clean_clone(Path(tempfile.mkdtemp(prefix="bundle-build-", dir=shared)))
        except BaseException as exc:
            failed.write_text(repr(exc), encoding="utf-8")
            raise
        record.write_text(json.dumps({k: v if k == "seconds" else str(v)
                                      for k, v in dataclasses.asdict(built).items()}),
                          encoding="utf-8")
        return built


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What ``env -i`` leaves, plus a HOME of the test's own: no venv, no project PATH."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def forbidden_roots(built: Built) -> list[str]:
    """Where a bundle must never look: the clone it was built from, the source tree the
    test runs from (and its .venv), the Python the build used, any system Python."""
    roots = {str(built.clone), str(REPO), os.path.realpath(sys.prefix),
             os.path.realpath(sys.base_prefix), "/usr/lib/python3", "/usr/local/lib/python3"}
    return sorted(roots)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    paths: list[str] = field(default_factory=list)  # every path the process (and its threads) named


def run(executable: Path, args: list[str], *, env: dict[str, str], cwd: Path,
        timeout: float = 300) -> Run:
    """Run the bundle under ``strace -f`` (file system calls only)."""
    log = cwd / f".strace-{time.monotonic_ns()}.log"
    cmd = ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(log), str(executable), *args]
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    paths = traced_paths(log.read_text(errors="replace"))
    log.unlink()
    return Run(proc.returncode, proc.stdout, proc.stderr, paths)


def traced_paths(log: str) -> list[str]:
    paths = []
    for line in log.splitlines():
        match = _PATH_IN_CALL.match(line)
        if match:
            path = match.group(1) or match.group(2)
            if path:
                paths.append(path)
    return paths


def dev_only_modules() -> set[str]:
    """The top-level modules of the packages only the dev group brings (pytest, mypy...)."""
    def names(*args: str) -> set[str]:
        out = subprocess.run(["uv", "export", "--format", "requirements-txt", "--no-hashes",
                              "--no-header", "--no-emit-project", *args],
                             cwd=REPO, check=True, capture_output=True, text=True).stdout
        return {re.split(r"[=<>;\s]", line.strip())[0].lower()
                for line in out.splitlines() if line.strip() and not line.lstrip().startswith("#")}

    modules: set[str] = set()
    for name in names("--only-group", "dev") - names("--no-dev"):
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # for another system (colorama: Windows only)
            continue
        for file in dist.files or []:
            top = file.parts[0]
            if top.endswith(".dist-info") or top in ("..", "bin") or top.endswith(".pth"):
                continue
            modules.add(top.split(".")[0])
    return modules


def bundled_modules(built: Built) -> set[str]:
    """Top-level names of what the bundle carries: the archive's modules and the folders
    and extension modules beside it."""
    tocs = list(built.workpath.rglob("PYZ-*.toc"))
    assert tocs, f"no PYZ table of contents under {built.workpath}"
    names = set()
    for toc in tocs:
        names |= set(re.findall(r"\(\s*'([A-Za-z_][\w]*)[.']", toc.read_text()))
    for entry in (built.bundle / "_internal").iterdir():
        names.add(entry.name.split(".")[0])
    return names
