"""The chrome a page interleaves with its paragraphs (gold_like gl448-gl453: a report split
over pages, a feature with 延伸阅读 boxes between paragraphs, a video interview), in the
layouts the pages' variants showed: a pager row with both end buttons after its numbers or
its page count after it, a page's label in brackets, the switch between the one-page and the
paged views, a related box's heading after arrows, a player's loading note in English. Names
are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import RELATED_MARKER
from cleaners.chrome.common import COMMON_RULES

_PAGINATION = next(r for r in COMMON_RULES if r.code == "pagination")
_PLAYER = next(r for r in COMMON_RULES if r.code == "player_placeholder")

_PARA1 = ("清晨六点，穿城而过的某某运河上已经有了动静。保洁船沿着河道缓缓推进，岸边步道上，"
          "晨练的居民三三两两地走过。")
_PARA2 = ("整治从“截污”开始。市水务部门对沿河两公里范围内的排水管网逐段排查，"
          "共找出错接、混接点位1300多处。")
_PARA3 = ("水清了，人气也回来了。运河沿岸新建的慢行步道串起了十二处口袋公园，"
          "几处老仓库被改造成书店、展馆和社区食堂。")


@pytest.mark.parametrize(("line", "chrome"), [
    ("1 2 3 下一页 尾页", True),
    ("<<上一页 1 2 3 下一页>>", True),
    ("第1页 第2页 第3页 下一页 全文", True),
    ("请点击下一页继续阅读", True),
    ("請點擊下一頁繼續閱讀", True),
    ("点击下一页继续阅读的按钮被放大了。", False),
    ("首页 上一页 1 2 3 下一页 尾页 共3页", True),
    ("（第2页）", True),
    ("全文阅读 | 分页阅读", True),
    ("单页阅读 | 分页阅读", True),
    ("單頁閱讀 | 分頁閱讀", True),
    ("单页浏览", True),
    # sentences about a document's pages or a reading mode
    ("（第2页起为附表）", False),
    ("分页阅读的设计让读者更方便。", False),
    ("全文阅读 约需5分钟", False),
])
def test_a_split_article_s_pager_rows(line: str, chrome: bool) -> None:
    assert _PAGINATION.matches(line) is chrome


@pytest.mark.parametrize(("line", "marker"), [
    (">>延伸阅读", True),
    ("» 相关链接：", True),
    (">>延伸閱讀", True),
    ("▼延伸阅读", True),
    (">>延伸阅读的书目由学校统一采购。", False),
])
def test_a_related_box_heading_after_arrows(line: str, marker: bool) -> None:
    assert (RELATED_MARKER.match(line) is not None) is marker


@pytest.mark.parametrize(("line", "chrome"), [
    ("Loading...", True),
    ("loading…", True),
    ("Your browser does not support the video tag.", True),
    ("请使用支持HTML5的浏览器", True),
    ("請使用支持HTML5的瀏覽器", True),
    ("Loading dock 装卸区改造完成", False),
    ("他建议，请使用支持HTML5的浏览器访问政务平台。", False),
])
def test_a_player_s_english_loading_note(line: str, chrome: bool) -> None:
    assert _PLAYER.matches(line) is chrome


def test_a_report_split_over_pages_keeps_its_paragraphs_only() -> None:
    page = ["某某新闻网", "首页 | 要闻 | 本地 | 深度 | 评论", "某某新闻网 > 深度 > 正文",
            "一条老运河的“第二次生命”", "2025年11月20日 07:48 来源：某某日报 作者：记者 某某某",
            "全文阅读 | 分页阅读", "（第1页）", _PARA1, "1 2 3 下一页 尾页", "（第2页）", _PARA2,
            "首页 上一页 1 2 3 下一页 尾页 共3页", "（第3页）", _PARA3, "单页阅读 | 分页阅读",
            "（责任编辑：某某）"]
    doc = clean_text("\n".join(page), id="fenye")
    assert doc.text.split("\n") == [_PARA1, _PARA2, _PARA3]


def test_a_related_box_between_paragraphs_goes_and_the_text_goes_on() -> None:
    page = ["某某在线", "您的位置：首页 > 视点 > 特稿", "守山人：在云雾里巡护二十年",
            "发布时间：2025-11-22 10:26:17 来源：某某在线", _PARA1, ">>延伸阅读",
            "·林场护林员平均年龄超过50岁 年轻人为何留不住 2025-10-12",
            "·我市森林覆盖率提升至68.3% 2025-09-30", _PARA2, _PARA3]
    doc = clean_text("\n".join(page), id="yanshen")
    assert doc.text.split("\n") == [_PARA1, _PARA2, _PARA3]


_CREDITS = next(r for r in COMMON_RULES if r.code == "credit_fields")


@pytest.mark.parametrize(("line", "chrome"), [
    ("摄像 某某某 | 剪辑 某某", True),
    ("攝像 某某某 | 剪輯 某某", True),
    ("摄像：某某 剪辑：某某某 监制：某某", True),
    # the crew's work told in a sentence
    ("剪辑这段视频，他花了三天。", False),
    ("摄像、剪辑都由学生完成。", False),
])
def test_a_video_s_crew_row(line: str, chrome: bool) -> None:
    assert _CREDITS.matches(line) is chrome
