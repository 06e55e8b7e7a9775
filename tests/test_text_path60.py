"""Round textpath60 (gold_html --text): a bilingual page's labels glossed in English before their
colon (发布时间 Date：, 当前位置 Location：, 分享 Share：). Invented text."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.normalize import without_label_glosses


@pytest.mark.parametrize(("line", "plain", "glosses"), [
    ("发布时间 Date：2025-03-04 来源 Source：某某办公室 浏览 Views：12",
     "发布时间：2025-03-04 来源：某某办公室 浏览：12", ["Date", "Source", "Views"]),
    ("当前位置 Location：首页 > 通知公告", "当前位置：首页 > 通知公告", ["Location"]),
    ("分享 Share：微信 微博", "分享：微信 微博", ["Share"]),
    ("作者(Author)：李某", "作者：李某", ["Author"]),
    ("浏览次数/Views: 30", "浏览次数: 30", ["Views"]),
    ("发布日期 Release Date：2025年3月4日", "发布日期：2025年3月4日", ["Release Date"]),
    ("您的位置 You are here：首页", "您的位置：首页", ["You are here"]),
])
def test_a_known_labels_english_gloss_goes(line: str, plain: str, glosses: list[str]) -> None:
    assert without_label_glosses(line) == (plain, glosses)


@pytest.mark.parametrize("line", [
    "来源 Reuters：据报道，某地发生地震。",     # a name, not a gloss of the label
    "作者 Lisa：我们这样开始吧。",
    "The Date: 2025-03-04",                    # no Chinese label
    "那段时间 Time：一本杂志的名字",            # 时间 inside a word, not a label
    "发布时间：2025-03-04",                    # nothing to take
    "报告题目 Title：某某",                     # not a label of the page's head or foot
])
def test_other_english_before_a_colon_stays(line: str) -> None:
    assert without_label_glosses(line) == (line, [])


def test_a_bilingual_pages_head_and_share_row_go_and_meta_reads_them() -> None:
    page = ("某某新区管委会 Welcome\n首页Home新闻News联系我们Contact\n"
            "当前位置 Location：首页 Home > 新闻中心 News > 工作动态 Updates\n\n"
            "某某新区启动智慧园区建设\n\n"
            "发布时间 Date：2025-03-04　来源 Source：某某新区管委会　浏览 Views：31\n\n"
            "3月3日，某某新区召开会议，部署智慧园区建设工作，计划年内完成园区主干网络和数据平台建设。\n\n"
            "The new area held a meeting on March 3 to plan its smart park, with the park's network "
            "and data platform to be built within the year.\n\n"
            "分享 Share：微信 WeChat 微博 Weibo 打印 Print\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某新区启动智慧园区建设"
    assert doc.meta.date == "2025-03-04"
    assert doc.meta.source_name == "某某新区管委会"
    assert doc.text.startswith("3月3日")
    assert doc.text.endswith("built within the year.")
    assert any(r.rule == "label_gloss" for r in doc.removals)
