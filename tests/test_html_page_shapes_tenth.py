"""A tenth set of shapes through the HTML path whole: a Q&A page's view and answer counts
under the question, its answers marked up as schema.org Answers with the answerer in a box of
its own; a GB2312 page with <br> paragraphs and &emsp; indents in one <p>, closed by a 供稿
credit; an old page laid out in tables with a statistics table in its body and a 1-5月 range
in its <title>; a portal page (.left_zw, 【编辑:…】), a university news page and a policy
document with its information list; a self-media post with its author card; a site's name in
an <h1>, an information table's labels in cells of their own, 成文日期 beside 发布日期, a
yearless time row, a 来源 label in quotes, a short paragraph trafilatura broke at its inline
elements."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page

_FIRE = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况。</p>")


def _page(header: str, body: str) -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1>{header}<div class='text'>{body}</div></body></html>")


@pytest.mark.parametrize("row", ["2023-12-02 19:40 浏览 3,621 次", "2023-12-02 19:40 阅读 326 人次"])
def test_a_view_count_s_measure_word_under_the_headline_names_no_publisher(row: str) -> None:
    doc = clean_html(_page(f"<div class='meta'>{row}</div>", _FIRE), id="t")
    assert doc.meta.date == "2023-12-02T19:40:00"
    assert doc.meta.source_name is None


PAGES = Path(__file__).parent / "fixtures" / "html_shapes"
_QA = (PAGES / "qa_answer_head.html").read_text(encoding="utf-8")


def test_a_q_and_a_page_with_its_answers_marked_up_as_schema_org_answers() -> None:
    # the answers are told by their markup (their votes read 有用 86, no 赞同); the first is the
    # article, its answerer (in the answer's head) its author; the view count, the answer
    # count, the other answer and the first one's stamp (回答于 … 有用 86 举报) go
    check_page("qa_answer_head",
               {"title": "北方冬天家里的绿萝叶子发黄怎么办？", "date": "2023-12-02T19:40:00",
                "source_name": None, "authors": ("花草老陈",)},
               ["北方冬天暖气房里", "先把花盆挪到", "已经发黄的叶子"])


@pytest.mark.parametrize("box", [
    '<span class="name">花草老陈</span>',  # a name in the answer's head, no markup
    '<b itemprop="author">花草老陈</b>',  # marked up, no class
    '<a class="answer-name" href="/u/1">花草老陈</a>',
])
def test_an_answerer_in_a_box_of_another_name(box: str) -> None:
    page = _QA.replace('<span class="name" itemprop="author">花草老陈</span>', box)
    assert box in page
    assert clean_html(page, id="t").meta.authors == ("花草老陈",)


def test_a_page_with_one_answer_marked_up_is_no_thread() -> None:
    # one answer is no thread: nothing of it goes as another's
    page = _QA.replace('itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"',
                       "")
    assert page.count("schema.org/Answer") == 1
    doc = clean_html(page, id="t")
    assert doc.text.startswith("北方冬天暖气房里")
    assert not any(r.rule == "other_answer" for r in doc.removals)


@pytest.mark.parametrize(("raw", "title"), [
    ("某某县2024年1-5月财政收支情况", "某某县2024年1-5月财政收支情况"),
    ("2023-2024学年第一学期校历", "2023-2024学年第一学期校历"),
    ("某某市2024年1-5月经济运行简况-某某统计网", "某某市2024年1-5月经济运行简况"),
    # a hyphen beside one digit only still ends the headline
    ("某某科技公司发布新一代芯片-36氪", "某某科技公司发布新一代芯片"),
    # the channel before the site's name goes too
    ("我校举办2024年春季大型校园招聘会-新闻中心-某某大学", "我校举办2024年春季大型校园招聘会"),
    ("我校举办2024年春季大型校园招聘会-综合新闻-新闻网-某某大学", "我校举办2024年春季大型校园招聘会"),
    ("某某县“十四五”规划-2021-2025年", "某某县“十四五”规划-2021-2025年"),
])
def test_a_hyphen_between_digits_is_a_range_in_the_headline(raw: str, title: str) -> None:
    from cleaners.html.metadata import clean_title

    assert clean_title(raw) == title


def test_an_old_page_laid_out_in_tables_with_a_statistics_table_in_its_body() -> None:
    # the layout tables (banner, menu, the column of links, the footer) go; the statistics
    # table is the article's, a row a line; the headline in a <font> keeps its 1-5月
    check_page("layout_table_stats",
               {"title": "某某县2024年1-5月财政收支情况", "date": "2024-06-12",
                "source_name": "县财政局", "authors": ()},
               ["1-5月，全县一般公共预算收入", "1-5月，全县一般公共预算支出",
                "项目 1-5月完成（万元） 同比增长（%）", "一般公共预算收入 86200 4.3",
                "其中：税收收入 60500 2.8", "非税收入 25700 8.1", "一般公共预算支出 153700 3.6",
                "下一步"])


def test_a_gb2312_page_with_br_paragraphs_and_emsp_indents_in_one_p() -> None:
    # each <br> of the one <p> is a paragraph, its &emsp; indent gone; the page's ArticleTitle
    # and PubDate tags agree with the row; （… 供稿） under the text, the share bar and the
    # print tools go
    check_page("indent_br_paragraphs",
               {"title": "某某街道开展“邻里守望”志愿服务活动", "date": "2024-03-12T16:05:00",
                "source_name": "某某街道办事处", "authors": ()},
               ["3月11日", "活动中", "在社区广场", "“志愿者每个月", "下一步"])


@pytest.mark.parametrize("field", ["【来源：某某日报】", "[来源：某某日报]", "〔来源：某某日报〕"])
def test_a_source_field_in_brackets_under_the_text_keeps_no_bracket(field: str) -> None:
    doc = clean_html(_page("<div class='info'>2024-04-18</div>", f"{_FIRE}<p>{field}</p>"), id="t")
    assert doc.meta.source_name == "某某日报"
    assert len(doc.text.split("\n")) == 2


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # the date and 来源 in one box beside the share bar; the caption under the picture, (完),
    # 【编辑:…】, the print tools, 相关新闻 and 图片报道 go; the dateline's reporter is the author
    ("chinanews_left_zw",
     {"title": "某某省今年新增城镇就业超40万人", "date": "2024-05-06T08:21:00",
      "source_name": "中国新闻网", "authors": ("周某某",)},
     ["中新网某某5月6日电", "据介绍", "针对高校毕业生", "某某省人社厅"]),
    # 作者/摄影/审核/点击数/发布时间 in one row: the writer is the author; the caption,
    # 上一篇/下一篇 and the print tools go
    ("university_news",
     {"title": "我校举办2024年春季大型校园招聘会", "date": "2024-04-18", "source_name": None,
      "authors": ("刘某某",)},
     ["4月17日", "招聘会现场人头攒动", "校党委副书记", "据悉"]),
    # the information table (索引号, 文号 …) above the headline, the 文号 under it, the
    # attachment list, 相关解读, 扫一扫在手机打开当前页 and the print tools go; the notice's
    # signature and date and the measures it prints stay
    ("gov_policy_document",
     {"title": "某某市人民政府办公室关于印发某某市加快发展银发经济若干措施的通知",
      "date": "2024-06-20T17:30:00", "source_name": "市政府办公室", "authors": ()},
     ["各区县人民政府", "《某某市加快发展银发经济若干措施》已经", "某某市人民政府办公室",
      "2024年6月18日", "（此件公开发布）", "某某市加快发展银发经济若干措施", "为积极应对",
      "一、扩大老年助餐服务", "二、发展居家社区养老服务", "三、培育银发经济经营主体",
      "本措施自印发之日起施行"]),
])
def test_portal_university_and_policy_pages(name: str, meta: dict[str, object],
                                            lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize("para", [
    "<p>第2段，各村（社区）要落实<span>包片</span>责任，确保不留死角。</p>",
    "<p>第2段，各村（社区）要落实包片责任，确保<a href='/x'>不留死角</a>。</p>",
])
def test_a_short_article_s_paragraph_is_not_broken_at_its_inline_elements(para: str) -> None:
    # a word alone on a line would read as a byline (包片 as an author) or a list item
    for body in (f"{_FIRE}{para}", f"{para}{_FIRE}"):
        doc = clean_html(_page("<div class='info'>2024-04-18</div>", body), id="t")
        assert "第2段，各村（社区）要落实包片责任，确保不留死角。" in doc.text.split("\n")
        assert doc.meta.authors == ()


def test_a_long_number_alone_on_a_line_is_judged_at_once() -> None:
    # the page-number patterns split a run of digits into groups of 1-3: without possessive
    # groups a 30-digit line took seconds
    import re
    import time

    from cleaners.chrome.common import COMMON_RULES

    start = time.process_time()
    for rule in COMMON_RULES:
        re.compile(rule.pattern).search("9" * 30)
    assert time.process_time() - start < 1.0


_THREE = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保不留死角。"
                 "</p>" for n in range(3))


@pytest.mark.parametrize("logo", [
    "<h1 class='logo'><a href='/'>某某新闻</a></h1>",
    "<h1><a href='/'>某某新闻网</a></h1>",  # the name the <title> ends with
])
def test_a_site_name_in_an_h1_above_the_menu_is_no_headline(logo: str) -> None:
    # the menu under the logo is no publisher's name under a headline
    page = ("<html><head><title>某某镇开展森林防火检查 - 某某新闻网</title></head><body><header>"
            f"{logo}<nav><a href='/'>首页</a><a href='/a'>本地</a></nav></header><main><article>"
            "<h1>某某镇开展森林防火检查</h1><div class='meta'><time>2024-04-18 09:30</time> "
            f"<span class='author'>记者 王某某</span></div>{_THREE}</article></main></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "某某镇开展森林防火检查"
    assert doc.meta.date == "2024-04-18T09:30:00"
    assert doc.meta.source_name is None
    assert doc.meta.authors == ("王某某",)


def test_an_information_table_s_labels_in_cells_of_their_own_name_no_one() -> None:
    # each label and value in a cell of its own, the 文号 empty: the labels (文号, 发布日期) read
    # one a line under the headline are no author and no publisher; the issuing body's cell
    # (发布机构 | 某某镇人民政府) is, as the gold pages' 发布机构 rows are
    table = ("<table class='xxgk'><tr><th>索引号</th><td>000000/2024-00123</td><th>主题分类</th>"
             "<td>农业、林业、水利</td></tr><tr><th>发布机构</th><td>某某镇人民政府</td><th>成文日期"
             "</th><td>2024年04月17日</td></tr><tr><th>标题</th><td colspan='3'>某某镇开展森林防火检查"
             "</td></tr><tr><th>文号</th><td></td><th>发布日期</th>"
             "<td>2024年04月18日</td></tr></table>")
    page = ("<html><head><title>某某镇开展森林防火检查_某某县人民政府</title></head><body><div "
            f"class='article'><h1>某某镇开展森林防火检查</h1>{table}<div class='content'>{_THREE}"
            "</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.date == "2024-04-18"
    assert doc.meta.source_name == "某某镇人民政府"
    assert doc.meta.authors == ()
    assert [ln[:3] for ln in doc.text.split("\n")] == ["第0段", "第1段", "第2段"]


@pytest.mark.parametrize("tools", ["【我要打印】【关闭窗口】【收藏本页】", "[打印文章] [关闭本窗口]"])
def test_print_and_favourite_tools_under_the_text_go(tools: str) -> None:
    doc = clean_html(_page("<div class='info'>2024-04-18</div>", f"{_FIRE}<p>{tools}</p>"), id="t")
    assert len(doc.text.split("\n")) == 2


_DL = ("<dl class='xxgk'><dt>索引号：</dt><dd>000000/2024-00123</dd><dt>发布机构：</dt><dd>某某镇人民"
       "政府</dd><dt>成文日期：</dt><dd>2024-04-17</dd>{published}<dt>主题分类：</dt><dd>农业、林业"
       "</dd></dl>")


@pytest.mark.parametrize(("inside", "published", "date"), [
    (True, "<dt>发布日期：</dt><dd>2024-04-18</dd>", "2024-04-18"),
    (False, "<dt>发布日期：</dt><dd>2024-04-18</dd>", "2024-04-18"),
    (True, "<dd>发布日期：2024-04-18</dd>", "2024-04-18"),
    # the day the document was written is the page's date only when it prints no other
    (True, "", "2024-04-17"),
])
def test_an_information_list_s_publication_day_beats_the_day_the_document_was_written(
        inside: bool, published: str, date: str) -> None:
    table = _DL.format(published=published)
    head = "<h1>某某镇开展森林防火检查</h1>"
    body = f"{head}{table}" if inside else f"{table}{head}"
    page = ("<html><head><title>某某镇开展森林防火检查_某某县人民政府</title></head><body><div "
            f"class='article'>{body}<div class='content'>{_THREE}</div></div></body></html>")
    assert clean_html(page, id="t").meta.date == date


def test_a_self_media_post_with_its_author_card_and_latest_posts() -> None:
    # the day without its year and the time in boxes of their own (发布时间:07-16 06:50) give
    # the page's day its time; the account beside its follow button publishes; 本文为…原创,
    # 阅读量/举报, the author card with its counts, 作者最新文章 and 相关推荐 go
    check_page("baijiahao_author_card",
               {"title": "三伏天吃什么好？老中医：这几样家常菜要常吃", "date": "2024-07-16T06:50:00",
                "source_name": "养生小当家", "authors": ()},
               ["一年中最热的三伏天", "一是多喝粥", "二是多吃苦味菜", "三是少吃生冷"])


@pytest.mark.parametrize(("row", "date"), [
    ("发布时间:07-16 06:50", "2024-07-16T06:50:00"),
    ("7月16日 06:50", "2024-07-16T06:50:00"),
    ("发布时间:07-15 06:50", "2024-07-16"),  # another day's time is not the page's
])
def test_a_yearless_row_s_time_joins_the_page_s_day(row: str, date: str) -> None:
    page = ("<html><head><title>某某镇开展森林防火检查</title><meta name='publishdate' "
            "content='2024-07-16'></head><body><h1>某某镇开展森林防火检查</h1>"
            f"<div class='info'>{row}</div><div class='text'>{_THREE}</div></body></html>")
    assert clean_html(page, id="t").meta.date == date


def test_a_source_label_in_quotes_is_a_mention_no_field() -> None:
    # the site's copyright claim goes, and names no publisher; a paragraph quoting the label
    # stays whole even at the head of a short article
    notice = "<p>本网站所有内容，凡注明“来源：某某网”的，版权均属某某网所有。</p>"
    doc = clean_html(_page("<div class='info'>2024-04-18</div>", f"{_FIRE}{notice}"), id="t")
    assert doc.meta.source_name is None
    assert len(doc.text.split("\n")) == 2
    quoted = "<p>记者注意到，不少帖子都标着“来源：某某网”，但该网站从未发布过相关消息。</p>"
    doc = clean_html(_page("<div class='info'>2024-04-18</div>", f"{quoted}{_FIRE}"), id="t")
    assert doc.text.startswith("记者注意到，不少帖子都标着“来源：某某网”")
    assert doc.meta.source_name is None
