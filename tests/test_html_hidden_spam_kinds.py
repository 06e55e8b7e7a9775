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


_FARM = "<div class='{cls}' id='{ident}' data-k='lk'><a href='/1'>某某娱乐官网</a> <a href='/2'>某某体育app</a></div>"


@pytest.mark.parametrize("css", [
    '[class^="yx-"]{display:none}',  # a class prefix
    "[id*=lk9]{position:absolute;left:-9999px}",  # an id part, off the page
    "div[data-k=lk]{visibility:hidden}",  # a tag and an attribute's value
    ".art [class$='-3']{height:0;overflow:hidden}",  # under the article, a class suffix
    "[class~=yx-3]{opacity:0}",  # one of the classes
])
def test_a_farm_hidden_by_an_attribute_selector_is_hidden(css: str) -> None:
    page = _styled(css, _FARM.format(cls="yx-3", ident="flk9a"))
    assert _hidden_classes(page) == ["yx-3"]
    assert "某某娱乐" not in clean_html(page, id="t").text


@pytest.mark.parametrize(("css", "cls"), [
    ('[class^="yx-"]{display:none}', "zyx-3"),  # the prefix is not the class's
    ("[x-cloak]{display:none}", "yx-3"),  # a framework's cloak: its script removes it on mounting
    ("[data-k=lk]:hover{display:none}", "yx-3"),  # a pseudo-class is not read
    ('[class^="yx-"]{display:none}[class^="yx-"].on{display:block}', "yx-3 on"),  # shown
])
def test_an_attribute_selector_that_does_not_hide_the_block(css: str, cls: str) -> None:
    page = _styled(css, _FARM.format(cls=cls, ident="a").replace("data-k", "x-cloak data-k"))
    assert _hidden_classes(page) == []


@pytest.mark.parametrize(("css", "style", "hidden"), [
    # a box no wide that clips its text, by a rule or inline, either order
    (".yx-3{width:0;overflow:hidden;white-space:nowrap}", "", True),
    ("", "overflow:hidden;max-width:0px", True),
    # content the browser skips rendering
    (".yx-3{content-visibility:hidden}", "", True),
    # counterexamples: a flex item's basis of 0 grows to its share (a title clipped at its
    # end), a zero width that clips nothing, a box clipped at a width a reader reads
    (".yx-3{flex:1;width:0;overflow:hidden;text-overflow:ellipsis}", "", False),
    ("", "width:0", False),
    (".yx-3{width:300px;overflow:hidden}", "", False),
    (".yx-3{content-visibility:auto}", "", False),
])
def test_a_box_no_wide_or_skipped_hides_its_text(css: str, style: str, hidden: bool) -> None:
    farm = _FARM.format(cls="yx-3", ident="a").replace("<div ", f"<div style='{style}' ", 1)
    assert _hidden_classes(_styled(css, farm)) == (["yx-3"] if hidden else [])


def test_a_section_hidden_until_found_is_the_article_s() -> None:
    # hidden="until-found": the browser opens it when a reader finds words in it (an accordion)
    page = _styled("", "<div class='more' hidden='until-found'><p>据介绍，联办服务推出后，办理时间由原来的二十多个"
                       "工作日压缩到五个工作日以内，材料由十八份精简为六份。</p></div>")
    assert _hidden_classes(page) == []
    assert "材料由十八份精简为六份。" in clean_html(page, id="t").text
    assert _hidden_classes(page.replace("hidden='until-found'", "hidden")) == ["more"]


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


# -- casino sales talk the lexicon lacked, and what a mirror's planted pieces prove ---------------

_ARTICLE = "会议指出，全县各级各部门扎实抓好春耕备耕各项工作。"
_AFTER = "农资储备充足，农机具检修到位。"


@pytest.mark.parametrize(("row", "gone"), [
    ("某某彩票 官方直营 注册就送18元 永久网址 ab8866.example", "永久网址"),
    ("某某娱乐 信誉平台 提现秒到账 备用网址 ab6688.example", "提现秒到"),
    ("新会员注册就送88元 永久网址 www.ab7788.example", "注册就送"),
])
def test_a_casino_advert_row_with_its_sales_talk_goes(row: str, gone: str) -> None:
    from cleaners.document import Doc
    from cleaners.spam import LexiconSpam

    text = f"{_ARTICLE}\n{row}\n{_AFTER}"
    assert gone not in LexiconSpam()(Doc("d", text=text)).text
    assert _ARTICLE in LexiconSpam()(Doc("d", text=text)).text


@pytest.mark.parametrize("line", [
    # a brand's own shop, a spare address in a notice, a fraud warning quoting the bait
    "这家老字号在商场开设了官方直营店，线上线下同价销售。",
    "如主站无法访问，请使用备用网址继续填报。",
    "警方提醒，所谓“注册就送”“提现秒到”的网络平台多为诈骗陷阱。",
])
def test_the_sales_words_stay_in_news(line: str) -> None:
    from cleaners import clean_text

    assert clean_text(line, id="t").text == line


_MIRROR = ("<html><head><title>老旧小区加装电梯提速_城市晚报</title></head><body><h1>老旧小区加装电梯提速</h1>"
           "<div class='info'>2025-10-31 来源：城市晚报</div><div class='art'>"
           "<p>记者从市住建局获悉，今年以来全市老旧小区加装电梯工作明显提速，{a}截至十月底已有一百二十台电梯完工。</p>"
           "<p>加装电梯难在协调。同一个单元里，高层住户盼电梯，{b}低层住户担心采光和噪声。</p>"
           "<p>为此，各街道普遍推行“一梯一议”，{c}由社区牵头召开楼栋会议，请设计单位现场讲解方案。</p>"
           "</div></body></html>")


def test_a_piece_chopped_from_a_planted_brand_goes_with_it() -> None:
    # 国际娱乐送, set once, holds 国际 of the selling 鼎沣国际官网: a part of the brand
    page = _MIRROR.format(a="<span>鼎沣国际官网</span>", b="<span>国际娱乐送</span>", c="")
    text = clean_html(page, id="t").text
    assert "鼎沣" not in text
    assert "国际娱乐送" not in text
    assert "高层住户盼电梯，低层住户担心采光和噪声。" in text


def test_a_lone_piece_sharing_nothing_with_the_brand_stays() -> None:
    page = _MIRROR.format(a="<span>鼎沣国际官网</span>", b="<span>据介绍</span>", c="")
    assert "高层住户盼电梯，据介绍低层住户" in clean_html(page, id="t").text


def test_a_mirror_s_planted_pieces_prove_the_page_for_its_bare_brands() -> None:
    # the brand planted in a span proves the page; the same brand's form set bare in a
    # sentence then goes too
    page = _MIRROR.format(a="<span>鼎沣国际官网</span>", b="", c="鼎沣国际入口")
    text = clean_html(page, id="t").text
    assert "鼎沣" not in text
    assert "为此，各街道普遍推行“一梯一议”，由社区牵头召开楼栋会议" in text


@pytest.mark.parametrize(("line", "gone", "kept"), [
    # the sum a gift promo gives goes with it
    ("提供饮水和维修服务。某某官网 注册就送18元为方便市民夜间锻炼，绿道安装了路灯。", "18元",
     "提供饮水和维修服务。某某官网 为方便市民夜间锻炼，绿道安装了路灯。"),
    ("新会员首存即送188元彩金，24小时在线客服。", "188元", "新会员，24小时在线客服。"),
])
def test_a_gift_promo_goes_with_its_sum(line: str, gone: str, kept: str) -> None:
    from cleaners.document import Doc
    from cleaners.spam import LexiconSpam

    assert LexiconSpam()(Doc("d", text=line)).text == kept


def test_a_number_after_a_promo_that_gives_nothing_stays() -> None:
    from cleaners.document import Doc
    from cleaners.spam import LexiconSpam

    # 返水 gives no sum it names: the 3 after it is the sentence's
    text = LexiconSpam()(Doc("d", text="某某平台返水3天到账。")).text
    assert "3天到账" in text


def test_a_row_of_names_the_cuts_leave_with_a_stray_character_goes() -> None:
    from cleaners.spam.injection import _no_sentence_left

    assert _no_sentence_left("凯乐汇娱乐 凯乐汇娱乐官网 凯乐汇百家乐", "凯  百家乐")
    assert not _no_sentence_left("某某体育官网 某某体育app", " ")  # nothing left: no rest
    # counterexamples: a sentence left after a cut, a short line that lost little
    assert not _no_sentence_left("据悉，某某娱乐官网已被关停。", "据悉，已被关停。")
    assert not _no_sentence_left("记者 王某某娱乐官网", "记者 王")
    # the product words closing a row of names, the line opening with a cut
    assert _no_sentence_left("某某真人百家乐 某某真人官网入口 某某真人在线开户", "在线开户")
    assert _no_sentence_left("某某电竞投注平台 某某电竞英雄联盟竞猜", " 英雄联盟竞猜")
    # counterexamples: a clause left, a rest too long, a line that lost too little
    assert not _no_sentence_left("某某娱乐官网 据悉，会议召开", " 据悉，会议召开")
    assert not _no_sentence_left("某某娱乐官网入口 全县召开春耕备耕工作会议", " 全县召开春耕备耕工作会议")
    assert not _no_sentence_left("某某官网 在线开户", " 在线开户")


def test_a_side_column_s_tab_panels_of_prose_stay_hidden() -> None:
    # the same tab box in a side column of headlines beside the article: the article is found
    # without the hidden panels, and they are not in it
    article = ("<p>3月5日，全县春耕备耕工作会议召开，会议总结了去年农业生产情况，部署了今年的重点任务。</p>"
               "<p>会议指出，全县各级各部门要扎实抓好春耕备耕各项工作，确保粮食播种面积稳定在一百二十万亩以上。</p>"
               "<p>目前，全县已储备化肥三万吨、种子两千吨，检修各类农机具一万八千台套，农资供应总体充足。</p>"
               "<p>县农业农村局组织两百多名农技人员下沉一线，开展技术培训和田间指导，帮助农户解决实际困难。</p>")
    links = "".join(f"<li><a href='/n/{i}.html'>全县第{i}批重点项目集中开工建设</a></li>"
                    for i in range(8))
    page = (f"<html><head><style>{_TAB_CSS}</style></head><body><div class='art'>"
            f"<h1>全县春耕备耕工作会议召开</h1>{article}</div><div class='side'><ul>{links}</ul>"
            f"<div class='tab-box'>{_LABELS}{_PANELS}</div></div></body></html>")
    root = parse_html(page)
    assert root is not None
    assert len(tab_panels(hidden_elements(root))) == 2  # read as panels, then left out
    text = clean_html(page, id="t").text
    assert "帮助农户解决实际困难。" in text
    assert "出生医学证明登记表" not in text
