"""National media's and news sites' article templates (gold_html gh254-gh259), saved as text
and as HTML: a foreign-news digest site prints a reprint note under the text (本文系转载，
不代表某某网的观点。某某网对其文字……均不作任何保证和承诺，请读者和相关方自行核实。), naming
the site rather than 本网, so only its opening (本文系转载) marks it; a radio site's info row
saved as text glues its font size's buttons to the source (来源：某某网A+A-). Names are
invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.names import clean_source
from tests.scripts import to_traditional

_PARAS = ["【某某网11月24日报道】据某国《某某时报》网站11月22日报道，该国一座城市试行家庭雨水回收系统。",
          "报道称，这座城市去年为约两千户家庭安装了屋顶集雨装置，收集的雨水用于冲厕和浇灌庭院。",
          "分析人士认为，分散式的雨水回收可以作为集中供水的有益补充，但难以替代水库。"]

_NOTE = ("本文系转载，不代表某某网的观点。某某网对其文字、图片与其他内容的真实性、及时性、完整性和"
         "准确性以及其权利属性均不作任何保证和承诺，请读者和相关方自行核实。")


def _text_page(under: list[str]) -> str:
    return "\n".join(["首页国际中国军事财经科技", "当前位置：首页 > 国际 > 正文", "",
                      "外媒：某国城市试行雨水回收系统", "", "2025-11-24 10:35来源：某某网", "",
                      *_PARAS, *under, "相关阅读", "", "  • 外媒：多国加快城市节水改造",
                      "", "京ICP备12345678号-2"])


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("note", [_NOTE, "（本文为转载，版权归原作者所有）"])
def test_a_reprint_note_naming_the_site_goes(note: str, script: str) -> None:
    page = _text_page(["责任编辑：某某", note])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page)
    assert len(doc.text.split("\n")) == len(_PARAS)
    assert "转载" not in doc.text
    assert "轉載" not in doc.text


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_paragraph_opening_the_article_on_reprints_stays(script: str) -> None:
    # counterexample: 本文系统 is no 本文系 + 转载; the article's own paragraph about reprints stays
    line = "本文系统梳理了转载作品的著作权问题，供读者参考。"
    page = _text_page([line])
    if script == "hant":
        page, line = to_traditional(page), to_traditional(line)
    assert line in clean_text(page).text.split("\n")


def test_a_reprint_note_in_a_plain_paragraph_goes_on_the_html_path() -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (f"<html><head><title>外媒：某国城市试行雨水回收系统</title></head><body>"
            f"<h1>外媒：某国城市试行雨水回收系统</h1><div class=\"articleText\">{body}"
            f"<p>{_NOTE}</p></div></body></html>")
    doc = clean_html(html)
    assert len(doc.text.split("\n")) == len(_PARAS)
    assert "转载" not in doc.text


@pytest.mark.parametrize(("raw", "want"), [
    ("来源：某某网A+A-", "某某网"),
    ("某某网 A+ A-", "某某网"),
    ("某某日报A-A+", "某某日报"),
    # counterexamples: one sign after a letter is a name's (某某A+), a share class's letters
    # are no buttons
    ("某某评级A+", "某某评级A+"),
    ("某某证券A+H", "某某证券A+H"),
])
def test_a_font_sizes_buttons_after_the_source_go(raw: str, want: str) -> None:
    # a radio site's row saved as text: 2025-11-24 07:41:22来源：某某网A+A-
    assert clean_source(raw) == want


_RADIO = ["当地供热企业负责人介绍，今年共改造老旧管网一百余公里，同时在换热站加装了智能调控设备。",
          "业内专家表示，持续推进管网更新改造，才能让居民温暖过冬的同时降低能耗。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("lead", "authors"), [
    # a radio site's dateline closes on 消息 where a wire's closes on 电
    ("某某网北京11月24日消息（记者郑晚晴）据某某之声报道，北方多地陆续进入供暖季。", ("郑晚晴",)),
    ("某某网北京11月24日消息（记者 郑晚晴 实习生 魏小满）据报道，北方多地进入供暖季。",
     ("郑晚晴", "魏小满")),
    # counterexample: 消息 deep in a sentence is no dateline; the bracket is no credit
    ("记者从供热部门获悉一条好消息（记者 郑晚晴 摄）：多地完成了老旧管网改造。", ()),
])
def test_a_radio_sites_xiaoxi_dateline_credits_its_reporters(
        lead: str, authors: tuple[str, ...], script: str) -> None:
    page = "\n".join(["冬季供暖季启动 多地老旧管网完成改造", "2025-11-24 07:41:22来源：某某网",
                      lead, *_RADIO])
    if script == "hant":
        page = to_traditional(page)
        authors = tuple(to_traditional(a) for a in authors)
    doc = clean_text(page)
    assert doc.meta.authors == authors
    assert len(doc.text.split("\n")) == 1 + len(_RADIO)
