"""The general shapes the seventeenth batch of unseen families (gold_like gl159-gl165: a 征稿启事,
a 学生习作, a 捐款公示, a 录取分数线, a 价格周报, a 铁路 公告, a 非遗传承人 profile) showed in the text
path, each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import price_rows, record_headings
from cleaners.meta import contact_block, field_record, parse_byline, parse_date_row

_DONATIONS = """某某慈善会
首页  机构概况  慈善项目  捐赠公示  信息公开  联系我们
首页 > 信息公开 > 捐赠公示

某某助学活动捐款公示
来源：某某慈善会  发布日期：2025年4月2日
某某助学活动启动以来，得到了社会各界的关心和支持。现将本月接收的捐款公示如下：
一、单位捐款
某某建设集团有限公司  50000元
某某商贸有限公司  20000元
二、个人捐款
{rows}
合计：{total}元
以上捐款已全部存入本会专用账户，将全部用于资助困难家庭学生。在此，我们向所有奉献爱心的单位和个人表示衷心的感谢！如对公示内容有疑问，请在公示之日起7日内与我会联系，联系电话：0000-1234567。
某某慈善会
2025年4月2日
版权所有 某某慈善会  某ICP备00000000号
"""
_DONORS = ["钱多多  3000元", "何平  1000元", "许一帆  800元", "罗兰  500元", "林小雨  200元",
           "宋杰  200元", "爱心人士（匿名）  1000元"]


@pytest.mark.parametrize("rows", [_DONORS, [r.replace("元", "万元") for r in _DONORS[:5]]])
def test_a_ledger_s_donor_rows_are_no_menu(rows: list[str]) -> None:
    """Rows of a name and its sum (何平  1000元) between the notice's sentences are its
    donors, however short: a menu's label holds no sum of money."""
    doc = clean_text(_DONATIONS.format(rows="\n".join(rows), total="76700"), id="donations")
    lines = doc.text.split("\n")
    for row in rows:
        assert " ".join(row.split()) in lines, row
    assert "机构概况" not in doc.text


def test_short_menu_labels_above_a_ledger_still_go() -> None:
    # Counterexample: the same run of short lines without their sums is a menu's
    rows = [r.split()[0] for r in _DONORS]
    page = _DONATIONS.replace("首页 > 信息公开 > 捐赠公示\n", "\n".join(rows) + "\n")
    doc = clean_text(page.format(rows="何平  1000元", total="1000"), id="donations")
    assert "钱多多" not in doc.text
    assert "何平 1000元" in doc.text.split("\n")


_PROFILE = """某某文化网
首页  文旅资讯  非遗保护  文博场馆  公共服务
您的位置：首页 > 非遗保护 > 传承人风采

{headline}

{box}姓名：某某某
出生年月：1948年5月
非遗项目：某某剪纸
项目级别：国家级非物质文化遗产代表性项目名录

七十多岁的老人每天清晨都坐在窗前剪纸，一把剪刀、一张红纸，不用画稿，几分钟就剪出一幅喜鹊登梅。
她十二岁跟着母亲学剪纸，几十年来创作作品上千幅，还在村里办起了剪纸传习所，带出徒弟二十多人。
来源：某某日报  作者：某某
2025-09-12 08:20
"""


@pytest.mark.parametrize("box", ["人物档案\n", ""])
@pytest.mark.parametrize("headline", ["剪纸老人：一把剪刀剪出百样花", "一把剪刀剪出百样花"])
def test_a_profile_box_s_fields_are_no_headline(headline: str, box: str) -> None:
    """A profile's box printed a field a line under the headline (姓名：… / 项目级别：…), the
    source and date at the page's foot: its longest field is no headline, and the headline
    over it may print a colon too (某某人：某某事)."""
    doc = clean_text(_PROFILE.format(headline=headline, box=box), id="profile")
    assert doc.meta.title == headline
    lines = doc.text.split("\n")
    assert "项目级别：国家级非物质文化遗产代表性项目名录" in lines
    assert lines[0] == (box.strip() or "姓名：某某某")


@pytest.mark.parametrize(("lines", "headings"), [
    (["某某文化网", "人物档案", "姓名：某某某", "出生年月：1948年5月", "非遗项目：某某剪纸"], {1}),
    (["企业名片", "企业名称：某某公司", "成立时间：2001年", "主营业务：机械制造"], {0}),
    # a menu's label over its items, or a box's heading over fewer than three fields
    (["人物档案", "守护一门手艺的人", "把剪纸剪进课堂", "竹编里的春秋"], set()),
    (["人物档案", "姓名：某某某", "出生年月：1948年5月"], set()),
    (["热门推荐", "姓名：某某某", "出生年月：1948年5月", "非遗项目：某某剪纸"], set()),
])
def test_a_box_heading_over_its_fields(lines: list[str], headings: set[int]) -> None:
    assert record_headings(lines, field_record(lines)) == headings


@pytest.mark.parametrize(("line", "authors"), [
    ("某某市实验中学 八年级（3）班  李晓禾", ("李晓禾",)),
    ("某某小学五年级2班 王一鸣", ("王一鸣",)),
    ("某某中学 高二（5）班 陈雨", ("陈雨",)),
    ("初三(1)班 张晓", ("张晓",)),
    ("某某學校 六年級（2）班 林小雨", ("林小雨",)),
    # after the role of a byline (文/, 作者：)
    ("文/某某小学五年级（2）班 苏小禾", ("苏小禾",)),
    ("文｜某某中学 初二(1)班 王小雨", ("王小雨",)),
    # a sentence on a class, a grade with no name, or a word no name after the class
    ("八年级（3）班的同学们参观了博物馆", None),
    ("某某中学 八年级（3）班", None),
    ("某某小学 五年级 学生", None),
])
def test_a_pupil_s_byline_names_the_writer(line: str, authors: tuple[str, ...] | None) -> None:
    """A student essay's byline (school, grade and class, name) names its writer: no
    headline, though it is the longest line between the headline and the date row."""
    found = parse_byline(line, tail=False)
    assert (found.authors if found else None) == authors


@pytest.mark.parametrize(("line", "source"), [
    ("2025-12-01 10:30　某某铁路局集团有限公司客运部", "某某铁路局集团有限公司客运部"),
    ("2025-12-01 某某市人力资源和社会保障局", "某某市人力资源和社会保障局"),
    ("2025-12-01 10:30 某某省教育考试院", "某某省教育考试院"),
    # a sentence after the date names no publisher
    ("2025-12-01 10:30 某某集团召开安全生产工作会议部署冬季工作", None),
])
def test_a_department_s_long_name_after_the_date(line: str, source: str | None) -> None:
    """A date row naming its issuing department after the date, unlabelled: a body's full
    name is longer than an outlet's, after the date as before it."""
    found = parse_date_row(line)
    assert (found.source_name if found else None) == source


@pytest.mark.parametrize(("lines", "rows"), [
    (["本周价格总体平稳。", "大白菜 1.36元/斤 上涨", "猪肉：13.20元/公斤 环比-3.7%", "鸡蛋 4.90元/斤 持平"],
     {1, 2, 3}),
    (["西红柿 4.80元/公斤 +6.2%", "土豆 2.40元/公斤 -0.8%"], {0, 1}),
    # one row alone, headlines on prices, a sum with no unit of weight
    (["大白菜 1.36元/斤 上涨", "预计下周价格将保持平稳。"], set()),
    (["猪肉价格连续四周回落", "柑橘上市 价格走低", "本周蔬菜价格小幅上涨"], set()),
    (["王某某 500元", "李某 300元"], set()),
])
def test_a_market_report_s_price_rows(lines: list[str], rows: set[int]) -> None:
    assert price_rows(lines) == rows


_PRICES = """某某农业信息网
首页  政务公开  农业资讯  市场行情  科技服务  专题专栏
当前位置：首页 > 市场行情

本周农产品价格行情
发布时间：2025-07-02 10:20  来源：某某市农业农村局

本周全市主要农产品价格总体平稳，部分蔬菜价格小幅上涨。
{rows}
预计下周价格将保持平稳。

分享到：微信  微博
上一篇：关于做好防汛工作的通知
下一篇：全市召开安全生产会议
相关文章
· 市领导调研重点项目建设
· 全市开展夏季环境整治
版权所有：某某市农业农村局  某ICP备12345678号
"""


def test_a_market_report_s_rows_and_closing_line_stay() -> None:
    """Price rows under a short lead, a short closing sentence under them: the report's
    text, not a list of links after the article; the page's own list still goes."""
    rows = ["大白菜 1.36元/斤 上涨", "西红柿 4.80元/斤 上涨", "猪肉 13.20元/斤 下降",
            "鸡蛋 4.90元/斤 持平", "大米 2.80元/斤 持平"]
    doc = clean_text(_PRICES.format(rows="\n".join(rows)), id="prices")
    lines = doc.text.split("\n")
    assert lines[1:] == [*rows, "预计下周价格将保持平稳。"]
    assert "市领导调研" not in doc.text


_ESSAY = """某某教育网·学生作文
首页  新闻动态  教研园地  学生作文  名师课堂  资源下载
当前位置：学生作文 > 小学组

我的外婆
{byline}
2025-07-02 10:20  点击：836

外婆家在山脚下，门前有一棵老槐树。
每年夏天，外婆都会在树下摆一张竹床，给我讲故事。
外婆的故事讲也讲不完，就像那棵老槐树，年年开花。

上一篇：我的同桌
下一篇：春天来了
版权所有：某某市教育局  某ICP备12345678号
"""


@pytest.mark.parametrize("byline", ["文/某某小学五年级（2）班 苏小禾", "某某小学 五年级（2）班  苏小禾"])
def test_a_pupil_s_byline_under_a_short_headline(byline: str) -> None:
    doc = clean_text(_ESSAY.format(byline=byline), id="essay")
    assert doc.meta.title == "我的外婆"
    assert doc.meta.authors == ("苏小禾",)
    assert doc.text.split("\n")[0] == "外婆家在山脚下，门前有一棵老槐树。"


_LAST_SENTENCE = "来稿请通过本刊投稿系统提交，篇幅以1万字左右为宜。"
_MAILBOX = "投稿邮箱：xuebao@example.edu.cn"


@pytest.mark.parametrize(("lines", "block"), [
    # a call for papers' numbered section of where to send them, its mailbox first
    ([_LAST_SENTENCE, "三、投稿方式", _MAILBOX, "联系电话：0000-12345678"], {1, 2, 3}),
    ([_LAST_SENTENCE, "五、联系方式", _MAILBOX, "通信地址：某某市某某路1号"], {1, 2, 3}),
    ([_LAST_SENTENCE, "（四）投稿邮箱", _MAILBOX], {1, 2}),
    # a footer's mailbox under no section, or under a section that is no contact's
    (["关于我们", _MAILBOX, "联系电话：0000-12345678"], set()),
    ([_LAST_SENTENCE, "三、投稿要求", _MAILBOX], set()),
])
def test_a_call_for_papers_contact_section(lines: list[str], block: set[int]) -> None:
    assert contact_block(lines) == block


def test_a_profile_box_after_the_story_stays() -> None:
    """The box printed after the story (人物档案 / 姓名：… / 传承人级别：…) is the article's,
    as a record announced by a colon is; the page's list of links under it still goes."""
    box = ["人物档案", "姓名：某某某", "出生年月：1955年4月", "非遗项目：某某竹编", "传承人级别：市级代表性传承人"]
    page = """某某文化网
首页  文旅资讯  非遗保护  文博场馆  公共服务
您的位置：首页 > 非遗保护 > 传承人风采

守艺人：他让老手艺走进新生活
2025-09-12 08:20  来源：某某日报

七十岁的老匠人每天清晨都坐在院子里编竹篮，一根根篾条在他手中上下翻飞，很快就编出了一个果篮。
他十四岁跟着父亲学竹编，几十年来从没放下过篾刀，还在镇上办起了传习所，带出徒弟三十多人。
""" + "\n".join(box) + """
分享到：微信  微博
相关阅读
· 某某剪纸亮相文博会
· 非遗进校园 孩子们学做剪纸
· 某某古镇举办非遗市集
版权所有：某某文化网  某ICP备12345678号
"""
    doc = clean_text(page, id="profile_end")
    lines = doc.text.split("\n")
    assert lines[-5:] == box
    assert "亮相文博会" not in doc.text
