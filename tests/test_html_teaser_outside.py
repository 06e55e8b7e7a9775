"""A labelled teaser box (相关阅读 over linked headlines, each with its lead sentence) after the
article but outside the container the pruning chose (the post body inside an <article> that
also holds the box, a box in a sibling of the body's wrapper): judged as one inside it is. The
extractor chooses its container anew after the pruning and took the wider box, teasers and all
(gh272, gh273). What must go and what must stay. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.prune import _label

_PROSE = ("某某市智慧停车平台日前正式上线，首批接入的公共停车场和道路泊位共计两万余个。",
          "市民通过手机即可查询空余泊位并在线缴费，平台还会根据实时数据推荐附近的停车场。",
          "市交通运输局相关负责人表示，下一步将把医院、学校周边的临时泊位也纳入平台管理。")
_BODY = "<div class='entry'>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</div>"
_TEASERS = (("老旧小区停车位改造提速 今年新增车位三千个", "今年以来，某某市改造新增停车位三千个。"),
            ("夜间公交线路下月起调整 延长运营至凌晨", "调整后的三条夜班线路将延长运营至凌晨一点。"))


def _box(label: str, items: tuple[tuple[str, str], ...] = _TEASERS) -> str:
    return (f"<div class='x1'><h3>{label}</h3>" + "".join(
        f"<div><p><a href='/n/{i}.html'>{h}</a></p><p>{s}</p></div>"
        for i, (h, s) in enumerate(items)) + "</div>")


def _page(main: str) -> str:
    return (f"<html><body><div class='top'><a href='/'>首页</a></div>"
            f"<h1>某某市启用智慧停车平台</h1>{main}</body></html>")


@pytest.mark.parametrize("main", [
    # in the <article> around the post body: the extractor's container is the <article>
    f"<article>{_BODY}{_box('相关阅读')}</article>",
    # a sibling of the body's wrapper, the body wrapped in one more <div>
    f"<div class='wrap'><div class='col'>{_BODY}</div></div>{_box('相关文章')}",
    # the label a widget of its own before the box of cards (a page builder's posts grid)
    f"<article>{_BODY}<div><h2>为你推荐</h2></div>" + _box("").replace("<h3></h3>", "")
    + "</article>",
])
def test_a_teaser_box_after_a_tight_container_goes(main: str) -> None:
    doc = clean_html(_page(main), id="t")
    assert doc.text == "\n".join(_PROSE)
    assert any(r.rule == "teaser_box" for r in doc.removals)


@pytest.mark.parametrize("main", [
    # the article goes on after the box in the box they share: a section of it
    f"<article>{_BODY}{_box('相关阅读')}<div><p>{_PROSE[0]}</p></div></article>",
    # the label names none of the site's reading (背景资料): the article's own box
    f"<article>{_BODY}{_box('背景资料')}</article>",
    # a list the article recommends (推荐书目): its last section, each a linked title and a line
    f"<article>{_BODY}" + _box("推荐书目", (("《乡土中国》费孝通著", "从社会学角度解读中国基层社会的经典读本。"),
                                      ("《平凡的世界》路遥著", "描写普通人在时代变迁中奋斗的长篇小说。")))
    + "</article>",
    # a notice's attachments under 附件: linked file names, no related reading
    f"<article>{_BODY}<div><p>附件：</p><p><a href='/f/1.docx'>1.停车场收费标准明细表.docx</a></p>"
    "<p><a href='/f/2.xlsx'>2.首批接入停车场名单.xlsx</a></p></div></article>",
])
def test_the_article_s_own_last_section_after_a_tight_container_stays(main: str) -> None:
    doc = clean_html(_page(main), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]
    assert all(p in doc.text for p in _PROSE)


@pytest.mark.parametrize(("label", "names_related"), [
    ("相关阅读", True),
    ("为你推荐", True),
    ("推荐阅读", True),
    ("热门推荐", True),
    # what the article itself recommends
    ("推荐书目", False),
    ("推荐书单", False),
    ("书目推荐", False),
    ("推荐线路", False),
])
def test_a_related_reading_label_is_not_a_list_the_article_recommends(
        label: str, names_related: bool) -> None:
    root = parse_html(f"<html><body><h3>{label}</h3></body></html>")
    assert root is not None
    heading = root.find(".//h3")
    assert heading is not None
    assert _label(heading) == names_related
