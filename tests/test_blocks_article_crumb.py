"""A breadcrumb ending on the article (首页 / 城事 / 正文) right over the headline and its date
row: what a page saved as text holds above it (the page's head, a sidebar of teasers a
template sets before the content) is no article (gold_html --text: an aside before the
content)."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.chrome.blocks import above_article_crumb

_SIDEBAR = ("某某新闻网\n\n热点排行\n\n  • 城南大桥夜间维修施工，部分车道封闭\n"
            "  • 今冬首场寒潮来袭，中小学调整作息时间\n  • 老城区十二条街巷恢复通行\n\n"
            "图片新闻\n\n江边银杏金黄\n\n连日来，江边步道两侧的银杏树叶渐次变黄，吸引不少市民前来散步拍照。\n\n"
            "专题\n\n  • 创建文明城市\n\n")
_ARTICLE = ("城区新建口袋公园十二座\n\n某某日报2025-12-03 07:40记者 某某某\n\n"
            "12月2日起，城区十二座口袋公园陆续开放，市民在家门口就能散步健身。\n\n"
            "公园配备了健身器材、儿童游乐区和夜间照明，部分公园设置了无障碍通道。\n")


def test_the_sidebar_above_the_crumb_goes() -> None:
    doc = clean_text(_SIDEBAR + "首页 / 城事 / 正文\n\n" + _ARTICLE, id="t")
    assert "热点排行" not in doc.text
    assert "银杏" not in doc.text
    assert "创建文明城市" not in doc.text
    assert "口袋公园陆续开放" in doc.text
    assert "无障碍通道" in doc.text


def test_no_headline_and_date_under_it_nothing_goes() -> None:
    # the crumb over a paragraph, not a headline: no telling where the article starts
    bare = ["热点排行", "城南大桥夜间维修施工", "首页 / 城事 / 正文",
            "12月2日起，城区十二座口袋公园陆续开放。", "2025-12-03"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == set()
    # a headline, but no date row under it
    bare = ["热点排行", "城南大桥夜间维修施工", "首页 / 城事 / 正文", "城区新建口袋公园十二座",
            "12月2日起，城区十二座口袋公园陆续开放。"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == set()
    # a crumb ending on a section, not on the article: a list page's
    bare = ["热点排行", "城南大桥夜间维修施工", "首页 / 城事", "城区新建口袋公园十二座",
            "2025-12-03 07:40"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == set()
    # and with all three, the lines above go
    bare = ["热点排行", "城南大桥夜间维修施工", "首页 > 城事 > 正文", "城区新建口袋公园十二座",
            "2025-12-03 07:40"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == {0, 1}
