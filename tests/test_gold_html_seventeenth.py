"""The general defects the seventeenth batch of saved HTML pages (gold_html gh100-gh105) showed,
each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html
from cleaners.html.metadata import credit_row

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造，计划在六月底前完成设计和招标工作。")


def _story(body_lines: tuple[str, ...], after: str = "") -> str:
    # a news page: headline, a date and source row, the body, then what follows it
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造完工</title></head><body>"
            "<div class='news-detail'><h1>背街小巷改造完工</h1>"
            "<div class='info'>来源：某某日报 2025-11-20 10:30</div>"
            "<div class='news-content'>" + "".join(f"<p>{p}</p>" for p in body_lines)
            + f"</div>{after}</div></body></html>")


def test_a_sentence_opening_on_reporter_and_a_verb_names_no_author() -> None:
    # 记者了解到，…: the reporter glued to a verb opens a sentence, no byline (了解到 was the author)
    doc = clean_html(_story(("记者了解到，" + _NEWS[0], *_NEWS[1:])), id="t")
    assert doc.meta.authors == ()
    assert doc.text.splitlines() == ["记者了解到，" + _NEWS[0], *_NEWS[1:]]


def test_a_name_glued_to_reporter_is_still_a_byline() -> None:
    # counterexample: a name glued to its role (记者李明) or set apart (记者 李明) is the author
    for line in ("记者李明", "记者 李明"):
        doc = clean_html(_story((line, *_NEWS)), id="t")
        assert doc.meta.authors == ("李明",)


def test_a_credits_row_in_a_box_classed_like_chrome_names_the_reporter() -> None:
    # a 融媒体 page's 三审 credits under the body, its box classed editor and pruned
    doc = clean_html(_story(_NEWS, "<div class='news-editor'><p>记者：蒋若溪　　编辑：杜一鸣</p>"
                                   "<p>二审：罗琳　　三审：沈卫东</p></div>"), id="t")
    assert doc.meta.authors == ("蒋若溪",)
    assert doc.text.splitlines() == list(_NEWS)


def test_credits_of_several_articles_or_a_sentence_name_no_reporter() -> None:
    # counterexamples: a list of other articles, each with its own credits row, names no author
    # of the page; a role's label in a sentence is no row of fields; the staff alone are no authors
    listed = ("<ul class='editor-list'><li>记者：林一 编辑：赵二</li><li>记者：钱三 编辑：孙四</li></ul>")
    assert clean_html(_story(_NEWS, listed), id="t").meta.authors == ()
    assert credit_row("记者：蒋若溪，编辑：杜一鸣。") == ()
    assert credit_row("编辑：杜一鸣 二审：罗琳 三审：沈卫东") == ()
    assert credit_row("记者：蒋若溪") == ()  # a byline, read where it stands in the text
    assert credit_row("作者：蒋若溪 责任编辑：杜一鸣") == ("蒋若溪",)
    assert credit_row("记者：蒋若溪 王海 编辑：杜一鸣 终审：罗琳") == ("蒋若溪", "王海")


def _thread(first_user: str, sign: str) -> str:
    # a forum thread (phpwind-like): each floor a user column and the post, the opening post
    # with its poster's signature; two replies under it
    def floor(user: str, badge: str, when: str, words: str, extra: str = "") -> str:
        return (f"<div class='read_t'><table><tr><td class='floot_left'>{user}</td>"
                f"<td class='floot_right'><div class='tipTop'><span>{badge}</span>"
                f"<span>发表于: {when}</span></div><div class='tpc_content'>{words}</div>"
                f"{extra}</td></tr></table></div>")
    return ("<html><head><meta charset='utf-8'><title>小巷改造记 - 某某社区</title></head><body>"
            "<div id='pw_content'><h1>小巷改造记</h1>"
            + floor(first_user, "楼主", "2025-11-12 21:33", "<br><br>".join(_NEWS), sign)
            + floor("<a href='u.php?uid=31'>海风吹过</a>", "沙发", "2025-11-12 22:05", "写得真好，支持一下！")
            + floor("<a href='u.php?uid=40'>半山腰</a>", "板凳", "2025-11-13 08:47", "我们小区也在改。")
            + "</div></body></html>")


def test_a_threads_poster_is_its_publisher_and_the_signature_goes() -> None:
    user = ("<div class='readName'><a href='u.php?uid=20'>溪边钓叟</a></div>"
            "<a href='u.php?uid=20' class='userCard'><img src='a.jpg'></a><p>级别: 侠客</p>")
    doc = clean_html(_thread(user, "<div class='signature'>走过的路都算数。</div>"), id="t")
    assert doc.meta.source_name == "溪边钓叟"
    assert doc.meta.authors == ()
    assert doc.text.splitlines() == list(_NEWS)
    assert [r.text for r in doc.removals if r.rule == "forum_signature"] == ["走过的路都算数。"]


def test_a_thread_filter_link_is_no_poster() -> None:
    # counterexample: 只看该作者 links the thread filtered by its poster (read.php?tid=…&uid=),
    # no member's profile: no handle of the poster's
    user = "<a href='read.php?tid=58&amp;uid=20'>只看该作者</a>"
    assert clean_html(_thread(user, ""), id="t").meta.source_name is None


def test_a_signature_class_outside_a_thread_stays() -> None:
    # counterexample: a notice's 落款 classed signature is the notice's, no forum signature
    doc = clean_html(_story(_NEWS, "<p class='signature'>某某区住房和城乡建设局</p>"), id="t")
    assert not [r for r in doc.removals if r.rule == "forum_signature"]


def _mobile_thread(first_head: str) -> str:
    """A mobile board's thread: each post a box with its head row (handle, rank, floor), its time
    and its words."""
    def post(head: str, when: str, words: str) -> str:
        return (f"<div class='post'><div class='post-user'>{head}</div>"
                f"<div class='post-time'>发表于 {when}</div><div class='post-msg'>{words}</div></div>")
    return ("<html><head><meta charset='utf-8'><title>小巷改造记 - 某某社区</title></head><body>"
            "<div class='post-list'><h1>小巷改造记</h1>"
            + post(first_head, "2025-11-12 21:33", "<br><br>".join(_NEWS))
            + post("<span>海风吹过</span><span>Lv.3</span><span>沙发</span>", "2025-11-12 22:05",
                   "写得真好，支持一下！")
            + post("<span>半山腰</span><span>Lv.5</span><span>板凳</span>", "2025-11-13 08:47",
                   "我们小区也在改。")
            + "</div></body></html>")


def test_the_opening_posts_head_row_goes() -> None:
    # the handle, rank and floor saved glued (某某Lv.6楼主) are the board's, not the article's
    doc = clean_html(_mobile_thread("<span>豆豆妈在某地</span><span>Lv.6</span><span>楼主</span>"),
                     id="t")
    assert doc.text.splitlines() == list(_NEWS)
    assert [r.text for r in doc.removals if r.rule == "forum_post_head"] == ["豆豆妈在某地 Lv.6 楼主"]


def test_a_head_row_holding_a_sentence_keeps_it() -> None:
    # counterexample: beside the floor a sentence (the poster's note) stays; only the label goes
    head = "<span>楼主</span><span>先说明一下，这篇是我在社区报上写过的稿子。</span>"
    doc = clean_html(_mobile_thread(head), id="t")
    assert "先说明一下，这篇是我在社区报上写过的稿子。" in doc.text
    assert [r.text for r in doc.removals if r.rule == "forum_post_head"] == ["楼主"]
