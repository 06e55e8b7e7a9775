"""Gold HTML pages: invented saved pages of CMS template families we had no fixture for (a 政务公开
page in nested layout tables, a Vue page saved after render, an ASP.NET page whose body is ``<br>``
lines in ``<div>``s, a page with a hidden duplicate and hidden spam, a Discuz! thread, a WordPress
block theme), cleaned by ``corpus clean`` and scored by the official scorer
(``../shared/tools/score.py``) against their gold in the official format.

usage: python bench/gold_html.py [--pages DIR] [--keep OUT.jsonl]

The pages and their gold are ``tests/fixtures/gold_html/ID.html`` / ``ID.json``; the work is
``bench/gold_like.py``'s on that folder (the scorer loaded from the shared folder, never copied;
its report printed as it prints it, last line ``docs=N ... meta=N/M``).
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from gold_like import ROOT, main  # bench/ is a folder of scripts, not a package

if __name__ == "__main__":
    main(["--pages", str(ROOT / "tests" / "fixtures" / "gold_html"), *sys.argv[1:]])
