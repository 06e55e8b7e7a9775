"""Stress test: every class and id of a page replaced by a hash, as a build tool writes them
(``class="_3xK9a"``). Cleans the original and the hashed page and prints, per page, the lines
the hashed version leaks (not in the original's text) and loses (in the original, not in the
hashed one), so structure-only detection can be measured without the class-name rules.

    PYTHONPATH=$PWD python bench/hashed_classes.py [PAGE.html ...]

Without arguments: the saved real pages (../shared/pages/real beside the checkout) and
tests/fixtures/html_shapes/. Last line: ``hashed_pages_differ=N pages=M leaked_chars=L
lost_chars=K``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners import clean_html  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402

_ATTR = re.compile(r"""(\s(?:class|id)\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.I | re.S)
_SELECTOR = re.compile(r"([.#])(-?[A-Za-z_][\w-]*)")


def _hash(token: str) -> str:
    return "_" + hashlib.md5(token.encode()).hexdigest()[:6]


def hash_classes(html: str) -> str:
    """The page with every class/id token, and the same names in its <style> selectors,
    replaced by a deterministic hash."""
    seen: set[str] = set()

    def attr(m: re.Match[str]) -> str:
        value = m.group(2)
        quote = value[0] if value[:1] in "\"'" else ""
        inner = value[1:-1] if quote else value
        tokens = inner.split()
        seen.update(tokens)
        return f'{m.group(1)}"{" ".join(_hash(t) for t in tokens)}"'

    html = _ATTR.sub(attr, html)

    def style(m: re.Match[str]) -> str:
        body = _SELECTOR.sub(
            lambda s: s.group(1) + (_hash(s.group(2)) if s.group(2) in seen else s.group(2)),
            m.group(2))
        return m.group(1) + body + m.group(3)

    return _STYLE.sub(style, html)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def compare(path: Path) -> tuple[list[str], list[str]]:
    html = decode_html(path.read_bytes()).text
    before = _lines(clean_html(html, id=path.stem).text)
    after = _lines(clean_html(hash_classes(html), id=path.stem).text)
    kept = set(before)
    now = set(after)
    return [x for x in after if x not in kept], [x for x in before if x not in now]


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or [
        *sorted((ROOT.parent / "shared" / "pages" / "real").glob("*.html")),
        *sorted((ROOT / "tests" / "fixtures" / "html_shapes").glob("*.html")),
    ]
    bad = leaked = lost_total = 0
    for path in paths:
        leaks, lost = compare(path)
        if not leaks and not lost:
            continue
        bad += 1
        leak_chars = sum(map(len, leaks))
        lost_chars = sum(map(len, lost))
        leaked += leak_chars
        lost_total += lost_chars
        print(f"== {path.name}: leaks {len(leaks)} lines/{leak_chars} chars, "
              f"lost {len(lost)} lines/{lost_chars} chars")
        for line in leaks[:12]:
            print("  +", line[:100])
        for line in lost[:12]:
            print("  -", line[:100])
    print(f"{bad} of {len(paths)} pages differ when hashed")
    print(f"hashed_pages_differ={bad} pages={len(paths)} leaked_chars={leaked} "
          f"lost_chars={lost_total}")


if __name__ == "__main__":
    main(sys.argv[1:])
