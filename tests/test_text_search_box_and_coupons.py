"""Two general defects left by unseen text pages: a search box's placeholder taken for the
headline, and a promotion's call-to-action lines inside an article.

Pages are invented; the first is gl79 (tests/fixtures/gold_like) rewritten in the test.
"""

from __future__ import annotations

import json
from pathlib import Path

from cleaners import clean_text

GOLD_LIKE = Path(__file__).parent / "fixtures" / "gold_like"


def _meta_row_moved_to_bottom(name: str) -> tuple[str, dict[str, object]]:
    """The page with its metadata row (来源/作者 under the headline) moved under the body, so
    only a lone date sits between the site header and the headline."""
    lines = (GOLD_LIKE / f"{name}.txt").read_text("utf-8").split("\n")
    meta_row = next(line for line in lines if line.startswith("来源："))
    lines.remove(meta_row)
    closing = next(i for i, line in enumerate(lines) if line.startswith("责任编辑"))
    lines.insert(closing, meta_row)
    gold = json.loads((GOLD_LIKE / f"{name}.json").read_text("utf-8"))
    return "\n".join(lines), gold


def test_search_box_is_not_the_headline_when_the_meta_row_is_at_the_bottom() -> None:
    page, gold = _meta_row_moved_to_bottom("gl79_agri_tech_extension")
    assert "请输入关键词" in page.split("\n")[2]  # the header still ends in its search box
    doc = clean_text(page, id="gl79_meta_at_bottom")
    assert doc.meta.title == gold["title"]
    assert doc.meta.date == gold["date"]
    assert doc.text == gold["text"]
    assert "搜索" not in doc.text


def test_headline_under_a_lone_date_under_the_breadcrumb_beats_a_header_line() -> None:
    # the header ends in a slogan, not a search box: no chrome rule takes it, and the line
    # above the breadcrumb is still no headline when one stands under the lone date
    page, gold = _meta_row_moved_to_bottom("gl79_agri_tech_extension")
    lines = page.split("\n")
    lines[2] = "服务三农 助力乡村振兴"
    doc = clean_text("\n".join(lines), id="gl79_slogan")
    assert doc.meta.title == gold["title"]
    assert doc.text == gold["text"]


def test_search_box_line_goes_but_a_sentence_about_searching_stays() -> None:
    page = ("某某县人民政府\n请输入关键字  搜索\n2025-03-02\n县里开通政务服务网上查询\n"
            "群众请输入关键词后点击搜索，即可查到办事指南和所需材料。\n"
            "县政务服务中心表示，下一步将继续扩大网上可办事项的范围。\n")
    doc = clean_text(page, id="search_sentence")
    assert doc.meta.title == "县里开通政务服务网上查询"
    assert "请输入关键字" not in doc.text
    assert "群众请输入关键词后点击搜索，即可查到办事指南和所需材料。" in doc.text.split("\n")


_FESTIVAL = (
    "某某市商务局\n首页 | 商务动态 | 通知公告 | 政务公开\n2025-04-18\n"
    "我市启动第三届春季消费节 发放消费券2000万元\n来源：市商务局   作者：林晓\n"
    "4月18日，我市第三届春季消费节在中心广场启动，活动将持续至5月底，覆盖餐饮、家电、汽车、文旅等领域。\n"
    "本届消费节由市政府主办，市商务局、市文旅局承办，全市300余家商户参与。\n"
    "{coupon_block}"
    "市商务局有关负责人介绍，消费券分三批发放，每批约600万元，市民可通过指定平台领取后在参与商户使用。\n"
    "据统计，去年春季消费节期间全市社会消费品零售总额同比增长8.6%。\n责任编辑：王平\n"
)


def test_coupon_call_to_action_inside_the_article_goes() -> None:
    doc = clean_text(_FESTIVAL.format(coupon_block="【领券入口】\n第一批消费券4月20日10:00开抢\n"),
                     id="festival")
    assert "领券入口" not in doc.text
    assert "开抢" not in doc.text
    assert len(doc.text.split("\n")) == 4
    assert {r.rule for r in doc.removals if "领券" in r.text or "开抢" in r.text} == {
        "call_to_action"}


def test_news_sentence_about_coupons_stays() -> None:
    news = "第一批消费券将于4月20日10:00开抢，每人限领一张。"
    doc = clean_text(_FESTIVAL.format(coupon_block=f"{news}\n"), id="festival_news")
    assert news in doc.text.split("\n")
