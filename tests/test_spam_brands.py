"""spam.brands: brands no lexicon knows go by the form mirrors print them in; an article's
own sites, notices and citations stay."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import CoinedBrands
from cleaners.spam.brands import coined_brand_forms
from cleaners.spam.stats import shared_stats


@pytest.fixture(scope="module")
def clean() -> CoinedBrands:
    return CoinedBrands()


# Brands no lexicon knows, by their form (invented names: 鸿泰, 瑞丰, 金阳): forms mirrors print
# and the article's own text that must keep its names and addresses.
@pytest.mark.parametrize(("line", "forms"), [
    ("社区发展治理鸿泰体育登录入口文化品牌", ["鸿泰体育登录入口"]),
    ("项目总投资约四十五亿元瑞丰娱乐 www.kq5821.net，建成后", ["瑞丰娱乐 www.kq5821.net"]),
    ("拒绝金阳国际（aat5906.vip）毒品", ["金阳国际（aat5906.vip）"]),
    ("在家门口【鸿泰棋牌】实现了就业", ["【鸿泰棋牌】"]),
    ("应急车道。6618.com", ["6618.com"]),
    # the article's own: a government site, a notice, a common name, a verb citing an app
    ("详情请登录政府网站 www.gov.cn 查询。", []),
    ("请登录 官方网站 查询办理进度。", []),
    ("学校体育官网公布了名单。", []),
    ("市民可下载咪咕体育APP观看直播。", []),
    # a site or an app the article quotes as its source (据…消息, …发布的报告称)
    ("据鸿泰体育客户端消息，比赛将如期举行。", []),
    ("业内网站3366.com发布的报告称，用户持续增长。", []),
    # a Latin name with a number set inside a word, whatever its case (发|QX27|布); a code
    # news writes stands between words
    ("市政府发QX27布通知，", ["QX27"]),
    ("展出剪kv5纸作品，", ["kv5"]),
    ("东航MU5735航班，", []),
    ("在G20峰会上，新款手机搭载A8芯片，东风EQ1090卡车", []),
])
def test_coined_brand_forms_are_found_by_their_form(line: str, forms: list[str]) -> None:
    found = [f for f in coined_brand_forms(line, shared_stats()) if not f.cited]
    assert [line[f.start : f.end] for f in found] == forms


def test_two_coined_brand_forms_on_a_page_go(clean: CoinedBrands) -> None:
    text = ("坚持“一社一品”鸿泰体育登录入口打造社区发展治理文化品牌。\n"
            "明确党组织建设、物业瑞丰国际网址服务提质等五大任务。")
    doc = clean(Doc("d", text=text))
    assert doc.text == ("坚持“一社一品”打造社区发展治理文化品牌。\n"
                        "明确党组织建设、物业服务提质等五大任务。")
    assert all("no lexicon knows" in r.why for r in doc.removals)


def test_a_coined_form_in_a_news_line_goes_on_a_page_proven_elsewhere(clean: CoinedBrands) -> None:
    text = ("民警向学生讲解毒品的危害以及如何识别和拒绝金阳国际（aat5906.vip）毒品。\n"
            "春节前夕，市场上的年货供应充足，超市里挂满了瑞丰娱乐 www.azk5786.net红灯笼和春联。")
    assert clean(Doc("d", text=text)).text == (
        "民警向学生讲解毒品的危害以及如何识别和拒绝毒品。\n"
        "春节前夕，市场上的年货供应充足，超市里挂满了红灯笼和春联。")


@pytest.mark.parametrize("text", [
    # one cited app, one site: an article's
    "市民可下载咪咕体育APP观看直播，也可登录政府网站 www.gov.cn 查询赛程。",
    # a single shape alone proves nothing
    "本届赛事由鸿泰体育官网独家转播。\n比赛将于周六晚间开始。",
    # news about gambling citing an operator's address keeps it
    "警方查明，该团伙运营的瑞丰娱乐（kq5821.net）等赌博网站涉案金额过亿。",
    # a notice
    "请登录 官方网站 查询办理进度，或拨打热线咨询。",
])
def test_coined_brand_forms_on_a_clean_page_stay(clean: CoinedBrands, text: str) -> None:
    assert clean(Doc("d", text=text)).text == text


def test_the_page_screen_opens_with_a_literal() -> None:
    # sre skips ahead in C only when a pattern opens with a literal or a class: the numbered
    # address opens with a lookbehind and read every page at a few MB/s (spam_share +2 points)
    import re._parser as sre_parse

    from cleaners.spam import brands

    assert str(sre_parse.parse(brands._DOT_TLD.pattern)[0][0]) == "LITERAL"


@pytest.mark.parametrize(("line", "forms"), [
    ("群众致富的主导产业。bet145鸿泰棋牌官网", ["bet145", "鸿泰棋牌官网"]),
    ("企业负责人说QX520电竞今年订单已经排满", ["QX520电竞"]),
    # news writes its codes in upper case, and an English word is no name
    ("东航MU5735航班的调查报告公布。", []),
    ("国产大型水陆两栖飞机AG600完成试飞。", []),
])
def test_latin_names_with_a_number_are_coined_forms(line: str, forms: list[str]) -> None:
    found = [f for f in coined_brand_forms(line, shared_stats()) if not f.cited]
    assert [line[f.start : f.end] for f in found] == forms


def test_a_latin_name_and_a_coined_brand_prove_a_page(clean: CoinedBrands) -> None:
    text = "该县茶叶种植面积达到五万亩，成为当地群众致富的主导产业。bet145\n" \
           "全民健身运动会日前在市体育中心开幕，鸿泰棋牌官网来自各区县的运动员参加比赛。"
    assert clean(Doc("d", text=text)).text == (
        "该县茶叶种植面积达到五万亩，成为当地群众致富的主导产业。\n"
        "全民健身运动会日前在市体育中心开幕，来自各区县的运动员参加比赛。")


@pytest.mark.parametrize(("line", "uncited"), [
    # a row of brands: the promo word before the second is the first's, no citing verb
    ("队员们的拼搏精神值得肯定。鸿泰电竞APP下载瑞丰体育网页版登录", ["鸿泰电竞APP下载", "瑞丰体育网页版登录"]),
    # a name with promo words opening a line is no source tag
    ("「鸿泰国际」官网入口图书馆联合多所学校开展暑期阅读活动", ["「鸿泰国际」官网入口"]),
    # a bracketed name alone opening its line is one
    ("【鸿泰体育】本报讯，全民健身运动会日前开幕。", []),
    # a verb cites an app
    ("市民可下载鸿泰体育APP观看直播。", []),
])
def test_which_coined_forms_are_cited(line: str, uncited: list[str]) -> None:
    found = [f for f in coined_brand_forms(line, shared_stats()) if not f.cited]
    assert [line[f.start : f.end] for f in found] == uncited


def test_forms_planted_inside_words_of_a_news_line_prove_the_page(clean: CoinedBrands) -> None:
    # 日|…|前 and 链|…|接: deleting each re-joins a word, as no citation does
    text = ("公安机关日鸿泰真人网页版登录前破获一起特大网络赌博案，抓获犯罪嫌疑人三十余名。\n"
            "警方提醒市民切勿轻信网上的投注链瑞丰国际网址接。")
    assert clean(Doc("d", text=text)).text == (
        "公安机关日前破获一起特大网络赌博案，抓获犯罪嫌疑人三十余名。\n"
        "警方提醒市民切勿轻信网上的投注链接。")


def test_a_form_a_news_line_cites_between_words_stays(clean: CoinedBrands) -> None:
    text = ("警方查明，该团伙运营的鸿泰真人网页版登录后台涉案金额过亿。\n"
            "警方提醒市民切勿轻信网上的投注链接，瑞丰国际网址等均系赌博网站。")
    assert clean(Doc("d", text=text)).text == text


def test_on_a_page_only_injection_proved_a_cited_form_stays(clean: CoinedBrands) -> None:
    from cleaners.document import Removal

    text = ("【鸿泰体育】本报讯，全民健身运动会日前开幕。\n"
            "球迷可下载瑞丰体育APP观看直播，现场气氛热烈金阳娱乐官网入口。")
    doc = Doc("d", text=text).evolve(removed=[
        Removal("spam.injection", "injected_fragment", "a piece", "民群", "line 1 chars 3-4")])
    assert clean(doc).text == ("【鸿泰体育】本报讯，全民健身运动会日前开幕。\n"
                               "球迷可下载瑞丰体育APP观看直播，现场气氛热烈。")
    # where spam.lexicon cut spam, the page is a mirror beyond doubt: every form goes
    doc = Doc("d", text=text).evolve(removed=[
        Removal("spam.lexicon", "gambling_brand", "a brand", "开云体育", "line 1 chars 3-6")])
    assert clean(doc).text == ("本报讯，全民健身运动会日前开幕。\n"
                               "球迷可下载观看直播，现场气氛热烈。")
