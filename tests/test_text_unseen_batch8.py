"""The general shapes the eighth batch of unseen families (tests/fixtures/gold_like/gl97-gl102)
showed our text path getting wrong, each checked on invented pages: a poem set in stanzas under
its byline (its short lines went as a menu, the page's title from the poem's last line), and a
notice's particulars under a label announcing them (特征如下： over 姓名：/身高： rows), which
went as a list of links; a notice's fee rows (全价票：120元/人) above its first long paragraph,
which went as a menu; a desk's hotline over the signature (客服热线：…), which the footer's line
rules took; an event's rows (时间：/地点：/主办单位：) and its closing invitation; a desk's
hotline right under the last paragraph (咨询电话：…（门诊部）), which went with the footer."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import colon_list
from cleaners.meta import event_particulars, in_stanzas

_POEM_PAGE = """某某文学网
首页 | 小说 | 散文 | 诗歌 | 评论

当前位置：首页 > 诗歌

{title}

作者：某某某

{poem}

作者简介：某某某，1990年生，某某市作家协会会员，作品散见于多家文学刊物，出版散文集一部。

发布时间：2025-03-02 10:11  来源：某某文学网

上一篇：某某某的诗（三首）
下一篇：某某某散文两篇
关于我们 | 联系我们 | 投稿须知
某ICP备00000000号
"""
_STANZAS = "窗外的雨\n下了一整夜\n\n屋檐下的燕子\n还没有回来\n\n我把灯留着\n等一封信"


@pytest.mark.parametrize("poem", [
    _STANZAS, "一\n窗外的雨\n下了一整夜\n\n二\n屋檐下的燕子\n还没有回来",
    # saved without blank lines: the stanzas' numbers still set them apart
    "一\n窗外的雨\n下了一整夜\n二\n屋檐下的燕子\n还没有回来\n三\n我把灯留着\n等一封信"])
def test_a_poem_in_stanzas_under_its_byline_is_the_article(poem: str) -> None:
    doc = clean_text(_POEM_PAGE.format(title="雨夜（外一首）", poem=poem), id="poem")
    lines = doc.text.split("\n")
    for line in poem.split("\n"):
        assert not line or line in lines, line
    assert doc.meta.title == "雨夜（外一首）"
    assert doc.meta.authors == ("某某某",)
    assert "小说" not in doc.text
    assert "上一篇" not in doc.text


@pytest.mark.parametrize(("lines", "verse"), [
    (["窗外的雨", "下了一整夜", "", "屋檐下的燕子", "还没有回来"], True),
    # Counterexamples: a menu one item a line is one group; a menu printed on one line has
    # bars; a single line between groups is no stanza
    (["首页", "新闻", "诗歌", "散文", "评论"], False),
    (["首页 | 新闻", "诗歌 | 散文", "", "评论 | 投稿", "关于 | 联系"], False),
    (["首页", "", "新闻", "", "诗歌"], False),
    # stanzas headed by their numbers, no blank line between them
    (["一", "窗外的雨", "下了一整夜", "二", "屋檐下的燕子", "还没有回来"], True),
    (["（1）", "窗外的雨", "下了一整夜", "（2）", "屋檐下的燕子", "还没有回来"], True),
    # Counterexamples: a pager's numbers over nothing; a number over a single line; a menu
    # under one number
    (["1", "2", "3", "下一页"], False),
    (["一", "窗外的雨", "二", "屋檐下的燕子", "还没有回来"], False),
    (["一", "首页", "新闻", "诗歌", "散文"], False),
])
def test_stanzas(lines: list[str], verse: bool) -> None:
    assert in_stanzas(lines, [i for i, ln in enumerate(lines) if ln]) is verse


@pytest.mark.parametrize(("lines", "article"), [
    (["恳请广大市民提供线索。", "某某某照片", "特征如下：", "姓名：某某某", "性别：男",
      "身高：约170厘米", "衣着：蓝色外套、黑色长裤", "如有知情者，请与家属联系，当面重谢！"], True),
    (["恳请广大市民提供线索。", "基本情况如下：", "姓名：某某某", "年龄：12岁", "身高：约150厘米"], True),
    # Counterexamples: an announcing label under a short line, over headlines; a footer's
    # fields under no label
    (["活动取得圆满成功。", "更多阅读", "热门专题如下：", "某某县召开秋季防火工作会议", "某某镇开展环境整治行动",
      "某某村举办农民丰收节"], False),
    (["活动取得圆满成功。", "地址：某某路1号", "电话：0000-1234567", "邮编：000000"], False),
])
def test_particulars_under_a_label_announcing_them(lines: list[str], article: bool) -> None:
    filled = list(range(len(lines)))
    assert colon_list(lines, filled, filled[1:]) is article


_FEES = """某某风景区
首页 | 景区概况 | 旅游资讯 | 门票预订
首页 > 旅游资讯 > 景区公告
某某风景区2025年门票价格公告
发布日期：2025-06-01　来源：某某风景区管委会
经有关部门核准，现将某某风景区2025年门票价格及有关事项公告如下：
一、门票价格
{rows}
二、优惠政策
1.6周岁（含）以下儿童免票；
2.60周岁（含）以上老年人凭有效证件免票。
三、购票方式
游客可通过景区官方网站或售票窗口购票，实行实名制预约，凭身份证入园，敬请广大游客相互转告。
{hotline}
某某风景区管委会
2025年6月1日
分享到：微信　微博
版权所有 某某风景区管委会　某ICP备00000000号
"""
_ROWS = "全价票：120元/人\n半价票：60元/人\n观光车：往返30元/人"


@pytest.mark.parametrize("rows", [_ROWS, "成人票：80元\n学生票：40元\n停车费：10元/次"])
def test_a_notices_fee_rows_are_no_menu(rows: str) -> None:
    doc = clean_text(_FEES.format(rows=rows, hotline="咨询电话：0000-1234567"), id="fees")
    lines = doc.text.split("\n")
    for line in rows.split("\n"):
        assert line in lines, line
    assert "门票预订" not in doc.text


@pytest.mark.parametrize("hotline", ["游客服务热线：0000-4567890", "客服热线：0000-4567890",
                                     "服务电话：0000-4567890"])
def test_a_desks_hotline_over_the_signature_is_kept_from_the_footer_rules(hotline: str) -> None:
    doc = clean_text(_FEES.format(rows=_ROWS, hotline=hotline), id="fees")
    assert doc.text.split("\n")[-3:] == [hotline, "某某风景区管委会", "2025年6月1日"]


def test_a_footers_hotline_under_no_signature_still_goes() -> None:
    # Counterexample: the same line in the page's footer, under the copyright row
    page = _FEES.format(rows=_ROWS, hotline="咨询电话：0000-1234567") + "客服热线：0000-4567890\n"
    assert "客服热线" not in clean_text(page, id="fees").text


def test_a_report_channel_over_the_signature_still_goes() -> None:
    # Counterexample: 举报电话 is the contact a site's footer prints on every page
    doc = clean_text(_FEES.format(rows=_ROWS, hotline="举报电话：0000-4567890"), id="fees")
    assert "举报电话" not in doc.text


_LECTURE = """某某大学 某某学院
学院首页  学院概况  师资队伍  科学研究  学术交流
学术交流
【学术讲座】某某专题学术讲座预告
作者：科研办  时间：2025-10-15  浏览：436
讲座题目：某某专题研究的新进展
主讲人：某某某 教授
{rows}
讲座简介：
本讲座将结合近年新发现的材料，介绍该领域研究的主要问题、基本方法和最新进展，并与师生交流讨论。
{closing}
上一篇：我院举行2025级研究生开学典礼
下一篇：我院教师在全国学术论坛上作主题报告
版权所有 © 某某大学某某学院  地址：某某市学府路1号
某ICP备00000000号
"""
_ROWS_EVENT = "时间：2025年10月20日（周一）14:30\n地点：文科楼305学术报告厅\n主办单位：某某学院、某某研究中心"


@pytest.mark.parametrize("closing", ["欢迎全校师生参加！", "欢迎广大师生踊跃参加！"])
def test_a_lecture_notices_rows_and_invitation_are_its_text(closing: str) -> None:
    doc = clean_text(_LECTURE.format(rows=_ROWS_EVENT, closing=closing), id="lecture")
    lines = doc.text.split("\n")
    for line in [*_ROWS_EVENT.split("\n"), closing]:
        assert line in lines, line
    assert doc.meta.date == "2025-10-15"
    assert "上一篇" not in doc.text


def test_a_footers_sponsor_row_still_goes() -> None:
    # Counterexample: 主办单位 among the footer's rows, which name no time and place
    page = _LECTURE.format(rows=_ROWS_EVENT, closing="欢迎全校师生参加！") + (
        "主办单位：某某大学\n地址：某某市学府路1号\n")
    assert clean_text(page, id="lecture").text.split("\n").count(
        "主办单位：某某大学") == 0


@pytest.mark.parametrize(("lines", "rows"), [
    (["时间：2025年10月20日14:30", "地点：某某报告厅", "主办单位：某某学院"], {0, 1, 2}),
    # Counterexamples: a footer's rows; a meta row alone
    (["主办单位：某某市人民政府办公室", "地址：某某路1号", "电话：0000-1234567"], set()),
    (["时间：2025-10-15", "某某学院召开某某会议"], set()),
])
def test_event_particulars(lines: list[str], rows: set[int]) -> None:
    assert event_particulars(lines) == rows


_SCHEDULE = """某某市人民医院
医院概况  新闻动态  科室导航  专家介绍  就医指南
就医指南 > 出诊信息
2025-05-23
下周专家门诊出诊安排
来源：门诊部    浏览次数：2087
为方便广大患者就医，现将我院下周专家门诊出诊安排公布如下：
科室  专家  职称  出诊时间
心血管内科  某某某  主任医师  周一上午、周四全天
消化内科  某某某  主任医师  周二上午
注：
1.专家门诊实行预约挂号，患者可通过医院微信公众号、自助机或窗口预约；
2.就诊时请携带身份证、医保卡及既往病历资料。
{hotline}
打印  关闭
上一条：关于调整夜间急诊挂号流程的通知
下一条：我院开展义诊活动
{footer}
地址：某某市健康路1号  邮编：000000
Copyright © 某某市人民医院 版权所有  某ICP备00000000号
"""


@pytest.mark.parametrize("hotline", ["咨询电话：0000-88661234（门诊部）", "预约咨询电话：0000-88661234"])
def test_a_desks_hotline_under_the_last_paragraph_is_its_text(hotline: str) -> None:
    doc = clean_text(_SCHEDULE.format(hotline=hotline, footer="急救电话：120 总机：0000-88660000"),
                     id="schedule")
    assert doc.text.split("\n")[-1] == hotline
    assert "急救电话" not in doc.text


def test_a_hotline_after_the_pages_tools_is_the_footers() -> None:
    # Counterexample: the same line under 打印 关闭 and 上一条/下一条 is the footer's
    doc = clean_text(_SCHEDULE.format(hotline="", footer="咨询电话：0000-88661234"),
                     id="schedule")
    assert "咨询电话" not in doc.text
