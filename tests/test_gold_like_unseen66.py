"""Defects the gold_like pages gl508-gl513 showed, each on invented text with counterexamples:
a read-aloud player's row with its speed after the clock, a gallery's counter in words (第1张
共5张) glued before each caption, a policy explanation's tabs and its linked document's row, its
解读机关 as the publisher, a paper's newsroom after its name in a byline (某某日报全媒体记者), and
the post-deletion trade (删帖) with its advert glued straight after a notice's numbered heading."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners import clean_text
from cleaners.chrome.inline import gallery_counter_spans
from cleaners.document import Doc
from cleaners.meta import parse_byline
from cleaners.spam import LexiconSpam

if TYPE_CHECKING:
    from collections.abc import Sequence

PARA = "今年以来，某某县把党支部建在网格上，推动党组织服务力量下沉到群众身边，办结群众诉求两千余件。"
PARA2 = "县委组织部有关负责人表示，下一步将完善网格党组织运行机制，让基层治理更加精细。"


def _page(*middle: str, head: Sequence[str] = ()) -> str:
    return "\n".join(["某某县推行党建加网格模式", "发布时间：2026-09-18 09:30　来源：某某县委组织部",
                      *head, PARA, *middle, PARA2]) + "\n"


@pytest.mark.parametrize("row", ["听新闻 00:00 / 04:12 倍速 1.0x", "语音播报 00:00/03:05 1.5x 暂停"])
def test_a_player_row_with_its_speed_after_the_clock_goes(row: str) -> None:
    doc = clean_text(_page(head=[row]), id="t")
    assert doc.text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("line", ["比分定格在3:1，全场比赛于21:45结束，倍速回放显示越位在先。",
                                  "听新闻也是一种学习，每天00:00 / 06:00各更新一次。"])
def test_a_clock_in_prose_is_no_player(line: str) -> None:
    assert line in clean_text(_page(line), id="t").text


@pytest.mark.parametrize("form", ["第{k}张 共4张　{t}", "第{k}张/共4张：{t}", "第{k}张，共4张 {t}"])
def test_a_gallery_counter_in_words_goes_from_each_caption(form: str) -> None:
    lines = [form.format(k=k, t=f"村民们在稻田里开展第{k}轮割稻比赛。") for k in range(1, 5)]
    spans = gallery_counter_spans(lines)
    left = [(ln[:a] + ln[b:]).strip() for ln, (a, b) in zip(lines, spans.values(), strict=True)]
    assert left == [f"村民们在稻田里开展第{k}轮割稻比赛。" for k in range(1, 5)]


@pytest.mark.parametrize("lines", [
    # counterexamples: an ordinal in prose, a count that does not count up under one total
    ["第1张 共5张照片都是他拍的。", "第3张 共5张是合影。", "第2张 共5张最清楚。"],
    ["第1张选票有效，共3张作废。", "第2张选票有效，共9张作废。", "第3张选票有效，共4张作废。"],
])
def test_ordinals_in_prose_are_no_gallery_counters(lines: list[str]) -> None:
    assert gallery_counter_spans(lines) == {}


JIEDU = """某某县人民政府
当前位置：首页 > 政务公开 > 政策解读
问答式解读《某某县门诊慢特病保障实施细则》
解读类型：文字解读　　解读机关：县医疗保障局　　发布日期：2026-08-28
【文字解读】【图片解读】【视频解读】
关联文件：某某县门诊慢特病保障实施细则
问：为什么要出台《实施细则》？
答：门诊慢特病患者需要长期用药和治疗，费用负担较重，县医疗保障局结合我县实际制定了《实施细则》。
问：《实施细则》什么时候开始执行？
答：《实施细则》自2026年10月1日起施行，有效期五年。
"""


def test_a_policy_explanations_field_row_tabs_and_linked_document() -> None:
    doc = clean_text(JIEDU, id="t")
    assert doc.meta.title == "问答式解读《某某县门诊慢特病保障实施细则》"
    assert doc.meta.source_name == "县医疗保障局"
    assert doc.meta.date == "2026-08-28"
    assert doc.text.split("\n")[0] == "问：为什么要出台《实施细则》？"
    # a 来源 row names the publisher before the 解读机关
    sourced = JIEDU.replace("解读机关：县医疗保障局", "来源：县政府办公室　解读机关：县医疗保障局")
    assert clean_text(sourced, id="t").meta.source_name == "县政府办公室"


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("某某日报全媒体记者 沈某 实习生 韦某", "某某日报", ("沈某", "韦某")),
    ("某某晚报融媒记者 许某", "某某晚报", ("许某",)),
    # counterexamples: an outlet named for its newsroom, and a kind of newsroom alone
    ("某某融媒记者 许某", "某某融媒", ("许某",)),
    ("全媒体记者 许某", None, ("许某",)),
])
def test_a_papers_newsroom_after_its_name_is_no_part_of_the_publisher(
        line: str, source: str | None, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert found.source_name == source
    assert tuple(found.authors) == authors


@pytest.fixture(scope="module")
def lexicon() -> LexiconSpam:
    return LexiconSpam()


NOTICE = ("为切实保障人民群众生命财产安全，决定在全县开展农村自建房安全隐患排查整治工作。\n"
          "{heading}\n"
          "全县行政区域内的农村自建房，重点排查3层及以上、人员密集和用作经营的自建房。\n"
          "各乡镇组织村（社区）对辖区内自建房逐户摸底登记，{piece}建立排查台账。\n"
          "热门标签：专业删帖 删除负面信息 网络删帖公司")


def test_the_post_deletion_trade_goes_and_a_glued_heading_stays(lexicon: LexiconSpam) -> None:
    out = lexicon(Doc("d", text=NOTICE.format(heading="一、排查范围专业删帖",
                                              piece="删除负面信息"))).text
    assert out.split("\n")[1] == "一、排查范围"
    assert "逐户摸底登记，建立排查台账。" in out
    assert "删" not in out


@pytest.mark.parametrize("line", ["一、金盛国际开户送彩金", "二、鸿运棋牌注册送彩金"])
def test_a_glued_heading_that_names_the_adverts_brand_goes_whole(
        lexicon: LexiconSpam, line: str) -> None:
    # counterexample: the heading's words before the selling hit are the advert's own name
    assert lexicon(Doc("d", text=f"{line}\n{PARA2}")).text == PARA2


@pytest.mark.parametrize("line", [
    "警方破获一起有偿删帖案，该团伙以帮企业删除负面信息为名收取费用。",
    "一、严厉打击有偿删帖等网络乱象",
    "二、工作要求",
])
def test_news_on_the_post_deletion_trade_stays(lexicon: LexiconSpam, line: str) -> None:
    text = f"{PARA}\n{line}\n{PARA2}"
    assert lexicon(Doc("d", text=text)).text == text
