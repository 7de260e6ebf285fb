"""The events stage's modules form layers (its package docstring lists them): each imports only modules above it, so
a reader can learn the package from the top and no import cycle can form."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ctwatch.extract.events

PACKAGE = Path(ctwatch.extract.events.__file__).parent
LAYERS = ["patterns", "cues", "context", "gtd", "sides", "coding", "parts", "continuation", "background", "incidents"]


def test_every_module_of_the_package_is_a_listed_layer():
    assert sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__") == sorted(LAYERS)
    docstring = ctwatch.extract.events.__doc__
    assert [layer for layer in LAYERS if f"``{layer}``" in docstring] == LAYERS


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_above_it(layer):
    tree = ast.parse((PACKAGE / f"{layer}.py").read_text())
    siblings = [node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.level == 1]
    assert [s for s in siblings if LAYERS.index(s) >= LAYERS.index(layer)] == []
