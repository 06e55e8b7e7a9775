"""Round inject65: a product word opening a piece that recurs between varied characters (the
piece 彩票充 of a chopped 彩票充值返利日结) names a page nothing else names, so the piece model
reads it; on a mirror, a brand named with a proper name or an auspicious word before 城 or 汇
(吉祥城) goes as a coined name does, so does one planted twice at chance places, and a Latin
name with a number right after a closing quote, and a lucky number's name touching a cut
piece. Every page and string here is invented for the test."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.injection import _opened_pieces
from cleaners.spam.lexicon import product_words
from cleaners.spam.stats import shared_stats
from tests.test_spam_inject64 import _mirror_rest


def _cleaned(text: str) -> str:
    return InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


_ARTICLE = (
    "湖畔街道开展夏季消防安全检查\n"
    "近日，湖畔街道组织应急办、派出所和社区网格员，对辖区沿街商铺、出租屋和老旧小区开展夏季消防安全检查。\n"
    "检查中，工作人员重点查看了灭火器材配备、疏散通道畅通和电动自行车停放充电情况，对发现的问题当场指出并督促整改。\n"
    "在一家小餐馆后厨，检查人员发现燃气软管老化开裂，随即要求店主更换新管并加装燃气报警器。\n"
    "街道负责人表示，夏季用电负荷大，火灾隐患多，将持续开展拉网式排查，做到隐患早发现、早消除。\n"
    "下一步，街道还将联合社区开展消防演练和宣传进楼栋活动，提高居民的防火意识和自救能力。\n"
    "居民王女士说，检查人员讲得很细，自己回家就把插线板换掉了。")
# The same article with a phrase's three pieces planted between words, no brand: no piece
# splits a word, so no other sign names the page.
_PLANTED = (
    "湖畔街道开展夏季消防安全检查\n"
    "近日，湖畔街道组织应急办、派出所和社区网格员，对辖区沿街商铺、出租屋和老旧小区开展彩票充夏季消防安全检查。\n"
    "检查中，工作人员重点查看了灭火器材配备、疏散通道值返畅通和电动自行车停放充电情况，对发现的问题利日结当场指出并督促整改。\n"
    "在一家小餐馆后厨，检查人员发现燃气软管老化开裂，随即要求店主彩票充更换新管并加装值返燃气报警器。\n"
    "街道负责人表示，夏季用电负荷大，火灾隐患多，将持续利日结开展拉网式排查，做到隐患早发现、早消除彩票充。\n"
    "下一步，街道还将联合社区开展消防演练和宣传进楼栋活动，提高居民的防火意识和值返自救彩票充能力。\n"
    "居民王女士说，检查人员讲得很细，利日结自己回家就把插线板换掉了。")


def test_a_piece_a_product_word_opens_names_the_page() -> None:
    assert _cleaned(_PLANTED) == _ARTICLE


def test_a_trade_compound_named_by_its_news_stays() -> None:
    # 电子烟 recurs between varied characters (no dictionary word): it names the page, but no
    # phrase's pieces follow, so nothing is cut
    text = ("市场监管部门开展电子烟专项检查\n"
            "近日，市市场监管局联合烟草专卖部门对城区商超、便利店开展专项检查，重点查处向未成年人销售电子烟的行为。\n"
            "检查发现，个别门店未在显著位置设置不向未成年人出售电子烟标识，执法人员当场责令整改。\n"
            "据介绍，今年以来全市已立案查处违规销售案件十二起，收缴各类电子烟产品八百余支。")
    assert _cleaned(text) == text


@pytest.mark.parametrize(("text", "pieces"), [
    # three sites, each between different characters: the piece
    ("开展彩票充夏季检查，店主彩票充更换新管，早消除彩票充。", ["彩票充"]),
    # twice only: an article names its compound twice after different words
    ("开展彩票充夏季检查，店主彩票充更换新管。", []),
    # a word of the trade (棋牌室) recurring after varied words
    ("依法查处棋牌室赌博，关停棋牌室三家，整治无证棋牌室经营。", []),
    # the same character after it each time: a compound's own run (电子商务)
    ("发展电子商务，培训电子商务人才，县电子商务中心。", []),
    # a character standing alone after the product word: the article's grammar
    ("发展体育的产业，重视体育的作用，推广体育的文化。", []),
])
def test_opened_pieces(text: str, pieces: list[str]) -> None:
    assert _opened_pieces(shared_stats(), text, product_words(text)) == pieces


# --- a word name before an operator's one-character ending (吉祥城, 福星城) on a mirror -------

@pytest.mark.parametrize(("line", "brand"), [
    ("今年以来，全县新增就业岗位三千吉祥城多个，城镇登记失业率保持低位。", "吉祥城"),
    ("近日，市气象台福星城发布暴雨蓝色预警，提醒市民减少外出。", "福星城"),
])
def test_a_word_named_ending_brand_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_rest(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # a trade's noun before 城: the market the article names
    "市区新开的家具城吸引了不少市民前去选购。",
    # the goal of a visit: a venue
    "周末来到吉祥城逛街的市民络绎不绝。",
])
def test_a_market_or_venue_named_before_an_ending_stays_on_a_mirror(line: str) -> None:
    assert _mirror_rest(line) == line


# --- a brand planted twice, a Latin name after a closing quote, on a mirror ---------------

@pytest.mark.parametrize(("line", "brand"), [
    # the same brand at two places, between different characters each side
    ("志愿者们在河道两岸琨昱真人清理垃圾，高速公路琨昱真人车流量较大。", "琨昱真人"),
    # a Latin name with a number glued after a closing quote
    ("街道推行“一窗通办”kx668，群众办事更加便捷。", "kx668"),
])
def test_a_twice_planted_or_quote_glued_brand_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_rest(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # an article names its company twice, each time after a comma, before what it says of it
    "据介绍，琨昱国际成立于2015年，琨昱国际现有员工三百多人。",
    "据介绍，琨昱真人位于城东，琨昱真人的员工有三百多人。",
    # one copy inside a longer name, cited: both copies stay
    "本届赛事由琨昱电竞俱乐部承办，琨昱电竞是本地知名战队。",
])
def test_a_company_named_twice_in_the_same_frame_stays_on_a_mirror(line: str) -> None:
    assert _mirror_rest(line) == line


# --- a lucky number and its name touching a cut piece (66鑫旺|注平台) on a mirror ----------

def test_a_lucky_numbered_name_beside_a_cut_goes_from_a_mirror() -> None:
    line = "村集体经济66鑫旺注平台收入从几万元增加到几十万元。"
    assert _mirror_rest(line) == "村集体经济收入从几万元增加到几十万元。"


@pytest.mark.parametrize(("line", "kept"), [
    # the article's counts and scores beside the cut piece: a measure or a classifier
    ("全村共有66户注平台村民参加了培训。", "全村共有66户村民参加了培训。"),
    ("今年已有88名注平台学员顺利结业。", "今年已有88名学员顺利结业。"),
    ("年度评比中他拿到了99分注平台的好成绩。", "年度评比中他拿到了99分的好成绩。"),
])
def test_a_count_beside_a_cut_stays_on_a_mirror(line: str, kept: str) -> None:
    assert _mirror_rest(line) == kept
