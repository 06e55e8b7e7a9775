"""A sixth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A reporter's byline in brackets printed between the date row and the content box (outside the
article container); a press release's contact block at its end.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import parse_byline

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
    # no sentence of the text right above: a footer's or a menu's
    (["关于我们", "联系人：孙某某", "电话：010-1234"], set()),
    (["某某公司成立于2010年。", "电话：010-1234", "邮箱：a@b.cn"], set()),  # no contact person
])
def test_contact_block(lines: list[str], block: set[int]) -> None:
    from cleaners.meta import contact_block

    assert contact_block(lines) == block
