"""Portal pages saved as text: a menu whose links the page glued into one line, and a sticky
bar's "now reading" line, are chrome, never the headline (bench/gold_html.py --text)."""

from __future__ import annotations

from cleaners import clean_text

_ARTICLE = (
    "\n中午十一点，某某路社区食堂里已经坐满了前来就餐的老人。两荤两素一汤，六十岁以上老人只要十二元。\n"
    "\n今年以来，全区新建社区食堂二十三家，覆盖所有街道，菜品价格和食品安全接受居民监督。\n"
)


def test_glued_menu_and_reading_bar_are_no_headline() -> None:
    page = ("某某网\n首页时政民生经济文旅体育评论\n搜索客户端菜单\n"
            "正在阅读：社区食堂开到家门口 老人吃饭有了好去处\n微信微博QQ空间\n\n"
            "社区食堂开到家门口 老人吃饭有了好去处\n\n2025-11-14 08:05 来源：某某晚报\n" + _ARTICLE)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "社区食堂开到家门口 老人吃饭有了好去处"
    assert (doc.meta.date or "").startswith("2025-11-14")
    assert "首页时政" not in doc.text
    assert "正在阅读" not in doc.text


def test_site_name_glued_to_its_menu_is_no_headline() -> None:
    page = ("某某在线新闻民生房产论坛登录 | 注册\n\n老旧小区加装电梯费用怎么分？我市出台指导意见\n\n"
            "作者：某某 · 2025-11-26 18:05 · 来源：某某晚报 · 1.2万 阅读\n" + _ARTICLE)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "老旧小区加装电梯费用怎么分？我市出台指导意见"


def test_menu_words_in_a_sentence_stay() -> None:
    text = "教育、健康、体育三项指标均有提升，民生新闻栏目将持续跟踪报道。"
    doc = clean_text("某某标题\n\n2025-11-14 来源：某某报\n\n" + text + "\n", id="t")
    assert text in doc.text
