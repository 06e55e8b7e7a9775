"""The general defects the fifteenth batch of saved HTML pages (gold_html gh88-gh94) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造，计划在六月底前完成设计和招标工作。")


def _sectioned(headings: tuple[str, str]) -> str:
    # a docs or wiki page: a headline, then two sections under headings the generator marks up
    first, second = headings
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造</title></head><body>"
            "<main><article><h1>背街小巷改造</h1>"
            f"<h2 id='s1'>{first}</h2><p>{_NEWS[0]}</p><p>{_NEWS[1]}</p>"
            f"<h2 id='s2'>{second}</h2><p>{_NEWS[2]}</p></article></main></body></html>")


def test_a_headings_permalink_mark_and_edit_link_go_with_no_word_of_it() -> None:
    # VuePress's # before the heading, Sphinx's ¶ after it, MediaWiki's [编辑] after it
    doc = clean_html(_sectioned((
        "<a class='anchor' href='#s1' aria-hidden='true'>#</a> 改造内容",
        "后续安排<a class='headerlink' href='#s2' title='Permalink'>¶</a>"
        "<span class='tools'><span>[</span><a href='/w?action=edit&amp;section=2'>编辑</a>"
        "<span>]</span></span>")), id="t")
    assert doc.text.splitlines() == ["改造内容", _NEWS[0], _NEWS[1], "后续安排", _NEWS[2]]
    assert [r.text for r in doc.removals if r.rule == "heading_tool"] == ["#", "¶", "[ 编辑 ]"]


def test_a_heading_that_is_its_own_link_or_names_editing_stays() -> None:
    # counterexamples: a heading linking to itself in words, a heading about an editing office
    doc = clean_html(_sectioned(("<a href='#s1'>一、改造内容</a>",
                                 "<a href='/dept'>编辑</a>部的安排")), id="t")
    assert doc.text.splitlines() == ["一、改造内容", _NEWS[0], _NEWS[1], "编辑部的安排", _NEWS[2]]
    assert not [r for r in doc.removals if r.rule == "heading_tool"]


def _notice(above: str) -> str:
    # a notice saved from a word processor: no headline element, its lines as paragraphs, the
    # title repeated in the container under what its letterhead prints above it
    title = "关于做好背街小巷改造工作的通知"
    lines = ["某某区人民政府办公室文件", above, title, *_NEWS, "特此通知。"]
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='WordSection1'>" + "".join(f"<p class='MsoNormal'>{ln}</p>" for ln in lines)
            + "</div></body></html>")


def test_a_notices_file_number_over_its_title_is_the_notices() -> None:
    doc = clean_html(_notice("某政办发〔2025〕58号"), id="t")
    assert doc.text.splitlines() == ["某政办发〔2025〕58号", *_NEWS, "特此通知。"]


def test_an_author_box_over_the_headline_still_goes() -> None:
    # counterexample: an author's name and bio above the headline are no file number, nor is
    # a year in brackets without its number (某区〔2025〕)
    doc = clean_html(_notice("林文涛 某某区融媒体中心记者 〔2025〕"), id="t")
    assert doc.text.splitlines() == [*_NEWS, "特此通知。"]


def _undated(foot: str, row: str = "") -> str:
    # a wiki's or docs site's page: no date under its headline, a revision stamp in its footer
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造 - 方志百科</title></head><body>"
            f"<div id='content'><h1>背街小巷改造</h1>{row}<div class='body'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS)
            + f"</div></div><footer role='contentinfo'><ul><li>{foot}</li><li>隐私政策</li></ul>"
            "</footer></body></html>")


def test_a_pages_revision_stamp_is_its_date_when_it_prints_no_other() -> None:
    for foot, day in (("此页面最后编辑于2025年10月3日 (星期五) 14:22。", "2025-10-03T14:22:00"),
                      ("最后更新: 2025/10/14 16:27:05", "2025-10-14T16:27:05")):
        doc = clean_html(_undated(foot), id="t")
        assert doc.meta.date == day
        assert doc.text.splitlines() == list(_NEWS)


def test_a_sites_stamp_an_edit_note_or_a_dated_page_give_no_revision_date() -> None:
    # counterexamples: the site's update stamp and a post's edit notes are no page's date,
    # and a page's own date row wins over its stamp
    for foot in ("本站最后更新：2025年10月3日", "本帖最后由 林文涛 于 2025-10-3 14:22 编辑",
                 "最后编辑于 2025-10-3 14:22"):
        assert clean_html(_undated(foot), id="t").meta.date is None
    dated = clean_html(_undated("最后更新: 2025/10/14 16:27:05",
                                "<p class='info'>发布时间：2025-09-30 来源：某某区政府</p>"), id="t")
    assert (dated.meta.date or "").startswith("2025-09-30")


_FACTS = (("位置", "某某区东溪村"), ("始建", "明代"), ("类型", "古渡口"), ("保护级别", "区级文物保护单位"))


def _wiki(box_attrs: str, facts: tuple[tuple[str, str], ...] = _FACTS, foot: str = "") -> str:
    # a wiki's page: a card of facts beside the text, then the text, then its foot
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in facts)
    return ("<html><head><meta charset='utf-8'><title>东溪古渡</title></head><body>"
            "<div id='content'><h1>东溪古渡</h1><div class='mw-parser-output'>"
            f"<table {box_attrs}><tr><th colspan='2'>东溪古渡</th></tr>{rows}</table>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + f"{foot}</div></div></body></html>")


def test_a_card_of_facts_floated_beside_the_text_goes() -> None:
    for attrs in ("class='infobox' style='width:22em;float:right'", "align='right'"):
        doc = clean_html(_wiki(attrs), id="t")
        assert doc.text.splitlines() == list(_NEWS)
        assert [r.rule for r in doc.removals if "保护级别" in r.text] == ["fact_box"]


def test_a_table_in_the_texts_flow_or_one_of_sentences_stays() -> None:
    # counterexamples: the same rows in a table the text flows around no side of, and a floated
    # table whose cells are sentences
    doc = clean_html(_wiki("class='infobox'"), id="t")
    assert not [r for r in doc.removals if r.rule == "fact_box"]
    told = tuple((label, value + "，以现场公示为准。") for label, value in _FACTS)
    doc = clean_html(_wiki("style='float:right'", told), id="t")
    assert not [r for r in doc.removals if r.rule == "fact_box"]


def test_a_block_marked_as_navigation_goes_as_a_nav_does() -> None:
    # a wiki's navbox under the text: a table of group labels and links, one of them the page's
    # own name unlinked
    navbox = ("<div role='navigation' class='navbox'><table><tr><th>古遗址</th><td><ul>"
              "<li><a>东溪古渡</a></li><li><a href='/w/1'>窑头窑址</a></li></ul></td></tr>"
              "</table></div>")
    doc = clean_html(_wiki("style='float:right'", foot=navbox), id="t")
    assert doc.text.splitlines() == list(_NEWS)
    assert doc.meta.authors == ()
    assert [r.rule for r in doc.removals if "窑头窑址" in r.text] == ["nav_element"]


def _post(row: str) -> str:
    # a blog theme's post: the headline, its row of fields as spans, the body
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造记</title></head><body>"
            f"<article><h1>背街小巷改造记</h1><div class='post-meta'>{row}</div>"
            "<div class='post-body'>" + "".join(f"<p>{p}</p>" for p in _NEWS)
            + "</div></article></body></html>")


def test_a_posts_category_and_counts_beside_its_date_name_no_publisher() -> None:
    # Hexo NexT's row: 分类于 glued to its category, the length and reading time as counts
    doc = clean_html(_post(
        "<span>发表于</span><time>2025-11-02</time> <span>更新于</span><time>2025-11-05</time> "
        "<span>分类于</span><span><a href='/c/'>绿植</a></span> <span>阅读次数：</span>"
        "<span>1,208</span> <span>本文字数：</span><span>1.1k</span> <span>阅读时长 &asymp;"
        "</span><span>1 分钟</span>"), id="t")
    assert doc.meta.source_name is None
    assert (doc.meta.date or "").startswith("2025-11-02")


def test_a_publisher_beside_the_date_and_a_category_is_still_read() -> None:
    # counterexample: the outlet's name beside the date stays the publisher
    doc = clean_html(_post("<span>东江晚报</span> <time>2025-11-02</time> "
                           "<span>分类于</span> <span>民生</span>"), id="t")
    assert doc.meta.source_name == "东江晚报"


def test_the_province_after_an_accounts_name_is_no_part_of_it() -> None:
    # a self-media platform's row: 原创, the time, the account, a dot, the province posted from
    doc = clean_html(_post("<span>原创</span><span>2025-12-03 07:45</span><span><a href='/u/1'>"
                           "田间老周</a></span><span>·</span><span>山东</span>"), id="t")
    assert doc.meta.source_name == "田间老周"


def test_a_names_own_dot_is_kept() -> None:
    # counterexample: a dot inside a name followed by no province
    doc = clean_html(_post("<span>2025-12-03 07:45</span><span>东江晚报·民生周刊</span>"), id="t")
    assert doc.meta.source_name == "东江晚报·民生周刊"
