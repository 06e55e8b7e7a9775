"""The metadata row under the headline is read before html.prune removes it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cleaners.document import Doc
from cleaners.html.dom import parse_html
from cleaners.html.extract import MainTextExtractor
from cleaners.html.metadata import (
    _bare_name,
    _refine_title,
    credit_row,
    day_under_end_mark,
    header_meta,
    page_meta,
    roc_day,
)
from cleaners.html.prune import HiddenAndChromePruner

_BODY = "<p>" + "这是一段足够长的正文内容，用来说明文章的主体部分，里面有很多句子。" * 3 + "</p>"


def _page(header: str, *, title: str = "某地举行秋季运动会开幕式", extra: str = "") -> str:
    return (
        f"<html><head><title>{title}_某某网</title>{extra}</head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1>{header}"
        f"<div class='article'>{_BODY}{_BODY}</div>"
        "<ul class='related'><li><a href='/a'>另一条新闻</a> 2001-01-02</li></ul></body></html>"
    )


@pytest.mark.parametrize(
    ("header", "date", "source", "authors"),
    [
        # date then a bare outlet name, in a block classed like chrome
        ("<div class='info-bar'>2019-09-26 10:56:28 某某时报网</div>",
         "2019-09-26T10:56:28", "某某时报网", ()),
        # outlet before the date, with a 原创 note and a counter
        ("<div class='meta-bar'>原创 某某都市报 2019-09-09 16:01:46 举报</div>",
         "2019-09-09T16:01:46", "某某都市报", ()),
        # a lone outlet line above the date line
        ("<div class='source'>某某社</div><div>2020-01-03 18:13</div>",
         "2020-01-03T18:13:00", "某某社", ()),
        # name/outlet byline
        ("<div>王小明/某某青年报</div><div>2019-09-24 09:10</div>",
         "2019-09-24T09:10:00", "某某青年报", ("王小明",)),
        # bar-separated fields without colons
        ("<div>发表于2014-08-24 21:30| 12次阅读| 来源某某网| 作者张伟</div>",
         "2014-08-24T21:30:00", "某某网", ("张伟",)),
        # several pen names beside the date are authors, not a publisher
        ("<div>2020-06-05 20:35 小刀姐 大刀哥 飞刀侠</div>",
         "2020-06-05T20:35:00", None, ("小刀姐", "大刀哥", "飞刀侠")),
        # a person's name first: author; the account after it is not vouched for as publisher
        ("<div>李医生 健康说 2023-10-10</div>", "2023-10-10", None, ("李医生",)),
        # a blog theme's word count and reading time after the byline: no names
        ("<div>2025-03-16 作者：王小明 约 1200 字 · 预计阅读 4 分钟</div>",
         "2025-03-16", None, ("王小明",)),
        ("<div>作者：王小明 字数：3.2k 阅读时长约6分钟</div><div>2025-03-16</div>",
         "2025-03-16", None, ("王小明",)),
        # a table of contents' heading under the date row is no publisher…
        ("<div>2025-03-16</div><div><h2>文章目录</h2><nav><a href='#s1'>缘起</a>"
         "<a href='#s2'>做法</a></nav></div>", "2025-03-16", None, ()),
        # …an outlet's name there is, its links going to other pages
        ("<div>2025-03-16</div><div><h2>某某社</h2><nav><a href='/s1'>缘起</a>"
         "<a href='/s2'>做法</a></nav></div>", "2025-03-16", "某某社", ()),
        # labelled source with 来源于
        ("<div>来源于：某某办事处</div><div>发布日期：2019-03-06</div>",
         "2019-03-06", "某某办事处", ()),
    ],
)
def test_header_meta_reads_the_row_under_the_headline(
    header: str, date: str, source: str | None, authors: tuple[str, ...]
) -> None:
    root = parse_html(_page(header))
    assert root is not None
    found = header_meta(root)
    assert (found.date, found.source_name, found.authors) == (date, source, authors)


@pytest.mark.parametrize(
    "header",
    [
        "",  # no row: the related list's date is no header date
        "<div>记者会上，发言人于2019年9月1日表示，相关工作将持续推进并取得积极成效。</div>",  # prose
        "<div>分享到 微信 微博</div>",
    ],
)
def test_header_meta_counterexamples(header: str) -> None:
    root = parse_html(_page(header))
    assert root is not None
    assert header_meta(root).date is None
    assert header_meta(root).source_name is None


def test_relative_day_resolves_only_with_the_pages_epoch() -> None:
    script = '<script>var ct = "1581517074";</script>'
    with_epoch = parse_html(_page("<div>某某科技</div><div>昨天</div>", extra=script))
    without = parse_html(_page("<div>某某科技</div><div>昨天</div>"))
    assert with_epoch is not None
    assert without is not None
    assert header_meta(with_epoch).date == "2020-02-12T22:17:54"  # China time
    assert header_meta(with_epoch).source_name == "某某科技"
    assert header_meta(without).date is None  # never the clock


def test_pruned_header_row_still_reaches_meta() -> None:
    html = _page("<div class='share-info'>2019-09-26 10:56 某某时报网</div>")
    doc = MainTextExtractor()(HiddenAndChromePruner()(Doc(id="t", html=html)))
    assert doc.meta.date == "2019-09-26T10:56:00"
    assert doc.meta.source_name == "某某时报网"
    assert "某某时报网" not in doc.text


@pytest.mark.parametrize(
    ("title", "lines", "want"),
    [
        ("某市新港即将开通！地铁直达...", ["本文原标题：《某市新港即将开通！地铁直达+免税城》"],
         "某市新港即将开通！地铁直达+免税城"),
        ("[某某品牌]老人接到电话被骗百万", ["原标题：老人接到电话被骗百万"], "老人接到电话被骗百万"),
        ("某街道领导一行到金融街开展调研 某某办事处", ["某街道领导一行到金融街开展调研"],
         "某街道领导一行到金融街开展调研"),
        # counterexamples: a different original title, a space inside the headline itself
        ("新款手机发布...", ["原标题：旧款电脑降价"], "新款手机发布..."),
        ("多地项目爆雷 龙湖暗伤曝露", ["多地项目爆雷"], "多地项目爆雷 龙湖暗伤曝露"),
        ("【专题】某地召开大会", ["【专题】某地召开大会"], "【专题】某地召开大会"),
        # a 专题 column's tag before the <title>'s headline, the page printing it bare
        ("【典型案例】某村：荒山种出“致富林”", ["典型案例", "某村：荒山种出“致富林”"],
         "某村：荒山种出“致富林”"),
        ("[視頻]某鎮舉辦首屆農民豐收節", ["某鎮舉辦首屆農民豐收節"], "某鎮舉辦首屆農民豐收節"),
        # counterexamples: the page prints the tag with its headline, a bare part too short, a
        # bracket holding the headline's own words rather than a label
        ("【视频】某地芋头丰收采挖忙", ["【视频】某地芋头丰收采挖忙", "某地芋头丰收采挖忙"],
         "【视频】某地芋头丰收采挖忙"),
        ("【图文】开学了", ["开学了"], "【图文】开学了"),
        # the kind of page and the site's name put before the headline, each closed by a colon
        # or a bare hyphen, the page printing the headline bare
        ("新聞公報：郊野公園行山徑指示牌更新工程完成", ["郊野公園行山徑指示牌更新工程完成"],
         "郊野公園行山徑指示牌更新工程完成"),
        ("某某水资源分署-新闻稿-某溪堤防补强工程完工 汛期前提升防洪能力",
         ["标题", "某溪堤防补强工程完工 汛期前提升防洪能力"],
         "某溪堤防补强工程完工 汛期前提升防洪能力"),
        # counterexamples: a headline and its subtitle printed whole, a label too long to be one
        ("山城最后的手工制面人：一碗面线背后的三代坚持",
         ["山城最后的手工制面人：一碗面线背后的三代坚持", "一碗面线背后的三代坚持"],
         "山城最后的手工制面人：一碗面线背后的三代坚持"),
        ("全国人大常委会今天审议的这部法律草案：将如何影响每个家庭",
         ["将如何影响每个家庭"], "全国人大常委会今天审议的这部法律草案：将如何影响每个家庭"),
        ("【不忘初心 牢记使命】某院举办理论知识大赛", ["某院党支部简介"],
         "【不忘初心 牢记使命】某院举办理论知识大赛"),
    ],
)
def test_refine_title(title: str, lines: list[str], want: str) -> None:
    assert _refine_title(title, lines) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("115-11-27", "2026-11-27"),  # a Taiwan government site's 發布日期 field
        ("民國115年11月27日", "2026-11-27"),
        (" 114/03/05 ", "2025-03-05"),
        # counterexamples: a Gregorian day, a phone number, a count, a month out of range
        ("2026-11-27", None),
        ("03-8331234", None),
        ("共115篇", None),
        ("115-13-27", None),
    ],
)
def test_roc_day(value: str, want: str | None) -> None:
    assert roc_day(value) == want


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # a press release's day printed bare under the 完 it ends on, its time under that
        (["完", "2026年11月30日（星期一）", "香港時間16時45分"], "2026-11-30"),
        (["末段。", "（完）", "2025-06-03"], "2025-06-03"),
        # counterexamples: a day with no end mark over it (a footer's), a dated headline link
        (["末段。", "2026年11月30日（星期一）"], None),
        (["完", "相关新闻", "2026-11-29 某地举办活动"], None),
    ],
)
def test_day_under_end_mark(tail: list[str], want: str | None) -> None:
    assert day_under_end_mark(tail) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a share bar's buttons glued into one line beside the date: a tool, no publisher
        ("分享LINE複製連結字級", False),
        ("分享Facebook列印", False),
        ("微信微博QQ空间", False),
        # counterexamples: an outlet's or an account's name, one that starts with a network's
        ("某某晚報", True),
        ("LINE TODAY", False),  # a space: no bare name either way
        ("微博某某日报", True),
    ],
)
def test_share_bar_run_is_no_bare_name(line: str, want: bool) -> None:
    assert _bare_name(line) is want


def test_credit_row_with_a_photographer() -> None:
    # a paper's byline row under the text: the writer, then the photographer
    assert credit_row("撰文：何靜儀　攝影：梁志偉") == ("何靜儀",)
    assert credit_row("文字：某某某 摄像：某某") == ("某某某",)
    # counterexamples: a photographer alone names no writer, a caption's sentence is no row
    assert credit_row("攝影：梁志偉") == ()
    assert credit_row("撰文：某某，摄影：某某。图为活动现场") == ()


def _table_meta(cells: list[str]) -> tuple[str | None, str | None]:
    root = lxml_html.fromstring("<html><head><title>某某</title></head><body><p>x</p></body></html>")
    meta = page_meta(root, cells, find_date=False)
    return meta.date, meta.source_name


def test_press_release_table_rows() -> None:
    # a Taiwan government 新聞稿's table: its day in ROC years, the body that issued it
    assert _table_meta(["標題", "某溪堤防補強工程完工", "發布日期", "115-11-27", "發布單位",
                        "某某水資源分署", "聯絡人", "工務課 張股長"]) == (
        "2026-11-27", "某某水資源分署")
    assert _table_meta(["发布日期：114-03-05"]) == ("2025-03-05", None)
    # counterexamples: an applicant's unit is no publisher, a count under a label no day
    assert _table_meta(["申請單位", "某某有限公司", "瀏覽次數", "115"]) == (None, None)
    assert _table_meta(["發布單位", "本署於今日召開記者會，說明工程進度。"]) == (None, None)
