#!/usr/bin/env python3
"""Set up and run the project with nothing but Python 3.11.

    python3 dev.py demo   # make .venv, install, clean the bundled demo pages -> out/demo.jsonl
    python3 dev.py test   # make .venv, install with test tools, run the whole test suite

Extra arguments after `test` go to pytest (e.g. `python3 dev.py test -m "not slow"`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"


def run(*cmd: str | Path) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT)


def setup(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - must explain itself on an older Python
        sys.exit(f"Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'base'}"
    deps = (ROOT / "pyproject.toml").stat().st_mtime
    if stamp.exists() and stamp.stat().st_mtime >= deps:
        return
    target = f".[{extras}]" if extras else "."
    if run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip") or run(
            PY, "-m", "pip", "install", "--quiet", "-e", target):
        sys.exit("installation failed; see the pip output above")
    stamp.touch()


def demo() -> int:
    setup("")
    out = ROOT / "out" / "demo.jsonl"
    code = run(BIN / "corpus", "clean", ROOT / "sites" / "demo" / "pages", "-o", out)
    if code == 0:
        print(f"\nThe demo corpus is in {out.relative_to(ROOT)}; "
              f"see why each line went with:\n  {BIN.relative_to(ROOT)}/corpus clean --explain "
              "sites/demo/pages/river-town-volunteers.txt")
    return code


def test(args: list[str]) -> int:
    setup("dev,crawl")
    return run(PY, "-m", "pytest", *args)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    return demo() if argv[0] == "demo" else test(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
