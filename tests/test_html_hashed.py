"""Pages whose class and id names say nothing (bench/perturb_html.py's hashed: CSS-modules and
Tailwind-style builds write ``class="_1f0c02"``): what a name told before, the page's structure
or its own text tells now."""

from __future__ import annotations

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.prune import hidden_elements, unrevealed_article

_BODY = ("<section><span>每天上午十点，山腰上这所小学里，总有几个孩子准时跑到操场边的百叶箱前读温度计，"
         "再把数字工工整整地抄进记录本。</span></section>"
         "<section><span>这座小小气象站是去年秋天建起来的，科学老师和同事们商量后，"
         "在县气象局的帮助下添置了百叶箱、雨量筒和风向标。</span></section>"
         "<section><span>半年下来，孩子们攒下了厚厚三本观测记录，学校打算把观测数据做成图表，"
         "在期末的展示课上讲给家长们听。</span></section>")


def _page(head: str, style: str = "visibility: hidden;") -> str:
    return ("<html><head><meta charset='utf-8'><title>山里娃的小小气象站</title></head>"
            f"<body><div class='_9d67e9'><div class='_7642ab'>{head}"
            "<div class='_354926'><span class='_93cc7f'>青禾教育观察</span>"
            "<em class='_05fa2e'>2025年3月12日 18:30</em></div>"
            f"<div class='_1f0c02' style='{style}'>{_BODY}</div>"
            "<div class='_7f9751'>阅读 2863</div></div></div></body></html>")


def test_a_hidden_article_under_its_headline_is_read() -> None:
    """The article a script reveals, hidden as saved under a hashed class, right under the
    page's <h1> and its byline: the article, with no name saying so."""
    html_text = _page("<h1 class='_96ca6f'>山里娃的小小气象站</h1>")
    root = parse_html(html_text)
    assert root is not None
    assert [el.get("class") for el in unrevealed_article(hidden_elements(root))] == ["_1f0c02"]
    doc = clean_html(html_text, id="t")
    assert "在期末的展示课上讲给家长们听。" in doc.text


def test_a_hidden_block_with_no_headline_over_it_stays_hidden() -> None:
    """Counterexample: the same prose hidden with no headline opening it (a hidden copy or a
    block a page keeps from its readers) stays hidden."""
    html_text = _page("<div class='_96ca6f'>山里娃的小小气象站</div>")
    root = parse_html(html_text)
    assert root is not None
    assert not unrevealed_article(hidden_elements(root))


def test_a_hidden_spam_block_under_a_headline_stays_hidden() -> None:
    """Counterexample: a hidden block under the headline that sells (a planted spam block)
    stays hidden though it is long prose."""
    spam = ("<p>澳门新葡京娱乐城官网，真人百家乐在线开户，注册即送彩金，"
            "体育投注、时时彩、六合彩应有尽有，欢迎各位玩家登录体验，日赚千元不是梦。</p>") * 3
    html_text = _page("<h1>山里娃的小小气象站</h1>").replace(_BODY, spam)
    root = parse_html(html_text)
    assert root is not None
    assert not unrevealed_article(hidden_elements(root))
