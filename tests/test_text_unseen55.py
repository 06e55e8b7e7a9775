"""National media's and big portals' articles saved as text (gold_like gl436-gl441): a
broadcaster's video page, a wire service's, a national daily's site, a portal's, a news app's
web article and a finance site's. A daily's site credits the article to its own paper after
the site's name (来源：某某网－《某某日报》, 某某网-某某日报): the paper printed it and is the
publisher. Each in both scripts. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.names import clean_source
from tests.scripts import to_traditional


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("raw", "want"), [
    ("某某日报网－《某某日报》", "某某日报"),
    ("来源：某某网－某某日报", "某某日报"),
    ("某某网-《 某某晚报 》", "某某晚报"),
    ("某某网 - 某某日报（海外版）", "某某日报（海外版）"),
    # the paper's issue and page after its name, cut off as for a paper alone
    ("某某网－某某日报（2025年11月24日 第04版）", "某某日报"),
    # counterexamples: a channel, an app, an agency or a supplement after the dash names no
    # paper; a paper before the site's name is no site's reprint
    ("某某网－社会频道", "某某网"),
    ("某某网-某某客户端", "某某网-某某客户端"),
    ("某某网－某某社", "某某网－某某社"),
    ("某某网-文艺副刊", "某某网-文艺副刊"),
    ("某某日报-某某网", "某某日报-某某网"),
    ("某某网－某某日报 某某", "某某网－某某日报 某某"),
])
def test_a_sites_reprint_of_its_paper_names_the_paper(raw: str, want: str, script: str) -> None:
    if script == "hant":
        raw, want = to_traditional(raw), to_traditional(want)
    assert clean_source(raw) == want


_PARAS = ["清晨八点，某某街道养老服务站里已经热闹起来。几位老人围坐在活动室里下象棋。",
          "这座服务站由一处闲置的办公用房改造而成，开放一年来已为周边1400多名老人提供服务。",
          "据介绍，服务站采取“政府搭台、企业运营、社区参与”的模式，老人用餐享受分档补贴。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("credit", "source"), [
    ("来源：某某日报网－《某某日报》", "某某日报"),
    ("来源：某某网-某某日报", "某某日报"),
    ("来源：某某网", "某某网"),  # counterexample: the site alone publishes the article
])
def test_a_national_dailys_site_credits_its_paper(credit: str, source: str,
                                                   script: str) -> None:
    page = "\n".join(["某某日报网", "首页 | 要闻 | 时政 | 评论 | 经济 | 文化 | 社会",
                      "某某日报网 >> 社会", "“家门口”的养老服务站 让老人有了新去处", "程某某",
                      f"2025年11月24日07:58 | {credit}", "小字号", *_PARAS,
                      "分享让更多人看到", "推荐阅读", "社区食堂如何办得长久",
                      "（责编：孔某、魏某）", "某某日报网版权所有，未经书面授权禁止使用"])
    if script == "hant":
        page, source = to_traditional(page), to_traditional(source)
    doc = clean_text(page)
    assert doc.meta.source_name == source
    assert doc.meta.authors == (to_traditional("程某某") if script == "hant" else "程某某",)
    assert len(doc.text.split("\n")) == len(_PARAS)


_FINANCE = ["截至11月21日，储能板块已有42家上市公司披露三季报，其中31家前三季度净利润同比增长。",
            "多位分析人士认为，随着海外大型储能项目陆续落地，行业景气度有望延续。"]


def _finance_page(strip: list[str], *, under: bool) -> str:
    head = ["某某财经", "首页 | 快讯 | 股票 | 基金 | 债券 | 数据中心", "某某财经 > 股票 > 正文",
            "储能板块三季度业绩普遍向好 海外订单成增长引擎", "2025年11月24日 16:42  来源：某某快报"]
    foot = ["风险提示：本文所提到的观点仅代表个人意见，所涉及标的不作推荐，据此买卖，风险自负。",
            "沪ICP备15011234号-1"]
    return "\n".join([*head, *(() if under else strip), *_FINANCE, *(strip if under else ()),
                      *foot])


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("under", [True, False])
@pytest.mark.parametrize("strip", [
    ["相关股票：", "某某电气", "+3.12%", "某某材料", "-0.85%"],
    ["相关个股", "某某电气", "28.46", "+3.12%", "", "某某材料(300812)", "15.73", "-0.85%"],
    ["相关股票：", "某某电气 600123", "28.46 +3.12%"],
])
def test_a_quote_strips_chips_one_a_line_go(strip: list[str], under: bool, script: str) -> None:
    page = _finance_page(strip, under=under)
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page)
    assert len(doc.text.split("\n")) == len(_FINANCE)
    assert "3.12%" not in doc.text
    assert "0.85%" not in doc.text


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_heading_under_a_quote_strip_stays(script: str) -> None:
    # counterexample: the strip ends on its last change; the section's short heading under it
    # (no figure after it) is the article's
    page = _finance_page(["相关股票：", "某某电气", "+3.12%", "行业概况"], under=False)
    if script == "hant":
        page = to_traditional(page)
    lines = clean_text(page).text.split("\n")
    assert lines[0] == (to_traditional("行业概况") if script == "hant" else "行业概况")
    assert not any("3.12%" in ln for ln in lines)


def test_figures_one_a_line_without_a_strips_label_stay() -> None:
    # counterexample: a table's cells one a line in the text, no 相关股票 label over them
    cells = ["品种", "本周均价", "环比", "大白菜", "1.36", "+11.5%", "西红柿", "4.80", "+6.2%"]
    page = _finance_page(cells, under=True)
    lines = clean_text(page).text.split("\n")
    assert "+11.5%" in lines
    assert "+6.2%" in lines
    assert "西红柿" in lines
