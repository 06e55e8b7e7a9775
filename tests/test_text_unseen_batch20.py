"""The general shapes the twentieth batch of unseen families (tests/fixtures/gold_like/gl180-gl186)
showed our text path getting wrong, each checked on invented pages: a folk tale's collection
record under the story (讲述人：… / 搜集整理：… / 搜集时间：… / 搜集地点：…), cut with the links
after it as a list of short lines though the page publishes it as part of the record, and
printed over the story, taken for the headline; a
述职述廉报告's 述职人 line under its date row, not read as the report's author; the article's own
list closing it (a dialogue of speaker：line rows, dated rows under 本月主要天象：) kept with the
lines after the page's tools (分享到：, 上一篇：), a tag row (本文标签：…) or a side box of
headlines, as if the list went on under them."""

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


def test_a_tales_record_over_the_story_is_no_headline() -> None:
    """The record printed between the date row and the story: the headline above the row
    stays the title, the record the text's first lines."""
    record = _RECORDS[0]
    page = _TALE.format(record="").replace(
        "点击数：88\n", f"点击数：88\n{record}\n")
    doc = clean_text(page, id="tale_top")
    assert doc.meta.title == "某某桥的传说"
    assert doc.text.startswith(record + "\n从前，河边住着")


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


_COLUMN = """某某文化网
首页  文化资讯  非遗保护  民俗风情  方言俚语
首页 » 方言俚语 » 乡音絮语
乡音絮语丨某某话里的老词儿
2025/04/12  作者：某某  来源：某某晚报
老一辈人说话，常常带着几分古意，这些词儿听上去土气，细究起来却大有来头。
在菜市场里，常能听到这样的对话：
阿婆：后生仔，今日个青菜几多钱一斤？
摊主：三块，阿婆你要就两块五拿去。
阿婆：早点收摊转屋企啰
摊主：晓得了，多谢阿婆！
分享到：微信 朋友圈 微博
{tags}
上一篇：清明时节话某某
下一篇：老街上的某某铺
精彩推荐
某某春茶开采节开幕
评论（0）
某ICP备00000000号
"""


@pytest.mark.parametrize("tags", ["本文标签：方言  民俗  乡音", "文章标签：方言 民俗"])
def test_tags_under_a_closing_dialogue_go(tags: str) -> None:
    doc = clean_text(_COLUMN.format(tags=tags), id="tags")
    assert "标签" not in doc.text
    assert doc.text.endswith("摊主：晓得了，多谢阿婆！")


_ALMANAC = """某某天文馆
首页  天文资讯  天象预告  科普活动  参观预约
位置：首页 / 天象预告
六月天象：某某流星雨月底迎来极大
2025-05-30 10:12   作者：某某   来源：某某天文馆
进入6月，北半球迎来一年中白昼最长的时节，月底还有流星雨可供观测。
流星雨观测无需望远镜，选择远离城市灯光、视野开阔的地方即可。
本月主要天象（均为北京时间）：
6月3日 21时 月亮合火星
6月11日 15时44分 满月
6月21日 10时42分 夏至
6月27日 某某流星雨极大
{gap}分享：微信  微博  QQ
上一篇：五月天象：某某流星雨
下一篇：天文馆暑期夜观星空活动报名开启
最新活动
• 周六夜间观星开放日
• 球幕电影《某某》上映
参观时间：周二至周日 9:00-17:00  咨询电话：0000-00000000
地址：某某市科学大道8号
某ICP备00000000号
"""


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_side_box_after_the_tools_under_a_closing_list_goes(gap: str) -> None:
    doc = clean_text(_ALMANAC.format(gap=gap), id="almanac")
    assert doc.text.endswith("本月主要天象（均为北京时间）：\n6月3日 21时 月亮合火星\n"
                             "6月11日 15时44分 满月\n6月21日 10时42分 夏至\n6月27日 某某流星雨极大")
    for chrome in ("最新活动", "观星开放日", "球幕电影", "参观时间", "咨询电话"):
        assert chrome not in doc.text


def test_a_closing_list_with_no_tools_after_it_stays_whole() -> None:
    """Counterexample: with no tools under it, the dated rows closing the article stay, the
    footer's rows go as before."""
    page = _ALMANAC.format(gap="").replace("分享：微信  微博  QQ\n上一篇：五月天象：某某流星雨\n"
                                           "下一篇：天文馆暑期夜观星空活动报名开启\n", "")
    doc = clean_text(page, id="almanac_bare")
    assert "6月27日 某某流星雨极大" in doc.text
    assert "6月3日 21时 月亮合火星" in doc.text


_PRIZES = """某某文联网
首页 | 文联概况 | 文艺动态 | 作品选登 | 会员之家
首页 > 文艺动态 > 通知公告
某某杯楹联征集活动获奖作品公示
发布时间：2026-01-20   来源：某某市楹联学会
某某杯楹联征集活动共收到各地作者来稿1800余副，经初评、复评和终评，评出获奖作品5副。现将获奖作品公示如下：

一等奖
上联：山河锦绣千家乐
下联：岁月峥嵘万象新
横批：春回大地
作者：某甲（某某省某某市）

二等奖
上联：一路春风迎喜事
下联：满门瑞气报平安
横批：吉星高照
作者：某乙（本市东城区）

上联：绿水青山藏宝地
下联：和风细雨润新田
横批：人寿年丰
作者：某丙（某某县）

公示期为2026年1月20日至1月26日，如有异议，请在公示期内向市楹联学会反映。
【打印】 【关闭】
上一篇：市书法家协会举办新春送福活动
下一篇：关于举办诗词大赛的通知
某某市文学艺术界联合会 版权所有
"""


def test_a_credit_under_each_listed_work_is_the_lists() -> None:
    # 作者：某某（地名） under each prize-winning couplet credits the work, not the page: the
    # couplets of the second prize on are no list of links, their credits no captions
    doc = clean_text(_PRIZES, id="t")
    for line in ("上联：一路春风迎喜事", "横批：人寿年丰", "作者：某乙（本市东城区）",
                 "作者：某丙（某某县）", "公示期为2026年1月20日至1月26日，如有异议，请在公示期内向市楹联学会反映。"):
        assert line in doc.text.split("\n")
    assert "上一篇" not in doc.text


def test_a_lone_byline_after_the_article_is_still_the_pages() -> None:
    # one 作者： row under the last paragraph is the page's byline: lifted, no text
    page = _PRIZES.split("\n\n")[0] + "\n作者：某丁\n【打印】 【关闭】\n"
    doc = clean_text(page, id="t")
    assert "作者：某丁" not in doc.text
    assert doc.meta.authors == ("某丁",)
