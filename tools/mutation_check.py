"""A small mutation check: break one thing at a time in chosen functions of a module and see
whether the given tests notice (they fail: the mutant is *killed*) or not (it *survives*).

    uv run python tools/mutation_check.py MODULE.py […] [--only f,Class.g,*constants]
        [--ops OP,…] [--pick N,…] [--list] -- PYTEST_ARGS…

``--only``: the functions to mutate (``*constants``: the top-level assignments), default all;
``--ops``: the operators, default all; ``--pick``: only the mutants with those numbers.
Operators: compare (< ↔ <=, > ↔ >=, == ↔ !=, in ↔ not in, is ↔ is not), boolop (and ↔ or),
not (dropped), if (a test negated), int (n → n + 1), bool (True ↔ False), arith (+ ↔ -),
return (x → None), loop (continue ↔ break), tuple (an element of a tuple of strings left out),
stmt (a call statement or augmented assignment deleted), cond (a call or comparison used as
a condition → True, → False: a filter removed), where (one where()/filter() clause dropped),
skip-call (a call of the module's own function → its first plain argument: records passed
unfiltered), varargs (an argument to a ``*args`` parameter dropped: a parent's level left
out), minmax (max ↔ min).

Each mutant runs in a forked child that compiles the mutated module's functions (not its
other top-level code) and moves their code into the imported functions (``__code__``), so
callers that imported a function by name run the mutant too; then pytest runs with ``-x``.
The worktree is never written. The tests must pass unmutated first. *Broken*: the mutated
code does not even compile. Class bodies outside methods are not mutated.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib
import inspect
import os
import signal
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FLIP: dict[type, type] = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
                          ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn,
                          ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}
SQL_FILTERS = {"where", "filter", "filter_by", "having"}
OPS = ("compare", "boolop", "not", "if", "int", "bool", "arith", "return", "loop", "tuple",
       "stmt", "cond", "where", "skip-call", "varargs", "minmax")


@dataclass(frozen=True)
class Mutant:
    module: str  # the file, as given
    index: int  # its place among the mutation points of a fresh parse of the file
    line: int
    function: str
    what: str


Apply = Callable[[], None]


def _replace(parent: ast.AST, field: str, index: int | None, new: ast.AST) -> Apply:
    if index is None:
        return lambda: setattr(parent, field, new)
    return lambda: getattr(parent, field).__setitem__(index, new)


def _skipped(tree: ast.Module) -> set[int]:
    """Docstrings and annotations: not behaviour (annotations are strings at run time)."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(
                    node.body[0].value, ast.Constant):
                ids.add(id(node.body[0].value))
        notes = [getattr(node, "annotation", None), getattr(node, "returns", None)]
        ids.update(id(sub) for note in notes if note is not None for sub in ast.walk(note))
    return ids


def _roots(tree: ast.Module, only: set[str]) -> Iterator[tuple[str, ast.AST]]:
    """(name, node) of what is mutated: the chosen functions and methods (all if none chosen)
    and, with ``*constants`` or without --only, the top-level assignments."""
    for stmt in tree.body:
        methods = stmt.body if isinstance(stmt, ast.ClassDef) else [stmt]
        for node in methods:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{stmt.name}.{node.name}" if node is not stmt else node.name
                if not only or name in only or node.name in only:
                    yield name, node
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and (not only or "*constants" in only):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            yield "=" + ",".join(dict.fromkeys(names)), stmt


def _conditions(root: ast.AST) -> set[int]:
    """Calls and comparisons whose value is used as a condition."""
    found: list[ast.AST] = []
    for node in ast.walk(root):
        found += ([node.test] if isinstance(node, ast.If | ast.While | ast.IfExp) else
                  node.ifs if isinstance(node, ast.comprehension) else
                  node.values if isinstance(node, ast.BoolOp) else
                  [node.operand] if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
                  else [])
    return {id(n) for n in found if isinstance(n, ast.Call | ast.Compare)}


def _varargs(node: ast.Call, namespace: dict[str, Any]) -> bool:
    """Whether the call's function (looked up in the imported module) takes ``*args``."""
    func = namespace.get(node.func.id) if isinstance(node.func, ast.Name) else None
    try:
        return callable(func) and any(p.kind is p.VAR_POSITIONAL
                                      for p in inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return False


def _node_mutations(node: ast.AST, ctx: Context) -> Iterator[tuple[str, str, ast.AST]]:
    """(operator, description, replacement) for each mutation of ``node`` itself."""
    if isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            if type(op) in FLIP:
                new = copy.deepcopy(node)
                new.ops[i] = FLIP[type(op)]()
                yield "compare", f"{ast.unparse(node)} → {ast.unparse(new)}", new
    if isinstance(node, ast.BoolOp):
        swapped = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield "boolop", f"{type(node.op).__name__} → {type(swapped).__name__}", ast.BoolOp(
            swapped, node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield "not", f"drop not in {ast.unparse(node)}", node.operand
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        yield "bool", f"{node.value} → {not node.value}", ast.Constant(not node.value)
    elif isinstance(node, ast.Constant) and isinstance(node.value, int):
        yield "int", f"{node.value} → {node.value + 1}", ast.Constant(node.value + 1)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        op = ast.Sub() if isinstance(node.op, ast.Add) else ast.Add()
        yield "arith", f"{type(node.op).__name__} → {type(op).__name__}", ast.BinOp(
            node.left, op, node.right)
    if isinstance(node, ast.Return) and node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None):
        yield "return", f"return {ast.unparse(node.value)[:60]} → return None", ast.Return(
            ast.Constant(None))
    if isinstance(node, ast.Continue | ast.Break):
        new_loop = ast.Break() if isinstance(node, ast.Continue) else ast.Continue()
        yield "loop", f"{type(node).__name__.lower()} → {type(new_loop).__name__.lower()}", new_loop
    if isinstance(node, ast.If | ast.While | ast.IfExp):
        new = copy.copy(node)
        new.test = ast.UnaryOp(ast.Not(), node.test)
        yield "if", f"if {ast.unparse(node.test)[:60]} negated", new
    if isinstance(node, ast.Tuple) and len(node.elts) > 1 and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        for i, elt in enumerate(node.elts):
            rest = ast.Tuple([e for j, e in enumerate(node.elts) if j != i], ast.Load())
            yield "tuple", f"drop {elt.value!r} from the tuple", rest
    if id(node) in ctx.conditions:
        for value in (True, False):
            yield "cond", f"{ast.unparse(node)[:70]} → {value}", ast.Constant(value)
    if isinstance(node, ast.Call):
        yield from _call_mutations(node, ctx)


def _call_mutations(node: ast.Call, ctx: Context) -> Iterator[tuple[str, str, ast.AST]]:
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in SQL_FILTERS and node.args:
        if len(node.args) == 1:
            yield "where", f"drop .{func.attr}({ast.unparse(node.args[0])[:60]})", func.value
        for i, arg in enumerate(node.args if len(node.args) > 1 else []):
            rest = [a for j, a in enumerate(node.args) if j != i]
            yield "where", f"drop {ast.unparse(arg)[:60]} from .{func.attr}()", ast.Call(
                func, rest, node.keywords)
    if isinstance(func, ast.Name) and func.id in ctx.own_functions:
        plain = [a for a in node.args if isinstance(a, ast.Name | ast.Attribute)]
        if plain:
            yield "skip-call", f"{ast.unparse(node)[:60]} → {ast.unparse(plain[0])}", plain[0]
    if len(node.args) > 1 and _varargs(node, ctx.namespace):
        for i in range(1, len(node.args)):
            rest = [a for j, a in enumerate(node.args) if j != i]
            yield "varargs", f"drop {ast.unparse(node.args[i])} from {ast.unparse(func)}()", \
                ast.Call(func, rest, node.keywords)
    if isinstance(func, ast.Name) and func.id in ("max", "min"):
        other = "min" if func.id == "max" else "max"
        yield "minmax", f"{func.id}() → {other}()", ast.Call(
            ast.Name(other, ast.Load()), node.args, node.keywords)


def _statements(node: ast.AST) -> Iterator[tuple[str, int, ast.AST]]:
    """(field, index, statement) of the call statements and augmented assignments that
    ``node`` holds in its bodies."""
    for field in ("body", "orelse", "finalbody"):
        block = getattr(node, field, None)
        for i, stmt in enumerate(block if isinstance(block, list) else []):
            if isinstance(stmt, ast.AugAssign) or (
                    isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
                yield field, i, stmt


@dataclass
class Context:
    conditions: set[int]
    own_functions: set[str]
    namespace: dict[str, Any]


def mutation_points(tree: ast.Module, only: set[str], ops: set[str],
                    namespace: dict[str, Any]) -> list[tuple[int, str, str, Apply]]:
    """(line, function, description, apply) in a stable order for a fresh parse."""
    skip = _skipped(tree)
    parents = {id(c): (p, f, i) for p in ast.walk(tree) for f, v in ast.iter_fields(p)
               for i, c in ([(None, v)] if isinstance(v, ast.AST) else
                            enumerate(v) if isinstance(v, list) else [])}
    own = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    points: list[tuple[int, str, str, Apply]] = []
    for name, root in _roots(tree, only):
        ctx = Context(_conditions(root), own, namespace)
        for node in ast.walk(root):
            if id(node) in skip or id(node) not in parents:
                continue
            line = getattr(node, "lineno", 0)
            for op, what, new in _node_mutations(node, ctx):
                if op in ops:
                    parent, field, index = parents[id(node)]
                    new = ast.copy_location(new, node)
                    points.append((line, name, f"{op}: {what}", _replace(parent, field, index, new)))
            for field, index, stmt in _statements(node) if "stmt" in ops else ():
                points.append((stmt.lineno, name, f"stmt: delete {ast.unparse(stmt)[:60]}",
                               _replace(node, field, index, ast.copy_location(ast.Pass(), stmt))))
    return points


def _functions(obj: Any, module: str, prefix: str = "") -> dict[str, types.FunctionType]:
    """Every function defined in ``module`` reachable from ``obj``'s namespace, by qualname."""
    found: dict[str, types.FunctionType] = {}
    for value in vars(obj).values():
        for inner in (value, getattr(value, "__func__", None), getattr(value, "fget", None),
                      getattr(value, "fset", None), getattr(value, "__wrapped__", None)):
            if isinstance(inner, types.FunctionType) and inner.__module__ == module:
                found[inner.__qualname__] = inner
        if isinstance(value, type) and value.__module__ == module and not prefix:
            found.update(_functions(value, module, prefix=value.__name__))
    return found


def _definitions(tree: ast.Module, constants: list[str]) -> ast.Module:
    """What of the mutated module is run again: its functions and methods without their
    decorators (re-running ``@event.listens_for`` would add a listener) and the mutated
    top-level assignment; not the rest (a ``Table(...)`` cannot be defined twice)."""
    body: list[ast.stmt] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
            body.append(stmt)
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            body.append(stmt)
        elif isinstance(stmt, ast.ClassDef):
            stmt.bases, stmt.keywords, stmt.decorator_list = [], [], []
            stmt.body = [s for s in stmt.body if isinstance(
                s, ast.FunctionDef | ast.AsyncFunctionDef)] or [ast.Pass()]
            body.append(stmt)
        elif isinstance(stmt, ast.Assign | ast.AnnAssign) and any(
                isinstance(n, ast.Name) and n.id in constants for n in ast.walk(stmt)):
            body.append(stmt)
    for stmt in body:
        for node in stmt.body if isinstance(stmt, ast.ClassDef) else [stmt]:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                node.decorator_list = []
    return ast.fix_missing_locations(ast.Module(body, []))


def install(module: types.ModuleType, tree: ast.Module, filename: str,
            constants: list[str]) -> None:
    """Move the mutated code into the imported module: its functions get the new code (so
    every caller runs it), and the top-level ``constants`` are rebound also where another
    module imported them by name."""
    namespace = dict(vars(module))
    exec(compile(_definitions(tree, constants), filename, "exec"), namespace)
    new = _functions(types.SimpleNamespace(**namespace), module.__name__)
    for qualname, old in _functions(module, module.__name__).items():
        if qualname in new and len(old.__code__.co_freevars) == len(new[qualname].__code__.co_freevars):
            old.__code__ = new[qualname].__code__
            old.__defaults__, old.__kwdefaults__ = new[qualname].__defaults__, new[qualname].__kwdefaults__
    for name in constants:
        old_value = getattr(module, name)
        for other in list(sys.modules.values()):
            for key, held in list(getattr(other, "__dict__", {}).items()):
                if held is old_value and (key == name or other is module):
                    setattr(other, key, namespace[name])


def run(module: types.ModuleType | None, tree: ast.Module, filename: str,
        constants: list[str], pytest_args: list[str], timeout: float) -> str:
    """Fork a child that installs ``tree`` into ``module`` (None: the tests unmutated) and
    runs the tests: "survived" (they pass), "killed", "broken" or "timeout"."""
    import pytest

    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1), os.dup2(null, 2)
        try:
            if module is not None:
                install(module, tree, filename, constants)
        except BaseException:  # noqa: BLE001 - the mutated module cannot even be run
            os._exit(98)
        with tempfile.TemporaryDirectory(prefix="mutant-") as basetemp:
            # In this process, where the mutant is: xdist's workers (the addopts' -n) would
            # import the module afresh and run the tests on the unmutated code.
            code = pytest.main(["-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
                                "-n", "0", f"--basetemp={basetemp}/t", *pytest_args])
        os._exit(int(code))
    deadline = time.monotonic() + timeout
    while not (ended := os.waitpid(pid, os.WNOHANG))[0]:
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.05)
    return {0: "survived", 98: "broken"}.get(os.waitstatus_to_exitcode(ended[1]), "killed")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("modules", nargs="+", type=Path, help="the .py files to mutate")
    parser.add_argument("--only", default="", help="function names, Class.method, *constants")
    parser.add_argument("--ops", default=",".join(OPS), help=", ".join(OPS))
    parser.add_argument("--pick", default="", help="mutant numbers (as printed) to run")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per mutant")
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args, pytest_args = parser.parse_args(argv[:split]), argv[split + 1:]
    only, ops = {n for n in args.only.split(",") if n}, set(args.ops.split(","))
    if ops - set(OPS) or not pytest_args:
        parser.error(f"unknown operators {sorted(ops - set(OPS))}" if ops - set(OPS)
                     else "no tests given after --")
    mutants, sources = [], {}
    for path in args.modules:
        module = importlib.import_module(".".join(path.with_suffix("").parts))
        sources[str(path)] = module, path.read_text(encoding="utf-8")
        points = mutation_points(ast.parse(sources[str(path)][1]), only, ops, vars(module))
        mutants += [Mutant(str(path), i, line, function, what)
                    for i, (line, function, what, _) in enumerate(points)]
    picked = {int(n) for n in args.pick.split(",") if n}
    chosen = [(n, m) for n, m in enumerate(mutants, start=1) if not picked or n in picked]
    if args.list:
        print("\n".join(f"{n:4} {m.module}:{m.line} {m.function}: {m.what}" for n, m in chosen))
        return 0
    for test in pytest_args:  # imported once here, not again in every child
        if test.endswith(".py"):
            importlib.import_module(".".join(Path(test).with_suffix("").parts))
    if (outcome := run(None, ast.Module([], []), "", [], pytest_args, args.timeout)) != "survived":
        print(f"The tests do not pass unmutated ({outcome}): fix them first.")
        return 2
    print(f"{len(chosen)} mutants", flush=True)
    results: dict[str, list[str]] = {"killed": [], "survived": [], "timeout": [], "broken": []}
    for n, m in chosen:
        module, source = sources[m.module]
        tree = ast.parse(source)
        mutation_points(tree, only, ops, vars(module))[m.index][3]()
        constants = m.function[1:].split(",") if m.function.startswith("=") else []
        outcome = run(module, tree, m.module, constants, pytest_args, args.timeout)
        results[outcome].append(line := f"[{n}] {m.module}:{m.line} {m.function}: {m.what}")
        print(f"{outcome:8} {line}", flush=True)
    print("\n" + ", ".join(f"{len(v)} {k}" for k, v in results.items()) + f" of {len(chosen)}")
    for outcome in ("survived", "timeout", "broken"):
        print("".join(f"{outcome.upper()} {line}\n" for line in results[outcome]), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
