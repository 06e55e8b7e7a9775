"""Saved pages of site families seen nowhere else in the fixtures, cleaned whole.

Each page (tests/fixtures/text/<name>.txt) is a browser's "save as text" of an invented
article with its site's full chrome; the ``.expected`` file beside it is the whole text a
perfect cleaner returns. Names, places and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.meta import closing_signature

PAGES = Path(__file__).parent / "fixtures" / "text"

# name -> (title, date, source_name, authors)
FIELDS: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_the_article_stays_and_the_chrome_goes(name: str) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name, doc.meta.authors) == FIELDS[name]
    assert doc.text == (PAGES / f"{name}.expected").read_text("utf-8").strip()


@pytest.mark.parametrize(("lines", "signed"), [
    # the contact lines under the notice's last numbered heading, then its signature
    (["三、联系方式", "联系人：侯女士 联系电话：0000-00000000", "某某集团有限公司", "2026年2月20日"],
     {2, 3}),
    (["三、联系方式", "联系人：侯女士", "电话：0000-00000000", "某某县人民政府办公室", "2026年2月20日"],
     {3, 4}),
    # a heading straight over an issuer and a date: a related item and its date, no signature
    (["三、相关链接", "某某集团有限公司", "2026年2月20日"], set()),
])
def test_a_signature_under_the_contact_lines_of_a_numbered_heading(
        lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed

