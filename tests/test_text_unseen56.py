"""Central media's and news sites' articles saved as text (gold_like gl442-gl447): a foreign-news
digest, a global-news portal, a theory daily's site, a youth paper's, a national radio's and a
provincial client's share page. A share page prints the outlet's name alone right under its
bare date row, over the text (标题 / 2025-11-24 09:03 / 某某晨报): a name of an outlet's shape
is the publisher, the publisher a byline already named (某某新闻记者 某某) is that name again;
either goes. A radio site's lead credits its reporters after a dated 消息 as a wire's after its
电 (某某网北京11月24日消息（记者 某某）). A font switch drawn as letters is saved as them (字号：T
| T) and an audio player's button says 收听音频; their examples are in the rule table
(chrome.common page_tools, player_ui). Each in both scripts. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from tests.scripts import to_traditional

_PARAS = ["傍晚时分，位于某某江畔的老码头亮起了暖黄色的灯光。散步的市民沿着新铺设的木栈道慢慢走着。",
          "这处码头建于上世纪五十年代，曾是当地重要的货运码头，随着港区搬迁逐渐闲置。",
          "据了解，改造后的滨江区域全长约1.8公里，新增绿地2.6万平方米。"]
_TITLE = "老码头变身滨江“会客厅” 市民多了休闲好去处"


def _clean(lines: list[str], script: str) -> tuple[str, str | None, list[str]]:
    page = "\n".join(lines)
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="share")
    return doc.text, doc.meta.source_name, list(doc.meta.authors)


def _hant(text: str, script: str) -> str:
    return to_traditional(text) if script == "hant" else text


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("name", ["某某晨报", "某某新闻网", "某某客户端"])
def test_an_outlet_alone_under_a_bare_date_row_is_the_publisher(name: str, script: str) -> None:
    text, source, _ = _clean([_TITLE, "2025-11-24 09:03", name, *_PARAS], script)
    assert source == _hant(name, script)
    assert text.split("\n")[0] == _hant(_PARAS[0], script)


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_the_bylines_outlet_again_under_the_date_row_goes(script: str) -> None:
    text, source, authors = _clean([_TITLE, "某某新闻记者 庞某某 通讯员 乔某", "2025-11-24 09:03",
                                    "某某新闻", *_PARAS], script)
    assert source == _hant("某某新闻", script)
    assert authors == [_hant("庞某某", script), _hant("乔某", script)]
    assert text.split("\n")[0] == _hant(_PARAS[0], script)


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("lines", "kept"), [
    # a name of no outlet's shape under a date alone is no publisher: a heading stays
    ([_TITLE, "2025-11-24 09:03", "码头新貌", *_PARAS], "码头新貌"),
    # a row naming another outlet: the name under it is not that outlet again
    ([_TITLE, "2025-11-24 09:03 来源：某某日报", "某某晨报", *_PARAS], "某某晨报"),
])
def test_a_line_under_the_date_row_that_is_no_publisher_stays(lines: list[str], kept: str,
                                                                script: str) -> None:
    text, source, _ = _clean(lines, script)
    assert _hant(kept, script) in text.split("\n")
    assert source != _hant(kept, script)


_RADIO_PARAS = ["在北郊农产品批发市场，每天进场的大白菜超过3000吨，批发价每斤在0.6元左右。",
                "为稳定冬季蔬菜供应，多地还启动了政府储备蔬菜投放机制。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("lead", "authors"), [
    ("某某网北京11月24日消息（记者 甘某某）据报道，北方多地进入冬储菜集中上市期。", ["甘某某"]),
    ("某某网北京11月24日消息（记者甘某某 通讯员贺某）据报道，北方多地进入冬储菜集中上市期。",
     ["甘某某", "贺某"]),
    # counterexamples: news (消息) no dated dateline opens, and a bracket of no credit
    ("据消息（记者 甘某某）称，北方多地进入冬储菜集中上市期。", []),
    ("某某网北京11月24日消息（记者手记）北方多地进入冬储菜集中上市期。", []),
])
def test_a_radio_sites_dated_news_lead_credits_its_reporters(lead: str, authors: list[str],
                                                            script: str) -> None:
    text, _, got = _clean(["冬储菜集中上市 多地“菜篮子”量足价稳", "2025-11-24 08:12:05 来源：某某网",
                           "收听音频", "00:00 / 02:46", lead, *_RADIO_PARAS], script)
    assert got == [_hant(a, script) for a in authors]
    assert text.split("\n")[0] == _hant(lead, script)


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_the_outlet_under_the_date_row_goes_with_a_byline_under_it(script: str) -> None:
    text, source, authors = _clean([_TITLE, "2025-11-24 09:03", "某某新闻",
                                    "某某新闻记者 庞某某 通讯员 乔某", *_PARAS], script)
    assert source == _hant("某某新闻", script)
    assert authors == [_hant("庞某某", script), _hant("乔某", script)]
    assert text.split("\n")[0] == _hant(_PARAS[0], script)


_DIGEST_PARAS = ["【某某网11月24日报道】据外媒11月22日报道，东南亚多国正在加快推进海上风电项目。",
                 "报道称，过去一年，该地区已有五个国家公布了海上风电发展目标。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("credit", "authors"), [
    ("（编译/许某某）", ["许某某"]),
    ("（编译：许某某）", ["许某某"]),
    ("编译/许某某", ["许某某"]),
    # counterexamples: an agency is no translator's name, a sentence about compilers no credit
    ("（编译/某某社）", []),
    ("编译/解释器的区别", []),
])
def test_a_digests_translator_credit_under_the_text_is_its_author(
        credit: str, authors: list[str], script: str) -> None:
    text, _, got = _clean(["外媒：南洋多国加快布局海上风电", "2025-11-24 10:18:36 来源：某某网",
                           *_DIGEST_PARAS, credit, "责任编辑：齐某"], script)
    assert got == [_hant(a, script) for a in authors]
    assert (_hant(credit, script) in text.split("\n")) == (not authors)
