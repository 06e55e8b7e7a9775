"""lang.detect: Chinese by Han share (weighed against words, not letters), others by langdetect."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.lang import DetectLanguage, han_share


@pytest.mark.parametrize(("text", "lang", "script"), [
    ("全市各级党组织坚持把党建工作与中心工作深度融合，推动基层治理能力不断提升。", "zh", "hans"),
    ("全市各級黨組織堅持把黨建工作與中心工作深度融合，推動基層治理能力不斷提升。", "zh", "hant"),
    # Chinese prose quoting code and English terms: Latin letters outnumber Han characters,
    # Latin words do not.
    ("熟悉 Golang 的同学都知道，Golang 里面有一个关键词叫做defer，它可以实现延迟调用。\n"
     "def main():\n    with open('config.yaml') as handle:\n        return handle.read()\n"
     "实际上在 Python 里面也有相关的语法，那就是 contextlib 模块。", "zh", "hans"),
    ("The city government announced on Monday that the new metro line will open next year, "
     "cutting travel times for commuters across the region.", "en", None),
    # Japanese shares the Han characters; its kana tell it apart.
    ("東京都は２０日、新型コロナウイルスの感染者が新たに確認されたと発表した。政府は対策を強化"
     "する方針だ。", "ja", None),
    ("서울시는 20일 새로운 교통 정책을 발표했다. 시민들의 반응은 대체로 긍정적이었다.", "ko", None),
])
def test_language_and_script(text: str, lang: str, script: str | None) -> None:
    meta = DetectLanguage()(Doc("d", text=text)).meta
    assert meta.lang == lang
    if script:
        assert meta.script == script


def test_han_share_counts_words_not_letters() -> None:
    assert han_share("熟悉 Golang 的同学") == pytest.approx(5 / 6)
    assert han_share("Xi Jinping met Biden") == 0.0
    assert han_share("2024-05-01 12:00") == 0.0


def test_empty_text_gets_no_language() -> None:
    assert DetectLanguage()(Doc("d", text="  \n ")).meta.lang in (None, "")


def test_a_chinese_article_quoting_a_japanese_letter_stays_chinese() -> None:
    text = ("今年秋天，刚刚去世的日本作家的中文版译者收到了出版社转来的一封手写信。征得家属同意，"
            "我们在此刊出原文和译文。\n"
            "「中国の読者の皆さま、私の小さな物語を長いあいだ読んでくださって、本当にありがとう"
            "ございました。言葉は違っても、台所の湯気は、きっと同じだと信じて書いてきました。」\n"
            "译文：“中国的读者们，感谢你们长久以来阅读我那些小小的故事。语言虽然不同，但我一直"
            "相信，厨房里的水汽一定是相同的。”\n"
            "出版社表示，作家的最后一部随笔集中文版将于明年春天出版，这封信将作为代序收入书中。")
    assert DetectLanguage()(Doc("d", text=text)).meta.lang == "zh"


def test_a_japanese_article_with_a_line_of_kanji_stays_japanese() -> None:
    # a headline of kanji only, over paragraphs with kana
    text = ("東京都知事選挙告示\n"
            "東京都知事選挙が１８日告示され、過去最多の候補者が立候補を届け出た。投票は来月７日"
            "に行われる。\n各候補は街頭演説で物価対策や子育て支援を訴えた。")
    assert DetectLanguage()(Doc("d", text=text)).meta.lang == "ja"
