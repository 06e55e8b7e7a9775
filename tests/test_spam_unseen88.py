"""Round spamunseen88: what spamunseen87 left (a chopped phrase's pieces whose seam re-joins a
word but spells no selling phrase; a paper's credit under the text read after a mirror's 来源
row went), each on invented text with counterexamples.

- Two recurring strings whose sites take turns (x … y … x … y), re-joining a common word
  across their seam and naming a spam term together (棋牌游|戏平台), go from a proven page.
- A publisher and authors a spam cleaner took as the mirror's give way to the article's own
  credit the chrome took out (本文来源：某某晚报　记者：某某 under the text).
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam import InjectedFragments

# --- a chopped phrase's pieces taking turns, their seam re-joining a word -----------------

_BRAND = "宏泰娱乐ht8899.com"
_TURNS = ("区水务局今天宣布，明年起将把老旧供水管网改造范围扩展到城北两个街道，预计惠及居民一万余户。"
          "\n工作人员介绍，市民通过手机小程序{a}就能查询用水情况，发现漏水及时报修{b}。"
          f"\n施工由水务局委托的施工单位进行{_BRAND}，居民不需要承担费用。"
          "\n施工人员上门前会出示水务局发放的工作证{c}。如有疑问，可以拨打服务热线咨询{d}。"
          "\n区水务局将在每期工程完成后评估效果，并向区人大常委会报告。")


def _seam_cuts(a: str, b: str, c: str, d: str) -> list[str]:
    text = _TURNS.format(a=a, b=b, c=c, d=d)
    at = text.index(_BRAND)
    spans = [(at, at + len(_BRAND), "the brand")]
    return [text[x:y] for x, y, _ in InjectedFragments()._seam_word_pieces(text, spans)]


def test_pieces_taking_turns_that_rejoin_a_word_and_name_a_spam_term_go() -> None:
    assert sorted(_seam_cuts("棋牌游", "戏平台", "棋牌游", "戏平台")) == sorted(
        ["棋牌游", "戏平台"] * 2)


@pytest.mark.parametrize("pieces", [
    ("棋牌游", "棋牌游", "戏平台", "戏平台"),   # not in turn: x x y y
    ("手机游", "戏机构", "手机游", "戏机构"),   # together they name no spam term
])
def test_recurring_strings_not_taking_turns_or_naming_no_term_stay(
        pieces: tuple[str, str, str, str]) -> None:
    assert _seam_cuts(*pieces) == []


# --- the article's own credit read after a mirror's row went --------------------------------

_CREDIT_PAGE = """城南社区新建口袋公园开放
2026-06-02 10:20　来源：鑫瑞体育官方平台　作者：鑫瑞体育小编
　　6月1日，城南社区利用闲置空地改造的口袋公园正式开放，园内新增健身步道、儿童游乐区和休闲座椅。
　　社区负责人介绍，改造方案征求了居民意见，鑫瑞体育官方平台周边居民步行五分钟即可到达。
　　据了解，今年全区计划建成口袋公园十二个，目前已完成七个。
（来源：鑫瑞体育 xr6688.com　作者：客服小雅 微信xr668899）
{credit}
责任编辑：周一帆"""


def test_the_papers_credit_under_the_text_names_the_publisher_once_the_mirrors_row_goes(
        ) -> None:
    doc = clean_text(_CREDIT_PAGE.format(credit="本文来源：南湖日报　记者：许清和"))
    assert (doc.meta.source_name, doc.meta.authors) == ("南湖日报", ("许清和",))
    assert "鑫瑞体育" not in doc.text


def test_a_credit_naming_the_brand_names_no_publisher() -> None:
    doc = clean_text(_CREDIT_PAGE.format(credit="本文来源：鑫瑞体育官方平台"))
    assert doc.meta.source_name is None
