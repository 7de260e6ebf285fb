"""The extraction modules bind each module-level name once: a second ``_NAME = re.compile(...)`` far down a long module
silently replaces the first for every function that reads it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import ctwatch.extract.pipeline

EXTRACT = Path(ctwatch.extract.pipeline.__file__).parent
MODULES = sorted(EXTRACT.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(EXTRACT)) for p in MODULES])
def test_no_module_level_name_is_bound_twice(path):
    tree = ast.parse(path.read_text())
    bound = Counter(target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name))
    bound.update(node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef)))
    assert [name for name, n in bound.items() if n > 1] == []
