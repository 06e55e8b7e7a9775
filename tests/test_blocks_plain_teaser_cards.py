"""Teaser cards with no bullet under a related heading, on the text path: a box of <div>s
(相关阅读 / 为你推荐 over headline + lead pairs) saved as text prints each headline as a plain
line, and each lead, one sentence, as a paragraph; the leads stretched the article's span over
the box, so its heading was read as a stray label early in the article and the cards stayed.
Three such cards at least, and no article paragraph under the last of them, are the box's.
Counterexamples: an article's subheadings over sections of two or more sentences, a Q&A, an
编者按 over text, a related heading early in an article that goes on after the box."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _one_sentence, _plain_card_headline, _teaser_cards

_HEAD = ("某某融媒\n首页 | 新闻 | 民生 | 经济\n当前位置：首页 > 民生 > 正文\n"
         "某县农村供水工程惠及四万群众\n2025-11-20 09:30 来源：某某县融媒体中心 记者：某某某\n")
_BODY = ["今年以来，某县把农村供水保障作为民生实事来抓，新建改建供水工程二十三处，受益群众四万余人。",
         "记者在某某镇看到，新建的水厂已经投入运行。村民说，以前一到旱季就要挑水，现在拧开龙头就有干净水。",
         "县水利局有关负责人介绍，某县推行“县级统管、专业运维”模式，组建了专门的运维队伍，实行二十四小时报修响应。",
         "下一步，某县将继续推进城乡供水一体化，力争明年底农村自来水普及率达到百分之九十八以上。"]
_CARDS = [("城区新建三座口袋公园 周末迎来首批游客", "三座口袋公园利用街角闲置地块改建，设有健身步道和儿童游乐区。"),
          ("老旧小区改造进入收尾阶段", "今年纳入改造计划的四十二个小区中，已有三十八个完成外立面和管网更新。"),
          ("夜间公交线路下月起调整", "调整后的三条夜班线路将延长运营至凌晨一点，覆盖主要医院和车站。"),
          ("县图书馆分馆开进乡镇", "首批五个乡镇分馆已经开放，每个分馆配备图书三千余册。")]
_FOOT = "关于我们 | 联系我们 | 广告服务\nCopyright © 2025 某某融媒 版权所有\n"


def _box(heading: str, n: int = 3, dated: bool = False) -> list[str]:
    lines = [heading]
    for k, (headline, lead) in enumerate(_CARDS[:n]):
        lines += [headline, lead, *([f"2025-11-{18 - k}"] if dated else [])]
    return lines


def _page(lines: list[str], blank: bool = False) -> str:
    return _HEAD + ("\n\n" if blank else "\n").join(lines) + "\n" + _FOOT


def _gone(text: str, n: int = 3) -> bool:
    return not any(h in text or lead[:10] in text for h, lead in _CARDS[:n])


@pytest.mark.parametrize("heading", ["相关阅读", "为你推荐", "相关新闻", "相关推荐"])
@pytest.mark.parametrize("blank", [False, True])
def test_plain_cards_after_the_article_go(heading: str, blank: bool) -> None:
    doc = clean_text(_page(_BODY + _box(heading), blank), id="t")
    assert _gone(doc.text)
    assert doc.text.endswith(_BODY[-1])


def test_plain_cards_with_their_dates_go() -> None:
    doc = clean_text(_page(_BODY + _box("为你推荐", 4, dated=True), True), id="t")
    assert _gone(doc.text, 4)
    assert "2025-11-1" not in doc.text
    assert doc.text.endswith(_BODY[-1])


@pytest.mark.parametrize("where", ["before", "after"])
def test_plain_cards_beside_the_editor_s_credit_go(where: str) -> None:
    credit = ["责任编辑：某某某"]
    lines = (_BODY + credit + _box("推荐阅读")) if where == "before" else (
        _BODY + _box("推荐阅读") + credit)
    doc = clean_text(_page(lines), id="t")
    assert _gone(doc.text)
    assert doc.text.endswith(_BODY[-1])


def test_plain_cards_over_a_comment_box_go() -> None:
    # the comments under the box's count (2 条评论) are no article going on under the cards
    comments = ["2 条评论", "  • 青瓦", "2025年08月11日",
                "定时插座这个办法好，我家的多肉也想这么弄，不过多肉浇水要少很多。",
                "  • 阿岚的小院", "2025年08月12日", "请问潜水泵是多大功率的？扬程够不够到最上层？"]
    doc = clean_text(_page(_BODY + _box("为你推荐") + comments, True), id="t")
    assert _gone(doc.text)
    assert "定时插座" not in doc.text
    assert doc.text.endswith(_BODY[-1])


def test_two_plain_cards_stay() -> None:
    """Counterexample: two plain headline + sentence pairs are too few to tell a box's cards
    from an article's last short sections."""
    lines = _BODY[:1] + _box("延伸阅读", 2)
    assert not _teaser_cards(lines, list(range(2, len(lines))), {}, plain=True)


def test_subheadings_over_sections_stay() -> None:
    """Counterexample: under a stray related heading early in the article, its subheadings
    each over a section of two sentences are the article's."""
    sections = ["建好水厂", "某某镇新建的水厂已经投入运行。自来水通过管网送到山区各村。",
                "管好管网", "县里组建了专门的运维队伍。实行二十四小时报修响应。",
                "用好水费", "水费收入全部用于工程维护。县财政对困难群众给予用水补贴。"]
    doc = clean_text(_page([*_BODY[:1], "相关阅读", *sections]), id="t")
    for kept in sections:
        assert kept in doc.text


def test_a_q_and_a_stays() -> None:
    """Counterexample: an interview's questions (问：…, no question mark) over one-sentence
    answers under a related heading are turns of the article's, no headlines."""
    qa = ["问：农村供水工程建成后怎么管", "答：我们推行县级统管、专业运维的模式，组建了专门的运维队伍。",
          "问：群众报修多久能响应", "答：我们实行二十四小时报修响应，一般的小问题都能做到不过夜。",
          "问：明年还有哪些打算", "答：力争明年底农村自来水普及率达到百分之九十八以上，实现城乡同质。"]
    doc = clean_text(_page([*_BODY[:1], "相关阅读", *qa]), id="t")
    for kept in qa:
        assert kept in doc.text


def test_an_editor_s_note_over_text_stays() -> None:
    """Counterexample: an 编者按 over its note and the article under a related heading."""
    lines = ["推荐阅读", "编者按", "农村供水关系千家万户，本报今起推出系列报道。", *_BODY]
    doc = clean_text(_page(lines), id="t")
    assert "农村供水关系千家万户，本报今起推出系列报道。" in doc.text
    for kept in _BODY:
        assert kept in doc.text


def test_a_related_heading_early_with_the_article_going_on_stays() -> None:
    """Counterexample: a short article puts its related heading early: the plain cards over
    two paragraphs in a row are no box's, the article goes on under them."""
    lines = _BODY[:1] + _box("相关阅读") + _BODY[1:]
    doc = clean_text(_page(lines), id="t")
    for kept in _BODY:
        assert kept in doc.text


def test_no_plain_cards_under_a_comment_heading() -> None:
    """Counterexample: under a comments heading a name over a one-sentence comment is no
    teaser card (the heading names no articles)."""
    lines = ["网友评论", *[x for h, lead in _CARDS[:3] for x in (h, lead)]]
    assert not _teaser_cards(lines, list(range(1, len(lines))), {}, plain=False)
    assert _teaser_cards(lines, list(range(1, len(lines))), {}, plain=True)


@pytest.mark.parametrize("line", ["城区新建三座口袋公园 周末迎来首批游客", "夜间公交线路下月起调整",
                                  "县图书馆分馆开进乡镇"])
def test_plain_card_headline(line: str) -> None:
    assert _plain_card_headline(line)


@pytest.mark.parametrize("line", ["编者按：", "编者按", "问：群众报修多久能响应", "一、检查重点",
                                  "2025-11-18", "某某日报 2025-11-18", "群众报修多久能响应？",
                                  "• 夜间公交线路下月起调整",
                                  "某县推行县级统管专业运维模式并组建了专门的运维队伍实行二十四小时报修响应制度确保小问题不过夜"])
def test_no_plain_card_headline(line: str) -> None:
    assert not _plain_card_headline(line)


@pytest.mark.parametrize("line", ["首批五个乡镇分馆已经开放，每个分馆配备图书三千余册。",
                                  "他说：“现在拧开龙头就有干净水。”"])
def test_one_sentence(line: str) -> None:
    assert _one_sentence(line)


@pytest.mark.parametrize("line", ["某某镇新建的水厂已经投入运行。自来水通过管网送到山区各村。",
                                  "答：二十四小时响应，小问题不过夜。", "县图书馆分馆开进乡镇",
                                  "今年还有哪些打算？"])
def test_not_one_sentence(line: str) -> None:
    assert not _one_sentence(line)
