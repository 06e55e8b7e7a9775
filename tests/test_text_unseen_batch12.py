"""The general shapes the twelfth batch of unseen families (tests/fixtures/gold_like/gl125-gl131)
showed our text path getting wrong, each checked on invented pages: a report's parts numbered in
Chinese (一、… 二、… 三、…) whose rows of figures are short (予以公开：31件), which went from the
second part on as a list of headlines after the article; and the site's greeting ending in its
login and sign-up links (欢迎访问某某网！  会员登录 | 免费注册), read as the headline when the date
line sits at the bottom of the page; a personnel notice's rows printed with no stop, one person a
line (任命某某为……), which went as a list of headlines after the article; a market report's index
rows shaped as a quote widget's (上证指数 3412.56 +0.87%), which stock_ticker took from the text.
And photo_credit's exception for a page of pictures, which
kept a credited caption under a picture in an ordinary article with two pictures."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import appointment_lines, continued_parts
from cleaners.chrome.common import quoted_in_text

_REPORT_PAGE = """某某县人民政府
首页  政务公开  政务服务  互动交流  走进某某
当前位置：首页 > 政务公开 > 年度报告

某某县2024年某某工作年度报告
发布机构：县某某局    发布日期：2025-01-20

一、总体情况
2024年，县某某局围绕中心工作，持续提升服务质量，各项工作稳步推进，全年目标任务全面完成。
二、主要数据
受理件数：120件
办结件数：118件
满意率：99.2%
三、办理结果
予以公开：80件
部分公开：25件
不予公开：13件
四、其他事项
本年度无其他事项。

网站地图 | 联系我们
某ICP备00000000号
"""


def test_the_parts_of_a_report_after_short_rows_of_figures_stay() -> None:
    doc = clean_text(_REPORT_PAGE, id="report")
    lines = doc.text.split("\n")
    for line in ("二、主要数据", "受理件数：120件", "办结件数：118件", "满意率：99.2%",
                 "三、办理结果", "予以公开：80件", "不予公开：13件", "四、其他事项",
                 "本年度无其他事项。"):
        assert line in lines, line
    assert "网站地图" not in doc.text


@pytest.mark.parametrize(("lines", "parts"), [
    (["一、总体情况", "全年工作稳步推进。", "二、主要数据", "受理：120件", "三、存在的问题"], True),
    # Counterexamples: the run does not go on from the part above (三、 under 一、); the run
    # opens with a part of its own (一、); no part above; the parts in the run skip one
    (["一、总体情况", "全年工作稳步推进。", "三、主要数据", "受理：120件"], False),
    (["一、总体情况", "全年工作稳步推进。", "一、主要数据", "受理：120件"], False),
    (["全年工作稳步推进。", "二、主要数据", "受理：120件", "三、存在的问题"], False),
    (["一、总体情况", "全年工作稳步推进。", "二、主要数据", "受理：120件", "四、存在的问题"], False),
])
def test_continued_parts(lines: list[str], parts: bool) -> None:
    filled = list(range(len(lines)))
    live = filled[2:] if lines[0].startswith("一、") else filled[1:]
    assert continued_parts(lines, filled, live) is parts


_BOTTOM_DATE_PAGE = """某某市公安局交通警察支队
首页  警务公开  办事指南  交通管制  曝光台  便民服务
欢迎访问某某交警网！  会员登录  |  免费注册
当前位置：首页 » 曝光台

某某交警曝光一批交通违法车辆
为净化道路交通环境，现将近期查处的一批严重交通违法车辆予以曝光：
某A·12345，某某路口，机动车逆向行驶
某A·67890，某某大桥，驾驶时拨打接听手持电话
来源：某某交警支队　发布时间：2025-08-05

某ICP备00000000号
"""


_MORE_ROWS = ("某A·67890，某某大桥，驾驶时拨打接听手持电话\n"
              "某A·24680，某某隧道内，机动车违反禁令标志指示\n"
              "某A·13579，某某广场出口，驾驶机动车违反道路交通信号灯通行\n")


@pytest.mark.parametrize("page", [
    # two rows under the lead, the date row under them: the lead is no notice above the
    # headline
    _BOTTOM_DATE_PAGE,
    # four rows: the greeting and its login links are no headline
    _BOTTOM_DATE_PAGE.replace("某A·67890，某某大桥，驾驶时拨打接听手持电话\n", _MORE_ROWS),
])
def test_a_list_with_its_date_row_at_the_bottom_keeps_its_headline(page: str) -> None:
    doc = clean_text(page, id="bottom")
    assert doc.meta.title == "某某交警曝光一批交通违法车辆"
    assert doc.meta.date == "2025-08-05"
    assert "会员登录" not in doc.text
    assert "某A·12345，某某路口，机动车逆向行驶" in doc.text.split("\n")


# photo_credit's exception for a page of pictures (test_text_unseen_batch11) holds only where
# the captions are the story: in an article of paragraphs with two pictures, each credited
# caption goes.
_TWO_PICTURES = ("10月8日，某某社区开展义诊活动，邀请区人民医院10名医生为居民提供免费健康咨询。\n"
                 "{first}\n"
                 "医生为社区老人测量血压，耐心解答健康问题。（某某 摄）\n"
                 "活动现场，医生们为居民测量血压、血糖，并针对慢性病预防、合理用药等问题进行讲解。\n"
                 "{second}\n"
                 "居民们排队等候义诊，现场秩序井然。（通讯员 某某某 摄）\n"
                 "社区负责人表示，今后将定期开展义诊活动，让居民在家门口享受到优质医疗服务。")


@pytest.mark.parametrize(("first", "second"), [("IMG_0123.jpg", "IMG_0124.jpg"), ("图1", "图2")])
def test_credited_captions_of_an_article_with_two_pictures_go(first: str, second: str) -> None:
    from tests.test_text_unseen_batch11 import _PICTURES

    body = _TWO_PICTURES.format(first=first, second=second)
    doc = clean_text(_PICTURES.format(body=body), id="two_pictures")
    assert "测量血压，耐心解答" not in doc.text
    assert "排队等候义诊" not in doc.text
    lines = doc.text.split("\n")
    for paragraph in body.split("\n")[::3]:
        assert paragraph in lines, paragraph


def test_a_page_of_pictures_with_a_footer_notice_keeps_its_captions() -> None:
    """Counterexample: a footer's notice with its stop, which a chrome rule takes, is no
    paragraph of the article: the captions are still the page's story."""
    from tests.test_text_unseen_batch11 import _CAPTIONS, _PICTURES

    marks = ("IMG_0123.jpg", "IMG_0124.jpg", "图3", "图4")
    body = "\n".join(f"{mark}\n{caption}" for mark, caption in zip(marks, _CAPTIONS, strict=True))
    page = _PICTURES.format(body=body).replace(
        "某ICP备", "本网站所有内容，未经书面授权不得转载、摘编。\n某ICP备")
    doc = clean_text(page, id="pictures_notice")
    assert _CAPTIONS[0].removesuffix("（某某 摄）") in doc.text
    assert "未经书面授权" not in doc.text


_APPOINTMENTS = """某某市人民政府门户网站
网站首页 | 政务公开 | 政务服务 | 互动交流
当前位置：首页 > 政务公开 > 人事任免

某某市人民政府关于刘志强等同志职务任免的通知
发布时间：2025-04-18 09:30    来源：市人力资源和社会保障局

各镇人民政府、街道办事处，市政府各部门：
经市人民政府研究决定：
{rows}
某某市人民政府
2025年4月16日

上一篇：某某市人民政府关于某某等同志职务任免的通知
下一篇：关于聘任市政府法律顾问的通知
相关信息
关于公布2025年第一批干部任前公示结果的通告
网站地图 | 联系我们
某ICP备00000000号
"""


@pytest.mark.parametrize("rows", [
    "任命刘志强为市发展和改革局副局长\n任命王丽华为市教育局副局长（试用期一年）\n"
    "免去赵建国的市水利局副局长职务，退休",
    "任命：\n刘志强为市发展和改革局副局长\n王丽华为市教育局副局长\n免去：\n赵建国的市水利局副局长职务",
])
def test_a_personnel_notices_rows_are_its_text(rows: str) -> None:
    doc = clean_text(_APPOINTMENTS.format(rows=rows), id="appointments")
    lines = doc.text.split("\n")
    for row in rows.split("\n"):
        assert row in lines, row
    for chrome in ("上一篇", "法律顾问", "相关信息", "任前公示结果", "网站地图"):
        assert chrome not in doc.text, chrome


@pytest.mark.parametrize(("lines", "count"), [
    (["任命刘志强为某局副局长", "免去赵建国的某局局长职务", "某某市人民政府", "相关信息"], 2),
    (["任命：", "刘志强为某局副局长", "王丽华为某局副局长"], 3),
    # Counterexamples: a headline first; one row alone; rows naming no person
    (["市政府召开常务会议", "任命刘志强为某局副局长", "任命王丽华为某局副局长"], 0),
    (["任命刘志强为某局副局长", "全市经济运行平稳"], 0),
    (["推荐优秀的年度好书", "试用新款的智能设备"], 0),
])
def test_appointment_lines(lines: list[str], count: int) -> None:
    assert appointment_lines(lines, range(len(lines))) == count


_MARKET = """某某财经网
首页 | 股票 | 基金 | 期货 | 数据中心
{widget}
某某财经网 > 股票 > 大盘评述 > 正文

三大指数集体收涨 沪指重回3400点上方
2025年09月23日 15:32   来源：某某财经网
今日A股三大指数低开高走，两市成交额较上一交易日放量逾千亿元。
截至收盘：
上证指数 3412.56 +0.87%
深证成指 10865.21 +1.35%
创业板指 2231.08 +1.92%
两市合计成交1.32万亿元，较上一交易日增加1086亿元，超过3800只个股上涨。
盘面上，半导体、消费电子、券商板块涨幅居前，煤炭、银行板块小幅回调。
责任编辑：某某
相关阅读
沪指震荡微跌 两市成交额不足万亿
某ICP备00000000号
"""
_WIDGET = "某某科技 35.18 +5.05%\n某某股份 26.64 -0.89%\n某某电子 12.30 +1.20%"


def test_a_market_reports_index_rows_are_its_text() -> None:
    doc = clean_text(_MARKET.format(widget=_WIDGET), id="market")
    lines = doc.text.split("\n")
    for row in ("上证指数 3412.56 +0.87%", "深证成指 10865.21 +1.35%", "创业板指 2231.08 +1.92%"):
        assert row in lines, row
    # the header's quote widget still goes
    assert "某某科技" not in doc.text
    assert "某某股份" not in doc.text


@pytest.mark.parametrize(("lines", "kept"), [
    (["截至收盘：", "上证指数 3412.56 +0.87%", "深证成指 10865.21 +1.35%",
      "两市合计成交1.32万亿元，较上一交易日增加1086亿元，超过3800只个股上涨。"], {1, 2}),
    # Counterexamples: no line announcing them; no prose under them; one row alone
    (["首页 | 股票 | 基金", "上证指数 3412.56 +0.87%", "深证成指 10865.21 +1.35%",
      "两市合计成交1.32万亿元，较上一交易日增加1086亿元，超过3800只个股上涨。"], set()),
    (["行情：", "上证指数 3412.56 +0.87%", "深证成指 10865.21 +1.35%", "相关阅读"], set()),
    (["截至收盘：", "上证指数 3412.56 +0.87%",
      "两市合计成交1.32万亿元，较上一交易日增加1086亿元，超过3800只个股上涨。"], set()),
])
def test_quoted_in_text(lines: list[str], kept: set[int]) -> None:
    assert quoted_in_text(lines) == kept
