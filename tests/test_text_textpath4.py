"""The general shapes the gold HTML pages saved as text (bench/gold_html.py --text) showed our
text path getting wrong: a gallery's pictures whose alt text is the headline without its
column's label (图片新闻丨某某 over each picture's 某某). Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import person_cards
from tests.scripts import to_traditional

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
    (a sentence) is no alt text, nor is a line that repeats only part of the words. The short
    line stands as a subheading does, a paragraph's gap on each side: right over the next
    slide's picture (an image-sized gap under it) it would read as that picture's caption."""
    own = ["高山茶园开采忙，茶农抢抓晴好天气采摘加工。", "茶园开采忙"]
    page = _gallery("图片新闻丨高山茶园开采忙", "某某摄影")
    page = page.replace(_PARAS[1], f"{_PARAS[1]}\n\n{own[1]}\n\n{own[0]}")
    doc = clean_text(page, id="gallery")
    assert all(line in doc.text.split("\n") for line in own)


_POST = ["中秋前请了两天假，带家里老人孩子绕湖开了一圈，总共三天两晚，全程大约四百二十公里。",
         "第一天从市区出发走环湖北线，上午十点左右到湿地公园，停车场在东门，工作日车位充足。",
         "第二天住的西岸半山民宿，提前一周在网上订的，周末价格比平时贵一半。",
         "总结一下：全程不需要门票的景点占一大半，适合带老人孩子慢慢玩；节假日人多，住宿一定提前订。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_forum_threads_trail_down_to_its_title_and_its_glued_buttons_go(script: str) -> None:
    """A forum thread saved as text: its trail ends on the thread's title (a comma in it) and
    its buttons are saved glued on one row (返回列表发新帖回复)."""
    title = "自驾环湖三天两晚路线分享，附停车和住宿经验"
    page = "\n".join(["某某生活论坛", "", f"某某生活论坛 › 论坛 › 吃喝玩乐 › 自驾出行 › {title}",
                      "返回列表发新帖回复", "", "查看: 5631|回复: 48", "", title, "", "楼主",
                      "发表于 2025-9-14 20:31:07|只看该作者|倒序浏览", "",
                      *[x for para in _POST for x in (para, "")]])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="thread")
    want = _POST if script == "hans" else [to_traditional(p) for p in _POST]
    assert doc.text.split("\n") == want


def test_a_sentence_ranking_with_arrows_stays() -> None:
    """Counterexample: a paragraph that ranks things with > and closes on a full stop."""
    line = "甲队 > 乙队 > 丙队 > 丁队，这是四支队伍本赛季的最终排名，前两名将晋级决赛。"
    doc = clean_text("\n".join(["某某联赛落幕", "2025-09-14 来源：某某网", "", _POST[0], "", line,
                                "", _POST[1]]), id="rank")
    assert line in doc.text.split("\n")


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_the_title_a_trail_ends_on_is_the_headline_once_the_trail_is_gone(script: str) -> None:
    """The trail chrome.lines takes out still names the thread's headline: the line that prints
    its last crumb again under the poster's card and date row is the headline, not the
    poster's motto above it."""
    title = "记录一次带父母自驾去海边看日出，路线和住宿供参考"
    page = "\n".join(["某某社区", "", f"某某社区>吃喝玩乐>自驾游>{title}", "发帖回复", "",
                      "某某钓叟", "退休了，到处走走", "", "级别: 侠客", "", "发帖: 1872", "",
                      "注册时间: 2014-03-22", "", "只看该作者楼主 发表于: 2025-11-12 21:33", "",
                      title, "", *[x for para in _POST for x in (para, "")]])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="thread")
    assert doc.meta.title == (to_traditional(title) if script == "hant" else title)


@pytest.mark.parametrize("handle", ["秦某舒", "甘棠工长"])
def test_a_card_with_its_name_printed_twice_over_a_follow_button_goes(handle: str) -> None:
    """An author's card saved as text: the avatar's alt text over the name's link (the name
    twice), a line on them, then the follow button; the headline's copy stands above it, no
    chrome line."""
    title = "为什么旧城改造越来越多地选择“微更新”？"
    page = "\n".join(["首发于某某笔记", "写文章", "", title, "", title, "", handle, handle,
                      "城市规划师，关注社区与公共空间", "关注", "1,204 人赞同了该文章", "",
                      *[x for para in _POST for x in (para, "")]])
    doc = clean_text(page, id="card")
    assert handle not in doc.text
    assert "城市规划师" not in doc.text
    assert doc.text.endswith(_POST[-1])


def test_a_line_printed_twice_that_is_no_handle_stays() -> None:
    """Counterexample: the article's own sentence printed twice over a button is no card."""
    line = "旧城改造，要先听居民怎么说。"
    bare = ["分享到：微信", line, line, "关注"]
    assert person_cards(bare, [1, 2], {0: bare[0], 3: "关注"}, {3: "关注"}) == set()
    # a pair with three lines under it is no card either
    bare = ["某某", "周某某", "周某某", "一行", "二行", "三行", "关注"]
    assert person_cards(bare, [1, 2, 3, 4, 5], {6: "关注"}, {6: "关注"}) == set()


def test_an_avatars_alt_text_over_the_authors_name_goes() -> None:
    """A blog post saved as text: the avatar's alt text (某某的头像) over the author's name, the
    date row under it and a follow button: the alt text goes, the date row is read."""
    page = "\n".join(["某某手记", "", "给老房子换电线：一次全屋电路改造的记录", "", "周某某的头像", "周某某",
                      "2025-10-09 21:40发布于 广东", "关注", "",
                      *[x for para in _POST for x in (para, "")]])
    doc = clean_text(page, id="avatar")
    assert "头像" not in doc.text
    assert doc.text.endswith(_POST[-1])
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-10-09")


def test_a_heading_about_ones_own_avatar_stays() -> None:
    """Counterexample: an essay's section heading on a pronoun's avatar is the article's."""
    page = "\n".join(["某某手记", "", "一张照片的故事", "2025-10-09 来源：某某网", "", _POST[0], "",
                      "我的头像", "", _POST[1]])
    assert "我的头像" in clean_text(page, id="own").text.split("\n")


def test_a_name_over_its_date_row_and_a_follow_button_is_no_card() -> None:
    """Counterexample for person_cards: the post's byline over its date row (a date in the run)
    stays for meta.lines to read."""
    bare = ["某某的头像", "周某某", "2025-10-09 21:40发布于 广东", "关注"]
    assert person_cards(bare, [1, 2], {0: bare[0], 3: "关注"}, {3: "关注"}) == set()


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_blogs_post_info_list_is_read_as_metadata_rows(script: str) -> None:
    """A blog post saved as text: its post-info list under the headline (• 作者: 某某 / • 时间:
    … / • 分类: …) is metadata rows, the author lifted, the category row gone."""
    page = "\n".join(["某某的菜园", "", "给阳台上的番茄搭了一个自动浇水装置", "", "  • 作者: 慢半拍",
                      "  • 时间: 2025-08-10", "  • 分类: 阳台种菜", "",
                      *[x for para in _POST for x in (para, "")]])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="post")
    assert doc.meta.authors == ("慢半拍",)
    assert doc.text.split("\n") == (_POST if script == "hans"
                                    else [to_traditional(p) for p in _POST])


def test_a_bulleted_list_in_the_article_stays() -> None:
    """Counterexample: the article's own list of particulars under its lead paragraph stays."""
    items = ["  • 时间：2025年12月6日上午9时", "  • 地点：某某县文化馆一楼", "  • 费用：免费参观"]
    page = "\n".join(["某某县举办书法展", "2025-12-01 来源：某某网", "", _POST[0], "", *items, "",
                      _POST[1]])
    lines = clean_text(page, id="list").text.split("\n")
    assert all(any(item.strip()[2:] in line for line in lines) for item in items)


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_an_unlabelled_post_info_list_around_its_date_goes(script: str) -> None:
    """A post-info list with no labels (• 某某 / • 2025年11月4日 / • 民生观察) under the
    headline: the name is the author, the category goes with the date."""
    page = "\n".join(["某某观察", "", "社区食堂开进老旧小区：一餐十二元，老人吃得上热饭", "", "  • 沈某溪",
                      "  • 2025年11月4日", "  • 民生观察", "", *[x for para in _POST for x in (para, "")]])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="info")
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-11-04")
    assert doc.text.split("\n") == (_POST if script == "hans"
                                    else [to_traditional(p) for p in _POST])


def test_an_articles_list_beside_a_date_in_its_body_stays() -> None:
    """Counterexample: a list of short items in the article (a schedule's days and places),
    under the lead paragraph, is no post-info list."""
    items = ["  • 12月6日", "  • 县文化馆", "  • 免费参观"]
    page = "\n".join(["某某县举办书法展", "2025-12-01 来源：某某网", "", _POST[0], "", *items, "",
                      _POST[1]])
    lines = clean_text(page, id="list").text.split("\n")
    assert "• 县文化馆" in lines
    assert "• 免费参观" in lines


def test_a_glued_menu_of_section_names_over_the_headline_goes() -> None:
    """A city paper saved as text with no visible date row: the masthead, then its menu of
    section names glued into one word-run (城市社会财经体育视频), then the headline."""
    page = "\n".join(["某某都市报", "城市社会财经体育视频", "", "望江路大桥全线合龙 明年6月底前通车", "",
                      *[x for para in _POST for x in (para, "")]])
    doc = clean_text(page, id="menu")
    assert doc.meta.title == "望江路大桥全线合龙 明年6月底前通车"
    assert doc.text.split("\n") == _POST


def test_a_line_naming_sections_in_words_of_its_own_stays() -> None:
    """Counterexample: a line with words of its own between the section names is no menu."""
    from cleaners.meta import _menu_row
    assert not _menu_row("城市社会财经新闻报道")
    assert not _menu_row("体育视频")
    assert _menu_row("城市社会财经体育视频")
