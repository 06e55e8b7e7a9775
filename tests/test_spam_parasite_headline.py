"""A parasite page saved as text opens on a title that sells through and through, then spam,
then the article it stitched in under the article's own headline: that headline is the title."""

from __future__ import annotations

import pytest

from cleaners import clean_text


def to_traditional(text: str) -> str:
    import opencc
    return str(opencc.OpenCC("s2t").convert(text))


def to_simplified_text(text: str) -> str:
    import opencc
    return str(opencc.OpenCC("t2s").convert(text))

STUFFED = "开云体育官网入口-开云体育app下载-华体会体育-官方网站"
SPAM = "开云体育官网入口是亚洲知名的在线娱乐平台，提供体育投注、真人娱乐、电子游戏，提款秒到。"
HEADLINE = "全市新建口袋公园四十个 居民出门五分钟见绿"
BODY = ("今年以来，市里利用边角地和闲置地块新建口袋公园四十个，配套建设了步道、座椅和儿童"
        "游乐设施，周边居民出门五分钟就能走进绿地。\n"
        "园林部门表示，明年将继续推进口袋公园建设，并同步做好已建公园的日常养护工作。")


def _page(headline: str = HEADLINE, title: str = STUFFED) -> str:
    return f"{title}\n\n发布时间：2025-12-02 浏览次数：9527\n\n{SPAM}\n\n{headline}\n\n{BODY}"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_headline_under_the_spam_is_the_title(script: str) -> None:
    page = _page() if script == "simplified" else to_traditional(_page())
    headline = HEADLINE if script == "simplified" else to_traditional(HEADLINE)
    doc = clean_text(page)
    assert doc.meta.title == headline
    assert headline not in doc.text
    assert any(r.rule == "headline_under_spam" for r in doc.removals)
    assert BODY.split("\n")[1][-8:] in to_simplified_text(doc.text)
    assert "开云" not in to_simplified_text(doc.text)


def test_a_sentence_under_the_spam_stays_text() -> None:
    # the first line under the spam closes a clause: the article's lead, no headline
    lead = "记者从市园林局获悉，今年新建口袋公园四十个。"
    doc = clean_text(_page(headline=lead))
    assert lead in doc.text
    assert doc.meta.title != lead


def test_a_title_with_a_news_part_keeps_it() -> None:
    # a part of the title sells nothing: the title line names its own headline
    doc = clean_text(_page(title=f"开云体育官网入口-{HEADLINE}"))
    assert not any(r.rule == "headline_under_spam" for r in doc.removals)
