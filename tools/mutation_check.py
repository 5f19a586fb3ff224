"""A small mutation check: change one thing at a time in a module's chosen functions and see
whether the given tests notice (they fail) or not (the mutant "survives").

    uv run python tools/mutation_check.py MODULE_FILE FUNC[,FUNC…] [--only N,N…] -- PYTEST_ARGS…

(``*constants`` as a FUNC also mutates the module's top-level assignments; ``--only``
runs only the mutants with those numbers, e.g. to re-check survivors after adding tests.)

Each mutant is written into a copy of the project in a temporary folder (the worktree is
never changed) and the tests run there with ``-x`` (stop at the first failure). The
mutations: a comparison turned round (== / !=, < / >= …), `and` / `or` swapped, a `not`
dropped, an `if` condition negated, an integer constant changed by one, an element left out
of a tuple of strings, and a call statement or augmented assignment deleted. Survivors are
printed with their line; the caller decides which are real gaps.
"""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SWAP = {ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.GtE, ast.GtE: ast.Lt,
        ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.In: ast.NotIn, ast.NotIn: ast.In,
        ast.Is: ast.IsNot, ast.IsNot: ast.Is}


def targets(tree: ast.Module, names: set[str]) -> list[ast.AST]:
    """The chosen functions (at module level or in a class) and module-level tuples."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in names:
            found.append(node)
        if isinstance(node, ast.Assign) and node in tree.body and "*constants" in names:
            found.append(node)
    return found


def mutation_points(tree: ast.Module, names: set[str]) -> list[tuple[str, int, object]]:
    """(kind, line, path to the node) for every mutation, in a stable order."""
    points = []
    for root in targets(tree, names):
        for node in ast.walk(root):
            line = getattr(node, "lineno", 0)
            if isinstance(node, ast.Compare):
                for i, op in enumerate(node.ops):
                    if type(op) in SWAP:
                        points.append(("compare", line, (node, i)))
            elif isinstance(node, ast.BoolOp):
                points.append(("boolop", line, node))
            elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
                points.append(("drop-not", line, node))
            elif isinstance(node, ast.If | ast.IfExp | ast.While):
                points.append(("negate-if", line, node))
            elif isinstance(node, ast.Constant) and type(node.value) is int:
                points.append(("int+1", line, node))
            elif (isinstance(node, ast.Tuple) and len(node.elts) > 1
                  and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)):
                for i in range(len(node.elts)):
                    points.append(("drop-element", line, (node, i)))
            if isinstance(node, ast.FunctionDef | ast.If | ast.For | ast.With | ast.Try):
                for field in ("body", "orelse", "finalbody"):
                    for i, stmt in enumerate(getattr(node, field, []) or []):
                        if isinstance(stmt, ast.AugAssign) or (
                                isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
                            points.append(("delete-stmt", stmt.lineno, (node, field, i)))
    return points


def mutate(tree: ast.Module, names: set[str], index: int) -> tuple[str, str]:
    """The source with mutation ``index`` applied, and a description of it."""
    tree = copy.deepcopy(tree)
    kind, line, where = mutation_points(tree, names)[index]
    if kind == "compare":
        node, i = where
        node.ops[i] = SWAP[type(node.ops[i])]()
    elif kind == "boolop":
        where.op = ast.Or() if isinstance(where.op, ast.And) else ast.And()
    elif kind == "drop-not":
        where.op = ast.UAdd()  # +x: truthiness of x itself
        where.operand = ast.Call(ast.Name("bool", ast.Load()), [where.operand], [])
    elif kind == "negate-if":
        where.test = ast.UnaryOp(ast.Not(), where.test)
    elif kind == "int+1":
        where.value += 1
    elif kind == "drop-element":
        node, i = where
        kind = f"drop-element {node.elts[i].value!r}"
        del node.elts[i]
    elif kind == "delete-stmt":
        node, field, i = where
        getattr(node, field)[i] = ast.Pass()
    ast.fix_missing_locations(tree)
    return ast.unparse(tree), f"line {line}: {kind}"


def main() -> int:
    sep = sys.argv.index("--")
    module, names = sys.argv[1], set(sys.argv[2].split(","))
    only = None
    if "--only" in sys.argv[:sep]:
        only = {int(n) for n in sys.argv[sys.argv.index("--only") + 1].split(",")}
    pytest_args = sys.argv[sep + 1:]
    source_path = ROOT / module
    tree = ast.parse(source_path.read_text(encoding="utf-8"))
    count = len(mutation_points(tree, names))
    print(f"{module}: {count} mutants", flush=True)
    survivors = []
    with tempfile.TemporaryDirectory(prefix="mutants-") as tmp:
        work = Path(tmp) / "project"
        shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__",
                                                                   "mutants-*"))
        target = work / module
        env = {"PYTHONPATH": str(work), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
               "HOME": tmp}
        for i in range(count):
            if only is not None and i not in only:
                continue
            text, what = mutate(tree, names, i)
            target.write_text(text, encoding="utf-8")
            result = subprocess.run(
                [str(ROOT / ".venv/bin/python"), "-m", "pytest", "-x", "-q", "-p", "no:randomly",
                 "-p", "no:cacheprovider", *pytest_args],
                cwd=work, env=env, capture_output=True, text=True)
            status = "killed" if result.returncode != 0 else "SURVIVED"
            print(f"  {i:3d} {status:8s} {what}", flush=True)
            if result.returncode == 0:
                survivors.append(what)
        target.write_text(source_path.read_text(encoding="utf-8"), encoding="utf-8")
    tried = count if only is None else len(only)
    print(f"{module}: {tried - len(survivors)} of {tried} killed, {len(survivors)} survived")
    for what in survivors:
        print(f"  survivor: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
