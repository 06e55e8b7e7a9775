"""Dependencies point one way: crawler -> corpus -> cleaners; cleaners import neither."""

from __future__ import annotations

import subprocess
import sys

import cleaners


def test_cleaners_import_no_scrapy_or_corpus() -> None:
    code = ("import sys, cleaners, cleaners.registry as r\n"
            "for s in r.DEFAULT_STEPS: r.factory_for(s.use)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in {'scrapy', 'corpus', 'crawler', "
            "'twisted'}]\nprint(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_api_is_exported() -> None:
    for name in cleaners.__all__:
        assert hasattr(cleaners, name), name
    assert {"Doc", "Removal", "Drop", "Chain", "clean_text", "clean_html", "build_chain"} <= set(
        cleaners.__all__)
