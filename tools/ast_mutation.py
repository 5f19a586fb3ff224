"""A small mutation check: change one operator or constant of a module at a time and see
whether the given tests notice.

    uv run python tools/ast_mutation.py caseapp/services/row_validation.py \\
        -- tests/services/test_import_validation.py

Mutations: comparison operators (< <=, == !=, in / not in, is / is not), ``and``/``or``,
dropping a ``not``, integer constants (n → n + 1), True/False, ``+``/``-``, ``return x`` →
``return None``, ``continue``/``break``. The module and the test modules are imported once;
each mutant runs in a forked child that executes the mutated source into the imported
module (so code that reaches it as ``module.name`` sees the mutant) and runs pytest with
``-x``. A mutant is killed when the tests fail. Not run by CI (it takes minutes); its result
is recorded in docs/testing.md. Mutmut was tried first: on this package it spends minutes
generating mutants for every module before running one.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}


@dataclass(frozen=True)
class Mutant:
    index: int  # the n-th node visited, to find it again in a fresh tree
    line: int
    function: str
    description: str


def _functions(tree: ast.AST) -> dict[int, str]:
    """The enclosing function's name for each line."""
    names: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                names[line] = node.name
    return names


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _mutations(node: ast.AST) -> Iterator[tuple[str, ast.AST]]:
    """(description, mutated copy of ``node``) for each mutation of this node itself."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            swap = COMPARE_SWAPS.get(type(op))
            if swap is not None:
                new = copy.deepcopy(node)
                new.ops[i] = swap()
                yield f"{type(op).__name__} → {swap.__name__}", new
    elif isinstance(node, ast.BoolOp):
        new = copy.deepcopy(node)
        new.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield f"{type(node.op).__name__} → {type(new.op).__name__}", new
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "drop not", copy.deepcopy(node.operand)
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            yield f"{node.value} → {not node.value}", ast.Constant(not node.value)
        elif isinstance(node.value, int):
            yield f"{node.value} → {node.value + 1}", ast.Constant(node.value + 1)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        new = copy.deepcopy(node)
        new.op = ast.Sub() if isinstance(node.op, ast.Add) else ast.Add()
        yield f"{type(node.op).__name__} → {type(new.op).__name__}", new
    elif isinstance(node, ast.Return) and node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None):
        yield "return None", ast.Return(ast.Constant(None))
    elif isinstance(node, ast.Continue):
        yield "continue → break", ast.Break()
    elif isinstance(node, ast.Break):
        yield "break → continue", ast.Continue()


class _Replace(ast.NodeTransformer):
    """Replace the ``target``-th mutation (counted as :func:`enumerate_mutants` counts)."""

    def __init__(self, target: int, skip: set[int]):
        self.target, self.skip, self.count = target, skip, 0

    def generic_visit(self, node: ast.AST) -> ast.AST:
        node = super().generic_visit(node)
        if id(node) in self.skip or _in_annotation(node):
            return node
        for _, mutated in _mutations(node):
            if self.count == self.target:
                self.count += 1
                return ast.copy_location(mutated, node)
            self.count += 1
        return node


def _in_annotation(node: ast.AST) -> bool:
    return getattr(node, "_annotation", False)


def _mark_annotations(tree: ast.AST) -> None:
    """Type annotations are not behaviour: nothing in them is mutated."""
    for node in ast.walk(tree):
        notes = []
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            notes.append(node.annotation)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            notes.append(node.returns)
        for note in notes:
            for sub in ast.walk(note):
                sub._annotation = True  # type: ignore[attr-defined]


def enumerate_mutants(source: str, only: set[str]) -> list[Mutant]:
    tree = ast.parse(source)
    _mark_annotations(tree)
    skip, functions = _docstrings(tree), _functions(tree)
    found: list[Mutant] = []
    count = 0

    class Walk(ast.NodeVisitor):
        def generic_visit(self, node: ast.AST) -> None:
            nonlocal count
            super().generic_visit(node)
            if id(node) in skip or _in_annotation(node):
                return
            for description, _ in _mutations(node):
                line = getattr(node, "lineno", 0)
                function = functions.get(line, "<module>")
                if not only or function in only:
                    found.append(Mutant(count, line, function, description))
                count += 1

    Walk().visit(tree)
    return found


def mutated_source(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    _mark_annotations(tree)
    tree = _Replace(mutant.index, _docstrings(tree)).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


def run_mutant(module_name: str, path: Path, source: str, mutant: Mutant,
               pytest_args: list[str], timeout: float) -> str:
    import pytest

    pid = os.fork()
    if pid == 0:  # the child: mutate the imported module in place, run the tests
        os.setpgid(0, 0)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            module = sys.modules[module_name]
            exec(compile(mutated_source(source, mutant), str(path), "exec"), module.__dict__)  # noqa: S102 - the mutant, by design
            code = pytest.main(["-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
                                *pytest_args])
        except BaseException:  # noqa: BLE001 - a mutant that breaks the import is killed
            code = 99
        os._exit(int(code))
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return "survived" if os.waitstatus_to_exitcode(status) == 0 else "killed"
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", type=Path, help="the .py file to mutate")
    parser.add_argument("--only", default="", help="comma-separated function names to mutate")
    parser.add_argument("--pick", default="",
                        help="comma-separated mutant numbers (as listed) to run again")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("pytest_args", nargs="+", help="after --: the tests to run")
    args = parser.parse_args()
    module_name = ".".join(args.module.with_suffix("").parts)
    source = args.module.read_text(encoding="utf-8")
    importlib.import_module(module_name)
    for test in args.pytest_args:  # import the tests once, before forking
        if test.endswith(".py"):
            importlib.import_module(".".join(Path(test).with_suffix("").parts))
    only = {f for f in args.only.split(",") if f}
    mutants = enumerate_mutants(source, only)
    if args.pick:
        picked = {int(n) for n in args.pick.split(",")}
        mutants = [m for n, m in enumerate(mutants, start=1) if n in picked]
    print(f"{len(mutants)} mutants of {args.module}", flush=True)
    results: dict[str, list[Mutant]] = {"killed": [], "survived": [], "timeout": []}
    for n, mutant in enumerate(mutants, start=1):
        outcome = run_mutant(module_name, args.module, source, mutant, args.pytest_args,
                             args.timeout)
        results[outcome].append(mutant)
        print(f"[{n}/{len(mutants)}] {outcome:8} line {mutant.line} {mutant.function}: "
              f"{mutant.description}", flush=True)
    print(f"\nkilled {len(results['killed'])}, survived {len(results['survived'])}, "
          f"timed out {len(results['timeout'])}")
    for mutant in results["survived"]:
        print(f"SURVIVED line {mutant.line} {mutant.function}: {mutant.description}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
