"""The general defects the six saved pages of unseen shapes (gold_html gh386-gh391: an overseas
daily's 发布/ and 更新/ rows with AM/PM times; a news client's page dated only by a <time> shown
as 3小时前, under a rendered comment widget; a 辟谣 page with a 举报 box; a county notice of
inline-indented <div>s with a 联系方式 table; a 专题 page under a 滚动新闻 ticker; a wire-like
CMS printing its headline and info twice) showed, pinned on invented pages with their
counterexamples:

- HTML path: a date's label with a slash for its colon (发布/2026年11月23日 10:41 PM) was no
  label: the row stayed in the text and 发布/ was read as the publisher. It is the labelled
  field now, the publication's date before the update's (更新/…) under it, and a twelve hours'
  clock is read in the day's 24 hours. A report box's heading that asks for reports (发现谣言？
  请向我们举报) stayed when the box's hotline line went.
- text path: a news client's row parted by middle dots with a relative time (某某新闻·3小时前·
  阅读 1.2万) was read as the headline; it is the outlet's row. A comment thread whose
  commenters' names are glued to their times (某某网友2小时前) and whose votes are counted in
  brackets (回复顶(36)举报) was kept as prose. The read-aloud button (收听新闻) in a row of page
  tools kept the row.
- chrome.blocks' next_article (htmlunseen64) claimed the second copy of an article pasted twice;
  a headline over the article's own paragraphs is no next story, and pasted_twice takes it
  (tests/test_text_saved_ways.py).

Found while probing around them, on both paths: an update's row over the publication's row
(更新时间：… then 发布时间：…) dated the page by the update; a paper CMS's month-then-day
address (…/content/202611/24/…) gave no date to a page printing none; a paywall's prompt in
a paragraph of its own (本文为付费内容，订阅后可阅读全文, 已有账号？立即登录) stayed; the
client's row in its other shapes (某某新闻 | 3小时前, 3小时前 · 某某新闻, 某某号 2小时前 四川)
or under a headline closed by its question mark was read as the headline's second line; with
its class names stripped, gh386's newsletter box left its pitch over the pruned form.

Left: the text path of the news client's page has no date (its only date is the <time>'s
attribute, which a browser's text does not print).
"""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import comment_ui
from cleaners.meta import parse_date, parse_meta_line

_PARAS = ("交通部门宣布，明年起将在三个城区试行夜间按需接驳巴士服务，填补凌晨时段公共交通的空缺。",
          "乘客可在午夜至凌晨五时之间通过手机预约上车，系统根据实时需求规划路线，车资与日间相同。",
          "试行首阶段将投入四十辆小型巴士，半年后根据使用率和营运成本决定是否推广到其他地区。")


def _daily(rows: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>夜间按需接驳巴士明年试行 | 某某晨报</title>"
            "<meta property='og:site_name' content='某某晨报'></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav><article>"
            "<h1>夜间按需接驳巴士明年试行</h1><div class='byline'>文/某某某</div>"
            f"<div class='dates'>{rows}</div><div class='body'>{body}</div></article>"
            "<footer>版权所有 © 2026 某某晨报</footer></body></html>")


def test_slash_labelled_date_rows_are_the_publication_and_update_fields() -> None:
    doc = clean_html(_daily("<div>发布/2026年11月23日 10:41 PM</div>"
                            "<div>更新/2026年11月24日 8:05 AM</div>"))
    assert doc.text.split("\n") == list(_PARAS)
    assert doc.meta.date == "2026-11-23T22:41:00"
    assert doc.meta.source_name == "某某晨报"


@pytest.mark.parametrize(("row", "date"), [
    ("发布/2026年11月23日 10:41 PM", "2026-11-23T22:41:00"),
    ("更新/2026-11-24 12:05 a.m.", "2026-11-24T00:05:00"),
    ("發佈／2026年11月23日", "2026-11-23"),
    ("日期/2026-11-23 来源：某某网", "2026-11-23"),
])
def test_a_slash_for_the_labels_colon(row: str, date: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize("line", ["文/某某某", "发布/某某局", "图/某某 文/某某",
                                  "出版/发行：某某出版社"])
def test_a_slash_before_anything_but_a_year_is_no_date_label(line: str) -> None:
    found = parse_meta_line(line)
    assert found is None or found.date is None


@pytest.mark.parametrize("rows", [
    ("更新时间：2026-11-25 08:05", "发布时间：2026-11-23 10:41"),
    ("更新/2026年11月25日 8:05 AM", "发布/2026年11月23日 10:41 AM"),
    ("发布时间：2026-11-23 10:41", "更新时间：2026-11-25 08:05"),
])
def test_an_update_row_yields_to_the_publications_on_either_path(rows: tuple[str, str]) -> None:
    html = _daily("".join(f"<div>{r}</div>" for r in rows))
    assert clean_html(html).meta.date == "2026-11-23T10:41:00"
    text = "\n".join(["夜间按需接驳巴士明年试行", *rows, *_PARAS])
    assert clean_text(text, id="rows").meta.date == "2026-11-23T10:41:00"


def test_an_update_row_alone_still_dates_the_page() -> None:
    assert clean_html(_daily("<div>更新时间：2026-11-25 08:05</div>")).meta.date == (
        "2026-11-25T08:05:00")


def test_a_twelve_hours_clock() -> None:
    assert parse_date("2026-11-23 10:41 PM") == "2026-11-23T22:41:00"
    assert parse_date("2026-11-23 12:30 PM") == "2026-11-23T12:30:00"
    assert parse_date("2026-11-23 12:30 AM") == "2026-11-23T00:30:00"
    # a 24 hours' time has no half of the day; a word after the time is none (PMI)
    assert parse_date("2026-11-23 22:41") == "2026-11-23T22:41:00"
    assert parse_date("2026-11-23 10:41 PMI指数") == "2026-11-23T10:41:00"


def test_a_report_boxs_heading_goes_with_its_hotline() -> None:
    box = ("<div class='jb'><div class='jb-tit'>发现谣言？请向我们举报</div>"
           "<div class='jb-con'>举报电话：12377　举报邮箱：jubao@example.cn</div></div>")
    page = _daily("<div>发布时间：2026-11-22 15:20</div>").replace("</article>",
                                                                 f"</article>{box}")
    doc = clean_html(page)
    assert doc.text.split("\n") == list(_PARAS)


_CLIENT = ("某地首批人才公寓今起配租", "某某新闻·3小时前·阅读 1.2万", "",
           *(f"{p}\n" for p in _PARAS))


def test_a_client_row_of_middle_dots_and_a_relative_time_is_no_headline() -> None:
    doc = clean_text("\n".join(_CLIENT), id="client")
    assert doc.meta.title == "某地首批人才公寓今起配租"
    assert doc.meta.source_name == "某某新闻"
    assert doc.text.split("\n") == list(_PARAS)


def test_a_thread_of_glued_names_and_bracketed_votes_goes() -> None:
    thread = ["网友评论128人参与，12条评论", "最热评论",
              "某某老住户2小时前", "这个政策好，希望申请流程能真正简单一些，别让刚毕业的年轻人来回跑好几趟。",
              "回复顶(36)举报",
              "园区小陈2小时前", "我在园区上班，每天通勤一个多小时，要是能配租到附近的公寓就太好了，已经在准备材料了。",
              "回复顶(21)举报",
              "某某网友37211小时前", "租金是市场价的六成，算下来一室一厅大概一个月多少钱？有没有知道的朋友说一下。",
              "回复顶(9)举报", "查看全部12条评论"]
    doc = clean_text("\n".join([*_CLIENT, *thread]), id="thread")
    assert doc.text.split("\n") == list(_PARAS)


@pytest.mark.parametrize("line", ["某某老住户2小时前", "某某网友37211小时前", "回复顶(36)举报",
                                  "顶(5)", "赞（12） 回复"])
def test_glued_comment_controls(line: str) -> None:
    assert comment_ui(line)


@pytest.mark.parametrize("line", ["事故发生在2小时前", "距离开幕约3天前", "他说这是3天前的事",
                                  "顶(5)层楼高", "县政府2小时前发布通知。"])
def test_no_glued_comment_controls(line: str) -> None:
    assert not comment_ui(line)


@pytest.mark.parametrize(("url", "day"), [
    ("http://www.example.com/content/202611/24/content_88123.html", "2026-11-24"),
    ("http://www.example.com/a/202611/24/WS6740abc.html", "2026-11-24"),
    ("http://www.example.com/a/202613/24/WS6740abc.html", None),  # no such month
    ("http://www.example.com/list/202611/245/index.html", None),  # a list's id, no day
    ("http://www.example.com/p/2026111/24/1.html", None),
])
def test_a_papers_month_then_day_in_the_address(url: str, day: str | None) -> None:
    from cleaners.html.metadata import url_date

    assert url_date(url) == day


@pytest.mark.parametrize("prompt", ["本文为付费内容，订阅后可阅读全文", "成为会员即可阅读全文 >",
                                    "已有账号？立即登录", "继续阅读请先登录"])
def test_a_paywalls_prompt_in_a_paragraph_of_its_own_goes(prompt: str) -> None:
    html = _daily("<div>发布时间：2026-11-22 15:20</div>").replace(
        f"<p>{_PARAS[-1]}</p>", f"<p>{_PARAS[-1]}</p><p>{prompt}</p>")
    assert clean_html(html).text.split("\n") == list(_PARAS)
    text = "\n".join(["夜间按需接驳巴士明年试行", "发布时间：2026-11-22 15:20", *_PARAS, prompt])
    assert clean_text(text, id="wall").text.split("\n") == list(_PARAS)


@pytest.mark.parametrize("row", ["某某新闻 · 昨天 14:20 · 阅读 3.2万", "某某号 2小时前 四川",
                                 "某某新闻 | 3小时前", "某某日报 · 11-24 09:12 · 阅读 1.2万",
                                 "某某新闻 3小时前 阅读 1.2万 评论 36", "3小时前 · 某某新闻"])
def test_a_client_rows_other_shapes_under_a_question(row: str) -> None:
    """The row's shapes a client prints, under a headline closed by its question mark."""
    headline = "县城咖啡店，开一家关一家？"
    doc = clean_text("\n".join([headline, row, *_PARAS]), id="row")
    assert doc.meta.title == headline
    assert doc.text.split("\n") == list(_PARAS)
    assert doc.meta.source_name in ("某某新闻", "某某号", "某某日报")


def test_a_relative_row_under_a_sentence_is_no_outlets() -> None:
    page = ["某某县召开冬季农业生产推进会", "发布时间：2026-11-20 来源：某某县融媒体中心",
            *_PARAS, "会议要求，各乡镇要抓好冬季农业生产。", "某某网友 3小时前"]
    assert clean_text("\n".join(page), id="sentence").meta.source_name == "某某县融媒体中心"


def _boxed(box: str) -> str:
    return _daily("<div>发布时间：2026-11-22 15:20</div>").replace("</article>",
                                                                 f"<div>{box}</div></article>")


def test_a_newsletter_boxs_pitch_goes_with_its_form_whatever_its_class() -> None:
    box = ("<h3>订阅某某晨报电子报</h3><p>每天早上7时，把最新头条送到您的邮箱。</p>"
           "<form><input type='email' placeholder='请输入电邮地址'><button>立即订阅</button></form>")
    assert clean_html(_boxed(box)).text.split("\n") == list(_PARAS)


def test_a_box_over_another_form_or_with_more_text_keeps_its_lines() -> None:
    note = "报名截止时间为12月5日，每所学校限报两个队伍，逾期不再受理。"
    # a sign-up form is no newsletter's
    box = (f"<p>{note}</p><form><input type='text' name='team'><button>提交报名</button></form>")
    assert note in clean_html(_boxed(box)).text
    # a box holding more than a pitch over its subscription form is not all chrome
    box = (f"<p>{note}</p><p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>"
           "<form><input type='email'><button>订阅</button></form>")
    assert note in clean_html(_boxed(box)).text
