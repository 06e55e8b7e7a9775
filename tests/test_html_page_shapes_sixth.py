"""A sixth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A reporter's byline in brackets printed between the date row and the content box (outside the
article container); a press release's contact block at its end. Pages: a portal article with
an 某某网北京5月6日电 dateline, (责编：…) and a 分享到 bar, its 来源 naming the outlet's channel;
a video page with its 视频简介 and 编辑/责任编辑 row; an article whose headline is a <div>
under an og:title and a <title> with the site's name, with a 某某新闻记者 byline and a 关键词
row; a government notice with its attachment list between the text and its signature; a
hospital's news with 点击量/浏览次数 and a 供稿单位/撰稿/审核 row; paragraphs as <div>s with
&nbsp; indents; XHTML with its XML declaration; a wrong declared charset either way; a huge
inline base64 image and <svg> logos.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import parse_byline

from .test_html_page_shapes import check_page

_PARAS = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                 for n in range(1, 4))


@pytest.mark.parametrize(("byline", "authors"), [
    ("【本报记者 黄某某报道】", ("黄某某",)),
    ("【本報記者 黃某某報道】", ("黃某某",)),  # traditional script: 本報 is the paper's own
    ("（记者 王某某 通讯员 李某某）", ("王某某", "李某某")),
    ("(记者 王某某)", ("王某某",)),
])
def test_a_bracketed_byline_between_the_date_row_and_the_content_names_the_authors(
        byline: str, authors: tuple[str, ...]) -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            "<h1>某某镇开展冬季森林防火专项检查</h1>"
            "<div class='info'>2024-12-03 15:48　来源：某某日报</div>"
            f"<p>{byline}</p><div class='text'>{_PARAS}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.authors, doc.meta.source_name) == (authors, "某某日报")
    assert doc.text.startswith("第1段")  # the byline is no line of the text


@pytest.mark.parametrize("line", [
    "（2007年6月29日第十届全国人民代表大会常务委员会会议通过）",  # a law's adoption note
    "【编者按】",
    "（图为记者 王某某 摄）",  # a caption's credit: 图为 is no outlet
    "（完）",
    "(本文来源：某某日报)",
    "【责任编辑：王某某】",  # an editor is no author
])
def test_bracketed_lines_that_are_no_byline(line: str) -> None:
    found = parse_byline(line, tail=False)
    assert found is None or (found.source_name is None and not found.authors)


_RELEASE = ("<html><head><title>某某科技发布新一代工业机器人-某某科技</title></head><body>"
            "<div class='news'><h1>某某科技发布新一代工业机器人</h1>"
            "<div class='info'>发布时间：2024-09-19　来源：某某科技</div><div class='content'>"
            "<p>2024年9月19日，某某科技在某某国际工业博览会上正式发布新一代六轴工业机器人，最大负载能力"
            "较上一代产品提升40%。</p><p>新产品采用自主研发的伺服驱动系统和控制算法，能耗降低15%，可广泛"
            "应用于汽车零部件和新能源电池等行业。</p>{contacts}</div>"
            "<div class='share'>分享到：<a href='#'>微信</a> <a href='#'>微博</a></div></div>"
            "<div class='footer'><p>全国服务热线：400-000-0000</p>"
            "<p>地址：某某市某某区某某路1号　邮编：100000</p>"
            "<p>Copyright © 2024 某某科技股份有限公司 版权所有</p></div></body></html>")


@pytest.mark.parametrize(("contacts", "tail"), [
    # the contact block is the release's own text however it is printed
    ("<p>媒体联系人：孙某某</p><p>电话：010-12345678</p><p>邮箱：press@example.com</p>",
     ["媒体联系人：孙某某", "电话：010-12345678", "邮箱：press@example.com"]),
    ("<p>媒体联系人：孙某某　电话：010-12345678　邮箱：press@example.com</p>",
     ["媒体联系人：孙某某 电话：010-12345678 邮箱：press@example.com"]),
    ("<p>联系人：孙某某</p><p>联系电话：010-12345678</p>",
     ["联系人：孙某某", "联系电话：010-12345678"]),
    # contact fields under no contact person are a footer's, whatever sits right after the text
    ("<p>电话：010-12345678</p><p>邮箱：press@example.com</p>", []),
])
def test_a_release_keeps_its_contact_block_in_either_shape(contacts: str,
                                                           tail: list[str]) -> None:
    doc = clean_html(_RELEASE.format(contacts=contacts), id="t")
    lines = doc.text.split("\n")
    assert lines[2:] == tail
    assert "400-000-0000" not in doc.text
    assert "邮编" not in doc.text


@pytest.mark.parametrize(("lines", "block"), [
    (["某某公司成立于2010年。", "媒体联系人：孙某某", "电话：010-1234", "邮箱：a@b.cn"], {1, 2, 3}),
    (["某某公司成立于2010年。", "", "聯繫人：孫某某", "電話：010-1234"], {2, 3}),  # traditional
    # the label alone on its line, the name under it; a sentence under a label is no name
    (["某某公司成立于2010年。", "媒体联系人：", "孙女士", "电话：010-1234", "邮箱：a@b.cn"],
     {1, 2, 3, 4}),
    (["某某公司成立于2010年。", "联系人：", "孙某某 经理", "联系电话：010-1234"], {1, 2, 3}),
    (["某某公司成立于2010年。", "联系人：", "请与各区县联系。", "电话：010-1234"], {1}),
    # a notice's numbered section of whom to call, its desks' numbers under it
    (["请按时报名。", "五、咨询电话", "政策咨询：0000-1234567（工作日9:00-17:00）",
      "技术咨询：0000-1234568"], {1, 2, 3}),
    (["请按时报名。", "四、联系方式", "联系电话：0000-1234567"], {1, 2}),
    # the heading over prose, or a numbered heading of another section: no contact section
    (["请按时报名。", "五、咨询电话", "考生可在工作日拨打电话咨询。"], set()),
    (["请按时报名。", "五、咨询服务", "政策咨询：0000-1234567"], set()),
    # no sentence of the text right above: a footer's or a menu's
    (["关于我们", "联系人：孙某某", "电话：010-1234"], set()),
    (["某某公司成立于2010年。", "电话：010-1234", "邮箱：a@b.cn"], set()),  # no contact person
])
def test_contact_block(lines: list[str], block: set[int]) -> None:
    from cleaners.meta import contact_block

    assert contact_block(lines) == block
    # a caller that has listed the filled lines already passes them: the same answer
    assert contact_block(lines, [i for i, ln in enumerate(lines) if ln.strip()]) == block


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("people_zebian_share",  # (责编：…), 分享到 and 推荐阅读 go; 来源 names the outlet, not
     # its channel (某某网－社会频道); the dateline's reporter is the author
     {"title": "某某省推进县域医共体建设 基层诊疗量占比超六成", "date": "2024-05-06T14:32:00",
      "source_name": "某某网", "authors": ("王某某",)},
     ["某某网北京5月6日电 （记者王某某）", "据介绍", "下一步"]),
    ("cctv_video_editor",  # the player's notices, 编辑/责任编辑 (editors, no authors) and the
     # 相关视频 list go; the video's description is the page's text; the programme's label
     # stays in the headline as printed
     {"title": "[新闻联播]某某铁路全线贯通 沿线设站16座", "date": "2024-06-20T19:35:00",
      "source_name": "某某网", "authors": ()},
     ["视频简介：", "某某铁路今天全线贯通", "某某铁路是国家", "据了解"]),
    ("thepaper_keywords",  # og:title is the headline, not the <title> with the site's name;
     # 关键词, 点赞 and 热新闻 go
     {"title": "某某市试点社区食堂 老年人就餐可享补贴", "date": "2024-03-12T08:05:00",
      "source_name": "某某新闻", "authors": ("周某某",)},
     ["某某市民政局3月11日", "某某新闻记者走访发现", "市民政局相关负责人"]),
    ("gov_attachments",  # the attachment list (its files are no text) and the download box
     # go; the issuing body and the date under it sign the notice and stay
     {"title": "某某县关于印发《2024年农村人居环境整治工作方案》的通知", "date": "2024-04-08",
      "source_name": "某某县农业农村局", "authors": ()},
     ["各乡镇人民政府", "现将", "某某县农业农村局", "2024年4月8日"]),
    ("hospital_counters",  # 点击量, 浏览次数 and the credits row go; its 撰稿 is the author
     {"title": "我院成功开展首例机器人辅助膝关节置换手术", "date": "2024-10-15",
      "authors": ("吴某某",)},
     ["近日", "该手术", "骨科主任"]),
    ("div_paragraphs_nbsp",  # a <div> a paragraph, the &nbsp; indents gone
     {"title": "某某区启动老旧小区加装电梯三年行动", "date": "2024-08-22T09:10:00",
      "source_name": "某某区住建局", "authors": ()},
     ["8月21日", "根据行动方案", "区住建局负责人", "截至目前"]),
    ("xhtml_namespaces",  # the XML declaration and the namespaces change nothing
     {"title": "某某市举办第十届读书节 百余场活动持续一个月", "date": "2024-04-23T10:20:00",
      "source_name": "某某日报", "authors": ("钱某某",)},
     ["4月23日", "活动期间", "市民可通过", "据统计"]),
    ("base64_svg_logo",  # no base64 and no <svg> text (its <title>, its <text>) in the text
     {"title": "某某湾跨海大桥主塔封顶", "date": "2024-09-03T16:40:00",
      "source_name": "某某新闻网", "authors": ("冯某某",)},
     ["9月3日", "某某湾跨海大桥全长", "项目负责人"]),
    ("charset_gbk_declared_utf8_bytes",  # the bytes are UTF-8 whatever the page declares
     {"title": "某某县举办农民丰收节 特色农产品展销持续三天", "date": "2024-09-22T10:00:00",
      "source_name": "某某县融媒体中心", "authors": ()},
     ["9月22日", "活动现场", "县农业农村局"]),
    ("charset_utf8_declared_gbk_bytes",  # the bytes are GBK whatever the page declares
     {"title": "某某乡举办农民丰收节 特色农产品展销持续三天", "date": "2024-09-22T10:00:00",
      "source_name": "某某县融媒体中心", "authors": ()},
     ["9月22日", "活动现场", "县农业农村局"]),
    ("charset_utf8_declared_big5_bytes",  # Big5 bytes also pass a strict GB18030 reading
     # (as rare characters and bopomofo): they read as Big5 whatever the page declares
     {"title": "某某區推出長者醫療券新措施 每年額度增至三千元", "date": "2024-07-02T15:48:00",
      "source_name": "某某新聞網", "authors": ()},
     ["政府今日宣佈", "當局表示", "有長者團體"]),
])
def test_sixth_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("raw", "want"), [
    ("某某网－社会频道", "某某网"),
    ("来源：某某日报-要闻栏目", "某某日报"),
    ("某某市电视台-新闻频道", "某某市电视台"),
    ("某某频道", "某某频道"),  # a channel alone is all the page names
    ("某某卫视-某某频道", "某某卫视-某某频道"),  # no outlet's ending before the dash
])
def test_a_source_with_its_channel_names_the_outlet(raw: str, want: str) -> None:
    from cleaners.names import clean_source

    assert clean_source(raw) == want


@pytest.mark.parametrize(("lines", "signed"), [
    (["请认真贯彻落实。", "附件：1．某某方案.docx", "2．某某表.xlsx", "某某县农业农村局", "2024年4月8日"],
     {3, 4}),
    (["请认真贯彻落实。", "附件：某某申请表.pdf", "某某县农业农村局", "2024年4月8日"], {2, 3}),
    # the attachments do not end the text: a list of links above a date is no signature
    (["更多", "某某方案.docx", "某某县农业农村局", "2024年4月8日"], set()),
])
def test_a_signature_under_the_attachment_list(lines: list[str], signed: set[int]) -> None:
    from cleaners.meta import closing_signature

    assert closing_signature(lines) == signed
    assert closing_signature(lines, [i for i, ln in enumerate(lines) if ln.strip()]) == signed


@pytest.mark.parametrize(("row", "authors"), [
    ("供稿单位：骨科　撰稿：吴某某　审核：郑某某", ("吴某某",)),
    ("（供稿：教导处　撰稿：李某某　摄影：王某　审核：张某）", ("李某某",)),
    ("编辑：孙某某　审核：郑某某", ()),  # editors and reviewers are no authors
    ("摄影：王某　编辑：刘某", ()),
])
def test_the_writer_of_a_credits_row_is_the_author(row: str, authors: tuple[str, ...]) -> None:
    page = ("<html><head><title>某某医院开展义诊活动</title></head><body><div class='news'>"
            "<h1>某某医院开展义诊活动</h1><div class='info'>发布时间：2024-10-15</div>"
            f"<div class='con'>{_PARAS}<p>{row}</p></div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.authors == authors
    assert doc.text.split("\n")[-1].startswith("第3段")


@pytest.mark.parametrize(("text", "want"), [
    ("二〇二四年十二月三日", "2024年12月3日"),
    ("二〇二四年十月三十一日", "2024年10月31日"),
    ("二○二三年一月二十日", "2023年1月20日"),  # ○ for 〇
    ("一九九九年十二月二十日", "1999年12月20日"),
    ("今年三月五日", "今年三月五日"),  # no year: no date to read
    ("二〇二四年十三十月三日", "二〇二四年十三十月三日"),  # no number
])
def test_arabic_dates(text: str, want: str) -> None:
    from cleaners.meta import arabic_dates

    assert arabic_dates(text) == want


def test_a_header_date_in_chinese_numerals_is_read() -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            "<h1>某某镇开展冬季森林防火专项检查</h1>"
            "<div class='info'>发布时间：二〇二四年十二月三日　来源：某某镇人民政府</div>"
            f"<div class='text'>{_PARAS}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2024-12-03", "某某镇人民政府")
    assert doc.text.startswith("第1段")


def test_a_signature_dated_in_chinese_numerals_stays() -> None:
    page = ("<html><head><title>关于做好冬季森林防火工作的通知_某某网</title></head><body>"
            "<h1>关于做好冬季森林防火工作的通知</h1><div class='info'>发布时间：2024-12-05</div>"
            f"<div class='text'>{_PARAS}<p>某某镇人民政府</p><p>二〇二四年十二月三日</p></div>"
            "</body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.date == "2024-12-05"  # the publication date, not the signature's
    assert doc.text.split("\n")[-2:] == ["某某镇人民政府", "二〇二四年十二月三日"]


@pytest.mark.parametrize(("head", "url", "date"), [
    # the canonical address holds the only date
    ("<link rel='canonical' href='http://www.example.com/news/2024-12/03/c_1130.htm'>", "",
     "2024-12-03"),
    ("", "http://www.example.com/news/2024/12/03/c_1130.htm", "2024-12-03"),  # the fetched one
    ("", "", None),  # no date anywhere: none made up
])
def test_a_date_only_in_the_page_address(head: str, url: str, date: str | None) -> None:
    from cleaners import Doc
    from cleaners.html.extract import MainTextExtractor
    from cleaners.html.prune import HiddenAndChromePruner

    page = (f"<html><head>{head}<title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            f"<h1>某某镇开展冬季森林防火专项检查</h1><div class='text'>{_PARAS}</div></body></html>")
    doc = MainTextExtractor()(HiddenAndChromePruner()(Doc("d", "", html=page, url=url)))
    assert doc.meta.date == date
    if head:
        assert doc.meta.canonical_url == "http://www.example.com/news/2024-12/03/c_1130.htm"


@pytest.mark.parametrize(("row", "want"), [
    # the edition note after the paper's name is no part of it
    ("来源：某某日报（2024年12月03日 第05版）", ("2024-12-03", "某某日报", ())),
    # a byline beside the date: the outlet before 记者 publishes, the names write
    ("某某日报记者 王某某 2024-12-03", ("2024-12-03", "某某日报", ("王某某",))),
    ("文｜王某某　2024-12-03", ("2024-12-03", None, ("王某某",))),  # a full-width bar
    # each field in its own brackets
    ("【来源：某某日报】【作者：王某某】【日期：2024-12-03】", ("2024-12-03", "某某日报", ("王某某",))),
])
def test_header_rows_of_other_shapes(row: str, want: tuple[str, str | None, tuple[str, ...]]
                                     ) -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            f"<h1>某某镇开展冬季森林防火专项检查</h1><div class='info'>{row}</div>"
            f"<div class='text'>{_PARAS}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == want
    assert doc.text.startswith("第1段")


@pytest.mark.parametrize(("raw", "want"), [
    ("某某日报（2024年12月03日", "某某日报"),  # cut off by the row's space
    ("某某日报(2024-12-03)", "某某日报"),
    ("某某日报（海外版）", "某某日报（海外版）"),  # no digits: the paper's own name
])
def test_a_source_without_its_edition_note(raw: str, want: str) -> None:
    from cleaners.names import clean_source

    assert clean_source(raw) == want


def test_a_bracketed_photo_credit_after_the_text_goes() -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            "<h1>某某镇开展冬季森林防火专项检查</h1><div class='info'>2024-12-03 15:48</div>"
            f"<div class='text'>{_PARAS}<p>（文中图片由某某镇提供）</p></div></body></html>")
    assert clean_html(page, id="t").text.split("\n")[-1].startswith("第3段")
