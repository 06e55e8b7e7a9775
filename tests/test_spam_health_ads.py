"""Health-product adverts (round spamlex): slimming, breast enhancement, height, skin whitening
and spots, hair growth. An advert's row of promises goes; news and health writing that names
the trades' nouns (减肥, 丰胸产品, 增高药, 祛斑霜, 生发液) stays, and so do the words the
terms share with ordinary prose (大坝增高, 卫生发展)."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import LexiconSpam

ARTICLE = "会议指出，全县各级各部门扎实抓好春耕备耕各项工作。"
AFTER = "农资储备充足，农机具检修到位。"


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


@pytest.mark.parametrize(("row", "gone"), [
    # slimming
    ("月瘦十斤 不节食不运动 躺着也能瘦 无效退款", "月瘦十斤"),
    ("减肥丰胸 快速减肥 瘦身不反弹 加微信jf66688", "瘦身不反弹"),
    # breast enhancement
    ("丰胸产品 快速丰胸 一周升杯 加微信fx88866", "一周升杯"),
    # height
    ("快速增高 增高神器 增高秘方 全国包邮", "增高秘方"),
    ("增高药 快速增高 咨询电话13922886611", "快速增高"),
    # skin whitening and spots
    ("快速祛斑 祛斑不反弹 祛斑霜 美白针", "祛斑不反弹"),
    # hair growth
    ("快速生发 生发神器 生发液 生发水", "生发神器"),
])
def test_a_health_product_advert_row_goes(clean: LexiconSpam, row: str, gone: str) -> None:
    out = clean(Doc("d", text=f"{ARTICLE}\n{row}\n{AFTER}")).text
    assert out == f"{ARTICLE}\n{AFTER}"
    assert gone not in out


@pytest.mark.parametrize("line", [
    # slimming: a doctor's advice, a health bureau's warning quoting the promises
    "营养科医生提醒，快速减肥容易造成肌肉流失，减肥应循序渐进。",
    "不少人想在一两个月内快速瘦身，结果节食过度，反而伤了身体。",
    "提醒市民不要轻信网上宣称“月瘦十斤”“不节食不运动”的减肥产品。",
    # breast enhancement: a market-regulation raid
    "执法人员查扣一批丰胸产品，包括丰胸精油、丰胸霜等十余个品种。",
    # height: a school's health check; 增高 of a dam is no term
    "儿科医生表示，不要给孩子乱吃所谓的增高药，也不要轻信“快速增高”的广告。",
    "大坝增高工程完工后，水库库容增加三成。",
    # skin: a dermatologist's clinic and a patient harmed by a cream
    "医院开设了祛斑门诊，由皮肤科医生根据色斑类型制定方案。",
    "有患者轻信网购的祛斑霜，用后面部红肿，检测发现汞含量超标。",
    # hair: a clinic's warning; 卫生发展 holds 生发 and is no term
    "市面上一些生发液、生发水宣称“一周长出新发”，并无科学依据。",
    "卫生发展规划提出，到2030年每千人口执业医师数达到四人。",
])
def test_the_health_trades_topic_words_stay_in_news(clean: LexiconSpam, line: str) -> None:
    assert clean(Doc("d", text=line)).text == line
