"""Every module-level name in the packages is bound once.

A second ``_PATTERN = …`` further down a long module silently replaces the first for every
function that reads it at run time (Python looks module globals up when called), so a rule
written against the first value runs with the second. ruff's F811 covers functions and
imports only, so this test reads each module's top-level assignments itself.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = sorted(
    path for package in ("cleaners", "corpus", "crawler") for path in (ROOT / package).rglob("*.py")
)


def _rebound(source: str) -> list[str]:
    """Names bound twice at a module's top level (assignment, def or class), with lines."""
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name}: lines {seen[name]} and {node.lineno}")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_binds_each_name_once(path: pathlib.Path) -> None:
    assert _rebound(path.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found() -> None:
    assert _rebound("A = 1\ndef f() -> int:\n    return A\nA = 2\n") == ["A: lines 1 and 4"]
    assert _rebound("A = 1\nB = 2\n") == []
