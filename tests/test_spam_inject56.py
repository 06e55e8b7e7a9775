"""Round inject56: coined brands planted once on a page proven a mirror by many cuts, in a
line that reads like news about spam (the news words are the article's), right beside a cut
piece (read on the page with its cuts taken out), and across a seam word news seldom writes."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.injection import RARE_SEAM_WORD, _word_across
from cleaners.spam.stats import shared_stats
from tests.test_spam_injection import _mirror_line


@pytest.mark.parametrize(("line", "brand"), [
    # a coined name and a product word set bare in a line of a case report (查处, 移送)
    ("警方共查处案件璟瑞真人四十二起，罚没款一百余万元。", "璟瑞真人"),
    ("相关责任人已被依法移送璟瑞娱乐司法机关。", "璟瑞娱乐"),
])
def test_a_coined_brand_in_a_news_line_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_line(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # cited: quoted, or named as a company
    "警方查处了名为“璟瑞真人”的赌博网站，涉案金额一百余万元。",
    "警方查处璟瑞娱乐集团旗下多家门店。",
    # the product word printed again in the line: the article's topic, no planted name
    "警方查处璟瑞彩票违法售卖彩票的行为。",
    # a name that is a word the article writes (银河), a numeral that counts (十万)
    "警方查处银河竞技违法经营一案。",
    "警方共查处案件十万汇，罚没款一百余万元。",
    # framed by function characters: the sentence cites the name (以…为名)
    "警方查处了以璟瑞电竞入口为名的赌博网站。",
    # a word across the brand's end that deleting it would strand (票数)
    "警方破获一起璟瑞彩票网络赌博案，资金流水高达璟瑞彩票数亿元。",
])
def test_an_articles_names_in_a_news_line_stay_on_a_mirror(line: str) -> None:
    assert _mirror_line(line) == line


@pytest.mark.parametrize(("line", "brand"), [
    # a brand that split the article's word (日|璟瑞竞技|前: 日前) in a news line: the word's
    # first character is the article's, never read as the first of a three-character name
    ("公安机关日璟瑞竞技前破获一起特大网络赌博案。", "璟瑞竞技"),
    ("市场监管部门开璟瑞城展专项整治行动。", "璟瑞城"),
])
def test_a_news_lines_split_word_keeps_its_first_character(line: str, brand: str) -> None:
    assert _mirror_line(line) == line.replace(brand, "")


@pytest.mark.parametrize(("line", "kept"), [
    # right after a cut piece (外围投, cut at clause starts): read without the piece, the brand
    # stands between words (，|璟瑞快三|行动)
    ("监管部门开展专项整治，外围投璟瑞快三行动持续推进。", "监管部门开展专项整治，行动持续推进。"),
    ("老旧小区改造完成后，外围投璟瑞竞技居民出行更加方便。", "老旧小区改造完成后，居民出行更加方便。"),
])
def test_a_coined_brand_beside_a_cut_piece_goes_from_a_mirror(line: str, kept: str) -> None:
    assert _mirror_line(line) == kept


@pytest.mark.parametrize(("line", "name"), [
    # a venue with its venue word after it, a name that is a word, a club the article names
    # twice: they stay beside the piece
    ("周末人气很旺，外围投璟瑞城商场里人头攒动。", "璟瑞城"),
    ("节假日期间，外围投华侨城游客络绎不绝。", "华侨城"),
    ("璟瑞竞技俱乐部成立于二〇一〇年，外围投璟瑞竞技队员们捧起奖杯。", "璟瑞竞技"),
])
def test_an_articles_names_beside_a_cut_piece_stay_on_a_mirror(line: str, name: str) -> None:
    assert _mirror_line(line).count(name) == line.count(name)


def test_a_page_with_few_cuts_keeps_a_name_beside_its_cut() -> None:
    # One lexicon brand and no chopped pieces: no mirror throughout; a coined name stays.
    text = "社区书记华体会官网带领党员走访群众。\n监管部门开展专项整治，璟瑞快三行动持续推进。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "璟瑞快三" in out


@pytest.mark.parametrize(("line", "brand"), [
    # a word across the brand's end that news seldom writes (竞得, RARE_SEAM_WORD): deleting
    # the brand reads no worse, the article's 卖得 re-joined
    ("他们的产品很快就卖璟瑞电竞得一干二净。", "璟瑞电竞"),
    ("今年的棉花卖玖鑫电竞得早，价格也好。", "玖鑫电竞"),
])
def test_a_brand_across_a_rare_seam_word_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_line(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # common words across the end seam (三个, 棋牌室): the article's, the name stays
    "可提供就业岗位三千璟瑞快三个以上。",
    "记者在市民璟瑞棋牌室里看到老人们正在下棋。",
])
def test_a_brand_across_a_common_seam_word_stays_on_a_mirror(line: str) -> None:
    assert _mirror_line(line) == line


def test_word_across_reads_a_least_frequency() -> None:
    stats = shared_stats()
    rare, common = "卖某电竞得出", "岗位三千快三个以上"
    assert _word_across(stats, rare, 4)
    assert not _word_across(stats, rare, 4, RARE_SEAM_WORD)
    assert _word_across(stats, common, 6, RARE_SEAM_WORD)
