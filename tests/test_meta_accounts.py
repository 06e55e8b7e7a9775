"""The posting account read as the publisher when the menu pass took its line out with the
menu over it (invented page shapes; each counterexample must keep its reading)."""
from __future__ import annotations

import pytest

from cleaners import clean_text

_BODY = (
    "上个月我们一家去了城东的湿地公园，沿着木栈道走了一圈，大约用了两个小时，孩子一路都很开心。\n"
    "公园里有一片芦苇荡，秋天的时候特别好看，傍晚的光照在水面上，拍出来的照片都不用修图。\n"
    "停车场就在南门，周末人比较多，建议早上九点之前到，园区里有两处小卖部，价格也还算公道。\n"
    "总的来说很适合周末半日游，带上野餐垫和零食，找一块草坪坐下来，一下午很快就过去了。\n"
)


def _meta(page: str) -> tuple[str | None, tuple[str, ...]]:
    doc = clean_text(page, id="invented")
    return doc.meta.source_name, doc.meta.authors


@pytest.mark.parametrize(("page", "source"), [
    # a note under the app's menu: the account over its 关注 button went with the menu
    ("某某笔记\n发现  发布  通知\n登录\n搜索笔记\n晴川慢生活\n关注\n"
     "周末去城东湿地公园走走，这份攻略请收好！\n" + _BODY + "编辑于 2025-03-02 IP属地：江苏\n",
     "晴川慢生活"),
    # a short video's @handle over its counts row, then the button
    ("某某视频-记录生活\n首页  推荐  关注  朋友  我的\n搜索你感兴趣的内容\n登录\n"
     "倍速  清屏  连播  智能\n@溪边散步的人\n粉丝 3.2万  获赞 41.5万\n关注\n"
     "湿地公园的秋天，芦苇荡美得像一幅画\n" + _BODY,
     "溪边散步的人"),
    # a thread's poster over the 楼主 badge, under the forum's back/list menu
    ("返回\n列表\n某某论坛\n登录 注册\n\n[生活分享] 周末去湿地公园走了一圈\n回复 12  查看 860\n"
     "只看楼主  倒序浏览\n\n城东老李\n楼主\n发表于 3小时前\n来自手机\n\n" + _BODY,
     "城东老李"),
])
def test_account_taken_with_the_menu_is_the_publisher(page: str, source: str) -> None:
    assert _meta(page) == (source, ())


def test_scan_to_follow_prompt_names_the_account_over_it() -> None:
    page = ("湿地公园的秋天：一份半日游攻略\n\n原创  王明  晴川观察\n2025年10月09日 19:32  江苏\n\n"
            "晴川观察\n微信扫一扫关注该公众号\n\n" + _BODY + "作者：王明\n")
    # the byline's writer stays the author; the account under the prompt is the publisher
    assert _meta(page) == ("晴川观察", ("王明",))


@pytest.mark.parametrize("page", [
    # a menu printed one item a line over the headline, 关注 among its items: no account
    "某某新闻\n首页\n推荐\n关注\n热点\n视频\n\n湿地公园的秋天，芦苇荡美得像一幅画\n" + _BODY,
    # a channel's name in the menu over the headline, no follow button: no account
    "某某网\n首页  新闻  体育  财经\n本地频道\n\n湿地公园的秋天，芦苇荡美得像一幅画\n" + _BODY,
])
def test_a_menu_over_a_headline_names_no_account(page: str) -> None:
    assert _meta(page)[0] is None


@pytest.mark.parametrize(("label", "source"), [
    # the label over the programme's blurb, right under its 订阅 button: no account
    ("节目简介", None), ("作品介绍", None), ("內容簡介", None),
    # a name there is the account, as before
    ("晴川慢生活", "晴川慢生活"),
])
def test_a_blurbs_label_under_a_follow_button_is_no_account(label: str,
                                                            source: str | None) -> None:
    page = ("城市声音档案\n第38期｜湿地公园的秋天\n2025-11-18 发布  播放 12.6万\n订阅\n"
            f"{label}\n" + _BODY)
    assert _meta(page)[0] == source


def test_a_news_pages_source_row_wins_over_a_menu_taken_name() -> None:
    page = ("某某笔记\n发现  发布  通知\n登录\n搜索笔记\n晴川慢生活\n关注\n"
            "周末去城东湿地公园走走，这份攻略请收好！\n来源：某某日报  2025-03-02 09:15\n" + _BODY)
    assert _meta(page)[0] == "某某日报"


def test_a_byline_keeps_its_writer_as_the_author() -> None:
    page = ("某某笔记\n发现  发布  通知\n登录\n搜索笔记\n晴川慢生活\n关注\n"
            "周末去城东湿地公园走走，这份攻略请收好！\n作者：王明\n" + _BODY)
    source, authors = _meta(page)
    assert authors == ("王明",)
    assert source in (None, "晴川慢生活")


@pytest.mark.parametrize(("platform", "badge"), [
    ("某某号", "头条认证"), ("某某圈", "微博认证"), ("Moments", "认证")])
def test_a_headless_post_over_a_verified_badge_has_its_account_as_publisher(
        platform: str, badge: str) -> None:
    # the platform's name over its menu above the account's card is no headline
    page = (f"{platform}\n首页  视频  热点  直播  图片\n登录\n\n晴川慢生活\n{badge}：旅行领域创作者\n关注\n"
            "2025-10-09 19:32 · 江苏\n\n" + _BODY)
    doc = clean_text(page, id="invented")
    assert (doc.meta.title, doc.meta.source_name) == (None, "晴川慢生活")
    assert doc.text.splitlines()[0] == _BODY.splitlines()[0]


def test_a_headline_right_over_the_verified_account_stays_the_title() -> None:
    # counterexample: a post printed with its headline right over the account's card
    page = ("某某号\n首页  视频  热点  直播  图片\n登录\n\n湿地公园的秋天，芦苇荡美得像一幅画\n晴川慢生活\n"
            "头条认证：旅行领域创作者\n关注\n2025-10-09 19:32 · 江苏\n\n" + _BODY)
    doc = clean_text(page, id="invented")
    assert (doc.meta.title, doc.meta.source_name) == ("湿地公园的秋天，芦苇荡美得像一幅画", "晴川慢生活")


@pytest.mark.parametrize("card", [
    "文章\n128\n总阅读\n96万\n查看TA的文章>",
    "文章 128\n粉丝 3.2万",
    "128篇文章\n获赞 4521",
])
def test_the_name_over_a_profile_cards_counters_is_the_publisher(card: str) -> None:
    page = (f"某某网  首页  新闻  体育  汽车  房产  旅游  更多\n登录\n晴川慢生活\n{card}\n\n"
            "湿地公园的秋天，芦苇荡美得像一幅画\n2025-04-21 16:05\n\n" + _BODY)
    assert _meta(page) == ("晴川慢生活", ())


def test_a_menu_of_items_with_no_counts_names_no_account() -> None:
    # counterexample: a menu printed one item a line (原创, 文章 are its items, no numbers)
    page = ("某某网\n首页\n新闻\n原创\n文章\n视频\n\n湿地公园的秋天，芦苇荡美得像一幅画\n2025-04-21 16:05\n\n"
            + _BODY)
    assert _meta(page)[0] is None


_HEADER = "某某问答\n首页  会员  发现  等你来答\n搜索\n提问\n消息  私信  创作中心\n教育\n"
_QUESTION = "为什么湿地公园的芦苇到了秋天特别好看？\n关注问题  写回答  好问题 12\n\n"


@pytest.mark.parametrize("card", ["晴川慢生活\n", "晴川慢生活\n旅行作者，走过三十个湿地公园\n"])
def test_the_answerer_over_the_answers_vote_count_is_the_publisher(card: str) -> None:
    page = (_HEADER + _QUESTION + card + "326 人赞同了该回答\n" + _BODY
            + "编辑于 2025-03-02 21:06\n")
    assert _meta(page) == ("晴川慢生活", ())


def test_a_sentence_over_the_vote_count_names_no_answerer() -> None:
    # counterexample: the answer's own first line over the count is no name
    page = (_HEADER + _QUESTION
            + "先说结论，光线和角度最重要。\n326 人赞同了该回答\n" + _BODY + "编辑于 2025-03-02 21:06\n")
    assert _meta(page)[0] is None


_READER = ("{top}\n阅读时长 约 4 分钟\n原网页：https://www.example.cn/news/2025-12/02/content_1.html\n"
           "湿地公园的秋天，芦苇荡美得像一幅画\n2025年12月2日\n" + _BODY
           + "本文由浏览器阅读模式生成，排版与原网页可能不同\n在原网页中查看\n")


@pytest.mark.parametrize("outlet", ["某某都市报", "某某新闻网", "某某电视台"])
def test_a_reader_views_outlet_over_the_headline_is_the_publisher(outlet: str) -> None:
    assert _meta(_READER.format(top=outlet))[0] == outlet


@pytest.mark.parametrize("top", ["湿地公园", "秋天去哪儿玩"])
def test_a_reader_views_line_that_names_no_outlet_is_no_publisher(top: str) -> None:
    assert _meta(_READER.format(top=top))[0] is None


def test_a_source_row_wins_over_a_reader_views_outlet() -> None:
    page = _READER.format(top="某某都市报").replace("2025年12月2日", "2025年12月2日 来源：某某日报")
    assert _meta(page)[0] == "某某日报"


_ENTRY = ("某某百科\n首页 | 分类 | 特色词条 | 百科任务 | 帮助\n个人中心 | 退出\n搜索词条\n"
          "收藏 | 查看我的收藏 | 0 有用+1 | 0\n编辑  讨论  上传视频\n{word}\n{lead}\n"
          "芦苇荡在秋天变黄，傍晚的光照在水面上，是湿地公园里最好看的景色之一。\n"
          "本词条浏览次数：1024次  最近更新：2024-02-18\n")


@pytest.mark.parametrize(("word", "lead"), [
    ("芦苇", "芦苇是多年生水生或湿生的高大禾草，生长在灌溉沟渠旁、河堤沼泽地等处。"),
    ("芦苇荡", "芦苇荡（又称苇塘），指芦苇密集生长的水域，多见于湖泊和河流的浅水地带。"),
])
def test_an_entrys_headword_over_its_lead_is_the_title(word: str, lead: str) -> None:
    doc = clean_text(_ENTRY.format(word=word, lead=lead), id="invented")
    assert (doc.meta.title, doc.meta.date) == (word, "2024-02-18")
    assert doc.text.splitlines()[0] == lead


def test_a_line_the_lead_does_not_open_on_is_no_headword() -> None:
    # counterexample: a section label over a lead that opens on another word
    page = _ENTRY.format(word="湿地", lead="芦苇是多年生水生或湿生的高大禾草，生长在灌溉沟渠旁、河堤沼泽地等处。")
    assert clean_text(page, id="invented").meta.title != "湿地"


def _clean(page: str) -> tuple[str | None, str]:
    doc = clean_text(page, id="invented")
    return doc.meta.source_name, doc.text


def test_a_name_with_its_follow_button_glued_on_over_the_stats_row_is_the_account() -> None:
    # a writing site's note saved as text: 某某某关注 right over its date and counts row
    page = ("某某书\n首页下载App\n登录注册写文章\n\n湿地公园的秋天，我走了一整个下午\n\n晴川慢生活关注\n"
            "0.62025.09.01 05:06:00字数 812阅读 1,374\n\n" + _BODY)
    source, text = _clean(page)
    assert source == "晴川慢生活"
    assert "关注" not in text
    assert text.startswith("上个月")


@pytest.mark.parametrize("line", [
    "热点关注",  # a column's label of two characters and 关注
    "多地高温天气引发关注",  # a subhead ending on 关注, no date row under it
])
def test_a_line_ending_on_follow_with_no_stats_row_under_it_stays(line: str) -> None:
    page = "周末去城东湿地公园走走\n2025-09-01 来源：某某日报\n\n" + _BODY + line + "\n" + _BODY
    assert line in _clean(page)[1]
