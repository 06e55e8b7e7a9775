"""normalize's pattern for ASCII marks touching Han text, written mark first for speed, finds
exactly what the plain form (a mark after such a character, or one before it) finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

from cleaners import normalize

FIXTURES = Path(__file__).parent / "fixtures"
_PLAIN = re.compile(rf"(?<=[{normalize._CJK_CONTEXT}])[,:;?!()]"
                    rf"|[,:;?!()](?=[{normalize._CJK_CONTEXT}])")


def _texts() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "text").glob("*.txt"))]
    rng = random.Random(7)
    alphabet = ",:;?!()，。（）a 1中文\n"
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    return [*pages, *made, "测试(一)!", "(中)", ",中", "中,", "a,b", "", "((中))"]


def test_marks_found_as_by_the_plain_pattern() -> None:
    texts = _texts()
    assert any(_PLAIN.search(t) for t in texts)
    for text in texts:
        assert [m.span() for m in normalize._ASCII_NEAR_HAN.finditer(text)] == [
            m.span() for m in _PLAIN.finditer(text)], text
