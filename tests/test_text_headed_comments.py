"""A comment list saved as text whose rows head the comments (gold_html gh218 as text): each
comment its writer's name with its time glued after it (• 某某2025-12-20 10:32), a line of
text and its row of buttons (回复点赞 328); a reply one row (• 某某：同感。2025-12-20 10:47点赞 56).
The list, longer than a short article above it, is no text. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _comment_header

_ARTICLE = ("某某晚报网\n首页 / 交通 / 正文\n某某线南延段开通初期运营\n2025-12-20 10:15 来源：某某晚报\n"
            "12月20日上午，某某线南延段正式开通初期运营，全长9.6公里，设车站6座。\n"
            "开通后，科教园区到市中心的通勤时间缩短到40分钟左右。\n"
            "运营方提醒，市民可通过手机扫码进站。\n")
_COMMENTS = ("网友评论\n"
             "• 某某小胖2025-12-20 10:32\n终于等到了，每天能多睡半个小时，希望以后高峰期能再加密班次。\n"
             "回复点赞 328\n"
             "• 打工人：同感，车厢里还挺宽敞。2025-12-20 10:47点赞 56\n"
             "• 老某某2025-12-20 11:05\n施工期间天天堵车，沿线居民都辛苦了，希望把单车停放点规划好。\n"
             "回复点赞 211\n"
             "• 小鹿2019 2025-12-20 11:18\n请问南延段的末班车是几点？有知道的朋友回复一下吗。\n"
             "回复点赞 97\n")
_FOOTER = "某某晚报网 版权所有\n某ICP备00000000号-3\n"


def test_a_comment_list_of_headed_rows_under_a_short_article_goes() -> None:
    doc = clean_text(_ARTICLE + _COMMENTS + _FOOTER, id="c")
    assert doc.text.split("\n") == [
        "12月20日上午，某某线南延段正式开通初期运营，全长9.6公里，设车站6座。",
        "开通后，科教园区到市中心的通勤时间缩短到40分钟左右。",
        "运营方提醒，市民可通过手机扫码进站。"]


def test_one_dated_item_over_a_paragraph_is_no_comment_list() -> None:
    # counterexample: an article's own dated item over its paragraph, once, stays
    item = "• 项目开工2025-03-01 09:00\n上午九时，项目正式开工建设，预计明年年底建成投用。\n"
    doc = clean_text(_ARTICLE + item + _FOOTER, id="c")
    assert "上午九时，项目正式开工建设，预计明年年底建成投用。" in doc.text


@pytest.mark.parametrize(("line", "kind"), [
    ("• 某某小胖2025-12-20 10:32", "name"),
    ("• 小鹿2019 2025-12-20 11:18", "name"),
    ("• 打工人：同感，车厢里还挺宽敞。2025-12-20 10:47点赞 56", "reply"),
    # counterexamples: no bullet; no time of day; a sentence before the time; a date first
    ("某某小胖2025-12-20 10:32", None),
    ("• 某某小胖2025-12-20", None),
    ("• 上午九时，项目正式开工建设2025-03-01 09:00", None),
    ("• 2025-12-20 10:32 发布橙色预警", None),
])
def test_comment_header(line: str, kind: str | None) -> None:
    assert _comment_header(line) == kind
