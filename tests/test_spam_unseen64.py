"""Spam kinds the gold_like pages had not held (round spamunseen64, gl496-gl501): a mirror's
page in the shape of an encyclopedia entry on a casino operator, invoice touts' rows as cells of
a notice's table, and brand initials spelled with Cyrillic letters that look Latin; with them,
the notice's own numbered parts the table and its contact row sit in. Every string here is
invented for the test; none is a page's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners import clean_text
from cleaners.document import Doc
from cleaners.normalize import plain_lookalikes
from cleaners.registry import default_chain
from cleaners.spam import LexiconSpam
from cleaners.spam.lexicon import shared_lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

ARTICLE = "会议强调，各乡镇要把秋冬季农田水利建设作为当前的重点工作抓紧抓实。"
AFTER = "全县已完成清淤沟渠八十余公里。"


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


def test_no_coined_brand_of_the_pages_is_in_a_lexicon() -> None:
    # the pages' brands are found by shape and evidence, as on the hidden set
    entries = shared_lexicon().entries
    assert not any(name in entries for name in ("恒发娱乐", "恒发", "永利汇娱乐", "永利汇",
                                                "hf体育", "hf"))


@pytest.mark.parametrize(("written", "read"), [
    ("在ВОВ体育官网注册", "在BOB体育官网注册"),  # Cyrillic В, О glued to the product word
    ("КУ体育", "KY体育"),  # a Cyrillic У looks like Y
    # counterexamples: a Russian word has letters that look like no Latin one, an
    # abbreviation in brackets is not glued to a Han character, a Greek letter alone is a
    # symbol, a Roman numeral is left to NFKC
    ("Москва市", "Москва市"),
    ("塔斯社（ТАСС）报道", "塔斯社（ТАСС）报道"),
    ("β受体阻滞剂", "β受体阻滞剂"),
    ("第Ⅱ阶段", "第Ⅱ阶段"),
    ("Мир报", "Мир报"),
])
def test_lookalike_initials_glued_to_han_read_as_latin(written: str, read: str) -> None:
    assert plain_lookalikes(written) == read


def test_a_brand_in_cyrillic_initials_inside_a_sentence_goes(chain: Callable[[Doc], Doc]) -> None:
    line = "今年以来，全县共化解矛盾纠纷九百余件，ВОВ体育官网调解成功率达百分之九十以上。"
    out = chain(Doc("d", text=f"{ARTICLE}\n{line}\n{AFTER}")).text
    assert "体育官网" not in out
    assert "共化解矛盾纠纷九百余件，调解成功率达百分之九十以上。" in out


TABLE = [
    "序号\t标段名称\t中标单位\t中标金额（万元）",
    "1\t某某镇村道硬化工程\t某某路桥建设有限公司\t286.50",
    "2\t某某乡农村公路养护工程\t某某市政工程有限公司\t112.80",
]


@pytest.mark.parametrize("row", [
    "3\t代开全国各地增值税专用发票\t点数低 可验证 可查询\t薇：fp1234",
    "3\t各类发票代开 普票专票\t当天出票 顺丰包邮\tQQ：12345678",
])
def test_an_invoice_touts_row_among_a_tables_cells_goes(row: str) -> None:
    # (the handles as normalize.text leaves them: full-width letters and digits made ASCII)
    text = "\n".join([ARTICLE, TABLE[0], TABLE[1], row, TABLE[2], AFTER])
    out = LexiconSpam()(Doc("d", text=text)).text
    assert out == "\n".join([ARTICLE, TABLE[0], TABLE[1], TABLE[2], AFTER])


@pytest.mark.parametrize("line", [
    "警方查明，该团伙在网上发布“代开全国各地发票”广告，涉案金额达3000万元。",
    "税务部门提醒，网上所谓代开全国各地发票的广告都是骗局，切勿轻信。",
    "犯罪嫌疑人以代开全国各地增值税专用发票为名，诈骗企业资金200余万元，目前已被刑事拘留。",
])
def test_news_naming_the_invoice_touts_words_stays(chain: Callable[[Doc], Doc],
                                                   line: str) -> None:
    # counterexamples: 代开全国各地 (weight 3) quoted, debunked or in a case report
    assert line in chain(Doc("d", text=f"{ARTICLE}\n{line}\n{AFTER}")).text


def test_a_notices_numbered_parts_and_table_under_its_first_part_stay(
        chain: Callable[[Doc], Doc]) -> None:
    # the line right under the last paragraph (一、…) is the notice's and no list's: the short
    # parts and the table under it go on with the notice, and its numbered contact part is
    # its text, not the site's footer
    text = "\n".join([
        "某某县2026年度村道硬化工程中标结果公告",
        "发布日期：2026-09-18　来源：某某县交通运输局",
        "根据《中华人民共和国政府采购法》等有关规定，现将本项目采购结果公告如下：",
        "一、项目编号：AB-CG-2026-0101",
        "二、采购方式：公开招标",
        "三、中标结果",
        *TABLE,
        "四、公告期限：自本公告发布之日起1个工作日。",
        "五、对本次公告内容提出询问的，请按以下方式联系：采购人：某某县交通运输局，"
        "联系电话：0000-1234567。",
        "上一篇：某某县第三季度农村公路巡查情况通报",
    ])
    out = clean_text(text, id="d").text
    for kept in ("二、采购方式：公开招标", "三、中标结果", "某某镇村道硬化工程", "四、公告期限",
                 "联系电话：0000-1234567。"):
        assert kept in out
    assert "上一篇" not in out


ENTRY = "\n".join([
    "瑞丰汇娱乐_百科",
    "瑞丰汇娱乐",
    "瑞丰汇娱乐是一家在海外注册的线上娱乐平台，主营真人视讯、体育投注和电子游艺。",
    "中文名\t瑞丰汇娱乐",
    "成立时间\t2016年",
    "经营范围\t真人视讯、体育投注、电子游艺",
    "发展历程",
    "2016年，瑞丰汇娱乐在海外成立，同年获得博彩牌照。",
    "2020年，平台会员突破300万，推出手机app。",
    "优惠活动",
    "新会员注册即送38元体验金，首存100送100，返水无上限。",
])


def test_an_encyclopedia_entry_on_an_operator_is_dropped() -> None:
    doc = clean_text(ENTRY, id="d")
    assert doc.dropped


@pytest.mark.parametrize("page", [
    # counterexamples: an entry on a listed company that sells nothing (its brand word is no
    # cut without unambiguous spam on the page), a news page's box naming a film
    "\n".join(["永利澳门_百科", "永利澳门",
               "永利澳门有限公司是一家在香港联合交易所上市的公司，经营酒店及度假村业务。",
               "中文名\t永利澳门有限公司", "成立时间\t2006年", "总部地点\t中国澳门",
               "2024年，公司收入较上年增长两成，员工人数超过一万人。"]),
    "\n".join(["国产动画电影《山海少年》定档国庆", "2026-08-01 来源：某某晚报",
               "记者获悉，国产动画电影《山海少年》将于国庆档上映，影片历时五年制作完成。",
               "中文名\t山海少年", "类型\t动画、奇幻", "片长\t112分钟",
               "影片讲述了一名少年跋山涉水寻找失落古籍的故事，画面融入了大量传统水墨元素。"]),
])
def test_a_page_with_a_name_row_and_no_spam_stays(page: str) -> None:
    assert not clean_text(page, id="d").dropped
