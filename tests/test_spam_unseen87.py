"""Round spamunseen87: what a spam cut leaves of a line is read as chrome.lines would read it
(a footer a brand was glued to goes, an article's line stays), and a page in traditional
script scores as its simplified twin. Every string here is invented for the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import opencc
import pytest

from cleaners import clean_text
from cleaners.chrome.common import chrome_left
from cleaners.document import Doc, Removal
from cleaners.registry import default_chain
from cleaners.spam import SpamScore

if TYPE_CHECKING:
    from collections.abc import Callable

_S2T = opencc.OpenCC("s2t")


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


_SAID = ("会议指出，全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。"
         "农资储备充足，农机具检修到位，群众生产积极性高涨。")


@pytest.mark.parametrize(("before", "after", "code"), [
    ("青禾县人民政府办公室主办　某·某·娱·乐", "青禾县人民政府办公室主办　", "site_slogan"),
    ("【打印此页】【关闭窗口】某·某·娱·乐", "【打印此页】【关闭窗口】", "page_tools"),
    ("网站标识码：4507000012 某某体育官网入口", "网站标识码：4507000012 ", "copyright_notice"),
    ("青禾縣人民政府辦公室主辦　某·某·娛·樂", "青禾縣人民政府辦公室主辦　", "site_slogan"),
    # counterexamples: a sentence left, a line cut to nothing, a line not cut
    ("村民监督员说，某某娱乐沟渠用多少水泥我们天天盯着。", "村民监督员说，沟渠用多少水泥我们天天盯着。",
     None),
    ("某·某·娱·乐", "", None),
    # a paragraph the cut re-joined is prose, whatever a rule reads in it (said twice)
    (_SAID + "某某娱乐" + _SAID, _SAID * 2, None),
    ("责任编辑：杜明远", "责任编辑：杜明远", None),
])
def test_what_a_cut_leaves_is_read_as_chrome(before: str, after: str, code: str | None) -> None:
    lines = ["某县召开秋冬季农田水利建设推进会，部署全县清淤整塘工作。", after]
    found = chrome_left(lines, {1: before})
    assert (found[1].code if 1 in found else None) == code


def test_a_line_that_was_chrome_before_the_cut_stays() -> None:
    # chrome.lines met it and kept it for the page's structure: the cut changes nothing there
    lines = ["某县召开推进会。", "责任编辑：杜明远 "]
    assert chrome_left(lines, {1: "责任编辑：杜明远 某·某·娱·乐"}) == {}  # editor_credit


PAGE = ("青禾县人民政府门户网站\n首页 > 政务公开 > 部门动态\n青禾县秋粮收购工作有序推进\n"
        "发布时间：2026-10-12 09:00　信息来源：县发改局\n"
        "　　入秋以来，青禾县{a}统筹做好秋粮收购各项工作，全县已收购中晚稻一点二万吨。\n"
        "　　县发改局{b}组织粮食企业开展预约收购，引导农户错峰售粮，减少排队等候时间。\n"
        "　　下一步，该县将加强市场监测，确保种粮农民“卖得出、卖得好”。\n"
        "【打印此页】【关闭窗口】\n"
        "青禾县人民政府办公室主办　{c}")


def test_a_footer_a_spelled_out_brand_was_glued_to_goes(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=PAGE.format(a="雯·澜·娱·乐", b="雯·澜·娱·乐", c="雯·澜·娱·乐")))
    assert "娱" not in out.text
    assert "主办" not in out.text
    assert "全县已收购中晚稻一点二万吨。" in out.text
    assert [r.rule for r in out.removals if r.text.startswith("青禾县人民政府办公室主办")] == [
        "cut_chrome_rest"]


def test_a_clean_footer_is_chrome_lines_own(chain: Callable[[Doc], Doc]) -> None:
    # no brand cut: chrome.lines takes the footer, no spam cleaner records anything
    out = chain(Doc("d", text=PAGE.format(a="", b="", c="")))
    assert "主办" not in out.text
    assert not [r for r in out.removals if r.cleaner.startswith("spam.")]


@pytest.mark.parametrize("text", [
    # selling terms in lines of their own, no news around them: scored by their count
    "市里召开会议，部署近期工作。\n" * 3 + "时时彩计划 真人百家乐 开云体育\n",
    # a page of them: dropped
    "\n".join(["澳门新葡京官网 时时彩计划 注册送彩金", "开云体育 真人百家乐 首存送",
               "幸运飞艇 体验金 返水"]),
    # a raid report names them: no score
    "公安机关破获一起网络赌博案，涉案网站以百家乐、时时彩引诱群众参赌。\n警方提醒，注册送彩金都是圈套。",
])
def test_a_traditional_page_scores_as_its_simplified_twin(text: str) -> None:
    score = SpamScore()
    hans, hant = score(Doc("d", text=text)), score(Doc("d", text=_S2T.convert(text)))
    assert hant.meta.spam_score == hans.meta.spam_score
    assert (hant.dropped is None) == (hans.dropped is None)
    assert hant.meta.tags == hans.meta.tags


def test_hidden_spam_in_traditional_script_tags_the_page() -> None:
    hidden = Removal("html.prune", "hidden", "display:none", _S2T.convert("澳门新葡京 开云体育官网入口"),
                     "html")
    out = SpamScore()(Doc("d", text="某县召开推进会，部署秋粮收购工作。", removals=(hidden,)))
    assert out.meta.spam_score == SpamScore()(Doc("d", text="某县召开推进会，部署秋粮收购工作。",
                                                  removals=(Removal(
                                                      "html.prune", "hidden", "display:none",
                                                      "澳门新葡京 开云体育官网入口", "html"),
                                                  ))).meta.spam_score
    assert "spam_suspect" in out.meta.tags


def test_a_brand_in_the_title_and_source_of_a_traditional_page_goes() -> None:
    page = ("某某街道啓動背街小巷改造工程-金恆娛樂(中國)官方網站\n"
            "發布時間：2026-06-01 09:30  來源：金恆娛樂·(中國)官方網站  作者：王某某\n"
            "近日，某某街道背街小巷改造工程正式啓動，首批12條小巷將於年內完工，惠及居民近千戶。\n"
            "街道相關負責人表示，將嚴格把好施工安全和質量關，逐步在轄區其他小巷推廣。")
    doc = clean_text(page)
    assert doc.meta.title == "某某街道啓動背街小巷改造工程"
    assert doc.meta.source_name is None
    assert {r.rule for r in doc.removals if r.cleaner == "spam.brands"} == {
        "brand_in_title", "brand_as_source"}


@pytest.mark.parametrize(("text", "joined"), [
    ("取得职业资格证书黛🔥岚🎯体⚽育或职业技能等级证书", ["黛岚体育"]),
    ("三、申领方式 黛⚽岚🎯体🎲育", ["黛岚体育"]),
    ("某·某·娱·乐和黛🔥岚🎯体⚽育", ["某某娱乐", "黛岚体育"]),
    # counterexamples: no product word at the end, a common name, a symbol between two pieces
    ("春🌸天🌸来🌸了", []),
    ("加🔥油🔥好🔥样", []),
    ("中🔥国🎯体⚽育", []),
    ("开云★体育", []),
])
def test_a_name_spelled_out_with_emoji_between_its_characters(text: str,
                                                              joined: list[str]) -> None:
    from cleaners.spam.lexicon import marked_brand_runs
    from cleaners.spam.stats import shared_stats

    assert [j for _, _, j in marked_brand_runs(text, shared_stats())] == joined


NOTICE = ("溱阳县人力资源和社会保障局\n关于做好职业技能提升补贴申领工作的通知\n"
          "发布日期：2026-04-20　来源：县人社局\n各乡镇人民政府，县直各单位：\n"
          "一、补贴对象\n"
          "　　参加失业保险累计缴费满1年以上、取得职业资格证书{a}的企业职工，可申领补贴。\n"
          "二、申领方式{b}\n"
          "　　符合条件的人员可通过县人社局网上办事大厅在线申领，也可到县政务服务中心现场办理。\n")


def test_emoji_spelled_brands_at_two_sites_prove_the_page(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=NOTICE.format(a="砚🔥舟🎯体⚽育", b=" 砚⚽舟🎲体💰育"))).text
    assert "砚" not in out
    assert "取得职业资格证书的企业职工" in out
    assert "二、申领方式" in out


def test_one_emoji_spelled_brand_proves_nothing(chain: Callable[[Doc], Doc]) -> None:
    # one run may be a style: nothing else on the page names spam
    out = chain(Doc("d", text=NOTICE.format(a="砚🔥舟🎯体⚽育", b=""))).text
    assert "砚🔥舟🎯体⚽育" in out


MIRROR = ("水務署擴展智能水錶計劃\n"
          "　　水務署今日宣布，將把智能水錶安裝計劃擴展至兩區，工程分三期進行恆晟娛樂，於年底前完成。\n"
          "　　住戶透過手機應用程式棋牌遊即可查閱用水紀錄，及早發現屋內水管滲漏戲平台。\n"
          "　　安裝工程由承辦商進行恆晟娛樂hs3388.com，住戶毋須繳付任何費用。承辦商職員上門前會預先"
          "張貼通告，並會出示職員證棋牌遊。如有懷疑，市民可致電熱線查詢戲平台。\n")


def test_a_mirrors_own_words_stay_beside_its_pieces(chain: Callable[[Doc], Doc]) -> None:
    # a time clause before its verb (上門前|會預先: 會 "will") is no name with an operator's
    # ending, and a product word opening a recurring piece (程式|棋牌遊, 職員證|棋牌遊) is no
    # name's: the words before it stay
    out = chain(Doc("d", text=MIRROR)).text
    assert "恆晟" not in out
    assert "hs3388" not in out
    assert "承辦商職員上門前會預先張貼通告" in out
    assert "出示職員證" in out


FIELDS = ("溪城晚报数字报\n老城区社区食堂“上新”\n"
          "2026-08-21 09:15　来源：翎渊体育官方平台　作者：翎渊体育小编\n"
          "　　桂花巷社区食堂今年6月开业，由街道提供场地、引入专业餐饮企业运营，翎渊体育官方平台"
          "每天供应午餐和晚餐，两荤一素加一份汤只要十二元。\n"
          "　　食堂负责人介绍，开业两个多月来，每天就餐人数稳定在三百人次左右。\n"
          "（来源：翎渊体育 ly5566.com　作者：客服小美）\n")


def test_a_brand_with_its_address_in_a_lifted_row_proves_the_page(
        chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=FIELDS))
    assert "翎渊" not in out.text
    assert "官方平台" not in out.text
    assert "引入专业餐饮企业运营，每天供应午餐和晚餐" in out.text
    assert out.meta.source_name is None
    assert "客服小美" not in out.meta.authors


def test_a_row_naming_a_real_publisher_proves_nothing(chain: Callable[[Doc], Doc]) -> None:
    # the same row with a paper's name and no address: nothing is cut
    page = FIELDS.replace("翎渊体育 ly5566.com", "溪城晚报").replace("客服小美", "韩素云")
    out = chain(Doc("d", text=page))
    assert "翎渊体育官方平台每天供应午餐和晚餐" in out.text
