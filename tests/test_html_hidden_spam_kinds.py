"""Hidden and visible spam of kinds the spam HTML pages gh154-gh159 showed, and what a reader can
reveal: the cascade of a page's display and visibility rules (a later or more specific rule shows
what another hid), tab panels the reader opens by their tabs, and their counterexamples."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.prune import hidden_elements, tab_panels

_PARAS = ("<p>记者从县政务服务中心获悉，新生儿出生“一件事”联办服务推出以来，已为一千二百多个家庭办理了相关手续。</p>"
          "<p>家长只需提交一次材料、跑一次窗口，就能办齐出生医学证明、户口登记和医保参保登记等五个事项。</p>")


def _hidden_classes(page: str) -> list[str]:
    root = parse_html(page)
    assert root is not None
    return sorted(el.get("class") or el.tag for el in hidden_elements(root))


def _styled(css: str, body: str) -> str:
    return (f"<html><head><style>{css}</style></head><body><div class='art'>{_PARAS}{body}</div>"
            "</body></html>")


_PANES = "<div class='pane on'><p>甲</p></div><div class='pane'><p>乙</p></div>"


@pytest.mark.parametrize(("css", "body", "hidden"), [
    # the active panel shown by a more specific rule, the others hidden by the general one
    (".pane{display:none}.pane.on{display:block}", _PANES, ["pane"]),
    # a later rule of the same weight wins
    (".pane{display:none}.on{display:block}", _PANES, ["pane"]),
    # visibility turned back the same way
    (".pane{visibility:hidden}.pane.on{visibility:visible}", _PANES, ["pane"]),
    # the element's own inline display beats a rule that is not !important
    (".x{display:none}", "<div class='x' style='display:block'><p>甲</p></div>", []),
])
def test_a_rule_that_shows_beats_a_weaker_rule_that_hides(css: str, body: str,
                                                          hidden: list[str]) -> None:
    assert _hidden_classes(_styled(css, body)) == hidden


@pytest.mark.parametrize(("css", "body", "hidden"), [
    # a tag's rule is weaker than a class's, whatever its place
    (".x{display:none}div{display:block}", "<div class='x'><p>甲</p></div>", ["x"]),
    # !important hides against a more specific rule and the inline style
    (".x{display:none!important}.art .x.on{display:block}",
     "<div class='x on' style='display:block'><p>甲</p></div>", ["x on"]),
    # an earlier rule of the same weight loses
    (".on{display:block}.pane{display:none}", _PANES, ["pane", "pane on"]),
    # display:block does not bring back a block moved off the page
    (".x{position:absolute;left:-9999px}.x.on{display:block}",
     "<div class='x on'><a href='/1'>某某娱乐官网</a></div>", ["x on"]),
    # hidden by both a switch and a clip: showing the switch leaves the clip
    (".x{display:none;clip:rect(0 0 0 0);position:absolute}.x{display:block}",
     "<div class='x'><p>甲</p></div>", ["x"]),
])
def test_a_rule_that_hides_stays_when_nothing_stronger_shows(css: str, body: str,
                                                             hidden: list[str]) -> None:
    assert _hidden_classes(_styled(css, body)) == hidden


_TAB_CSS = ".tab-pane{display:none}.tab-pane.on{display:block}"
_LABELS = "<ul class='tab-nav'><li class='on'>办理条件</li><li>所需材料</li><li>办理渠道</li></ul>"
_PANELS = ("<div class='tab-pane on'><p>新生儿在县内医疗机构出生，父母一方户籍在本县的，均可申请联办。</p></div>"
           "<div class='tab-pane'><p>申请时需提供父母双方身份证、户口簿、结婚证原件和出生医学证明登记表。</p></div>"
           "<div class='tab-pane'><p>群众可以到政务服务中心综合窗口现场办理，也可以通过政务服务网在线申请。</p></div>")


def _tabs(labels: str = _LABELS, panels: str = _PANELS, css: str = _TAB_CSS) -> str:
    return _styled(css, f"<div class='tab-box'>{labels}{panels}</div>")


def _revealed(page: str) -> int:
    root = parse_html(page)
    assert root is not None
    return len(tab_panels(hidden_elements(root)))


def test_the_hidden_panels_of_a_tab_box_in_the_article_are_read() -> None:
    assert _revealed(_tabs()) == 2
    doc = clean_html(_tabs(), id="t")
    for said in ("均可申请联办。", "出生医学证明登记表。", "通过政务服务网在线申请。"):
        assert said in doc.text
    # marked by ARIA instead of a row of labels of their number
    marked = _PANELS.replace("class='tab-pane", "role='tabpanel' class='tab-pane")
    assert _revealed(_tabs(labels="<p>请选择：</p>", panels=marked)) == 2


_LINK_PANES = ("<div class='tab-pane on'><a href='/1'>城区新增三条公交线路</a><a href='/2'>老旧小区改造开工</a></div>"
               "<div class='tab-pane'><a href='/3'>湿地公园二期开放</a><a href='/4'>全市新增就业三万人</a></div>"
               "<div class='tab-pane'><a href='/5'>医保电子凭证全覆盖</a><a href='/6'>城市书房延时开放</a></div>")
_SPAM_PANEL = "<div class='tab-pane'><p>某某娱乐官网注册送88元彩金，真人百家乐官方直营，提现秒到账。</p></div>"


@pytest.mark.parametrize("page", [
    # a sidebar's ranking tabs (24小时 一周 一月): linked headlines, no prose
    _tabs(labels="<ul><li>24小时</li><li>一周</li><li>一月</li></ul>", panels=_LINK_PANES),
    # no row of tabs before them, no role: hidden blocks beside a shown one
    _tabs(labels=""),
    # a row of two labels for three panels
    _tabs(labels="<ul><li>办理条件</li><li>所需材料</li></ul>"),
    # a hidden copy of the shown panel
    _tabs(labels="<ul><li>甲</li><li>乙</li></ul>",
          panels=_PANELS.split("</div>")[0] + "</div>" + _PANELS.split("</div>")[0].replace(
              "tab-pane on", "tab-pane") + "</div>"),
])
def test_hidden_blocks_no_tab_reveals_stay_hidden(page: str) -> None:
    assert _revealed(page) == 0


def test_a_tab_panel_selling_spam_stays_hidden() -> None:
    panels = _PANELS.replace("</div><div class='tab-pane'><p>群众", "</div>" + _SPAM_PANEL
                             + "<div class='tab-pane'><p>群众", 1)
    labels = _LABELS.replace("</ul>", "<li>优惠活动</li></ul>")
    assert _revealed(_tabs(labels=labels, panels=panels)) == 2
    assert "百家乐" not in clean_html(_tabs(labels=labels, panels=panels), id="t").text
