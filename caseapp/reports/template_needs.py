"""Which placeholders a letter template needs a value for: those it shows whatever they
hold, not those shown only under an ``{% if %}`` that tests them, nor, given the values at
hand, those of a branch that an ``{% if [not] NAME %}`` does not take."""

from __future__ import annotations

from collections.abc import Mapping

from jinja2 import nodes

from caseapp.domain.clean_text import blank


def needed_names(tree: nodes.Node, names: set[str],
                 context: Mapping[str, str] | None = None) -> set[str]:
    """The names of ``names`` the template ``tree`` needs a value for (with ``context``, as
    its values decide the ``{% if [not] NAME %}`` tests)."""
    return _needed(tree, frozenset(), names, context)


def _decided(test: nodes.Node, context: Mapping[str, str] | None) -> bool | None:
    """Whether an ``{% if %}`` test of one name (``NAME`` or ``not NAME``) holds with the
    values of ``context``; None without a context or for any other test."""
    negated = isinstance(test, nodes.Not)
    name = test.node if isinstance(test, nodes.Not) else test
    if context is None or not isinstance(name, nodes.Name):
        return None
    given = not blank(str(context.get(name.name) or ""))
    return given != negated


def _needed(node: nodes.Node, guarded: frozenset[str], names: set[str],
            context: Mapping[str, str] | None = None) -> set[str]:
    """The names of ``names`` that ``node`` shows outside an ``{% if NAME %}`` that tests them
    (and, with ``context``, outside the branch an ``{% if [not] NAME %}`` does not take)."""
    if isinstance(node, nodes.If):  # its test may be empty; so may what its body shows of it
        test = node.test
        tested = guarded | {n.name for n in [test, *test.find_all(nodes.Name)]
                            if isinstance(n, nodes.Name)}
        taken = _decided(test, context)
        found = set()
        if taken is not False:
            for child in node.body:
                found |= _needed(child, tested, names, context)
        if taken is not True:
            for child in [*node.elif_, *node.else_]:
                found |= _needed(child, guarded, names, context)
        return found
    if isinstance(node, nodes.Name):
        return {node.name} if node.name in names and node.name not in guarded else set()
    found = set()
    for child in node.iter_child_nodes():
        found |= _needed(child, guarded, names, context)
    return found
