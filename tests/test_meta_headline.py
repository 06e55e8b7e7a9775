"""The headline: printed beside the article, repeated at the body's start (whole or broken)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.document import Doc, Meta, Removal
from cleaners.html.dom import parse_html
from cleaners.html.extract import MainTextExtractor
from cleaners.meta import MetaLines

_PARA = "这是一段足够长的正文内容，用来说明文章的主体部分，里面有很多句子。" * 3


@pytest.mark.parametrize(
    ("title", "text", "gone"),
    [
        # the headline broken over two lines under an issuing body printed outside the body
        ("某某委员会关于批准某项工作计划及调整年度预算的决定",
         f"关于批准某项工作计划及\n调整年度预算的决定\n{_PARA}",
         ["关于批准某项工作计划及", "调整年度预算的决定"]),
        # the whole headline over two lines
        ("关于批准某项工作计划及调整年度预算的决定",
         f"关于批准某项工作计划及\n调整年度预算的决定\n{_PARA}",
         ["关于批准某项工作计划及", "调整年度预算的决定"]),
        # one line that is the headline
        ("某地举行秋季运动会开幕式", f"某地举行秋季运动会开幕式\n{_PARA}", ["某地举行秋季运动会开幕式"]),
    ],
)
def test_lines_repeating_the_title_go(title: str, text: str, gone: list[str]) -> None:
    doc = MetaLines()(Doc("d", "", text=text, meta=Meta(title=title)))
    kept = [ln for ln in doc.text.split("\n") if ln]
    assert all(g not in kept for g in gone)
    assert [r.text for r in doc.removals if r.rule == "title"] == gone
    assert doc.meta.title == title


@pytest.mark.parametrize(
    "text",
    [
        # a subheading that shares words with the title but is no part of it
        f"秋季运动会的筹备\n{_PARA}",
        # a short label that happens to be a piece of the title (a section name)
        f"年度预算\n{_PARA}",
    ],
)
def test_lines_not_repeating_the_title_stay(text: str) -> None:
    title = "某某委员会关于批准某项工作计划及调整年度预算的决定（秋季运动会）"
    doc = MetaLines()(Doc("d", "", text=text, meta=Meta(title=title)))
    assert doc.text == text


def _page(title: str, above: str, inside: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻动态</a></div>"
        f"{above}<div class='article'>{inside}<p>{_PARA}</p><p>{_PARA}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "title"),
    [
        # <title> puts the channel first; the page prints the headline as the body's first line
        (_page("某某频道--某地举行秋季运动会开幕式", "", "<div>某地举行秋季运动会开幕式</div>"),
         "某地举行秋季运动会开幕式"),
        # <title> names only the channel; an unlinked heading above the article is the headline
        (_page("新闻动态--某某学会官网", "<h5>某地举行秋季运动会开幕式</h5><div>发布时间：2019-05-18</div>"),
         "某地举行秋季运动会开幕式"),
    ],
)
def test_printed_headline_beats_a_channel_name(html: str, title: str) -> None:
    doc = MainTextExtractor()(Doc("d", "", html=html))
    assert doc.meta.title == title
    assert not doc.text.startswith(title)


@pytest.mark.parametrize(
    ("html", "title"),
    [
        # the usual "headline_channel_site": the first part stays even when not printed
        (_page("某地举行秋季运动会开幕式_体育新闻_某某网", ""), "某地举行秋季运动会开幕式"),
        # a linked heading (another article's headline) is no headline of this page
        (_page("新闻动态--某某学会官网", "<h5><a href='/x'>另一篇文章的标题很长很长</a></h5>"),
         "新闻动态"),
        # a long title is no label: headings beside the article do not replace it
        (_page("某某学会召开年度工作会议--某某学会官网", "<h5>年度工作会议的分组讨论</h5>"),
         "某某学会召开年度工作会议"),
    ],
)
def test_title_kept_without_a_printed_headline(html: str, title: str) -> None:
    root = parse_html(html)
    assert root is not None
    doc = MainTextExtractor()(Doc("d", "", html=html))
    assert doc.meta.title == title


def _sourced(header: str, tail: str) -> str:
    return (
        "<html><head><title>某地高速封闭施工_某某网</title></head><body>"
        "<h1>某地高速封闭施工</h1>"
        f"<div class='post_info'>{header}</div>"
        f"<div class='post_body'><p>{_PARA}</p><p>{_PARA}</p>{tail}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "source"),
    [
        # an account name beside the date, an explicit 来源 line at the end: the label wins
        (_sourced("2019-05-17 · 某某城市报道", "<p>来源：某某交警</p>"), "某某交警"),
        # the same label at the article's head
        (_sourced("2019-05-17 · 某某城市报道", "").replace(
            "<div class='post_body'>", "<div class='post_body'><p>稿源：某某交警</p>"), "某某交警"),
        # counterexample: no label anywhere, the name beside the date stays
        (_sourced("2019-05-17 · 某某城市报道", ""), "某某城市报道"),
        # counterexample: the header's own 来源 label stays ahead of one at the end
        (_sourced("2019-05-17 来源：某某日报", "<p>来源：某某交警</p>"), "某某日报"),
        # counterexample: a picture credit names no publisher
        (_sourced("2019-05-17 · 某某城市报道", "<p>图片来源：某某图库</p>"), "某某城市报道"),
    ],
)
def test_labelled_source_beats_an_account_beside_the_date(html: str, source: str) -> None:
    from cleaners.html.prune import HiddenAndChromePruner

    doc = MainTextExtractor()(HiddenAndChromePruner()(Doc("d", "", html=html)))
    assert doc.meta.source_name == source


_LONG = "比赛由药剂科主任主持，全体专业人员参赛，评委小组进行了专业评审，选手们激烈角逐。"


@pytest.mark.parametrize(
    ("text", "authors", "kept"),
    [
        # after a dateline at the lead's start: names lifted, the lead left whole
        (f"本站讯（职工通讯员 张小红 刘会）{_LONG}", ("张小红", "刘会"),
         f"本站讯（职工通讯员 张小红 刘会）{_LONG}"),
        # alone on its line: lifted and removed
        (f"（记者 王明 通讯员 李华）\n{_LONG}", ("王明", "李华"), f"\n{_LONG}"),
        # closing the last paragraph: lifted and cut off
        (f"{_LONG}\n{_LONG}（实习生 赵敏）", ("赵敏",), f"{_LONG}\n{_LONG}"),
    ],
)
def test_bracket_credit_gives_authors(text: str, authors: tuple[str, ...], kept: str) -> None:
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.authors == authors
    assert doc.text == kept
    # a credit alone on its line reads as a byline too: either rule may record it, once
    gone = [r for r in doc.removals if r.rule in ("credit", "byline")]
    assert len(gone) == (text != kept)


@pytest.mark.parametrize(
    "text",
    [
        f"（通讯员 培训班）{_LONG}",                    # no name inside
        f"{_LONG}他接受了采访（记者 王明）",            # inside a sentence, not a closing credit
        f"{_LONG}\n会上，（记者 王明）提出了问题，{_LONG}\n{_LONG}\n{_LONG}",  # mid-body
        f"（预计年底完工）{_LONG}",                    # no role word
    ],
)
def test_bracket_credit_counterexamples(text: str) -> None:
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.authors == ()
    assert doc.text == text


def _with_follow(text: str, control: str, source: str | None = None) -> Doc:
    """A text whose line 2 (1-based) an earlier cleaner blanked as a follow control."""
    removal = Removal("chrome.lines", "button_label", "a lone button label", control, "line 2")
    meta = Meta(title="某地举行秋季运动会开幕式", source_name=source)
    return Doc("d", "", text=text, removals=(removal,), meta=meta)


@pytest.mark.parametrize(
    ("doc", "source", "authors", "kept"),
    [
        (_with_follow(f"某某旅行号\n\n{_LONG}", "关注"), "某某旅行号", (), f"\n\n{_LONG}"),
        (_with_follow(f"王明\n\n{_LONG}", "+关注"), None, ("王明",), f"\n\n{_LONG}"),
        # counterexample: the page names another publisher, the line stays
        (_with_follow(f"某某旅行号\n\n{_LONG}", "关注", "某某日报"), "某某日报", (),
         f"某某旅行号\n\n{_LONG}"),
        # counterexample: the blanked control is no follow button
        (_with_follow(f"某某旅行号\n\n{_LONG}", "举报"), None, (), f"某某旅行号\n\n{_LONG}"),
        # counterexample: the line beside it is a phrase, not a name
        (_with_follow(f"欢迎大家一起来讨论！\n\n{_LONG}", "关注"), None, (),
         f"欢迎大家一起来讨论！\n\n{_LONG}"),
    ],
)
def test_account_beside_a_follow_button(
    doc: Doc, source: str | None, authors: tuple[str, ...], kept: str
) -> None:
    out = MetaLines()(doc)
    assert out.meta.source_name == source
    assert out.meta.authors == authors
    assert out.text == kept


def test_a_headline_broken_over_lines_is_found_whole_without_a_title() -> None:
    text = ("https://www.example.gov.cn/\n\n某某省人民代表大会常务委员会\n关于批准某项工作计划及\n调整年度预算的决定\n"
            f"（2007年6月29日某某委员会第二十八次会议通过）\n\n{_PARA}")
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "某某省人民代表大会常务委员会关于批准某项工作计划及调整年度预算的决定"
    assert "（2007年6月29日某某委员会第二十八次会议通过）" in doc.text


def test_a_kicker_set_apart_from_the_headline_is_not_joined() -> None:
    # Counterexample: a blank line between them: two lines, not one headline broken in two.
    text = f"本网专稿\n\n某地举行秋季运动会开幕式\n\n{_PARA}"
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "某地举行秋季运动会开幕式"


@pytest.mark.parametrize(("row", "source", "authors"), [
    ("某某科技 昨天", "某某科技", ()),
    ("原创 某某某 某某数码说 前天", "某某数码说", ("某某某",)),
    ("某某号 3小时前", "某某号", ()),
])
def test_an_account_row_with_a_relative_day_under_the_headline(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    para = "今天凌晨，多家厂商集中发布了新一代折叠屏手机，铰链结构成为这一代产品最大的看点。"
    doc = clean_text("\n".join(["新一代折叠屏手机发布", "", row, "", para, "", para]))
    assert (doc.meta.title, doc.meta.source_name, doc.meta.authors) == (
        "新一代折叠屏手机发布", source, authors)
    assert row not in doc.text


def test_a_relative_day_away_from_the_headline_is_no_account_row() -> None:
    para = "今天凌晨，多家厂商集中发布了新一代折叠屏手机，铰链结构成为这一代产品最大的看点。"
    doc = clean_text("\n".join(["新一代折叠屏手机发布", "", para, "", "某某科技 昨天", "", para]))
    assert doc.meta.source_name is None


def test_a_paragraph_above_the_date_row_closes_the_header_above_it() -> None:
    # A spam page's tab title and blurb over the article it copied: the headline is the line
    # under the blurb, right above the date row, not the longer tab title over the blurb.
    text = ("某某游戏平台-某某游戏平台官方网站-欢迎光临本站\n"
            "某某游戏平台是一家在线游戏平台。今天天气很好。小猫在院子里晒太阳。注册就能玩。\n"
            "某县开展秋季植树活动 干部群众齐上阵\n2024-03-12 来源：某县融媒\n"
            f"{_PARA}")
    doc = clean_text(text, id="d")
    assert doc.meta.title == "某县开展秋季植树活动 干部群众齐上阵"
    assert "官方网站" not in doc.text


def test_short_lines_above_the_date_row_still_give_the_longest_headline() -> None:
    # no paragraph above the row: the site's name and a kicker over the headline, as before
    text = ("某某日报\n要闻\n某县开展秋季植树活动 干部群众齐上阵\n2024-03-12 来源：某县融媒\n"
            f"{_PARA}")
    doc = clean_text(text, id="d")
    assert doc.meta.title == "某县开展秋季植树活动 干部群众齐上阵"


@pytest.mark.parametrize(
    "seller",
    ["澳门新葡京人气娱乐场 amxpj888.com", "某某娱乐城欢迎您 某某官网 某某注册 某某app下载"],
)
def test_a_selling_line_over_the_headline_is_no_headline(seller: str) -> None:
    # a spam mirror's selling line right over the headline it copied, above the date row
    page = f"某某县人民政府网\n{seller}\n某某县启动冬春农田水利建设 新增节水灌溉面积三万亩\n" \
           f"发布时间：2024-11-18 来源：某某县水利局\n{_PARA}"
    assert clean_text(page).meta.title == "某某县启动冬春农田水利建设 新增节水灌溉面积三万亩"


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        # counterexamples: a kicker naming a place the lexicon also knows as a brand, and a
        # kicker about spam, stay over their headline
        ("金沙江畔 生态保护见成效", "某某县守护一江清水的五年实践"),
        ("警方捣毁新葡京网络赌场窝点", "某某县抓获犯罪嫌疑人十二名"),
    ],
)
def test_a_kicker_naming_a_brand_word_stays_the_headline(kicker: str, headline: str) -> None:
    page = f"某某网\n{kicker}\n{headline}\n2024-11-18 来源：某某日报\n{_PARA}"
    assert clean_text(page).meta.title.startswith(kicker)


@pytest.mark.parametrize(("kicker", "subtitle"), [
    ("竹编工坊带动三百余名妇女在家门口就业", "年产值突破两千万元，产品远销海外"),
    ("竹编工坊带动三百余名妇女在家门口就业", None),
])
def test_a_kicker_longer_than_the_placed_headline_under_it_rides_on_it(
        kicker: str, subtitle: str | None) -> None:
    # 引题 of bare words, then the headline naming its place (某某镇：……), then a subtitle:
    # the headline is the placed line, however much longer the kicker runs
    sub = f"\n{subtitle}\n" if subtitle else ""
    page = f"某某网\n\n{kicker}\n某某镇：老手艺织出新产业\n{sub}\n2024-11-18 来源：某某日报\n{_PARA}"
    assert clean_text(page).meta.title == "某某镇：老手艺织出新产业"


@pytest.mark.parametrize(("upper", "lower"), [
    # counterexamples: a headline with marks in it (no kicker of bare words) over a placed
    # subtitle-like line, and a headline over a short placed label, stay the headline
    ("某某县守护一江清水，五年治理见成效", "某某镇：老手艺织出新产业"),
    ("竹编工坊带动三百余名妇女在家门口就业", "某某镇：新产业"),
])
def test_a_headline_over_a_placed_line_stays_when_no_kicker(upper: str, lower: str) -> None:
    page = f"某某网\n\n{upper}\n{lower}\n\n2024-11-18 来源：某某日报\n{_PARA}"
    assert clean_text(page).meta.title.startswith(upper)
