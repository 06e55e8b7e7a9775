"""Taiwan and Hong Kong pages saved as text (gold_html gh222-gh227 as text): a release's
metadata table saved a row a line with a space for the cell and no colon (標題 某某 / 發布日期
115-11-27 / 發布單位 某某處 / 聯絡人 某某), its rows read as fields. Each in both scripts.
Names are invented."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text
from cleaners.meta import spaced_cell_rows

_S2T = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_S2T.convert(text))


_RELEASE = ["某某县水利处办理的某某溪堤防补强工程已于本月完工，全长约一点八公里，可提高堤防的防洪能力。",
            "水利处提醒，汛期期间民众应避免进入河川区域，并配合地方政府疏散撤离指示。"]
_TITLE = "某某溪堤防补强工程完工 汛期前提升防洪能力"


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("date", ["115-11-27", "2026-11-27", "2026年11月27日"])
def test_a_releases_table_rows_saved_with_no_colon_are_its_fields(script: str, date: str) -> None:
    page = "\n".join(["首页 > 最新消息 > 新闻稿", "新闻稿", "", f"标题 {_TITLE}",
                      f"发布日期 {date}", "发布单位 某某县水利处", "联络人 工务课 张股长",
                      "联络电话 03-8331234#215", "", *_RELEASE, "", "回上一页"])
    want = list(_RELEASE)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    doc = clean_text(page, id="release")
    assert doc.text.split("\n") == want
    assert doc.meta.date == "2026-11-27"
    assert doc.meta.title == (_TITLE if script == "hans" else to_traditional(_TITLE))


@pytest.mark.parametrize(("lines", "taken"), [
    (["标题 某某工程完工", "发布日期 2025-11-27", "发布单位 某某处"], [0, 1, 2]),
    (["發布日期 115-11-27", "發布單位 某某處", "聯絡人 某某", "聯絡電話 03-8331234"], [0, 1, 2, 3]),
    # one row alone is no table
    (["发布日期 2025-11-27"], []),
    # rows with no date among them: no release's metadata
    (["作者 某某", "来源 某某日报"], []),
    # a contact row under no field row is none
    (["联络人 某某", "发布日期 2025-11-27"], []),
    # a line of the text starting on a label's word: no value a field takes
    (["作者 在文中指出，这项工程已经完工。", "发布日期 2025-11-27"], []),
    # rows apart (a blank line between) are no one table
    (["发布日期 2025-11-27", "", "发布单位 某某处"], []),
])
def test_spaced_cell_rows(lines: list[str], taken: list[int]) -> None:
    head = [i for i, line in enumerate(lines) if line]
    assert sorted(spaced_cell_rows(lines, head)) == taken


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_text_line_opening_on_a_labels_word_stays(script: str) -> None:
    body = ["作者 在文中指出，这项工程的完工将使沿岸居民免受洪水威胁，当地农田也将得到保护。",
            *_RELEASE]
    page = "\n".join([_TITLE, "2026-11-27", "", *body])
    want = list(body)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="body").text.split("\n") == want
