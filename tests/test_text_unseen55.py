"""National media's and big portals' articles saved as text (gold_like gl436-gl441): a
broadcaster's video page, a wire service's, a national daily's site, a portal's, a news app's
web article and a finance site's. A daily's site credits the article to its own paper after
the site's name (来源：某某网－《某某日报》, 某某网-某某日报): the paper printed it and is the
publisher. Each in both scripts. Names are invented."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text
from cleaners.names import clean_source

_S2T = opencc.OpenCC("s2t")


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
        raw, want = str(_S2T.convert(raw)), str(_S2T.convert(want))
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
        page, source = str(_S2T.convert(page)), str(_S2T.convert(source))
    doc = clean_text(page)
    assert doc.meta.source_name == source
    assert doc.meta.authors == (str(_S2T.convert("程某某")) if script == "hant" else "程某某",)
    assert len(doc.text.split("\n")) == len(_PARAS)
