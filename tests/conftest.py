"""Shared test helpers: where the mission's shared folder is, and the score tool loaded from it."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _find_shared() -> Path:
    """The mission's shared folder: beside the checkout (as CI has it), or $CORPUS_SHARED."""
    for candidate in (ROOT.parent / "shared", Path(os.environ.get("CORPUS_SHARED", "/nonexistent")),
                      Path("/work/shared")):
        if (candidate / "seeds").is_dir():
            return candidate
    return ROOT.parent / "shared"


SHARED = _find_shared()


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the shared folder must sit beside the checkout")
    return path


def _load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_score() -> ModuleType:
    return _load_module("score", shared_path("tools", "score.py"))


def load_bench(name: str) -> Any:
    """A script of bench/ as a module (the benches are scripts, not a package)."""
    return _load_module(name, ROOT / "bench" / f"{name}.py")


def load_golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))
            if p.name != "README.json"}
