"""Portal channel articles saved as text (gold_like gl386-gl391): a car portal's shop buttons
under the date row (询底价  预约试驾  计算购车成本) and a house portal's 400 hotline adverts
(咨询热线：400-…转1024 in a 楼盘信息 box) are chrome; the review's 参数配置 rows, the box's other
rows and a company's service line in a notice stay."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from tests.scripts import to_traditional

_HEAD = ["某某汽车网", "首页 | 新车 | 导购 | 评测 | 用车", "当前位置：汽车首页 > 评测 > 正文",
         "某某S5纯电版试驾：续航扎实", "2025-09-14 08:30  来源：某某汽车网  作者：某某某"]
_BODY = ["某某S5纯电版定位紧凑型SUV，本次试驾的是长续航旗舰版，外观延续家族式设计。",
         "主要参数配置如下：", "轴距：2750mm", "CLTC续航：520km",
         "实际驾驶中，满电表显续航可跑出约440公里，达成率较高，底盘调校偏舒适。"]
_TAIL = ["责任编辑：某某某", "某某汽车网 版权所有"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_car_portals_shop_buttons_go_and_its_spec_rows_stay(script: str) -> None:
    page = "\n".join([*_HEAD, "询底价　预约试驾　计算购车成本　车贷计算", *_BODY, *_TAIL])
    want = _BODY
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in _BODY]
    assert clean_text(page, id="car").text.split("\n") == want


_HOUSE = ["4月20日，城南片区今年首个新建商品住宅项目开盘，首批推出住房236套，户型面积89至128平方米。",
          "楼盘信息", "参考均价：18800元/平方米", "售楼处地址：某某区某某路66号"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_house_portals_hotline_goes_and_the_boxs_other_rows_stay(script: str) -> None:
    page = "\n".join([*_HEAD[:3], "某某新盘入市 开发商推出首付分期",
                      "2025-04-22 15:10  来源：某某房产网  作者：某某某",
                      *_HOUSE, "咨询热线：400-812-6688转1024", *_TAIL])
    want = _HOUSE
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in _HOUSE]
    assert clean_text(page, id="house").text.split("\n") == want


def test_a_hotline_with_no_sellers_label_or_extension_stays() -> None:
    """Counterexample: a notice's 400 line under a plain label (no seller's, no lead's
    extension), and a sentence giving a seller's number, are the notice's text."""
    body = ["某某公司决定自2025年6月1日起召回部分电动自行车，用户可到当地门店免费更换电池。",
            "咨询热线：400-812-6688", "售楼处电话：400-812-6688，记者多次拨打均无人接听。"]
    page = "\n".join(["召回公告", "2025-05-20  来源：某某网", *body])
    assert clean_text(page, id="recall").text.split("\n") == body


_POST = ["近日，古装剧《某某》播出过半，女主角的部分情节引发观众讨论，主演在个人微博发文回应。",
         "她在微博中写道：", "某某某V：谢谢大家这段时间的陪伴，希望大家耐心看下去。"]
_AFTER = ["该条微博发出后，不少网友留言表示支持，也有观众认为剧情节奏仍需加快。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_quoted_posts_stamp_and_counts_go_and_its_words_stay(script: str) -> None:
    page = "\n".join([*_HEAD[:3], "演员发文回应新剧争议", "2025-11-03 10:20  来源：某某网  作者：某某",
                      *_POST, "11月2日 22:15 来自 iPhone客户端", "转发 3.2万　评论 1.8万　点赞 26万",
                      *_AFTER, *_TAIL])
    want = [*_POST, *_AFTER]
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="post").text.split("\n") == want


def test_a_posts_stamp_with_its_year_is_left_to_the_metadata() -> None:
    """Counterexample: a thread's stamp with its year may be the page's only date."""
    page = "\n".join(["某某吧", "水库钓鲢鳙的几条经验", "1楼 2024-09-14 22:18 来自Android客户端",
                      "夏末秋初是水库钓鲢鳙的好时候，白天水温高，鱼多在深水区，傍晚以后会上浮觅食。"])
    assert (clean_text(page, id="thread").meta.date or "").startswith("2024-09-14")
