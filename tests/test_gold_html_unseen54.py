"""The general defects the six saved pages of unseen templates (gold_html gh338-gh343: a portal's
self-media article, an app's share page with its bylines in the body, a district's 政务公开 notice
with a dl-grid of 索引号 fields, a provincial portal's opinion piece, an oldest-first 图文直播, a
county 融媒 app's share page) showed, pinned on invented pages with their counterexamples: a live
blog in an <article> or <main> lost every entry's <time> stamp when its entries end on a
发布人：… foot (the fallback ran each entry's words and foot into one line, and the stamps put
back went after the first of the feet that read alike), and its 直播简介 heading under the status
row was read as the publisher; on the text path the site's menu glued into one run that opens on
首页 was read as the headline, the feed's tabs glued to its order toggle (直播评论（328）正序 |
倒序) stayed, and a listen button with its length (听新闻02:36) stayed."""

from __future__ import annotations

from cleaners import clean_html, clean_text
from cleaners.meta import _menu_row

_ENTRIES = [("08:10", "记者在北站广场看到，返程旅客正在有序进站，车站增开了四个临时检票口。", "记者 某甲"),
            ("09:25", "交警部门提醒，环城高速出城方向车流较大，请驾驶人提前规划路线。", "主持人 某乙"),
            ("10:40", "客运站加开的十二个班次已经全部售罄，另有六个班次正在加紧调度。", "记者 某甲"),
            ("11:55", "直播到此结束，感谢各位网友的关注，我们明天同一时间再见！", "主持人 某乙")]


def _live_page(box: str, foot: bool = True) -> str:
    items = "".join(
        f'<li class="entry"><time datetime="2026-10-07T{t}">{t}</time>'
        f'<div class="words"><p>{words}</p></div>'
        + (f'<div class="by">发布人：{who}</div>' if foot else "") + "</li>"
        for t, words, who in _ENTRIES)
    return (f"<html><head><title>返程高峰直播</title></head><body><{box}>"
            "<h1>图文直播｜某某市迎来国庆返程高峰</h1>"
            "<div class=\"status\">已结束 开始时间：2026-10-07 08:00</div>"
            "<h3>直播简介</h3><p>今天是国庆假期最后一天，某某市迎来返程高峰，本网记者在车站和高速路口为您带来直播。</p>"
            f"<ol>{items}</ol></{box}></body></html>")


def _stamps(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln in {t for t, _, _ in _ENTRIES}]


def test_a_live_blogs_stamps_stay_over_their_entries_in_an_article() -> None:
    for box in ("article", "main", "div"):
        lines = clean_html(_live_page(box), id="t").text.splitlines()
        assert _stamps("\n".join(lines)) == [t for t, _, _ in _ENTRIES], box
        for t, words, _ in _ENTRIES:
            assert lines[lines.index(t) + 1] == words, box
    # counterexample: the entries with no foot were read right already, and still are
    text = clean_html(_live_page("article", foot=False), id="t").text
    assert _stamps(text) == [t for t, _, _ in _ENTRIES]


def test_a_sections_heading_under_the_date_row_names_no_publisher() -> None:
    assert clean_html(_live_page("article"), id="t").meta.source_name != "直播简介"
    # counterexample: an outlet's name alone under the date row still names it
    page = ("<html><head><title>某某镇举办农民丰收节</title></head><body><div class=\"a\">"
            "<h1>某某镇举办农民丰收节</h1><div>2026-09-23 10:12</div><h3>某某日报</h3>"
            "<p>9月23日，某某镇在镇文化广场举办农民丰收节，村民们带来了自家种的瓜果蔬菜，现场热闹非凡。</p>"
            "<p>丰收节上还举行了农产品展销和农技讲座，吸引了周边乡镇的上千名群众参加。</p>"
            "</div></body></html>")
    assert clean_html(page, id="t").meta.source_name == "某某日报"


def test_a_menu_glued_after_its_home_link_is_no_headline() -> None:
    assert _menu_row("首页某某民生直播视频专题")
    # counterexamples: a headline opening with 首页, and a run with fewer section names
    assert not _menu_row("首页上线三大新功能获好评")
    assert not _menu_row("首页改版后新闻视频更多了")
    text = ("某某新闻网\n首页某某民生直播视频专题\n\n图文直播｜某某市迎来今冬首场降雪\n\n"
            "开始时间：2026-11-30 06:30\n\n今天凌晨开始，某某市大部分地区出现降雪，"
            "本网记者在主城区和高速路口为您带来现场直播。\n\n06:30\n\n早上好！窗外已经白茫茫一片了，"
            "我们一起关注今冬首场雪。\n\n07:15\n\n记者在北环高速收费站看到，养护人员正在撒布融雪剂。")
    assert clean_text(text, id="t").meta.title == "图文直播｜某某市迎来今冬首场降雪"


_PARAS = ["11月29日，某某县某某镇下湾村共享菜园正式开园，八十块小菜地被村民认领一空。",
          "共享菜园由一片闲置多年的荒地改造而成，村集体统一平整土地、修建水渠和步道。",
          "据了解，某某镇计划明年在另外三个村推广共享菜园，带动乡村休闲旅游发展。"]


def _with_line(line: str) -> list[str]:
    return clean_text("\n\n".join([line, *_PARAS]), id="t").text.splitlines()


def test_a_live_feeds_tabs_and_order_toggle_go() -> None:
    for line in ("直播评论（328）正序 | 倒序", "直播 评论(12) 倒序 正序"):
        assert _with_line(line) == _PARAS, line
    # counterexample: a sentence that names the order stays
    line = "评论区按正序排列，网友可以查看最早的留言。"
    assert _with_line(line) == [line, *_PARAS]


def test_a_listen_button_with_its_length_goes() -> None:
    for line in ("听新闻02:36", "听全文 03:12"):
        assert _with_line(line) == _PARAS, line
    # counterexamples: a sentence after the button's words, a live entry's stamp over its words
    line = "听新闻也是一种学习，06:30开播的早间新闻陪伴了不少老人。"
    assert _with_line(line) == [line, *_PARAS]
    assert _with_line("06:30")[0] == "06:30"
