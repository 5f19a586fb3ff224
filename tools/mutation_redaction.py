"""A small AST mutation check of the redaction code (no extra dependency).

    uv run python tools/mutation_redaction.py [pytest args...]

For each mutant of the files below, the targeted redaction tests are run; a mutant that
leaves them green "survives". Mutants: each ``<level>.allows(x)`` made ``True`` (a filter
removed), each ``is Sensitivity.PUBLIC`` test made ``False`` (a public-only rule removed),
``effective_level``/``strictest`` reduced to the record's own level, ``publicity_refused``
made ``False``, and each parent level passed to ``effective_level`` dropped. Results are
printed as a table (file:line, mutation, killed/survived); the file is restored after each.
``MUTATE_ONLY=file.py:LINE,...`` runs only the mutants at those places (to re-check survivors).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["caseapp/domain/redaction.py", "caseapp/services/levels.py",
           "caseapp/services/reports.py", "caseapp/services/reminders.py",
           "caseapp/services/letters.py"]
TESTS = ["tests/reports/test_redaction_matrix.py", "tests/services/test_levels.py"]


def mutants(tree: ast.AST) -> list[tuple[int, str, ast.AST, ast.AST]]:
    """(line, description, node, replacement) for every mutation point (of the kinds named
    in ``MUTATE_KINDS``: allows, public, parent, function, kept, sql; default all)."""
    kinds = set(os.environ.get("MUTATE_KINDS", "allows,public,parent,function,kept,sql")
                .split(","))
    return [m for m in _all_mutants(tree) if m[1].split(":")[0] in kinds]


def _all_mutants(tree: ast.AST) -> list[tuple[int, str, ast.AST, ast.AST]]:
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "kept" and len(node.args) >= 2):
            # one record kind's filter removed in the dossier: every record of it kept
            found.append((node.lineno, f"kept: {ast.unparse(node.args[1])} unfiltered", node,
                          ast.Call(ast.Name("tuple", ast.Load()), [node.args[1]], [])))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "in_" and ast.unparse(node.args[0]) == "levels"):
            # one SQL level filter of the status report removed
            found.append((node.lineno, f"sql: {ast.unparse(node)} -> true()", node,
                          ast.parse("sqlalchemy.true()", mode="eval").body))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "allows"):
            found.append((node.lineno, f"allows: {ast.unparse(node)} -> True", node,
                          ast.Constant(True)))
        elif (isinstance(node, ast.Compare) and len(node.ops) == 1
              and isinstance(node.ops[0], ast.Is)
              and ast.unparse(node.comparators[0]) == "Sensitivity.PUBLIC"):
            found.append((node.lineno, f"public: {ast.unparse(node)} -> False", node,
                          ast.Constant(False)))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "effective_level" and len(node.args) > 1):
            for i in range(1, len(node.args)):
                kept = [a for j, a in enumerate(node.args) if j != i]
                found.append((node.lineno, f"parent: drop {ast.unparse(node.args[i])} from "
                              "effective_level", node,
                              ast.Call(node.func, kept, node.keywords)))
        elif isinstance(node, ast.FunctionDef) and node.name in ("publicity_refused",
                                                                 "strictest"):
            if node.name == "publicity_refused":
                body = ast.Return(ast.Constant(False))
            else:  # the least restricted instead of the most
                body = ast.parse("return min([Sensitivity(x) for x in levels if x is not None], "
                                 "key=lambda s: s.rank, default=Sensitivity.PUBLIC)").body[0]
            new = ast.FunctionDef(node.name, node.args, [body], node.decorator_list,
                                  node.returns, type_params=[])
            found.append((node.lineno, f"function: {node.name} mutated", node, new))
    return found


class Swap(ast.NodeTransformer):
    def __init__(self, target: ast.AST, replacement: ast.AST):
        self.target, self.replacement = target, replacement

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return ast.copy_location(self.replacement, node)
        return super().generic_visit(node)


def run_tests(extra: list[str]) -> bool:
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly",
                             "-p", "no:cacheprovider", *TESTS, *extra], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return result.returncode == 0


def main(extra: list[str]) -> int:
    rows = []
    only = {x.strip() for x in os.environ.get("MUTATE_ONLY", "").split(",") if x.strip()}
    for rel in TARGETS:
        path = ROOT / rel
        original = path.read_text(encoding="utf-8")
        for line, what, node, replacement in mutants(ast.parse(original)):
            if only and f"{rel}:{line}" not in only:
                continue
            # re-find the node in a fresh tree by position
            fresh = ast.parse(original)
            target = next(n for n in ast.walk(fresh) if type(n) is type(node)
                          and getattr(n, "lineno", None) == node.lineno
                          and getattr(n, "col_offset", None) == node.col_offset)
            tree = ast.fix_missing_locations(Swap(target, replacement).visit(fresh))
            try:
                source = ast.unparse(tree).replace(  # for the sql mutants' sqlalchemy.true()
                    "from __future__ import annotations\n",
                    "from __future__ import annotations\nimport sqlalchemy\n", 1)
                path.write_text(source, encoding="utf-8")
                survived = run_tests(extra)
            finally:
                path.write_text(original, encoding="utf-8")
            rows.append((f"{rel}:{line}", what, "SURVIVED" if survived else "killed"))
            print(f"{rows[-1][2]:8}  {rows[-1][0]}  {what}", flush=True)
    survivors = [r for r in rows if r[2] == "SURVIVED"]
    print(f"\n{len(rows)} mutants, {len(rows) - len(survivors)} killed, "
          f"{len(survivors)} survived")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
