"""Defects the gold_like spam mirrors gl514-gl519 showed, each on invented text with
counterexamples: a selling phrase in short full-width brackets with the words beside it
(【某某盘口实时更新】), operators respelled with a look-alike or homophone character on one page
(two or more), the topic words glued to a selling phrase (快三|大小单双|稳赚技巧), a parasite page
keyed on a headline that sells whole, an advert glued after a photo's caption, a row's label left
bare once its items were all cut, and an operator's esports book (某某电竞官网)."""

from __future__ import annotations

import pytest

from cleaners import clean_text

HEAD = ["某某县推进城乡供水一体化", "发布时间：2026-10-12 09:30　来源：某某县水利局"]
P1 = "今年以来，某某县投入资金两亿元，新建改造供水管网三百公里，农村自来水普及率达到百分之九十八。"
P2 = "县水利局负责人表示，下一步将推进城乡供水同网同质同价，让群众喝上放心水。"
P3 = "目前，全县已建成千吨万人供水工程十二处，覆盖人口四十余万。"


def _clean(*lines: str) -> str:
    return clean_text("\n".join([*HEAD, *lines]) + "\n", id="t").text


def test_a_selling_phrase_in_short_brackets_goes_with_the_words_beside_it() -> None:
    text = _clean("今年以来，某某县投入资金两亿元，【滚球盘口实时更新】新建改造供水管网三百公里。",
                  P2 + "〖下注即返水1.2%〗", P3)
    assert "实时更新" not in text
    assert "水1.2%" not in text
    assert "〖" not in text
    assert "两亿元，新建改造供水管网三百公里。" in text
    assert P2 in text


@pytest.mark.parametrize("line", ["【以案说法】网络赌博害人害己，警方提醒群众远离赌博。",
                                  "记者从县公安局获悉，【典型案例】中的赌博团伙已被依法查处。"])
def test_a_bracketed_label_of_news_stays(line: str) -> None:
    assert line in _clean(P1, line, P2)


def test_two_operators_respelled_on_a_page_are_cut() -> None:
    text = _clean(P1 + "澳门新莆京", P2 + "太阳诚", P3)
    assert "新莆京" not in text
    assert "太阳诚" not in text
    assert P1 in text
    assert P2 in text


def test_one_respelling_alone_proves_no_page() -> None:
    line = "太阳诚信服务站是县里新设的便民窗口。"
    assert line in _clean(P1, line, P2)


def test_topic_words_glued_to_a_selling_phrase_go_with_it() -> None:
    text = _clean(P1 + "快三大小单双稳赚技巧", P2 + "注册即送88元彩金", P3)
    assert "快三" not in text
    assert "大小单双" not in text
    assert P1 in text


def test_a_report_naming_the_game_keeps_it() -> None:
    line = "警方提醒，所谓快三大小单双稳赚技巧都是诈骗话术，群众切勿轻信。"
    assert line in _clean(P1, line, P2)


PARASITE = """快三稳赚技巧_快三计划群免费加入-某某县新闻网
快三稳赚技巧
时间：2026-11-21 09:12　来源：快三计划群
快三稳赚技巧，近日，某某县召开秋冬季农业生产工作推进会，快三计划群免费加入，会议要求各镇抓紧抓好小麦播种。
快三计划群免费加入，记者从县交通运输局获悉，今年全县新改建农村公路120公里，快三稳赚技巧，实现了村村通客车。
快三稳赚技巧，县人民医院胸痛中心正式通过国家标准版认证，快三计划群免费加入，这是全县首个通过认证的急救中心。
"""


def test_a_parasite_page_keyed_on_a_selling_headline_is_dropped() -> None:
    doc = clean_text(PARASITE, id="t")
    assert doc.dropped is not None
    assert "headline sells whole" in doc.dropped.why


def test_a_mirror_under_a_news_headline_is_kept() -> None:
    page = PARASITE.replace("\n快三稳赚技巧\n", "\n某某县召开秋冬季农业生产工作推进会\n", 1)
    page = page.replace("快三稳赚技巧_快三计划群免费加入-", "")
    assert clean_text(page, id="t").dropped is None


def test_an_advert_glued_after_a_caption_leaves_the_article_its_words() -> None:
    text = _clean(P1, "[图片：某某体育app官方下载入口]", "图为村民参加供水管网巡检。半岛体育注册送38元",
                  "村民参加供水管网巡检后，对新管网的水质很满意。", P2)
    assert "村民参加供水管网巡检后，对新管网的水质很满意。" in text
    assert "半岛体育" not in text


def test_a_row_label_left_bare_goes() -> None:
    text = _clean(P1, P2, "友情链接：澳门新莆京 金沙体育官网 太阳诚集团")
    assert "友情链接" not in text


def test_a_label_with_the_articles_words_after_it_stays() -> None:
    line = "温馨提示：汛期前后请群众注意饮水安全，发现管网漏水及时拨打服务热线。"
    text = _clean(P1, line + "开云体育官网入口 乐鱼体育官网", P2)
    assert line in text
    assert "开云体育" not in text


def test_an_operators_esports_book_goes() -> None:
    text = _clean(P1 + "ob欧宝电竞官网", P2)
    assert "欧宝" not in text
    assert P1 in text


def test_esports_in_news_stays() -> None:
    line = "县文体中心举办首届青少年电竞邀请赛，吸引了两百余名选手参加。"
    assert line in _clean(P1, line, P2)


def test_a_parasite_page_whose_spam_stands_in_lines_of_its_own_keeps_its_paragraphs() -> None:
    # the same selling headline over stitched news paragraphs that carry no spam, the spam in
    # lines of its own between them: the lines go, the paragraphs are text
    page = ("快三稳赚技巧_快三计划群免费加入-某某网\n快三稳赚技巧\n"
            "近日，某某县召开秋冬季农业生产工作推进会，会议要求各镇抓紧抓好小麦播种。\n"
            "快三计划群免费加入，快三稳赚技巧，快三一分钟一期精准计划。\n"
            "记者从县交通运输局获悉，今年全县新改建农村公路120公里，实现了村村通客车。\n"
            "县人民医院胸痛中心正式通过国家标准版认证，这是全县首个通过认证的急救中心。\n")
    doc = clean_text(page, id="t")
    assert doc.dropped is None
    assert "今年全县新改建农村公路120公里" in doc.text
    assert "快三计划群" not in doc.text
