"""The metadata row under the headline is read before html.prune removes it."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.html.dom import parse_html
from cleaners.html.extract import MainTextExtractor
from cleaners.html.metadata import _refine_title, header_meta
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
        ("【不忘初心 牢记使命】某院举办理论知识大赛", ["某院党支部简介"],
         "【不忘初心 牢记使命】某院举办理论知识大赛"),
    ],
)
def test_refine_title(title: str, lines: list[str], want: str) -> None:
    assert _refine_title(title, lines) == want
