"""A wiki page (MediaWiki) saved as text: the site notice over the headline, the headline over
the wiki's tagline (出自某某百科) and jump links, an infobox of label/value rows over the text,
sections with [编辑] links, a navbox and the wiki's menus under it, and its revision stamp."""

from __future__ import annotations

from cleaners import clean_text

_WIKI = """《某某县志（1990—2020）》续修征集资料，欢迎提供线索。

某某古渡

出自某某方志百科
跳到导航 跳到搜索

某某古渡

位置 某某县某某镇某某村
始建 明代
类型 古渡口
保护级别 县级文物保护单位
公布时间 2011年

某某古渡位于某某县某某镇某某村，是旧时两岸往来的主要渡口，现存石阶和系船石柱为明代遗物[1]。

历史[编辑]

据清代县志记载，渡口设渡船两只，由附近村民轮流摆渡，过往行人不收渡资，所需费用由沿岸村庄摊派。

1958年，上游建成公路桥，往来行人逐渐改走桥上，渡口随之冷落。1970年代以后，渡船停用。

  • 查
  • 论
  • 编

某某县文物保护单位
古建筑

  • 文昌阁
  • 陈氏宗祠

古遗址

  • 某某古渡
  • 窑头窑址

导航菜单

  • 首页
  • 最近更改
  • 随机页面

  • 此页面最后编辑于2025年10月3日 (星期五) 14:22。
  • 隐私政策
  • 免责声明
"""


def test_a_wiki_page_saved_as_text() -> None:
    doc = clean_text(_WIKI, id="wiki")
    assert doc.meta.title == "某某古渡"
    assert (doc.meta.date or "")[:10] == "2025-10-03"
    assert doc.meta.authors == ()
    assert doc.text.startswith("某某古渡位于某某县")
    assert doc.text.endswith("渡船停用。")
    for gone in ("续修征集资料", "出自", "跳到导航", "位置", "保护级别", "公布时间", "古建筑"):
        assert gone not in doc.text


def test_label_value_rows_over_a_page_that_is_no_wiki_s_stay() -> None:
    """Counterexample: rows of a label and its value over the text of a page with no wiki's
    tagline are no infobox of a wiki's (an event's particulars, a table saved as text)."""
    page = _WIKI.replace("出自某某方志百科\n", "").replace("跳到导航 跳到搜索\n", "")
    doc = clean_text(page, id="not_a_wiki")
    assert "保护级别 县级文物保护单位\n公布时间 2011年" in doc.text
    assert doc.text.startswith("《某某县志")  # and no site notice is known without the tagline


def test_an_encyclopedia_credit_in_the_text_heads_nothing() -> None:
    """Counterexample: a quoted definition's credit in the article (出自某某百科) is no wiki's
    tagline: the lines above it stay, and the headline is the page's."""
    page = ("某某县召开古渡保护工作会议\n\n2025-10-03 来源：某某县文旅局\n\n"
            "10月3日，某某县召开古渡保护工作会议，研究部署全县古渡口的保护利用工作，各乡镇分管负责人参加。\n\n"
            "会议介绍，古渡是旧时两岸往来的主要渡口，多数始建于明清时期，现存石阶和系船石柱。\n\n"
            "出自某某百科\n\n"
            "会议要求，各乡镇要摸清底数，建立台账，做好日常巡查，防止古渡遗存遭到破坏。\n")
    doc = clean_text(page, id="credit")
    assert doc.meta.title == "某某县召开古渡保护工作会议"
    assert doc.text.startswith("10月3日，某某县召开")
    assert "会议要求，各乡镇" in doc.text
