"""The general shapes the sixth batch of unseen families (tests/fixtures/gold_like/gl83-gl90)
showed our text path getting wrong, each checked on invented pages: a reply letter's salutation
under its document number, a caption's photographer glued to its stop, a headline that
exclaims over a section label with its source at the bottom, and a procurement notice of
numbered rows under a bracketed row with its contact parties."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import colon_list
from cleaners.meta import closing_contacts, contact_block, parse_meta_line

_LETTER = """某某市交通运输局
首页 | 机构概况 | 政务公开 | 互动交流
当前位置：首页 > 政务公开 > 建议提案办理

关于市政协某届某次会议第0056号提案的答复
发布日期：2024-06-20    来源：某某市交通运输局

某交提〔2024〕8号
A类
{salutation}

您提出的《关于优化农村客运班线的提案》收悉。经认真研究，现答复如下：

一、关于优化班线布局。今年以来，我局新开通农村客运班线6条，调整班线走向4条，实现建制村通客车率100%。

二、关于提高发车频次。我们将根据客流变化，在节假日和赶集日加密班次，方便群众出行。

感谢您对交通运输工作的关心和支持。

联系人：赵某某
联系电话：0000-1234567

【打印本页】【关闭窗口】
"""


@pytest.mark.parametrize("salutation", ["王某某委员：", "尊敬的王某某代表：", "各有关单位：",
                                        "广大乘客朋友们："])
def test_a_letters_salutation_under_its_document_number_opens_the_text(salutation: str) -> None:
    """The lines over a reply letter (its number, its class, whom it addresses) are short, like
    a menu's: the salutation over the first paragraph is the letter's own."""
    doc = clean_text(_LETTER.format(salutation=salutation), id="letter")
    assert doc.meta.title == "关于市政协某届某次会议第0056号提案的答复"
    lines = doc.text.split("\n")
    assert salutation in lines
    assert lines[lines.index(salutation) + 1].startswith("您提出的")
    assert "首页" not in doc.text


def test_a_boxs_label_over_its_points_is_no_salutation() -> None:
    # Counterexample: a label names no one it addresses (划重点：): it goes with the lines
    # around it as before.
    doc = clean_text(_LETTER.format(salutation="划重点："), id="letter")
    assert "划重点：" not in doc.text
    assert doc.text.startswith("您提出的")


_PARA = ("今年全市计划改造老旧小区86个，涉及居民1.9万户，目前已开工61个，"
         "预计10月底前全部完工，群众关心的加装电梯和停车问题将同步解决。")


@pytest.mark.parametrize("caption", ["局长（右）在小区改造现场听取居民意见。某某某 摄",
                                     "志愿者为老人测量血压。通讯员 王某 摄"])
def test_a_caption_with_its_photographer_after_the_stop_goes_whole(caption: str) -> None:
    """The photographer printed right after the caption's stop (…意见。某某某 摄): the whole
    caption goes, as it does with a space before the name, not the credit alone."""
    doc = clean_text("\n".join([_PARA, "", caption, "", _PARA.replace("86", "90")]), id="c")
    assert caption.split("。")[0] not in doc.text
    assert "摄" not in doc.text
    assert doc.text.count("今年全市计划改造老旧小区") == 2


def test_a_paragraph_with_a_photographer_glued_keeps_its_sentences() -> None:
    # Counterexample: a paragraph of several sentences loses only the credit.
    para = "活动吸引了200余名居民参加。大家纷纷表示，这样的活动很有意义。王某 摄"
    doc = clean_text("\n".join([_PARA, "", para, "", _PARA]), id="c")
    assert "大家纷纷表示，这样的活动很有意义。" in doc.text
    assert "王某 摄" not in doc.text


_REBUTTAL = """某某网络辟谣平台
首页 | 辟谣动态 | 权威发布 | 谣言曝光 | 举报入口
当前位置：首页 > 谣言曝光

{headline}

谣言：
近日，有网民在社交平台发布消息称，某某景区将于下月起全面关闭，所有门票作废，引发部分游客担忧。

真相：
经核实，该消息系捏造。某某景区管理处回应，景区正常开放，门票价格和开放时间均未调整，请游客以官方发布的信息为准。

来源：某某市网信办
2024-07-02 10:15

分享到：微信 微博
"""


@pytest.mark.parametrize("headline", ["网传“某某景区下月关闭”？假的！", "某某景区要关闭了？不实！",
                                      "网传“某某景区下月起全面关闭，门票全部作废”？"])
def test_a_headline_that_exclaims_over_a_section_label_is_the_title(headline: str) -> None:
    """A rebuttal's headline ends in its verdict (…？假的！) with its source and date at the
    page's bottom: the label under it (谣言：) opens the text, so the headline is the title,
    and the platform's name above the breadcrumb is the header's, no text."""
    doc = clean_text(_REBUTTAL.format(headline=headline), id="r")
    assert doc.meta.title == headline
    assert (doc.meta.date or "").startswith("2024-07-02")
    assert headline not in doc.text
    assert "辟谣平台" not in doc.text
    assert "经核实，该消息系捏造。" in doc.text


def test_a_paragraph_that_exclaims_over_its_own_text_stays() -> None:
    # Counterexample: with a headline and its date row above, an exclaiming first line over
    # a paragraph (no label) is the text's.
    page = ("某某新闻网\n当前位置：首页 > 社会\n\n某某景区恢复开放\n"
            "发布时间：2024-07-02 10:15  来源：某某日报\n\n好消息！景区明天起恢复开放！\n"
            "经过三个月的修缮，某某景区将于明天起恢复开放，门票价格和开放时间均与修缮前保持一致。\n")
    doc = clean_text(page, id="p")
    assert doc.meta.title == "某某景区恢复开放"
    assert "好消息！景区明天起恢复开放！" in doc.text


_AWARD = """某某市公共资源交易中心
首页 | 交易信息 | 政策法规 | 办事指南
当前位置：首页 > 交易信息 > 政府采购 > 中标公告
某某县第二中学学生宿舍家具采购项目中标公告
【信息时间：2024-10-08】【来源：某某市公共资源交易中心】【阅读次数：96】【我要打印】【关闭】
一、项目编号：MMCG-2024-0311
二、项目名称：某某县第二中学学生宿舍家具采购项目
三、中标信息
供应商名称：某某家具制造有限公司
中标金额：人民币86.5万元
四、主要标的信息
货物名称：学生公寓床、书桌、衣柜
交货期限：合同签订后30日内
五、公告期限
自本公告发布之日起1个工作日。
六、其他补充事宜
各有关当事人对中标结果有异议的，可以在公告期限届满之日起7个工作日内，以书面形式提出质疑。
七、凡对本次公告内容提出询问，请按以下方式联系。
1.采购人信息
名    称：某某县第二中学
地    址：某某县学府路9号
联系方式：0000-7654321
2.采购代理机构信息
名    称：某某招标咨询有限公司
地    址：某某市人民路12号
联系方式：0000-1234567
上一篇：某某县图书馆图书采购项目成交公告
交易中心地址：某某市政务服务中心五楼
版权所有：某某市公共资源交易中心  某ICP备00000000号
"""


def test_a_procurement_notice_of_numbered_rows_keeps_its_rows_and_parties() -> None:
    """A 中标公告 is numbered rows of fields under a row of bracketed fields that ends in the
    page's controls (【我要打印】【关闭】): the row is its date and source, the headline above it
    its title, the rows from 一、项目编号 on its text (no sentence comes before them), and so
    are its parties' contact rows, numbered over 名称/地址/联系方式."""
    doc = clean_text(_AWARD, id="award")
    assert doc.meta.title == "某某县第二中学学生宿舍家具采购项目中标公告"
    assert (doc.meta.date or "").startswith("2024-10-08")
    assert doc.meta.source_name == "某某市公共资源交易中心"
    lines = doc.text.split("\n")
    assert lines[0] == "一、项目编号：MMCG-2024-0311"
    unspaced = ["".join(line.split()) for line in lines]  # a label's spaces may be squeezed
    for row in ("交货期限：合同签订后30日内", "1.采购人信息", "名称：某某县第二中学",
                "地址：某某县学府路9号", "2.采购代理机构信息", "联系方式：0000-1234567"):
        assert row in unspaced, row
    assert "交易中心地址" not in doc.text
    assert "阅读次数" not in doc.text


@pytest.mark.parametrize(("line", "date", "source"), [
    ("【信息时间：2024-10-08】【来源：某某中心】【阅读次数：96】【我要打印】【关闭】", "2024-10-08",
     "某某中心"),
    ("【发布时间：2024年10月8日】【打印本页】【关闭窗口】", "2024-10-08", None),
    ("信息发布时间：2024-10-08", "2024-10-08", None),
])
def test_a_bracketed_row_closed_by_controls_is_a_metadata_row(line: str, date: str,
                                                              source: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize("line", ["【打印】【关闭】", "【提示：请于10月8日前报名】【关闭】",
                                  "信息公开时限：2024-10-08前"])
def test_controls_alone_or_a_note_are_no_metadata_row(line: str) -> None:
    # Counterexamples: controls with no field, a note in brackets, a label that is no date's.
    found = parse_meta_line(line)
    assert found is None or not found.date


@pytest.mark.parametrize(("lines", "kept"), [
    (["请按以下方式联系。", "1.采购人信息", "名 称：某某中学", "地 址：某某路9号"], [1, 2, 3]),
    (["请按以下方式联系。", "3.项目联系方式", "项目联系人：李工", "电 话：0000-1234567"], [1, 2, 3]),
    # one row under a numbered line is no party's block; an unnumbered label is a footer's
    (["请按以下方式联系。", "1.网站信息", "地址：某某路9号"], []),
    (["本站信息", "地址：某某路9号", "电话：0000-1234567"], []),
])
def test_a_procurement_notices_parties_are_its_contact_block(lines: list[str],
                                                              kept: list[int]) -> None:
    assert sorted(contact_block(lines)) == kept



_ROUTE = """某湖公交
首页 | 走进公交 | 线路查询 | 出行服务 | 新闻公告 | 联系我们
新闻公告
关于新开通31路公交线路的公告
作者：某湖公交运营部    来源：某湖公交    时间：2024-08-15
为方便新区群众出行，经研究决定，自2024年8月20日起新开通31路公交线路。现将有关事项公告如下：
线路走向：
新区管委会—科技大道—创业路—某湖大桥—人民广场—某湖汽车站
途经站点：
新区管委会、科技园北门、创业路口、某湖大桥东、人民广场、某湖汽车站
运营时间：
夏令时（5月1日至9月30日）：6:30—21:00
冬令时（10月1日至次年4月30日）：7:00—20:30
票价：全程1元，支持刷卡、扫码乘车。
欢迎广大市民乘坐。
服务监督电话：0000-5678901
某湖公共交通有限公司
2024年8月15日
扫一扫 关注某湖公交微信
Copyright © 某湖公共交通有限公司 某ICP备00000003号
"""


def test_a_notices_particulars_under_its_announcement_are_its_text() -> None:
    """Under ……公告如下： a notice prints its particulars a line each, labelled (线路走向：,
    运营时间：) or with figures: short lines after the one paragraph, but no list of links."""
    doc = clean_text(_ROUTE, id="route")
    lines = doc.text.split("\n")
    for line in ("线路走向：", "新区管委会—科技大道—创业路—某湖大桥—人民广场—某湖汽车站", "运营时间：",
                 "冬令时（10月1日至次年4月30日）：7:00—20:30", "欢迎广大市民乘坐。"):
        assert line in lines, line
    assert "扫一扫" not in doc.text


@pytest.mark.parametrize(("lines", "article"), [
    # announced, most lines labelled or with figures: the notice's particulars
    (["自8月20日起新开通8路公交线路，现将有关事项公告如下：", "线路走向：",
      "新区管委会—科技大道—创业路—人民广场—汽车站",
      "途经站点：", "新区管委会、科技园北门、创业路口、人民广场、汽车站", "运营时间：",
      "票价：全程1元，支持刷卡、扫码乘车。", "欢迎广大市民乘坐。"], True),
    # Counterexamples: headlines under an announcing line are no fields; fields under a
    # paragraph closed by its stop are a footer's
    (["自8月20日起新开通8路公交线路，现将有关事项公告如下：", "某某县召开秋季防火工作会议",
      "某某镇开展环境整治行动", "某某村举办农民丰收节"], False),
    (["活动取得圆满成功。", "地址：某某路1号", "电话：0000-1234567", "邮编：000000"], False),
])
def test_particulars_under_an_announcement(lines: list[str], article: bool) -> None:
    filled = list(range(len(lines)))
    assert colon_list(lines, filled, filled[1:]) is article


@pytest.mark.parametrize("contact", ["服务监督电话：0000-5678901", "客服热线：0000-5678901",
                                     "投诉举报电话：0000-5678901", "报名电话：0000-5678901"])
def test_a_desks_hotline_over_the_signature_is_a_contact_line(contact: str) -> None:
    """A hotline naming its desk (服务监督电话：, 客服热线：) between a notice's last sentence and
    its signature is its contact line, as 咨询电话： is."""
    lines = _ROUTE.replace("服务监督电话：0000-5678901", contact).split("\n")
    assert closing_contacts(lines) == {lines.index(contact)}


@pytest.mark.parametrize("contact", ["服务监督电话：0000-5678901", "值班电话：0000-5678901"])
def test_the_hotline_and_signature_closing_a_notice_stay(contact: str) -> None:
    # the three lines under the last sentence are no list of links
    doc = clean_text(_ROUTE.replace("服务监督电话：0000-5678901", contact), id="route")
    assert doc.text.split("\n")[-3:] == [contact, "某湖公共交通有限公司", "2024年8月15日"]


def test_a_sentence_that_names_a_phone_is_no_contact_line() -> None:
    # Counterexample: the desk's name is a word or four, not a clause (市民可拨打…电话).
    lines = ["欢迎广大市民乘坐。", "市民如有疑问可拨打服务电话：0000-5678901", "某某公共交通有限公司",
             "2024年8月15日"]
    assert closing_contacts(lines) == frozenset()


def test_a_notices_first_item_may_hold_many_rows_before_its_second() -> None:
    """The first item of the notice's list may print many rows (一、项目基本情况 / 项目编号：… /
    … / 定标时间：…) before the second (二、…): still no sentence before, the list opens it."""
    rows = ("一、项目基本情况\n项目编号：MMCG-2024-0311\n项目名称：某某县第二中学学生宿舍家具采购项目\n"
            "采购方式：公开招标\n预算金额：90万元\n开标时间：2024年9月12日\n评标时间：2024年9月12日\n"
            "定标时间：2024年9月13日\n二、项目名称：某某县第二中学学生宿舍家具采购项目\n")
    page = _AWARD.replace("一、项目编号：MMCG-2024-0311\n二、项目名称：某某县第二中学学生宿舍家具采购项目\n",
                          rows)
    doc = clean_text(page, id="award")
    assert doc.meta.title == "某某县第二中学学生宿舍家具采购项目中标公告"
    assert (doc.meta.date or "").startswith("2024-10-08")
    assert doc.text.split("\n")[:2] == ["一、项目基本情况", "项目编号：MMCG-2024-0311"]
