"""The general shapes the gold HTML pages saved as text (bench/gold_html.py --text) showed our
text path getting wrong: a gallery's pictures whose alt text is the headline without its
column's label (图片新闻丨某某 over each picture's 某某). Names are invented."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text

_S2T = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_S2T.convert(text))


_PARAS = ["4月1日，某某县某某山茶园里，茶农正在采摘春茶。眼下，全县三万多亩高山茶园陆续进入采摘期。",
          "某某山茶园海拔一千一百多米，常年云雾缭绕，昼夜温差大，出产的绿茶香气高、耐冲泡。",
          "采茶工人按照“一芽一叶”的标准手工采摘鲜叶，一名熟练工人一天能采四五斤鲜叶。"]


def _gallery(headline: str, alt: str) -> str:
    lines = ["当前位置：首页 > 某某图片 > 正文", "", headline, "",
             "2025-04-02 16:20来源：某某日报记者：某某"]
    for n, para in enumerate(_PARAS, 1):
        lines += [alt, f"{n}/{len(_PARAS)}", "", para, ""]
    return "\n".join([*lines, "上一张 下一张", "责任编辑：某某"])


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("label", ["图片新闻丨", "组图｜", "新闻图片|"])
def test_the_headline_without_its_column_label_is_a_pictures_alt_text(script: str,
                                                                       label: str) -> None:
    page = _gallery(f"{label}高山茶园开采忙", "高山茶园开采忙")
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="gallery")
    want = _PARAS if script == "hans" else [to_traditional(p) for p in _PARAS]
    assert doc.text.split("\n") == want
    assert doc.meta.title == (to_traditional(f"{label}高山茶园开采忙") if script == "hant"
                              else f"{label}高山茶园开采忙").strip()


def test_a_line_of_the_article_that_goes_on_from_the_headlines_words_stays() -> None:
    """Counterexample: the article's own line that opens with the headline's words and goes on
    (a sentence) is no alt text, nor is a line that repeats only part of the words."""
    own = ["高山茶园开采忙，茶农抢抓晴好天气采摘加工。", "茶园开采忙"]
    page = _gallery("图片新闻丨高山茶园开采忙", "某某摄影")
    page = page.replace(_PARAS[1], f"{_PARAS[1]}\n{own[0]}\n\n{own[1]}\n")
    doc = clean_text(page, id="gallery")
    assert all(line in doc.text.split("\n") for line in own)
