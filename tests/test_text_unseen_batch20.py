"""The general shapes the twentieth batch of unseen families (tests/fixtures/gold_like/gl180-gl186)
showed our text path getting wrong, each checked on invented pages: a folk tale's collection
record under the story (讲述人：… / 搜集整理：… / 搜集时间：… / 搜集地点：…), cut with the links
after it as a list of short lines though the page publishes it as part of the record; a
述职述廉报告's 述职人 line under its date row, not read as the report's author."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text
from cleaners.meta import tale_record

_TALE = """某某非遗网
首页  非遗名录  传承人  民间文学  传统技艺  非遗资讯
当前位置：首页 > 民间文学 > 民间故事
某某桥的传说
发布时间：2025年3月2日  来源：某某县文化馆  点击数：88
从前，河边住着一个摆渡的老汉，每天把过河的人一个个送到对岸，从不多收一文钱。
有一年发大水，渡船被冲走了，老汉急得直跺脚。
一个过路的道士问他：“你想要什么？”
老汉说：“我只想河上有座桥，大家过河不再犯难。”
第二天一早，河上果然多了一座石桥，村里人便叫它某某桥。
{record}
分享：  微信  微博
上一篇：某某井的故事
下一篇：某某山歌（选段）
相关推荐
某某灯会入选省级非遗名录
非遗传承人培训班开班
某某县文化馆 版权所有
某ICP备00000000号
"""

_RECORDS = [
    "讲述人：某某某，男，81岁，农民\n搜集整理：某某\n搜集时间：2018年6月\n搜集地点：某某村",
    "讲述者：某某某\n记录整理：某某",
    "口述：某某某（女，70岁）\n整理：某某\n流传地区：某某县一带",
    "演唱者：某某某\n采录：某某\n采录地点：某某乡",
]


@pytest.mark.parametrize("record", _RECORDS)
def test_a_tales_collection_record_is_its_text(record: str) -> None:
    for page in (_TALE.format(record=record),
                 _TALE.format(record=f"\n{record}\n"),  # blank lines round it
                 # a page spacing every line, the record's rows too
                 _TALE.format(record=record).replace("\n", "\n\n"),
                 opencc.OpenCC("s2t").convert(_TALE.format(record=record))):
        doc = clean_text(page, id="tale")
        assert doc.text.split("\n")[-len(record.split("\n")):] == [
            opencc.OpenCC("s2t").convert(ln) if "傳說" in page else ln
            for ln in record.split("\n")]
        assert doc.meta.authors == ()  # the collector is the record's, no byline
        for chrome in ("分享", "上一篇", "相关推荐", "相關推薦", "培训班", "培訓班", "版权所有"):
            assert chrome not in doc.text


def test_tale_record_needs_teller_and_collector() -> None:
    """Counterexamples: a credit naming only who compiled the page (整理：某某), or a list of
    links, is no collection record; fields run only while every line is one."""
    assert tale_record(["整理：某某", "编辑：某某"]) == frozenset()
    assert tale_record(["讲述人：某某某", "分享：微信  微博", "搜集整理：某某"]) == frozenset()
    assert tale_record(["讲述人：某某某", "", "搜集整理：某某", "", "相关推荐"]) == {0, 2}
    assert tale_record(["故事正文。", "讲述人：某某某", "搜集整理：某某", "上一篇：某某"]) == {1, 2}
    assert tale_record(["某某灯会入选省级非遗名录", "非遗传承人培训班开班"]) == frozenset()


def test_a_compilers_credit_under_a_story_still_goes() -> None:
    """Counterexample: 整理：某某 alone under the story, with no teller, is the page's credit: it
    leaves the text as before."""
    doc = clean_text(_TALE.format(record="整理：某某"), id="credit")
    assert "整理：某某" not in doc.text
    assert doc.text.endswith("村里人便叫它某某桥。")


_REPORT = """某某县纪委监委网站
首页  工作动态  纪律审查  巡察工作  党风政风  廉政文化
当前位置：首页 > 党风政风 > 述职述廉
县某某局局长2024年度述职述廉报告
发布时间：2025-01-16 09:30   来源：某某县某某局
述职人：{name}
职务：县某某局局长
各位领导、同志们：
2024年，我认真履行职责，较好完成了年度各项目标任务。现将履职和廉洁自律情况报告如下。
一、加强理论学习
全年主持召开党组理论学习中心组学习12次，开展专题研讨4次。
二、严格廉洁自律
本人严格遵守中央八项规定及其实施细则精神，不存在违规收送礼品礼金等问题。
以上报告，请予审议。
【打印】【关闭】
上一篇：县某某局局长2024年度述职述廉报告
某ICP备00000000号
"""


@pytest.mark.parametrize("name", ["张明远", "欧阳晓"])
def test_a_reports_speaker_is_its_author(name: str) -> None:
    doc = clean_text(_REPORT.format(name=name), id="shuzhi")
    assert doc.meta.authors == (name,)
    assert doc.meta.source_name == "某某县某某局"
    # the office under the speaker may stay or go (the gold's optional line)
    assert doc.text.removeprefix("职务：县某某局局长\n").startswith("各位领导、同志们：")
    assert "述职人" not in doc.text
    assert doc.text.endswith("以上报告，请予审议。")


def test_a_reports_speaker_is_its_author_in_traditional_script() -> None:
    doc = clean_text(opencc.OpenCC("s2t").convert(_REPORT.format(name="张明远")), id="hant")
    assert doc.meta.authors == ("張明遠",)


def test_a_speaker_in_prose_is_no_author() -> None:
    """Counterexample: news of a 述职 meeting naming 述职人 in its sentences reads no author."""
    page = _REPORT.format(name="张明远").replace(
        "述职人：张明远\n职务：县某某局局长\n",
        "会上，述职人逐一述职，与会人员进行了民主测评。\n")
    doc = clean_text(page, id="meeting")
    assert doc.meta.authors == ()
    assert "述职人逐一述职" in doc.text
