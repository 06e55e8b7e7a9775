"""spam.injection output is pinned on bench pages: speed work must not change a removal.

Pages: seed 004 as is, and bench/spam_inject.py's inject() on its clean articles (two RNG
seeds, lexicon brands and unseen brands). For each page and each analysis (the default, and
the chain rules alone on every page) the fixture holds a digest of the final text and of every
removal (text, where, why). A change of behaviour that is meant re-pins with
``PYTHONPATH=. python tests/test_spam_injection_pins.py --write`` (say why in the commit).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from cleaners.document import Doc  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam  # noqa: E402

PINS = ROOT / "tests" / "fixtures" / "spam_injection_pins.json"
SEED = "004_430d29aad108b5a3"


def _bench() -> Any:
    from tests.conftest import load_bench

    return load_bench("spam_inject")


def _pages() -> list[tuple[str, str]]:
    from tests.conftest import shared_path

    bench = _bench()
    pages = [(SEED, shared_path("seeds", f"{SEED}.txt").read_text("utf-8"))]
    for seed in (1, 2):
        rng = random.Random(seed)
        # The gold folder as the tests find it: wherever the checkout sits, the same pages.
        articles = bench.clean_articles(8, rng, shared_path("gold"))
        for label, brands in (("brands", bench.BRANDS), ("unseen", bench.UNSEEN_BRANDS)):
            pages += [(f"seed{seed}-{label}-{i}", bench.inject(text, rng, brands=brands)[0])
                      for i, text in enumerate(articles)]
    return pages


def _digest(doc: Doc) -> str:
    h = hashlib.sha256(doc.text.encode())
    for r in doc.removals:
        h.update(repr((r.cleaner, r.rule, r.why, r.text, r.where)).encode())
    return h.hexdigest()[:16]


def _outputs() -> dict[str, dict[str, str]]:
    lexicon = LexiconSpam()
    both, rules = InjectedFragments(), InjectedFragments(always=True, method="rules")
    out = {}
    for label, text in _pages():
        doc = lexicon(Doc(label, text=text))
        out[label] = {"both": _digest(both(doc)), "rules": _digest(rules(doc))}
    return out


def test_injection_outputs_match_pins() -> None:
    pins = json.loads(PINS.read_text("utf-8"))
    got = _outputs()
    assert list(got) == list(pins)
    changed = [(label, kind) for label in pins for kind in pins[label]
               if got[label][kind] != pins[label][kind]]
    assert not changed, f"spam.injection output changed on {changed}"


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    PINS.write_text(json.dumps(_outputs(), indent=1) + "\n", "utf-8")
